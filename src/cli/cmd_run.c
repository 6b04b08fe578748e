/* cmd_run.c — `claimtriage run FILE -o DIR` and `claimtriage demo`: the
 * whole workflow in PACE order, each stage a command of this same binary
 * run as a child process (its standard output to its artifact, written
 * whole or not at all; its messages to DIR/logs/), then manifest.json:
 * the input's hash and rows, seed, threads, version, command line, and per
 * stage its command, status, duration, outputs and their hashes.
 *
 * Why child processes: every stage is exactly the command a user can run
 * by hand (the manifest names it), a stage that fails cannot leave the
 * others' state half-changed, and the artifacts are the commands' own
 * --json outputs, the files `plan --status` and `report` read. The folder
 * layout and the manifest are documented in docs/formats.md ("The run
 * folder") and docs/run.md. */
#include "cli.h"
#include "run_folder.h"
#include "claimtriage/csv.h"

#include <ctype.h>
#include <dirent.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <sys/prctl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static const char run_help[] =
    "usage: claimtriage run FILE -o DIR [options]\n\n"
    "The whole workflow on a reports file, in PACE order, every artifact in DIR:\n"
    "  Plan       plan.json       the milestones (plan --json)\n"
    "  Analyze    inspect.json    data profile and missing values (inspect)\n"
    "             eda.json        exploratory analysis, charts/ (eda)\n"
    "             test.json       hypothesis tests (test)\n"
    "  Construct  regress.json    logistic regression with its checks (regress)\n"
    "             train.json      the claim classifier, model.ctm (train)\n"
    "  Execute    evaluate.json   the model on its held-out test rows (evaluate --split test)\n"
    "             score.json      the review queue of those rows, queue.csv (score)\n"
    "             queue_eval.json the queue against random order and views (queue-eval)\n"
    "             report.html     the executive report, report.json (report)\n"
    "and manifest.json: input hash and rows, seed, threads, version, command line,\n"
    "and per stage its command, status, duration, outputs and their SHA-256.\n"
    "Each stage is the command shown in the manifest, run as a child process;\n"
    "its messages go to DIR/logs/STAGE.log. A failed required stage stops the run:\n"
    "what was done stays, the manifest marks the failure, the exit code is the\n"
    "stage's. eda, test and regress are side analyses (nothing downstream reads\n"
    "them): one that fails on the data (exit 1 or 2) is marked failed, its report\n"
    "section says 'Not available' and why, and the run goes on (exit 0, a warning\n"
    "naming it).\n"
    "DIR must be new, empty, or the folder of an earlier run (whose files are\n"
    "replaced; one changed since the run wrote it is not: run refuses, exit 2;\n"
    "report.html, report.json and report.pdf excepted, which 'report DIR' renders\n"
    "again: they are replaced, changed or not).\n\n"
    "Options:\n"
    "  -o, --output=DIR        the run folder (required; created)\n"
    "  --seed=S                split, folds and permutations (default 42)\n"
    "  --redact                keep transcriptions and ids out of every output: no\n"
    "                          queue.csv, no misclassified examples, no id summaries,\n"
    "                          no logs\n"
    "  --start=YYYY-MM-DD      planned milestone dates from this day (default:\n"
    "                          relative working days)\n"
    /* the ranges' lines: run_help_print, from the macros */
    ;
static const char run_help_tail[] =
    "  --capacity=N            reviews per day the queue is judged at (default: 8\n"
    "                          hours x R)\n"
    "  --pdf                   also print report.pdf with /usr/bin/chromium (when it\n"
    "                          is not installed: a note, and no PDF)\n"
    "  --threads=N             threads per stage (default 0: all); every figure,\n"
    "                          model and queue is the same whatever N, but the record\n"
    "                          of the run shows N (the reproducibility blocks of\n"
    "                          train.json, evaluate.json and model.ctm, the report's\n"
    "                          appendix), so those files differ\n"
    "  --model=FAMILY          train's model: lr (default), gbdt, rf, or auto (every\n"
    "                          family on the same folds, the champion on validation;\n"
    "                          about 3x train's time)\n"
    "  --folds=K               train's cross-validation folds, 2 to 100 (default 5;\n"
    "                          fewer for a file with few claims, as train's message\n"
    "                          says)\n"
    "  --target-recall=R       train's threshold: the highest reaching recall R on\n"
    "                          the calibration rows (for a file with few claims, where\n"
    "                          the default 0.5 may flag almost none: the report says so)\n"
    "  --cost-ratio=K          train's threshold 1/(1+K): a missed claim costs K\n"
    "                          reviews (one of the two)\n"
    "  --class-weight=none|balanced\n"
    "                          train's class weights for logistic regression (lr,\n"
    "                          auto; default none)\n"
    "  --dropna=all|used       eda's and test's rows: drop rows missing any column\n"
    "                          (as pandas df.dropna()) or only rows missing a column\n"
    "                          each reads (default: all, but used when a column is\n"
    "                          empty in every row; run says so)\n"
    "  --target=COL --positive=VALUE, --text=COL, --id=COL, --views=COL,\n"
    "  --shares=COL, --status=COL\n"
    "                          FILE's label column and its claim value, transcription,\n"
    "                          id, view and share counts and author status when FILE\n"
    "                          names them otherwise than the reports file (an export\n"
    "                          of one's own): passed on to every stage that uses the\n"
    "                          column, also in its defaults (eda's columns, groups,\n"
    "                          rates and scatter, test's measure and association,\n"
    "                          regress's features, screen and id, train's engagement\n"
    "                          set)\n"
    "  --on-bad-row=fail|skip, --na-values=A,B,..., --delimiter=C, --decimal=C,\n"
    "  --thousands=C, --no-schema\n"
    "                          how FILE is read (docs/cli.md), passed on to every\n"
    "                          stage that reads it (score: all but --on-bad-row)\n"
    "  -q, --quiet             no stage lines on stderr (errors still shown)\n"
    "  -h, --help              show this help and exit\n\n"
    "Exit codes: 0 ok (also when a side analysis failed on the data: a warning\n"
    "says which); else the failed required stage's (1 bad data, 2 usage, 3 I/O);\n"
    "2 for a bad command line or a DIR that is a file, or not empty and not a run's,\n"
    "or whose earlier run's output was changed since, or that holds a file of yours\n"
    "the run would overwrite or remove, or a folder where it writes a file.\n\n"
    "Example:\n  claimtriage run reports.csv -o out/ && open out/report.html\n";

/* The help, its ranges formatted from the macros that define them
 * (before 2026-12-03 typed into the text; tests/cli/report_ranges_from_macros). */
static void run_help_print(void)
{
    char r[64], c[64];
    cli_fmt_range(r, sizeof r, CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX, 0);
    cli_fmt_range(c, sizeof c, 0, CT_COST_PER_HOUR_MAX, 0);
    fputs(run_help, stdout);
    printf("  --reviews-per-hour=R    moderators' review rate, %s (default 60)\n"
           "  --cost-per-hour=C       cost of a review hour, USD, %s (default 40)\n",
           r, c);
    fputs(run_help_tail, stdout);
}

static const char demo_help[] =
    "usage: claimtriage demo [-o DIR] [--rows N] [options]\n\n"
    "`claimtriage run` on the built-in synthetic sample: `synth --rows N --seed S`\n"
    "writes DIR/sample.csv (the real reports file is never part of the tool), then\n"
    "every stage of `run` (see 'claimtriage help run'); the report says the data\n"
    "are synthetic.\n\n"
    "Options:\n"
    "  -o, --output=DIR        the run folder (default demo-out)\n"
    "  --rows=N                synthetic reports (default 20000, at least 1000: the\n"
    "                          regression and the 60/20/20 split need them)\n"
    "  and every option of run: --seed, --redact, --start, --reviews-per-hour,\n"
    "  --cost-per-hour, --capacity, --pdf, --threads, --model, --folds,\n"
    "  --target-recall, --cost-ratio, --class-weight, --dropna\n"
    "  -q, --quiet             no stage lines on stderr (errors still shown)\n"
    "  -h, --help              show this help and exit\n\n"
    "Exit codes: as run's: 0 ok, else the failed stage's (1 bad data, 2 usage,\n"
    "3 I/O); 2 for a bad command line or a DIR that is not empty and not a run's.\n\n"
    "Example:\n  claimtriage demo -o demo-out\n";

enum {
    OPT_SEED = CLI_OPT_FIRST_FREE,
    OPT_REDACT,
    OPT_START,
    OPT_RPH,
    OPT_CPH,
    OPT_CAPACITY,
    OPT_PDF,
    OPT_THREADS,
    OPT_ROWS,
    OPT_TARGET,
    OPT_POSITIVE,
    OPT_TEXT,
    OPT_ID,
    OPT_VIEWS,
    OPT_SHARES,
    OPT_STATUS,
    OPT_MODEL,
    OPT_FOLDS,
    OPT_TARGET_RECALL,
    OPT_COST_RATIO,
    OPT_CLASS_WEIGHT,
    OPT_DROPNA
};

#define RUN_MAX_ARGS 40
#define RUN_MAX_OUT 96
#define RUN_MAX_STAGES 12

typedef struct run_opts {
    const char *input; /* the reports file (demo: DIR/sample.csv) */
    const char *dir;
    const char *start;
    unsigned long long seed, rows, capacity;
    int capacity_given; /* --capacity on the command line (manifest's capacity_by) */
    double rph, cph;
    int redact, pdf, threads, demo;
    /* FILE's loader options, as given (NULL: not given), passed on to every
     * stage that reads FILE (docs/cli.md's shared options) */
    const char *on_bad_row, *na_values, *delimiter, *decimal, *thousands;
    int no_schema;
    char delim; /* the delimiter as the stages read it (for the header check) */
    /* FILE's columns when named otherwise (NULL: the reports file's) */
    const char *target, *positive, *text, *id, *views, *shares, *status;
    const char *model; /* train's --model family (NULL: train's default, lr) */
    /* train's --folds (0: train's default). Before 2026-12-05 run did not
     * take it, and its hint sent the user to train by hand, making a model
     * the report, plan --status and a rerun do not count
     * (tests/cli/run_folds_passed). */
    unsigned long long folds;
    /* train's threshold rule and lr's class weights, as given (NULL: train's
     * defaults). Before 2026-12-05 run took neither, and its report advised
     * train --target-recall on an imbalanced file whose default threshold
     * flagged nothing (tests/cli/run_threshold_options). */
    const char *target_recall, *cost_ratio, *class_weight;
    const char *dropna; /* eda's and test's --dropna when given (NULL: see run_state.dropna_auto) */
    char **cmdline;     /* as typed, for the manifest */
    /* the long names of the options given (run_longopts' names), so that a
     * hint says "its --target" only of one the user gave */
    const char *given[64];
    size_t ngiven;
} run_opts;

static const struct option run_longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"seed", required_argument, NULL, OPT_SEED},
    {"redact", no_argument, NULL, OPT_REDACT},
    {"start", required_argument, NULL, OPT_START},
    {"reviews-per-hour", required_argument, NULL, OPT_RPH},
    {"cost-per-hour", required_argument, NULL, OPT_CPH},
    {"capacity", required_argument, NULL, OPT_CAPACITY},
    {"pdf", no_argument, NULL, OPT_PDF},
    {"threads", required_argument, NULL, OPT_THREADS},
    {"rows", required_argument, NULL, OPT_ROWS},
    {"target", required_argument, NULL, OPT_TARGET},
    {"positive", required_argument, NULL, OPT_POSITIVE},
    {"text", required_argument, NULL, OPT_TEXT},
    {"id", required_argument, NULL, OPT_ID},
    {"views", required_argument, NULL, OPT_VIEWS},
    {"shares", required_argument, NULL, OPT_SHARES},
    {"status", required_argument, NULL, OPT_STATUS},
    {"model", required_argument, NULL, OPT_MODEL},
    {"folds", required_argument, NULL, OPT_FOLDS},
    {"target-recall", required_argument, NULL, OPT_TARGET_RECALL},
    {"cost-ratio", required_argument, NULL, OPT_COST_RATIO},
    {"class-weight", required_argument, NULL, OPT_CLASS_WEIGHT},
    {"dropna", required_argument, NULL, OPT_DROPNA},
    CLI_LOAD_LONGOPTS,
    {"help", no_argument, NULL, 'h'},
    {"quiet", no_argument, NULL, 'q'},
    {NULL, 0, NULL, 0},
};

typedef enum { ST_NOT_RUN = 0, ST_DONE, ST_FAILED } stage_state;

typedef struct stage {
    const char *name, *pace;
    int analysis; /* a side analysis (eda, test, regress): the queue does not need it */
    char *argv[RUN_MAX_ARGS + 1];
    int argc;
    const char *artifact; /* its standard output goes here (in DIR), or NULL */
    stage_state state;
    /* a side analysis done whose output does not prove its milestone
     * (analysis_incomplete): listed in failed_analyses, named in the
     * closing warning; why in incomplete_why */
    int incomplete;
    char incomplete_why[700];
    int exit_code;
    double seconds;
    char message[1100];
    /* a failed regress stage's kind of separation, from its --json failure
     * document (stage_failure_kind); "" when none */
    char separation[24];
    /* a failed stage's cause, from its --json failure document's
     * failure.cause (train's; stage_failure_kind): a ct_diag_cause name and
     * its facts; "" and 0 when none */
    char cause[24], cause_column[256], cause_value[256];
    uint64_t cause_rows;
    /* run's options this stage receives when given (build_stages): an
     * option of run's that a failed stage names but does not receive is
     * the stage's own (regress's --target is not run's, the label of the
     * classifier: tests/cli/run_hint_option_not_passed) */
    const char *passed[24];
    size_t npassed;
    char *out[RUN_MAX_OUT];
    char hash[RUN_MAX_OUT][CT_SHA256_HEX_SIZE + 8];
    uint64_t bytes[RUN_MAX_OUT];
    size_t nout;
} stage;

/* 1 when the option at p (a "--" inside msg) is written after another
 * command's name than self, directly or after options of it ("test
 * --by/--pair", "evaluate --by"): that command's option, which the message
 * names as such, not the failed stage's (before 2026-12-04 an integer code's
 * hint "test --by/--pair take such codes" was relayed as "--by, --pair are
 * options of 'claimtriage inspect'": tests/cli/run_hint_other_command). */
static int other_command_option(const char *msg, const char *p, const char *self)
{
    const char *q = p;
    int value = 0; /* the word before q was an option's value ("--target X") */
    for (;;) {     /* back over "--a/", "--a, ", "--a ", "--a X " before this option */
        const char *e = q;
        if (e - msg >= 1 && e[-1] == '/')
            e -= 1;
        else if (e - msg >= 2 && e[-1] == ' ' && e[-2] == ',')
            e -= 2;
        else if (e - msg >= 1 && e[-1] == ' ')
            e -= 1;
        else
            break;
        const char *b = e;
        while (b > msg && !isspace((unsigned char)b[-1]) && b[-1] != '/' && b[-1] != ',')
            b--;
        if (e - b > 2 && b[0] == '-' && b[1] == '-') {
            q = b; /* an option before this one */
            value = 0;
            continue;
        }
        for (size_t i = 0; i < cli_ncommands; i++) { /* a command's name? */
            const char *nm = cli_commands[i].name;
            if (strlen(nm) == (size_t)(e - b) && strncmp(nm, b, (size_t)(e - b)) == 0)
                return strcmp(nm, self) != 0;
        }
        if (value || b == e) /* two words in a row: prose, no command */
            break;
        q = b; /* perhaps the value of an option before it */
        value = 1;
    }
    return 0;
}

/* The options a failed stage's message names that run does not take
 * ("--folds 4 at most here", "--holdout none" from train): written to out
 * ("--folds, --holdout"), their number returned; and those run takes but
 * does not pass to this stage (regress's "--target=COL --positive=VALUE":
 * run's --target is the classifier's label) to own[on] likewise, their
 * number in *nown, when the user gave them to run (ro->given), else to
 * other[xn] (*nother): run takes them, but they were not given, so "run
 * does not pass its --target" would name an option nobody typed (before
 * 2026-12-05 it did: tests/cli/run_hint_own_option_not_given). The way out
 * such a hint shows is the stage's own command, not run's: the caller says
 * so. */
