/* run_folder.c — the run folder of `claimtriage run` (cmd_run.c): listing
 * its files, creating it, and clearing an earlier run's files (only those
 * its manifest lists) before a new run. */
#include "cli.h"
#include "run_folder.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
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

/* What each stage writes into DIR besides its logs: a name, or a folder
 * ("charts/": any file in it). The stages' commands are cmd_run.c's
 * build_stages; this table must follow them. */
static const struct {
    const char *stage, *file;
} stage_files[] = {
    {"synth", "sample.csv"},
    {"plan", "plan.json"},
    {"inspect", "inspect.json"},
    {"eda", "eda.json"},
    {"eda", "charts/"},
    {"test", "test.json"},
    {"regress", "regress.json"},
    {"train", "train.json"},
    {"train", "model.ctm"},
    {"evaluate", "evaluate.json"},
    {"score", "score.json"},
    {"score", "queue.csv"},
    {"queue-eval", "queue_eval.json"},
    {"queue-eval", "charts/"},
    {"report", "report.html"},
    {"report", "report.json"},
    {"report", "report.pdf"},
};

int run_stage_writes(const char *stage, const char *name)
{
    for (size_t i = 0; i < sizeof stage_files / sizeof stage_files[0]; i++) {
        const char *f = stage_files[i].file;
        const size_t n = strlen(f);
        if ((!stage || strcmp(stage, stage_files[i].stage) == 0) &&
            (f[n - 1] == '/' ? strncmp(name, f, n) == 0 && name[n] : strcmp(name, f) == 0))
            return f[n - 1] == '/' ? 2 : 1;
    }
    return 0;
}

/* The files `claimtriage report DIR` writes into a run's folder after the
 * run, which its manifest does not list (report.pdf of `report --pdf`;
 * report.html and report.json of a run that failed before its report
 * stage): an earlier run's too. */
static const char *const report_files[] = {"report.html", "report.json", "report.pdf", NULL};

/* The files the earlier run's manifest lists as outputs (relative names
 * that stay inside the folder), added to l, which is then sorted. */
static void manifest_outputs(const ct_json_value *stages, listing *l)
{
    for (size_t k = 0; k < ct_json_size(stages); k++) {
        const ct_json_value *outs = ct_json_get(ct_json_at(stages, k), "outputs");
        for (size_t i = 0; i < ct_json_size(outs); i++) {
            const char *f = ct_json_string(ct_json_get(ct_json_at(outs, i), "file"), NULL);
            if (f && !strstr(f, "..") && f[0] != '/')
                (void)listing_add(l, f, NULL);
        }
    }
    if (l->n)
        qsort(l->name, l->n, sizeof *l->name, cmp_str);
}

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

/* The files an earlier run wrote (its manifest's outputs) that were
 * changed since: their SHA-256 differs from the manifest's. The report's
 * files are not checked (`report DIR` rewrites them, a command of the
 * tool's own), nor this run's input (it stays). With any, a message naming
 * them and 1: a run never replaces a user's edit (before 2026-12-03 a
 * queue.csv with the moderators' notes added was silently replaced:
 * tests/cli/run_rerun_keeps_changed_output). */
