/* cmd_eda.c — `claimtriage eda FILE [-o DIR] [--json]`: exploratory analysis
 * and executive charts (library: claimtriage/eda.h for the numbers,
 * claimtriage/eda_charts.h for the charts, claimtriage/reports_defaults.h
 * for the reports file's columns and chart names). */
#include "cli.h"

#include <claimtriage/textwidth.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char eda_help[] =
    "usage: claimtriage eda FILE [-o DIR] [--json] [options]\n\n"
    "Exploratory analysis of a reports CSV file ('-' reads standard input). Rows\n"
    "with a missing value in any column are dropped first, as the course does\n"
    "(df.dropna(); --dropna=used: in a column eda reads); the count is always\n"
    "reported. Then:\n"
    "  - count, mean, median, std of duration and each engagement count by\n"
    "    claim_status, verified_status, author_ban_status, claim x ban status;\n"
    "  - engagement rates (likes, comments, shares, downloads per view) and\n"
    "    their medians in the same groups;\n"
    "  - outliers per column: Tukey's rule (above Q3 + 1.5 IQR) and the course\n"
    "    notebooks' rule (above median + 1.5 IQR), both counted;\n"
    "  - Pearson and Spearman (average ranks) correlation matrices;\n"
    "  - transcription length in characters (code points) and words by class;\n"
    "  - with -o DIR, standalone SVG charts whose titles state the findings.\n\n"
    "Options:\n"
    "  -o, --output-dir=DIR    write the SVG charts into DIR (created if needed);\n"
    "                          without it no chart is written ('-' is refused)\n"
    "  --target=COL            categorical class column (default claim_status)\n"
    "  --positive=VALUE        the class whose share the titles give (default 'claim'\n"
    "                          with the default target, else the most frequent class;\n"
    "                          so too when VALUE has too few rows)\n"
    "  --by=COL[,COL...]|none  categorical grouping columns, up to 4 (default\n"
    "                          verified_status,author_ban_status)\n"
    "  --columns=COL,COL,...   numeric columns to summarise and correlate, 1 to 16\n"
    "                          (default the duration and the five engagement counts,\n"
    "                          those the file lacks left out with a note)\n"
    "                          (lists: a name holding ',' in double quotes,\n"
    "                          --columns='\"views, total\",likes'; docs/cli.md)\n"
    "  --text=COL|none         text column whose length is measured by class\n"
    "                          (default video_transcription_text; left out when absent)\n"
    "  --views=COL             the file's name for video_view_count: in the default\n"
    "                          columns, the per-view rates' denominator, the scatter\n"
    "  --shares=COL            its name for video_share_count (columns, rates)\n"
    "  --status=COL            its name for author_ban_status (a default grouping, and\n"
    "                          the class x status one); as run's and score's options\n"
    "  --dropna=all|used       drop rows missing any column (default, as pandas\n"
    "                          df.dropna()) or only rows missing a column eda reads\n"
    "                          (as test's --dropna)\n"
    "  --json                  machine-readable output (keys in docs/formats.md)\n" CLI_LOAD_HELP
        CLI_COMMON_HELP "\nExit status: 0 ok, 1 bad data or absent column, 2 usage, 3 I/O.\n"
    "\nExamples:\n  claimtriage eda reports.csv -o charts\n"
    "  claimtriage eda other.csv --target label --by region --columns age,income\n";

enum {
    OPT_TARGET = CLI_OPT_FIRST_FREE,
    OPT_BY,
    OPT_COLUMNS,
    OPT_TEXT,
    OPT_POSITIVE,
    OPT_DROPNA,
    OPT_VIEWS,
    OPT_SHARES,
    OPT_STATUS
};

/* --views, --shares, --status: the reports file's columns that run's
 * options of those names rename (ct_reports_score_options) */
enum { ROLE_VIEWS, ROLE_SHARES, ROLE_STATUS, NROLES };
static const char *const role_option[NROLES] = {"--views=COL", "--shares=COL", "--status=COL"};

/* The reports file's chart labels held at most (ct_reports_eda_chart_options). */
#define EDA_LABELS_MAX 32

/* An option's list (docs/cli.md "Lists in options") split into arg's
 * copy *buf: 0, or the exit status of a usage error already printed (the
 * list's own fault, or more than max names, or fewer than min). */
static int eda_list(const char *opt, const char *arg, char **buf, const char **out, size_t min,
                    size_t max, size_t *n, const char *what)
{
    free(*buf);
    *buf = strdup(arg);
    if (!*buf)
        return cli_usage("eda", "out of memory");
    int rc = cli_split_list("eda", opt, arg, *buf, 0, out, max, n);
    if (!rc && (*n > max || *n < min))
        rc = cli_usage("eda", "--%s takes %zu to %zu %s separated by commas%s, not %zu", opt, min,
                       max, what, strcmp(opt, "by") ? "" : " (or 'none')", *n);
    return rc;
}

/* The columns eda will use, from the options and the reports file's
 * defaults; each absent one is an error naming the option that picks
 * another (an absent default text column is left out with a note). */
typedef struct eda_cols {
    ct_eda_options eo;
    const char *by[CT_EDA_MAX_BY];
    const char *metrics[CT_EDA_MAX_METRICS];
    const char *rate_cols[CT_EDA_MAX_RATES], *rate_names[CT_EDA_MAX_RATES];
    char *by_buf, *col_buf;
    int by_set, cols_set, text_set, target_set;
    /* the reports file's defaults under the names --views, --shares and
     * --status give (role[], NULL when not given) */
    const char *role[NROLES];
    ct_eda_options def;
    const char *def_by[CT_EDA_MAX_BY], *def_metrics[CT_EDA_MAX_METRICS];
    const char *def_rates[CT_EDA_MAX_RATES];
    ct_chart_label labels[EDA_LABELS_MAX];
    /* the command line, for the commands hints suggest (cli_hint_command) */
    int argc;
    char **argv;
} eda_cols;

/* The file's name for a column of the reports file that --views,
 * --shares or --status renames; col itself for any other. */
static const char *renamed(const eda_cols *ec, const char *col)
{
    const ct_score_options q = ct_reports_score_options();
    const char *const course[NROLES] = {q.views_column, q.shares_column, q.status_column};
    for (size_t k = 0; col && k < NROLES; k++)
        if (ec->role[k] && course[k] && strcmp(col, course[k]) == 0)
            return ec->role[k];
    return col;
}

/* ec->def: the reports file's defaults with the renamings, and ec->eo's
 * lists that no option set taken from them. Before 2026-12-05 eda had no
 * --views, --shares, --status: `run --views=V` gave it --columns and --by
 * with the file's names, and eda, matching its rates, its class x ban
 * grouping and its scatter by the reports file's names, left them out
 * (tests/cli/run_columns_renamed_results). */
static void eda_defaults_renamed(eda_cols *ec)
{
    ct_eda_options *d = &ec->def, *o = &ec->eo;
    *d = ct_reports_eda_options();
    for (size_t k = 0; k < d->nby && k < CT_EDA_MAX_BY; k++)
        ec->def_by[k] = renamed(ec, d->by_cols[k]);
    for (size_t k = 0; k < d->nmetrics && k < CT_EDA_MAX_METRICS; k++)
        ec->def_metrics[k] = renamed(ec, d->metrics[k]);
    for (size_t k = 0; k < d->nrates && k < CT_EDA_MAX_RATES; k++)
        ec->def_rates[k] = renamed(ec, d->rate_cols[k]);
    d->by_cols = ec->def_by;
    d->metrics = ec->def_metrics;
    d->rate_cols = ec->def_rates;
    d->rate_denominator = renamed(ec, d->rate_denominator);
    d->cross_col = renamed(ec, d->cross_col);
    if (!ec->by_set)
        o->by_cols = d->by_cols;
    if (!ec->cols_set)
        o->metrics = d->metrics;
    o->rate_cols = d->rate_cols;
    o->rate_denominator = d->rate_denominator;
    o->cross_col = d->cross_col;
}

/* The charts' labels and scatter under the renamed columns (in ec). */
static void eda_chart_labels(eda_cols *ec, ct_eda_chart_options *co)
{
    if (co->nlabels > EDA_LABELS_MAX)
        return;
    for (size_t k = 0; k < co->nlabels; k++) {
        ec->labels[k] = co->labels[k];
        ec->labels[k].column = renamed(ec, co->labels[k].column);
    }
    co->labels = ec->labels;
    co->scatter_x = renamed(ec, co->scatter_x);
    co->scatter_y = renamed(ec, co->scatter_y);
}

/* The reports file's rates whose columns are all among ec's metrics (in
 * ec->metrics, which o->metrics points to). */