static size_t options_not_run(const run_opts *ro, const stage *s, char *out, size_t n, char *own,
                              size_t on, size_t *nown, char *other, size_t xn, size_t *nother)
{
    const char *msg = s->message;
    size_t count = 0, len = 0, olen = 0, xlen = 0;
    out[0] = own[0] = other[0] = '\0';
    *nown = *nother = 0;
    for (const char *p = strstr(msg, "--"); p; p = strstr(p + 2, "--")) {
        if (p > msg && (isalnum((unsigned char)p[-1]) || p[-1] == '-'))
            continue;
        size_t k = 0;
        while (islower((unsigned char)p[2 + k]) || isdigit((unsigned char)p[2 + k]) ||
               (k && p[2 + k] == '-'))
            k++;
        if (k == 0 || !islower((unsigned char)p[2]) || other_command_option(msg, p, s->name))
            continue;
        int known = 0, passed = 0;
        for (const struct option *o = run_longopts; o->name && !known; o++)
            known = strlen(o->name) == k && strncmp(o->name, p + 2, k) == 0;
        for (size_t i = 0; known && i < s->npassed && !passed; i++)
            passed = strlen(s->passed[i]) == k && strncmp(s->passed[i], p + 2, k) == 0;
        if (passed)
            continue;
        int given = 0;
        for (size_t i = 0; known && i < ro->ngiven && !given; i++)
            given = strlen(ro->given[i]) == k && strncmp(ro->given[i], p + 2, k) == 0;
        char name[64];
        snprintf(name, sizeof name, "--%.*s", (int)(k < 60 ? k : 60), p + 2);
        char *to = !known ? out : given ? own : other;
        const size_t cap = !known ? n : given ? on : xn;
        size_t *at = !known ? &len : given ? &olen : &xlen;
        size_t *c = !known ? &count : given ? nown : nother;
        const char *seen = strstr(to, name);
        if (seen && (seen[strlen(name)] == ',' || seen[strlen(name)] == '\0'))
            continue;
        const int w = snprintf(to + *at, cap - *at, "%s%s", *c ? ", " : "", name);
        if (w < 0 || (size_t)w >= cap - *at)
            break;
        *at += (size_t)w;
        (*c)++;
    }
    return count;
}

/* After a failed stage's message: the options it names that run does not
 * take, said to be the stage's; and those run takes but does not pass to
 * it, said to be the stage's own, with its command to run by hand (before
 * 2026-12-03 regress's "--target=COL --positive=VALUE" had no hint, and
 * read as run's: tests/cli/run_hint_option_not_passed). Printed at FIRST,
 * wrapped under HANG. */
/* "--target, --positive" as " --target=... --positive=..." in eg[cap]. */
static void option_examples(const char *list, char *eg, size_t cap)
{
    size_t el = 0;
    eg[0] = '\0';
    for (const char *p = list; *p && el < cap;) {
        const char *e = strchr(p, ',');
        const size_t k = e ? (size_t)(e - p) : strlen(p);
        const int w = snprintf(eg + el, cap - el, " %.*s=...", (int)k, p);
        el += w > 0 ? (size_t)w : 0;
        p += k + (e ? 2 : 0);
    }
}

static void hint_options_not_run(const run_opts *ro, const stage *s, const char *first, size_t hang)
{
    char foreign[256], own[256], other[256], what[1400];
    size_t nown, nother;
    const size_t n = options_not_run(ro, s, foreign, sizeof foreign, own, sizeof own, &nown, other,
                                     sizeof other, &nother);
    if (n && !s->analysis) {
        /* a required stage by hand makes files that are not the run's: the
         * report, plan --status and a rerun into DIR do not count them, so
         * that is no way out (before 2026-12-05 the hint sent the user there:
         * tests/cli/run_folds_passed) */
        snprintf(what, sizeof what,
                 "%s %s of 'claimtriage %s' that run does not take; the stage run by hand "
                 "with %s writes files that are not this run's, which its report and plan "
                 "--status do not count",
                 foreign, n == 1 ? "is an option" : "are options", s->name, n == 1 ? "it" : "them");
        cli_print_wrapped(stderr, first, hang, what);
    } else if (n) {
        snprintf(what, sizeof what,
                 "%s %s of 'claimtriage %s' that run does not take: to use %s, run the "
                 "stage's command (manifest.json) by hand with %s",
                 foreign, n == 1 ? "is an option" : "are options", s->name, n == 1 ? "it" : "them",
                 n == 1 ? "it" : "them");
        cli_print_wrapped(stderr, first, hang, what);
    }
    char eg[300];
    if (nown) { /* given to run, which passes them to the other stages */
        option_examples(own, eg, sizeof eg);
        snprintf(what, sizeof what,
                 "%s %s %s's own %s here: run does not pass its %s to %s (%s to other stages); "
                 "to use %s, run %s on its own, e.g. claimtriage %s FILE%s (manifest.json has "
                 "the stage's command)",
                 own, nown == 1 ? "is" : "are", s->name, nown == 1 ? "option" : "options", own,
                 s->name, nown == 1 ? "it goes" : "they go", nown == 1 ? "it" : "them", s->name,
                 s->name, eg);
        cli_print_wrapped(stderr, first, hang, what);
    }
    if (nother) { /* not given: run would not pass them to this stage either */
        option_examples(other, eg, sizeof eg);
        snprintf(what, sizeof what,
                 "%s %s %s's own %s here, which run never passes to %s: to use %s, run %s on "
                 "its own, e.g. claimtriage %s FILE%s (manifest.json has the stage's command)",
                 other, nother == 1 ? "is" : "are", s->name, nother == 1 ? "option" : "options",
                 s->name, nother == 1 ? "it" : "them", s->name, s->name, eg);
        cli_print_wrapped(stderr, first, hang, what);
    }
}

typedef struct run_state {
    const run_opts *o;
    stage st[RUN_MAX_STAGES];
    size_t n;
    char self[PATH_MAX];
    int self_fd; /* this program, open: the stages exec it (spawn_stage) */
    char input_hash[CT_SHA256_HEX_SIZE + 8];
    uint64_t input_bytes, rows_read, rows_used, rows_skipped;
    struct stat input_stat; /* FILE when hashed: a stage after which it differs fails the run */
    int input_stat_ok;
    int have_rows;
    const char *status; /* "running", "complete", "failed" */
    const char *failed;
    char manifest_err[400]; /* why the last write of manifest.json failed */
    /* FILE's columns empty in every row used, from inspect.json (read
     * after the inspect stage), and whether run then chose --dropna=used
     * for eda and test itself (no --dropna given): one blank export
     * column made df.dropna() drop every row, and eda, test and regress
     * failed (before 2026-12-05: tests/cli/run_empty_column_dropna) */
    char *empty_cols[16];
    size_t nempty;
    int dropna_auto;
    /* FILE's columns holding one value in every row that has one
     * (inspect.json's distinct 1), and which of them regress's model
     * leaves out (a feature but the label): a single-level feature made
     * regress fail ("author_ban_status has one level only") and the report
     * lose its regression (before 2026-12-06:
     * tests/cli/run_regress_single_level) */
    char *const_cols[16];
    size_t nconst;
    const char *left_out[32]; /* regress's features left out: empty or constant */
    size_t nleft;
    unsigned column_hints; /* hint_column_option's columns already said, by bit */
} run_state;

/* ------------------------------------------------------------ helpers */

/* SIGINT, SIGTERM, SIGHUP or SIGPIPE during a run: the stage running is
 * told (the same signal; SIGTERM for SIGPIPE), the manifest marks the run
 * failed at that stage, then the process ends with the signal's default
 * action (exit 130 for SIGINT, 141 for SIGPIPE). */
/* What a stage that ended by a signal tells the user: the signal by name
 * and its usual cause (a SIGKILL nobody sent is most often the kernel's
 * out-of-memory killer; a SIGSEGV or SIGABRT is a fault in claimtriage). */
static void stage_killed_message(int sig, char *buf, size_t size)
{
    const char *name = NULL, *cause = NULL;
    switch (sig) {
    case SIGKILL:
        name = "SIGKILL";
        cause = "most often the system's out-of-memory killer ('dmesg' shows it), or a kill -9; "
                "a smaller input or fewer --threads needs less memory";
        break;
    case SIGSEGV:
    case SIGBUS:
    case SIGABRT:
    case SIGFPE:
    case SIGILL:
        name = sig == SIGSEGV   ? "SIGSEGV"
               : sig == SIGBUS  ? "SIGBUS"
               : sig == SIGABRT ? "SIGABRT"
               : sig == SIGFPE  ? "SIGFPE"
                                : "SIGILL";
        cause = "the stage crashed: a fault in claimtriage, please report it with the stage's "
                "log and command (manifest.json)";
        break;
    case SIGXCPU:
        name = "SIGXCPU";
        cause = "the CPU-time limit (ulimit -t) ran out";
        break;
    case SIGXFSZ:
        name = "SIGXFSZ";
        cause = "the file-size limit (ulimit -f) was reached";
        break;
    case SIGTERM:
    case SIGHUP:
    case SIGINT:
    case SIGQUIT:
        name = sig == SIGTERM  ? "SIGTERM"
               : sig == SIGHUP ? "SIGHUP"
               : sig == SIGINT ? "SIGINT"
                               : "SIGQUIT";
        cause = "sent to the stage by another process";
        break;
    default: break;
    }
    if (name)
        snprintf(buf, size, "killed by signal %d (%s): %s", sig, name, cause);
    else
        snprintf(buf, size, "killed by signal %d", sig);
}

static volatile sig_atomic_t run_signal;
static void on_signal(int sig) { run_signal = sig; }

/* Hashing a file of many gigabytes takes seconds: it stops at the next
 * block once a signal came (ct_sha256_file_progress), so that the run ends
 * promptly, as a stage does (before 2026-12-03 the whole input was hashed
 * first: tests/cli/run_sigterm_while_hashing). */
static int stop_on_signal(void *user, uint64_t done, uint64_t total)
{
    (void)user;
    (void)done;
    (void)total;
    return run_signal != 0;
}

static ct_status hash_file(const char *path, char hex[CT_SHA256_HEX_SIZE], uint64_t *bytes,
                           ct_diag *d)
{
    return ct_sha256_file_progress(path, hex, bytes, stop_on_signal, NULL, d);
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: waitpid returns EINTR */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* run's own output closed (`run ... 2>&1 | head -3`): the run ends as
     * interrupted, its manifest "failed", where the default action killed
     * it at its next progress line and left the manifest saying "running"
     * (before 2026-12-04: tests/cli/run_sigpipe_marks_failed) */
    sigaction(SIGPIPE, &sa, NULL);
}

/* The signal a stage is told when run is interrupted: the same one, but
 * SIGTERM for SIGPIPE (the stage's own output is its artifact and log,
 * not the pipe that closed), and its name for the manifest. */
static int signal_for_stage(int sig) { return sig == SIGPIPE ? SIGTERM : sig; }

static const char *run_signal_name(int sig)
{
    return sig == SIGINT    ? "SIGINT"
           : sig == SIGTERM ? "SIGTERM"
           : sig == SIGPIPE ? "SIGPIPE: run's output was closed"
                            : "SIGHUP";
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Append a formatted word to s's argv; -1 when full or out of memory. */
static int arg(stage *s, const char *fmt, ...) CT_PRINTF(2, 3);
static int arg(stage *s, const char *fmt, ...)
{
    if (s->argc >= RUN_MAX_ARGS)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *w = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!w)
        return -1;
    va_start(ap, fmt);
    vsnprintf(w, (size_t)n + 1, fmt, ap);
    va_end(ap);
    s->argv[s->argc++] = w;
    s->argv[s->argc] = NULL;
    return 0;
}

/* The side analyses: their results are sections of the report, but no
 * later stage reads them, so the moderators' queue does not depend on them
 * (docs/run.md, "Required and analysis stages"). */
static int is_analysis(const char *name)
{
    return strcmp(name, "eda") == 0 || strcmp(name, "test") == 0 || strcmp(name, "regress") == 0;
}

/* 1 when side analysis s, done, wrote an output that does not prove its
 * milestone as plan --status judges it (ct_plan_artifact_check, the one
 * rule: test.json without the comparison of views by verified status, when
 * the file has one verified group), with the reason in why; else 0. Before
 * 2026-12-04 such a run's warning and failed_analyses left it out while
 * plan --status and the report counted the milestone not done
 * (tests/cli/run_analysis_without_milestone_counted). */
static int analysis_incomplete(const run_state *r, const stage *s, char *why, size_t n)
{
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        for (size_t k = 0; k < m->nartifacts; k++) {
            const ct_plan_artifact *a = &m->artifacts[k];
            if (!a->stage || strcmp(a->stage, s->name) != 0)
                continue;
            char *p = run_path_in(r->o->dir, a->file);
            const ct_status st =
                p ? ct_plan_artifact_check(p, a, NULL, r->o->input,
                                           r->input_hash[0] ? r->input_hash : NULL, why, n)
                  : CT_ENOMEM;
            free(p);
            if (st == CT_EFORMAT)
                return 1;
        }
    }
    return 0;
}

/* run's option NAME reaches stage s when given (options_not_run). */
static void passes(stage *s, const char *name)
{
    if (s->npassed < sizeof s->passed / sizeof s->passed[0])
        s->passed[s->npassed++] = name;
}

static stage *add_stage(run_state *r, const char *name, const char *pace, const char *artifact)
{
    stage *s = &r->st[r->n++];
    memset(s, 0, sizeof *s);
    s->name = name;
    s->pace = pace;
    s->analysis = is_analysis(name);
    s->artifact = artifact;
    /* run's own, for every stage: where it writes, how much it says */
    passes(s, "output");
    passes(s, "quiet");
    passes(s, "help");
    arg(s, "claimtriage");
    return s;
}

static void stages_free(run_state *r)
{
    for (size_t k = 0; k < r->nempty; k++)
        free(r->empty_cols[k]);
    r->nempty = 0;
    for (size_t k = 0; k < r->nconst; k++)
        free(r->const_cols[k]);
    r->nconst = 0;
    r->nleft = 0;
    for (size_t k = 0; k < r->n; k++) {
        for (int i = 0; i < r->st[k].argc; i++)
            free(r->st[k].argv[i]);
        for (size_t i = 0; i < r->st[k].nout; i++)
            free(r->st[k].out[i]);
    }
}

/* The command line of stage s, quoted for a POSIX shell where needed. */
static char *stage_command(const stage *s)
{
    size_t cap = 64, len = 0;
    char *b = malloc(cap);
    if (!b)
        return NULL;
    b[0] = 0;
    for (int i = 0; i < s->argc; i++) {
        const char *w = s->argv[i];
        int plain = *w != 0;
        for (const char *p = w; *p; p++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%",
                        *p))
                plain = 0;
        size_t need = len + 4 * strlen(w) + 4;
        if (need > cap) {
            while (cap < need)
                cap *= 2;
            char *nb = realloc(b, cap);
            if (!nb) {
                free(b);
                return NULL;
            }
            b = nb;
        }
        if (i)
            b[len++] = ' ';
        if (plain) {
            const size_t wl = strlen(w); /* need counted it and the NUL */
            memcpy(b + len, w, wl + 1);
            len += wl;
        } else {
            b[len++] = '\'';
            for (const char *p = w; *p; p++) {
                if (*p == '\'') {
                    memcpy(b + len, "'\\''", 4);
                    len += 4;
                } else
                    b[len++] = *p;
            }
            b[len++] = '\'';
            b[len] = 0;
        }
    }
    return b;
}

/* ------------------------------------------------------------ manifest */

