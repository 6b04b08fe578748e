/* cmd_report.c — `claimtriage report DIR`: the executive report of a run
 * folder (claimtriage/report_run.h): DIR/report.html and DIR/report.json,
 * and with --pdf DIR/report.pdf through headless Chromium. */
#include "cli.h"

#include <claimtriage/digest.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char report_help[] =
    "usage: claimtriage report DIR [--redact] [--start DATE] [--reviews-per-hour R]\n"
    "                          [--cost-per-hour C] [--currency CODE] [--hours-per-day H]\n"
    "                          [--max-rows N] [--pdf]\n\n"
    "Write the executive report of a run folder (the output of `claimtriage run`):\n"
    "DIR/report.html, one self-contained page (no network, no script; prints on A4\n"
    "and Letter, reads on a phone) with the talking points from this run's numbers,\n"
    "the review hours and cost the queue saves, the PACE plan with each milestone's\n"
    "status, data quality, the key charts, the hypothesis tests, the regression, the\n"
    "model, the review queue and a technical appendix (every number's source command,\n"
    "file hashes); and DIR/report.json, the talking points and figures as data.\n"
    "A missing or failed stage's section says what is missing and why; the rest of\n"
    "the report is still written. A folder without manifest.json is reported as\n"
    "\"not a run\", from the files it holds.\n\n"
    "Options:\n"
    "  --redact                no transcription and no video id in any output\n"
    "  --start=DATE            the plan's start, YYYY-MM-DD (default: relative days)\n"
    /* the ranges' lines: report_help_print, from the macros */
    ;
static const char report_help_tail[] =
    "  --max-rows=N            rows shown in tables of rows, 1 to 1000 (default 10)\n"
    "  --pdf                   also print DIR/report.pdf with headless Chromium\n"
    "                          (/usr/bin/chromium; exit 3 when it is not installed)\n"
    "  -q, --quiet             no notes on stderr\n"
    "  -h, --help              show this help and exit\n"
    "\nExit codes: 0 ok (also when sections are missing: they say why), 2 usage error\n"
    "(DIR a file or a path through one, or a run writing into DIR right now: its\n"
    "report stage writes the report),\n"
    "3 I/O error (DIR unreadable, a file not written, or --pdf without a working\n"
    "Chromium: report.html and report.json are written all the same).\n"
    "\nExample:\n"
    "  claimtriage report out/ --start 2026-01-05 --cost-per-hour 45 --pdf\n";

/* The help, its ranges formatted from the macros that define them
 * (claimtriage/queue_eval.h, report_run.h): before 2026-12-03 typed into
 * the text, where a changed range would have left the help saying the old
 * one (tests/cli/report_ranges_from_macros). */
static void report_help_print(void)
{
    char r[64], c[64], h[64];
    cli_fmt_range(r, sizeof r, CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX, 0);
    cli_fmt_range(c, sizeof c, 0, CT_COST_PER_HOUR_MAX, 0);
    cli_fmt_range(h, sizeof h, CT_HOURS_PER_DAY_MIN, CT_HOURS_PER_DAY_MAX, 0);
    fputs(report_help, stdout);
    printf("  --reviews-per-hour=R    moderators' review rate, %s (default: the\n"
           "                          run's, as its manifest records it, else 60)\n"
           "  --cost-per-hour=C       cost of one review hour, %s (default: the run's,\n"
           "                          else 40, in --currency)\n"
           "  --currency=CODE         currency of --cost-per-hour, an ISO 4217 code (default "
           "USD)\n"
           "  --hours-per-day=H       length of a review day, %s (default 8); given,\n"
           "                          it rules over the run's --capacity\n",
           r, c, h);
    fputs(report_help_tail, stdout);
}

enum {
    OPT_REDACT = CLI_OPT_FIRST_FREE,
    OPT_START,
    OPT_RATE,
    OPT_COST,
    OPT_CURRENCY,
    OPT_HOURS,
    OPT_MAX_ROWS,
    OPT_PDF
};

/* Chromium's time limit for printing the page. */
#define REPORT_PDF_TIMEOUT_S 120.0

/* A manifest's option outside the range report takes (RANGE, as the
 * help says it): a warning, the default kept. */
static void out_of_range(const char *path, const char *key, double v, const char *range,
                         const char *option, double dflt)
{
    char what[4400], a[32], b[32];
    cli_fmt_num(a, sizeof a, v);
    cli_fmt_num(b, sizeof b, dflt);
    snprintf(what, sizeof what,
             "%s records %s %s, outside the range report takes (%s): the default %s is used; "
             "give %s to choose",
             path, key, a, range, b, option);
    cli_print_wrapped(stderr, "claimtriage: warning: ", 2, what);
}

