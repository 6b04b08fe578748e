/* plan_status.c — which milestones a `claimtriage run` folder proves done
 * (claimtriage/plan.h, rules (a)-(e)): the run manifest read and checked,
 * every artifact's hash compared with the one the manifest recorded, each
 * artifact validated against its documented layout (plan_schema.c) and
 * against the run's input, and what blocks what.
 *
 * Files are only read, never written. A manifest's output names are taken
 * as paths inside the folder: an absolute name or one with a ".." step
 * makes the manifest invalid rather than being followed.
 */
#include "claimtriage/artifact.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/digest.h"
#include "claimtriage/plan.h"
#include "base/names.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define NO_MANIFEST "no manifest.json: not the folder of a `claimtriage run`"

static void setf(char *buf, size_t n, const char *fmt, ...) CT_PRINTF(3, 4);
static void setf(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

/* "sha256:" + 12 hex digits + "..." for people. */
static const char *short_hash(const char *h, char *buf, size_t n)
{
    if (strncmp(h, "sha256:", 7) == 0 && strlen(h) > 7 + 12)
        snprintf(buf, n, "sha256:%.12s...", h + 7);
    else
        snprintf(buf, n, "%.40s", h);
    return buf;
}

static int is_hash(const char *s)
{
    if (!s || strncmp(s, "sha256:", 7) != 0 || strlen(s) != 7 + 64)
        return 0;
    for (const char *p = s + 7; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return 0;
    return 1;
}

/* An output name that stays inside the folder: relative, no "." or ".."
 * step, no empty step. */
static int inside(const char *name)
{
    if (!name || !*name || name[0] == '/')
        return 0;
    const char *p = name;
    while (*p) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (len == 0 || (len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        p += len + (slash != NULL);
        if (slash && !*p)
            return 0;
    }
    return 1;
}

/* Two names of the run's input agree: the same text, the same file on this
 * machine, or an absolute name ending in the other (relative) one. */
static int same_input(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1;
    char ra[PATH_MAX], rb[PATH_MAX];
    if (realpath(a, ra) && realpath(b, rb) && strcmp(ra, rb) == 0)
        return 1;
    const char *abs = a[0] == '/' ? a : b[0] == '/' ? b : NULL;
    const char *rel = abs == a ? b : a;
    if (!abs || rel[0] == '/')
        return 0;
    while (strncmp(rel, "./", 2) == 0)
        rel += 2;
    size_t la = strlen(abs), lr = strlen(rel);
    return lr > 0 && la > lr && abs[la - lr - 1] == '/' && strcmp(abs + la - lr, rel) == 0;
}

/* The value at a dotted path (plan_schema.c has its own for validation). */
static const ct_json_value *at_path(const ct_json_value *root, const char *path)
{
    char key[128];
    const ct_json_value *v = root;
    while (v && *path) {
        const char *dot = strchr(path, '.');
        size_t len = dot ? (size_t)(dot - path) : strlen(path);
        if (len >= sizeof key)
            return NULL;
        memcpy(key, path, len);
        key[len] = '\0';
        v = ct_json_get(v, key);
        path += len + (dot != NULL);
    }
    return v;
}

static const char *const reason_names[] = {
    NULL,          "stage_failed",      "stage_not_run_after_failure",
    "interrupted", "stage_not_run",     "stage_not_in_manifest",
    "run_failed",  "changed_after_run", "did_not_run",
};

const char *ct_plan_reason_name(int kind) { return ct_name_of(CT_NAMES(reason_names), kind); }

ct_plan_reason ct_plan_reason_from_name(const char *name)
{
    return (ct_plan_reason)ct_name_code(CT_NAMES(reason_names), name); /* 0: CT_PLAN_REASON_OTHER */
}

/* The reason's kind and the stages it names into st (NULL: nothing). */
static void set_kind(ct_plan_status *st, ct_plan_reason kind, const char *stage,
                     const char *stopped)
{
    if (!st)
        return;
    st->reason_kind = kind;
    snprintf(st->reason_stage, sizeof st->reason_stage, "%s", stage ? stage : "");
    snprintf(st->reason_stopped, sizeof st->reason_stopped, "%s", stopped ? stopped : "");
    st->stopped_by[0] = '\0';
}

/* A failure that was a stop: the signal the manifest names */
static void set_stopped_by(ct_plan_status *st, const ct_plan_run *run)
{
    if (st && run)
        snprintf(st->stopped_by, sizeof st->stopped_by, "%s", run->stopped_by);
}

/* A cause as a command's JSON says it ({kind, column, value, rows}: test's
 * skipped[].cause, the manifest's stages[].cause) into st; nothing when it
 * is absent or of no known kind (an older run's files). */
static void set_cause(ct_plan_status *st, const ct_json_value *cause)
{
    const ct_diag_cause kind =
        ct_diag_cause_from_name(ct_json_string(ct_json_get(cause, "kind"), NULL));
    if (!st || kind == CT_DIAG_CAUSE_NONE)
        return;
    const char *col = ct_json_string(ct_json_get(cause, "column"), NULL);
    const char *val = ct_json_string(ct_json_get(cause, "value"), NULL);
    const double rows = ct_json_number(ct_json_get(cause, "rows"));
    st->cause = kind;
    snprintf(st->cause_column, sizeof st->cause_column, "%s", col ? col : "");
    snprintf(st->cause_value, sizeof st->cause_value, "%s", val ? val : "");
    st->cause_rows = rows >= 1 && rows < 1e18 ? (uint64_t)rows : 0;
}

/* Load path as an artifact of a->command and check (d) and (e); the document
 * is returned in *out when out is not NULL (the caller frees it). st (may
 * be NULL) receives the reason's kind when it has one. */
static ct_status load_checked(const char *path, const ct_plan_artifact *a, const char *version,
                              const char *input_file, const char *input_sha256, char *why, size_t n,
                              ct_json_doc **out, ct_plan_status *st)
{
    if (out)
        *out = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    ct_json_doc *doc = NULL;
    ct_status s = ct_artifact_load(path, a->command, version, NULL, &doc, NULL, &d);
    if (s == CT_EFORMAT) {
        setf(why, n, "%s: %s", a->file, d.message);
    } else if (s == CT_EEMPTY) {
        setf(why, n, "%s: empty file", a->file);
    } else if (s == CT_EDATA && d.line > 0) {
        setf(why, n, "%s: not valid JSON at line %ld, column %ld: %s (cut short?)", a->file, d.line,
             d.column, d.message);
    } else if (s == CT_ENOMEM) {
        return CT_ENOMEM;
    } else if (s) {
        setf(why, n, "%s: cannot read: %s", a->file, d.message);
    }
    if (s)
        return CT_EFORMAT;
    const ct_json_value *root = ct_json_doc_root(doc);
    const ct_plan_schema *sc = ct_plan_schema_find(a->command);
    char msg[CT_DIAG_MSG_MAX - 64];
    if (!sc) {
        setf(why, n, "%s: no documented layout for command '%s'", a->file, a->command);
        ct_json_doc_free(doc);
        return CT_EFORMAT;
    }
    if (ct_plan_schema_validate(root, sc, msg, sizeof msg) != CT_OK) {
        setf(why, n, "%s: %s", a->file, msg);
        ct_json_doc_free(doc);
        return CT_EFORMAT;
    }
    /* the hypothesis test's milestone is the comparison of views by
     * verified status: a test.json whose comparison was skipped (an absent
     * column) is valid output but does not prove it */
    if (strcmp(a->command, "test") == 0 && ct_json_size(ct_json_get(root, "comparisons")) == 0) {
        const ct_json_value *sk = ct_json_get(root, "skipped");
        const char *r = NULL;
        const ct_json_value *cause = NULL;
        for (size_t k = 0; k < ct_json_size(sk) && !r; k++) {
            const ct_json_value *e = ct_json_at(sk, k);
            const char *kind = ct_json_string(ct_json_get(e, "test"), NULL);
            if (kind && strcmp(kind, "comparison") == 0) {
                r = ct_json_string(ct_json_get(e, "reason"), NULL);
                cause = ct_json_get(e, "cause");
            }
        }
        if (r) { /* none asked: no kind (the reason as it is) */
            set_kind(st, CT_PLAN_REASON_DID_NOT_RUN, a->stage, NULL);
            set_cause(st, cause);
        }
        char cut[601]; /* cut at a space, as a failed stage's message below */
        if (r)
            ct_textwidth_fit_words(cut, sizeof cut, r, strlen(r), SIZE_MAX, " ...");
        setf(why, n, "%s: the comparison of the milestone did not run%s%s", a->file,
             r ? ": " : " (none asked)", r ? cut : "");
        ct_json_doc_free(doc);
        return CT_EFORMAT;
    }
    for (size_t k = 0; input_file && sc->input_keys && sc->input_keys[k]; k++) {
        const char *v = ct_json_string(at_path(root, sc->input_keys[k]), NULL);
        if (v && !same_input(v, input_file)) {
            setf(why, n, "%s: made from '%.200s' (\"%s\"), the run's input is '%.200s'", a->file, v,
                 sc->input_keys[k], input_file);
            ct_json_doc_free(doc);
            return CT_EFORMAT;
        }
    }
    for (size_t k = 0; input_sha256 && sc->hash_keys && sc->hash_keys[k]; k++) {
        const char *v = ct_json_string(at_path(root, sc->hash_keys[k]), NULL);
        if (v && strcmp(v, input_sha256) != 0) {
            char h1[64], h2[64];
            setf(why, n, "%s: made from another input (\"%s\" %s, the run's input %s)", a->file,
                 sc->hash_keys[k], short_hash(v, h1, sizeof h1),
                 short_hash(input_sha256, h2, sizeof h2));
            ct_json_doc_free(doc);
            return CT_EFORMAT;
        }
    }
    if (out)
        *out = doc;
    else
        ct_json_doc_free(doc);
    return CT_OK;
}

ct_status ct_plan_artifact_check(const char *path, const ct_plan_artifact *a, const char *version,
                                 const char *input_file, const char *input_sha256, char *why,
                                 size_t n)
{
    if (!path || !a || !a->file || !a->command || !why || n == 0)
        return CT_EINVAL;
    why[0] = '\0';
    ct_status s = load_checked(path, a, version ? version : ct_version(), input_file, input_sha256,
                               why, n, NULL, NULL);
    if (s == CT_ENOMEM)
        setf(why, n, "%s: out of memory", a->file);
    return s;
}

ct_plan_status_options ct_plan_status_options_default(void)
{
    ct_plan_status_options o = {NULL, NULL, 0};
    return o;
}

const char *ct_plan_status_options_check(const ct_plan_status_options *opt)
{
    if (!opt)
        return "no options";
    if (opt->input && (!*opt->input || strcmp(opt->input, "-") == 0))
        return "the input must be a file name (standard input cannot be hashed and read again)";
    return NULL;
}

/* ------------------------------------------------------------ the manifest */

int ct_plan_run_live(const char *dir)
{
    if (!dir)
        return -1;
    const int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int live = -1;
    if (flock(fd, LOCK_SH | LOCK_NB) == 0) {
        live = 0;
        (void)flock(fd, LOCK_UN);
    } else if (errno == EWOULDBLOCK)
        live = 1;
    close(fd);
    return live;
}

static const char *const run_states[] = {"running", "complete", "failed", NULL};
static const char *const stage_states[] = {"done", "failed", "not run", NULL};

static int one_of(const char *s, const char *const *set)
{
    for (size_t i = 0; s && set[i]; i++)
        if (strcmp(s, set[i]) == 0)
            return 1;
    return 0;
}

/* Check the stages array beyond the schema's top-level keys: each stage an
 * object with a name, a known status and outputs with safe names and
 * well-formed hashes. */
static int check_stages(const ct_json_value *stages, char *why, size_t n)
{
    for (size_t i = 0; i < ct_json_size(stages); i++) {
        const ct_json_value *st = ct_json_at(stages, i);
        const char *name = ct_json_string(ct_json_get(st, "name"), NULL);
        const char *status = ct_json_string(ct_json_get(st, "status"), NULL);
        const ct_json_value *outs = ct_json_get(st, "outputs");
        if (!name) {
            setf(why, n, "stage %zu has no \"name\"", i + 1);
            return 0;
        }
        if (!one_of(status, stage_states)) {
            setf(why, n, "stage %.40s: \"status\" is not \"done\", \"failed\" or \"not run\"",
                 name);
            return 0;
        }
        if (ct_json_type_of(outs) != CT_JSON_ARRAY) {
            setf(why, n, "stage %.40s has no \"outputs\" array", name);
            return 0;
        }
        for (size_t k = 0; k < ct_json_size(outs); k++) {
            const ct_json_value *o = ct_json_at(outs, k);
            const char *file = ct_json_string(ct_json_get(o, "file"), NULL);
            const char *sha = ct_json_string(ct_json_get(o, "sha256"), NULL);
            if (!inside(file)) {
                setf(why, n, "stage %.40s lists an output outside the folder: '%.80s'", name,
                     file ? file : "(no \"file\")");
                return 0;
            }
            if (!is_hash(sha)) {
                setf(why, n, "stage %.40s, output %.80s: \"sha256\" is not sha256:<64 hex digits>",
                     name, file);
                return 0;
            }
        }
    }
    return 1;
}

/* Read DIR/manifest.json into run; returns the document (NULL when it does
 * not count, run->reason saying why) or sets *err on out-of-memory. */
static ct_json_doc *read_manifest(const char *dir, const char *version, ct_plan_run *run,
                                  ct_status *err)
{
    char path[CT_DIAG_FILE_MAX + 32];
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    struct stat sb;
    if (stat(path, &sb) != 0 && errno == ENOENT) {
        setf(run->reason, sizeof run->reason, NO_MANIFEST);
        return NULL;
    }
    static const ct_plan_artifact man = {"manifest.json", "run", NULL};
    ct_json_doc *doc = NULL;
    ct_status s =
        load_checked(path, &man, version, NULL, NULL, run->reason, sizeof run->reason, &doc, NULL);
    if (s == CT_ENOMEM) {
        *err = CT_ENOMEM;
        return NULL;
    }
    if (s)
        return NULL;
    const ct_json_value *root = ct_json_doc_root(doc);
    const char *status = ct_json_string(ct_json_get(root, "status"), NULL);
    const char *sha = ct_json_string(at_path(root, "input.sha256"), NULL);
    char why[CT_DIAG_MSG_MAX - 64];
    if (!one_of(status, run_states)) {
        setf(run->reason, sizeof run->reason,
             "manifest.json: \"status\" is not \"running\", \"complete\" or \"failed\"");
    } else if (!is_hash(sha)) {
        setf(run->reason, sizeof run->reason,
             "manifest.json: input.sha256 is not sha256:<64 hex digits>");
    } else if (!check_stages(ct_json_get(root, "stages"), why, sizeof why)) {
        setf(run->reason, sizeof run->reason, "manifest.json: %s", why);
    } else {
        run->valid = 1;
        snprintf(run->status, sizeof run->status, "%s", status);
        const char *failed = ct_json_string(ct_json_get(root, "failed_stage"), NULL);
        snprintf(run->failed_stage, sizeof run->failed_stage, "%s", failed ? failed : "");
        snprintf(run->input_file, sizeof run->input_file, "%s",
                 ct_json_string(at_path(root, "input.file"), NULL));
        snprintf(run->input_sha256, sizeof run->input_sha256, "%s", sha);
        run->synthetic = ct_json_bool_value(at_path(root, "input.synthetic"));
        run->interrupted = strcmp(status, "running") == 0 && ct_plan_run_live(dir) == 0;
        const char *sig = ct_json_string(ct_json_get(root, "interrupted_by"), NULL);
        snprintf(run->stopped_by, sizeof run->stopped_by, "%s", sig ? sig : "");
        return doc;
    }
    ct_json_doc_free(doc);
    return NULL;
}

static const ct_json_value *find_stage(const ct_json_value *root, const char *name)
{
    const ct_json_value *stages = ct_json_get(root, "stages");
    for (size_t i = 0; i < ct_json_size(stages); i++) {
        const ct_json_value *st = ct_json_at(stages, i);
        const char *s = ct_json_string(ct_json_get(st, "name"), NULL);
        if (s && strcmp(s, name) == 0)
            return st;
    }
    return NULL;
}

/* The hash of DIR/name as "sha256:<hex>" into out; 0 with why when it
 * cannot be read (ENOENT: *missing = 1). */
static ct_status hash_file(const char *dir, const char *name, char out[CT_PLAN_HASH_SIZE],
                           int *missing, char *why, size_t n)
{
    char path[CT_DIAG_FILE_MAX + 256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    *missing = 0;
    struct stat sb;
    if (stat(path, &sb) != 0) {
        *missing = errno == ENOENT;
        setf(why, n, "%s: %s", name, *missing ? "not found" : strerror(errno));
        return CT_EIO;
    }
    if (!S_ISREG(sb.st_mode)) {
        setf(why, n, "%s: not a regular file", name);
        return CT_EIO;
    }
    char hex[CT_SHA256_HEX_SIZE];
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_sha256_file(path, hex, NULL, &d);
    if (s == CT_ENOMEM)
        return s;
    if (s) {
        setf(why, n, "%s: cannot read: %s", name, d.message);
        return CT_EIO;
    }
    snprintf(out, CT_PLAN_HASH_SIZE, "sha256:%s", hex);
    return CT_OK;
}

static void set_state(ct_plan_status *st, ct_plan_state s, const char *why)
{
    st->state = s;
    snprintf(st->reason, sizeof st->reason, "%s", why);
}

/* The tasks of a done milestone that its artifacts show were not done
 * (ct_plan_status.pending_task): milestone classify's family comparison,
 * done only when train.json's selection.families lists two or more. */
static void pending_tasks(const char *dir, const ct_plan_milestone *m, ct_plan_status *st)
{
    if (strcmp(m->id, "classify") != 0)
        return;
    size_t t = 0;
    while (t < m->ntasks && !strstr(m->tasks[t].text, "--model auto"))
        t++;
    if (t == m->ntasks)
        return;
    char path[CT_DIAG_FILE_MAX + 64];
    snprintf(path, sizeof path, "%s/train.json", dir);
    ct_json_doc *doc = NULL;
    if (ct_json_parse_file(path, NULL, &doc, NULL) != CT_OK)
        return;
    const ct_json_value *root = ct_json_doc_root(doc);
    const ct_json_value *fams = ct_json_get(ct_json_get(root, "selection"), "families");
    if (ct_json_size(fams) < 2) {
        const char *fam = ct_json_string(ct_json_get(ct_json_get(root, "chosen"), "family"), NULL);
        st->pending_task = t + 1;
        snprintf(st->pending, sizeof st->pending,
                 "train fitted one model family (%.16s) and compared none; claimtriage run FILE -o "
                 "DIR --model auto (or train --model auto) compares them on the same folds",
                 fam ? fam : "?");
    }
    ct_json_doc_free(doc);
}

/* One milestone other than the workflow's: rules (b) to (e). pending: the
 * report is being written (ct_plan_status_options.report_pending). */
static ct_status judge(const char *dir, const char *version, const ct_json_value *root,
                       const ct_plan_run *run, const ct_plan_milestone *m, int pending,
                       ct_plan_status *st)
{
    char why[CT_DIAG_MSG_MAX - 128], rerendered[CT_DIAG_MSG_MAX - 128] = "";
    for (size_t k = 0; k < m->nartifacts; k++) {
        const ct_plan_artifact *a = &m->artifacts[k];
        const ct_json_value *stage = find_stage(root, a->stage);
        if (!stage) {
            setf(why, sizeof why, "%s: stage %s is not in the manifest", a->file, a->stage);
            set_state(st, CT_PLAN_MISSING, why);
            set_kind(st, CT_PLAN_REASON_STAGE_NOT_IN_MANIFEST, a->stage, NULL);
            return CT_OK;
        }
        const char *status = ct_json_string(ct_json_get(stage, "status"), NULL);
        const int writing = pending && strcmp(a->stage, "report") == 0;
        /* the run writing this report: its report stage is done once it is */
        if (writing && strcmp(status, "not run") == 0 && strcmp(run->status, "running") == 0 &&
            !run->interrupted)
            continue;
        if (strcmp(status, "done") != 0) {
            const char *msg = ct_json_string(ct_json_get(stage, "message"), NULL);
            /* the message at most 400 bytes, cut at a space with " ..." as
             * run cuts its own: before 2026-12-04 it was cut inside a word,
             * "'claim_status_opinion' (5 row" (tests/cli/
             * plan_status_reason_cut_at_space) */
            char cut[401];
            if (msg)
                ct_textwidth_fit_words(cut, sizeof cut, msg, strlen(msg), SIZE_MAX, " ...");
            const char *sep = ct_json_string(ct_json_get(stage, "separation"), NULL);
            if (strcmp(status, "failed") == 0 && sep)
                snprintf(st->separation, sizeof st->separation, "%s", sep);
            if (strcmp(status, "failed") == 0 && run->stopped_by[0]) {
                setf(why, sizeof why, "%s: stage %s stopped (%s) before it finished", a->file,
                     a->stage, run->stopped_by);
                set_kind(st, CT_PLAN_REASON_STAGE_FAILED, a->stage, NULL);
                set_stopped_by(st, run);
            } else if (strcmp(status, "failed") == 0) {
                setf(why, sizeof why, "%s: stage %s failed%s%s", a->file, a->stage, msg ? ": " : "",
                     msg ? cut : "");
                set_kind(st, CT_PLAN_REASON_STAGE_FAILED, a->stage, NULL);
                set_cause(st, ct_json_get(stage, "cause"));
                set_stopped_by(st, run);
            } else if (run->failed_stage[0]) {
                if (run->stopped_by[0])
                    setf(why, sizeof why,
                         "%s: stage %s not run (the run was stopped (%s) at stage %s)", a->file,
                         a->stage, run->stopped_by, run->failed_stage);
                else
                    setf(why, sizeof why, "%s: stage %s not run (the run failed at stage %s)",
                         a->file, a->stage, run->failed_stage);
                set_kind(st, CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE, a->stage,
                         run->failed_stage);
                set_stopped_by(st, run);
            } else if (run->interrupted) {
                setf(why, sizeof why, "%s: stage %s not run (the run was interrupted)", a->file,
                     a->stage);
                set_kind(st, CT_PLAN_REASON_INTERRUPTED, a->stage, NULL);
            } else {
                setf(why, sizeof why, "%s: stage %s not run yet", a->file, a->stage);
                set_kind(st, CT_PLAN_REASON_STAGE_NOT_RUN, a->stage, NULL);
            }
            set_state(st, strcmp(status, "failed") == 0 ? CT_PLAN_INVALID : CT_PLAN_MISSING, why);
            return CT_OK;
        }
        const ct_json_value *outs = ct_json_get(stage, "outputs");
        int listed = 0;
        for (size_t j = 0; j < ct_json_size(outs); j++)
            listed |= strcmp(ct_json_string(ct_json_get(ct_json_at(outs, j), "file"), NULL),
                             a->file) == 0;
        if (!listed) {
            setf(why, sizeof why, "%s: not among stage %s's outputs in the manifest", a->file,
                 a->stage);
            set_state(st, CT_PLAN_INVALID, why);
            return CT_OK;
        }
        if (writing) /* its files are the ones being written: (c) to (e) hold of them */
            continue;
        /* (c) every output of the stage, the artifact first */
        for (int pass = 0; pass < 2; pass++) {
            for (size_t j = 0; j < ct_json_size(outs); j++) {
                const ct_json_value *o = ct_json_at(outs, j);
                const char *file = ct_json_string(ct_json_get(o, "file"), NULL);
                int mine = strcmp(file, a->file) == 0;
                if (mine != (pass == 0))
                    continue;
                char have[CT_PLAN_HASH_SIZE];
                int missing = 0;
                ct_status s = hash_file(dir, file, have, &missing, why, sizeof why);
                if (s == CT_ENOMEM)
                    return s;
                if (s) {
                    char w2[CT_DIAG_MSG_MAX];
                    setf(w2, sizeof w2, "%s%s", why,
                         mine ? " (the manifest lists it)" : " (an output of the same stage)");
                    set_state(st, missing && mine ? CT_PLAN_MISSING : CT_PLAN_INVALID, w2);
                    return CT_OK;
                }
                if (mine)
                    snprintf(st->artifact_sha256[k], CT_PLAN_HASH_SIZE, "%s", have);
                const char *want = ct_json_string(ct_json_get(o, "sha256"), NULL);
                /* the report renders the other artifacts and adds no fact:
                 * `claimtriage report DIR` may render it again (other
                 * dates, --pdf), and the file is then still this run's
                 * report when it loads as one of this input (below) */
                if (strcmp(have, want) != 0 && strcmp(a->stage, "report") == 0) {
                    char h2[64];
                    if (!rerendered[0])
                        setf(rerendered, sizeof rerendered,
                             "%s rendered again after the run (the run wrote %s)", file,
                             short_hash(want, h2, sizeof h2));
                    continue;
                }
                if (strcmp(have, want) != 0) {
                    char h1[64], h2[64];
                    setf(why, sizeof why,
                         "%s: changed after the run (%s here, %s in the manifest)%s", file,
                         short_hash(have, h1, sizeof h1), short_hash(want, h2, sizeof h2),
                         mine ? "" : "; it is an output of the same stage");
                    set_state(st, CT_PLAN_INVALID, why);
                    set_kind(st, CT_PLAN_REASON_CHANGED_AFTER_RUN, a->stage, NULL);
                    return CT_OK;
                }
            }
        }
        /* (d), (e) */
        char path[CT_DIAG_FILE_MAX + 64];
        snprintf(path, sizeof path, "%s/%s", dir, a->file);
        ct_status s = load_checked(path, a, version, run->input_file, run->input_sha256, why,
                                   sizeof why, NULL, st);
        if (s == CT_ENOMEM)
            return s;
        if (s) {
            set_state(st, CT_PLAN_INVALID, why);
            return CT_OK;
        }
    }
    set_state(st, CT_PLAN_DONE, rerendered);
    snprintf(st->input_sha256, sizeof st->input_sha256, "%s", run->input_sha256);
    pending_tasks(dir, m, st);
    return CT_OK;
}

/* The workflow milestone: the manifest itself, complete, and every other
 * milestone done. pending: a run "running" is the one writing the report,
 * complete once it is (ct_plan_status_options.report_pending). */
static ct_status judge_workflow(const char *dir, const ct_plan_run *run, size_t self, int pending,
                                ct_plan_status *out)
{
    ct_plan_status *st = &out[self];
    char why[CT_DIAG_MSG_MAX - 128];
    int missing = 0;
    ct_status s =
        hash_file(dir, "manifest.json", st->artifact_sha256[0], &missing, why, sizeof why);
    if (s == CT_ENOMEM)
        return s;
    const int ending = pending && strcmp(run->status, "running") == 0 && !run->interrupted;
    if (strcmp(run->status, "complete") != 0 && !ending) {
        if (run->interrupted)
            setf(why, sizeof why,
                 "manifest.json: the run was interrupted: it says \"running\", but no run holds "
                 "the folder (killed before it could record its end, as by kill -9); run it again");
        else if (run->failed_stage[0]) {
            if (run->stopped_by[0])
                setf(why, sizeof why, "manifest.json: the run was stopped (%s) at stage %s",
                     run->stopped_by, run->failed_stage);
            else
                setf(why, sizeof why, "manifest.json: the run failed at stage %s",
                     run->failed_stage);
            set_kind(st, CT_PLAN_REASON_RUN_FAILED, NULL, run->failed_stage);
            set_stopped_by(st, run);
        } else
            setf(why, sizeof why, "manifest.json: the run is %s (not complete)", run->status);
        set_state(st, CT_PLAN_INVALID, why);
        return CT_OK;
    }
    char list[512] = "";
    size_t nbad = 0, at = 0;
    for (size_t i = 0; i < ct_plan_count(); i++) {
        if (i == self || out[i].state == CT_PLAN_DONE)
            continue;
        int w = snprintf(list + at, sizeof list - at, "%s%s", nbad ? ", " : "", ct_plan_at(i)->id);
        if (w > 0 && (size_t)w < sizeof list - at)
            at += (size_t)w;
        nbad++;
    }
    if (nbad) {
        setf(why, sizeof why, "manifest.json: the run %s but %zu milestone%s not proven: %s",
             ending ? "completes with this report" : "is complete", nbad,
             nbad == 1 ? " is" : "s are", list);
        set_state(st, CT_PLAN_INVALID, why);
        return CT_OK;
    }
    set_state(st, CT_PLAN_DONE, "");
    snprintf(st->input_sha256, sizeof st->input_sha256, "%s", run->input_sha256);
    return CT_OK;
}

ct_status ct_plan_status_dir(const char *dir, const ct_plan_status_options *opt,
                             ct_plan_status *out, ct_plan_run *run, size_t *ndone, ct_diag *d)
{
    if (ndone)
        *ndone = 0;
    if (!dir || !out)
        return ct_diag_set(d, CT_EINVAL, dir, 0, 0, "ct_plan_status_dir: NULL argument");
    ct_plan_status_options defaults = ct_plan_status_options_default();
    if (!opt)
        opt = &defaults;
    const char *bad = ct_plan_status_options_check(opt);
    if (bad)
        return ct_diag_set(d, CT_EINVAL, opt->input, 0, 0, "%s", bad);
    const char *version = opt->version ? opt->version : ct_version();
    const ct_status ds = ct_artifact_dir_check(dir, d);
    if (ds != CT_OK)
        return ds;

    ct_plan_run local;
    if (!run)
        run = &local;
    memset(run, 0, sizeof *run);
    size_t n = ct_plan_count();
    memset(out, 0, n * sizeof *out);

    char given[CT_PLAN_HASH_SIZE] = "";
    if (opt->input) {
        char hex[CT_SHA256_HEX_SIZE];
        ct_diag dd;
        ct_diag_clear(&dd);
        ct_status s = ct_sha256_file(opt->input, hex, NULL, &dd);
        if (s)
            return ct_diag_set(d, s, opt->input, 0, 0, "cannot read the --input file: %s",
                               dd.message);
        snprintf(given, sizeof given, "sha256:%s", hex);
    }

    ct_status err = CT_OK;
    ct_json_doc *doc = read_manifest(dir, version, run, &err);
    if (err)
        return ct_diag_set(d, err, dir, 0, 0, "out of memory reading manifest.json");
    if (doc && opt->input) {
        run->input_checked = 1;
        snprintf(run->given_sha256, sizeof run->given_sha256, "%s", given);
        run->input_matches = strcmp(given, run->input_sha256) == 0;
        if (!run->input_matches) {
            char h1[64], h2[64];
            setf(run->reason, sizeof run->reason,
                 "a run of another input: %.200s is %s, the run's input ('%.200s') %s", opt->input,
                 short_hash(given, h1, sizeof h1), run->input_file,
                 short_hash(run->input_sha256, h2, sizeof h2));
            run->valid = 0;
        }
    }
    size_t done = 0;
    size_t wf = n;
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        if (!run->valid) {
            set_state(&out[i], CT_PLAN_INVALID, run->reason);
            continue;
        }
        if (m->nartifacts == 1 && !m->artifacts[0].stage) {
            wf = i; /* judged last, from the others */
            continue;
        }
        ct_status s =
            judge(dir, version, ct_json_doc_root(doc), run, m, opt->report_pending, &out[i]);
        if (s) {
            ct_json_doc_free(doc);
            return ct_diag_set(d, s, dir, 0, 0, "%s", ct_status_str(s));
        }
    }
    if (run->valid && wf < n) {
        ct_status s = judge_workflow(dir, run, wf, opt->report_pending, out);
        if (s) {
            ct_json_doc_free(doc);
            return ct_diag_set(d, s, dir, 0, 0, "%s", ct_status_str(s));
        }
    }
    ct_json_doc_free(doc);
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        /* blocked by its inputs not done, never by the plan's order
         * (depends): plan.h, "Order and inputs" */
        for (size_t k = 0; k < CT_PLAN_MAX_NEEDS && m->needs[k]; k++) {
            size_t j = ct_plan_index(m->needs[k]);
            if (j < n && out[j].state != CT_PLAN_DONE)
                out[i].blocked_by[out[i].nblocked++] = ct_plan_at(j)->id;
        }
        done += out[i].state == CT_PLAN_DONE;
    }
    if (ndone)
        *ndone = done;
    return CT_OK;
}
