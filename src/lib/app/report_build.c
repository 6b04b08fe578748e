/* report_build.c — the executive report of a run folder
 * (claimtriage/report_run.h): its options, loading the manifest and the
 * stages' artifacts, the page's frame and stylesheet, and writing
 * report.html and report.json atomically. The sections are in the other
 * report_*.c files (report_internal.h lists them). */
#include "app/report_internal.h"
#include "claimtriage/artifact.h"
#include "claimtriage/atomic_file.h"
#include "claimtriage/digest.h"
#include "claimtriage/plan.h"
#include "claimtriage/queue_eval.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

ct_report_options ct_report_options_default(void)
{
    ct_report_options o;
    memset(&o, 0, sizeof o);
    o.reviews_per_hour = 60;
    o.cost_per_hour = 40;
    o.currency = "USD";
    o.hours_per_day = 8;
    o.max_rows = 10;
    return o;
}

const char *ct_report_options_check(const ct_report_options *o)
{
    if (!o)
        return "no options";
    /* the ranges of queue_eval.h and report_run.h, formatted from their
     * macros as the command line's checks format them (cli_number_arg:
     * "%g"); before 2026-12-03 the numbers were typed into the messages */
    static _Thread_local char msg[128];
    if (!(o->reviews_per_hour >= CT_REVIEWS_PER_HOUR_MIN &&
          o->reviews_per_hour <= CT_REVIEWS_PER_HOUR_MAX)) {
        snprintf(msg, sizeof msg, "reviews per hour must be a number in [%g, %g]",
                 CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX);
        return msg;
    }
    if (!(o->cost_per_hour >= 0 && o->cost_per_hour <= CT_COST_PER_HOUR_MAX)) {
        snprintf(msg, sizeof msg, "cost per hour must be a number in [0, %g]",
                 CT_COST_PER_HOUR_MAX);
        return msg;
    }
    if (!(o->hours_per_day >= CT_HOURS_PER_DAY_MIN && o->hours_per_day <= CT_HOURS_PER_DAY_MAX)) {
        snprintf(msg, sizeof msg, "hours per day must be a number in [%g, %g]",
                 CT_HOURS_PER_DAY_MIN, CT_HOURS_PER_DAY_MAX);
        return msg;
    }
    if (o->start && !rep_start_valid(o->start))
        return "the start date must be a calendar date YYYY-MM-DD from which the plan ends by "
               "9999-12-31";
    if (!o->currency || !*o->currency || strlen(o->currency) > 8)
        return "the currency must be a short code such as USD";
    for (const char *p = o->currency; *p; p++)
        if (!isalpha((unsigned char)*p))
            return "the currency must be a short code such as USD";
    if (o->max_rows < 1 || o->max_rows > 1000)
        return "max_rows must be in 1..1000";
    return NULL;
}

static const struct {
    const char *file, *command, *stage;
} rep_files[REP_N] = {
    {"plan.json", "plan", "plan"},
    {"inspect.json", "inspect", "inspect"},
    {"eda.json", "eda", "eda"},
    {"test.json", "test", "test"},
    {"regress.json", "regress", "regress"},
    {"train.json", "train", "train"},
    {"evaluate.json", "evaluate", "evaluate"},
    {"score.json", "score", "score"},
    {"queue_eval.json", "queue-eval", "queue-eval"},
};