static void default_rates(eda_cols *ec)
{
    ct_eda_options *o = &ec->eo;
    const ct_eda_options def = ec->def;
    size_t nr = 0;
    int den = 0;
    for (size_t m = 0; m < o->nmetrics; m++)
        den |= def.rate_denominator && strcmp(o->metrics[m], def.rate_denominator) == 0;
    for (size_t q = 0; q < def.nrates && den; q++)
        for (size_t m = 0; m < o->nmetrics; m++)
            if (strcmp(o->metrics[m], def.rate_cols[q]) == 0) {
                ec->rate_cols[nr] = def.rate_cols[q];
                ec->rate_names[nr++] = def.rate_names[q];
            }
    o->rate_cols = ec->rate_cols;
    o->rate_names = ec->rate_names;
    o->nrates = nr;
    o->rate_denominator = nr ? def.rate_denominator : NULL;
}

/* The library's hint that ends "..., with --NAME=V ..." (the options that
 * keep rows: ct_eda_frame) given as the user's command with them, on a
 * line of its own (cli_hint_command): before 2026-12-05 the options were
 * one word of up to 109 columns in the text (tester AO F3;
 * tests/cli/eda_dropna_used). */
static void hint_as_command(ct_diag *d, int argc, char **argv)
{
    char *with = strstr(d->hint, ", with --");
    if (!with || strstr(with + 1, ", with --"))
        return;
    char opts[CT_DIAG_MSG_MAX];
    snprintf(opts, sizeof opts, "%s", with + 7);
    *with = '\0';
    const char *names[8], *values[8];
    size_t n = 0;
    /* options apart at " --" (a column name may hold a space) */
    for (char *w = opts; w && n < 8;) {
        char *next = strstr(w, " --");
        if (next)
            *next = '\0';
        char *eq = strchr(w, '=');
        if (strncmp(w, "--", 2) == 0 && eq) {
            *eq = '\0';
            names[n] = w + 2;
            values[n++] = eq + 1;
        }
        w = next ? next + 1 : NULL;
    }
    cli_hint_command(d->hint, sizeof d->hint, "eda", argc, argv, optind, names, values, n);
}

/* Whether name is the class column or a grouping column of o. */
static int is_key(const ct_eda_options *o, const char *name);

/* Append to hint "; the file's categorical columns eda does not group by:
 * 'a', 'b'" (the first 8), where a grouping column renamed past
 * recognition is ('verified' for verified_status: before 2026-12-07 the
 * hint named the option alone: tests/cli/eda_default_by_absent_categories);
 * nothing when the file has none. */
static void other_categories(const ct_eda_options *o, const ct_frame *f, char *hint, size_t cap)
{
    size_t at = strlen(hint), shown = 0;
    for (size_t j = 0; j < ct_frame_ncols(f) && at < cap; j++) {
        const ct_column *c = ct_frame_col(f, j);
        if (ct_column_type(c) != CT_TYPE_CATEGORY || is_key(o, ct_column_name(c)))
            continue;
        if (shown == 8) {
            at += (size_t)snprintf(hint + at, cap - at, ", ...");
            break;
        }
        at += (size_t)snprintf(hint + at, cap - at, "%s'%s'",
                               shown ? ", "
                                     : "; the file's categorical columns eda does not group "
                                       "by: ",
                               ct_column_name(c));
        shown++;
    }
}

/* list: the option's list that holds the name as item k (NULL for an
 * option of one column): the name is then shown as the user types it in a
 * list, and a list that split a column whose name holds ',' is hinted. */
static int check_col(const ct_eda_options *o, const ct_frame *f, const char *path, const char *name,
                     int given, const char *option, const char *what, const char *const *list,
                     size_t nlist, size_t k)
{
    size_t j;
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_frame_find(f, name, &j, &d) == CT_OK)
        return 0;
    /* printed as every diagnostic (cli_print_diag): wrapped within 100
     * columns, control bytes of the names shown */
    ct_diag e;
    ct_diag_clear(&e);
    char item[CT_DIAG_MSG_MAX / 2];
    ct_diag_set(&e, CT_ECOLUMN, path, 0, 0, "%s column '%s' is absent", what,
                list ? cli_list_item(item, sizeof item, name) : name);
    if (given && list && ct_frame_list_hint(f, list, nlist, k, e.hint, sizeof e.hint))
        ;
    else if (d.hint[0])
        snprintf(e.hint, sizeof e.hint, "%s", d.hint);
    else if (given) { /* named on the command line: show what the file has */
        cli_file_columns(f, option, e.hint, sizeof e.hint);
    } else if (strcmp(option, "--target=COL") != 0 ||
               !cli_label_elsewhere(f, ct_reports_train_options().positive, name, 2, e.hint,
                                    sizeof e.hint))
    /* (the label under another name is named since 2026-12-06:
         * tests/cli/label_column_renamed) */
    {
        snprintf(e.hint, sizeof e.hint,
                 "it is eda's default (the reports file's); pick another with %s", option);
        const char *status = ct_reports_score_options().status_column;
        if (strncmp(option, "--by", 4) == 0 && status && strcmp(name, status) == 0) {
            const size_t at = strlen(e.hint);
            snprintf(e.hint + at, sizeof e.hint - at,
                     ", or --status=COL for the file's ban status");
        }
        if (strncmp(option, "--by", 4) == 0) /* where a renamed one is (since 2026-12-07) */
            other_categories(o, f, e.hint, sizeof e.hint);
    }
    cli_print_diag(&e);
    return CLI_EXIT_DATA;
}

/* Whether name is the class column or a grouping column of o. */
static int is_key(const ct_eda_options *o, const char *name)
{
    int k = o->class_col && strcmp(o->class_col, name) == 0;
    for (size_t q = 0; q < o->nby && !k; q++)
        k = strcmp(o->by_cols[q], name) == 0;
    return k;
}

/* The --columns value of the file's numeric columns eda can take (up to
 * CT_EDA_MAX_METRICS; no identifier, no column it groups by) into buf;
 * the count, 0 (buf "") when the file has none. */
static size_t file_numeric_columns(const ct_eda_options *o, const ct_frame *f, char *buf,
                                   size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t j = 0; j < ct_frame_ncols(f) && n < CT_EDA_MAX_METRICS; j++) {
        const ct_column *c = ct_frame_col(f, j);
        const char *name = ct_column_name(c);
        if (!ct_column_is_numeric(c) || ct_column_type(c) == CT_TYPE_ID || ct_name_is_id(name) ||
            is_key(o, name))
            continue;
        const size_t at = strlen(buf);
        if (ct_list_append(buf, cap, name) >= cap) {
            buf[at] = '\0'; /* whole names only: one cut short would not be found */
            break;
        }
        n++;
    }
    return n;
}

/* The default numeric columns the file lacks are left out, as an absent
 * default text column is, when one of them is left and none of the absent
 * ones has a near name in the file (a renamed header stays an error with
 * its "did you mean"): the gone ones listed in gone; their count. Before
 * 2026-12-05 each was an error whose hint (--columns) could not be
 * followed with one column left, and run's eda failed on such a file:
 * tests/cli/eda_one_column. */
static size_t default_metrics_present(eda_cols *ec, const ct_frame *f, char *gone, size_t cap)
{
    ct_eda_options *o = &ec->eo;
    size_t kept = 0, ngone = 0, j;
    int near = 0;
    gone[0] = '\0';
    for (size_t k = 0; k < o->nmetrics && !near; k++) {
        ct_diag d;
        ct_diag_clear(&d);
        kept += ct_frame_find(f, o->metrics[k], &j, &d) == CT_OK;
        near = d.hint[0] != '\0';
    }
    if (ec->cols_set || near || kept == 0 || kept == o->nmetrics)
        return 0;
    size_t m = 0;
    for (size_t k = 0; k < o->nmetrics; k++)
        if (ct_frame_find(f, o->metrics[k], &j, NULL) == CT_OK)
            ec->metrics[m++] = o->metrics[k];
        else {
            const size_t at = strlen(gone);
            snprintf(gone + at, cap - at, "%s%s", ngone++ ? ", " : "", o->metrics[k]);
        }
    o->metrics = ec->metrics;
    o->nmetrics = m;
    default_rates(ec);
    return ngone;
}

/* Why the default numeric columns, every one absent, are: list holds the
 * file's numeric columns as --columns takes them (before 2026-12-05
 * "--columns=COL,COL,...": tests/cli/eda_one_column), given as the
 * command the hint ends with (columns_absent). */
static const char *metrics_why(const char *list, char *buf, size_t cap)
{
    if (list[0])
        snprintf(buf, cap,
                 "default numeric columns: --columns names the file's, as the command "
                 "below does");
    else
        snprintf(buf, cap, "default numeric columns; the file has none: --columns=COL names one");
    return buf;
}

/* The user's command with --columns=list into buf (cap bytes), after
 * lead: a command the shell runs as printed, quoted where a name holds a
 * space, and broken between its words when printed (before 2026-12-05 the
 * option stood in the text unquoted, broken at a name's space or 106
 * columns wide: tests/cli/eda_columns_command_quoted). by, when not NULL,
 * is given as --by too: the default grouping columns the file has, or
 * none, when it lacks some of them (before 2026-12-07 the command kept
 * the defaults, and run as printed it failed on them:
 * tests/cli/eda_columns_command_by). */
