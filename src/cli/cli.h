/* cli.h — shared plumbing for the claimtriage command-line tool: the command
 * table, exit codes, messages, loader options, progress, output checks, and
 * aligned tables. The CLI uses only the public library API. */
#ifndef CT_CLI_H
#define CT_CLI_H

#include <claimtriage/claimtriage.h>

#include <getopt.h>
#include <stdio.h>

/* Exit codes: documented in docs/cli.md; never renumber. */
enum {
    CLI_EXIT_OK = 0,    /* success */
    CLI_EXIT_DATA = 1,  /* bad input data: malformed rows, absent column, empty file */
    CLI_EXIT_USAGE = 2, /* bad command line */
    CLI_EXIT_IO = 3     /* I/O error (unreadable file, full disk) or internal error */
};

typedef struct cli_command {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
    const char *summary;
    /* the operands' name in its usage line ("FILE", "QUEUE", "DIR"), NULL
     * for a command that takes none: an empty one is refused by name
     * (cli_getopt) */
    const char *operand;
} cli_command;

extern const cli_command cli_commands[];
/* One entry point per command, cmd_<name>.c each. */
int cmd_demo(int argc, char **argv);
int cmd_eda(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_regress(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_queue_eval(int argc, char **argv);
int cmd_synth(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_evaluate(int argc, char **argv);
extern const size_t cli_ncommands;

/* Set by -q/--quiet: no notes or progress on stderr (errors still shown). */
extern int cli_quiet;
/* Set by --wide: tables at full width. Otherwise text output for people is
 * at most CLI_WIDTH columns: tables wrap in blocks of columns
 * (cli_table_fit), long sentences wrap (cli_print_wrapped). */
extern int cli_wide;
#define CLI_WIDTH 100
/* Limit t's lines to CLI_WIDTH unless --wide. */
void cli_table_fit(ct_table *t);
/* Print `first` then text, wrapped at CLI_WIDTH (unless --wide) at spaces,
 * continuation lines indented by `hang` spaces. */
void cli_print_wrapped(FILE *fp, const char *first, size_t hang, const char *text);
/* indent, then a name that must not break at its spaces (a chart's file
 * name) on a line of its own, cut in the middle with "..." to end at
 * CLI_WIDTH unless --wide (as ct_text_wrap cuts a word wider than a line). */
void cli_print_name(FILE *fp, const char *indent, const char *name);
/* A blank line, then a heading from a printf format that names columns or
 * labels (the data's, of any length: one wider than a line is cut
 * in the middle, as ct_text_wrap cuts it), wrapped as
 * cli_print_wrapped with continuation lines indented by 2. */
void cli_heading(FILE *fp, const char *fmt, ...) CT_PRINTF(2, 3);

int cli_exit_code(ct_status s);
/* An error that names no file, "claimtriage CMD: MESSAGE" (the running
 * command, cli_command_name; "claimtriage: error: " before one runs),
 * wrapped; one about a file's data is said "FILE: ..." instead
 * (cli_print_diag, cli_fail_in). */
void cli_error(const char *fmt, ...) CT_PRINTF(1, 2);
void cli_note(const char *fmt, ...) CT_PRINTF(1, 2);
/* Print "claimtriage CMD: MESSAGE" and a --help pointer; returns CLI_EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) CT_PRINTF(2, 3);
/* An option's list (claimtriage/list.h, docs/cli.md "Lists in options")
 * split in place: buf is the caller's copy of arg, items[0..cap) get the
 * names and *n their number (which may exceed cap: the caller says its
 * limit). On a fault, the usage error "claimtriage CMD: --OPT: WHY: 'ARG'"
 * is printed and CLI_EXIT_USAGE returned; 0 when the list is good.
 * flags: 0, or CT_LIST_EMPTY_OK for lists of values that may be empty. */
int cli_split_list(const char *cmd, const char *opt, const char *arg, char *buf, unsigned flags,
                   const char **items, size_t cap, size_t *n);
/* name as a list item ("likes", "\"views, total\"") into buf, for the
 * messages that name a listed column as the user types it; returns buf. */
const char *cli_list_item(char *buf, size_t cap, const char *name);
/* FILE:LINE[:COL]: message, then the hint on its own line; a diagnostic
 * naming no file starts as cli_error's. */
void cli_print_diag(const ct_diag *d);
/* Columns a command uses that the file lacks, gathered so that one error
 * names them all, each group with the option that picks others: a file of
 * other columns is seen at once, not one run per column (before
 * 2026-12-04 eda named one per run, and regress left the --features it
 * was given out of its list: tests/cli/eda_foreign_file_all_absent,
 * tests/cli/regress_absent_features_all_named). cli_absent_add each
 * column, cli_absent_group after each option's columns, then
 * cli_absent_fail. */
typedef struct cli_absent {
    const ct_frame *f;
    char list[CT_DIAG_MSG_MAX]; /* "a, b (why); c (why)" */
    size_t wl, n, ingroup, ndefault, ngiven;
    char hint[CT_DIAG_MSG_MAX]; /* the first absent column's hint */
    size_t nnear, ndummy;       /* absent columns with a "did you mean", with dummies */
    int hint_dummy;             /* the hint kept is of dummies */
    int split;                  /* a list split a name holding ',' */
    const char *seen[192];
    const char *used[192]; /* the columns added that the file has */
    size_t nused;
    /* the caller's text to end the hint with ("" for none): a command
     * that picks the file's columns (cli_hint_command), since a command
     * ends a text to be printed runnable */
    char tail[CT_DIAG_MSG_MAX];
} cli_absent;
void cli_absent_init(cli_absent *a, const ct_frame *f);
/* col into the current group when f lacks it and it is not named
 * already; returns 1 when f lacks it. list: the option's list holding col
 * as item k (NULL for defaults and single columns): col is then shown as
 * the user types it in the list, and a list that split a column whose
 * name holds ',' (ct_frame_list_hint) is noted for cli_absent_fail. */
int cli_absent_add(cli_absent *a, const char *col, const char *const *list, size_t nlist, size_t k);
/* Close the group: " (why)" after the columns added since the last group,
 * when there are any; given says whether the user named them (else they
 * are the reports file's defaults). Returns their number. */
size_t cli_absent_group(cli_absent *a, const char *why, int given);
/* When any column is absent: "FILE: the file lacks N columns CMD uses:
 * LIST" with the first absent column's hint (a "did you mean", one-hot
 * dummies: ct_frame_near_name), how many more have one, or the file's
 * columns when the user named an absent one, or, when the absent ones are
 * all defaults with no near name and no caller's tail, the file's numeric
 * and categorical columns the command does not read (a column renamed past
 * recognition, 'views' for 'video_view_count', is among them: before
 * 2026-12-07 nothing was said: tests/cli/files_absent_defaults_unread_named);
 * returns CLI_EXIT_DATA, or
 * CLI_EXIT_OK when none is absent or a list split a name holding ','
 * (the caller's message for that column then shows the quoting, and the
 * other "absent" items are likely pieces of that name). */
int cli_absent_fail(const cli_absent *a, const char *path, const char *cmd);
/* "the file's columns are 'a', 'b', ..." (the first 8) into buf, then
 * " (OPTION)" when option is not NULL ("--by=COL": the option to give). */
void cli_file_columns(const ct_frame *f, const char *option, char *buf, size_t cap);
/* The command running ("score"), set by main before it runs; "" before. */
extern const char *cli_command_name;
/* An output that cannot be written (created, filled or renamed into
 * place), said one way by every command: "claimtriage CMD: cannot write
 * 'PATH': REASON", then the likely cause (folder missing, a part of the
 * path a file, permission, disk full: ct_atomic_cause_at) as a hint when
 * known (cause NULL or ""). Returns CLI_EXIT_IO; but when the reason is
 * ENOTDIR's and a part of the path is a file (cli_file_in_path), says it
 * as cli_refuse_path_through_file does and returns CLI_EXIT_USAGE. */
int cli_write_failed(const char *path, const char *reason, const char *cause);
/* 1 when a part of path before its last name is there and no folder (a
 * file, a device; links followed): "afile/sub" with afile a file; that
 * part copied into buf (cap bytes). 0 otherwise (path NULL or "", or every
 * part a folder or not there). */
int cli_file_in_path(const char *path, char *buf, size_t cap);
/* A run folder named through a file ("afile/sub", afile a file: report
 * DIR, plan --status DIR), said as a folder operand that is a file is
 * (cli_refuse_file_as_folder), exit 2: "FILE: is a file, not a folder:
 * DIR, a path through it, names no run's folder", then hint. Before
 * 2026-12-06 report and plan --status said "cannot read the folder: Not a
 * directory", exit 3 (tests/cli/report_dir_through_file). CLI_OPT_NEXT
 * when dir is there or no part of its path is a file, else
 * CLI_EXIT_USAGE after the message. */
int cli_refuse_folder_through_file(const char *dir, const char *hint);
/* An output path through a file (cli_file_in_path), said before any input
 * is read: "FILE: is a file, not a folder: the output PATH, a path through
 * it, cannot be made" with a hint naming the file; CLI_EXIT_USAGE after
 * the message (as an -o folder that is a file: cli_refuse_file_as_folder).
 * CLI_OPT_NEXT when path is NULL, "-" or goes through no file. */
int cli_refuse_path_through_file(const char *path);
/* The same from the errno of the failure (reason strerror(err)). */
int cli_write_failed_errno(const char *path, int err);
/* Report a failed library call; returns the exit code for it. A library
 * diagnostic of an output that cannot be written (CT_EIO naming a file,
 * "cannot write: ..." or "write error: ...") is said by cli_write_failed. */
int cli_fail(ct_status s, const ct_diag *d);
/* cli_fail for a step on the data of the file `path`: a bad-data status
 * whose diagnostic names no file is printed as `PATH: message` (the file
 * the data came from, '-' for standard input), never as a bare
 * `claimtriage: error:`; d is completed in place. */
int cli_fail_in(ct_status s, ct_diag *d, const char *path);
/* cli_fail for a model file (-m model_path) that did not load: when the
 * data operand data_path is itself a model file, the hint says the two
 * seem swapped, with the command the other way round (cmd: "score"). */
int cli_fail_model(const char *cmd, ct_status s, ct_diag *d, const char *model_path,
                   const char *data_path);

/* Options shared by every command that reads a CSV file. */
enum {
    CLI_OPT_ON_BAD_ROW = 1000,
    CLI_OPT_NA_VALUES,
    CLI_OPT_DELIMITER,
    CLI_OPT_NO_SCHEMA,
    CLI_OPT_JSON,
    CLI_OPT_WIDE,
    CLI_OPT_DECIMAL,
    CLI_OPT_THOUSANDS,
    CLI_OPT_FIRST_FREE = 1100 /* commands number their own long-only options from here */
};
#define CLI_LOAD_LONGOPTS                                                                          \
    {"on-bad-row", required_argument, NULL, CLI_OPT_ON_BAD_ROW},                                   \
        {"na-values", required_argument, NULL, CLI_OPT_NA_VALUES},                                 \
        {"delimiter", required_argument, NULL, CLI_OPT_DELIMITER},                                 \
        {"decimal", required_argument, NULL, CLI_OPT_DECIMAL},                                     \
        {"thousands", required_argument, NULL, CLI_OPT_THOUSANDS},                                 \
    {                                                                                              \
        "no-schema", no_argument, NULL, CLI_OPT_NO_SCHEMA                                          \
    }
#define CLI_COMMON_LONGOPTS                                                                        \
    {"help", no_argument, NULL, 'h'}, {"quiet", no_argument, NULL, 'q'},                           \
    {                                                                                              \
        "wide", no_argument, NULL, CLI_OPT_WIDE                                                    \
    }
#define CLI_LOAD_HELP                                                                              \
    "  --on-bad-row=fail|skip  stop at bad rows (default, exit 1) or skip them\n"                  \
    "                          (rows read / used / skipped are always reported)\n"                 \
    "  --na-values=A,B,...     extra missing-value tokens (pandas' defaults always apply);\n"      \
    "                          given again, its tokens add to the first's\n"                       \
    "  --delimiter=C           field delimiter (default ',')\n"                                    \
    "  --decimal=C             numbers' decimal mark (default '.'; ',' reads 1,5)\n"               \
    "  --thousands=C           numbers' thousands separator (default none; '.' reads\n"            \
    "                          1.234,5, the decimal mark then ',' unless --decimal)\n"             \
    "  --no-schema             infer every column's type (ignore the reports schema)\n"
#define CLI_COMMON_HELP                                                                            \
    "  --wide                  tables at full width (default: lines of at most 100\n"              \
    "                          columns, wide tables in blocks of columns)\n"                       \
    "  -q, --quiet             no progress or notes on stderr (errors still shown)\n"              \
    "  -h, --help              show this help and exit\n"

typedef struct cli_load {
    ct_load_options opt;
    char *na_all; /* every --na-values given, joined by ',' (they add up, as
                   * pandas' na_values list); owned */
    char *na_buf; /* owned copy of na_all, cut at its commas into na */
    const char **na;
    size_t nbad;       /* bad rows seen */
    size_t shown;      /* bad rows listed */
    ct_diag *held;     /* the listed rows' diagnostics, printed once loading ends */
    size_t printed;    /* of them, printed by an earlier load */
    const char *cmd;   /* the command, once --decimal or --thousands was given */
    int decimal_given; /* --decimal was given (not the default '.') */
} cli_load;

/* The note on a file that starts with more than one UTF-8 byte-order mark
 * (boms of them, every one skipped), "PATH: ...", into buf[0..cap);
 * returns buf. Said by every load (cli_load) and by score's stream. */
const char *cli_boms_text(char *buf, size_t cap, const char *path, int boms);

/* The model's text column (the source of its n-gram columns; the model's
 * string), NULL when it reads no n-grams. */
const char *cli_model_text_column(const ct_model *m);
/* 1 when every design column of m is an n-gram of its text (a model of
 * --features text: no number, no level, no text length), so a row whose
 * text holds no word the model knows has nothing else to be scored on:
 * each such row gets the empty text's probability. The drift and
 * no_known_words sentences of evaluate and score say so (before
 * 2026-12-07 "scored on their other inputs alone" of every model). */
int cli_model_reads_ngrams_only(const ct_model *m);
/* The text column named as score's reasons name it (ct_reports_pretty:
 * "transcript" for the reports file's, any other column as it is called):
 * the drift share's label in `label` ("transcripts without a known
 * n-gram"), its undefined value in `none`; text NULL (a model reading no
 * n-grams): "n-grams" and "undefined (the model reads no text)". */
void cli_text_share_words(const char *text, char *label, size_t lcap, char *none, size_t ncap);
/* Every unseen categorical level of t (cli_unseen.c): `first` and a
 * heading, then a table (column, level, rows, first line; each line
 * starting with indent) of each column's 20 levels with the most rows, its
 * remainder ("and N more levels in M rows") and its values without a text,
 * then a line for each column past CT_UNSEEN_TRACKED levels (the rows not
 * ranked); nothing when t holds none (or is NULL). score's summary and evaluate's
 * inputs print it under the unseen note. */
void cli_unseen_print(FILE *fp, const char *first, const char *indent, const ct_unseen_tally *t);
/* The same as the --json key "unseen_level_counts" (docs/formats.md). */
void cli_unseen_json(ct_json *w, const ct_unseen_tally *t);

/* Append to hint (a diagnostic's, size cap) ": $ claimtriage CMD" and the
 * user's command line argv[1..argc) with each option named in names[0..n)
 * left out ("--NAME=V" or "--NAME V", its unambiguous prefixes too) and
 * given instead as --NAME=values[k] (when values[k] is not NULL), each word
 * quoted for the shell (ct_shell_word). operand: argv's index of FILE
 * (optind after getopt). The printer (cli_print_wrapped) puts the command
 * on a line of its own and breaks it within the width where a paste still
 * runs. Used by regress's and eda's hints (before 2026-12-05 eda's said
 * "with --columns=..." as a word of 105 columns: tester AO F3). */
void cli_hint_command(char *hint, size_t cap, const char *cmd, int argc, char **argv, int operand,
                      const char *const *names, const char *const *values, size_t n);

void cli_load_init(cli_load *l);
/* A bad row (user: the cli_load) held to be listed by cli_load_print_bad:
 * the first CLI_MAX_BAD_SHOWN with their hints, the rest counted; for a
 * reader that is not cli_load_frame (score's stream). */
void cli_load_hold_bad(void *user, const ct_diag *d);
/* The bad rows held since the last call, as cli_load_frame lists them: a
 * hint several rows share said once after the list, "... and N more bad
 * rows" past the first CLI_MAX_BAD_SHOWN. */
void cli_load_print_bad(cli_load *l);
/* The loader options given, together: --thousands=. without --decimal
 * makes the decimal mark ',' (l->opt.decimal: the default '.' cannot be
 * both; a file grouping thousands with '.' writes decimals with ','); then
 * --decimal must differ from --thousands and --delimiter (a --thousands
 * that is the delimiter reads quoted "1,234", as pandas; a decimal mark
 * ',' implied so reads quoted "1,5" in a comma-delimited file). 0, or
 * CLI_EXIT_USAGE after a message. Called by cli_load_frame; a command that
 * loads otherwise (score) calls it itself, before it copies l->opt. */
int cli_load_check(cli_load *l, const char *cmd);
/* Handle one shared loader option; returns 0, or CLI_EXIT_USAGE after a message. */
int cli_load_option(cli_load *l, const char *cmd, int opt, const char *arg);
/* The options every command that reads a CSV file shares, for the default
 * branch of its getopt switch: -h (prints help, returns CLI_EXIT_OK), -q,
 * the loader options, and unknown options (CLI_EXIT_USAGE after a message).
 * Returns CLI_OPT_NEXT when parsing goes on, else the exit code to return. */
#define CLI_OPT_NEXT (-1)
/* getopt_long(argc, argv, shortopts, longopts, longindex), the tables
 * remembered for cli_bad_option. Not thread-safe (getopt's state is global).
 * At the end of the options, an operand that is an empty string (a
 * script's variable left empty, `inspect "$F"`) of a command that takes
 * operands returns CLI_OPT_EMPTY_OPERAND instead of -1, which the
 * command's default branch hands to cli_bad_option as any bad word: the
 * usage error "FILE needs a file name, not an empty string" (QUEUE, DIR: a
 * folder), as an option given an empty file name is (before 2026-12-04
 * exit 3, "claimtriage: error: cannot open: ...", naming no file, and
 * queue-eval blamed its --labels file: tests/cli/empty_operand_every_command). */
#define CLI_OPT_EMPTY_OPERAND 0x10000 /* beyond every option's code */
/* An option given twice with different values (`run -o x -o y`) returns
 * CLI_OPT_GIVEN_TWICE, which the default branch hands to cli_bad_option
 * too: the usage error "option '--output' given twice, as 'x' and 'y':
 * give it once". The same value twice is accepted, and --na-values, whose
 * tokens add up, may repeat (tests/cli/options_given_twice_refused). */
#define CLI_OPT_GIVEN_TWICE 0x10001
int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
               int *longindex);
/* After cli_getopt returned '?' (or CLI_OPT_EMPTY_OPERAND, CLI_OPT_GIVEN_TWICE:
 * above): print
 * what was wrong with the option the user typed — "unknown option '--trheads'; did you mean '--threads'?",
 * "option '-m' needs a value", "option '--json' takes no value", "option
 * '--th' is ambiguous: it begins --threads, --threshold" — and return
 * CLI_EXIT_USAGE. argv as given to cli_getopt. */
int cli_bad_option(const char *cmd, char **argv);
/* After the options (cli_getopt), the operands from argv[first] are not
 * one FILE: print "missing FILE" or "expected one FILE, got N", and when
 * "--" came just before them, that they were read as file names because of
 * it and where -- goes (after the options); return CLI_EXIT_USAGE. */
int cli_operands_usage(const char *cmd, int argc, char **argv, int first);
/* Whether the operands argv[first..argc) hold a model file (or, for
 * train, the name of one to write): out[0..cap) says where it goes ("; 'm.ctm'
 * is a model file (made by train): give it with -m m.ctm"), to follow a
 * usage message; "" when no operand is one. */
/* The label column absent under its name (target) but held by another
 * column, one of whose two or three values is positive (in letter case or
 * spaces too: ct_frame_value_column): into hint[0..cap) "the file's
 * column 'label' holds 'claim' (its values: 'claim', 'opinion'): if it is
 * the label, give --target=label --positive=claim" (rename 0: a command
 * that takes --target), or "...: if it is the label, rename it
 * 'claim_status', the model's label column" (rename 1: evaluate, which
 * reads the model's), or "...: if it is the label, give --target=label"
 * (rename 2: inspect, which takes no --positive). Returns 1; 0 (hint
 * untouched) when no column does. */
int cli_label_elsewhere(const ct_frame *f, const char *positive, const char *target, int rename,
                        char *hint, size_t cap);
void cli_operand_model_hint(const char *cmd, int argc, char **argv, int first, char *out,
                            size_t cap);
int cli_shared_option(int c, const char *cmd, const char *help, cli_load *lo, char **argv);
/* The note on rows empty in every field (ct_frame_empty_rows): n of them
 * in path, on lines first..last; written to buf, which is returned. */
const char *cli_empty_rows_text(char *buf, size_t cap, const char *path, size_t n, long first,
                                long last);
/* Load a frame, printing the first 10 bad rows and the total; returns an exit code. */
int cli_load_frame(cli_load *l, const char *path, ct_frame **out, ct_load_stats *stats);
void cli_load_free(cli_load *l);
/* mkdir -p DIR: every missing folder of the path made; 0, or -1 with errno
 * (ENOTDIR when DIR, or a part of it, is a file). */
int cli_make_dirs(const char *dir);
/* cli_make_dirs, counting in *made the folders it created (the last ones
 * of the path), also when it fails part way. Until cli_made_dirs_keep(dir)
 * or cli_unmake_dirs(dir, ...), a fatal signal (SIGINT, SIGTERM, SIGHUP,
 * SIGPIPE) removes them as cli_unmake_dirs would, after the temporaries. */
int cli_make_dirs_count(const char *dir, size_t *made);
/* Remove the last `made` folders of dir (as counted by
 * cli_make_dirs_count), deepest first, each only while empty. */
void cli_unmake_dirs(const char *dir, size_t made);
/* The folders cli_make_dirs_count made for dir stay, whatever follows (the
 * command's outputs are in them). */
void cli_made_dirs_keep(const char *dir);
/* Before long work: can a file be written at path (its folder exists and
 * is writable, the path is not a folder)? 0, or CLI_EXIT_IO after saying
 * it as cli_write_failed would. A link to no file is checked where it leads
 * (ct_atomic_link_target). The write itself still checks (atomically). */
int cli_check_writable(const char *path);
/* An output that is an input (the same file: device and inode, through any
 * path or link) would be replaced by the output, the input lost. An input
 * '-' is the file standard input is redirected from (fstat of fd 0, when
 * a regular file). Returns CLI_OPT_NEXT when out and in differ (or out is
 * '-', or either is absent, or in is '-' and standard input no file), else
 * CLI_EXIT_USAGE after `claimtriage CMD: the WHAT OUT is the input IN...`. */
int cli_refuse_same_file(const char *cmd, const char *what, const char *out, const char *in);
/* An output folder (-o of eda, queue-eval, run) that is there and no
 * folder: "DIR: is a file, not a folder: CANNOT" (cannot: "the run cannot
 * write into it"), or, when it is one of the command's inputs
 * (inputs[0..n), NULL items skipped; `eda in.csv -o in.csv`), "DIR: is
 * the input file, not a folder: CANNOT", then hint. Said before any input
 * is read (exit 2, as an output naming an input is), not as "cannot write
 * 'DIR': Not a directory" with the hint that a part of its path is a
 * file, untrue of the path itself (before 2026-12-04, eda and queue-eval:
 * tests/cli/files_output_folder_is_file). CLI_OPT_NEXT when dir is a
 * folder, is not there (or is NULL), else CLI_EXIT_USAGE after the
 * message. */
int cli_refuse_file_as_folder(const char *dir, const char *const *inputs, size_t n,
                              const char *cannot, const char *hint);
/* The environment variable `claimtriage run` sets for its stages: its
 * process id. A command that writes into a run folder (report) refuses
 * one that a run holds (ct_plan_run_live) unless that run is its parent
 * and this variable names it: the run's own report stage. */
#define CLI_RUN_PID_ENV "CLAIMTRIAGE_RUN_PID"
/* cli_refuse_same_file naming what `in` is ("model": "the queue m.ctm is
 * the model m.ctm: writing it would replace the model"). */
int cli_refuse_same_file_as(const char *cmd, const char *what, const char *out, const char *in,
                            const char *in_what);
/* Two outputs of one command that name one destination would leave only the
 * one renamed last: both '-' (standard output), or one file by device and
 * inode, or, for a file not yet there, by its folder's real path and its
 * name ("x.csv" and "./x.csv"). Returns CLI_OPT_NEXT when a and b differ
 * (or either is NULL, or both are the null device, which replaces
 * nothing), else CLI_EXIT_USAGE after `claimtriage CMD: WHAT_A and WHAT_B
 * both name ...`. */
int cli_refuse_same_output(const char *cmd, const char *what_a, const char *a, const char *what_b,
                           const char *b);
/* The command line as typed ("claimtriage CMD ARGS..."), copied before
 * getopt permutes argv, for the reproducibility block: argc + 1 pointers
 * into argv (plus a NULL); free() the array. NULL after a message when out
 * of memory. */
char **cli_command_line(int argc, char **argv);
/* 1 when path holds the model's training rows in another form than the
 * file train hashed (a spreadsheet's re-save: a byte-order mark, CR LF
 * line ends, no final line end; the content hashes to the model's once
 * rewritten so), how[0..cap) then saying how it differs; 0 otherwise,
 * how "". Tried only when rows_read is the training file's (a new file
 * is not hashed again); never for standard input or a pipe. */
int cli_training_copy(const ct_model *m, const char *path, uint64_t rows_read, char *how,
                      size_t cap);
/* 1 when f holds the model's training rows, in any order and however
 * written (ct_frame_rows_digest of f equals the model's rows_digest): a
 * shuffled or re-sorted copy of the training file, which neither its hash
 * nor cli_training_copy knows. Hashed only when rows_used is the training
 * file's (a new file of another size is not hashed); 0 for a model that
 * recorded no digest (written before 2026-12-06). */
int cli_training_rows(const ct_model *m, const ct_frame *f, uint64_t rows_used);
/* --split=train|validation|test of evaluate and score: the rows of f (loaded
 * from path, the model's training file) that train's split gave to `role`
 * (claimtriage/evaluate.h, ct_model_split_roles), ascending, in *rows
 * (free()d by the caller; *n of them). Returns 0, or an exit code after a
 * message (another file than the model's, no split recorded). */
int cli_split_rows(const ct_model *m, const ct_frame *f, const char *path, int role, size_t **rows,
                   size_t *n);
/* 1 when s is a number written in plain decimal, as an option's value
 * should be: an optional sign, digits with an optional '.' fraction, and an
 * optional exponent ("0.05", "-1", "1e-3"); 0 for anything strtod would
 * also take but a user does not mean as such: surrounding spaces ("5 "), a
 * hexadecimal number ("0x10", "0x.1" = 0.0625), "inf", "nan", or nothing. */
int cli_decimal_syntax(const char *s);
/* An option's number s read (cli_decimal_syntax, then strtod over the
 * whole of it) into *out: CLI_NUM_OK, including a subnormal number (1e-320,
 * below DBL_MIN: strtod sets ERANGE, yet the value is the double nearest
 * the number written, as for any other); CLI_NUM_SYNTAX (not plain
 * decimal, or NULL), CLI_NUM_TOO_LARGE (beyond a double's range, 1e400),
 * CLI_NUM_TOO_SMALL (not 0 but nearer 0 than any double, 1e-400: it would
 * read as 0), *out untouched. cli_decimal_why(r): the reason for a refusal
 * as ": ..." to follow a message, "" for CLI_NUM_OK and CLI_NUM_SYNTAX. */
enum { CLI_NUM_OK, CLI_NUM_SYNTAX, CLI_NUM_TOO_LARGE, CLI_NUM_TOO_SMALL };
int cli_decimal_value(const char *s, double *out);
const char *cli_decimal_why(int r);
/* A count option's value written as an exact whole number in another way
 * than digits ("1e3", "1.5e3", "1000.0", and since 2026-12-07 digits
 * grouped as this tool prints counts, "20,000", "20_000":
 * tests/cli/options_count_grouped_hint): "; write 1000" into buf (the
 * digits a count option takes: they are not read as a number, so a
 * fraction such as 1e-3 is never rounded into a count). "" otherwise, and
 * for values beyond 1e18. Returns buf. */
const char *cli_count_hint(const char *s, char *buf, size_t n);
/* A fraction option's value (--alpha, --test-size, --noise) written with a
 * decimal comma ("0,05") or as a percentage ("5%"): "; write 0.05" into
 * buf ("; write 0.05 for 5%"), "" otherwise and for a value not strictly
 * between 0 and 1 (0%, 100%, "0,0": every fraction option refuses an end or
 * its hint would suggest what is refused too); returns buf. Since 2026-12-07
 * (tests/cli/options_fraction_comma_percent_hint). */
const char *cli_fraction_hint(const char *s, char *buf, size_t n);
/* Option values, for the getopt switches: "--NAME must be a whole number
 * in [lo, hi], got 'S'" / "--NAME must be a number in (lo, hi], got 'S'"
 * ("[" with lo_open 0) as `claimtriage CMD: ...` with the --help pointer.
 * Return CLI_OPT_NEXT with *out set, or CLI_EXIT_USAGE after the message. */
int cli_count_arg(const char *cmd, const char *name, const char *s, unsigned long long lo,
                  unsigned long long hi, unsigned long long *out);
int cli_number_arg(const char *cmd, const char *name, const char *s, double lo, int lo_open,
                   double hi, double *out);
/* --alpha of test and regress: a number in [CT_HTEST_ALPHA_MIN, 1), said
 * before FILE is read; a smaller one (5e-324, which strtod flags as an
 * underflow, included) is refused with the smallest accepted and why.
 * CLI_OPT_NEXT with *out set, or CLI_EXIT_USAGE after the message. */
int cli_alpha_arg(const char *cmd, const char *s, double *out);
/* A value that names a column or a class (--target, --by, --text, ...):
 * an empty one is a usage error, "--NAME takes a WHAT, got an empty
 * value", said before FILE is read (not "required column '' is absent",
 * exit 1). s NULL (the option not given) passes. CLI_OPT_NEXT, or
 * CLI_EXIT_USAGE after the message. */
int cli_name_arg(const char *cmd, const char *name, const char *s, const char *what);
/* A --start date as plan, run and report take it: a calendar date
 * YYYY-MM-DD from which the plan's schedule ends by 9999-12-31
 * (ct_plan_schedule, the one date check). CLI_OPT_NEXT, or CLI_EXIT_USAGE
 * after plan's message ("--start: '2026-02-30' is not a date: day 30 ...");
 * CLI_EXIT_IO when out of memory. */
int cli_start_arg(const char *cmd, const char *s);
/* A label column none of whose values is `positive`: its values (the first
 * 8, quoted, comma-separated) into vals, and into near the sentence
 * "; did you mean 'Claim'? It differs from 'claim' only in letter case or
 * spaces (fix the labels to compare)" when one of them differs from
 * `positive` only so, else "". Returns 0, or -1 (vals and near "") when
 * the column is absent or not categorical. Shared by evaluate and
 * queue-eval, whose notes say what the missing positive class means. */
int cli_label_values(const ct_frame *f, const char *column, const char *positive, char *vals,
                     size_t nvals, char *near, size_t nnear);
/* Parse a --split value into *role; CLI_OPT_NEXT or CLI_EXIT_USAGE after a message. */
int cli_split_option(const char *cmd, const char *arg, int *role);
/* --split validation (cli_in_sample.c): what train chose on the validation
 * rows, so that evaluate's and score's figures on them are in-sample for
 * it (docs/evaluate.md, "in-sample"): "calibration" (other than none),
 * "threshold" (a --target-recall one), "family" (--model auto), "early
 * stopping" (gbdt's --early-stopping); n of them, 0 under another split
 * (validation 0) or when train chose none there. */
typedef struct cli_in_sample {
    const char *what[4];
    size_t n;
    int validation; /* the split is CT_ROLE_VALIDATION */
} cli_in_sample;
/* Fill s from model m for split (a CT_ROLE_*, CT_ROLE_NONE). */
void cli_in_sample_note(cli_in_sample *s, const ct_model *m, int split);
/* "in-sample: train chose this model's calibration and threshold
 * (--target-recall) on these validation rows, so FIGURES are in-sample for
 * those choices (held out: --split test)" into buf (cap bytes), returned;
 * NULL (buf "") when s holds no choice. */
const char *cli_in_sample_line(const cli_in_sample *s, const char *figures, char *buf, size_t cap);
/* The key "in_sample_for" and its value: the array of s's choices under
 * --split validation (empty when none), else null. */
void cli_in_sample_json(const cli_in_sample *s, ct_json *w);
/* The file's names for the reports file's view and share counts, as
 * --views=COL and --shares=COL give them (inspect, eda, test, regress,
 * run); NULL: the reports file's own name. */
typedef struct cli_counts {
    const char *views, *shares;
} cli_counts;
/* A --views or --shares column the file lacks: the error "FILE: view
 * count column 'X' is absent" with the file's columns, CLI_EXIT_DATA;
 * else CLI_EXIT_OK. c may be NULL. */
int cli_counts_check(const ct_frame *f, const char *path, const cli_counts *c);
/* A note on standard error for each of the reports file's duration and
 * count columns holding a negative value: its first line and how many,
 * the column named as the file names it (c: the views' and shares' names
 * that --views and --shares give; NULL: the reports file's names). */
void cli_note_negative(const ct_frame *f, const char *path, const cli_counts *c);
/* Note, per categorical column, two levels that differ only in letter case
 * or spaces around them ('Claim' and 'claim'): counted as two values, as
 * pandas counts them, which a person rarely means. The line is the first
 * row holding either; and the levels that look like missing values
 * ('None', ' ', '-', 'n.a.': ct_frame_explain_na_levels) with the
 * --na-values that reads them as missing. */
void cli_note_level_variants(const ct_frame *f, const char *path);
/* The same for column j alone (evaluate --by: the column its table is by). */
void cli_note_level_variants_of(const ct_frame *f, size_t j, const char *path);
/* Note each column read as strings though most of its values are numbers
 * (a few cells such as 'n/a?' or '12k' among counts, as pandas reads it:
 * object): its first value that is not a number, its line and how many
 * (ct_frame_explain_not_numeric), since its profile then shows text
 * lengths and no numeric summary; and each column whose values are
 * numbers in a format the read did not use (a decimal comma, a percent
 * sign: ct_frame_explain_number_format). Nothing when a repeated header
 * line made the columns strings (said at load). consequence: what the
 * type costs the command, in parentheses ("no numeric summary" in
 * inspect, "not a numeric feature" in train). */
void cli_note_mostly_numeric(const ct_frame *f, const char *path, const char *consequence);
/* Rows df.dropna() drops (a missing value in any column) that hold every
 * column the run uses (used[0..nused), names; absent ones are skipped):
 * when they are at least CLI_DROPNA_UNUSED_SHARE of the rows, a note says
 * how many, the unused column missing in most of them, and remedy (what
 * keeps them). A sparse column no step reads (a reviewer's note) otherwise
 * drops most rows with only their count said. */
#define CLI_DROPNA_UNUSED_SHARE 0.05
void cli_note_dropna_unused(const ct_frame *f, const char *path, const char *const *used,
                            size_t nused, const char *remedy);
/* The same sentence, without the path, into buf (cap bytes): 1 when there
 * is one to say, else 0 (buf untouched). A test that cannot run on the rows
 * df.dropna() left gives it as its error's hint, -q or not (before
 * 2026-12-06 "only one group among the 2 rows used" of 200 said nothing of
 * the sparse column that dropped the rest: tests/cli/test_dropna_unused_hint). */
int cli_dropna_unused_text(const ct_frame *f, const char *const *used, size_t nused,
                           const char *remedy, char *buf, size_t cap);

/* Text output for people, made visible (ct_utf8_visible): written to the
 * stream cli_text_open returns (a buffer; standard output when none can be
 * had), then to standard output by cli_text_close, each control byte from
 * the data shown as its Control Picture, each bidi control as <U+202E>. */
FILE *cli_text_open(char **buf, size_t *len);
void cli_text_close(FILE *fp, char **buf, size_t *len);

/* Print "rows read N, used N, skipped N" on stderr, once per run: a note
 * (silenced by -q), except that skipped rows are reported even with -q;
 * then, when the first column is a pandas row index, a note naming path
 * (the file the stats are of). */
void cli_note_rows(const ct_load_stats *st, const char *path);
/* A frame of no rows, said as what it is: "PATH: no data rows: the file
 * holds a header only", or, when bad rows were skipped, "every one of the
 * N rows was skipped as bad"; returns CLI_EXIT_DATA, or 0 when f has rows
 * (for the statistics commands, before any column check). */
int cli_fail_no_rows(const ct_frame *f, const ct_load_stats *st, const char *path);
/* A queue score wrote given where a reports file is read (train,
 * evaluate, eda, test, regress, queue-eval --labels): said as such, first
 * and alone ("PATH: this file is a queue score wrote ..., not NOT_WHAT",
 * then hint; ct_queue_given_diag), returning CLI_EXIT_DATA; 0 when f is not
 * a queue (cli_queue_given.c). */
int cli_fail_queue_given(const ct_frame *f, const char *not_what, const char *hint);

/* Progress callback drawing a bar on stderr when it is a terminal and not quiet,
 * and no more once cli_open_output has handed out standard output on that
 * same terminal (the rows written there are the progress); user is a label
 * string. */
int cli_progress(void *user, uint64_t done, uint64_t total);
void cli_progress_end(void);

/* Whether path is standard output: "-", or a path to the file, pipe or
 * device open as standard output (by device and inode: /dev/stdout, its
 * file's name), the null device excepted (it replaces nothing). */
int cli_is_stdout(const char *path);
/* Open an output path ("-" = stdout; a path to standard output's own
 * regular file, not named .gz, is written through stdout, in place). NULL
 * after a message on failure; cli_open_output_code() is then its exit code
 * (CLI_EXIT_IO, or CLI_EXIT_USAGE for a path through a file). */
FILE *cli_open_output(const char *path);
int cli_open_output_code(void);
/* Close an output opened with cli_open_output; returns an exit code. A
 * file is written to a temporary beside it and renamed over it here, when
 * complete (claimtriage/atomic_file.h). */
int cli_close_output(FILE *fp, const char *path);
/* Give up an output: its temporary is removed, the path left as it was. */
void cli_abort_output(FILE *fp);
/* A write error on standard output, said once with its reason (errno as
 * left by the failed write or flush); cli_finish_stdout then says nothing
 * more. */
void cli_stdout_error(void);
/* Give up an output after a library call writing to it failed with s (d
 * its message), and report the failure; returns the exit code. When the
 * stream itself failed (a full disk) the message names the output's path
 * and the system's cause (ct_atomic_fail); standard output likewise. */
int cli_fail_output(FILE *fp, ct_status s, ct_diag *d);
/* SIGINT, SIGTERM, SIGHUP and SIGPIPE remove the temporaries of outputs not
 * yet closed, then end the process with the signal's default action. */
void cli_install_signal_handlers(void);
/* Flush and close stdout, detecting write errors (a full disk). */
int cli_finish_stdout(void);

/* Number formatting for people: thin names for claimtriage/numfmt.h. */
void cli_fmt_count(char *buf, size_t n, uint64_t v); /* ct_numfmt_count: 19,382 */
/* A count of the positive label's rows, as train and evaluate say it:
 * "claim 9,608" (count_first 0) or "9,608 claim" (1); a value that is a
 * number or holds a space would read as a count of its own ("1 1,533",
 * "18 1"), so it is written "claim_status = 1: 1,533". */
void cli_fmt_label_count(char *buf, size_t n, const char *target, const char *positive,
                         const char *count, int count_first);
/* Below a metrics table: why a metric is undefined, or 0 by scikit-learn's
 * zero_division=0 convention (a zero denominator: nothing predicted
 * positive, no positive label), one line per reason naming its metrics,
 * as --json's <name>_undefined and <name>_note say; split (NULL or a
 * column's name, "test") begins each line. Nothing when every metric is
 * defined and none is 0 by convention. */
void cli_metric_notes(const char *split, const ct_metrics_binary *mb);
/* Below a metrics table: when the ranking is at chance (t->at_chance,
 * ct_metrics_roc_auc_test), a note saying so with its ROC AUC and p-value,
 * and that the recall m shows comes from the share of rows the threshold
 * flags; rows names the rows ("the 3,934 validation rows"), positive the
 * positive class. Nothing otherwise. Since 2026-12-04 (before, a recall of
 * 0.997 on shuffled labels went without a word: tests/cli/
 * train_chance_level_said, evaluate_chance_level_said). On rows too few to
 * tell (t->too_few, ct_metrics_roc_auc_too_few) the note says that instead,
 * ending with more, the way to more rows ("evaluate it on more labelled
 * rows ..."; since 2026-12-05: tests/cli/evaluate_chance_too_few_rows). */
void cli_chance_note(const ct_auc_test *t, const ct_metrics_binary *m, const char *rows,
                     const char *positive, const char *more);
/* JSON: "key": v, and when v is not a finite number (written null) a
 * sibling "<key>_reason" saying why, from the summary's count of values
 * and its min and max (inspect's column summaries, eda's group
 * statistics; `what` names the set: "column", "group"). */
void cli_json_stat(ct_json *w, const char *key, double v, size_t count, double min, double max,
                   int is_std, const char *what);
/* Why the summary value v is not a finite number ("undefined: the std
 * (n-1) of one value", ...), or NULL when it is one; the reason
 * cli_json_stat writes (buf, n: room for a reason that names `what`). */
const char *cli_stat_reason(double v, size_t count, double min, double max, int is_std,
                            const char *what, char *buf, size_t n);
/* Below a text table of summaries (inspect's numeric summary and text
 * lengths, eda's grouped statistics and text lengths): one note per
 * statistic and reason a cell reads "undefined" or "infinite", naming the
 * cells' subjects ("note: std of 'banned': undefined: the std (n-1) of one
 * value"), the reason --json gives as "<key>_reason" (cli_stat_reason).
 * Before 2026-12-06 the text said "undefined" with no reason:
 * tests/cli/undefined_cells_reasons. Not thread-safe (one table at a time). */
typedef struct cli_stat_notes cli_stat_notes;
cli_stat_notes *cli_stat_notes_create(void); /* NULL when out of memory (then no notes) */
/* Counts v under `stat` for `subject` (copied) when v is not finite. */
void cli_stat_notes_add(cli_stat_notes *n, const char *stat, const char *subject, double v,
                        size_t count, double min, double max, int is_std, const char *what);
/* The same with its reason given (a figure computed from the summary:
 * eda's IQR and fences). */
void cli_stat_notes_add_reason(cli_stat_notes *n, const char *stat, const char *subject,
                               const char *why);
/* The notes, "note: " indented by `indent` spaces, wrapped at CLI_WIDTH;
 * a note whose subjects are all `total` of the table's (more than one)
 * names them as `every` ("every column"; NULL: always by name). */
void cli_stat_notes_print(const cli_stat_notes *n, FILE *fp, size_t indent, size_t total,
                          const char *every);
void cli_stat_notes_destroy(cli_stat_notes *n);    /* NULL accepted */
void cli_fmt_num(char *buf, size_t n, double v);   /* ct_numfmt_auto: 9,691.5 / 0.25 / 1.2e-05 */
void cli_fmt_pct(char *buf, size_t n, double pct); /* ct_numfmt_pct_within, 2 decimals: 1.54% */
/* An option's range for people, "LO to HI", formatted from the macros that
 * define it (one source of truth: CT_REVIEWS_PER_HOUR_MIN, ...): each end
 * in "%g" with a bare exponent ("0.1 to 100000", "0 to 1e9"); grouped:
 * thousands grouped below 1e6 ("0.1 to 100,000"). */
void cli_fmt_range(char *buf, size_t n, double lo, double hi, int grouped);

/* Aligned text tables: ct_table (claimtriage/table.h), the library's one table writer. */

/* Start a JSON document with the header every command writes:
 * tool, version, command, schema_version. */
ct_json *cli_json_begin(FILE *fp, const char *command, int schema_version);
void cli_json_rows(ct_json *w, const ct_load_stats *st);
/* Key "cause" and the cause of d's failure (docs/formats.md): null unless d
 * is a CT_EDATA or CT_ECOLUMN of a ct_diag_cause kind, else {kind, column,
 * value, rows}, each fact null when not said. A program acts on it, never
 * on the message's words (test's skipped[].cause, train's failure.cause). */
void cli_json_cause(ct_json *w, const ct_diag *d);

/* The short document a command writes with --json when it fails on the
 * data (exit 1): the header, `file`, the rows (cli_json_rows) and an open
 * `failure` object holding `message`; the caller adds its own keys
 * (`cause`, `separation`) and closes it with cli_json_failure_end, which
 * says a write error on standard output. NULL when out of memory. */
ct_json *cli_json_failure_begin(const char *command, int schema_version, const char *path,
                                const ct_load_stats *st, const char *message);
void cli_json_failure_end(ct_json *w);
/* The last error said on standard error (cli_print_diag; cli_error's as a
 * message alone), and whether a failure document was begun: with --json, a
 * failure (exit 1) that a shared check said (no rows, an absent column, a
 * design refused) writes the command's document from it, as one its own
 * code said (since 2026-12-06: tests/cli/json_failure_said_checks). */
const ct_diag *cli_last_error(void);
int cli_json_failure_written(void);

#endif