static int changed_outputs(const char *dir, const ct_json_value *stages, int have_in,
                           const struct stat *in)
{
    char names[600] = "";
    size_t len = 0, count = 0;
    for (size_t k = 0; k < ct_json_size(stages); k++) {
        const ct_json_value *outs = ct_json_get(ct_json_at(stages, k), "outputs");
        for (size_t i = 0; i < ct_json_size(outs); i++) {
            const ct_json_value *o = ct_json_at(outs, i);
            const char *f = ct_json_string(ct_json_get(o, "file"), NULL);
            const char *want = ct_json_string(ct_json_get(o, "sha256"), NULL);
            if (!f || !want || strstr(f, "..") || f[0] == '/')
                continue;
            int report = 0;
            for (size_t j = 0; report_files[j]; j++)
                report |= strcmp(f, report_files[j]) == 0;
            char *p = run_path_in(dir, f);
            struct stat sb;
            char hex[CT_SHA256_HEX_SIZE];
            if (!report && p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode) &&
                !(have_in && sb.st_dev == in->st_dev && sb.st_ino == in->st_ino) &&
                ct_sha256_file(p, hex, NULL, NULL) == CT_OK &&
                !(strncmp(want, "sha256:", 7) == 0 && strcmp(want + 7, hex) == 0)) {
                count++;
                if (len < sizeof names) {
                    const int w =
                        snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", p);
                    len += w > 0 ? (size_t)w : 0;
                }
            }
            free(p);
        }
    }
    if (!count)
        return 0;
    if (len >= sizeof names)
        memcpy(names + sizeof names - 4, "...", 4);
    cli_error("%zu file%s the earlier run in %s wrote %s changed since (%s SHA-256 differs from "
              "its manifest.json), and a run never replaces a change of yours: %s",
              count, count == 1 ? "" : "s", dir, count == 1 ? "was" : "were",
              count == 1 ? "its" : "their", names);
    char hint[200];
    snprintf(hint, sizeof hint,
             "to keep %s, move %s out of the folder (or copy the folder) and run again; or give "
             "another folder with -o",
             count == 1 ? "the change" : "the changes", count == 1 ? "it" : "them");
    cli_print_wrapped(stderr, "  hint: ", 8, hint);
    return 1;
}

/* 1 when dir/name is there and this process cannot remove it: its folder
 * is not writable to it (another owner's, read-only, a read-only mount);
 * the reason (strerror) in why. */
static int cannot_remove(const char *dir, const char *name, const char **why)
{
    char *p = run_path_in(dir, name);
    struct stat sb;
    int bad = 0;
    if (p && lstat(p, &sb) == 0) {
        char *slash = strrchr(p, '/');
        *slash = '\0';
        if (access(p, W_OK | X_OK) != 0) {
            *why = strerror(errno);
            bad = 1;
        }
    }
    free(p);
    return bad;
}

/* The earlier run's files this run would remove (its outputs, the
 * report's files, its logs) that it cannot: with any, a message naming
 * them and 1, before anything is removed. Before 2026-12-04 they stayed
 * silently (a charts/ of another owner, read-only), and the run failed
 * later with the earlier run's SVGs beside a new manifest
 * (tests/cli/run_rerun_unremovable_refused). */
static int unremovable_outputs(const char *dir, const ct_json_value *stages, const listing *l,
                               int have_in, const struct stat *in)
{
    char names[600] = "";
    const char *why = NULL;
    size_t len = 0, count = 0;
    listing all = {0};
    manifest_outputs(stages, &all);
    for (size_t i = 0; report_files[i]; i++)
        if (run_listed(l, report_files[i]))
            (void)listing_add(&all, report_files[i], NULL);
    char *logs = run_path_in(dir, "logs");
    listing g = {0};
    if (logs && run_list_dir(logs, &g) == 0)
        for (size_t i = 0; i < g.n; i++)
            (void)listing_add(&all, "logs", g.name[i]);
    run_listing_free(&g);
    free(logs);
    for (size_t i = 0; i < all.n; i++) {
        char *p = run_path_in(dir, all.name[i]);
        struct stat sb;
        const int input =
            p && have_in && stat(p, &sb) == 0 && sb.st_dev == in->st_dev && sb.st_ino == in->st_ino;
        free(p);
        if (input || !cannot_remove(dir, all.name[i], &why))
            continue;
        /* the first two named, the rest counted */
        if (count++ < 2 && len < sizeof names) {
            const int w = snprintf(names + len, sizeof names - len, "%s%s/%s", len ? ", " : "", dir,
                                   all.name[i]);
            len += w > 0 ? (size_t)w : 0;
        }
    }
    run_listing_free(&all);
    if (!count)
        return 0;
    if (count > 2 && len < sizeof names)
        snprintf(names + len, sizeof names - len, " and %zu more", count - 2);
    char what[900];
    snprintf(what, sizeof what,
             "cannot remove %zu file%s the earlier run in %s wrote (%s): %s; the run would leave "
             "%s beside its own outputs, so nothing was removed",
             count, count == 1 ? "" : "s", dir, why ? why : "permission denied", names,
             count == 1 ? "it" : "them");
    cli_error("%s", what);
    cli_print_wrapped(stderr, "  hint: ", 8,
                      "make their folder writable to you (its owner can chmod or chown it; a "
                      "read-only mount, remount it read-write), or give another folder with -o");
    return 1;
}