/* The options the run recorded (manifest.json: "options" and "redacted"),
 * for those not given on the command line, so that `report DIR` rebuilds
 * the run's own report (docs/report.md: "same folder, same bytes"): the
 * review rate, the cost, the plan's start (copied into start[], empty when
 * the run had none) and redaction. Before 2026-12-02 only the rate and the
 * cost were taken: a run made with --start lost its calendar dates when
 * its report was rebuilt (tests/cli/report_rebuilt_as_run). Left as they
 * are when the folder has no valid manifest or it records no such option,
 * or a rate or cost outside report's range (with a warning). A NULL
 * pointer: that option was given. */
static void run_options(const char *dir, double *rate, double *cost, char *start, size_t nstart,
                        int *redact)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/manifest.json", dir) >= (int)sizeof path)
        return;
    ct_json_doc *doc = NULL;
    if (ct_artifact_load(path, "run", NULL, NULL, &doc, NULL, NULL) != CT_OK)
        return;
    const ct_json_value *root = ct_json_doc_root(doc);
    const ct_json_value *opt = ct_json_get(root, "options");
    const double r = ct_json_number(ct_json_get(opt, "reviews_per_hour"));
    const double c = ct_json_number(ct_json_get(opt, "cost_per_hour"));
    const char *st = ct_json_string(ct_json_get(opt, "start"), NULL);
    const ct_json_value *red = ct_json_get(root, "redacted");
    /* a run made before 2026-12-03 could record a rate or a cost outside
     * the ranges report takes now (any rate > 0, a cost to 1e12): said and
     * left out, as a start that is no date, not a usage error naming an
     * option that was not given (tests/cli/report_manifest_rate_range) */
    char range[64];
    if (rate && r >= CT_REVIEWS_PER_HOUR_MIN && r <= CT_REVIEWS_PER_HOUR_MAX)
        *rate = r;
    else if (rate && !isnan(r)) {
        cli_fmt_range(range, sizeof range, CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX, 1);
        out_of_range(path, "reviews_per_hour", r, range, "--reviews-per-hour", *rate);
    }
    if (cost && c >= 0 && c <= CT_COST_PER_HOUR_MAX)
        *cost = c;
    else if (cost && !isnan(c)) {
        cli_fmt_range(range, sizeof range, 0, CT_COST_PER_HOUR_MAX, 1);
        out_of_range(path, "cost_per_hour", c, range, "--cost-per-hour", *cost);
    }
    if (start && st && strlen(st) < nstart)
        snprintf(start, nstart, "%s", st);
    if (redact && red && ct_json_type_of(red) == CT_JSON_BOOL && ct_json_bool_value(red))
        *redact = 1;
    ct_json_doc_free(doc);
}

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"redact", no_argument, NULL, OPT_REDACT},
        {"start", required_argument, NULL, OPT_START},
        {"reviews-per-hour", required_argument, NULL, OPT_RATE},
        {"cost-per-hour", required_argument, NULL, OPT_COST},
        {"currency", required_argument, NULL, OPT_CURRENCY},
        {"hours-per-day", required_argument, NULL, OPT_HOURS},
        {"max-rows", required_argument, NULL, OPT_MAX_ROWS},
        {"pdf", no_argument, NULL, OPT_PDF},
        {"help", no_argument, NULL, 'h'},
        {"quiet", no_argument, NULL, 'q'},
        {NULL, 0, NULL, 0},
    };
    ct_report_options o = ct_report_options_default();
    int pdf = 0, c, rc = CLI_OPT_NEXT, rate_given = 0, cost_given = 0;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': report_help_print(); return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case OPT_REDACT: o.redact = 1; break;
        case OPT_START:
            o.start = optarg;
            rc = cli_start_arg("report", optarg);
            break;
        case OPT_RATE:
            rc = cli_number_arg("report", "reviews-per-hour", optarg, CT_REVIEWS_PER_HOUR_MIN, 0,
                                CT_REVIEWS_PER_HOUR_MAX, &o.reviews_per_hour);
            rate_given = 1;
            break;
        case OPT_COST:
            rc = cli_number_arg("report", "cost-per-hour", optarg, 0, 0, CT_COST_PER_HOUR_MAX,
                                &o.cost_per_hour);
            cost_given = 1;
            break;
        case OPT_HOURS:
            rc = cli_number_arg("report", "hours-per-day", optarg, CT_HOURS_PER_DAY_MIN, 0,
                                CT_HOURS_PER_DAY_MAX, &o.hours_per_day);
            o.hours_per_day_set = 1;
            break;
        case OPT_CURRENCY:
            /* an ISO 4217 code: three capital letters (USD, EUR, BRL) */
            if (strlen(optarg) != 3 || strspn(optarg, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)
                return cli_usage("report",
                                 "--currency takes an ISO 4217 code of three capital "
                                 "letters (USD, EUR, BRL), not '%s'",
                                 optarg);
            o.currency = optarg;
            break;
        case OPT_MAX_ROWS: {
            unsigned long long v = 0;
            rc = cli_count_arg("report", "max-rows", optarg, 1, 1000, &v);
            o.max_rows = (size_t)v;
            break;
        }
        case OPT_PDF: pdf = 1; break;
        default: return cli_bad_option("report", argv);
        }
        if (rc != CLI_OPT_NEXT)
            return rc;
    }
    if (argc - optind != 1)
        return cli_usage("report", argc - optind ? "one run folder DIR, not %d" : "missing DIR",
                         argc - optind);
    const char *dir = argv[optind];
    if (strcmp(dir, "-") == 0) /* docs/cli.md: a command that writes a folder refuses '-' */
        return cli_usage("report", "DIR is the run folder report.html and report.json are "
                                   "written into; '-' (standard input) cannot hold them");
    /* a file given as DIR: a usage error said before anything is read, as
     * run -o and eda -o say it (before 2026-12-04 exit 3, "not a folder":
     * tests/cli/folder_operand_is_file) */
    if (cli_refuse_file_as_folder(dir, NULL, 0, "it holds no run's files",
                                  "DIR is the folder a run wrote (claimtriage run FILE -o DIR): "
                                  "give that folder") != CLI_OPT_NEXT ||
        cli_refuse_folder_through_file(dir, "a name in DIR is a file where a folder was meant: "
                                            "DIR is the folder a run wrote (claimtriage run "
                                            "FILE -o DIR): give that folder") != CLI_OPT_NEXT)
        return CLI_EXIT_USAGE;
    /* a run writing into DIR (it holds the folder's lock) owns its files:
     * a report written now would be filed among the stage's outputs, and
     * the run's own report stage replaces it. Only that stage (its parent
     * is the run, which names itself in CLI_RUN_PID_ENV) goes on. Before
     * 2026-12-04 `report DIR` during a run's train stage wrote there, and
     * the run ended "complete" with report.html listed under train
     * (tests/cli/report_refuses_live_run). */
    const char *run_pid = getenv(CLI_RUN_PID_ENV);
    char *pid_end = NULL;
    const long parent = run_pid ? strtol(run_pid, &pid_end, 10) : 0;
    const int from_run = run_pid && pid_end != run_pid && !*pid_end && parent == (long)getppid();
    if (!from_run && ct_plan_run_live(dir) == 1) {
        cli_error("%s: a run is writing into this folder right now; its own report stage writes "
                  "report.html and report.json there when it ends",
                  dir);
        char hint[8400], qdir[4096]; /* the folder quoted for the shell */
        ct_shell_word(qdir, sizeof qdir, dir);
        snprintf(hint, sizeof hint,
                 "wait for the run to end (`claimtriage plan --status %s` says when it has), "
                 "then run report again if you want other options",
                 qdir);
        cli_print_wrapped(stderr, "  hint: ", 8, hint);
        return CLI_EXIT_USAGE;
    }
    char run_start[16] = "";
    int run_redact = 0;
    run_options(dir, rate_given ? NULL : &o.reviews_per_hour, cost_given ? NULL : &o.cost_per_hour,
                o.start ? NULL : run_start, sizeof run_start, o.redact ? NULL : &run_redact);
    if (run_start[0]) {
        /* the manifest's, not the user's: a start it records that is no
         * date (an edited file) is said and left out, not a usage error */
        ct_plan_dates *dates = calloc(ct_plan_count(), sizeof *dates);
        ct_diag d;
        ct_diag_clear(&d);
        if (!dates)
            return cli_fail(CT_ENOMEM, NULL);
        if (ct_plan_schedule(run_start, dates, NULL, &d) == CT_OK)
            o.start = run_start;
        else {
            char what[CT_DIAG_MSG_MAX + 256];
            snprintf(what, sizeof what,
                     "%s/manifest.json records the plan's start '%s', which is not one (%s); the "
                     "plan's days are shown as working days",
                     dir, run_start, d.message);
            cli_print_wrapped(stderr, "claimtriage: warning: ", 2, what);
        }
        free(dates);
    }
    o.redact |= run_redact;
    const char *m = ct_report_options_check(&o);
    if (m)
        return cli_usage("report", "%s", m);
    ct_diag d;
    ct_diag_clear(&d);
    /* the page before: a PDF printed from it stays true if it is unchanged.
     * Read only when there is a PDF, and only a regular file: before
     * 2026-12-02 a report.html that was a link to /dev/full (or /dev/zero) was
     * read for ever before anything was written (tests/cli/report_full_disk) */
    char page[4096], before[CT_SHA256_HEX_SIZE] = "", after[CT_SHA256_HEX_SIZE] = "";
    snprintf(page, sizeof page, "%s/report.html", dir);
    char pdfpath[4096];
    snprintf(pdfpath, sizeof pdfpath, "%s/report.pdf", dir);
    struct stat ps, hs;
    const int page_file = stat(page, &hs) == 0 && S_ISREG(hs.st_mode);
    const int have_pdf = stat(pdfpath, &ps) == 0 && S_ISREG(ps.st_mode);
    if (!page_file || !have_pdf || ct_sha256_file(page, before, NULL, NULL) != CT_OK)
        before[0] = '\0';
    /* a PDF older than the page it sits beside was stale already */
    const int stale =
        have_pdf && page_file &&
        (ps.st_mtim.tv_sec < hs.st_mtim.tv_sec ||
         (ps.st_mtim.tv_sec == hs.st_mtim.tv_sec && ps.st_mtim.tv_nsec < hs.st_mtim.tv_nsec));
    ct_report_result res;
    ct_status s = ct_report_write(dir, &o, &res, &d);
    if (s != CT_OK)
        return cli_fail(s, &d);
    if (!res.is_run && res.manifest_error[0])
        cli_note("%s/manifest.json is there but not valid (%s): reported as a folder of files, "
                 "not a run",
                 dir, res.manifest_error);
    else if (!res.is_run)
        cli_note("%s has no manifest.json: reported as a folder of files, not a run", dir);
    if (res.missing)
        cli_note("%zu part%s of the report could not be filled (the report says why)", res.missing,
                 res.missing == 1 ? "" : "s");
    if (res.charts_refused)
        cli_note("%zu chart%s not inlined (not claimtriage's own SVG)", res.charts_refused,
                 res.charts_refused == 1 ? "" : "s");
    int dl = (int)strlen(dir); /* "out/" prints as out/report.html */
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    /* the summary's points and the stakeholders' told apart: a run stopped
     * early has none of the first and some of the second, and "(0 talking
     * points)" read as none at all (tests/cli/report_points_counted) */
    cli_note(
        "wrote %.*s/report.html and %.*s/report.json (%zu summary point%s, %zu by stakeholder)", dl,
        dir, dl, dir, res.points, res.points == 1 ? "" : "s", res.aud_points);
    if (!pdf) {
        /* a PDF of an earlier rendering stays beside a page that changed
         * (other rates, dates): said, even with -q, as run's warnings
         * are; nothing is removed (before 2026-12-02 nothing was said:
         * tests/cli/report_pdf_left_stale) */
        char old[4096];
        struct stat sb;
        snprintf(old, sizeof old, "%.*s/report.pdf", dl, dir);
        if (stat(old, &sb) == 0 && S_ISREG(sb.st_mode) &&
            (stale || ct_sha256_file(page, after, NULL, NULL) != CT_OK ||
             strcmp(before, after) != 0)) {
            char what[4400];
            snprintf(what, sizeof what,
                     "%s is an earlier printing and does not show this report: print it again "
                     "with --pdf, or remove it",
                     old);
            cli_print_wrapped(stderr, "claimtriage: warning: ", 2, what);
        }
    }
    if (pdf) {
        char html[4096], out[4096];
        snprintf(html, sizeof html, "%.*s/report.html", dl, dir);
        snprintf(out, sizeof out, "%.*s/report.pdf", dl, dir);
        s = ct_report_pdf(html, out, NULL, REPORT_PDF_TIMEOUT_S, &d);
        /* report.pdf itself not writable: said as every output is, the
         * file named with the hint (before 2026-12-05 "cannot write: Is a
         * directory" alone: tests/cli/report_pdf_unwritable_named) */
        if (s != CT_OK && strcmp(d.file, out) == 0) {
            struct stat ds;
            if (stat(out, &ds) == 0 && S_ISDIR(ds.st_mode))
                snprintf(d.hint, sizeof d.hint,
                         "report --pdf writes the PDF under this name: remove or rename the "
                         "folder");
            return cli_fail(s, &d);
        }
        if (s != CT_OK) {
            cli_error("%s", d.message);
            return CLI_EXIT_IO;
        }
        cli_note("wrote %s", out);
    }
    return CLI_EXIT_OK;
}
