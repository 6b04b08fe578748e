/* run_folder.c — the run folder of `claimtriage run` (cmd_run.c): listing
 * its files, creating it, and clearing an earlier run's files (only those
 * its manifest lists) before a new run. */
#include "cli.h"
#include "run_folder.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

char *run_path_in(const char *dir, const char *name)
{
    size_t d = strlen(dir), n = d + strlen(name) + 2;
    while (d > 1 && dir[d - 1] == '/') /* "out/" names the same folder as "out" */
        d--;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%.*s/%s", (int)d, dir, name);
    return p;
}

/* Every file under dir (one level of subfolders), as "name" or "sub/name",
 * except logs/ and manifest.json; sorted. */

void run_listing_free(listing *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->name[i]);
    free(l->name);
    memset(l, 0, sizeof *l);
}

static int listing_add(listing *l, const char *a, const char *b)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? 2 * l->cap : 32;
        char **nn = realloc(l->name, nc * sizeof *nn);
        if (!nn)
            return -1;
        l->name = nn;
        l->cap = nc;
    }
    char *p = b ? run_path_in(a, b) : strdup(a);
    if (!p)
        return -1;
    l->name[l->n++] = p;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int run_list_dir(const char *dir, listing *l)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT ? 0 : -1;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "manifest.json") == 0 ||
            strcmp(e->d_name, "logs") == 0)
            continue;
        char *p = run_path_in(dir, e->d_name);
        struct stat sb;
        if (!p || stat(p, &sb) != 0) {
            free(p);
            continue;
        }
        if (S_ISDIR(sb.st_mode)) {
            DIR *sd = opendir(p);
            struct dirent *f;
            while (sd && rc == 0 && (f = readdir(sd)))
                if (f->d_name[0] != '.')
                    rc = listing_add(l, e->d_name, f->d_name);
            if (sd)
                closedir(sd);
        } else if (S_ISREG(sb.st_mode)) {
            rc = listing_add(l, e->d_name, NULL);
        }
        free(p);
    }
    closedir(d);
    if (l->n)
        qsort(l->name, l->n, sizeof *l->name, cmp_str);
    return rc;
}

int run_listed(const listing *l, const char *name)
{
    return l->n && bsearch(&name, l->name, l->n, sizeof *l->name, cmp_str) != NULL;
}

int run_make_dir(const char *dir) { return cli_make_dirs(dir); }

/* The files `claimtriage report DIR` writes into a run's folder after the
 * run, which its manifest does not list (report.pdf of `report --pdf`;
 * report.html and report.json of a run that failed before its report
 * stage): an earlier run's too. */
static const char *const report_files[] = {"report.html", "report.json", "report.pdf", NULL};

/* Remove dir/name unless it is the run's input (same file). */
static void remove_earlier(const char *dir, const char *name, int have_in, const struct stat *in)
{
    struct stat sb;
    char *p = run_path_in(dir, name);
    /* this run's input stays, though the earlier run wrote it (demo's
     * sample.csv given to run): before 2026-12-02 it was removed and
     * the run failed at its first read of it
     * (tests/cli/run_input_in_earlier_run) */
    if (p && have_in && stat(p, &sb) == 0 && sb.st_dev == in->st_dev && sb.st_ino == in->st_ino)
        cli_note("%s stays: it is this run's input, though the earlier run in %s wrote it", p, dir);
    else if (p)
        unlink(p);
    free(p);
}

/* DIR must be new, empty, or an earlier run's folder: then the files its
 * manifest lists, the report's files (report_files), its logs and the
 * manifest are removed. keep (may be NULL) is a file that stays (demo's
 * sample). Returns 0 or an exit code. */