static void columns_command(const eda_cols *ec, const char *lead, const char *list, const char *by,
                            char *buf, size_t cap)
{
    static const char *const names[] = {"columns", "by"};
    const char *values[] = {list, by};
    snprintf(buf, cap, "%s", lead);
    cli_hint_command(buf, cap, "eda", ec->argc, ec->argv, optind, names, values, by ? 2 : 1);
}

/* The --by value of the default grouping columns f has into buf ("none"
 * when it has none of them), for a command that runs on f. */
static const char *by_present(const ct_eda_options *o, const ct_frame *f, char *buf, size_t cap)
{
    size_t j;
    buf[0] = '\0';
    for (size_t k = 0; k < o->nby; k++)
        if (ct_frame_find(f, o->by_cols[k], &j, NULL) == CT_OK) {
            const size_t at = strlen(buf);
            if (ct_list_append(buf, cap, o->by_cols[k]) >= cap)
                buf[at] = '\0';
        }
    if (!buf[0])
        snprintf(buf, cap, "none");
    return buf;
}

/* Two or more absent columns: one message naming them all, each group
 * with the option that picks others (cli_absent); a single one keeps
 * check_col's message. Returns an exit code, or CLI_EXIT_OK. */
static int columns_absent(const eda_cols *ec, const ct_frame *f, const char *path)
{
    const ct_eda_options *o = &ec->eo;
    char why[CT_DIAG_MSG_MAX / 2];
    cli_absent a;
    cli_absent_init(&a, f);
    cli_absent_add(&a, o->class_col, NULL, 0, 0);
    cli_absent_group(&a,
                     ec->target_set ? "named in --target"
                                    : "eda's default class column: pick another with --target=COL",
                     ec->target_set);
    for (size_t k = 0; k < o->nby; k++)
        cli_absent_add(&a, o->by_cols[k], ec->by_set ? o->by_cols : NULL, o->nby, k);
    char by[CT_DIAG_MSG_MAX / 4];
    const char *by_value =
        cli_absent_group(&a,
                         ec->by_set ? "named in --by"
                                    : "default grouping columns: --by=COL[,COL...] or --by=none",
                         ec->by_set) &&
                !ec->by_set
            ? by_present(o, f, by, sizeof by)
            : NULL;
    for (size_t k = 0; k < o->nmetrics; k++)
        cli_absent_add(&a, o->metrics[k], ec->cols_set ? o->metrics : NULL, o->nmetrics, k);
    char list[CT_DIAG_MSG_MAX / 4] = "";
    if (!ec->cols_set)
        file_numeric_columns(o, f, list, sizeof list);
    if (cli_absent_group(&a,
                         ec->cols_set ? "named in --columns" : metrics_why(list, why, sizeof why),
                         ec->cols_set) &&
        list[0])
        columns_command(ec, "with the file's numeric columns", list, by_value, a.tail,
                        sizeof a.tail);
    if (o->text_col && ec->text_set)
        cli_absent_add(&a, o->text_col, NULL, 0, 0);
    cli_absent_group(&a, "named in --text", 1);
    return a.n > 1 ? cli_absent_fail(&a, path, "eda") : CLI_EXIT_OK;
}

/* The sections built on the reports file's own columns that this file or
 * the options leave out, said on stderr instead of dropped in silence
 * (before 2026-12-05 a --columns or --by naming other columns lost the
 * per-view rates and the class x ban grouping without a word: tester,
 * tests/cli/eda_sections_skipped_said). A column the file lacks is said
 * so, with the option naming the file's own (--views, --status): before
 * 2026-12-07 the note read "which --columns does not name" and "add it to
 * --by", advice that fails on a file without the column
 * (tests/cli/eda_sections_skipped_absent). */
static void note_sections_skipped(const eda_cols *ec, const ct_frame *f, const char *path)
{
    const ct_eda_options *o = &ec->eo;
    const ct_eda_options def = ec->def;
    size_t j;
    if (!o->nrates && def.rate_denominator && def.nrates) {
        char need[CT_DIAG_MSG_MAX / 2] = "";
        size_t at = 0, held = 0;
        for (size_t q = 0; q < def.nrates && at < sizeof need; q++) {
            at += (size_t)snprintf(need + at, sizeof need - at, "%s%s", q ? ", " : "",
                                   def.rate_cols[q]);
            held += ct_frame_find(f, def.rate_cols[q], &j, NULL) == CT_OK;
        }
        int den = 0;
        for (size_t m = 0; m < o->nmetrics; m++)
            den |= strcmp(o->metrics[m], def.rate_denominator) == 0;
        const int den_in_file = ct_frame_find(f, def.rate_denominator, &j, NULL) == CT_OK;
        if (!den_in_file)
            cli_note("%s: no per-view rates: they divide the counts (%s) by the view count "
                     "%s, which the file lacks (--views=COL names the file's view count)",
                     path, need, def.rate_denominator);
        else if (!den)
            cli_note("%s: no per-view rates: they divide the counts (%s) by the view count "
                     "%s, which %s",
                     path, need, def.rate_denominator,
                     ec->cols_set ? "--columns does not name" : "the file lacks");
        else
            cli_note("%s: no per-view rates: %s none of the counts they divide by the view "
                     "count %s (%s)",
                     path, ec->cols_set && held ? "--columns names" : "the file has",
                     def.rate_denominator, need);
    }
    if (!o->cross_col && def.cross_col && o->nby && ec->by_set &&
        !(o->class_col && strcmp(o->class_col, def.cross_col) == 0)) {
        if (ct_frame_find(f, def.cross_col, &j, NULL) == CT_OK)
            cli_note("%s: no %s x %s grouping: --by does not name %s (add it to --by for that "
                     "grouping)",
                     path, o->class_col ? o->class_col : "class", def.cross_col, def.cross_col);
        else
            cli_note("%s: no %s x %s grouping: the file has no column '%s' (--status=COL "
                     "names the file's ban status, for that grouping when --by names it too)",
                     path, o->class_col ? o->class_col : "class", def.cross_col, def.cross_col);
    }
}

static int eda_columns(eda_cols *ec, const ct_frame *f, const char *path)
{
    ct_eda_options *o = &ec->eo;
    int rc;
    static const char *const role_what[NROLES] = {"view count", "share count", "status"};
    for (size_t k = 0; k < NROLES; k++)
        if (ec->role[k] &&
            (rc = check_col(o, f, path, ec->role[k], 1, role_option[k], role_what[k], NULL, 0, 0)))
            return rc;
    char gone[CT_DIAG_MSG_MAX / 2];
    const size_t ngone = default_metrics_present(ec, f, gone, sizeof gone);
    if ((rc = columns_absent(ec, f, path)))
        return rc;
    if ((rc = check_col(o, f, path, o->class_col, ec->target_set, "--target=COL", "class", NULL, 0,
                        0)))
        return rc;
    for (size_t k = 0; k < o->nby; k++)
        if ((rc = check_col(o, f, path, o->by_cols[k], ec->by_set,
                            "--by=COL[,COL...] (or --by=none)", "grouping", o->by_cols, o->nby, k)))
            return rc;
    for (size_t k = 0; k < o->nmetrics; k++)
        if ((rc = check_col(o, f, path, o->metrics[k], ec->cols_set, "--columns=COL,COL,...",
                            "numeric", o->metrics, o->nmetrics, k)))
            return rc;
    size_t j;
    if (ngone) {
        char left[CT_DIAG_MSG_MAX / 2] = "";
        for (size_t k = 0; k < o->nmetrics; k++)
            ct_list_append(left, sizeof left, o->metrics[k]);
        char cmd[CT_DIAG_MSG_MAX];
        columns_command(ec, "left out, as this command would", left, NULL, cmd, sizeof cmd);
        cli_note("%s: the file lacks %zu of eda's default numeric columns (%s): %s", path, ngone,
                 gone, cmd);
    }
    if (o->text_col && ct_frame_find(f, o->text_col, &j, NULL) != CT_OK) {
        if (ec->text_set)
            return check_col(o, f, path, o->text_col, 1, "--text=COL", "text", NULL, 0, 0);
        char near[CT_DIAG_MSG_MAX]; /* "did you mean ...?", as every absent column says */
        ct_frame_near_name(f, o->text_col, near, sizeof near);
        cli_note("%s: no column '%s': text lengths left out (--text=COL names one)%s%s", path,
                 o->text_col, near[0] ? "; " : "", near);
        o->text_col = NULL;
    }
    return 0;
}

/* A --by the user typed that names the class column, or a column twice,
 * or --columns naming one twice: a usage error naming the column. */