static void load_manifest(rep_ctx *c)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.json", c->dir);
    ct_diag d;
    ct_diag_clear(&d);
    struct stat sb;
    if (stat(path, &sb) != 0) {
        snprintf(c->man_why, sizeof c->man_why,
                 "This folder has no manifest.json: it is not the output of `claimtriage run`, so "
                 "the report shows what the folder holds, without the run's record.");
        return;
    }
    ct_status s = ct_artifact_load(path, "run", NULL, NULL, &c->mdoc, NULL, &d);
    if (s == CT_ENOMEM) {
        snprintf(c->man_why, sizeof c->man_why, "manifest.json could not be read: out of memory.");
        return;
    }
    if (s) {
        /* there, but not the run's record: say so, with the reader's reason
         * (as plan --status does), not "no manifest" */
        c->man_bad = 1;
        char where[64] = "";
        if (d.line > 0)
            snprintf(where, sizeof where, " (line %ld, column %ld)", (long)d.line, (long)d.column);
        /* the reader's message, at most 1,500 bytes cut between characters
         * (a byte cut could split one: report.json must stay UTF-8) */
        const int m = (int)ct_textwidth_prefix(d.message, strlen(d.message), SIZE_MAX, 1500, NULL);
        if (d.line > 0)
            snprintf(c->res.manifest_error, sizeof c->res.manifest_error,
                     "line %ld, column %ld: %.*s", (long)d.line, (long)d.column, m, d.message);
        else
            snprintf(c->res.manifest_error, sizeof c->res.manifest_error, "%.*s", m, d.message);
        snprintf(c->man_why, sizeof c->man_why,
                 "manifest.json is there but not valid%s: %.*s. The report shows what the "
                 "folder holds, without the run's record.",
                 where, m, d.message);
        return;
    }
    c->man = ct_json_doc_root(c->mdoc);
    c->res.is_run = 1;
    rep_columns_recover(c);
    /* "running": this report is the run's last stage only while the run
     * holds the folder; else the run was killed before it recorded its end
     * (before 2026-12-04 a dead run's folder read "running (this report is
     * its last stage)": tests/cli/plan_status_run_interrupted) */
    const char *st = rep_str(c->man, "status");
    c->run_interrupted = st && strcmp(st, "running") == 0 && ct_plan_run_live(c->dir) == 0;
}

/* Why artifact i is absent: the manifest's word for its stage first. */
static void stage_reason(rep_ctx *c, int i, const char *fallback)
{
    rep_art *a = &c->a[i];
    const ct_json_value *st = rep_stage(c, rep_files[i].stage);
    const char *status = rep_str(st, "status");
    if (status && strcmp(status, "failed") == 0) {
        const char *msg = rep_str(st, "message");
        const double code = rep_num(st, "exit_code");
        char cb[48] = "";
        if (isfinite(code))
            snprintf(cb, sizeof cb, " with exit code %.0f", code);
        a->failed = 1;
        const char *sig = rep_str(c->man, "interrupted_by");
        if (sig)
            snprintf(a->why, sizeof a->why,
                     "The %s stage was stopped (%s) before it finished; nothing failed "
                     "(manifest.json).",
                     rep_files[i].stage, sig);
        else
            snprintf(a->why, sizeof a->why, "The %s stage failed%s%s%s (manifest.json).",
                     rep_files[i].stage, cb, msg ? ": " : "", msg ? msg : "");
    } else if (status && strcmp(status, "not run") == 0) {
        const char *failed = rep_str(c->man, "failed_stage");
        const char *sig = rep_str(c->man, "interrupted_by");
        if (failed && sig)
            snprintf(a->why, sizeof a->why,
                     "The %s stage was not run: the run was stopped (%s) during the %s stage "
                     "(manifest.json).",
                     rep_files[i].stage, sig, failed);
        else if (!failed && c->run_interrupted)
            snprintf(a->why, sizeof a->why,
                     "The %s stage was not run: the run was interrupted (manifest.json).",
                     rep_files[i].stage);
        else
            snprintf(a->why, sizeof a->why, "The %s stage was not run%s%s%s (manifest.json).",
                     rep_files[i].stage, failed ? ": the run stopped when the " : "",
                     failed ? failed : "", failed ? " stage failed" : "");
    } else {
        snprintf(a->why, sizeof a->why, "%s", fallback);
    }
}

/* The SHA-256 ("sha256:<hex>") the manifest records for file among its
 * stages' outputs, or NULL. */