/* The files in the earlier run's folder l that its manifest does not list
 * and that this run would write (run_stage_writes; the report's files
 * aside: `report DIR` writes them, and the run removes them as before;
 * keep and the run's input aside: they are read, or demo's): the user's,
 * which the run would overwrite. With any, a message naming them and 1,
 * before anything is removed. Before 2026-12-04 a rerun after a run that
 * failed before its score stage replaced the user's own queue.csv
 * silently (tests/cli/run_rerun_keeps_user_file). */
static int user_files(const char *dir, const ct_json_value *stages, const listing *l,
                      const char *keep, int have_in, const struct stat *in)
{
    listing outs = {0};
    manifest_outputs(stages, &outs);
    char names[600] = "";
    size_t len = 0, count = 0;
    for (size_t i = 0; i < l->n; i++) {
        const char *f = l->name[i];
        int report = 0;
        for (size_t j = 0; report_files[j]; j++)
            report |= strcmp(f, report_files[j]) == 0;
        if (report || run_listed(&outs, f) || !run_stage_writes(NULL, f) ||
            (keep && strcmp(f, keep) == 0))
            continue;
        char *p = run_path_in(dir, f);
        struct stat sb;
        const int input =
            p && have_in && stat(p, &sb) == 0 && sb.st_dev == in->st_dev && sb.st_ino == in->st_ino;
        /* the first two named, the rest counted */
        if (!input && count++ < 2 && p && len < sizeof names) {
            const int w = snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", p);
            len += w > 0 ? (size_t)w : 0;
        }
        free(p);
    }
    run_listing_free(&outs);
    if (!count)
        return 0;
    if (count > 2 && len < sizeof names)
        snprintf(names + len, sizeof names - len, " and %zu more", count - 2);
    /* "overwrite or remove": a name in charts/ that no stage writes
     * (mine.svg, a folder) goes with the charts the run clears (before
     * 2026-12-04 "overwrite" alone) */
    cli_error("%zu file%s in %s %s not written by the earlier run there (its manifest.json does "
              "not list %s), and this run would overwrite or remove %s: %s",
              count, count == 1 ? "" : "s", dir, count == 1 ? "was" : "were",
              count == 1 ? "it" : "them", count == 1 ? "it" : "them", names);
    char hint[200];
    snprintf(hint, sizeof hint,
             "to keep %s, move %s out of the folder and run again; or give another folder with -o",
             count == 1 ? "it" : "them", count == 1 ? "it" : "them");
    cli_print_wrapped(stderr, "  hint: ", 8, hint);
    return 1;
}

/* A name the run writes a file to that is a folder (or a device, a
 * fifo), or charts/ or logs/ that is not a folder: the stage writing it
 * would fail halfway through the run (exit 3, "cannot create eda.json: Is
 * a directory", or queue-eval's "-o names the folder..." of an -o the user
 * never gave), after the earlier run's files were removed. Said before
 * anything is removed, exit 2, as a file of the user's is (before
 * 2026-12-06 the run failed at that stage: tests/cli/run_output_name_is_folder). */