static int by_named_twice(const eda_cols *ec)
{
    const ct_eda_options *o = &ec->eo;
    char item[CT_DIAG_MSG_MAX / 2]; /* a name as typed in the list */
    for (size_t k = 0; ec->by_set && k < o->nby; k++) {
        if (o->class_col && strcmp(o->by_cols[k], o->class_col) == 0)
            return cli_usage("eda",
                             "--by names '%s', the class column%s; group by other columns "
                             "(the class is always the first grouping)",
                             cli_list_item(item, sizeof item, o->by_cols[k]),
                             ec->target_set ? " (--target)" : " (eda's default)");
        for (size_t q = 0; q < k; q++)
            if (strcmp(o->by_cols[q], o->by_cols[k]) == 0)
                return cli_usage("eda", "--by names '%s' twice",
                                 cli_list_item(item, sizeof item, o->by_cols[k]));
    }
    for (size_t k = 0; k < o->nmetrics && o->metrics; k++)
        for (size_t q = 0; q < k; q++)
            if (o->metrics[q] && o->metrics[k] && strcmp(o->metrics[q], o->metrics[k]) == 0)
                return cli_usage("eda", "--columns names '%s' twice",
                                 cli_list_item(item, sizeof item, o->metrics[k]));
    return 0;
}

/* --views, --shares or --status naming a column that is already another
 * of eda's defaults (--views=video_like_count): the lists would hold it
 * twice; a usage error naming the option. */
static int role_clash(const eda_cols *ec)
{
    const ct_eda_options *d = &ec->def;
    for (size_t k = 0; k < NROLES; k++) {
        if (!ec->role[k])
            continue;
        size_t n = 0;
        for (size_t m = 0; m < d->nmetrics; m++)
            n += strcmp(d->metrics[m], ec->role[k]) == 0;
        for (size_t m = 0; m < d->nby; m++)
            n += strcmp(d->by_cols[m], ec->role[k]) == 0;
        n += d->class_col && strcmp(d->class_col, ec->role[k]) == 0;
        if (n > 1)
            return cli_usage("eda", "--%.*s names '%s', another of eda's default columns",
                             (int)strcspn(role_option[k] + 2, "="), role_option[k] + 2,
                             ec->role[k]);
    }
    return 0;
}

/* Apply the options to the reports file's defaults. */
static void eda_cols_finish(eda_cols *ec, const char *target, const char *text)
{
    ct_eda_options *o = &ec->eo;
    eda_defaults_renamed(ec);
    const ct_eda_options def = ec->def;
    ec->target_set = target != NULL;
    ec->text_set = text != NULL;
    if (target)
        o->class_col = target;
    if (text)
        o->text_col = strcmp(text, "none") == 0 ? NULL : text;
    if (!ec->by_set && target) {
        /* the default grouping columns without the class column: a target
         * such as verified_status is not also grouped by */
        size_t m = 0;
        for (size_t k = 0; k < o->nby && m < CT_EDA_MAX_BY; k++)
            if (strcmp(o->by_cols[k], target) != 0)
                ec->by[m++] = o->by_cols[k];
        if (m < o->nby) {
            cli_note("%s is the class column (--target), so it is left out of the default "
                     "grouping columns",
                     target);
            if (o->cross_col && strcmp(o->cross_col, target) == 0)
                o->cross_col = NULL;
            o->by_cols = ec->by;
            o->nby = m;
        }
    }
    if (ec->by_set) {
        o->by_cols = ec->by;
        int keep_cross = 0;
        for (size_t k = 0; k < o->nby; k++)
            keep_cross |= def.cross_col && strcmp(o->by_cols[k], def.cross_col) == 0;
        o->cross_col = keep_cross ? def.cross_col : NULL;
    }
    if (ec->cols_set) {
        o->metrics = ec->metrics;
        default_rates(ec);
    }
}

/* --------------------------------------------------------------- JSON */

/* A statistic, null with its "<key>_reason" when not a finite number (as
 * inspect and test say it). */
static void json_stat_num(ct_json *w, const char *key, const ct_eda_stat *s, double v, int is_std)
{
    cli_json_stat(w, key, v, s->count, s->min, s->max, is_std, "group");
}

/* An outlier figure computed from the quartiles (the IQR, a fence): null
 * with "<key>_reason" when not finite. From a quartile that is not finite
 * it takes that quartile's reason; from finite quartiles it is a sum past
 * the range of a double, inf as in pandas (what names the sum). Before
 * 2026-12-05 a bare null: tests/cli/eda_json_outlier_reasons. */
static void json_fence(ct_json *w, const char *key, double v, const ct_eda_outliers *o,
                       const ct_eda_stat *s, const char *what)
{
    if (!isfinite(v) && isfinite(o->q1) && isfinite(o->median) && isfinite(o->q3)) {
        char why[128];
        snprintf(why, sizeof why,
                 "infinite: %s is beyond the range of a double (over 1.8e308), as in pandas", what);
        ct_json_key(w, key);
        ct_json_null(w);
        char k[64];
        snprintf(k, sizeof k, "%s_reason", key);
        ct_json_key(w, k);
        ct_json_str(w, why);
        return;
    }
    json_stat_num(w, key, s, v, 0);
}

static void json_stat(ct_json *w, const ct_eda_stat *s, int full)
{
    ct_json_object_begin(w);
    ct_json_key(w, "count");
    ct_json_uint(w, s->count);
    json_stat_num(w, "mean", s, s->mean, 0);
    json_stat_num(w, "median", s, s->median, 0);
    json_stat_num(w, "std", s, s->std, 1);
    if (full) {
        json_stat_num(w, "min", s, s->min, 0);
        json_stat_num(w, "q1", s, s->q1, 0);
        json_stat_num(w, "q3", s, s->q3, 0);
        json_stat_num(w, "max", s, s->max, 0);
    }
    ct_json_object_end(w);
}

static void json_matrix(ct_json *w, const char *key, const ct_eda *r, const double *c)
{
    ct_json_key(w, key);
    ct_json_array_begin(w);
    for (size_t a = 0; a < r->nmetrics; a++) {
        ct_json_array_begin(w);
        for (size_t b = 0; b < r->nmetrics; b++)
            ct_json_num(w, c[a * r->nmetrics + b]);
        ct_json_array_end(w);
    }
    ct_json_array_end(w);
}