static const char *recorded_hash(const rep_ctx *c, const char *file)
{
    const ct_json_value *st = ct_json_get(c->man, "stages");
    for (size_t k = 0; k < ct_json_size(st); k++) {
        const ct_json_value *outs = ct_json_get(ct_json_at(st, k), "outputs");
        for (size_t i = 0; i < ct_json_size(outs); i++) {
            const char *f = rep_str(ct_json_at(outs, i), "file");
            if (f && strcmp(f, file) == 0)
                return rep_str(ct_json_at(outs, i), "sha256");
        }
    }
    return NULL;
}

/* 1 when the manifest records a SHA-256 for file (relative to DIR, at path)
 * and the file's differs, 0 when it agrees or none is recorded, -1 out of
 * memory. */
static int hash_differs(const rep_ctx *c, const char *file, const char *path)
{
    const char *want = recorded_hash(c, file);
    if (!want)
        return 0;
    char hex[CT_SHA256_HEX_SIZE], got[CT_SHA256_HEX_SIZE + 8];
    const ct_status s = ct_sha256_file(path, hex, NULL, NULL);
    if (s == CT_ENOMEM)
        return -1;
    snprintf(got, sizeof got, "sha256:%s", s == CT_OK ? hex : "?");
    return strcmp(got, want) != 0;
}

static ct_status load_artifacts(rep_ctx *c)
{
    for (int i = 0; i < REP_N; i++) {
        rep_art *a = &c->a[i];
        a->file = rep_files[i].file;
        a->command = rep_files[i].command;
        const ct_json_value *st = rep_stage(c, rep_files[i].stage);
        const char *status = rep_str(st, "status");
        if (status && strcmp(status, "done") != 0) {
            stage_reason(c, i, "");
            continue;
        }
        char path[4096], fb[CT_DIAG_MSG_MAX + 128];
        snprintf(path, sizeof path, "%s/%s", c->dir, a->file);
        struct stat sb;
        if (stat(path, &sb) != 0) {
            /* a stage the manifest marks done wrote the file: it was removed
             * after the run (before 2026-12-02 the page said the manifest
             * listed no such stage, beside the plan's "the manifest lists it") */
            if (status)
                snprintf(fb, sizeof fb,
                         "%s is not in the folder: the manifest records the %s stage as done%s, so "
                         "the file was removed after the run (run the stage's command from "
                         "manifest.json again, or the run).",
                         a->file, rep_files[i].stage,
                         recorded_hash(c, a->file) ? " and this file as its output" : "");
            else
                snprintf(fb, sizeof fb, "%s is not in the folder%s.", a->file,
                         c->man ? " (the manifest lists no such stage yet)" : "");
            stage_reason(c, i, fb);
            continue;
        }
        /* a FIFO or a device (a link to /dev/zero) is never opened, nor
         * hashed below: a FIFO without a writer blocks the open, /dev/zero
         * never ends (before 2026-12-04 report hung on either, which plan
         * --status said were "not a regular file":
         * tests/cli/report_part_not_regular) */
        if (!S_ISREG(sb.st_mode)) {
            snprintf(a->why, sizeof a->why, "%s was not used: %s.", a->file, rep_not_regular);
            continue;
        }
        ct_diag d;
        ct_diag_clear(&d);
        ct_status s = ct_artifact_load(path, a->command, ct_version(), NULL, &a->doc, NULL, &d);
        if (s == CT_ENOMEM)
            return s;
        if (s) {
            /* cut between characters, as the manifest's message above; the
             * reader's place in the file as for the manifest, and a file the
             * manifest recorded otherwise is said to have changed after the
             * run (before 2026-12-02: "was not used: unterminated string.") */
            const int m =
                (int)ct_textwidth_prefix(d.message, strlen(d.message), SIZE_MAX, 1800, NULL);
            char where[64] = "";
            if (d.line > 0)
                snprintf(where, sizeof where, " (line %ld, column %ld)", (long)d.line,
                         (long)d.column);
            const int changed = hash_differs(c, a->file, path);
            if (changed < 0)
                return CT_ENOMEM;
            if (changed)
                a->changed = 1;
            snprintf(a->why, sizeof a->why, "%s %s: %.*s%s.", a->file,
                     changed ? "changed after the run (hash differs from the manifest): not used; "
                               "it cannot be read"
                             : "was not used",
                     m, d.message, where);
            continue;
        }
        /* a file changed after the run (hand-edited, replaced) is not the
         * run's result: its numbers are not stated as fact */
        const int changed = hash_differs(c, a->file, path);
        if (changed < 0)
            return CT_ENOMEM;
        if (changed) {
            /* said once, as what it is (the file is there and was edited:
             * not "missing"), with what the report did instead: before
             * 2026-12-05 the cost section read "queue_eval.json is
             * missing. queue_eval.json changed after the run ..."
             * (tests/cli/report_changed_not_missing) */
            a->changed = 1;
            snprintf(a->why, sizeof a->why,
                     "%s changed after the run (hash differs from the manifest): not used; no "
                     "figure of this report comes from it, nor is one estimated in its place "
                     "(run its stage's command from manifest.json again, or the run, to "
                     "restore it).",
                     a->file);
            continue;
        }
        a->root = ct_json_doc_root(a->doc);
        /* numbers from another input than the run's do not belong in its report */
        const char *mine = rep_str(a->root, "reproducibility.input_hash");
        const char *run = rep_str(c->man, "input.sha256");
        if (mine && run && strcmp(mine, run) != 0) {
            snprintf(a->why, sizeof a->why,
                     "%s was computed from another input (%.80s) than the run's (%.80s).", a->file,
                     mine, run);
            a->root = NULL;
        }
    }
    return CT_OK;
}