static void json_stage(ct_json *w, const stage *s)
{
    ct_json_object_begin(w);
    ct_json_key(w, "name");
    ct_json_str(w, s->name);
    ct_json_key(w, "pace");
    ct_json_str(w, s->pace);
    ct_json_key(w, "required");
    ct_json_bool(w, !s->analysis);
    ct_json_key(w, "command");
    char *c = stage_command(s);
    ct_json_str(w, c);
    free(c);
    ct_json_key(w, "status");
    ct_json_str(w, s->state == ST_DONE ? "done" : s->state == ST_FAILED ? "failed" : "not run");
    ct_json_key(w, "exit_code");
    if (s->state == ST_NOT_RUN)
        ct_json_null(w);
    else
        ct_json_int(w, s->exit_code);
    ct_json_key(w, "duration_s");
    if (s->state == ST_NOT_RUN)
        ct_json_null(w);
    else
        ct_json_num(w, (double)(long long)(s->seconds * 1000 + 0.5) / 1000);
    ct_json_key(w, "message");
    ct_json_str(w, s->message[0] ? s->message : NULL);
    ct_json_key(w, "separation");
    ct_json_str(w, s->separation[0] ? s->separation : NULL);
    ct_json_key(w, "cause");
    if (s->cause[0]) {
        ct_json_object_begin(w);
        ct_json_key(w, "kind");
        ct_json_str(w, s->cause);
        ct_json_key(w, "column");
        ct_json_str(w, s->cause_column[0] ? s->cause_column : NULL);
        ct_json_key(w, "value");
        ct_json_str(w, s->cause_value[0] ? s->cause_value : NULL);
        ct_json_key(w, "rows");
        if (s->cause_rows)
            ct_json_uint(w, s->cause_rows);
        else
            ct_json_null(w);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_key(w, "outputs");
    ct_json_array_begin(w);
    for (size_t i = 0; i < s->nout; i++) {
        ct_json_object_begin(w);
        ct_json_key(w, "file");
        ct_json_str(w, s->out[i]);
        ct_json_key(w, "sha256");
        ct_json_str(w, s->hash[i]);
        ct_json_key(w, "bytes");
        ct_json_uint(w, s->bytes[i]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

/* manifest.json, written whole or not at all (atomically): on failure the
 * one there before stays as it was, and the reason is in r->manifest_err
 * (printed unless quiet). */
static int write_manifest_as(run_state *r, int quiet)
{
    const run_opts *o = r->o;
    char *path = run_path_in(o->dir, "manifest.json");
    ct_atomic_file *af = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    r->manifest_err[0] = '\0';
    ct_status s = path ? ct_atomic_open(path, &af, &d) : CT_ENOMEM;
    free(path);
    if (s != CT_OK) {
        ct_textwidth_fit(r->manifest_err, sizeof r->manifest_err, d.message, strlen(d.message),
                         SIZE_MAX, NULL, 0);
        if (!quiet)
            cli_fail(s, &d);
        return CLI_EXIT_IO;
    }
    ct_json *w = cli_json_begin(ct_atomic_stream(af), "run", 1);
    if (!w) {
        ct_atomic_abort(af);
        snprintf(r->manifest_err, sizeof r->manifest_err, "out of memory");
        return CLI_EXIT_IO;
    }
    ct_json_key(w, "status");
    ct_json_str(w, r->status);
    ct_json_key(w, "failed_stage");
    ct_json_str(w, r->failed);
    ct_json_key(w, "failed_analyses");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n; k++)
        if (r->st[k].analysis && (r->st[k].state == ST_FAILED || r->st[k].incomplete))
            ct_json_str(w, r->st[k].name);
    ct_json_array_end(w);
    /* the signal that stopped the run ("SIGTERM"), else null: a run
     * stopped by someone is "failed" in status, as before, but the report
     * and the PMO say it was stopped, not that a step failed (since
     * 2026-12-05; tests/cli/report_interrupted_not_failed) */
    ct_json_key(w, "interrupted_by");
    ct_json_str(w, run_signal ? run_signal_name(run_signal) : NULL);
    ct_json_key(w, "input");
    ct_json_object_begin(w);
    ct_json_key(w, "file");
    ct_json_str(w, o->input);
    ct_json_key(w, "sha256");
    ct_json_str(w, r->input_hash[0] ? r->input_hash : NULL);
    ct_json_key(w, "bytes");
    ct_json_uint(w, r->input_bytes);
    const char *rk[3] = {"rows_read", "rows_used", "rows_skipped"};
    const uint64_t rv[3] = {r->rows_read, r->rows_used, r->rows_skipped};
    for (int k = 0; k < 3; k++) {
        ct_json_key(w, rk[k]);
        if (r->have_rows)
            ct_json_uint(w, rv[k]);
        else
            ct_json_null(w);
    }
    ct_json_key(w, "synthetic");
    ct_json_bool(w, o->demo);
    ct_json_object_end(w);
    ct_json_key(w, "seed");
    ct_json_uint(w, o->seed);
    ct_json_key(w, "threads");
    ct_json_int(w, ct_threads()); /* as the stages resolve --threads (run_main sets it) */
    ct_json_key(w, "redacted");
    ct_json_bool(w, o->redact);
    ct_json_key(w, "command_line");
    {
        stage tmp;
        memset(&tmp, 0, sizeof tmp);
        for (int i = 0; o->cmdline && o->cmdline[i] && i < RUN_MAX_ARGS; i++)
            tmp.argv[tmp.argc++] = o->cmdline[i];
        char *c = stage_command(&tmp);
        ct_json_str(w, c);
        free(c);
    }
    ct_json_key(w, "options");
    ct_json_object_begin(w);
    ct_json_key(w, "start");
    ct_json_str(w, o->start);
    ct_json_key(w, "reviews_per_hour");
    ct_json_num(w, o->rph);
    ct_json_key(w, "cost_per_hour");
    ct_json_num(w, o->cph);
    ct_json_key(w, "capacity");
    ct_json_uint(w, o->capacity);
    /* where the capacity came from: "option" (--capacity), "default" (8
     * hours at the rate, at least 1), so that the report says which even
     * when the two agree (added 2026-12-05: --capacity 1 at 0.1 reviews an
     * hour read as the least day run chose: tests/cli/report_capacity_given_said) */
    ct_json_key(w, "capacity_by");
    ct_json_str(w, o->capacity_given ? "option" : "default");
    ct_json_key(w, "pdf");
    ct_json_bool(w, o->pdf);
    /* eda's and test's --dropna, and who chose it: "option" (run's
     * --dropna), "run" (a column empty in every row), "default" (added
     * 2026-12-05) */
    ct_json_key(w, "dropna");
    ct_json_str(w, o->dropna ? o->dropna : r->dropna_auto ? "used" : "all");
    ct_json_key(w, "dropna_by");
    ct_json_str(w, o->dropna ? "option" : r->dropna_auto ? "run" : "default");
    ct_json_key(w, "empty_columns");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->nempty; k++)
        ct_json_str(w, r->empty_cols[k]);
    ct_json_array_end(w);
    /* the columns with one value in every row that has one, and the
     * features regress's model left out (empty or constant; added
     * 2026-12-06: tests/cli/run_regress_single_level) */
    ct_json_key(w, "constant_columns");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->nconst; k++)
        ct_json_str(w, r->const_cols[k]);
    ct_json_array_end(w);
    ct_json_key(w, "regress_left_out");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->nleft; k++)
        ct_json_str(w, r->left_out[k]);
    ct_json_array_end(w);
    /* the column options as given (null: the reports file's name), so
     * that the report looks the stages' figures up under the file's own
     * names (before 2026-12-05 it read eda.json under the reports file's
     * and said the medians were missing: tests/cli/report_columns_renamed) */
    ct_json_key(w, "columns");
    ct_json_object_begin(w);
    {
        const char *ck[7] = {"target", "positive", "text", "id", "views", "shares", "status"};
        const char *cv[7] = {o->target, o->positive, o->text,  o->id,
                             o->views,  o->shares,   o->status};
        for (int k = 0; k < 7; k++) {
            ct_json_key(w, ck[k]);
            ct_json_str(w, cv[k]);
        }
    }
    ct_json_object_end(w);
    ct_json_object_end(w);
    ct_json_key(w, "stages");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n; k++)
        json_stage(w, &r->st[k]);
    ct_json_array_end(w);
    ct_json_object_end(w);
    s = ct_json_finish(w);
    if (s != CT_OK) {
        s = ct_atomic_fail(af, s, &d);
        ct_textwidth_fit(r->manifest_err, sizeof r->manifest_err, d.message, strlen(d.message),
                         SIZE_MAX, NULL, 0);
        if (quiet)
            return CLI_EXIT_IO;
        const int rc = cli_fail(s, &d);
        return rc ? rc : CLI_EXIT_IO;
    }
    if ((s = ct_atomic_commit(af, &d)) != CT_OK) {
        ct_textwidth_fit(r->manifest_err, sizeof r->manifest_err, d.message, strlen(d.message),
                         SIZE_MAX, NULL, 0);
        if (!quiet)
            cli_fail(s, &d);
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

static int write_manifest(run_state *r) { return write_manifest_as(r, 0); }

/* The report's files: removed whenever the run ends failed, so that no
 * report.html says "9 of 9 milestones are done" beside a failed run. */
static void remove_report_files(const run_state *r)
{
    static const char *const names[] = {"report.html", "report.json", "report.pdf"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *p = run_path_in(r->o->dir, names[i]);
        if (p)
            unlink(p);
        free(p);
    }
}

/* The run ends failed: the report's files are removed, and the manifest
 * says "failed" (0). When even that cannot be written (a full disk), the one
 * there, which says "running", is removed: no file then claims a run that
 * is going on or complete, and `plan --status` says the folder holds no run
 * (-1; before 2026-12-03 a full disk at the last write left "running"
 * beside a report of a complete run: tests/cli/run_manifest_write_fails). */
static int end_failed(run_state *r)
{
    r->status = "failed";
    remove_report_files(r);
    if (write_manifest_as(r, 1) == CLI_EXIT_OK)
        return 0;
    char *p = run_path_in(r->o->dir, "manifest.json");
    if (p && unlink(p) == 0)
        cli_error("cannot write %s: %s; it is removed, since it said the run was still running "
                  "(this folder now holds no complete run)",
                  p, r->manifest_err);
    free(p);
    return -1;
}

/* manifest.json could not record stage s done (its reason printed): the
 * stage's outputs, recorded nowhere, are removed and the stage marked
 * failed (exit 3), then the run ends failed (end_failed). */
static int manifest_failed(run_state *r, stage *s)
{
    for (size_t i = 0; i < s->nout; i++) {
        char *p = run_path_in(r->o->dir, s->out[i]);
        if (p)
            unlink(p);
        free(p);
        free(s->out[i]);
        s->out[i] = NULL;
    }
    s->nout = 0;
    s->state = ST_FAILED;
    s->exit_code = CLI_EXIT_IO;
    snprintf(s->message, sizeof s->message,
             "done, but manifest.json could not record it (%s): its outputs were removed",
             r->manifest_err[0] ? r->manifest_err : "write failed");
    r->failed = s->name;
    const int recorded = end_failed(r) == 0;
    char what[900];
    if (recorded)
        snprintf(what, sizeof what,
                 "stage '%s' is marked failed in manifest.json (\"status\": \"failed\"), its "
                 "outputs and the report removed: free some space (or make the folder "
                 "writable) and run again",
                 s->name);
    else /* no manifest: a new run refuses the folder until it is cleared */
        snprintf(what, sizeof what,
                 "stage '%s' failed, its outputs and the report removed; the other stages' "
                 "outputs stay in %s with no manifest.json to record them, so a new run refuses "
                 "the folder: free some space, then remove the folder (or, if it holds files "
                 "of yours, the run's files in it) and run again",
                 s->name, r->o->dir);
    cli_print_wrapped(stderr, "  ", 2, what);
    return CLI_EXIT_IO;
}

/* --------------------------------------------------------- one stage */

/* The failure message from a stage's log: its first error messages and
 * its last one (the command's summary, e.g. the loader's "N bad rows;
 * nothing was loaded (use --on-bad-row=skip ...)", which names the way
 * out). With at most three messages, all of them; with more, the first two,
 * "... (N more messages)" and the last. A note such as "claimtriage: rows
 * read ..." is skipped with its lines. A message starts at column 0; an
 * indented line continues it: a "hint:" line joins with " / ", a wrapped
 * line (the CLI wraps at 100 columns) with a space, so the text reads as
 * written; the items of a list under a line ending in ':' (test's "no
 * test could run:", one indented line per test, its wrapped lines
 * indented further) join with "; " (log_list_item). Messages are joined
 * by " / " (no raw newline: the message goes
 * into the manifest, plan --status and the report's tables). A hint for a
 * group of rows ("hint (the 10 rows above): a decimal comma ...") inside
 * the messages left out is kept before the last one: it names the likely
 * cause, which the last message ("use --on-bad-row=skip") does not, and
 * when every row is bad skipping them is no way out. */
#define RUN_LOG_MSG_MAX 1024

typedef struct log_msgs {
    char first[2][RUN_LOG_MSG_MAX], third[RUN_LOG_MSG_MAX], last[RUN_LOG_MSG_MAX];
    size_t count;                     /* messages seen */
    char group_hint[RUN_LOG_MSG_MAX]; /* the first "hint (...)" of the rows left out */
    size_t group_hint_of;             /* the message it continues (1-based; 0: none) */
} log_msgs;

/* The slot of message number i (0-based) being read: the first two keep
 * theirs, the third is kept until a fourth shows it was not the last. */
static char *log_slot(log_msgs *m, size_t i)
{
    return i < 2 ? m->first[i] : i == 2 ? m->third : m->last;
}

/* Appends sep and t to dst (strlen *len, capacity cap); what does not fit
 * is cut at a space with " ..." (never inside a word, which changed what a
 * message said: before 2026-12-04 a stage's message ended "load each export
 * separately, or j": tests/cli/run_stage_message_cut_at_space), and *len
 * is then cap - 1, so nothing more is appended. */
static void append_cut(char *dst, size_t cap, size_t *len, const char *sep, const char *t)
{
    if (*len + 1 >= cap)
        return;
    const size_t ns = strlen(sep), nt = strlen(t);
    if (*len + ns + nt < cap) {
        memcpy(dst + *len, sep, ns);
        memcpy(dst + *len + ns, t, nt + 1);
        *len += ns + nt;
        return;
    }
    size_t at = *len;
    if (at + ns + 4 < cap) { /* room for the separator, some of t and " ..." */
        memcpy(dst + at, sep, ns);
        at += ns;
        const size_t k = ct_textwidth_prefix_words(t, nt, SIZE_MAX, cap - at - 5, NULL);
        memcpy(dst + at, t, k);
        at += k;
    }
    while (at > 0 && dst[at - 1] == ' ')
        at--;
    if (at + 4 < cap) {
        memcpy(dst + at, " ...", 4);
        at += 4;
    }
    dst[at] = 0;
    *len = cap - 1;
}

/* The length of the "claimtriage CMD: " a stage's error starts with (the
 * stage names itself: the message says which stage failed), else 0;
 * "claimtriage: error: " as well, which errors said before 2026-12-04. */
static size_t error_prefix_len(const char *t)
{
    if (strncmp(t, "claimtriage: error: ", 20) == 0)
        return 20;
    if (strncmp(t, "claimtriage ", 12) != 0)
        return 0;
    for (size_t i = 0; i < cli_ncommands; i++) {
        const size_t n = strlen(cli_commands[i].name);
        if (strncmp(t + 12, cli_commands[i].name, n) == 0 && t[12 + n] == ':' && t[13 + n] == ' ')
            return 14 + n;
    }
    return 0;
}

/* Whether indented line t (indent columns in), no hint, is an item of a
 * list, and *list_indent the items' indent (0: no list): a list starts
 * under a line ending in ':' that the CLI did not wrap there (t's first
 * word would have fitted on it, prev_w columns wide: its wrapping is
 * greedy), and its items are the lines at the first one's indent, each
 * wrapped deeper. The first item joins its head with a space, the others
 * their item before with "; " (returns 2 for those, 1 for the first, 0 for
 * any other line). Before 2026-12-05 they joined with a space, and run's
 * summary of a failed test ran its tests' reasons together ("... each
 * group needs at least 2 association claim_status x ...":
 * tests/cli/run_stage_message_items_apart). */
static int log_list_item(const char *t, size_t indent, size_t prev_w, int prev_colon,
                         size_t *list_indent)
{
    if (*list_indent && indent == *list_indent)
        return 2;
    if (*list_indent && indent > *list_indent)
        return 0;
    *list_indent = 0;
    if (prev_colon && prev_w + 1 + ct_textwidth(t, strcspn(t, " ")) <= CLI_WIDTH) {
        *list_indent = indent;
        return 1;
    }
    return 0;
}

static void log_message(const char *path, char *buf, size_t cap)
{
    buf[0] = 0;
    FILE *fp = path ? fopen(path, "rb") : NULL;
    if (!fp)
        return;
    log_msgs m;
    memset(&m, 0, sizeof m);
    char line[1024];
    char *cur = NULL;
    size_t len = 0, prev_w = CLI_WIDTH, list_indent = 0;
    int in_note = 0, glue = 0, prev_colon = 0, in_hint = 0;
    while (fgets(line, sizeof line, fp)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
            line[--n] = 0;
        const char *t = line;
        while (*t == ' ')
            t++;
        if (!*t)
            continue;
        const size_t before_w = prev_w;
        const int before_colon = prev_colon;
        prev_w = ct_textwidth(line, n);
        prev_colon = line[n - 1] == ':';
        const char *sep;
        if (cur && glue) {
            /* a command the CLI broke with a backslash (ct_text_wrap): joined
             * as one line, the command as written (before 2026-12-05 it was
             * never broken, 166 columns wide in run's output:
             * tests/cli/run_regress_hint_command_wrapped) */
            sep = glue == 2 ? " " : "";
            /* inside a quoted word the quote was closed before the
             * backslash, after a comma, and opened again on this line
             * ('a,'\ then 'b', or $'b'): joined without them, the word
             * as the stage wrote it (before 2026-12-06 "a,''b", and run's
             * output "'''b": tests/cli/run_hint_quoted_word_joined) */
            const size_t reopen = t[0] == '\'' ? 1 : t[0] == '$' && t[1] == '\'' ? 2 : 0;
            if (glue == 1 && reopen && len >= 2 && cur[len - 1] == '\'' && cur[len - 2] == ',') {
                cur[--len] = 0;
                t += reopen;
            }
        } else if (t == line) { /* a new message */
            in_note = strncmp(t, "claimtriage: ", 13) == 0 && !strstr(t, "error");
            if (in_note)
                continue;
            if (strncmp(t, "Try 'claimtriage ", 17) == 0)
                continue;             /* a usage error's --help pointer: no message */
            t += error_prefix_len(t); /* the run's own message says it is an error */
            list_indent = 0;
            in_hint = 0;
            cur = log_slot(&m, m.count++);
            cur[0] = 0;
            len = 0;
            sep = "";
        } else if (in_note || !cur) {
            continue; /* a note's continuation or hint */
        } else if (strncmp(t, "hint", 4) == 0) {
            list_indent = 0; /* a hint ends a list, and has none */
            in_hint = 1;
            sep = strncmp(t, "hint:", 5) == 0 ? " / " : " ";
            /* a group's hint continuing a message after the first two */
            if (strncmp(t, "hint (", 6) == 0 && m.count > 2 && !m.group_hint_of) {
                m.group_hint_of = m.count;
                snprintf(m.group_hint, sizeof m.group_hint, "%s", t);
            }
        } else {
            const int item = !in_hint && log_list_item(t, (size_t)(t - line), before_w,
                                                       before_colon, &list_indent) == 2;
            sep = item ? "; " : " ";
            if (m.group_hint_of == m.count && m.group_hint[0]) {
                const size_t gl = strlen(m.group_hint);
                if (gl < sizeof m.group_hint - 1)
                    ct_textwidth_snprintf(m.group_hint + gl, sizeof m.group_hint - gl, " %s", t);
            }
        }
        append_cut(cur, RUN_LOG_MSG_MAX, &len, sep, t);
        /* a command's line ending in " \\" (between words) or "\\" (inside
         * a word, the rest at column 0) continues on the next line */
        glue = 0;
        if (cur && len + 1 < RUN_LOG_MSG_MAX && len && cur[len - 1] == '\\' && strstr(cur, "$ ")) {
            glue = len >= 2 && cur[len - 2] == ' ' ? 2 : 1;
            len -= (size_t)glue;
            cur[len] = 0;
        }
    }
    fclose(fp);
    size_t at = 0, ends[2] = {0, 0};
    size_t shown_first = m.count <= 3 ? m.count : 2;
    buf[0] = 0;
    for (size_t i = 0; i < shown_first && at + 1 < cap; i++) {
        append_cut(buf, cap, &at, i ? " / " : "", i < 2 ? m.first[i] : m.third);
        at = strlen(buf);
        if (i < 2)
            ends[i] = at;
    }
    if (m.count > 3 && at < cap) {
        /* the last message always fits: the first ones give way to it,
         * whole messages first (the second is left out and counted), and
         * a first message too long alone is cut at a space with "...":
         * never inside a word, which changed what it said ("'17,5' is not
         * a who") */
        /* the group's hint, unless it continues the last message (shown) */
        const int gh = m.group_hint_of && m.group_hint_of < m.count;
        const size_t need = strlen(m.last) + 52 + (gh ? strlen(m.group_hint) + 3 : 0);
        if (need < cap && at > cap - need) {
            const size_t room = cap - need;
            if (ends[0] <= room) {
                at = ends[0];
                shown_first = 1;
            } else {
                at = ct_textwidth_prefix_words(buf, ends[0], SIZE_MAX, room, NULL);
                at += (size_t)snprintf(buf + at, cap - at, " ...");
                shown_first = 1;
            }
            buf[at] = 0;
        }
        const size_t more = m.count - 1 - shown_first;
        char tail[2 * RUN_LOG_MSG_MAX + 64];
        snprintf(tail, sizeof tail, " / ... (%zu more message%s) / %s%s%s", more,
                 more == 1 ? "" : "s", gh ? m.group_hint : "", gh ? " / " : "", m.last);
        append_cut(buf, cap, &at, "", tail);
    }
}

/* Start the stage: fork, then in the child its standard input from
 * /dev/null, its output to out_fd (-1: /dev/null), its messages to log_fd,
 * and PR_SET_PDEATHSIG: the stage gets SIGTERM when run ends, however it
 * ends (a kill -9 of run left the stage running, writing model.ctm into
 * the folder after run was gone; before 2026-12-03:
 * tests/cli/run_stage_dies_with_run). getppid() after prctl closes the
 * window of a run that ended before it. An exec that fails sends its errno
 * back through a close-on-exec pipe. Returns 0 (*pid set) or an errno. */
static int spawn_stage(const char *self, int self_fd, char **argv, int out_fd, int log_fd,
                       pid_t *pid)
{
    int fds[2];
    if (pipe(fds) != 0)
        return errno;
    (void)fcntl(fds[0], F_SETFD, FD_CLOEXEC); /* run is one thread: no other fork sees them */
    (void)fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    const pid_t parent = getpid();
    const pid_t p = fork();
    if (p < 0) {
        const int e = errno;
        close(fds[0]);
        close(fds[1]);
        return e;
    }
    if (p == 0) { /* the child: async-signal-safe calls only, until execve */
        int e = 0;
        const int in = open("/dev/null", O_RDONLY);
        const int out = out_fd >= 0 ? out_fd : open("/dev/null", O_WRONLY);
        if (in < 0 || out < 0 || dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0 ||
            dup2(log_fd, STDERR_FILENO) < 0)
            e = errno ? errno : EBADF;
        if (!e && prctl(PR_SET_PDEATHSIG, SIGTERM) != 0)
            e = errno;
        if (!e && getppid() != parent)
            _exit(128 + SIGTERM); /* run ended before the stage could be tied to it */
        if (!e) {
            /* this very program, whatever is at its path now: a build
             * that replaced the file while run ran made the later stages
             * run the new one, or fail on a half-written file (seen as
             * runs failing under a rebuild, 2026-12-05:
             * tests/cli/run_stages_same_program); the path only when /proc
             * has no such link. An open descriptor, not the /proc/self/exe
             * path: under valgrind that link is valgrind's own program */
            if (self_fd >= 0)
                fexecve(self_fd, argv, environ);
            execve(self, argv, environ);
            e = errno;
        }
        ssize_t w = write(fds[1], &e, sizeof e);
        (void)w;
        _exit(127);
    }
    close(fds[1]);
    int e = 0;
    ssize_t n;
    while ((n = read(fds[0], &e, sizeof e)) < 0 && errno == EINTR)
        ;
    close(fds[0]);
    if (n == (ssize_t)sizeof e && e) { /* the exec failed: reap the child */
        int st;
        while (waitpid(p, &st, 0) < 0 && errno == EINTR)
            ;
        return e;
    }
    *pid = p;
    return 0;
}

/* A stage's message about its standard output, which run sends to its
 * artifact: "write error on standard output: No space left on device"
 * names DIR/ARTIFACT instead, and a full disk is said to be one (before
 * 2026-12-04 the message named standard output, which the user never saw:
 * tests/cli/run_disk_full_names_file). */
static void name_stage_stdout(const run_opts *o, stage *s)
{
    static const char so[] = "write error on standard output";
    char *at = s->artifact ? strstr(s->message, so) : NULL;
    if (!at)
        return;
    char buf[sizeof s->message];
    const char *rest = at + strlen(so);
    const int full = strstr(rest, strerror(ENOSPC)) != NULL && !strstr(rest, "disk is full");
    ct_textwidth_snprintf(buf, sizeof buf, "%.*scannot write %s/%s (the stage's output)%s%s",
                          (int)(at - s->message), s->message, o->dir, s->artifact, rest,
                          full ? " (the disk is full)" : "");
    snprintf(s->message, sizeof s->message, "%s", buf);
}

/* A command in a stage's message ("$ claimtriage regress --json FILE
 * --features=..."), which the stage wrote from the arguments run gave it:
 * without run's own --json, the command the user runs by hand prints the
 * stage's text (before 2026-12-04 the pasted command printed JSON, and the
 * hint after it listed --json among the options run does not take, as if
 * the user had given it: tests/cli/run_side_analysis_command_whole). */
static void drop_run_json(stage *s)
{
    char pre[64];
    snprintf(pre, sizeof pre, "$ claimtriage %s ", s->name);
    char *at = strstr(s->message, pre);
    if (!at)
        return;
    for (char *j = strstr(at, " --json"); j; j = strstr(j, " --json"))
        if (j[7] == ' ' || j[7] == '\0') /* the word, not --json-lines */
            memmove(j, j + 7, strlen(j + 7) + 1);
        else
            j += 7;
}

/* What a failed stage's --json failure document says of its kind
 * (regress's failure.separation, docs/formats.md), read from its standard
 * output before that is discarded: the report acts on the kind, never on
 * the message's words (before 2026-12-05 it matched them:
 * tests/cli/report_pmo_separation_kinds). */
static void stage_failure_kind(stage *s, const ct_atomic_file *af)
{
    ct_json_doc *doc = NULL;
    const char *tmp = af ? ct_atomic_temp_path(af) : NULL;
    if (!tmp || ct_json_parse_file(tmp, NULL, &doc, NULL) != CT_OK)
        return;
    const ct_json_value *failure = ct_json_get(ct_json_doc_root(doc), "failure");
    const char *kind = ct_json_string(ct_json_get(failure, "separation"), NULL);
    if (ct_logit_separation_from_name(kind) != CT_LOGIT_SEP_UNKNOWN)
        snprintf(s->separation, sizeof s->separation, "%s", kind);
    /* the failure's cause (train's failure.cause, cli_json_cause) */
    const ct_json_value *cause = ct_json_get(failure, "cause");
    const char *ck = ct_json_string(ct_json_get(cause, "kind"), NULL);
    if (ct_diag_cause_from_name(ck) != CT_DIAG_CAUSE_NONE) {
        const char *col = ct_json_string(ct_json_get(cause, "column"), NULL);
        const char *val = ct_json_string(ct_json_get(cause, "value"), NULL);
        const double rows = ct_json_number(ct_json_get(cause, "rows"));
        snprintf(s->cause, sizeof s->cause, "%s", ck);
        snprintf(s->cause_column, sizeof s->cause_column, "%s", col ? col : "");
        snprintf(s->cause_value, sizeof s->cause_value, "%s", val ? val : "");
        s->cause_rows = rows >= 1 && rows < 1e18 ? (uint64_t)rows : 0;
    }
    ct_json_doc_free(doc);
}

static int run_stage(run_state *r, stage *s, size_t k)
{
    const run_opts *o = r->o;
    listing before = {0}, after = {0};
    run_list_dir(o->dir, &before);
    ct_diag d;
    ct_diag_clear(&d);
    ct_atomic_file *af = NULL;
    char *apath = s->artifact ? run_path_in(o->dir, s->artifact) : NULL;
    ct_status cs = s->artifact ? ct_atomic_open(apath, &af, &d) : CT_OK;
    /* messages: DIR/logs/NAME.log, or (--redact) a temporary removed after */
    char logpath[PATH_MAX];
    int logfd = -1;
    if (o->redact) {
        snprintf(logpath, sizeof logpath, "%s/.%s.log.XXXXXX", o->dir, s->name);
        logfd = mkstemp(logpath);
    } else {
        snprintf(logpath, sizeof logpath, "%s/logs/%s.log", o->dir, s->name);
        logfd = open(logpath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    }
    if (!cli_quiet) {
        fprintf(stderr, "claimtriage run: [%2zu/%zu] %-9s %-10s ", k + 1, r->n, s->pace, s->name);
        fflush(stderr);
    }
    double t0 = now();
    int status = -1;
    pid_t pid = -1;
    int err = 0;
    if (cs == CT_OK && logfd >= 0) {
        fflush(NULL);
        err = spawn_stage(r->self, r->self_fd, s->argv, af ? fileno(ct_atomic_stream(af)) : -1,
                          logfd, &pid);
        int told = 0;
        if (err == 0 && run_signal) { /* came while the stage started */
            kill(pid, signal_for_stage(run_signal));
            told = 1;
        }
        if (err == 0)
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                if (run_signal && !told) { /* pass it on, then wait for the stage to end */
                    kill(pid, signal_for_stage(run_signal));
                    told = 1;
                }
    }
    s->seconds = now() - t0;
    if (logfd >= 0)
        close(logfd);
    char cut[501]; /* a message or path shortened to 500 bytes, between characters */
    if (cs != CT_OK) {
        ct_textwidth_fit(cut, sizeof cut, d.message, strlen(d.message), SIZE_MAX, NULL, 0);
        ct_textwidth_snprintf(s->message, sizeof s->message, "cannot create %s: %s", s->artifact,
                              cut);
        s->exit_code = CLI_EXIT_IO;
    } else if (logfd < 0) {
        const int e = errno;
        ct_textwidth_fit(cut, 401, logpath, strlen(logpath), SIZE_MAX, NULL, 0);
        snprintf(s->message, sizeof s->message, "cannot create the log %s: %s", cut, strerror(e));
        s->exit_code = CLI_EXIT_IO;
    } else if (err) {
        ct_textwidth_fit(cut, 401, r->self, strlen(r->self), SIZE_MAX, NULL, 0);
        snprintf(s->message, sizeof s->message, "cannot start %s: %s", cut, strerror(err));
        s->exit_code = CLI_EXIT_IO;
    } else if (run_signal) {
        snprintf(s->message, sizeof s->message, "interrupted (%s)", run_signal_name(run_signal));
        s->exit_code = 128 + run_signal;
    } else if (WIFSIGNALED(status)) {
        stage_killed_message(WTERMSIG(status), s->message, sizeof s->message);
        s->exit_code = CLI_EXIT_IO;
    } else {
        s->exit_code = WEXITSTATUS(status);
        if (s->exit_code != 0) {
            char msg[RUN_LOG_MSG_MAX];
            log_message(logpath, msg, sizeof msg);
            ct_textwidth_snprintf(s->message, sizeof s->message, "%s",
                                  msg[0] ? msg : "(no message)");
            name_stage_stdout(o, s);
            drop_run_json(s);
            stage_failure_kind(s, af);
        }
    }
    if (s->exit_code == 0 && af) {
        if ((cs = ct_atomic_commit(af, &d)) != CT_OK) {
            ct_textwidth_fit(s->message, 501, d.message, strlen(d.message), SIZE_MAX, NULL, 0);
            s->exit_code = CLI_EXIT_IO;
        }
    } else if (af) {
        ct_atomic_abort(af);
    }
    free(apath);
    if (o->redact)
        unlink(logpath);
    s->state = s->exit_code == 0 ? ST_DONE : ST_FAILED;
    /* its outputs: the files of the names this stage writes
     * (run_stage_writes) that were not there before, and when it is done
     * its own names whatever was there (its atomic write replaced it):
     * another process's file that appeared meanwhile is not this stage's
     * (before 2026-12-04 a `report DIR` during the train stage filed
     * report.html under train and none under report:
     * tests/cli/run_outputs_only_stage_files). A failed stage's are
     * removed: they are not its result, and may look complete (the
     * report stage interrupted while Chromium printed report.pdf left a
     * report.html saying the run was complete beside a manifest saying
     * "failed"; before 2026-12-02: tests/cli/run_failed_stage_files_removed) */
    if (run_list_dir(o->dir, &after) == 0)
        for (size_t i = 0; i < after.n && s->nout < RUN_MAX_OUT; i++) {
            const int own = run_stage_writes(s->name, after.name[i]);
            if (!own || (run_listed(&before, after.name[i]) && !(own == 1 && s->state == ST_DONE)))
                continue;
            char *p = run_path_in(o->dir, after.name[i]);
            if (s->state != ST_DONE) {
                if (p)
                    unlink(p);
                free(p);
                continue;
            }
            char hex[CT_SHA256_HEX_SIZE] = "";
            uint64_t bytes = 0;
            if (p && hash_file(p, hex, &bytes, NULL) == CT_OK) {
                s->out[s->nout] = strdup(after.name[i]);
                snprintf(s->hash[s->nout], sizeof s->hash[s->nout], "sha256:%s", hex);
                s->bytes[s->nout] = bytes;
                if (s->out[s->nout])
                    s->nout++;
            }
            free(p);
        }
    run_listing_free(&before);
    run_listing_free(&after);
    if (!cli_quiet) {
        /* the status in a column as wide as its longest ("FAILED (exit
         * 255)"), so the times stand in one column whatever the status,
         * an interrupted stage's too (before 2026-12-05 a failure pushed
         * its time right and an interruption had none) */
        char said[32];
        if (s->state == ST_DONE)
            snprintf(said, sizeof said, "done");
        else if (run_signal)
            snprintf(said, sizeof said, "interrupted");
        else
            snprintf(said, sizeof said, "FAILED (exit %d)", s->exit_code);
        fprintf(stderr, "%-17s %6.2f s\n", said, s->seconds);
    }
    return s->exit_code;
}

/* Rows read / used / skipped, from the inspect stage's artifact. */
static void read_rows(run_state *r)
{
    char *p = run_path_in(r->o->dir, "inspect.json");
    ct_json_doc *doc = NULL;
    if (p && ct_json_parse_file(p, NULL, &doc, NULL) == CT_OK) {
        const ct_json_value *root = ct_json_doc_root(doc);
        int64_t a, b, c;
        if (ct_json_int64(ct_json_get(root, "rows_read"), &a) == CT_OK &&
            ct_json_int64(ct_json_get(root, "rows_used"), &b) == CT_OK &&
            ct_json_int64(ct_json_get(root, "rows_skipped"), &c) == CT_OK && a >= 0 && b >= 0 &&
            c >= 0) {
            r->rows_read = (uint64_t)a;
            r->rows_used = (uint64_t)b;
            r->rows_skipped = (uint64_t)c;
            r->have_rows = 1;
        }
    }
    ct_json_doc_free(doc);
    free(p);
}

/* score's note that the queue is ranked by probability where the reach
 * was asked (score.json's priority_note: the file has neither count
 * column), under its stage's line: before 2026-12-04 it stayed in
 * logs/score.log, and the run's terminal said nothing of a queue that
 * ignored the model (tests/cli/run_reach_without_counts_said). So are its
 * notes on an absent column of the reach or the ties (column_notes: a
 * count absent beside the other, every row then flagged missing_counts,
 * or a name near the file's), before 2026-12-05 left in the log too
 * (tests/cli/run_shares_status_named). */
static void print_score_note(const run_state *r)
{
    char *p = run_path_in(r->o->dir, "score.json");
    ct_json_doc *doc = NULL;
    if (p && ct_json_parse_file(p, NULL, &doc, NULL) == CT_OK) {
        const ct_json_value *root = ct_json_doc_root(doc);
        const char *note = ct_json_string(ct_json_get(root, "priority_note"), NULL);
        char what[2000];
        if (note && note[0]) {
            snprintf(what, sizeof what,
                     "score: note: %s; --views, --shares name the counts' columns", note);
            cli_print_wrapped(stderr, "    ", 4, what);
        }
        const ct_json_value *cn = ct_json_get(root, "column_notes");
        for (size_t k = 0; k < ct_json_size(cn); k++) {
            const char *c = ct_json_string(ct_json_at(cn, k), NULL);
            if (!c || !c[0])
                continue;
            snprintf(what, sizeof what, "score: note: %s", c);
            cli_print_wrapped(stderr, "    ", 4, what);
        }
    }
    ct_json_doc_free(doc);
    free(p);
}

/* ---------------------------------------------------------- the plan */

/* "--NAME=VALUE" when the option was given (value not NULL), else nothing;
 * either way run's --NAME reaches the stage. */
static int arg_opt(stage *s, const char *name, const char *value)
{
    passes(s, name);
    return value ? arg(s, "--%s=%s", name, value) : 0;
}

/* FILE's loader options for a stage that reads it; score has no
 * --on-bad-row (its malformed rows go to --errors and scoring goes on). */
static int load_args(stage *s, const run_opts *o, int bad_rows)
{
    int bad = 0;
    passes(s, "on-bad-row"); /* score's as --max-rejected=100% (build_stages) */
    if (bad_rows && o->on_bad_row)
        bad |= arg(s, "--on-bad-row=%s", o->on_bad_row);
    passes(s, "no-schema");
    bad |= arg_opt(s, "na-values", o->na_values);
    bad |= arg_opt(s, "delimiter", o->delimiter);
    bad |= arg_opt(s, "decimal", o->decimal);
    bad |= arg_opt(s, "thousands", o->thousands);
    if (o->no_schema)
        bad |= arg(s, "--no-schema");
    return bad;
}

/* The column of account status whose errors evaluate counts apart (plan
 * milestone 8: "check errors separately for verified and unverified
 * accounts"). */
#define RUN_BY_COLUMN "verified_status"

/* FILE's header as the stages read it: its column names and whether
 * RUN_BY_COLUMN is categorical. known is 0 when FILE cannot be read (the
 * stages then say why; the report says the check was not made) and for
 * the demo, whose sample synth writes (with the column, categorical). */
typedef struct input_header {
    char **names;
    size_t n;
    int by_categorical, known;
} input_header;

static void input_header_free(input_header *h)
{
    for (size_t j = 0; j < h->n; j++)
        free(h->names[j]);
    free(h->names);
    memset(h, 0, sizeof *h);
}

/* Read as the stages will: every loader option they get (delimiter,
 * schema, missing-value tokens, decimal mark, thousands separator) and,
 * with --no-schema, the types inferred over the whole file, as their
 * ct_frame_load infers them (the reader's default, its first 65,536 rows,
 * called a column categorical that the stages then read as text, and
 * evaluate --by failed the run). */
static ct_reader *input_reader_open(const run_opts *o)
{
    cli_load l;
    cli_load_init(&l);
    const struct {
        int opt;
        const char *arg;
    } given[] = {{CLI_OPT_NA_VALUES, o->na_values},
                 {CLI_OPT_DELIMITER, o->delimiter},
                 {CLI_OPT_DECIMAL, o->decimal},
                 {CLI_OPT_THOUSANDS, o->thousands},
                 {CLI_OPT_NO_SCHEMA, o->no_schema ? "" : NULL}};
    int bad = 0;
    for (size_t k = 0; k < sizeof given / sizeof given[0]; k++)
        if (given[k].arg) /* checked when run read its options: no message */
            bad |= cli_load_option(&l, "run", given[k].opt, given[k].arg) != 0;
    l.opt.on_bad_row = CT_BAD_ROW_SKIP;
    /* the reports schema fixes the column's type from the header: the
     * first rows suffice; inferred (--no-schema), every row decides, as
     * in the stages' ct_frame_load */
    if (o->no_schema)
        l.opt.infer_rows = SIZE_MAX;
    ct_reader *rd = NULL;
    ct_diag d;
    if (bad || ct_reader_open(o->input, &l.opt, &rd, &d) != CT_OK)
        rd = NULL;
    cli_load_free(&l);
    return rd;
}

/* FILE's header (input_header) as input_reader_open reads it. */
static void input_header_read(const run_opts *o, input_header *h)
{
    memset(h, 0, sizeof *h);
    if (o->demo) {
        h->by_categorical = 1;
        return;
    }
    ct_reader *rd = input_reader_open(o);
    if (rd) {
        const ct_schema *sc = ct_reader_schema(rd);
        h->names = calloc(sc->ncolumns ? sc->ncolumns : 1, sizeof *h->names);
        h->known = h->names != NULL;
        for (size_t j = 0; j < sc->ncolumns && h->known; j++) {
            if (strcmp(sc->columns[j].name, RUN_BY_COLUMN) == 0)
                h->by_categorical = sc->columns[j].type == CT_TYPE_CATEGORY;
            if (!(h->names[h->n++] = strdup(sc->columns[j].name)))
                h->known = 0;
        }
        ct_reader_close(rd);
    }
}

/* A queue score wrote given as FILE: refused before any stage runs and
 * before DIR is touched, in the words train, evaluate, score, eda, test,
 * regress and queue-eval say it (ct_queue_given_diag), exit 1 (before
 * 2026-12-05 inspect, eda and test ran on it and train failed the run:
 * tests/cli/run_queue_refused). FILE's header is read as the stages read
 * it; a FILE that cannot be read is left to them to say why. Returns the
 * exit code, 0 when FILE is not a queue. */
static int input_queue_refused(const run_opts *o)
{
    if (o->demo)
        return 0;
    ct_reader *rd = input_reader_open(o);
    ct_frame *f = NULL;
    int rc = 0;
    if (rd && ct_reader_empty_frame(rd, &f) == CT_OK)
        rc = cli_fail_queue_given(f, "a reports file",
                                  "run the pipeline on the reports file the queue was scored "
                                  "from (the queue holds scores, not the columns the stages "
                                  "read)");
    ct_frame_destroy(f);
    ct_reader_close(rd);
    return rc;
}

/* 1 when FILE has the column, or its header is not known. */
static int input_has(const input_header *h, const char *name)
{
    for (size_t j = 0; j < h->n; j++)
        if (strcmp(h->names[j], name) == 0)
            return 1;
    return !h->known;
}

/* The file's name for a column of the reports file that one of run's
 * column options renames (--target, --text, --id, --views, --shares,
 * --status), else NULL. The stages' defaults name the reports file's
 * columns (eda's columns, groups, rates and scatter, test's measure and
 * association, regress's features, screen and id, train's engagement set):
 * each given column option reaches every one of them (build_stages; before
 * 2026-12-05 --views reached score and queue-eval only: test
 * had no measure, regress failed on video_view_count, eda left the views
 * out, train's audit fitted no engagement model, milestones 4, 5 and 9
 * were not done: tests/cli/run_columns_renamed_all). */
static const char *renamed(const run_opts *o, const char *course)
{
    const ct_train_options t = ct_reports_train_options();
    const ct_score_options q = ct_reports_score_options();
    const struct {
        const char *course, *given;
    } map[] = {{t.target, o->target},
               {t.text, o->text},
               {t.id, o->id},
               {q.views_column, o->views},
               {q.shares_column, o->shares},
               {q.status_column, o->status}};
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (map[k].given && map[k].course && strcmp(course, map[k].course) == 0 &&
            strcmp(course, map[k].given) != 0)
            return map[k].given;
    return NULL;
}

/* 1 when msg names the column as a word of its own (not inside a longer
 * name: "video_view_count" is no mention of "video_view"). */
static int names_column(const char *msg, const char *col)
{
    const size_t k = strlen(col);
    for (const char *p = strstr(msg, col); k && p; p = strstr(p + 1, col)) {
        const int before = p > msg && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
        const int after = isalnum((unsigned char)p[k]) || p[k] == '_';
        if (!before && !after)
            return 1;
    }
    return 0;
}

/* After a side analysis that failed, or ended without its milestone, on a
 * column of the reports file that FILE lacks and that one of run's column
 * options names (--target, --text, --id, --views, --shares, --status), not
 * given: the way out is run's own option, which reaches every stage that
 * reads the column. The stage's message names only its own options
 * (test's "pick another with --measure", regress's "--features=A,B,...",
 * which run does not take), and before 2026-12-07 a file naming its view
 * count "views" was left with hints to run test and regress by hand, where
 * `run ... --views=views` completes both (tests/cli/run_hint_column_option).
 * Said once per column and run; nothing when the message names the option itself
 * (train's and eda's "give --target=label"). */
static void hint_column_option(run_state *r, const char *msg, const char *first, size_t hang)
{
    const run_opts *o = r->o;
    if (o->demo || !msg || !msg[0])
        return;
    const ct_train_options t = ct_reports_train_options();
    const ct_score_options q = ct_reports_score_options();
    const struct {
        const char *course, *given, *opt, *use, *what;
    } map[] = {
        {t.target, o->target, "--target", "--target=COL --positive=VALUE", "the claim label"},
        {t.text, o->text, "--text", "--text=COL", "the transcription"},
        {t.id, o->id, "--id", "--id=COL", "the video id"},
        {q.views_column, o->views, "--views", "--views=COL", "the view counts"},
        {q.shares_column, o->shares, "--shares", "--shares=COL", "the share counts"},
        {q.status_column, o->status, "--status", "--status=COL", "the author ban status"},
    };
    input_header hdr;
    int read = 0;
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++) {
        if ((r->column_hints & (1u << k)) || map[k].given || !map[k].course ||
            !names_column(msg, map[k].course) || strstr(msg, map[k].opt))
            continue;
        if (!read) {
            input_header_read(o, &hdr);
            read = 1;
        }
        if (input_has(&hdr, map[k].course))
            continue;
        r->column_hints |= 1u << k;
        char what[700];
        snprintf(what, sizeof what,
                 "%.200s has no column '%s' (%s): if the file has it under another name, "
                 "give run %s; run passes it to every stage that reads the column",
                 o->input, map[k].course, map[k].what, map[k].use);
        cli_print_wrapped(stderr, first, hang, what);
    }
    if (read)
        input_header_free(&hdr);
}

/* After train: FILE without the reports file's transcription column, and
 * no --text given, trains a model without text features, the classifier's
 * main input on the reports file; train says so in its log alone ("no
 * 'video_transcription_text' column: no text features"), and before
 * 2026-12-07 a run on a file naming it 'Text' completed without a word of
 * it on its terminal (tests/cli/run_train_no_text_said). Said under train's
 * line, with run's --text. */
static void print_train_note(const run_state *r)
{
    const run_opts *o = r->o;
    const ct_train_options t = ct_reports_train_options();
    if (o->demo || o->text || !t.text)
        return;
    input_header hdr;
    input_header_read(o, &hdr);
    if (hdr.known && !input_has(&hdr, t.text)) {
        char what[700];
        snprintf(what, sizeof what,
                 "train: note: %.200s has no column '%s' (the transcription): the model is "
                 "trained without text features; if the file has it under another name, give "
                 "run --text=COL",
                 o->input, t.text);
        cli_print_wrapped(stderr, "    ", 4, what);
    }
    input_header_free(&hdr);
}

/* A default list of the reports file's columns with run's renamings, as
 * --NAME=LIST (docs/cli.md "Lists in options"); nothing when no column of
 * it is renamed (the stage's default holds). present: the columns named by
 * no option are kept only when FILE has them, as the stage's default
 * leaves an absent one out (eda); else all are kept, and the stage says
 * which is absent (train). A name given twice is kept once. */
static int is_empty_col(const run_state *r, const char *name);

static int renamed_list_arg(stage *s, const run_opts *o, const char *name, const char *const *cols,
                            size_t n, const input_header *present, const run_state *skip)
{
    char list[4096] = "";
    const char *seen[64];
    size_t len = 0, nseen = 0, hit = 0;
    for (size_t k = 0; k < n && nseen < sizeof seen / sizeof seen[0]; k++) {
        const char *to = renamed(o, cols[k]);
        hit |= to != NULL;
        const char *c = to ? to : cols[k];
        if (!to && present && !input_has(present, c))
            continue;
        if (skip && is_empty_col(skip, c)) { /* empty in every row (leave_empty_out) */
            hit = 1;
            continue;
        }
        int dup = 0;
        for (size_t q = 0; q < nseen && !dup; q++)
            dup = strcmp(seen[q], c) == 0;
        if (dup)
            continue;
        seen[nseen++] = c;
        len = ct_list_append(list, sizeof list, c);
    }
    if (!hit || (nseen == 0 && !skip))
        return 0;
    return len < sizeof list ? arg(s, "--%s=%s", name, list) : -1;
}

/* Regress models verified_status with the claim label among its features,
 * 'claim' its reference level. A run given the label (--positive, and
 * --target when it is another column than claim_status) gives regress
 * that feature as TARGET:POSITIVE in the course's list, so that a file
 * labelled yes/no, whose train stage runs with --positive=yes, gets its
 * regression too (before 2026-12-04 regress still looked for
 * claim_status:claim and failed: tests/cli/run_regress_follows_positive).
 * The classes' roles are unchanged: the reference is the positive class,
 * as 'claim' is in the course's model. A label column that is regress's
 * own target is left as it was (regress then models the label itself).
 * The other features named by a column option (--views, --shares,
 * --status) are renamed too, their references kept. */
static int is_empty_col(const run_state *r, const char *name)
{
    for (size_t k = 0; k < r->nempty; k++)
        if (strcmp(r->empty_cols[k], name) == 0)
            return 1;
    return 0;
}

/* name holds one value in every row that has one (leave_empty_out) */
static int is_const_col(const run_state *r, const char *name)
{
    for (size_t k = 0; k < r->nconst; k++)
        if (strcmp(r->const_cols[k], name) == 0)
            return 1;
    return 0;
}

static int regress_features_arg(stage *s, const run_state *r)
{
    const run_opts *o = r->o;
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    const char *course_label = ct_reports_train_options().target; /* claim_status */
    const char *label = o->target ? o->target : course_label;
    const int relabel = o->positive && strcmp(label, def.target) != 0;
    ct_encoder_feature feats[32];
    size_t n = 0, hit = 0;
    for (size_t k = 0; k < def.nfeatures && n < sizeof feats / sizeof feats[0]; k++) {
        feats[n] = def.features[k];
        const char *to;
        if (strcmp(feats[n].column, course_label) == 0) {
            if (relabel) {
                feats[n].column = label;
                feats[n].reference = o->positive;
                hit = 1;
            }
        } else if (relabel && strcmp(feats[n].column, label) == 0)
            continue; /* the label is already there, once */
        else if ((to = renamed(o, feats[n].column)) && strcmp(to, def.target) != 0) {
            feats[n].column = to;
            hit = 1;
        }
        if (strcmp(feats[n].column, label) != 0 &&
            (is_empty_col(r, feats[n].column) || is_const_col(r, feats[n].column))) {
            /* empty in every row, or one value in every row (nothing to
             * compare it with): left out (not the label: a file without
             * labels, or of one class, is said by regress itself) */
            hit = 1;
            continue;
        }
        int dup = 0;
        for (size_t q = 0; q < n && !dup; q++)
            dup = strcmp(feats[q].column, feats[n].column) == 0;
        if (!dup)
            n++;
    }
    if (!hit)
        return 0;
    char list[4096];
    const size_t need = ct_encoder_format_features(list, sizeof list, feats, n);
    return need < sizeof list ? arg(s, "--features=%s", list) : -1;
}

/* regress's capped columns without those empty in every row (renamed as
 * its features are); nothing when none of them is empty. */
static int regress_cap_arg(stage *s, const run_state *r)
{
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    char list[4096] = "";
    size_t len = 0, n = 0;
    int hit = 0;
    for (size_t k = 0; k < def.ncap; k++) {
        const char *to = renamed(r->o, def.cap[k]);
        const char *c = to ? to : def.cap[k];
        if (is_empty_col(r, c)) {
            hit = 1;
            continue;
        }
        len = ct_list_append(list, sizeof list, c);
        n++;
    }
    if (!hit)
        return 0;
    if (n == 0)
        return arg(s, "--cap-outliers=none");
    return len < sizeof list ? arg(s, "--cap-outliers=%s", list) : -1;
}

/* 1 when a column of regress's model (a feature or a capped column) is
 * empty in every row, or a feature holds one value in every row; the
 * features so left out are listed in r->left_out (names as in FILE). */
static int regress_uses_empty(run_state *r)
{
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    const char *course_label = ct_reports_train_options().target;
    const char *label = r->o->target ? r->o->target : course_label;
    int any = 0;
    r->nleft = 0;
    for (size_t k = 0; k < def.nfeatures + def.ncap; k++) {
        const char *c = k < def.nfeatures ? def.features[k].column : def.cap[k - def.nfeatures];
        const char *to = renamed(r->o, c);
        const char *nm = to ? to : c;
        if (strcmp(c, course_label) == 0 || strcmp(nm, label) == 0)
            continue;
        const int gone = is_empty_col(r, nm) || (k < def.nfeatures && is_const_col(r, nm));
        any |= gone;
        if (gone && k < def.nfeatures && r->nleft < sizeof r->left_out / sizeof r->left_out[0]) {
            int dup = 0;
            for (size_t q = 0; q < r->nleft && !dup; q++)
                dup = strcmp(r->left_out[q], nm) == 0;
            if (!dup)
                r->left_out[r->nleft++] = nm;
        }
    }
    return any;
}

/* "--NAME=GIVEN" when run's option renames the reports file's column
 * course (renamed), else nothing. */
static int renamed_arg(stage *s, const run_opts *o, const char *name, const char *course)
{
    const char *to = renamed(o, course);
    return to ? arg(s, "--%s=%s", name, to) : 0;
}

/* regress's words after "claimtriage": built again once inspect has found
 * the columns empty in every row (leave_empty_out). Its engagement screen
 * (the counts' VIFs together) and its independence check's id column are
 * the reports file's too: --screen and --id under the file's names
 * (before 2026-12-05 neither was passed: the screen left out the renamed
 * view and share counts and found nothing to leave out, and the check
 * counted repeats of '#': tests/cli/run_columns_renamed_results). */
static int regress_args(stage *s, run_state *r)
{
    ct_regress_options ro;
    ct_reports_regress_options(NULL, &ro);
    return arg(s, "regress") | arg(s, "--json") | regress_features_arg(s, r) |
           regress_cap_arg(s, r) |
           renamed_list_arg(s, r->o, "screen", ro.screen, ro.nscreen, NULL, r) |
           renamed_arg(s, r->o, "id", ct_reports_train_options().id) |
           renamed_arg(s, r->o, "views", ct_reports_score_options().views_column) |
           renamed_arg(s, r->o, "shares", ct_reports_score_options().shares_column) |
           load_args(s, r->o, 1) | arg(s, "%s", r->o->input);
}

/* Insert word w before s's last word (FILE). */
static int arg_before_input(stage *s, const char *w)
{
    if (s->argc < 2 || s->argc >= RUN_MAX_ARGS)
        return -1;
    char *c = strdup(w);
    if (!c)
        return -1;
    s->argv[s->argc] = s->argv[s->argc - 1];
    s->argv[s->argc - 1] = c;
    s->argv[++s->argc] = NULL;
    return 0;
}

/* eda's --columns and --by without the columns empty in every row: a
 * column no row holds has no summary to give, and kept it left eda no row
 * even with --dropna=used. A text column empty in every row is left out
 * as --text=none (before 2026-12-06 it was kept: eda dropped every row and
 * failed, while run's note said it left the column out:
 * tests/cli/run_empty_text_column). */
static void eda_without_empty(stage *s, run_state *r)
{
    const ct_eda_options def = ct_reports_eda_options();
    const char *text = r->o->text ? r->o->text : def.text_col;
    const int no_text = text && is_empty_col(r, text);
    int k = 1;
    for (int i = 1; i < s->argc; i++) {
        if (strncmp(s->argv[i], "--columns=", 10) == 0 || strncmp(s->argv[i], "--by=", 5) == 0 ||
            (no_text && strncmp(s->argv[i], "--text=", 7) == 0))
            free(s->argv[i]);
        else
            s->argv[k++] = s->argv[i];
    }
    s->argc = k;
    char *in = s->argv[--s->argc];
    s->argv[s->argc] = NULL;
    input_header hdr;
    input_header_read(r->o, &hdr);
    renamed_list_arg(s, r->o, "columns", def.metrics, def.nmetrics, &hdr, r);
    renamed_list_arg(s, r->o, "by", def.by_cols, def.nby, &hdr, r);
    input_header_free(&hdr);
    if (no_text)
        arg(s, "--text=none");
    s->argv[s->argc++] = in;
    s->argv[s->argc] = NULL;
}

static stage *stage_named(run_state *r, const char *name)
{
    for (size_t k = 0; k < r->n; k++)
        if (strcmp(r->st[k].name, name) == 0)
            return &r->st[k];
    return NULL;
}

/* 1 when regress caps col (its --cap-outliers, renamed as run renames) */
static int regress_caps(const run_state *r, const char *col)
{
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    for (size_t k = 0; k < def.ncap; k++) {
        const char *to = renamed(r->o, def.cap[k]);
        if (strcmp(to ? to : def.cap[k], col) == 0)
            return 1;
    }
    return 0;
}

/* run's note on regress's features holding one value in every row that
 * has one (r->left_out not empty in every row), on stderr under the
 * inspect line: which, and why they are left out. */
static void const_note(const run_state *r)
{
    char names[1200] = "", what[2000];
    size_t n = 0, at;
    for (size_t k = 0; k < r->nleft; k++)
        if (!is_empty_col(r, r->left_out[k]))
            n++;
    if (n == 0)
        return;
    for (size_t k = 0, i = 0; k < r->nleft; k++) {
        if (is_empty_col(r, r->left_out[k]))
            continue;
        at = strlen(names);
        snprintf(names + at, sizeof names - at, "%s'%s'",
                 i == 0       ? ""
                 : i + 1 == n ? " and "
                              : ", ",
                 r->left_out[k]);
        i++;
    }
    snprintf(what, sizeof what,
             "run: note: %s %s one value in every row that has one (inspect.json: distinct 1): "
             "with nothing to compare %s with, regress leaves %s out of its model",
             names, n == 1 ? "holds" : "hold", n == 1 ? "it" : "them", n == 1 ? "it" : "them");
    cli_print_wrapped(stderr, "    ", 4, what);
}

/* The columns of FILE empty in every row used (inspect.json's
 * column_profiles: missing equal to rows_used). With any, and no --dropna
 * given, eda and test drop only the rows missing a column each reads
 * (--dropna=used, as their own hints advise) and regress leaves such a
 * column out of its features and capped columns; said once on stderr and
 * recorded in manifest.json's options. Before 2026-12-05 one blank export
 * column (video_comment_count, which no test reads) made df.dropna() drop
 * every row: eda, test and regress failed and the report lost their
 * findings (tests/cli/run_empty_column_dropna). */
static void leave_empty_out(run_state *r)
{
    char *p = run_path_in(r->o->dir, "inspect.json");
    ct_json_doc *doc = NULL;
    if (p && ct_json_parse_file(p, NULL, &doc, NULL) == CT_OK) {
        const ct_json_value *root = ct_json_doc_root(doc);
        const ct_json_value *cp = ct_json_get(root, "column_profiles");
        int64_t used = 0;
        if (ct_json_int64(ct_json_get(root, "rows_used"), &used) == CT_OK && used > 0)
            for (size_t k = 0; k < ct_json_size(cp) && r->nempty < 16; k++) {
                const ct_json_value *c = ct_json_at(cp, k);
                const char *nm = ct_json_string(ct_json_get(c, "name"), NULL);
                int64_t miss = -1, distinct = -1;
                if (nm && ct_json_int64(ct_json_get(c, "missing"), &miss) == CT_OK &&
                    miss == used && (r->empty_cols[r->nempty] = strdup(nm)))
                    r->nempty++;
                else if (nm && miss >= 0 && miss < used && r->nconst < 16 &&
                         ct_json_int64(ct_json_get(c, "distinct"), &distinct) == CT_OK &&
                         distinct == 1 && (r->const_cols[r->nconst] = strdup(nm)))
                    r->nconst++;
            }
    }
    ct_json_doc_free(doc);
    free(p);
    if (r->nempty == 0 && r->nconst == 0)
        return;
    stage *s;
    if (r->nempty == 0)
        ; /* constant columns only: eda and test read them as they are */
    else if (!r->o->dropna) {
        r->dropna_auto = 1;
        if ((s = stage_named(r, "eda")) && s->state == ST_NOT_RUN) {
            eda_without_empty(s, r);
            arg_before_input(s, "--dropna=used");
        }
        if ((s = stage_named(r, "test")) && s->state == ST_NOT_RUN)
            arg_before_input(s, "--dropna=used");
    } else if (strcmp(r->o->dropna, "used") == 0 && (s = stage_named(r, "eda")) &&
               s->state == ST_NOT_RUN)
        eda_without_empty(s, r); /* --dropna=used given: still no row holds the column */
    const int reg = regress_uses_empty(r);
    if (reg && (s = stage_named(r, "regress")) && s->state == ST_NOT_RUN) {
        for (int i = 1; i < s->argc; i++)
            free(s->argv[i]);
        s->argc = 1;
        s->argv[1] = NULL;
        const size_t np = s->npassed;
        regress_args(s, r);
        s->npassed = np;
    }
    if (cli_quiet)
        return;
    const_note(r);
    if (r->nempty == 0)
        return;
    char names[1200] = "", what[2000];
    for (size_t k = 0; k < r->nempty; k++) {
        size_t at = strlen(names);
        snprintf(names + at, sizeof names - at, "%s'%s'",
                 k == 0               ? ""
                 : k + 1 == r->nempty ? " and "
                                      : ", ",
                 r->empty_cols[k]);
    }
    /* regress leaves out an empty column it reads (a feature or capped) */
    int reg_empty = 0;
    for (size_t k = 0; k < r->nleft; k++)
        reg_empty |= is_empty_col(r, r->left_out[k]);
    for (size_t k = 0; k < r->nempty; k++)
        reg_empty |= regress_caps(r, r->empty_cols[k]);
    const int used_given = r->o->dropna && strcmp(r->o->dropna, "used") == 0;
    if (!r->dropna_auto && !used_given && !reg_empty)
        return;
    const char *it = r->nempty == 1 ? "it" : "them";
    char eda[400] = "", reg_words[100] = "";
    if (used_given)
        snprintf(eda, sizeof eda, "eda leaves %s out", it);
    else if (r->dropna_auto)
        snprintf(eda, sizeof eda,
                 "eda leaves %s out and, with test, drops only the rows missing a column each "
                 "reads (--dropna=used; --dropna=all drops every row missing any column, as "
                 "pandas df.dropna())",
                 it);
    if (reg_empty)
        snprintf(reg_words, sizeof reg_words, "regress leaves %s out of its model", it);
    snprintf(what, sizeof what, "run: note: %s %s empty in every row: %s%s%s", names,
             r->nempty == 1 ? "is" : "are", eda, eda[0] && reg_empty ? "; " : "", reg_words);
    cli_print_wrapped(stderr, "    ", 4, what);
}

static int build_stages(run_state *r)
{
    const run_opts *o = r->o;
    const char *in = o->input, *dir = o->dir;
    int bad = 0;
    stage *s;
    /* the rates as typed, in the fewest digits that read back: before
     * 2026-12-03 %.17g wrote --reviews-per-hour=0.10000000000000001 for 0.1
     * (tests/cli/run_rate_shortest_digits) */
    char rph[CT_CSV_NUM_MAX], cph[CT_CSV_NUM_MAX];
    ct_csv_format_num(rph, o->rph, CT_CSV_NUM_INT);
    ct_csv_format_num(cph, o->cph, CT_CSV_NUM_INT);
    input_header hdr;
    input_header_read(o, &hdr);
    const ct_train_options train_def = ct_reports_train_options();
    const ct_score_options score_def = ct_reports_score_options();
    const char *views_def = score_def.views_column;
    if (o->demo) {
        s = add_stage(r, "synth", "Plan", NULL);
        passes(s, "rows");
        passes(s, "seed");
        bad |= arg(s, "synth") | arg(s, "-q") | arg(s, "--rows=%llu", o->rows) |
               arg(s, "--seed=%llu", o->seed) | arg(s, "-o") | arg(s, "%s", in);
    }
    s = add_stage(r, "plan", "Plan", "plan.json");
    bad |= arg(s, "plan") | arg(s, "--json");
    bad |= arg_opt(s, "start", o->start);
    s = add_stage(r, "inspect", "Analyze", "inspect.json");
    bad |= arg(s, "inspect") | arg(s, "--json");
    passes(s, "redact");
    if (o->redact)
        bad |= arg(s, "--redact");
    bad |= arg_opt(s, "target", o->target);
    bad |= arg_opt(s, "id", o->id); /* the duplicate-id check, no quartiles of ids */
    /* the counts under the file's names: their negative values said
     * (since 2026-12-05: tests/cli/negative_counts_renamed) */
    passes(s, "views");
    passes(s, "shares");
    bad |= renamed_arg(s, o, "views", score_def.views_column);
    bad |= renamed_arg(s, o, "shares", score_def.shares_column);
    bad |= load_args(s, o, 1) | arg(s, "%s", in);
    s = add_stage(r, "eda", "Analyze", "eda.json");
    bad |= arg(s, "eda") | arg(s, "--json") | arg(s, "-o") | arg(s, "%s/charts", dir);
    bad |= arg_opt(s, "target", o->target);
    bad |= arg_opt(s, "positive", o->positive); /* the class the titles' shares are of */
    bad |= arg_opt(s, "text", o->text);
    /* the counts and the ban status under the file's names: eda's own
     * options, which rename them in its default columns and groups, its
     * rates, its class x status grouping and its scatter (before
     * 2026-12-05 run gave eda --columns and --by lists, and eda left the
     * rest out: tests/cli/run_columns_renamed_results) */
    passes(s, "views");
    passes(s, "shares");
    passes(s, "status");
    bad |= renamed_arg(s, o, "views", score_def.views_column);
    bad |= renamed_arg(s, o, "shares", score_def.shares_column);
    bad |= renamed_arg(s, o, "status", score_def.status_column);
    bad |= arg_opt(s, "dropna", o->dropna);
    bad |= load_args(s, o, 1) | arg(s, "%s", in);
    s = add_stage(r, "test", "Analyze", "test.json");
    bad |= arg(s, "test") | arg(s, "--json");
    /* test's --target: the associations' class column (the comparison
     * runs too); given only when the label column is another than the
     * default's */
    passes(s, "target");
    passes(s, "views");
    /* --views: the comparison's measure (test's --views: before 2026-12-05
     * --measure, which left a negative view count unsaid:
     * tests/cli/negative_counts_renamed), with --target (the label's
     * column, also the default's) so that the associations run too;
     * --shares: its negative values said */
    if ((o->target && strcmp(o->target, train_def.target) != 0) || renamed(o, views_def))
        bad |= arg(s, "--target=%s", o->target ? o->target : train_def.target);
    passes(s, "shares");
    bad |= renamed_arg(s, o, "views", score_def.views_column);
    bad |= renamed_arg(s, o, "shares", score_def.shares_column);
    /* --status: the other column of the association with the ban status
     * (since 2026-12-05: tests/cli/run_columns_renamed_results) */
    passes(s, "status");
    bad |= renamed_arg(s, o, "status", score_def.status_column);
    bad |= arg_opt(s, "positive", o->positive); /* the class of the sentences' shares */
    bad |= arg_opt(s, "dropna", o->dropna);
    bad |= load_args(s, o, 1) | arg(s, "%s", in);
    s = add_stage(r, "regress", "Construct", "regress.json");
    passes(s, "views");
    passes(s, "shares");
    passes(s, "status");
    passes(s, "id");
    bad |= regress_args(s, r);
    s = add_stage(r, "train", "Construct", "train.json");
    bad |= arg(s, "train") | arg(s, "--json") | arg(s, "--seed=%llu", o->seed) | arg(s, "-m") |
           arg(s, "%s/model.ctm", dir);
    passes(s, "seed");
    passes(s, "threads");
    if (o->threads > 0)
        bad |= arg(s, "--threads=%d", o->threads);
    bad |= arg_opt(s, "model", o->model);
    passes(s, "folds");
    if (o->folds)
        bad |= arg(s, "--folds=%llu", o->folds);
    bad |= arg_opt(s, "target-recall", o->target_recall);
    bad |= arg_opt(s, "cost-ratio", o->cost_ratio);
    bad |= arg_opt(s, "class-weight", o->class_weight);
    bad |= arg_opt(s, "target", o->target);
    bad |= arg_opt(s, "positive", o->positive);
    bad |= arg_opt(s, "text", o->text);
    bad |= arg_opt(s, "id", o->id);
    /* the shortcut audit's engagement model of the file's counts: those
     * of the defaults it lacks left out, as train refuses an --engagement
     * naming a column the file lacks (since 2026-12-07:
     * tests/cli/train_engagement_absent_refused; a run renaming its views
     * of a file without downloads failed there: tests/cli/
     * run_engagement_count_absent) */
    passes(s, "views");
    passes(s, "shares");
    bad |= renamed_list_arg(s, o, "engagement", train_def.engagement, train_def.nengagement, &hdr,
                            NULL);
    bad |= load_args(s, o, 1) | arg(s, "%s", in);
    s = add_stage(r, "evaluate", "Execute", "evaluate.json");
    bad |= arg(s, "evaluate") | arg(s, "--json") | arg(s, "--split=test") |
           arg(s, "--seed=%llu", o->seed) | arg(s, "-m") | arg(s, "%s/model.ctm", dir);
    passes(s, "seed");
    passes(s, "threads");
    passes(s, "redact");
    if (hdr.by_categorical)
        bad |= arg(s, "--by=%s", RUN_BY_COLUMN);
    if (o->redact)
        bad |= arg(s, "--show=0");
    if (o->threads > 0)
        bad |= arg(s, "--threads=%d", o->threads);
    bad |= load_args(s, o, 1) | arg(s, "%s", in);
    /* with --redact the queue (ids, transcript reasons) lives only while
     * queue-eval reads it: a hidden file removed after the run */
    const char *queue = o->redact ? ".queue.csv" : "queue.csv";
    s = add_stage(r, "score", "Execute", "score.json");
    bad |= arg(s, "score") | arg(s, "--json") | arg(s, "--split=test") | arg(s, "-m") |
           arg(s, "%s/model.ctm", dir) | arg(s, "-o") | arg(s, "%s/%s", dir, queue);
    bad |= arg_opt(s, "views", o->views);
    /* the reach's shares and the ties' status are score's alone (before
     * 2026-12-05 run had no --shares: a file naming its counts otherwise
     * got the views in its reach and 0 shares in every row, flagged
     * missing_counts: tests/cli/run_shares_status_named) */
    bad |= arg_opt(s, "shares", o->shares);
    bad |= arg_opt(s, "status", o->status);
    /* --on-bad-row=skip: the stages before skipped the bad rows, however
     * many; score skips them too (its own limit is for a file given alone) */
    if (o->on_bad_row && strcmp(o->on_bad_row, "skip") == 0)
        bad |= arg(s, "--max-rejected=100%%");
    bad |= load_args(s, o, 0) | arg(s, "%s", in);
    s = add_stage(r, "queue-eval", "Execute", "queue_eval.json");
    bad |= arg(s, "queue-eval") | arg(s, "--json") | arg(s, "%s/%s", dir, queue) |
           arg(s, "--labels=%s", in) | arg(s, "--capacity=%llu", o->capacity) |
           arg(s, "--reviews-per-hour=%s", rph) | arg(s, "-o") | arg(s, "%s/charts", dir);
    passes(s, "capacity");
    passes(s, "reviews-per-hour");
    bad |= arg_opt(s, "target", o->target);
    bad |= arg_opt(s, "positive", o->positive);
    bad |= arg_opt(s, "id", o->id);
    bad |= arg_opt(s, "views", o->views);
    bad |= load_args(s, o, 1);
    s = add_stage(r, "report", "Execute", NULL);
    bad |= arg(s, "report") | arg(s, "-q") | arg(s, "%s", dir) |
           arg(s, "--reviews-per-hour=%s", rph) | arg(s, "--cost-per-hour=%s", cph);
    passes(s, "reviews-per-hour");
    passes(s, "cost-per-hour");
    passes(s, "redact");
    passes(s, "pdf");
    bad |= arg_opt(s, "start", o->start);
    if (o->redact)
        bad |= arg(s, "--redact");
    if (o->pdf && access("/usr/bin/chromium", X_OK) == 0)
        bad |= arg(s, "--pdf");
    else if (o->pdf)
        cli_note("no report.pdf: --pdf prints with /usr/bin/chromium, which is not installed "
                 "(apt-get install chromium); report.html is written as usual");
    input_header_free(&hdr);
    return bad ? -1 : 0;
}

static int workflow(run_opts *o)
{
    run_state *r = calloc(1, sizeof *r);
    if (!r) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    r->o = o;
    r->status = "running";
    ssize_t n = readlink("/proc/self/exe", r->self, sizeof r->self - 1);
    if (n <= 0) {
        cli_error("cannot find this program's own path (/proc/self/exe): %s", strerror(errno));
        free(r);
        return CLI_EXIT_IO;
    }
    r->self[n] = 0;
    r->self_fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    /* Signals are caught from here on, before the folder is touched: an
     * interrupt while an earlier run's files are removed used to kill the
     * run there (the default action), leaving that run's manifest saying
     * "complete" beside the files already removed, or a bare logs/ and no
     * message. Now the folder is prepared whole, and the first stage is
     * marked "interrupted before it started" in a manifest that says
     * "failed" (tests/cli/run_interrupted_while_clearing). */
    catch_signals();
    /* the stages' environment names this run: its report stage writes into
     * the folder this run holds, where `report DIR` typed meanwhile is
     * refused (CLI_RUN_PID_ENV; tests/cli/report_refuses_live_run) */
    char self_pid[32];
    snprintf(self_pid, sizeof self_pid, "%ld", (long)getpid());
    (void)setenv(CLI_RUN_PID_ENV, self_pid, 1);
    int rc = 0;
    if (!o->demo) { /* the input first: a run that cannot start leaves no folder */
        ct_diag d;
        ct_diag_clear(&d);
        char hex[CT_SHA256_HEX_SIZE];
        if (hash_file(o->input, hex, &r->input_bytes, &d) != CT_OK) {
            if (!run_signal)
                cli_print_diag(&d);
            rc = CLI_EXIT_IO;
        } else {
            snprintf(r->input_hash, sizeof r->input_hash, "sha256:%s", hex);
            r->input_stat_ok = stat(o->input, &r->input_stat) == 0;
        }
    }
    if (run_signal) { /* before the folder is touched (a read cut by it too) */
        if (r->self_fd >= 0)
            close(r->self_fd);
        free(r);
        const int sig = run_signal;
        signal(sig, SIG_DFL);
        raise(sig);
        return 128 + sig;
    }
    if (!rc)
        rc = input_queue_refused(o);
    if (!rc)
        rc = run_prepare_dir(o->dir, o->demo ? "sample.csv" : NULL, o->demo ? NULL : o->input);
    char *logs = NULL;
    if (!rc && !o->redact && (logs = run_path_in(o->dir, "logs")) == NULL) {
        cli_error("out of memory");
        rc = CLI_EXIT_IO;
    } else if (!rc && !o->redact && run_make_dir(logs) != 0)
        rc = cli_write_failed_errno(logs, errno);
    free(logs);
    if (!rc && build_stages(r) != 0) {
        cli_error("out of memory");
        rc = CLI_EXIT_IO;
    }
    if (!rc)
        rc = write_manifest(r);
    size_t nfailed_analyses = 0;
    for (size_t k = 0; k < r->n && !rc; k++) {
        stage *s = &r->st[k];
        int src;
        if (run_signal) { /* between two stages: this one is not started */
            snprintf(s->message, sizeof s->message, "interrupted before it started (%s)",
                     run_signal_name(run_signal));
            s->state = ST_FAILED;
            s->exit_code = src = 128 + run_signal;
        } else
            src = run_stage(r, s, k);
        if (s->state == ST_DONE && strcmp(s->name, "synth") == 0) {
            char hex[CT_SHA256_HEX_SIZE];
            if (hash_file(o->input, hex, &r->input_bytes, NULL) == CT_OK) {
                snprintf(r->input_hash, sizeof r->input_hash, "sha256:%s", hex);
                r->input_stat_ok = stat(o->input, &r->input_stat) == 0;
            }
        }
        /* FILE written to during the run (an export still going, an
         * append): the stages' figures would come from different contents
         * under one hash. The run stops at the first stage after which its
         * size or modification time differs (before 2026-12-03 it ended
         * "complete", inspect on 300 rows and train on 600:
         * tests/cli/run_input_changed_during_run). */
        /* A stage that failed on a file that changed (evaluate --split
         * refusing contents other than the model's, exit 2) failed because
         * of the change: said so, exit 1 (before 2026-12-04 such a run
         * ended with the stage's exit 2 and its message alone). */
        int changed = 0;
        if ((s->state == ST_DONE || (s->state == ST_FAILED && !run_signal)) && r->input_stat_ok) {
            struct stat now;
            changed = stat(o->input, &now) != 0 || now.st_size != r->input_stat.st_size ||
                      now.st_mtim.tv_sec != r->input_stat.st_mtim.tv_sec ||
                      now.st_mtim.tv_nsec != r->input_stat.st_mtim.tv_nsec;
            if (changed) {
                snprintf(s->message, sizeof s->message,
                         "%s changed during the run (by the end of stage '%s': %lld bytes when "
                         "the run began, %lld now): the stages would report on different "
                         "contents; run again once it is complete, or on a copy",
                         o->input, s->name, (long long)r->input_stat.st_size,
                         (long long)now.st_size);
                s->state = ST_FAILED;
                s->exit_code = src = CLI_EXIT_DATA;
            }
        }
        if (s->state == ST_DONE && strcmp(s->name, "inspect") == 0) {
            read_rows(r);
            leave_empty_out(r);
        }
        if (s->state == ST_DONE && strcmp(s->name, "score") == 0 && !cli_quiet)
            print_score_note(r);
        if (s->state == ST_DONE && strcmp(s->name, "train") == 0 && !cli_quiet)
            print_train_note(r);
        /* A side analysis that fails on the data (exit 1 bad data, 2 a
         * refusal of this file's content: run wrote the command line) does
         * not stop the queue: it stays "failed" with its message, the
         * report says that section is not available, run goes on. An I/O
         * error (3), a crash or an interrupt still stops the run. */
        if (src && s->analysis && !run_signal && !changed &&
            (src == CLI_EXIT_DATA || src == CLI_EXIT_USAGE)) {
            nfailed_analyses++;
            if (!cli_quiet) {
                /* said on a line of its own: after a message ending with
                 * a command (": $ claimtriage regress ..."), appended, it
                 * made the command a shell syntax error when pasted
                 * (before 2026-12-04: tests/cli/run_side_analysis_command_whole) */
                cli_print_wrapped(stderr, "    ", 4, s->message);
                fputs("    (a side analysis: the run goes on)\n", stderr);
                hint_options_not_run(r->o, s, "    hint: ", 10);
                hint_column_option(r, s->message, "    hint: ", 10);
            }
            src = 0;
        }
        if (!src && s->state == ST_DONE && s->analysis && s->artifact &&
            analysis_incomplete(r, s, s->incomplete_why, sizeof s->incomplete_why)) {
            s->incomplete = 1;
            nfailed_analyses++;
            if (!cli_quiet) {
                char what[800];
                snprintf(what, sizeof what, "%s (its milestone is not done: the run goes on)",
                         s->incomplete_why);
                cli_print_wrapped(stderr, "    ", 4, what);
                hint_column_option(r, s->incomplete_why, "    hint: ", 10);
            }
        }
        if (src) {
            r->failed = s->name;
            const int recorded = end_failed(r) == 0;
            char what[1200];
            if (run_signal)
                snprintf(what, sizeof what, "the run was interrupted during stage '%s' (%s)",
                         s->name, s->pace);
            else
                snprintf(what, sizeof what, "stage '%s' (%s) failed with exit %d: %s", s->name,
                         s->pace, s->exit_code, s->message);
            cli_error("%s", what);
            if (!run_signal)
                hint_options_not_run(r->o, s, "  hint: ", 8);
            size_t done = 0;
            for (size_t j = 0; j < k; j++)
                done += r->st[j].state == ST_DONE;
            char after[1200];
            if (recorded)
                /* one manifest.json for the folder, "status": "failed",
                 * which lists every stage with its state and the done
                 * ones' files and SHA-256 (before 2026-12-07 "each marked
                 * in its manifest.json", as if each output had one:
                 * tests/cli/run_failed_one_manifest) */
                snprintf(after, sizeof after,
                         "%zu stage%s before it %s done: %s outputs stay in %s, whose one "
                         "manifest.json (status failed) lists every stage, done or not, with the "
                         "done ones' files%s",
                         done, done == 1 ? "" : "s", done == 1 ? "is" : "are",
                         done == 1 ? "its" : "their", o->dir,
                         o->redact ? "" : "; the stages' messages are in logs/");
            else /* end_failed removed the manifest: none marks them (before
                  * 2026-12-04 this said "each marked in its manifest.json":
                  * tests/cli/run_disk_full_names_file) */
                snprintf(after, sizeof after,
                         "%zu stage%s before it %s done, but no manifest.json records %s outputs "
                         "in %s (it could not be written), so a new run refuses the folder: "
                         "free some space, then remove the folder (or, if it holds files of "
                         "yours, the run's files in it) and run again",
                         done, done == 1 ? "" : "s", done == 1 ? "is" : "are",
                         done == 1 ? "its" : "their", o->dir);
            cli_print_wrapped(stderr, "  ", 2, after);
            if (run_signal) {
                stages_free(r);
                if (r->self_fd >= 0)
                    close(r->self_fd);
                free(r);
                const int sig = run_signal;
                ct_atomic_remove_pending();
                signal(sig, SIG_DFL);
                raise(sig);
                return 128 + sig;
            }
            rc = src >= 1 && src <= 3 ? src : CLI_EXIT_IO;
            break;
        }
        if ((rc = write_manifest(r)) != 0) {
            rc = manifest_failed(r, s);
            break;
        }
    }
    if (o->redact) { /* the queue held ids: it never stays */
        char *q = run_path_in(o->dir, ".queue.csv");
        if (q)
            unlink(q);
        free(q);
    }
    if (!rc) {
        r->status = "complete";
        if ((rc = write_manifest(r)) != 0 && r->n)
            rc = manifest_failed(r, &r->st[r->n - 1]);
    }
    if (!rc && nfailed_analyses) { /* named even with -q: the run is complete but not whole */
        /* a done analysis whose milestone is not done is named with its
         * reason, as plan --status gives it: "test (test.json: the
         * comparison of the milestone did not run: ...)" */
        char names[1000] = "";
        size_t len = 0;
        for (size_t k = 0; k < r->n; k++)
            if (r->st[k].analysis && (r->st[k].state == ST_FAILED || r->st[k].incomplete) &&
                len < sizeof names) {
                const int w =
                    r->st[k].incomplete
                        ? snprintf(names + len, sizeof names - len, "%s%s (%s)", len ? ", " : "",
                                   r->st[k].name, r->st[k].incomplete_why)
                        : snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "",
                                   r->st[k].name);
                len += w > 0 ? (size_t)w : 0;
            }
        char what[1400];
        snprintf(what, sizeof what,
                 "the queue and the report are complete, but %zu side analys%s failed on this "
                 "file and %s not in the report (it says why; manifest.json lists %s under "
                 "\"failed_analyses\"): %s",
                 nfailed_analyses, nfailed_analyses == 1 ? "is" : "es",
                 nfailed_analyses == 1 ? "is" : "are", nfailed_analyses == 1 ? "it" : "them",
                 names);
        cli_print_wrapped(stderr, "claimtriage: warning: ", 2, what);
    }
    if (!rc && !cli_quiet) {
        double total = 0;
        for (size_t k = 0; k < r->n; k++)
            total += r->st[k].seconds;
        char *rp = run_path_in(o->dir, "report.html");
        /* wrapped as every message (a long DIR passed 100 columns) */
        char what[PATH_MAX + 96];
        snprintf(what, sizeof what, "%zu stages in %.2f s; the report: %s", r->n, total,
                 rp ? rp : "report.html");
        cli_print_wrapped(stderr, "claimtriage run: ", 2, what);
        free(rp);
    }
    if (!rc) {
        char *rp = run_path_in(o->dir, "report.html");
        printf("%s\n", rp ? rp : "report.html");
        free(rp);
    }
    stages_free(r);
    if (r->self_fd >= 0)
        close(r->self_fd);
    free(r);
    return rc;
}

