/* claimtriage/report_run.h — the executive report of a run folder: reads the
 * artifacts `claimtriage run` writes into DIR (docs/formats.md, "The run
 * folder") and writes DIR/report.html, one self-contained page for
 * executives (talking points, the Finance Lead's figures, the PACE plan)
 * and for the data team (every section's numbers, a technical appendix
 * with each number's source command and file hashes), and DIR/report.json,
 * the same talking points and figures as data (command "report").
 * Layer: app (docs/design.md): it names the reports file's columns.
 *
 * Inputs, all optional: manifest.json (the run's record; without it the
 * folder is "not a run" and the report says so), plan.json, inspect.json,
 * eda.json (+ the SVG files in charts/), test.json, regress.json, train.json,
 * evaluate.json, score.json, queue_eval.json (+ charts/queue_recall.svg).
 * An artifact is used only when it carries the artifact header of its
 * command and this version (claimtriage/artifact.h) and, when the manifest
 * records a SHA-256 for it (stages[].outputs[].sha256), the file still has
 * that hash (else: "changed after the run ...: not used", no talking point
 * from it); a missing, failed, changed or
 * foreign one makes its section say what is missing and why (the stage's
 * status and message from the manifest when there is one), and the rest of
 * the report is still written.
 *
 * Escaping: every piece of text from the data goes through
 * claimtriage/html.h's one escaping function; charts are inlined only when
 * ct_html_svg_check accepts them. Size: charts are the aggregated ones
 * the stages wrote; tables of rows are capped at max_rows (and say so), so
 * the page is small whatever the row count.
 *
 * Redaction (redact = 1): no transcription and no video id is written to
 * either file — the misclassified examples are omitted and the page says
 * "redacted".
 *
 * Ownership: arguments are borrowed. Thread-safety: reentrant (distinct
 * folders may be reported from distinct threads). The library prints
 * nothing; the PDF step runs a child process (Chromium) with its output
 * sent to /dev/null.
 */
#ifndef CLAIMTRIAGE_REPORT_RUN_H
#define CLAIMTRIAGE_REPORT_RUN_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_report_options {
    int redact;              /* 1: no transcription, no id in any output */
    const char *start;       /* the plan's start date "YYYY-MM-DD", or NULL: relative days */
    double reviews_per_hour; /* the moderators' capacity, default 60 */
    double cost_per_hour;    /* the cost of one review hour, default 40 */
    const char *currency;    /* ISO 4217 code of cost_per_hour, default "USD" */
    double hours_per_day;    /* a review day, default 8 */
    /* 1: hours_per_day was chosen (report's --hours-per-day), and the review
     * day is reviews_per_hour x hours_per_day even when the run set its own
     * --capacity; 0 (default): the run's capacity, when its manifest records
     * one set with --capacity, is the day and hours_per_day is not used (the
     * page and report.json say so: hours_per_day null) */
    int hours_per_day_set;
    size_t max_rows; /* rows shown in tables of rows, default 10 (1..1000) */
} ct_report_options;

/* The ranges of the finance assumptions, beside the review rate's
 * (CT_REVIEWS_PER_HOUR_MIN..MAX, claimtriage/queue_eval.h): a review day
 * of 1 to 24 hours, a cost of one review hour from 0 to 1e9 (in any
 * currency). Outside them the figures are no team's: a day of 1e-9 hours
 * holds no review, and the summary lost its queue point in silence. */
#define CT_HOURS_PER_DAY_MIN 1.0
#define CT_HOURS_PER_DAY_MAX 24.0
#define CT_COST_PER_HOUR_MAX 1e9

CT_API ct_report_options ct_report_options_default(void);
/* NULL when usable, else a message in static storage of the calling
 * thread, valid until its next call (the ranges formatted from the macros
 * above, "[0.1, 100000]"): reviews_per_hour in
 * [CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX], cost_per_hour in
 * [0, CT_COST_PER_HOUR_MAX], hours_per_day in [CT_HOURS_PER_DAY_MIN,
 * CT_HOURS_PER_DAY_MAX] (a day may still hold no whole review, 0.1 an
 * hour over 8 hours: the finance box says so and saves no hours),
 * a start date that is not a valid calendar date YYYY-MM-DD or from
 * which the plan's schedule would end after 9999-12-31, an empty or
 * non-alphabetic currency, max_rows outside 1..1000. */
CT_API const char *ct_report_options_check(const ct_report_options *o);

typedef struct ct_report_result {
    int is_run;            /* manifest.json was found and read */
    size_t sections;       /* sections written */
    size_t missing;        /* sections whose artifact is missing, failed or refused */
    size_t points;         /* the executive summary's talking points written */
    size_t aud_points;     /* the stakeholders' talking points written (all six) */
    size_t charts_refused; /* SVG files not inlined (not ours) */
    /* manifest.json is there but not valid (not JSON, not a run's record):
     * the reader's reason, e.g. "line 1, column 2: unexpected 'oops', ...";
     * "" when it is valid or absent (is_run tells which). */
    char manifest_error[CT_DIAG_MSG_MAX];
} ct_report_result;

/* Read dir's artifacts and write dir/report.html and dir/report.json
 * atomically (claimtriage/atomic_file.h): each is complete in its
 * temporary before either is renamed into place, so a file that cannot be
 * written leaves neither (only a failed rename of report.json, after
 * report.html's, leaves the new page beside the old report.json). res may
 * be NULL. Returns CT_OK (even when sections are missing: that is reported
 * in the page and in res); CT_EINVAL (NULL dir, bad options: the message
 * in d); CT_EIO (dir is not a readable folder, or a file could not be
 * written); CT_ENOMEM. */
CT_API ct_status ct_report_write(const char *dir, const ct_report_options *o, ct_report_result *res,
                                 ct_diag *d);

/* Print html_path to pdf_path (A4 and Letter both fit: the page's @page
 * margins) with headless Chromium at `chromium` (NULL: /usr/bin/chromium),
 * run with posix_spawn, its output sent to /dev/null, killed after
 * timeout_s seconds (<= 0: 60). The PDF is written to a temporary and
 * renamed (atomic). CT_OK; CT_EIO when Chromium is not installed (not
 * executable at that path: the message says so), cannot be started, exits
 * non-zero, is killed by the timeout or writes no PDF, when html_path is not
 * found or the PDF cannot be renamed into place; CT_EINVAL for NULL paths or
 * a path too long for a file URL. */
CT_API ct_status ct_report_pdf(const char *html_path, const char *pdf_path, const char *chromium,
                               double timeout_s, ct_diag *d);

/* For a signal handler (async-signal-safe: kill(2) and unlink(2) only):
 * stop the Chromium that ct_report_pdf is running (SIGKILL to its process
 * group) and remove its temporary PDF. Chromium runs in a process group of
 * its own, so the terminal's Ctrl-C does not reach it: without this, an
 * interrupted report --pdf left Chromium running and, when it finished,
 * its temporary beside report.pdf. Does nothing when no PDF is being
 * printed. */
CT_API void ct_report_pdf_stop(void);

#ifdef __cplusplus
}
#endif
#endif