/* The stylesheet: readable on a phone (fluid width, tables scroll in their
 * box), printable on A4 and Letter (@page margins that fit both, figures
 * and tables kept whole). */
static const char rep_css[] =
    ":root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0072B2;--warn:#D55E00;}\n"
    "*{box-sizing:border-box}\n"
    "body{font-family:Helvetica,Arial,'Liberation Sans','DejaVu Sans',sans-serif;color:var(--ink);"
    "line-height:1.5;margin:0 auto;max-width:62rem;padding:1rem 1.25rem 3rem;font-size:16px}\n"
    "p,li,figcaption,caption{overflow-wrap:anywhere}\n"
    /* text in lines of at most 75 characters, the body's 62rem kept for
     * the charts and tables: before 2026-12-05 a summary bullet ran to 124
     * characters a line at 16px (tests/cli/report_text_measure) */
    "p,li,figcaption,h1,h2,h3,.formula{max-width:75ch}\n"
    "header h1{font-size:1.8rem;margin:.5rem 0 .25rem}\n"
    "header p{color:var(--muted);margin:.2rem 0}\n"
    ".badge{display:inline-block;border:1px solid "
    "var(--warn);color:var(--warn);border-radius:.3rem;"
    "padding:0 .4rem;font-size:.85rem;margin-right:.4rem}\n"
    "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}\n"
    "nav a{color:var(--accent)}\n"
    "section{border-top:1px solid var(--line);margin-top:1.5rem;padding-top:.5rem}\n"
    "h2{font-size:1.35rem;margin:.6rem 0}\n"
    "h3{font-size:1.1rem;margin:1rem 0 .4rem}\n"
    ".points li{margin:.45rem 0}\n"
    ".box{border:2px solid var(--accent);border-radius:.5rem;padding:.5rem 1rem;margin:.8rem 0}\n"
    ".formula{font-family:'DejaVu Sans Mono',monospace;font-size:.9rem;background:#f6f8fa;"
    "padding:.4rem .6rem;border-radius:.3rem;overflow-wrap:anywhere}\n"
    ".note{color:var(--muted);font-size:.88rem}\n"
    ".missing{border-left:4px solid var(--warn);padding:.3rem .7rem;background:#fff4ec}\n"
    ".tablewrap{overflow-x:auto;margin:.6rem 0}\n"
    "table{border-collapse:collapse;font-size:.9rem;min-width:50%}\n"
    "caption{text-align:left;font-weight:bold;padding:.3rem 0}\n"
    "th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left;"
    "vertical-align:top;overflow-wrap:break-word}\n"
    "th{background:#f6f8fa}\n"
    "td.wrap{overflow-wrap:anywhere}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    /* a planned date range stays on one line, never broken inside a date
     * ("2026-12-" / "07" in the printed plan table before 2026-12-04:
     * tests/cli/report_pdf_words_whole) */
    "td.num{white-space:nowrap}\n"
    "td.date{white-space:nowrap}\n"
    /* a command's words stay whole, the lines breaking at its spaces
     * (ct_html_table_begin's 'c'; before 2026-12-04 the printed appendix
     * broke "--start=2026-" / "12-07": tests/cli/report_pdf_words_whole) */
    "td.cmd{overflow-wrap:anywhere}td.cmd span{white-space:nowrap}\n"
    "figure{margin:1rem 0}\n"
    "figure svg{max-width:100%;height:auto;display:block}\n"
    "figcaption{color:var(--muted);font-size:.9rem;margin-top:.3rem}\n"
    "code{font-family:'DejaVu Sans Mono',monospace;font-size:.85rem;overflow-wrap:anywhere}\n"
    "@media (max-width:40rem){body{font-size:15px;padding:.6rem}header h1{font-size:1.45rem}}\n"
    "@page{size:auto;margin:15mm 14mm}\n"
    "@media print{body{max-width:none;padding:0;font-size:10.5pt}nav{display:none}"
    "figure,table,.box,.tablewrap{break-inside:avoid;page-break-inside:avoid}"
    "h2,h3{break-after:avoid;page-break-after:avoid}.tablewrap{overflow:visible}"
    "section{break-before:auto}a{color:inherit;text-decoration:none}"
    /* a table wider than the page made Chromium scale every page down (the
     * regression's coefficients, 883 CSS px: 80%); in print the tables
     * shrink to the width: smaller type, numbers wrap at their spaces (a
     * confidence interval's "to"), words anywhere (tests/cli/report_pdf_full_scale);
     * only in the cells of long tokens (td.wrap: hashes, commands, ids):
     * before 2026-12-04 every cell could break anywhere, and the table
     * layout, sharing the width by content, squeezed short columns to a
     * letter or two ("S/ta/g/e", "Anal/yze", "Scientis/t") beside the
     * SHA-256 column; a word of the other cells now stays whole
     * (tests/cli/report_pdf_words_whole) */
    "table{font-size:8.5pt;min-width:0}th,td{padding:.2rem .3rem}td.num{white-space:normal}}\n";