/* ------------------------------------------------------------- options */

static int run_main(int argc, char **argv, int demo)
{
    const char *cmd = demo ? "demo" : "run";
    run_opts o;
    memset(&o, 0, sizeof o);
    o.seed = 42;
    o.rph = 60;
    o.cph = 40;
    o.rows = 20000;
    o.demo = demo;
    o.dir = demo ? "demo-out" : NULL;
    char **cl = cli_command_line(argc, argv);
    if (!cl)
        return CLI_EXIT_IO;
    o.cmdline = cl;
    int c, rc = CLI_OPT_NEXT;
    unsigned long long u;
    cli_load chk; /* FILE's loader options, checked as the stages will */
    cli_load_init(&chk);
    opterr = 0;
    optind = 1;
    while (rc == CLI_OPT_NEXT && (c = cli_getopt(argc, argv, "ho:q", run_longopts, NULL)) != -1) {
        for (const struct option *lo = run_longopts; lo->name; lo++)
            if (lo->val == c && o.ngiven < sizeof o.given / sizeof o.given[0]) {
                o.given[o.ngiven++] = lo->name;
                break;
            }
        switch (c) {
        case 'h':
            if (demo)
                fputs(demo_help, stdout);
            else
                run_help_print();
            free(cl);
            cli_load_free(&chk);
            return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case 'o': o.dir = optarg; break;
        case OPT_SEED: rc = cli_count_arg(cmd, "seed", optarg, 0, 0xffffffffull, &o.seed); break;
        case OPT_REDACT: o.redact = 1; break;
        case OPT_START:
            o.start = optarg;
            rc = cli_start_arg(cmd, optarg);
            break;
        case OPT_RPH:
            rc = cli_number_arg(cmd, "reviews-per-hour", optarg, CT_REVIEWS_PER_HOUR_MIN, 0,
                                CT_REVIEWS_PER_HOUR_MAX, &o.rph);
            break;
        case OPT_CPH:
            rc = cli_number_arg(cmd, "cost-per-hour", optarg, 0, 0, CT_COST_PER_HOUR_MAX, &o.cph);
            break;
        case OPT_CAPACITY:
            rc = cli_count_arg(cmd, "capacity", optarg, 1, 1ull << 40, &o.capacity);
            o.capacity_given = 1;
            break;
        case OPT_PDF: o.pdf = 1; break;
        case OPT_THREADS:
            if ((rc = cli_count_arg(cmd, "threads", optarg, 0, 1024, &u)) == CLI_OPT_NEXT)
                o.threads = (int)u;
            break;
        case CLI_OPT_ON_BAD_ROW:
        case CLI_OPT_NA_VALUES:
        case CLI_OPT_DELIMITER:
        case CLI_OPT_DECIMAL:
        case CLI_OPT_THOUSANDS:
        case CLI_OPT_NO_SCHEMA: {
            /* checked as every stage will (together once all are read),
             * then passed on as given */
            /* named by the option, not by argv[optind - 1]: given as two
             * words, that is the value (before 2026-12-02 "demo: ; is
             * run's": tests/cli/demo_loader_option_named) */
            const char *nm = c == CLI_OPT_ON_BAD_ROW  ? "--on-bad-row"
                             : c == CLI_OPT_NA_VALUES ? "--na-values"
                             : c == CLI_OPT_DELIMITER ? "--delimiter"
                             : c == CLI_OPT_DECIMAL   ? "--decimal"
                             : c == CLI_OPT_THOUSANDS ? "--thousands"
                                                      : "--no-schema";
            rc = demo ? cli_usage(cmd, "%s is run's (demo writes its own comma-separated sample)",
                                  nm)
                      : cli_load_option(&chk, cmd, c, optarg);
            if (rc == 0) {
                rc = CLI_OPT_NEXT;
                /* --na-values: every one given, joined in chk (they add up) */
                if (c == CLI_OPT_ON_BAD_ROW)
                    o.on_bad_row = optarg;
                else if (c == CLI_OPT_DELIMITER)
                    o.delimiter = optarg;
                else if (c == CLI_OPT_DECIMAL)
                    o.decimal = optarg;
                else if (c == CLI_OPT_THOUSANDS)
                    o.thousands = optarg;
                else if (c == CLI_OPT_NO_SCHEMA)
                    o.no_schema = 1;
            }
            break;
        }
        case OPT_TARGET:
        case OPT_POSITIVE:
        case OPT_TEXT:
        case OPT_ID:
        case OPT_VIEWS:
        case OPT_SHARES:
        case OPT_STATUS: {
            const char *nm = c == OPT_TARGET     ? "--target"
                             : c == OPT_POSITIVE ? "--positive"
                             : c == OPT_TEXT     ? "--text"
                             : c == OPT_ID       ? "--id"
                             : c == OPT_VIEWS    ? "--views"
                             : c == OPT_SHARES   ? "--shares"
                                                 : "--status";
            if (demo)
                rc = cli_usage(cmd, "%s is run's (demo's sample has the reports file's columns)",
                               nm);
            else if (!*optarg)
                rc = cli_usage(cmd, "%s takes a column name or value, not ''", nm);
            else
                *(c == OPT_TARGET     ? &o.target
                  : c == OPT_POSITIVE ? &o.positive
                  : c == OPT_TEXT     ? &o.text
                  : c == OPT_ID       ? &o.id
                  : c == OPT_VIEWS    ? &o.views
                  : c == OPT_SHARES   ? &o.shares
                                      : &o.status) = optarg;
            break;
        }
        case OPT_MODEL:
            /* checked here, before any stage runs: a typo is a usage error
             * at once, not a train failure after inspect, eda and test */
            if (strcmp(optarg, "lr") && strcmp(optarg, "gbdt") && strcmp(optarg, "rf") &&
                strcmp(optarg, "auto"))
                rc = cli_usage(cmd, "--model takes lr, gbdt, rf or auto, not '%s'", optarg);
            else
                o.model = optarg;
            break;
        case OPT_FOLDS: /* train's range, checked before any stage runs */
            rc = cli_count_arg(cmd, "folds", optarg, 2, 100, &o.folds);
            break;
        case OPT_TARGET_RECALL:
        case OPT_COST_RATIO: { /* train's ranges, checked before any stage runs */
            double v;
            const int tr = c == OPT_TARGET_RECALL;
            rc = cli_number_arg(cmd, tr ? "target-recall" : "cost-ratio", optarg, 0, 1,
                                tr ? 1 : 1e12, &v);
            if (rc == CLI_OPT_NEXT)
                *(tr ? &o.target_recall : &o.cost_ratio) = optarg;
            break;
        }
        case OPT_CLASS_WEIGHT:
            if (strcmp(optarg, "none") && strcmp(optarg, "balanced"))
                rc = cli_usage(cmd, "--class-weight must be none or balanced, got '%s'", optarg);
            else
                o.class_weight = optarg;
            break;
        case OPT_DROPNA:
            if (strcmp(optarg, "all") && strcmp(optarg, "used"))
                rc = cli_usage(cmd, "--dropna must be all or used, got '%s'", optarg);
            else
                o.dropna = optarg;
            break;
        case OPT_ROWS:
            if (!demo)
                rc = cli_usage(cmd, "--rows is demo's (run reads FILE)");
            else
                rc = cli_count_arg(cmd, "rows", optarg, 1000, 100000000ull, &o.rows);
            break;
        default: rc = cli_bad_option(cmd, argv);
        }
    }
    if (rc == CLI_OPT_NEXT && o.target && !o.positive)
        rc = cli_usage(cmd, "--target=%s needs --positive=VALUE", o.target);
    if (rc == CLI_OPT_NEXT && o.target_recall && o.cost_ratio)
        rc = cli_usage(cmd, "--target-recall and --cost-ratio are two ways to choose the "
                            "threshold: give one");
    if (rc == CLI_OPT_NEXT && o.class_weight && o.model &&
        (strcmp(o.model, "gbdt") == 0 || strcmp(o.model, "rf") == 0))
        rc = cli_usage(cmd,
                       "--class-weight is logistic regression's (lr, auto): not with "
                       "--model %s",
                       o.model);
    if (rc == CLI_OPT_NEXT && chk.cmd && cli_load_check(&chk, cmd))
        rc = CLI_EXIT_USAGE;
    o.delim = chk.opt.delimiter;
    /* the stages get one --na-values holding every one given */
    char *na_all = chk.na_all;
    chk.na_all = NULL;
    o.na_values = na_all;
    cli_load_free(&chk);
    if (rc != CLI_OPT_NEXT) {
        free(na_all);
        free(cl);
        return rc;
    }
    /* the count each stage resolves from the --threads it is given, so that
     * the manifest records it (before 2026-12-05 it recorded N as typed while
     * the stages, capped, recorded 2: tests/cli/options_threads_honoured) */
    ct_threads_set(o.threads);
    char *sample = NULL;
    if (demo) {
        if (argc - optind != 0)
            rc = cli_usage(cmd, "demo takes no FILE (it writes DIR/sample.csv)");
        else if (!(sample = run_path_in(o.dir, "sample.csv")))
            rc = CLI_EXIT_IO;
        o.input = sample;
    } else if (argc - optind != 1)
        rc = cli_operands_usage(cmd, argc, argv, optind);
    else if (!o.dir)
        rc = cli_usage(cmd, "missing -o DIR (the run folder)");
    else if (strcmp(argv[optind], "-") == 0)
        rc = cli_usage(cmd, "run reads FILE several times: give a file, not standard input");
    else if (ct_path_read_once(argv[optind])) { /* a second stage would wait on a FIFO forever */
        struct stat sb;
        const int dev = stat(argv[optind], &sb) == 0 && S_ISCHR(sb.st_mode);
        rc = cli_usage(cmd,
                       dev ? "run reads FILE several times: %s is a device (a terminal, "
                             "/dev/zero), not a file; save the data to a file first"
                           : "run reads FILE several times: %s is a pipe (a FIFO or <(...)), "
                             "read once; save it to a file first",
                       argv[optind]);
    } else
        o.input = argv[optind];
    char *dash_dir = NULL, *dash_in = NULL;
    if (rc == CLI_OPT_NEXT && strcmp(o.dir, "-") == 0)
        rc = cli_usage(cmd, "-o takes a folder, not '-' (run writes many files)");
    /* a relative name starting with '-' would read as an option in a stage's
     * command line: './-name' names the same file */
    if (rc == CLI_OPT_NEXT && o.dir[0] == '-' && (dash_dir = run_path_in(".", o.dir))) {
        o.dir = dash_dir;
        if (demo) {
            free(sample);
            if (!(sample = run_path_in(o.dir, "sample.csv")))
                rc = CLI_EXIT_IO;
            o.input = sample;
        }
    }
    if (rc == CLI_OPT_NEXT && !demo && o.input[0] == '-' && (dash_in = run_path_in(".", o.input)))
        o.input = dash_in;
    /* "out/" names the folder "out" names: without its trailing '/', or the
     * stages' commands and every artifact read "out//model.ctm" (the
     * README's own example; before 2026-12-02: tests/cli/run_dir_trailing_slash) */
    char *trim_dir = NULL;
    size_t dl = rc == CLI_OPT_NEXT ? strlen(o.dir) : 0, dk = dl;
    while (dk > 1 && o.dir[dk - 1] == '/')
        dk--;
    if (dk < dl) {
        if (!(trim_dir = malloc(dk + 1))) {
            cli_error("out of memory");
            rc = CLI_EXIT_IO;
        } else {
            memcpy(trim_dir, o.dir, dk);
            trim_dir[dk] = '\0';
            o.dir = trim_dir;
        }
    }
    if (rc == CLI_OPT_NEXT) {
        if (!o.capacity)
            o.capacity =
                (unsigned long long)(8 * o.rph + 0.5) ? (unsigned long long)(8 * o.rph + 0.5) : 1;
        rc = workflow(&o);
    }
    free(sample);
    free(dash_dir);
    free(dash_in);
    free(trim_dir);
    free(na_all);
    free(cl);
    return rc;
}

int cmd_run(int argc, char **argv) { return run_main(argc, argv, 0); }
int cmd_demo(int argc, char **argv) { return run_main(argc, argv, 1); }