static int wrong_kind(const char *dir)
{
    static const char *const folders[] = {"charts", "logs", NULL};
    char names[600] = "";
    size_t len = 0, count = 0;
    int first_folder = 0;
    for (size_t i = 0; i < sizeof stage_files / sizeof stage_files[0] + 2; i++) {
        const size_t nf = sizeof stage_files / sizeof stage_files[0];
        const char *f = i < nf ? stage_files[i].file : folders[i - nf];
        const int want_folder = i >= nf;
        if (!want_folder && f[strlen(f) - 1] == '/')
            continue;
        char *p = run_path_in(dir, f);
        struct stat sb;
        if (p && stat(p, &sb) == 0 && (want_folder ? !S_ISDIR(sb.st_mode) : !S_ISREG(sb.st_mode))) {
            if (!count)
                first_folder = want_folder;
            count++;
            if (len < sizeof names) {
                const int w =
                    snprintf(names + len, sizeof names - len, "%s%s (%s)", len ? ", " : "", p,
                             S_ISDIR(sb.st_mode)   ? "a folder"
                             : S_ISREG(sb.st_mode) ? "a file"
                                                   : "not a file");
                len += w > 0 ? (size_t)w : 0;
            }
        }
        free(p);
    }
    if (!count)
        return 0;
    if (len >= sizeof names)
        memcpy(names + sizeof names - 4, "...", 4);
    if (count == 1)
        cli_error("%s holds %s where the run writes %s: the stage writing it would fail halfway "
                  "through the run",
                  dir, names, first_folder ? "a folder" : "a file");
    else
        cli_error("%s holds %zu names the run writes, each of the other kind (charts and logs are "
                  "folders, the others files): %s",
                  dir, count, names);
    cli_print_wrapped(stderr, "  hint: ", 8,
                      count == 1 ? "move it out of the folder (or remove it) and run again; or "
                                   "give another folder with -o"
                                 : "move them out of the folder (or remove them) and run again; "
                                   "or give another folder with -o");
    return 1;
}

/* The hidden temporaries a run killed outright (SIGKILL, a power cut) left
 * behind: a stage's artifact being written (".train.json.tmp-PID-N", the
 * atomic writes' names) and the queue of a --redact run (".queue.csv").
 * Removed, with a note, when the process PID no longer exists (before
 * 2026-12-03 they stayed for good: tests/cli/run_stale_temps_removed). */