static const struct {
    const char *id, *title;
} rep_nav[] = {
    {"summary", "Summary"},      {"audience", "By stakeholder"},
    {"finance", "Finance"},      {"plan", "Plan"},
    {"data", "Data quality"},    {"eda", "What the data shows"},
    {"test", "Hypothesis test"}, {"regress", "Regression"},
    {"model", "Claim model"},    {"triage", "Review queue"},
    {"appendix", "Appendix"},
};

static void write_header(rep_ctx *c)
{
    ct_html *h = c->h;
    ct_html_raw(h, "<header>\n<h1>Claim triage: executive report</h1>\n");
    const char *file = rep_str(c->man, "input.file");
    if (!file)
        file = rep_str(rep_root(c, REP_INSPECT), "file");
    const double rows = rep_num(c->man, "input.rows_read");
    char nb[48];
    const double nr = isfinite(rows) ? rows : rep_num(rep_root(c, REP_INSPECT), "rows_read");
    ct_html_raw(h, "<p>");
    if (isfinite(nr)) {
        rep_count(nb, sizeof nb, nr);
        ct_html_textf(h, "Reports file %s, %s row%s; claimtriage %s.", file ? file : "(unknown)",
                      nb, rep_s(nr), ct_version());
    } else /* no stage loaded the file (a run failing at its first read):
            * before 2026-12-04 "undefined rows"
            * (tests/cli/plan_status_rows_not_counted) */
        ct_html_textf(h,
                      "Reports file %s, its rows not counted (no stage loaded it); "
                      "claimtriage %s.",
                      file ? file : "(unknown)", ct_version());
    ct_html_raw(h, "</p>\n<p>");
    if (ct_json_bool_value(rep_get(c->man, "input.synthetic")))
        ct_html_raw(h, "<span class=\"badge\">synthetic data</span>");
    if (c->opt.redact)
        ct_html_raw(h, "<span class=\"badge\">redacted: no transcriptions, no ids</span>");
    if (!c->man)
        ct_html_raw(h, c->man_bad ? "<span class=\"badge\">manifest.json not valid</span>"
                                  : "<span class=\"badge\">not a run folder</span>");
    ct_html_raw(h, "</p>\n");
    if (!c->man)
        ct_html_para(h, "missing", c->man_why);
    else if (strcmp(rep_str(c->man, "status") ? rep_str(c->man, "status") : "", "failed") == 0 &&
             rep_str(c->man, "interrupted_by"))
        /* someone stopped it: nothing failed (before 2026-12-05 "The run
         * failed at the train stage": tests/cli/report_interrupted_not_failed) */
        ct_html_paraf(h, "missing",
                      "The run was stopped (%s) during the %s stage, before it finished: "
                      "nothing failed. The sections after it say what is missing; run it "
                      "again for a complete report.",
                      rep_str(c->man, "interrupted_by"),
                      rep_str(c->man, "failed_stage") ? rep_str(c->man, "failed_stage") : "?");
    else if (strcmp(rep_str(c->man, "status") ? rep_str(c->man, "status") : "", "failed") == 0) {
        /* why, in the first screen, when the cause is one the report words
         * (before 2026-12-06 only the stage: the file of claims alone said
         * why in the plan's table far below, tests/cli/report_failed_run_says_why) */
        char why[CT_DIAG_MSG_MAX] = "";
        for (size_t i = 0; i < c->nplan && !why[0]; i++)
            if (c->plan[i].stopped_at)
                rep_cause_words(why, sizeof why, &c->plan[i].why);
        ct_html_paraf(h, "missing",
                      "The run failed at the %s stage%s%s. The sections after it say what is "
                      "missing.",
                      rep_str(c->man, "failed_stage") ? rep_str(c->man, "failed_stage") : "?",
                      why[0] ? ": " : "", why);
    } else if (c->run_interrupted)
        ct_html_para(h, "missing",
                     "The run was interrupted: its manifest.json says \"running\", but no run "
                     "holds the folder (it was killed before it could record its end, as by kill "
                     "-9); the sections of the stages it did not finish say what is missing. Run "
                     "it again for a complete report.");
    ct_html_raw(h, "</header>\n<nav aria-label=\"Sections\"><ul>\n");
    for (size_t i = 0; i < sizeof rep_nav / sizeof rep_nav[0]; i++) {
        ct_html_raw(h, "<li><a href=\"#");
        ct_html_text(h, rep_nav[i].id);
        ct_html_raw(h, "\">");
        ct_html_text(h, rep_nav[i].title);
        ct_html_raw(h, "</a></li>\n");
    }
    ct_html_raw(h, "</ul></nav>\n");
}