static void json_groupings(ct_json *w, const ct_eda *r)
{
    ct_json_key(w, "groupings");
    ct_json_array_begin(w);
    for (size_t g = 0; g < r->ngroupings; g++) {
        const ct_eda_grouping *gr = &r->groupings[g];
        ct_json_object_begin(w);
        ct_json_key(w, "by");
        ct_json_array_begin(w);
        for (size_t k = 0; k < gr->nkeys; k++)
            ct_json_str(w, gr->keys[k]);
        ct_json_array_end(w);
        ct_json_key(w, "groups");
        ct_json_array_begin(w);
        for (size_t k = 0; k < gr->ngroups; k++) {
            const ct_eda_group *G = &gr->groups[k];
            ct_json_object_begin(w);
            ct_json_key(w, "key");
            ct_json_array_begin(w);
            for (size_t q = 0; q < gr->nkeys; q++)
                ct_json_str(w, G->labels[q]);
            ct_json_array_end(w);
            ct_json_key(w, "rows");
            ct_json_uint(w, G->n);
            ct_json_key(w, "metrics");
            ct_json_object_begin(w);
            for (size_t m = 0; m < r->nmetrics; m++) {
                ct_json_key(w, r->metrics[m]);
                json_stat(w, &G->metrics[m], 0);
            }
            ct_json_object_end(w);
            ct_json_key(w, "rate_medians");
            ct_json_object_begin(w);
            for (size_t q = 0; q < r->nrates; q++) {
                ct_json_key(w, r->rate_names[q]);
                ct_json_object_begin(w);
                if (G->rate_count[q]) {
                    /* a median: never an overflowed sum (no min, max) */
                    cli_json_stat(w, "median", G->rate_median[q], G->rate_count[q], NAN, NAN, 0,
                                  "group");
                } else {
                    ct_json_key(w, "median");
                    ct_json_num(w, G->rate_median[q]);
                    ct_json_key(w, "median_reason");
                    ct_json_str(w, "undefined: no row of the group has a rate (its denominator is "
                                   "0 or negative in every row)");
                }
                ct_json_key(w, "count");
                ct_json_uint(w, G->rate_count[q]);
                ct_json_object_end(w);
            }
            ct_json_object_end(w);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

/* class_test: each metric's rank test across the classes (ct_eda.class_p) */
static void json_class_tests(ct_json *w, const ct_eda *r)
{
    ct_json_key(w, "class_test");
    ct_json_object_begin(w);
    for (size_t m = 0; m < r->nmetrics; m++) {
        ct_json_key(w, r->metrics[m]);
        ct_json_object_begin(w);
        ct_json_key(w, "method");
        if (r->class_k)
            ct_json_str(w, r->class_k == 2 ? "Mann-Whitney U" : "Kruskal-Wallis H");
        else
            ct_json_null(w);
        ct_json_key(w, "classes");
        ct_json_uint(w, r->class_k);
        ct_json_key(w, "p");
        ct_json_num(w, r->class_p[m]);
        if (!isfinite(r->class_p[m])) {
            ct_json_key(w, "p_reason");
            ct_json_str(w, r->class_k ? "undefined: every value is tied"
                                      : "undefined: fewer than two classes of 2 rows or more");
        }
        ct_json_key(w, "log10_p");
        ct_json_num(w, r->class_log10p[m]);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
}

static int write_json(FILE *fp, const char *path, const ct_eda *r, const ct_eda_charts *ch,
                      const ct_load_stats *st, const char *dir, int dropna_used)
{
    ct_json *w = cli_json_begin(fp, "eda", 2);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "file");
    ct_json_str(w, path);
    cli_json_rows(w, st);
    ct_json_key(w, "dropna");
    ct_json_object_begin(w);
    ct_json_key(w, "rows_in");
    ct_json_uint(w, r->rows_in);
    ct_json_key(w, "rows_kept");
    ct_json_uint(w, r->rows_used);
    ct_json_key(w, "rows_dropped");
    ct_json_uint(w, r->rows_dropped);
    ct_json_key(w, "how"); /* added 2026-12-04 with --dropna */
    ct_json_str(w, dropna_used ? "used" : "all");
    ct_json_object_end(w);
    ct_json_key(w, "metrics");
    ct_json_array_begin(w);
    for (size_t m = 0; m < r->nmetrics; m++)
        ct_json_str(w, r->metrics[m]);
    ct_json_array_end(w);
    ct_json_key(w, "overall");
    ct_json_object_begin(w);
    for (size_t m = 0; m < r->nmetrics; m++) {
        ct_json_key(w, r->metrics[m]);
        json_stat(w, &r->overall[m], 1);
    }
    ct_json_object_end(w);
    ct_json_key(w, "rates");
    ct_json_object_begin(w);
    for (size_t q = 0; q < r->nrates; q++) {
        ct_json_key(w, r->rate_names[q]);
        ct_json_object_begin(w);
        ct_json_key(w, "numerator");
        ct_json_str(w, r->rate_cols[q]);
        ct_json_key(w, "denominator");
        ct_json_str(w, r->rate_denominator);
        ct_json_key(w, "summary");
        json_stat(w, &r->rate_overall[q], 1);
        /* the used rows left out of the summary, by why */
        ct_json_key(w, "rows_without_rate");
        ct_json_object_begin(w);
        ct_json_key(w, "zero_denominator");
        ct_json_uint(w, r->rate_den_zero);
        ct_json_key(w, "negative_denominator");
        ct_json_uint(w, r->rate_den_negative);
        ct_json_object_end(w);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
    json_groupings(w, r);
    json_class_tests(w, r);
    ct_json_key(w, "outliers");
    ct_json_object_begin(w);
    ct_json_key(w, "k");
    ct_json_num(w, r->iqr_k);
    for (size_t m = 0; m < r->nmetrics; m++) {
        const ct_eda_outliers *o = &r->outliers[m];
        ct_json_key(w, r->metrics[m]);
        ct_json_object_begin(w);
        const ct_eda_stat *s = &r->overall[m];
        json_stat_num(w, "q1", s, o->q1, 0);
        json_stat_num(w, "median", s, o->median, 0);
        json_stat_num(w, "q3", s, o->q3, 0);
        json_fence(w, "iqr", o->iqr, o, s, "Q3 - Q1");
        json_fence(w, "tukey_fence", o->tukey_fence, o, s, "Q3 + k*IQR");
        ct_json_key(w, "tukey_count");
        ct_json_uint(w, o->tukey);
        json_fence(w, "course_fence", o->course_fence, o, s, "the median + k*IQR");
        ct_json_key(w, "course_count");
        ct_json_uint(w, o->course);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
    json_matrix(w, "pearson", r, r->pearson);
    json_matrix(w, "spearman", r, r->spearman);
    ct_json_key(w, "text_length");
    ct_json_array_begin(w);
    for (size_t c = 0; c < r->ntext; c++) {
        ct_json_object_begin(w);
        ct_json_key(w, "class");
        ct_json_str(w, r->text[c].label);
        ct_json_key(w, "chars");
        json_stat(w, &r->text[c].chars, 0);
        ct_json_key(w, "words");
        json_stat(w, &r->text[c].words, 0);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "charts");
    ct_json_array_begin(w);
    for (size_t k = 0; k < ch->n; k++) {
        ct_json_object_begin(w);
        ct_json_key(w, "file");
        ct_json_str(w, ch->charts[k].file);
        ct_json_key(w, "kind");
        ct_json_str(w, ch->charts[k].kind);
        ct_json_key(w, "title");
        ct_json_str(w, ch->charts[k].title);
        ct_json_key(w, "written");
        ct_json_bool(w, dir != NULL);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "chart_dir");
    ct_json_str(w, dir);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_stdout_error();
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* --------------------------------------------------------------- text */

/* A group's label(s) whole (a table cell holds 1,023 bytes; a label cut
 * at 63 bytes once lost its end, or half a character). */
#define GROUP_LABEL_MAX 1024
static void group_label(char *b, size_t n, const ct_eda_grouping *gr, const ct_eda_group *G)
{
    /* 'x ' quoted beside 'x' (ct_textwidth_label) */
    char l0[GROUP_LABEL_MAX], l1[GROUP_LABEL_MAX];
    const char *a = ct_textwidth_label(l0, sizeof l0, G->labels[0]);
    if (gr->nkeys == 2)
        ct_textwidth_snprintf(b, n, "%s / %s", a, ct_textwidth_label(l1, sizeof l1, G->labels[1]));
    else
        ct_textwidth_snprintf(b, n, "%s", a);
}

/* The cells of a row of mean, median, std (v) that are not finite numbers,
 * counted in notes: under the group's label when the group's count says
 * why (no value, or one for a std), for every column alike; else under
 * "'label' in column" (an infinite value is the column's). */
static void stat_cell_notes(cli_stat_notes *notes, const ct_eda_stat *s, const double *v,
                            const char *label, const char *column)
{
    static const char *const name[] = {"mean", "median", "std"};
    char subj[2 * GROUP_LABEL_MAX];
    if (s->count <= 1)
        ct_textwidth_snprintf(subj, sizeof subj, "'%s'", label);
    else
        ct_textwidth_snprintf(subj, sizeof subj, "'%s' in %s", label, column);
    for (size_t k = 0; k < 3; k++)
        cli_stat_notes_add(notes, name[k], subj, v[k], s->count, s->min, s->max, k == 2, "group");
}

static void text_groupings(FILE *fp, const ct_eda *r)
{
    char a[64];
    for (size_t g = 0; g < r->ngroupings; g++) {
        const ct_eda_grouping *gr = &r->groupings[g];
        if (gr->nkeys == 2)
            cli_heading(fp, "By %s x %s (count, mean, median, std)", gr->keys[0], gr->keys[1]);
        else
            cli_heading(fp, "By %s (count, mean, median, std)", gr->keys[0]);
        ct_table *t = ct_table_create(6);
        static const char *const h[] = {"column", "group", "count", "mean", "median", "std"};
        for (size_t k = 0; k < 6; k++) {
            ct_table_add(t, h[k]);
            ct_table_align(t, k, k >= 2 ? CT_TABLE_DECIMAL : 0);
        }
        cli_table_fit(t);
        /* a row is named by its column and its group: both start every
         * block (a block of std alone once read 1.4716, 1.5532, 1.833 with
         * no group beside them) */
        ct_table_key_columns(t, 2);
        cli_stat_notes *notes = cli_stat_notes_create();
        for (size_t m = 0; m < r->nmetrics; m++)
            for (size_t k = 0; k < gr->ngroups; k++) {
                const ct_eda_stat *s = &gr->groups[k].metrics[m];
                ct_table_add(t, k ? "" : r->metrics[m]);
                char lab[GROUP_LABEL_MAX];
                group_label(lab, sizeof lab, gr, &gr->groups[k]);
                ct_table_add(t, lab);
                ct_numfmt_count(a, sizeof a, s->count);
                ct_table_add(t, a);
                const double v[] = {s->mean, s->median, s->std};
                ct_table_add_stats(t, v, 3);
                stat_cell_notes(notes, s, v, lab, r->metrics[m]);
            }
        (void)ct_table_print(t, fp, "  ");
        ct_table_destroy(t);
        cli_stat_notes_print(notes, fp, 2, gr->ngroups, "every group");
        cli_stat_notes_destroy(notes);
    }
}

/* The used rows with no rate, counted by why (never silently fewer). */
static void text_rates_left_out(FILE *fp, const ct_eda *r)
{
    char a[32], b[32], msg[512];
    const size_t z = r->rate_den_zero, neg = r->rate_den_negative;
    if (!z && !neg)
        return;
    ct_numfmt_count(a, sizeof a, z);
    ct_numfmt_count(b, sizeof b, neg);
    size_t w = 0;
    if (z)
        w += (size_t)snprintf(msg + w, sizeof msg - w, "%s row%s with a %s of 0", a,
                              z == 1 ? "" : "s", r->rate_denominator);
    if (neg)
        w += (size_t)snprintf(msg + w, sizeof msg - w,
                              "%s%s row%s with a negative %s (a count cannot be negative: a data "
                              "error, or a code such as -1 that --na-values=-1 reads as missing)",
                              z ? " and " : "", b, neg == 1 ? "" : "s", r->rate_denominator);
    if (w < sizeof msg)
        snprintf(msg + w, sizeof msg - w, " %s no rate and %s left out of every rate's median",
                 z + neg == 1 ? "has" : "have", z + neg == 1 ? "is" : "are");
    cli_print_wrapped(fp, "  ", 4, msg);
}

static void text_rates(FILE *fp, const ct_eda *r)
{
    if (r->nrates == 0)
        return; /* no view counts: no rate to show */
    fprintf(fp, "\nEngagement rates per view: medians (rows with 0 views have no rate)\n");
    ct_table *t = ct_table_create(2 + r->nrates);
    ct_table_key_columns(t, 2); /* a group is named by its grouping and itself */
    ct_table_add(t, "by");
    ct_table_add(t, "group");
    for (size_t q = 0; q < r->nrates; q++) {
        ct_table_add(t, r->rate_names[q]);
        ct_table_align(t, 2 + q, CT_TABLE_DECIMAL);
    }
    cli_table_fit(t);
    ct_table_add(t, "all");
    ct_table_add(t, "");
    for (size_t q = 0; q < r->nrates; q++)
        ct_table_add_auto(t, r->rate_overall[q].median);
    for (size_t g = 0; g < r->ngroupings; g++) {
        const ct_eda_grouping *gr = &r->groupings[g];
        for (size_t k = 0; k < gr->ngroups; k++) {
            if (k == 0 && gr->nkeys == 2)
                ct_table_addf(t, "%s x %s", gr->keys[0], gr->keys[1]);
            else
                ct_table_add(t, k ? "" : gr->keys[0]);
            char lab[GROUP_LABEL_MAX];
            group_label(lab, sizeof lab, gr, &gr->groups[k]);
            ct_table_add(t, lab);
            for (size_t q = 0; q < r->nrates; q++)
                ct_table_add_auto(t, gr->groups[k].rate_median[q]);
        }
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    text_rates_left_out(fp, r);
}

/* The outlier table's cells (v: Q1, median, Q3, IQR, Tukey fence) that
 * are not finite numbers, with the reasons --json gives (json_fence). */
static void outlier_notes(cli_stat_notes *notes, const ct_eda_outliers *o, const ct_eda_stat *s,
                          const double *v, const char *column)
{
    static const char *const name[] = {"Q1", "median", "Q3", "IQR", "Tukey fence"};
    static const char *const sum[] = {"", "", "", "Q3 - Q1", "Q3 + k*IQR"};
    char subj[600];
    ct_textwidth_snprintf(subj, sizeof subj, "'%s'", column);
    const int quartiles = isfinite(o->q1) && isfinite(o->median) && isfinite(o->q3);
    for (size_t k = 0; k < 5; k++) {
        if (k >= 3 && !isfinite(v[k]) && quartiles) {
            char why[128];
            snprintf(why, sizeof why,
                     "infinite: %s is beyond the range of a double (over 1.8e308), as in pandas",
                     sum[k]);
            cli_stat_notes_add_reason(notes, name[k], subj, why);
        } else
            cli_stat_notes_add(notes, name[k], subj, v[k], s->count, s->min, s->max, 0, "column");
    }
}

static void text_outliers(FILE *fp, const ct_eda *r)
{
    char a[64];
    ct_numfmt_auto(a, sizeof a, r->iqr_k);
    fprintf(fp, "\nOutliers (k = %s; quartiles over all used rows)\n", a);
    fprintf(fp, "  Tukey rule: above Q3 + k*IQR.  Course notebooks' rule: above median + k*IQR.\n");
    ct_table *t = ct_table_create(8);
    static const char *const h[] = {"column", "Q1",          "median", "Q3",
                                    "IQR",    "Tukey fence", "Tukey",  "course"};
    for (size_t k = 0; k < 8; k++) {
        ct_table_add(t, h[k]);
        ct_table_align(t, k, k >= 1 ? CT_TABLE_DECIMAL : 0);
    }
    cli_table_fit(t);
    cli_stat_notes *notes = cli_stat_notes_create();
    for (size_t m = 0; m < r->nmetrics; m++) {
        const ct_eda_outliers *o = &r->outliers[m];
        ct_table_add(t, r->metrics[m]);
        const double v[] = {o->q1, o->median, o->q3, o->iqr, o->tukey_fence};
        ct_table_add_stats(t, v, 5);
        outlier_notes(notes, o, &r->overall[m], v, r->metrics[m]);
        ct_numfmt_count(a, sizeof a, o->tukey);
        ct_table_add(t, a);
        ct_numfmt_count(a, sizeof a, o->course);
        ct_table_add(t, a);
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    cli_stat_notes_print(notes, fp, 2, r->nmetrics, "every column");
    cli_stat_notes_destroy(notes);
}

/* A matrix column header wider than this (a long column name) would make
 * every column as wide: then the columns are headed by the rows' numbers. */
#define EDA_MATRIX_HEAD_MAX 20

static void text_matrix(FILE *fp, const char *head, const ct_eda *r, const double *c)
{
    fprintf(fp, "\n%s\n", head);
    int numbered = 0;
    for (size_t m = 0; m < r->nmetrics && !cli_wide; m++)
        numbered |= ct_textwidth_z(ct_reports_pretty(r->metrics[m])) > EDA_MATRIX_HEAD_MAX;
    ct_table *t = ct_table_create(r->nmetrics + 1);
    ct_table_add(t, "");
    for (size_t m = 0; m < r->nmetrics; m++) {
        if (numbered)
            ct_table_addf(t, "(%zu)", m + 1);
        else
            ct_table_add(t, ct_reports_pretty(r->metrics[m]));
        ct_table_align(t, m + 1, CT_TABLE_DECIMAL);
    }
    cli_table_fit(t);
    for (size_t a = 0; a < r->nmetrics; a++) {
        if (numbered) { /* the name whole, however long */
            const char *name = ct_reports_pretty(r->metrics[a]);
            const size_t len = strlen(name) + 32;
            char *cell = malloc(len);
            if (cell)
                snprintf(cell, len, "(%zu) %s", a + 1, name);
            ct_table_add(t, cell ? cell : name);
            free(cell);
        } else
            ct_table_add(t, ct_reports_pretty(r->metrics[a]));
        for (size_t b = 0; b < r->nmetrics; b++)
            if (isnan(c[a * r->nmetrics + b])) /* a constant column: no bare nan */
                ct_table_add(t, CT_NUMFMT_UNDEFINED);
            else { /* four decimals, more while an r below 1 would read 1.0000 */
                char cell[48];
                const double v = c[a * r->nmetrics + b];
                snprintf(cell, sizeof cell, "%.4f", v);
                if (fabs(v) < 1 && fabs(strtod(cell, NULL)) >= 1)
                    ct_numfmt_stat_below1(cell, sizeof cell, v, 4);
                ct_table_add(t, cell);
            }
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
}

/* The text lengths by class; text_col is the column's name (NULL for none)
 * and text_off says --text=none turned them off. */
static void text_length(FILE *fp, const ct_eda *r, const char *text_col, int text_off)
{
    char a[64];
    if (!r->ntext) { /* no text column: say so, and why, instead of a header without rows */
        fprintf(fp, "\nText length by class: none (%s)\n",
                text_off ? "--text=none" : "the file has no text column; --text=COL names one");
        return;
    }
    const char *def = ct_reports_eda_options().text_col; /* the reports file's: "Transcription" */
    if (text_col && (!def || strcmp(text_col, def) != 0))
        cli_heading(fp, "Length of %s by class (characters = Unicode code points)", text_col);
    else
        fprintf(fp, "\nTranscription length by class (characters = Unicode code points)\n");
    ct_table *t = ct_table_create(8);
    static const char *const h[] = {"class",     "count",      "chars mean",   "chars median",
                                    "chars std", "words mean", "words median", "words std"};
    for (size_t k = 0; k < 8; k++) {
        ct_table_add(t, h[k]);
        ct_table_align(t, k, k >= 1 ? CT_TABLE_DECIMAL : 0);
    }
    cli_table_fit(t);
    cli_stat_notes *notes = cli_stat_notes_create();
    for (size_t c = 0; c < r->ntext; c++) {
        const ct_eda_text *x = &r->text[c];
        char lab[GROUP_LABEL_MAX]; /* 'x ' quoted beside 'x' (ct_textwidth_label) */
        const char *shown = ct_textwidth_label(lab, sizeof lab, x->label);
        ct_table_add(t, shown);
        ct_numfmt_count(a, sizeof a, x->chars.count);
        ct_table_add(t, a);
        /* two features a row: characters, then words */
        const double v[] = {x->chars.mean, x->chars.median, x->chars.std,
                            x->words.mean, x->words.median, x->words.std};
        ct_table_add_stats(t, v, 3);
        ct_table_add_stats(t, v + 3, 3);
        static const char *const name[] = {"chars mean", "chars median", "chars std",
                                           "words mean", "words median", "words std"};
        char subj[GROUP_LABEL_MAX + 2];
        ct_textwidth_snprintf(subj, sizeof subj, "'%s'", shown);
        for (size_t k = 0; k < 6; k++) {
            const ct_eda_stat *st = k < 3 ? &x->chars : &x->words;
            cli_stat_notes_add(notes, name[k], subj, v[k], st->count, st->min, st->max, k % 3 == 2,
                               "class");
        }
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    cli_stat_notes_print(notes, fp, 2, r->ntext, "every class");
    cli_stat_notes_destroy(notes);
}

/* Widest chart file name aligned beside its finding (the reports file's
 * longest, hist_video_download_count.svg, is 29). */
#define FINDINGS_FILE_MAX 36

static void write_text(FILE *fp, const char *path, const ct_eda *r, const ct_eda_charts *ch,
                       const ct_load_stats *st, const char *dir, const eda_cols *ec)
{
    char a[32], b[32];
    (void)st; /* rows read / used / skipped: once, on stderr (cli_note_rows) */
    fprintf(fp, "%s\n", path);
    ct_numfmt_count(a, sizeof a, r->rows_dropped);
    ct_numfmt_count(b, sizeof b, r->rows_used);
    fprintf(fp, "dropped %s row%s with a missing value %s; analysed %s row%s\n", a,
            r->rows_dropped == 1 ? "" : "s",
            ec->eo.dropna == CT_HTEST_DROP_USED ? "in a column eda reads (--dropna=used)"
                                                : "(df.dropna(), as the course does)",
            b, r->rows_used == 1 ? "" : "s");
    fprintf(fp, "\nFindings%s\n", dir ? "" : " (charts not written; use -o DIR)");
    /* file names up to FINDINGS_FILE_MAX columns are aligned in a column
     * of their own; a longer one (long column names) stands on its line,
     * its finding below it, so no finding is squeezed to the right */
    size_t fw = 0;
    for (size_t k = 0; k < ch->n; k++) {
        const size_t w = ct_textwidth_z(ch->charts[k].file);
        fw = w > fw && w <= FINDINGS_FILE_MAX ? w : fw;
    }
    for (size_t k = 0; k < ch->n; k++) {
        char first[300];
        const char *file = ch->charts[k].file;
        if (ct_textwidth_z(file) > fw) {
            cli_print_name(fp, "  ", file); /* cut past the line, as the names in its finding */
            cli_print_wrapped(fp, "    ", 4, ch->charts[k].title);
            continue;
        }
        ct_textwidth_snprintf(first, sizeof first, "  %s%*s  ", file,
                              (int)(fw - ct_textwidth_z(file)), "");
        cli_print_wrapped(fp, first, 2 + fw + 2, ch->charts[k].title);
    }
    text_groupings(fp, r);
    text_rates(fp, r);
    text_outliers(fp, r);
    if (r->nmetrics >= 2) {
        text_matrix(fp, "Pearson correlation", r, r->pearson);
        text_matrix(fp, "Spearman correlation (average ranks)", r, r->spearman);
    } else /* said once, for both matrices and their charts */
        fprintf(fp, "\nCorrelation: none (one numeric column, no pair; no heat map or scatter "
                    "plot)\n");
    text_length(fp, r, ec->eo.text_col, ec->text_set && !ec->eo.text_col);
}

/* ------------------------------------------------------------- charts */

/* Every chart is written to its temporary first and renamed only when all
 * are complete: a chart that cannot be drawn (or a full disk) leaves none of
 * them, not the first few (the folder as it was, apart from being made). */
/* --positive=VALUE that the titles cannot be about: absent from the class
 * column, or with fewer rows than a headline group needs; said, with the
 * class they are about instead (before 2026-12-04 a typo went unnoticed:
 * tests/cli/eda_positive_not_used_noted). */
static void positive_note(const ct_eda *r, const ct_eda_charts *ch, const char *positive)
{
    if (!ch->headline_class || strcmp(ch->headline_class, positive) == 0)
        return;
    size_t ncls = 0, at = SIZE_MAX;
    const char *const *cls = ct_eda_key_levels(r, 0, &ncls);
    for (size_t j = 0; j < ncls && at == SIZE_MAX; j++)
        if (cls[j] && strcmp(cls[j], positive) == 0)
            at = j;
    uint64_t count = 0;
    const int32_t *ix = ct_eda_key_index(r, 0);
    for (size_t i = 0; at != SIZE_MAX && i < r->rows_used; i++)
        count += ix[i] == (int32_t)at;
    char cnt[32], mn[32];
    const char *a = positive, *b = ch->headline_class;
    if (at == SIZE_MAX) {
        cli_note("--positive='%s': no analysed row holds it; the titles give the shares of '%s', "
                 "the most frequent class",
                 a, b);
        return;
    }
    cli_fmt_count(cnt, sizeof cnt, count);
    cli_fmt_count(mn, sizeof mn, ch->headline_group_min);
    cli_note("--positive='%s': %s analysed row%s hold%s it, fewer than the %s a headline group "
             "needs; the titles give the shares of '%s', the most frequent class",
             a, cnt, count == 1 ? "" : "s", count == 1 ? "s" : "", mn, b);
}

static int write_charts(const ct_eda *r, const ct_eda_charts *ch, const char *dir,
                        const char *input)
{
    /* the folders this run makes are removed again when it fails, so a
     * failure leaves no empty folder behind */
    size_t made = 0;
    if (cli_make_dirs_count(dir, &made) != 0) {
        const int err = errno;
        cli_unmake_dirs(dir, made);
        return cli_write_failed_errno(dir, err);
    }
    FILE **fps = calloc(ch->n ? ch->n : 1, sizeof *fps);
    if (!fps) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    int rc = CLI_EXIT_OK;
    size_t k = 0;
    for (; k < ch->n && rc == CLI_EXIT_OK; k++) {
        char path[4096 + 300];
        snprintf(path, sizeof path, "%s/%s", dir, ch->charts[k].file);
        if (!(fps[k] = cli_open_output(path))) {
            rc = cli_open_output_code();
            break;
        }
        ct_diag d;
        ct_diag_clear(&d);
        ct_status s = ct_eda_chart_write(r, ch, k, NULL, fps[k], &d);
        /* flushed now: a full disk is met before any chart is renamed into
         * place, not after the first few are */
        if (s == CT_OK && fflush(fps[k]) != 0)
            s = CT_EIO;
        /* The stream failed (a full disk): the chart's path and the
         * system's cause; before 2026-12-02 the message was "write error
         * while writing a chart" alone (tests/cli/eda_charts_full_disk). */
        if (s == CT_EIO) {
            rc = cli_fail_output(fps[k], s, &d);
            fps[k] = NULL;
        } else if (s)
            rc = cli_fail_in(s, &d, input);
    }
    for (size_t j = 0; j < ch->n; j++) {
        char path[4096 + 300];
        snprintf(path, sizeof path, "%s/%s", dir, ch->charts[j].file);
        if (!fps[j])
            continue;
        if (rc != CLI_EXIT_OK)
            cli_abort_output(fps[j]);
        else
            rc = cli_close_output(fps[j], path);
    }
    free(fps);
    if (rc != CLI_EXIT_OK) {
        cli_unmake_dirs(dir, made);
        return rc;
    }
    cli_made_dirs_keep(dir); /* the charts are in them */
    /* each pooling sentence once: the class's is on several charts, and
     * opens the stacked bars' note before their grouping column's */
    for (size_t j = 0; j < ch->n; j++) {
        const char *note = ch->charts[j].note;
        for (size_t i = 0; i < j && note && *note; i++) {
            const char *prev = ch->charts[i].note;
            const size_t pl = prev ? strlen(prev) : 0;
            if (pl && strncmp(note, prev, pl) == 0 && (note[pl] == '\0' || note[pl] == ' '))
                note += pl + (note[pl] == ' ');
        }
        if (note && *note)
            cli_note("charts: %s", note);
    }
    cli_note("wrote %zu charts to %s", ch->n, dir);
    return rc;
}

/* With --json, a run that fails on the data (exit 1) after loading FILE
 * still writes a short document, as regress's, test's and train's: the
 * file, its rows and `failure`, its message as said on standard error and
 * its cause (cli_last_error, cli_json_cause), so that a program acts on
 * the cause without matching the message's words (before 2026-12-06
 * nothing was written: tests/cli/json_failure_said_checks). Returns rc. */
static int write_failure(int json, const char *path, const ct_load_stats *st, int rc)
{
    if (!json || rc != CLI_EXIT_DATA || cli_json_failure_written())
        return rc;
    const ct_diag *d = cli_last_error();
    ct_json *w = cli_json_failure_begin("eda", 2, path, st, d->message);
    if (!w)
        return rc;
    cli_json_cause(w, d);
    cli_json_failure_end(w);
    return rc;
}

int cmd_eda(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"output-dir", required_argument, NULL, 'o'},
        {"target", required_argument, NULL, OPT_TARGET},
        {"by", required_argument, NULL, OPT_BY},
        {"columns", required_argument, NULL, OPT_COLUMNS},
        {"text", required_argument, NULL, OPT_TEXT},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"dropna", required_argument, NULL, OPT_DROPNA},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"shares", required_argument, NULL, OPT_SHARES},
        {"status", required_argument, NULL, OPT_STATUS},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    cli_load lo;
    cli_load_init(&lo);
    int json = 0, c, rc;
    const char *dir = NULL, *target = NULL, *text = NULL, *positive = NULL;
    eda_cols ec;
    memset(&ec, 0, sizeof ec);
    ec.argc = argc;
    ec.argv = argv;
    ec.eo = ct_reports_eda_options();
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hqo:", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': dir = optarg; break;
        case CLI_OPT_JSON: json = 1; break;
        case OPT_TARGET: target = optarg; break;
        case OPT_TEXT: text = optarg; break;
        case OPT_POSITIVE: positive = optarg; break;
        case OPT_VIEWS: ec.role[ROLE_VIEWS] = optarg; break;
        case OPT_SHARES: ec.role[ROLE_SHARES] = optarg; break;
        case OPT_STATUS: ec.role[ROLE_STATUS] = optarg; break;
        case OPT_DROPNA: /* test's option, its words */
            if (strcmp(optarg, "all") == 0)
                ec.eo.dropna = CT_HTEST_DROP_ALL;
            else if (strcmp(optarg, "used") == 0)
                ec.eo.dropna = CT_HTEST_DROP_USED;
            else {
                free(ec.by_buf);
                free(ec.col_buf);
                cli_load_free(&lo);
                return cli_usage("eda", "--dropna takes 'all' or 'used', not '%s'", optarg);
            }
            break;
        case OPT_BY:
        case OPT_COLUMNS:
            if (c == OPT_BY) {
                ec.by_set = 1;
                if (strcmp(optarg, "none") == 0) {
                    ec.eo.nby = 0;
                    break;
                }
                rc = eda_list("by", optarg, &ec.by_buf, ec.by, 1, CT_EDA_MAX_BY, &ec.eo.nby,
                              "column names");
            } else {
                ec.cols_set = 1;
                rc = eda_list("columns", optarg, &ec.col_buf, ec.metrics, 1, CT_EDA_MAX_METRICS,
                              &ec.eo.nmetrics, "numeric column names");
            }
            if (rc) {
                free(ec.by_buf);
                free(ec.col_buf);
                cli_load_free(&lo);
                return rc;
            }
            break;
        default: {
            int so = cli_shared_option(c, "eda", eda_help, &lo, argv);
            if (so != CLI_OPT_NEXT) {
                free(ec.by_buf);
                free(ec.col_buf);
                cli_load_free(&lo);
                return so;
            }
        }
        }
    }
    eda_cols_finish(&ec, target, text);
    rc = 0;
    if (argc - optind != 1)
        rc = cli_operands_usage("eda", argc, argv, optind);
    else if (cli_name_arg("eda", "target", target, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("eda", "text", text, "column name (or none)") != CLI_OPT_NEXT ||
             cli_name_arg("eda", "positive", positive, "class value") != CLI_OPT_NEXT ||
             cli_name_arg("eda", "views", ec.role[ROLE_VIEWS], "column name") != CLI_OPT_NEXT ||
             cli_name_arg("eda", "shares", ec.role[ROLE_SHARES], "column name") != CLI_OPT_NEXT ||
             cli_name_arg("eda", "status", ec.role[ROLE_STATUS], "column name") != CLI_OPT_NEXT)
        rc = CLI_EXIT_USAGE;
    else if (dir && !*dir)
        rc = cli_usage("eda", "-o needs a directory name");
    else if (dir && strcmp(dir, "-") == 0)
        rc = cli_usage("eda", "-o names a directory for the charts; '-' (standard output) "
                              "cannot hold them");
    else if (cli_refuse_file_as_folder(dir, (const char *const[]){argv[optind]}, 1,
                                       "the charts cannot be written into it",
                                       "-o names the folder eda writes its charts into: give a "
                                       "new folder or an existing one") != CLI_OPT_NEXT ||
             cli_refuse_path_through_file(dir) != CLI_OPT_NEXT)
        rc = CLI_EXIT_USAGE;
    else if ((rc = role_clash(&ec)) || (rc = by_named_twice(&ec)))
        ;
    else if (ct_eda_options_check(&ec.eo))
        rc = cli_usage("eda", "%s", ct_eda_options_check(&ec.eo));
    if (rc) {
        free(ec.by_buf);
        free(ec.col_buf);
        cli_load_free(&lo);
        return rc;
    }
    const char *path = argv[optind];
    ct_frame *f = NULL;
    ct_load_stats st;
    rc = cli_load_frame(&lo, path, &f, &st);
    cli_load_free(&lo);
    const int loaded = rc == CLI_EXIT_OK; /* st holds FILE's rows */
    if (!rc) {
        cli_note_rows(&st, path);
        /* a queue given for the reports file, read by the default columns:
         * said first and alone (tests/cli/files_queue_given_named) */
        if (!(ec.by_set || ec.cols_set || ec.text_set || ec.target_set))
            rc = cli_fail_queue_given(f, "a reports file",
                                      "give the reports file the queue was scored from; eda reads "
                                      "a queue's own columns when named (--columns, --by, "
                                      "--target)");
    }
    if (!rc)
        rc = cli_fail_no_rows(f, &st, path);
    if (!rc) {
        const cli_counts cn = {ec.role[ROLE_VIEWS], ec.role[ROLE_SHARES]};
        cli_note_negative(f, path, &cn);
        cli_note_level_variants(f, path);
    }
    if (!rc)
        rc = eda_columns(&ec, f, path);
    if (rc) {
        ct_frame_destroy(f);
        free(ec.by_buf);
        free(ec.col_buf);
        return loaded ? write_failure(json, path, &st, rc) : rc;
    }
    ct_eda *r = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_eda_frame(f, &ec.eo, &r, &d);
    /* after the analysis ran: the sections it left out are news only then
     * (before 2026-12-07 said before a grouping column's type error too:
     * tests/cli/eda_sections_skipped_absent) */
    if (s == CT_OK)
        note_sections_skipped(&ec, f, path);
    if (s == CT_OK && ec.eo.dropna == CT_HTEST_DROP_ALL) { /* a sparse column eda does not read */
        const ct_eda_options *eo = &ec.eo;
        const char *used[2 + CT_EDA_MAX_BY + CT_EDA_MAX_METRICS];
        size_t nu = 0;
        used[nu++] = eo->class_col;
        used[nu++] = eo->text_col;
        for (size_t k = 0; k < eo->nby; k++)
            used[nu++] = eo->by_cols[k];
        for (size_t k = 0; k < eo->nmetrics; k++)
            used[nu++] = eo->metrics[k];
        cli_note_dropna_unused(f, path, used, nu,
                               "--dropna=used keeps them (eda then drops only the rows missing "
                               "a column it reads)");
    }
    ct_frame_destroy(f);
    free(ec.by_buf);
    free(ec.col_buf);
    if (s) {
        hint_as_command(&d, argc, argv);
        return write_failure(json, path, &st, cli_fail_in(s, &d, path));
    }
    ct_eda_charts *ch = NULL;
    ct_eda_chart_options co = ct_reports_eda_chart_options();
    eda_chart_labels(&ec, &co);
    if (ec.target_set || ec.by_set || ec.cols_set) {
        co.unit = "row"; /* other columns: not necessarily the reports file's videos */
        co.unit_plural = "rows";
    }
    if (ec.target_set) /* another class column: its most frequent class, not 'claim' */
        co.positive = NULL;
    if (positive)
        co.positive = positive;
    if (co.scatter_x &&
        (ct_eda_metric_index(r, co.scatter_x) < 0 || ct_eda_metric_index(r, co.scatter_y) < 0)) {
        /* other columns: the scatter of the first two (one column: none) */
        co.scatter_x = r->nmetrics >= 2 ? r->metrics[0] : NULL;
        co.scatter_y = r->nmetrics >= 2 ? r->metrics[1] : NULL;
    }
    if ((s = ct_eda_charts_build(r, &co, &ch, &d)) != CT_OK) {
        ct_eda_free(r);
        return write_failure(json, path, &st, cli_fail_in(s, &d, path));
    }
    if (positive)
        positive_note(r, ch, positive);
    if (dir && (rc = write_charts(r, ch, dir, path)) != 0) {
        ct_eda_charts_free(ch);
        ct_eda_free(r);
        return write_failure(json, path, &st, rc);
    }
    if (json) {
        rc = write_json(stdout, path, r, ch, &st, dir, ec.eo.dropna == CT_HTEST_DROP_USED);
    } else {
        char *tb; /* control bytes from the data shown visibly */
        size_t tl;
        FILE *out = cli_text_open(&tb, &tl);
        write_text(out, path, r, ch, &st, dir, &ec);
        cli_text_close(out, &tb, &tl);
        rc = CLI_EXIT_OK;
    }
    ct_eda_charts_free(ch);
    ct_eda_free(r);
    return rc;
}