static int stale_temp(const char *name)
{
    if (name[0] != '.')
        return 0;
    if (strcmp(name, ".queue.csv") == 0)
        return 1;
    const char *t = strstr(name, ".tmp-");
    const char *last = t;
    while (last && (t = strstr(last + 1, ".tmp-")))
        last = t;
    if (!last || last == name)
        return 0;
    char *end;
    errno = 0;
    const long pid = strtol(last + 5, &end, 10);
    if (errno || pid <= 0 || *end != '-' || !end[1])
        return 0;
    for (const char *q = end + 1; *q; q++)
        if (*q < '0' || *q > '9')
            return 0;
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* How the earlier run whose manifest is doc (may be NULL) ended, for the
 * note on its temporaries: "was interrupted" when its manifest says a
 * stage was (SIGINT, SIGTERM: "interrupted (...)"), else "was killed"
 * (its manifest could not say). Before 2026-12-04 the note said "killed"
 * of an interrupted run too (tests/cli/run_stale_temps_removed). */
static const char *earlier_end(const ct_json_doc *doc)
{
    const ct_json_value *stages = doc ? ct_json_get(ct_json_doc_root(doc), "stages") : NULL;
    for (size_t k = 0; k < ct_json_size(stages); k++) {
        const char *m = ct_json_string(ct_json_get(ct_json_at(stages, k), "message"), NULL);
        if (m && strncmp(m, "interrupted", 11) == 0)
            return "was interrupted";
    }
    return "was killed";
}

static void remove_stale_temps(const char *dir, const char *how)
{
    static const char *const subs[] = {"", "charts", "logs", NULL};
    size_t count = 0;
    char first[300] = "";
    for (size_t k = 0; subs[k]; k++) {
        char *sub = subs[k][0] ? run_path_in(dir, subs[k]) : strdup(dir);
        DIR *d = sub ? opendir(sub) : NULL;
        struct dirent *e;
        while (d && (e = readdir(d)))
            if (stale_temp(e->d_name)) {
                char *p = run_path_in(sub, e->d_name);
                if (p && unlink(p) == 0 && count++ == 0)
                    snprintf(first, sizeof first, "%s", p);
                free(p);
            }
        if (d)
            closedir(d);
        free(sub);
    }
    if (count)
        cli_note("removed %zu temporary file%s an earlier run left when it %s (%s%s)", count,
                 count == 1 ? "" : "s", how, first, count > 1 ? ", ..." : "");
}

/* DIR must be new, empty, or an earlier run's folder: then the files its
 * manifest lists, the report's files (report_files), its logs and the
 * manifest are removed. keep (may be NULL) is a file that stays (demo's
 * sample). Returns 0 or an exit code. */
int run_prepare_dir(const char *dir, const char *keep, const char *input)
{
    struct stat in;
    const int have_in = input && stat(input, &in) == 0;
    /* the -o given is wrong, as a folder that is not a run's: exit 2 */
    const char *const inputs[] = {input};
    const int rf = cli_refuse_file_as_folder(dir, inputs, 1, "the run cannot write into it",
                                             "-o names the folder the run writes its outputs "
                                             "into: give a new or empty folder, or an earlier "
                                             "run's");
    if (rf != CLI_OPT_NEXT)
        return rf;
    if (cli_refuse_path_through_file(dir) != CLI_OPT_NEXT)
        return CLI_EXIT_USAGE;
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
    /* `plan --status` and `report` test the lock with a shared one, held for
     * an instant (ct_plan_run_live): a few tries 20 ms apart tell that
     * from a run holding it */
    int held = lock_fd >= 0 && flock(lock_fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    for (int tries = 0; held && tries < 5; tries++) {
        const struct timespec pause = {0, 20 * 1000 * 1000};
        nanosleep(&pause, NULL);
        held = flock(lock_fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    }
    if (held) {
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
    if (!is_run && mpath && access(mpath, F_OK) == 0 && d.message[0]) {
        /* a manifest.json that is no run's (not JSON, cut short, another
         * command's): said as it is, with the parser's line and column, as
         * `report` says it (before 2026-12-03 "holds no run's
         * manifest.json": tests/cli/run_manifest_not_json) */
        char what[CT_DIAG_MSG_MAX + 600];
        if (d.status == CT_EDATA && d.line > 0)
            snprintf(what, sizeof what, "%s is not valid JSON (line %ld, column %ld: %s)", mpath,
                     d.line, d.column, d.message);
        else if (d.status == CT_EFORMAT)
            snprintf(what, sizeof what, "%s is not a run's manifest: %s", mpath, d.message);
        else
            snprintf(what, sizeof what, "%s cannot be read as a run's manifest: %s", mpath,
                     d.message);
        cli_error("%s", what);
        snprintf(what, sizeof what,
                 "run replaces only the files an earlier run's manifest lists, and cannot read "
                 "this one: move %s away (or restore it), or give another folder",
                 mpath);
        cli_print_wrapped(stderr, "  hint: ", 8, what);
        free(mpath);
        run_listing_free(&l);
        return CLI_EXIT_USAGE;
    }
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
        if (rc == CLI_EXIT_OK)
            remove_stale_temps(dir, earlier_end(NULL));
        return rc;
    }
    /* an earlier run: remove what it wrote (and only that), unless one of
     * its files was changed since (its SHA-256 differs from the manifest's):
     * then the change is the user's, and nothing is removed */
    const ct_json_value *stages = ct_json_get(ct_json_doc_root(doc), "stages");
    if (wrong_kind(dir) != 0 || changed_outputs(dir, stages, have_in, &in) != 0) {
        ct_json_doc_free(doc);
        free(mpath);
        run_listing_free(&l);
        return CLI_EXIT_USAGE;
    }
    if (user_files(dir, stages, &l, keep, have_in, &in) != 0) {
        ct_json_doc_free(doc);
        free(mpath);
        run_listing_free(&l);
        return CLI_EXIT_USAGE;
    }
    if (unremovable_outputs(dir, stages, &l, have_in, &in) != 0) {
        ct_json_doc_free(doc);
        free(mpath);
        run_listing_free(&l);
        return CLI_EXIT_IO;
    }
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
    const char *how = earlier_end(doc);
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
    remove_stale_temps(dir, how);
    return CLI_EXIT_OK;
}