static ct_status write_html(rep_ctx *c, FILE *fp)
{
    c->h = ct_html_new(fp);
    if (!c->h)
        return CT_ENOMEM;
    ct_html_begin(c->h, "Claim triage: executive report", rep_css);
    write_header(c);
    rep_write_summary(c);
    rep_write_audience(c);
    rep_write_finance(c);
    rep_write_plan(c);
    rep_write_data(c);
    rep_write_eda(c);
    rep_write_test(c);
    rep_write_regress(c);
    rep_write_model(c);
    rep_write_triage(c);
    rep_write_appendix(c);
    ct_html_end(c->h);
    ct_status s = ct_html_finish(c->h);
    c->h = NULL;
    return s;
}

/* Write one output into its temporary, flushed so that a full disk is met
 * here; *out is renamed into place by the caller (ct_atomic_commit) once
 * every output is complete. On failure the temporary is removed and *out
 * is NULL. */
static ct_status fill_file(rep_ctx *c, const char *name, ct_status (*fn)(rep_ctx *, FILE *),
                           ct_atomic_file **out, ct_diag *d)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", c->dir, name);
    *out = NULL;
    ct_atomic_file *af = NULL;
    ct_status s = ct_atomic_open(path, &af, d);
    if (s)
        return s;
    s = fn(c, ct_atomic_stream(af));
    if (s == CT_OK && fflush(ct_atomic_stream(af)) != 0)
        s = CT_EIO;
    if (s) {
        /* a stream that failed (a full disk) is named with the system's
         * cause, "PATH: write error: No space left on device" and the
         * disk-full hint; before 2026-12-02 "could not write report.json:
         * input/output error" (tests/cli/report_full_disk) */
        ct_diag_set(d, s, path, 0, 0, "cannot write: %s", ct_status_str(s));
        return ct_atomic_fail(af, s, d);
    }
    *out = af;
    return CT_OK;
}