int run_prepare_dir(const char *dir, const char *keep, const char *input)
{
    struct stat sb, in;
    const int have_in = input && stat(input, &in) == 0;
    if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
        ct_diag d;
        ct_diag_clear(&d);
        ct_diag_set(&d, CT_EIO, dir, 0, 0, "is a file, not a folder: the run cannot write into it");
        snprintf(d.hint, sizeof d.hint,
                 "-o names the folder the run writes its outputs into: give a new or empty folder, "
                 "or an earlier run's");
        cli_print_diag(&d);
        return CLI_EXIT_USAGE; /* the -o given is wrong, as a folder that is not a run's */
    }
    if (run_make_dir(dir) != 0)
        return cli_write_failed_errno(dir, errno);
    /* One run at a time in a folder: two would replace each other's files
     * and end with a manifest that matches neither. The lock is flock(2) on
     * the folder itself (no lock file to leave behind), held until this
     * process ends and not inherited by the stages (O_CLOEXEC). A file
     * system without flock (some network mounts) runs unlocked. */
    static int lock_fd = -1;
    if (lock_fd < 0)
        lock_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock_fd >= 0 && flock(lock_fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        ct_diag d;
        ct_diag_clear(&d);
        ct_diag_set(&d, CT_EINVAL, dir, 0, 0,
                    "another run is writing into this folder right now: two runs would replace "
                    "each other's files");
        snprintf(d.hint, sizeof d.hint,
                 "wait for it to end (this run then replaces its files), or give another folder");
        cli_print_diag(&d);
        return CLI_EXIT_USAGE;
    }
    listing l = {0};
    if (run_list_dir(dir, &l) != 0) {
        cli_error("cannot read the run folder %s: %s", dir, strerror(errno));
        return CLI_EXIT_IO;
    }
    char *mpath = run_path_in(dir, "manifest.json");
    ct_json_doc *doc = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    int is_run = mpath && access(mpath, F_OK) == 0 &&
                 ct_artifact_load(mpath, "run", NULL, NULL, &doc, NULL, &d) == CT_OK;
    if (!is_run) {
        size_t others = 0;
        for (size_t i = 0; i < l.n; i++)
            others += !(keep && strcmp(l.name[i], keep) == 0);
        int rc = CLI_EXIT_OK;
        if (others || (mpath && access(mpath, F_OK) == 0)) {
            cli_error("%s is not empty and holds no run's manifest.json (%zu file%s, e.g. %s)", dir,
                      l.n, l.n == 1 ? "" : "s", l.n ? l.name[0] : "manifest.json");
            fprintf(stderr, "  hint: give a new or empty folder: run replaces only the files of "
                            "an earlier run\n");
            rc = CLI_EXIT_USAGE;
        }
        free(mpath);
        run_listing_free(&l);
        return rc;
    }
    /* an earlier run: remove what it wrote (and only that) */
    const ct_json_value *stages = ct_json_get(ct_json_doc_root(doc), "stages");
    for (size_t k = 0; k < ct_json_size(stages); k++) {
        const ct_json_value *outs = ct_json_get(ct_json_at(stages, k), "outputs");
        for (size_t i = 0; i < ct_json_size(outs); i++) {
            const char *f = ct_json_string(ct_json_get(ct_json_at(outs, i), "file"), NULL);
            if (!f || strstr(f, "..") || f[0] == '/')
                continue;
            remove_earlier(dir, f, have_in, &in);
        }
    }
    /* and the report's files the manifest does not list: before 2026-12-03
     * a report.pdf printed by `report DIR --pdf` after an earlier run stayed
     * beside the new run's report.html, a report of another input
     * (tests/cli/run_rerun_removes_report_pdf) */
    for (size_t i = 0; report_files[i]; i++)
        if (run_listed(&l, report_files[i]))
            remove_earlier(dir, report_files[i], have_in, &in);
    ct_json_doc_free(doc);
    unlink(mpath);
    free(mpath);
    run_listing_free(&l);
    /* logs of the earlier run */
    char *logs = run_path_in(dir, "logs");
    listing g = {0};
    if (logs && run_list_dir(logs, &g) == 0)
        for (size_t i = 0; i < g.n; i++) {
            char *p = run_path_in(logs, g.name[i]);
            if (p)
                unlink(p);
            free(p);
        }
    run_listing_free(&g);
    free(logs);
    return CLI_EXIT_OK;
}