/* report.html and report.json are both complete before either is renamed
 * into place: one that cannot be written leaves neither (nor a new page
 * beside an old report.json; before 2026-12-03 report.html was written and
 * then report.json failed: tests/cli/report_outputs_all_or_none). */
static ct_status write_outputs(rep_ctx *c, ct_diag *d)
{
    ct_atomic_file *html = NULL, *json = NULL;
    ct_status s = fill_file(c, "report.html", write_html, &html, d);
    if (s == CT_OK)
        s = fill_file(c, "report.json", rep_write_json, &json, d);
    if (s != CT_OK) {
        ct_atomic_abort(html);
        return s;
    }
    s = ct_atomic_commit(html, d);
    if (s != CT_OK) {
        ct_atomic_abort(json);
        return s;
    }
    return ct_atomic_commit(json, d);
}

static void ctx_free(rep_ctx *c)
{
    for (int i = 0; i < REP_N; i++)
        ct_json_doc_free(c->a[i].doc);
    ct_json_doc_free(c->mdoc);
    ct_free(c->plan);
}

ct_status ct_report_write(const char *dir, const ct_report_options *o, ct_report_result *res,
                          ct_diag *d)
{
    ct_report_options def = ct_report_options_default();
    if (!o)
        o = &def;
    if (!dir || !*dir)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no folder given");
    const char *m = ct_report_options_check(o);
    if (m)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "%s", m);
    const ct_status ds = ct_artifact_dir_check(dir, d);
    if (ds != CT_OK)
        return ds;
    rep_ctx *c = ct_calloc(1, sizeof *c);
    if (!c)
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    c->dir = dir;
    c->opt = *o;
    load_manifest(c);
    ct_status s = load_artifacts(c);
    if (s == CT_OK) {
        rep_brief_compute(c);
        rep_plan_compute(c);
        rep_audience_compute(c);
        c->res.points = c->npt;
        for (int k = 0; k < REP_AUD_N; k++)
            c->res.aud_points += c->aud[k].n;
        s = write_outputs(c, d);
    }
    if (s == CT_ENOMEM)
        ct_diag_set(d, s, NULL, 0, 0, "out of memory");
    if (res)
        *res = c->res;
    ctx_free(c);
    ct_free(c);
    return s;
}
