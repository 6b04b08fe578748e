/* cmd_test.c — `claimtriage test FILE`: hypothesis tests with the method
 * chosen from checked assumptions (library: claimtriage/htest.h; sentences
 * claimtriage/htest_text.h; defaults claimtriage/reports_defaults.h). */
#include "cli.h"

#include <claimtriage/textwidth.h>

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char test_help[] =
    "usage: claimtriage test FILE [--json] [--alpha A] [--by COL] [--measure COL]\n"
    "                        [--target COL] [--status COL] [--views COL] [--shares COL]\n"
    "       claimtriage test FILE [--json] [--alpha A] --pair COL1,COL2\n\n"
    "Hypothesis tests on a reports CSV file ('-' reads standard input).\n"
    "Without options: video_view_count by verified_status (two-group comparison),\n"
    "then claim_status x author_ban_status and claim_status x verified_status\n"
    "(association of categorical columns). Each default test runs on its own: one\n"
    "that cannot run (an absent column, one group) is listed as skipped with why.\n\n"
    "Comparison: assumptions checked (D'Agostino-Pearson normality per group,\n"
    "Levene/Brown-Forsythe equal variances); Welch's t-test when samples are "
    "large or\n"
    "normality is plausible, else Mann-Whitney U; Student's t, Welch and "
    "Mann-Whitney\n"
    "always shown; mean difference with CI, Hedges' g, rank-biserial r. More "
    "than two\n"
    "groups: one-way ANOVA, Welch's ANOVA, Kruskal-Wallis. A group of one row: the rank test,\n"
    "the figures that need its variance undefined (no sample variance).\n"
    "Association: chi-square test (Yates-corrected and uncorrected for 2x2),\n"
    "expected-count check, Cramer's V, Fisher's exact test for 2x2 tables.\n\n"
    "Options:\n"
    "  --json                  machine-readable output (see docs/test.md)\n"
    "  --alpha=A               significance level, 1e-15 <= A < 1 (default 0.05);\n"
    "                          the assumption checks stay at 0.05\n"
    "  --by=COL                compare the measure across the groups of COL, categorical\n"
    "                          or an integer code of at most 100 values (default\n"
    "                          verified_status); runs the comparison only, but\n"
    "                          with --target\n"
    "  --measure=COL           the numeric column compared (default video_view_count);\n"
    "                          as --by\n"
    "  --target=COL            the class column of the default associations (default\n"
    "                          claim_status); the comparison runs too, of --measure\n"
    "                          by --by when given\n"
    "  --status=COL            the other column of the default association TARGET x COL\n"
    "                          (default author_ban_status); the default tests run,\n"
    "                          as with --target\n"
    "  --positive=VALUE        the class whose share an association's sentence gives\n"
    "                          (default 'claim' on the reports file's columns, else\n"
    "                          the most frequent; so too when VALUE has too few rows)\n";
/* the rest of --help (one string would pass C's 4,095-byte limit) */
static const char test_help_tail[] =
    "  --views=COL             the file's name for video_view_count: the default\n"
    "                          measure, and its negative values are said as the\n"
    "                          counts' are; absent: an error\n"
    "  --shares=COL            its name for video_share_count (its negative values\n"
    "                          said); absent: an error\n"
    "  --pair=COL1,COL2        association of two different columns, each categorical\n"
    "                          or an integer code of at most 100 values\n"
    "                          (a name holding ',' in double quotes; docs/cli.md)\n"
    "  --dropna=all|used       drop rows missing any column (default, as "
    "pandas\n"
    "                          df.dropna()) or only rows missing a column the "
    "test uses\n" CLI_LOAD_HELP CLI_COMMON_HELP
    "\nExit status: 0 when a test ran (default tests that could not are listed as\n"
    "skipped), 1 bad data (no test could run: absent or wrong-typed column, one\n"
    "group), 2 bad command line, 3 I/O error.\n\nExample:\n  claimtriage test "
    "reports.csv\n"
    "  claimtriage test reports.csv --by claim_status --measure "
    "video_like_count\n";

enum {
    OPT_ALPHA = CLI_OPT_FIRST_FREE,
    OPT_BY,
    OPT_MEASURE,
    OPT_PAIR,
    OPT_DROPNA,
    OPT_TARGET,
    OPT_POSITIVE,
    OPT_STATUS,
    OPT_VIEWS,
    OPT_SHARES
};

/* Text wrapped to 100 columns, as all text for people (cli.h). */
static void wrap(FILE *fp, const char *first, size_t cont, const char *text)
{
    cli_print_wrapped(fp, first, cont, text);
}

/* scipy.stats.normaltest warns "kurtosistest only valid for n>=20" for
 * groups of 8 to 19 values: their K2 p-value is approximate, and the
 * verdict of normality, which may choose the test, rests on it. Said once,
 * naming those groups. */
#define KURTOSISTEST_VALID_N 20
static void kurtosis_note(FILE *fp, const ct_htest_compare *r)
{
    char text[1024];
    size_t len = 0, count = 0;
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        if (G->normality.undefined || G->n >= KURTOSISTEST_VALID_N)
            continue;
        if (len < sizeof text - 1)
            len += (size_t)snprintf(text + len, sizeof text - len, "%s'%s' (n = %zu)",
                                    count ? ", " : "", G->label, G->n);
        count++;
    }
    if (!count)
        return;
    if (len > 60) /* many groups or long labels: their count */
        len = (size_t)snprintf(text, sizeof text, "%zu groups of fewer than %d values", count,
                               KURTOSISTEST_VALID_N);
    snprintf(text + len, sizeof text - len,
             ": the kurtosis test in K2 needs %d values to be valid (scipy warns "
             "'kurtosistest only valid for n>=20'): the normality p-value is approximate",
             KURTOSISTEST_VALID_N);
    wrap(fp, "      note: ", 8, text);
}

/* A number that may not be finite: null and a sibling "<key>_reason" then
 * (docs/test.md). */
static void json_num_or(ct_json *w, const char *key, double v, const char *reason)
{
    ct_json_key(w, key);
    ct_json_num(w, v);
    if (isfinite(v))
        return;
    char k[96];
    snprintf(k, sizeof k, "%s_reason", key);
    ct_json_key(w, k);
    ct_json_str(w, reason ? reason : isnan(v) ? "undefined" : "infinite");
}

/* The decisions' wording: the reports file's ("with 40 videos") while every
 * column tested is one of that file's, "rows" once a column of another file
 * is chosen (--by, --measure, --pair, --target: its rows are not
 * necessarily videos), as eda does. */
static int other_columns;
static const char *positive_opt; /* --positive, or NULL */

static ct_htest_text_options text_options(void)
{
    ct_htest_text_options o = ct_reports_htest_text_options();
    if (other_columns) { /* and its most frequent row level, not 'claim' */
        o.unit = "row";
        o.unit_plural = "rows";
        o.positive = NULL;
    }
    if (positive_opt)
        o.positive = positive_opt;
    return o;
}

static int reports_column(const char *name)
{
    const ct_schema *sc = ct_reports_schema();
    for (size_t k = 0; name && k < sc->ncolumns; k++)
        if (strcmp(sc->columns[k].name, name) == 0)
            return 1;
    return !name;
}

/* Why Welch's t has no df (the library leaves it NaN only then). */
#define WELCH_DF_UNDEFINED                                                                         \
    "undefined: the Welch-Satterthwaite degrees of freedom are 0/0 (both groups constant) or "     \
    "infinite/infinite (an infinite value); scipy uses 1 internally, which leaves t and p "        \
    "unchanged"

/* ---------------------------------------------------------------- JSON */

static void json_p(ct_json *w, ct_pvalue p, const char *why)
{
    json_num_or(w, "p", p.p, why);
    json_num_or(w, "log10_p", p.log10p,
                p.p == 0 ? "p is exactly 0, so its logarithm is -infinite" : why);
    ct_json_key(w, "p_below_1e-300");
    ct_json_bool(w, p.p < 1e-300);
}

static void json_stat(ct_json *w, const char *key, const ct_htest_stat *s)
{
    ct_json_key(w, key);
    if (s->method == CT_HTEST_NONE) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "method");
    ct_json_str(w, ct_htest_method_name(s->method));
    json_num_or(w, "statistic", s->statistic, s->undefined);
    if (!isnan(s->df2) || s->method == CT_HTEST_WELCH_ANOVA) { /* its df2 can be undefined */
        ct_json_key(w, "df1");
        ct_json_num(w, s->df1);
        json_num_or(w, "df2", s->df2, s->undefined);
    } else if (!isnan(s->df1)) {
        ct_json_key(w, "df");
        ct_json_num(w, s->df1);
    } else if (s->method == CT_HTEST_WELCH_T) /* both groups constant, inf, or one row */
        json_num_or(w, "df", NAN,
                    s->undefined && strcmp(s->undefined, CT_HTEST_ONE_ROW_UNDEFINED) == 0
                        ? s->undefined
                        : WELCH_DF_UNDEFINED);
    else { /* a test without degrees of freedom (Mann-Whitney's U): the key
            * stays, null, so every test object has the same keys (before
            * 2026-12-05 it was left out: tests/cli/test_json_mw_df_null) */
        ct_json_key(w, "df");
        ct_json_null(w);
    }
    json_p(w, s->p, s->undefined);
    ct_json_object_end(w);
}

/* A test that does not apply (method NONE) but has a reason: null + reason. */
static void json_stat_or(ct_json *w, const char *key, const ct_htest_stat *s)
{
    json_stat(w, key, s);
    if (s->method != CT_HTEST_NONE || !s->undefined)
        return;
    char k[96];
    snprintf(k, sizeof k, "%s_reason", key);
    ct_json_key(w, k);
    ct_json_str(w, s->undefined);
}

static void json_effect(ct_json *w, const ct_htest_effect *e)
{
    ct_json_key(w, "effect_size");
    ct_json_object_begin(w);
    ct_json_key(w, "measure");
    ct_json_str(w, e->name);
    json_num_or(w, "value", e->value, e->undefined);
    ct_json_key(w, "size");
    ct_json_str(w, ct_htest_size_name(e->size));
    ct_json_key(w, "small");
    ct_json_num(w, e->small);
    ct_json_key(w, "medium");
    ct_json_num(w, e->medium);
    ct_json_key(w, "large");
    ct_json_num(w, e->large);
    ct_json_key(w, "convention");
    ct_json_str(w, e->convention);
    ct_json_key(w, "chance_level"); /* null but for eta² and epsilon² */
    ct_json_num(w, e->chance);
    ct_json_object_end(w);
}

static void json_compare(ct_json *w, const ct_htest_compare *r)
{
    ct_json_object_begin(w);
    ct_json_key(w, "measure");
    ct_json_str(w, r->measure);
    ct_json_key(w, "by");
    ct_json_str(w, r->by);
    ct_json_key(w, "n");
    ct_json_uint(w, r->n);
    ct_json_key(w, "rows_dropped_missing");
    ct_json_uint(w, r->rows_dropped);
    ct_json_key(w, "groups_left_out");
    if (r->groups_left_out)
        ct_json_str(w, r->groups_left_out);
    else
        ct_json_null(w);
    ct_json_key(w, "groups");
    ct_json_array_begin(w);
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        ct_json_object_begin(w);
        ct_json_key(w, "label");
        ct_json_str(w, G->label);
        ct_json_key(w, "n");
        ct_json_uint(w, G->n);
        json_num_or(w, "mean", G->mean,
                    isnan(G->mean) ? "undefined: the group holds infinite values of both signs "
                                     "(scipy gives not-a-number)"
                                   : "infinite: the group holds an infinite value, or its sum "
                                     "overflows a double (beyond 1.8e308), as in scipy");
        json_num_or(w, "std", G->sd,
                    G->n == 1      ? CT_HTEST_ONE_ROW_UNDEFINED
                    : isnan(G->sd) ? "undefined: computed from infinite values (an infinite minus "
                                     "an infinite), where scipy gives not-a-number"
                                   : "infinite: the squared deviations overflow a double (beyond "
                                     "1.8e308), as in scipy");
        json_num_or(w, "median", G->median,
                    isnan(G->median) ? "undefined: the middle values are -infinite and infinite"
                                     : "infinite: the middle value is infinite");
        ct_json_key(w, "rank_sum");
        ct_json_num(w, G->rank_sum);
        json_stat_or(w, "normality", &G->normality);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "assumptions");
    ct_json_object_begin(w);
    ct_json_key(w, "normal_plausible");
    ct_json_bool(w, r->normal_plausible);
    ct_json_key(w, "large_samples");
    ct_json_bool(w, r->large_samples);
    json_stat(w, "levene", &r->levene);
    ct_json_key(w, "equal_variances_plausible");
    if (r->variances_equal < 0) { /* no verdict from an undefined test */
        ct_json_null(w);
        ct_json_key(w, "equal_variances_plausible_reason");
        ct_json_str(w, r->levene.undefined ? r->levene.undefined : "Levene's test is undefined");
    } else
        ct_json_bool(w, r->variances_equal);
    ct_json_object_end(w);
    ct_json_key(w, "chosen");
    ct_json_str(w, ct_htest_method_name(r->chosen));
    ct_json_key(w, "chosen_reason");
    ct_json_str(w, r->chosen_reason);
    json_stat(w, "primary", &r->primary);
    ct_json_key(w, "reject");
    ct_json_bool(w, r->reject);
    if (r->ngroups == 2) {
        json_stat(w, "welch_t", &r->welch);
        json_stat(w, "student_t", &r->student);
        json_stat(w, "mann_whitney_u", &r->mann_whitney);
        ct_json_key(w, "mann_whitney_exact");
        ct_json_bool(w, r->mw_exact);
        ct_json_key(w, "mann_whitney_z");
        ct_json_num(w, r->mw_z);
        if (isnan(r->mw_z)) {
            ct_json_key(w, "mann_whitney_z_reason");
            ct_json_str(w, r->mw_z_undefined ? r->mw_z_undefined
                                             : "not used: the exact distribution was");
        }
        ct_json_key(w, "mean_difference");
        ct_json_object_begin(w);
        /* null with its reason when a group holds an infinite value
         * (before 2026-12-05 null alone: tests/cli/test_json_mean_difference_inf):
         * infinite as the text says when one mean is (inf - x = inf, as
         * numpy), undefined when both are (inf - inf) */
        json_num_or(w, "estimate", r->mean_diff,
                    isinf(r->mean_diff)
                        ? "infinite: a group's mean is infinite (the group holds an "
                          "infinite value)"
                        : r->infinite_reason_text);
        json_num_or(w, "se", r->se_diff,
                    r->infinite_reason_text ? r->infinite_reason_text : r->diff_ci_undefined);
        ct_json_key(w, "conf_level");
        ct_json_num(w, r->conf_level);
        json_num_or(w, "low", r->diff_lo, r->diff_ci_undefined);
        json_num_or(w, "high", r->diff_hi, r->diff_ci_undefined);
        ct_json_object_end(w);
        ct_json_key(w, "hedges_g");
        ct_json_object_begin(w);
        json_num_or(w, "estimate", r->hedges_g, r->hedges_undefined);
        json_num_or(w, "low", r->g_lo, r->hedges_undefined);
        json_num_or(w, "high", r->g_hi, r->hedges_undefined);
        ct_json_object_end(w);
        ct_json_key(w, "rank_biserial_r");
        ct_json_num(w, r->rank_biserial);
        ct_json_key(w, "common_language_effect_size");
        ct_json_num(w, r->cles);
        ct_json_key(w, "directions_disagree");
        ct_json_bool(w, r->directions_disagree);
    } else {
        json_stat(w, "anova", &r->anova);
        json_stat(w, "welch_anova", &r->welch_anova);
        json_stat(w, "kruskal_wallis", &r->kruskal);
        json_num_or(w, "eta_squared", r->eta_sq,
                    r->infinite_reason_text ? r->infinite_reason_text
                                            : "undefined: every value is the same");
        json_num_or(w, "epsilon_squared", r->epsilon_sq, r->kruskal.undefined);
    }
    json_effect(w, &r->effect);
    const ct_htest_text_options to = text_options();
    char *t = ct_htest_text_compare_decision(r, &to);
    ct_json_key(w, "decision");
    ct_json_str(w, t);
    ct_free(t);
    t = ct_htest_text_compare_summary(r);
    ct_json_key(w, "summary");
    ct_json_str(w, t);
    ct_free(t);
    ct_json_object_end(w);
}

static void json_assoc(ct_json *w, const ct_htest_assoc *r)
{
    ct_json_object_begin(w);
    ct_json_key(w, "rows");
    ct_json_str(w, r->row);
    ct_json_key(w, "columns");
    ct_json_str(w, r->col);
    ct_json_key(w, "n");
    ct_json_uint(w, r->n);
    ct_json_key(w, "rows_dropped_missing");
    ct_json_uint(w, r->rows_dropped);
    ct_json_key(w, "row_levels");
    ct_json_array_begin(w);
    for (size_t i = 0; i < r->nrows; i++)
        ct_json_str(w, r->row_levels[i]);
    ct_json_array_end(w);
    ct_json_key(w, "column_levels");
    ct_json_array_begin(w);
    for (size_t j = 0; j < r->ncols; j++)
        ct_json_str(w, r->col_levels[j]);
    ct_json_array_end(w);
    for (int e = 0; e < 2; e++) {
        ct_json_key(w, e ? "expected" : "observed");
        ct_json_array_begin(w);
        for (size_t i = 0; i < r->nrows; i++) {
            ct_json_array_begin(w);
            for (size_t j = 0; j < r->ncols; j++) {
                if (e)
                    ct_json_num(w, r->expected[i * r->ncols + j]);
                else
                    ct_json_uint(w, r->counts[i * r->ncols + j]);
            }
            ct_json_array_end(w);
        }
        ct_json_array_end(w);
    }
    ct_json_key(w, "expected_check");
    ct_json_object_begin(w);
    ct_json_key(w, "min_expected");
    ct_json_num(w, r->min_expected);
    ct_json_key(w, "threshold");
    ct_json_num(w, r->expected_threshold);
    ct_json_key(w, "cells_below");
    ct_json_uint(w, r->cells_below);
    ct_json_key(w, "share_below");
    ct_json_num(w, r->share_below);
    ct_json_key(w, "adequate");
    ct_json_bool(w, r->expected_ok);
    ct_json_object_end(w);
    json_stat(w, "chi2", &r->chi2);
    ct_json_key(w, "yates_applied");
    ct_json_bool(w, r->yates_applied);
    json_stat(w, "chi2_uncorrected", &r->chi2_uncorrected);
    ct_json_key(w, "cramers_v");
    ct_json_num(w, r->cramers_v);
    if (r->has_fisher) {
        ct_json_key(w, "fisher_exact");
        ct_json_object_begin(w);
        json_num_or(w, "odds_ratio", r->fisher.statistic, r->fisher.undefined);
        json_p(w, r->fisher.p, NULL);
        ct_json_object_end(w);
    } else {
        ct_json_key(w, "fisher_exact");
        ct_json_null(w);
    }
    ct_json_key(w, "chi2_monte_carlo");
    if (r->has_mc) {
        ct_json_object_begin(w);
        ct_json_key(w, "statistic");
        ct_json_num(w, r->chi2_mc.statistic);
        json_p(w, r->chi2_mc.p, NULL);
        ct_json_key(w, "tables");
        ct_json_uint(w, CT_HTEST_MC_TABLES);
        ct_json_key(w, "seed");
        ct_json_uint(w, CT_HTEST_MC_SEED);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_key(w, "chosen");
    ct_json_str(w, ct_htest_method_name(r->chosen));
    ct_json_key(w, "reject");
    ct_json_bool(w, r->reject);
    json_effect(w, &r->effect);
    const ct_htest_text_options to = text_options();
    char *t = ct_htest_text_assoc_decision(r, &to);
    ct_json_key(w, "decision");
    ct_json_str(w, t);
    ct_free(t);
    t = ct_htest_text_assoc_summary(r);
    ct_json_key(w, "summary");
    ct_json_str(w, t);
    ct_free(t);
    ct_json_object_end(w);
}

/* ---------------------------------------------------------------- text */

/* a p-value cell, with the digits that keep it on alpha's side */
static void p_cell(char *buf, size_t n, ct_pvalue p, double alpha)
{
    ct_numfmt_pvalue_cell_vs(buf, n, p.p, p.log10p, alpha);
}

static void stat_row(ct_table *t, const char *name, const ct_htest_stat *s, int chosen,
                     double alpha)
{
    char b[64];
    ct_table_addf(t, "%s%s", name, chosen ? " *" : "");
    ct_table_add_auto(t, s->statistic);
    if (isnan(s->df1) && s->method == CT_HTEST_WELCH_T)
        ct_table_add(t, CT_NUMFMT_UNDEFINED);
    else if (isnan(s->df1))
        ct_table_add(t, "");
    else if (s->method == CT_HTEST_WELCH_ANOVA && isnan(s->df2))
        ct_table_addf(t, "%.6g, " CT_NUMFMT_UNDEFINED, s->df1);
    else if (isnan(s->df2))
        ct_table_addf(t, "%.6g", s->df1);
    else
        ct_table_addf(t, "%.6g, %.6g", s->df1, s->df2);
    p_cell(b, sizeof b, s->p, alpha);
    ct_table_add(t, b);
}

static ct_table *stat_table(void)
{
    ct_table *t = ct_table_create(4);
    cli_table_fit(t);
    ct_table_add(t, "test");
    ct_table_add(t, "statistic");
    ct_table_add(t, "df");
    ct_table_add(t, "p");
    /* numbers on their point; "1, 16" (df) and "< 1e-300 (log10 ...)" (p)
     * right-aligned to the edge */
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    ct_table_align(t, 2, CT_TABLE_DECIMAL);
    ct_table_align(t, 3, CT_TABLE_DECIMAL);
    return t;
}

static void decision(FILE *fp, double alpha, char *sentence, char *line)
{
    fprintf(fp, "\n  Decision at alpha = %g\n", alpha);
    wrap(fp, "    ", 4, sentence);
    wrap(fp, "    Data team: ", 6, line);
    ct_free(sentence);
    ct_free(line);
}

/* "    note: Welch's t: infinite: both groups ..." for every test of a table
 * whose statistic is not a finite number. */
static void stat_notes(FILE *fp, const ct_htest_stat *const *s, const char *const *name, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (s[i]->undefined) {
            char *head = NULL;
            size_t len = strlen(name[i]) + 16;
            if ((head = malloc(len))) {
                snprintf(head, len, "    note: %s: ", name[i]);
                wrap(fp, head, 6, s[i]->undefined);
                free(head);
            }
        }
}

/* The normality verdict names its groups: "rejected (K2 p < 0.05) in
 * 'verified'; undefined in 'tiny'" (too few values, or no p-value: one
 * word, as the table's cell and the method's reason say it). A rejected
 * group's p is in the table above; an undefined one's reason follows on a
 * line of its own. */
static void normality_line(FILE *fp, const ct_htest_compare *r)
{
    static const char lead[] = "    normality (D'Agostino-Pearson K2, per group): ";
    if (r->normal_plausible) {
        fprintf(fp, "%splausible in every group\n", lead);
        return;
    }
    enum { NAMED = 6 }; /* more groups than this: the rest counted */
    char *text = NULL;
    size_t cap = 0;
    FILE *m = open_memstream(&text, &cap);
    if (!m)
        return;
    for (int kind = 0; kind < 2; kind++) { /* 0 rejected, 1 undefined */
        size_t count = 0, total = 0;
        for (size_t g = 0; g < r->ngroups; g++) {
            const ct_htest_group *G = &r->groups[g];
            /* the library's rule, as the method's reason: rejected, or
             * undefined, too small or without a p, together */
            const ct_htest_normal_kind k = ct_htest_normality_kind(G, r->assumption_alpha);
            if (k == CT_HTEST_NORMAL_PLAUSIBLE || (k == CT_HTEST_NORMAL_REJECTED) != (kind == 0))
                continue;
            total++;
            if (++count > NAMED)
                continue;
            if (count > 1)
                fputs(", ", m);
            else if (kind == 0)
                fprintf(m, "rejected (K2 p < %g) in ", r->assumption_alpha);
            else
                fputs(ftell(m) ? "; undefined in " : "undefined in ", m);
            fprintf(m, "'%s'", G->label);
        }
        if (total > NAMED)
            fprintf(m, " and %zu more", total - NAMED);
    }
    if (fclose(m) == 0 && text)
        wrap(fp, lead, 6, text);
    free(text);
}

static void text_compare(FILE *fp, const ct_htest_compare *r)
{
    char a[64], b[64], c[64];
    ct_numfmt_count(a, sizeof a, r->n);
    char head[1024]; /* long column names wrap within 100 columns */
    ct_textwidth_snprintf(head, sizeof head, "%s by %s (N = %s)", r->measure, r->by, a);
    wrap(fp, "Comparison: ", 2, head);
    fputc('\n', fp);
    ct_table *t = ct_table_create(7);
    cli_table_fit(t);
    static const char *const h[] = {"group", "n", "mean", "std", "median", "normality K2", "p"};
    for (size_t k = 0; k < 7; k++) {
        ct_table_add(t, h[k]);
        /* numbers on their point; '< 1e-300 (log10 -625.9)' right-aligned */
        ct_table_align(t, k, k == 0 ? 0 : CT_TABLE_DECIMAL);
    }
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        char lab[1024]; /* 'x ' quoted beside 'x' (ct_textwidth_label) */
        ct_table_add(t, ct_textwidth_label(lab, sizeof lab, G->label));
        ct_numfmt_count(a, sizeof a, G->n);
        ct_table_add(t, a);
        const double v[] = {G->mean, G->sd, G->median};
        ct_table_add_stats(t, v, 3);
        ct_table_add_auto(t, G->normality.statistic);
        p_cell(a, sizeof a, G->normality.p, r->assumption_alpha);
        ct_table_add(t, a);
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    /* a group of the file every row of which was dropped for a missing
     * value: said, not left out unsaid (tests/cli/test_group_all_missing) */
    if (r->groups_left_out)
        wrap(fp, "  left out: ", 4, r->groups_left_out);
    /* a group of one row is compared, not refused (since 2026-12-06), but
     * one value says little about its group: said plainly */
    for (size_t g = 0; g < r->ngroups; g++)
        if (r->groups[g].n == 1) {
            const char *l = r->groups[g].label;
            const size_t len = strlen(l) + 256;
            char *line = malloc(len);
            if (line) {
                snprintf(line, len,
                         "group '%s' has one row: too few to say much about that group; the "
                         "figures that need its variance are undefined",
                         l);
                wrap(fp, "  note: ", 4, line);
                free(line);
            }
        }

    /* the assumptions at their own level, not --alpha's: said when the
     * two differ (before 2026-12-05 a stricter --alpha loosened them:
     * tests/cli/test_assumption_level_fixed) */
    if (r->assumption_alpha != r->alpha)
        fprintf(fp, "\n  Assumptions (checked at %g, whatever --alpha)\n", r->assumption_alpha);
    else
        fprintf(fp, "\n  Assumptions\n");
    normality_line(fp, r);
    for (size_t g = 0; g < r->ngroups; g++)
        if (r->groups[g].normality.undefined) {
            char *line = NULL;
            size_t len = strlen(r->groups[g].label) + 16;
            if ((line = malloc(len))) {
                snprintf(line, len, "      '%s': ", r->groups[g].label);
                wrap(fp, line, 8, r->groups[g].normality.undefined);
                free(line);
            }
        }
    kurtosis_note(fp, r);
    if (r->variances_equal < 0)
        wrap(fp, "    equal variances (Levene, median-centred = Brown-Forsythe): ", 6,
             r->levene.undefined ? r->levene.undefined : "undefined");
    else {
        p_cell(a, sizeof a, r->levene.p, r->assumption_alpha);
        /* from 1e9 up as the tests table prints it: no 14-digit fixed point */
        ct_numfmt_stat(b, sizeof b, r->levene.statistic, 4);
        /* "p = 2.22e-86", but "p < 1e-300 (log10 -437.5)", not "p = < ...";
         * that form runs past 100 columns: then on a line of its own */
        static const char lead[] = "    equal variances (Levene, median-centred = Brown-Forsythe):";
        char line[192];
        snprintf(line, sizeof line, "W = %s, p %s%s", b, isdigit((unsigned char)a[0]) ? "= " : "",
                 a);
        if (strlen(lead) + 1 + strlen(line) <= 100)
            fprintf(fp, "%s %s\n", lead, line);
        else
            fprintf(fp, "%s\n      %s\n", lead, line);
        fprintf(fp, "      -> %s\n", r->variances_equal ? "plausible" : "variances differ");
    }
    fprintf(fp, "    large samples (every group n >= %zu): %s\n", r->large_n,
            r->large_samples ? "yes" : "no");
    {
        /* the reason names groups and figures: wrapped within 100 columns */
        const char *name = ct_htest_method_name(r->chosen);
        const size_t len = strlen(name) + strlen(r->chosen_reason) + 4;
        char *line = malloc(len);
        if (line) {
            snprintf(line, len, "%s (%s)", name, r->chosen_reason);
            wrap(fp, "    -> method: ", 6, line);
            free(line);
        }
    }

    fprintf(fp, "\n  Tests (* = chosen; the others are a sensitivity check)\n");
    t = stat_table();
    const ct_htest_stat *st[4];
    const char *nm[4];
    if (r->ngroups == 2) {
        st[0] = &r->welch, nm[0] = "Welch's t";
        st[1] = &r->student, nm[1] = "Student's t";
        st[2] = &r->mann_whitney,
        nm[2] = r->mw_exact ? "Mann-Whitney U1 (exact)" : "Mann-Whitney U1";
        stat_row(t, nm[0], st[0], r->chosen == CT_HTEST_WELCH_T, r->alpha);
        stat_row(t, nm[1], st[1], 0, r->alpha);
        stat_row(t, nm[2], st[2], r->chosen == CT_HTEST_MANN_WHITNEY, r->alpha);
    } else {
        st[0] = &r->welch_anova, nm[0] = "Welch's ANOVA F";
        st[1] = &r->anova, nm[1] = "one-way ANOVA F";
        st[2] = &r->kruskal, nm[2] = "Kruskal-Wallis H";
        stat_row(t, nm[0], st[0], r->chosen == CT_HTEST_WELCH_ANOVA, r->alpha);
        stat_row(t, nm[1], st[1], 0, r->alpha);
        stat_row(t, nm[2], st[2], r->chosen == CT_HTEST_KRUSKAL, r->alpha);
    }
    st[3] = &r->levene, nm[3] = "Levene (median) W";
    stat_row(t, nm[3], st[3], 0, r->assumption_alpha);
    (void)ct_table_print(t, fp, "    ");
    ct_table_destroy(t);
    stat_notes(fp, st, nm, 4);

    fprintf(fp, "\n  Effect sizes\n");
    if (r->ngroups == 2) {
        /* 97.5, not 98, at --alpha=0.025; 99.9999999999999, not 100, at
         * 1e-15 (ct_numfmt_level_pct: tests/cli/ci_label_tiny_alpha) */
        char cl[32];
        ct_numfmt_level_pct(cl, sizeof cl, r->conf_level);
        /* the two bounds with one count of decimals, each its own digits
         * ([1.1198, 5.4817], not [1.12, 5.4817] as before 2026-12-05:
         * tests/cli/test_directions_disagree), and the estimate with them
         * (-4.9980 [-5.0490, -4.9469], not -4.998 as before 2026-12-06:
         * tests/cli/test_mean_diff_ci_decimals) */
        const int dlo = ct_numfmt_auto_decimals(r->diff_lo),
                  dhi = ct_numfmt_auto_decimals(r->diff_hi);
        const int dci = dlo > dhi ? dlo : dhi;
        ct_numfmt_auto_at(a, sizeof a, r->mean_diff, dci);
        ct_numfmt_auto_at(b, sizeof b, r->diff_lo, dci);
        ct_numfmt_auto_at(c, sizeof c, r->diff_hi, dci);
        ct_numfmt_interval(b, c, sizeof b, r->diff_lo, r->diff_hi);
        char l0[1024], l1[1024]; /* 'x ' quoted beside 'x' (ct_textwidth_label) */
        const char *g0 = ct_textwidth_label(l0, sizeof l0, r->groups[0].label);
        const char *g1 = ct_textwidth_label(l1, sizeof l1, r->groups[1].label);
        size_t len = strlen(g0) + strlen(g1) + 256;
        char *md = malloc(len);
        if (md) {
            snprintf(md, len, "(%s - %s): %s, %s%% CI [%s, %s] (Welch-Satterthwaite)", g0, g1, a,
                     cl, b, c);
            wrap(fp, "    mean difference ", 6, md);
            free(md);
        }
        if (r->diff_ci_undefined) /* "[undefined, undefined]" says why */
            wrap(fp, "      note: CI: ", 8, r->diff_ci_undefined);
        if (r->hedges_undefined)
            wrap(fp, "    Hedges' g: ", 6, r->hedges_undefined);
        else { /* a pooled sd of rounding noise: no 16-digit fixed point */
            char h0[64], h1[64], h2[64];
            if (r->chosen == CT_HTEST_WELCH_T) /* on its side of the cuts, as "size" */
                ct_htest_text_effect_value(h0, sizeof h0, &r->effect, 4);
            else
                ct_numfmt_stat(h0, sizeof h0, r->hedges_g, 4);
            ct_numfmt_stat(h1, sizeof h1, r->g_lo, 4);
            ct_numfmt_stat(h2, sizeof h2, r->g_hi, 4);
            ct_numfmt_interval(h1, h2, sizeof h1, r->g_lo, r->g_hi);
            fprintf(fp, "    Hedges' g: %s, %s%% CI [%s, %s]\n", h0, cl, h1, h2);
        }
        /* group labels are the data's: long ones wrap within the width */
        len = strlen(g0) + strlen(g1) + 128;
        char *rb = malloc(len);
        if (rb) {
            char rv[64], r1[48]; /* on its side of the cuts when it is the size; a tiny r is
                                  * not "0.0000" (ct_numfmt_stat) */
            if (r->chosen == CT_HTEST_MANN_WHITNEY)
                ct_htest_text_effect_value(rv, sizeof rv, &r->effect, 4);
            else
                ct_numfmt_stat_below1(rv, sizeof rv, r->rank_biserial, 4);
            ct_numfmt_stat_below1(r1, sizeof r1, r->cles, 4);
            snprintf(rb, len, "%s (P(%s > %s) + ties/2 = %s)", rv, g0, g1, r1);
            wrap(fp, "    rank-biserial r: ", 6, rb);
            free(rb);
        }
    } else {
        ct_numfmt_auto(a, sizeof a, r->eta_sq);
        ct_numfmt_auto(b, sizeof b, r->epsilon_sq);
        fprintf(fp, "    eta squared (SSB/SST): %s; epsilon squared (H/(N-1)): %s\n", a, b);
        if (isnan(r->eta_sq) && r->infinite_reason_text)
            wrap(fp, "      note: eta squared: ", 8, r->infinite_reason_text);
    }
    const ct_htest_effect *e = &r->effect;
    fprintf(fp, "    size (%s, %s): %s", e->name, e->convention, ct_htest_size_name(e->size));
    if (!isnan(e->chance) && !isnan(e->value) && e->value >= e->small && e->value <= e->chance) {
        char ch[32];
        ct_numfmt_auto(ch, sizeof ch, e->chance);
        fprintf(fp, "\n      (no larger than chance alone gives: (k-1)/(N-1) = %s)", ch);
    }
    fputc('\n', fp);
    const ct_htest_text_options to = text_options();
    decision(fp, r->alpha, ct_htest_text_compare_decision(r, &to),
             ct_htest_text_compare_summary(r));
}

/* A contingency table's column level wider than this is numbered. */
#define TEST_LEVEL_HEAD_MAX 20

static void text_assoc(FILE *fp, const ct_htest_assoc *r)
{
    char a[64], b[64];
    ct_numfmt_count(a, sizeof a, r->n);
    char head[1024]; /* long column names wrap within 100 columns */
    ct_textwidth_snprintf(head, sizeof head, "%s x %s (N = %s)", r->row, r->col, a);
    wrap(fp, "Association: ", 2, head);
    fputc('\n', fp);
    ct_table *t = ct_table_create(r->ncols + 1);
    cli_table_fit(t); /* many column levels (an integer code) print in blocks */
    ct_table_add(t, r->row);
    /* column levels wider than TEST_LEVEL_HEAD_MAX (long labels) would make
     * every column as wide, one a block past the line: numbered instead,
     * the labels listed whole above the table */
    int numbered = 0;
    char lab[1024]; /* 'x ' quoted beside 'x' (ct_textwidth_label) */
    for (size_t j = 0; j < r->ncols && !cli_wide; j++)
        numbered |= ct_textwidth_z(ct_textwidth_label(lab, sizeof lab, r->col_levels[j])) >
                    TEST_LEVEL_HEAD_MAX;
    for (size_t j = 0; j < r->ncols; j++) {
        if (numbered)
            ct_table_addf(t, "(%zu)", j + 1);
        else
            ct_table_add(t, ct_textwidth_label(lab, sizeof lab, r->col_levels[j]));
        ct_table_align(t, j + 1, CT_TABLE_DECIMAL);
    }
    if (numbered) {
        const size_t len = strlen(r->col) + 16;
        char *legend = malloc(len);
        if (legend)
            snprintf(legend, len, "columns (%s):", r->col);
        cli_print_wrapped(fp, "  ", 4, legend);
        free(legend);
        for (size_t j = 0; j < r->ncols; j++) {
            char num[32];
            snprintf(num, sizeof num, "    (%zu) ", j + 1);
            cli_print_wrapped(fp, num, 8, ct_textwidth_label(lab, sizeof lab, r->col_levels[j]));
        }
    }
    /* every expected count with the same decimals, one unless the smallest
     * would read 0 ("(16.0)" beside "(10.6)", not "(16)": before
     * 2026-12-05 trailing zeros were dropped cell by cell) */
    int dec = 1;
    while (dec < 4 && r->min_expected > 0 && r->min_expected * pow(10, dec) < 0.5)
        dec++;
    for (size_t i = 0; i < r->nrows; i++) {
        ct_table_add(t, ct_textwidth_label(lab, sizeof lab, r->row_levels[i]));
        for (size_t j = 0; j < r->ncols; j++) {
            ct_numfmt_count(a, sizeof a, r->counts[i * r->ncols + j]);
            ct_numfmt_fixed(b, sizeof b, r->expected[i * r->ncols + j], dec);
            ct_table_addf(t, "%s (%s)", a, b);
        }
    }
    fprintf(fp, "  observed (expected under independence)\n");
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    ct_numfmt_auto(a, sizeof a, r->min_expected);
    fprintf(fp, "\n  Expected counts: smallest %s; %zu of %zu cells below %g\n    -> %s\n", a,
            r->cells_below, r->nrows * r->ncols, r->expected_threshold,
            r->expected_ok ? "chi-square approximation adequate"
            : r->has_fisher
                ? "too small for the chi-square approximation (Cochran): Fisher's exact test"
                : "too small for the chi-square approximation (Cochran): its p-value simulated");
    fprintf(fp, "\n  Tests (* = chosen)\n");
    t = stat_table();
    stat_row(t, r->yates_applied ? "chi-square, Yates-corrected" : "chi-square", &r->chi2,
             r->chosen == CT_HTEST_CHI2, r->alpha);
    if (r->yates_applied || (r->nrows == 2 && r->ncols == 2))
        stat_row(t, "chi-square, uncorrected", &r->chi2_uncorrected, 0, r->alpha);
    if (r->has_fisher)
        stat_row(t, "Fisher exact (odds ratio)", &r->fisher, r->chosen == CT_HTEST_FISHER,
                 r->alpha);
    if (r->has_mc)
        stat_row(t, "chi-square, Monte Carlo p (2,000 tables)", &r->chi2_mc,
                 r->chosen == CT_HTEST_CHI2_MC, r->alpha);
    (void)ct_table_print(t, fp, "    ");
    ct_table_destroy(t);
    if (r->has_fisher && r->fisher.undefined)
        wrap(fp, "    note: Fisher's odds ratio: ", 6, r->fisher.undefined);
    char cv[48]; /* a tiny V is not "0.0000" (ct_numfmt_stat) */
    ct_numfmt_stat_below1(cv, sizeof cv, r->cramers_v, 4);
    fprintf(fp, "    Cramer's V: %s (%s; %s)\n", cv, ct_htest_size_name(r->effect.size),
            r->effect.convention);
    const ct_htest_text_options to = text_options();
    decision(fp, r->alpha, ct_htest_text_assoc_decision(r, &to), ct_htest_text_assoc_summary(r));
}

/* ------------------------------------------------------------- command */

typedef struct test_plan {
    const char *measure, *by; /* comparison, or NULL */
    const char *pair[2][2];   /* associations */
    size_t npairs;
    int defaults; /* the reports file's default tests: each runs on its own */
    const char *measure_opt, *by_opt, *pair_opt[2][2]; /* the option that picks each column */
    const char *pair_skip[2]; /* a default association skipped before it runs: why */
} test_plan;

/* The reason a test was skipped, with the option that picks another column
 * when the column came from the defaults. A near name (the library's "did
 * you mean 'VIDEO_VIEW_COUNT'? The file's column differs from
 * 'video_view_count' in letter case") is the likely fix: it comes right
 * after the message, without the column the message names again, and the
 * option is dropped. Before 2026-12-07 the option came first and the
 * reason ran to three lines (tests/cli/test_near_name_short). The near
 * name and its difference come from the diagnostic's fields
 * (ct_frame_near_diag), not from the hint's English (before 2026-12-07
 * parsed out of it). */
static char *skip_reason(const ct_diag *d, ct_status s, const char *opt)
{
    const char *msg = d->message[0] ? d->message : ct_status_str(s);
    const char *hint = d->hint[0] ? d->hint : NULL;
    size_t len = strlen(msg) + (opt ? strlen(opt) : 0) + (hint ? strlen(hint) : 0) + 64;
    char *r = malloc(len);
    if (!r)
        return NULL;
    if (hint && d->near_name[0] && d->near_differs[0])
        snprintf(r, len, "%s; did you mean '%s'? The file's column differs in %s", msg,
                 d->near_name, d->near_differs);
    else if (hint && d->near_name[0]) /* a typo's guess: the hint says the edits */
        snprintf(r, len, "%s; %s", msg, hint);
    else if (s == CT_ECOLUMN && opt)
        snprintf(r, len, "%s (a default column: pick another with %s)%s%s", msg, opt,
                 hint ? "; " : "", hint ? hint : "");
    else
        snprintf(r, len, "%s%s%s", msg, hint ? "; " : "", hint ? hint : "");
    return r;
}

/* --positive=VALUE that no association's sentence is about: no association
 * ran, or its class column lacks VALUE or holds it in fewer rows than a
 * headline group needs; said, with the level the sentence gives instead
 * (before 2026-12-04 a typo went unnoticed: tests/cli/test_positive_not_used_noted). */
static void positive_note(ct_htest_assoc *const *as, size_t n)
{
    if (!positive_opt)
        return;
    const ct_htest_text_options o = text_options();
    int any = 0;
    for (size_t k = 0; k < n; k++) {
        if (!as[k])
            continue;
        any = 1;
        if (k && as[0] && strcmp(as[0]->row, as[k]->row) == 0)
            continue; /* the same class column: said once */
        uint64_t held = 0, min = 0;
        const size_t pos = ct_htest_text_assoc_class(as[k], &o, &held, &min);
        const char *used = as[k]->row_levels[pos];
        if (strcmp(used, positive_opt) == 0)
            continue;
        char cnt[32], mn[32];
        cli_fmt_count(cnt, sizeof cnt, held);
        cli_fmt_count(mn, sizeof mn, min);
        if (!held)
            cli_note("--positive='%s': no analysed row of %s holds it; the association's sentence "
                     "gives the shares of '%s', the most frequent level",
                     positive_opt, as[k]->row, used);
        else
            cli_note("--positive='%s': %s analysed row%s of %s hold%s it, fewer than the %s a "
                     "headline group needs; the association's sentence gives the shares of '%s', "
                     "the most frequent level",
                     positive_opt, cnt, held == 1 ? "" : "s", as[k]->row, held == 1 ? "s" : "", mn,
                     used);
    }
    if (!any)
        cli_note("--positive='%s' has no effect: it picks the class an association's sentence is "
                 "about, and no association ran",
                 positive_opt);
}

/* Every test refused, each because --dropna=all left no row: the hint
 * says why (ct_frame_explain_missing) and names each refused test's own
 * columns. The first refusal's hint named only its own ("'video_view_count'
 * or 'verified_status', the columns this test uses") before 2026-12-04,
 * though --dropna=used let all three run: tests/cli/test_dropna_all_hint_each_test.
 * cols[k] is test k's pair of columns; n of them (more than one). */
static void emptied_hint(ct_diag *d, const ct_frame *f, const char *const (*cols)[2], size_t n)
{
    char *h = d->hint;
    const size_t cap = sizeof d->hint;
    ct_frame_explain_missing(f, h, cap);
    size_t k = strlen(h);
    k += (size_t)snprintf(h + k, cap - k,
                          "%s--dropna=used drops, for each test, only the rows missing one of "
                          "its own columns: ",
                          h[0] ? "; " : "");
    for (size_t t = 0; t < n && k < cap; t++)
        k += (size_t)snprintf(h + k, cap - k, "%s'%s' or '%s'", t ? "; " : "", cols[t][0],
                              cols[t][1]);
}

/* With --json, a run in which no test could run (exit 1) still writes a
 * short document, as regress's and train's: the file, its rows and
 * `failure`, its message and the comparison's cause (cli_json_cause; the
 * comparison is the plan's milestone), so that run's manifest and the
 * report act on the cause without matching the message's words (since
 * 2026-12-05: tests/cli/report_pmo_reason_kinds). So does any other
 * failure on the data, its message and cause the error's as said
 * (cli_last_error: no rows, an absent column; since 2026-12-06:
 * tests/cli/json_failure_said_checks). */
static void write_failure(const char *path, const ct_load_stats *st, const char *message,
                          const ct_diag *cause)
{
    if (cli_json_failure_written())
        return;
    ct_json *w = cli_json_failure_begin("test", 2, path, st, message);
    if (!w)
        return;
    cli_json_cause(w, cause);
    cli_json_failure_end(w);
}

/* The remedy the dropna sentence ends with, in a note or a hint */
#define DROPNA_USED_REMEDY                                                                         \
    "--dropna=used keeps them (each test then drops only the rows missing its own columns)"

/* The columns the plan's tests use, into used[6] (NULL where none) */
static const char *const *dropna_used(const test_plan *pl, const char **used)
{
    for (size_t k = 0; k < 6; k++)
        used[k] = NULL;
    used[0] = pl->measure;
    used[1] = pl->by;
    for (size_t k = 0; k < pl->npairs && k < 2; k++)
        used[2 + 2 * k] = pl->pair[k][0], used[3 + 2 * k] = pl->pair[k][1];
    return used;
}

/* A test refused on the rows df.dropna() left (one group, one level, a
 * group of one value) whose other rows were dropped for a column no test
 * reads: the hint says so, as the note would have (cli_dropna_unused_text);
 * an empty result and an absent column have hints of their own. */
static void dropna_hint(const ct_frame *f, const ct_htest_options *o, ct_status s, ct_diag *d,
                        const char *a, const char *b)
{
    if (o->dropna != CT_HTEST_DROP_ALL || d->hint[0] || s == CT_EEMPTY || s == CT_ECOLUMN ||
        s == CT_ENOMEM || s == CT_EINVAL)
        return;
    const char *used[2] = {a, b};
    (void)cli_dropna_unused_text(f, used, 2, DROPNA_USED_REMEDY, d->hint, sizeof d->hint);
}

static int run(const char *path, const ct_frame *f, const ct_load_stats *st, const test_plan *pl,
               const ct_htest_options *o, int json)
{
    ct_htest_compare *cmp = NULL;
    ct_htest_assoc *as[2] = {NULL, NULL};
    char *skipped[3] = {NULL, NULL, NULL}; /* reasons: comparison, pair 0, pair 1 */
    /* their causes, as the library said them (skipped[].cause, cli_json_cause:
     * plan --status and the report act on it, never on the reason's words) */
    ct_diag causes[3];
    for (size_t k = 0; k < 3; k++)
        ct_diag_clear(&causes[k]);
    const char *used[6]; /* the tests' columns (dropna_used) */
    ct_diag d, emptied;  /* emptied: the first test that found every row dropped */
    ct_status s;
    int rc = CLI_EXIT_OK, ran = 0, nempty = 0, nskip = 0;
    const char *empty_cols[3][2]; /* the columns of each test refused for no rows */
    ct_diag_clear(&emptied);
    if (pl->measure) {
        ct_diag_clear(&d);
        if ((s = ct_htest_compare_frame(f, pl->measure, pl->by, o, &cmp, &d))) {
            if (!pl->defaults || s == CT_ENOMEM || s == CT_EINVAL) {
                const char *opt = strstr(d.message, pl->measure) ? pl->measure_opt : pl->by_opt;
                if (s == CT_ECOLUMN && opt && !d.hint[0])
                    snprintf(d.hint, sizeof d.hint,
                             "'%s' is the reports file's default; pick another column with %s",
                             opt == pl->measure_opt ? pl->measure : pl->by, opt);
                /* a column the user named, near no column: the file's
                 * columns, as eda's hint gives them (before 2026-12-06 the
                 * bare "is absent": tests/cli/absent_column_lists_columns) */
                if (s == CT_ECOLUMN && !d.hint[0]) {
                    cli_file_columns(f,
                                     strstr(d.message, pl->measure) ? "--measure=COL" : "--by=COL",
                                     d.hint, sizeof d.hint);
                }
                dropna_hint(f, o, s, &d, pl->measure, pl->by);
                rc = cli_fail_in(s, &d, path);
                goto done;
            }
            nskip++;
            if (s == CT_EEMPTY) {
                empty_cols[nempty][0] = pl->measure;
                empty_cols[nempty][1] = pl->by;
                if (nempty++ == 0)
                    emptied = d;
            }
            skipped[0] =
                skip_reason(&d, s, strstr(d.message, pl->measure) ? pl->measure_opt : pl->by_opt);
            causes[0] = d;
        } else
            ran++;
    }
    for (size_t k = 0; k < pl->npairs; k++) {
        if (pl->pair_skip[k]) {
            skipped[k + 1] = strdup(pl->pair_skip[k]);
            continue;
        }
        ct_diag_clear(&d);
        if ((s = ct_htest_assoc_frame(f, pl->pair[k][0], pl->pair[k][1], o, &as[k], &d))) {
            if (!pl->defaults || s == CT_ENOMEM || s == CT_EINVAL) {
                if (s == CT_ECOLUMN && !d.hint[0]) { /* as the comparison's, above */
                    cli_file_columns(f, "--pair=COL,COL", d.hint, sizeof d.hint);
                }
                dropna_hint(f, o, s, &d, pl->pair[k][0], pl->pair[k][1]);
                rc = cli_fail_in(s, &d, path);
                goto done;
            }
            nskip++;
            if (s == CT_EEMPTY) {
                empty_cols[nempty][0] = pl->pair[k][0];
                empty_cols[nempty][1] = pl->pair[k][1];
                if (nempty++ == 0)
                    emptied = d;
            }
            /* the class column absent (before 2026-12-07 said bare, where
             * eda, train and evaluate name the column holding 'claim', and a
             * --target typo named nothing: tests/cli/test_target_absent_hinted) */
            const int target_absent = s == CT_ECOLUMN && !d.hint[0] &&
                                      ct_frame_find(f, pl->pair[k][0], &(size_t){0}, NULL) != CT_OK;
            if (target_absent && pl->pair_opt[k][0])
                cli_label_elsewhere(
                    f, positive_opt ? positive_opt : ct_reports_train_options().positive,
                    pl->pair[k][0], 0, d.hint, sizeof d.hint);
            else if (target_absent)
                cli_file_columns(f, "--target=COL", d.hint, sizeof d.hint);
            skipped[k + 1] = skip_reason(
                &d, s, strstr(d.message, pl->pair[k][0]) ? pl->pair_opt[k][0] : pl->pair_opt[k][1]);
            causes[k + 1] = d;
        } else
            ran++;
    }
    if (!ran && nempty && nempty == nskip && o->dropna == CT_HTEST_DROP_ALL) {
        /* one cause for every test: dropping rows with a missing value left
         * none; said once, with the column that did it */
        snprintf(emptied.message + strlen(emptied.message),
                 sizeof emptied.message - strlen(emptied.message), ": no test could run");
        if (nempty > 1)
            emptied_hint(&emptied, f, (const char *const(*)[2])empty_cols, (size_t)nempty);
        rc = cli_fail_in(CT_EEMPTY, &emptied, path);
        goto done;
    }
    if (!ran) { /* nothing could run: say why for each, exit as bad data */
        fprintf(stderr, "%s: no test could run:\n", path);
        /* each reason wrapped within 100 columns, as all text for people */
        char head[256];
        if (pl->measure) {
            snprintf(head, sizeof head, "  comparison %s by %s: ", pl->measure, pl->by);
            wrap(stderr, head, 4, skipped[0] ? skipped[0] : "out of memory");
        }
        for (size_t k = 0; k < pl->npairs; k++) {
            snprintf(head, sizeof head, "  association %s x %s: ", pl->pair[k][0], pl->pair[k][1]);
            wrap(stderr, head, 4, skipped[k + 1] ? skipped[k + 1] : "out of memory");
        }
        char hint[CT_DIAG_MSG_MAX];
        if (o->dropna == CT_HTEST_DROP_ALL &&
            cli_dropna_unused_text(f, dropna_used(pl, used), 6, DROPNA_USED_REMEDY, hint,
                                   sizeof hint))
            wrap(stderr, "  hint: ", 8, hint);
        rc = CLI_EXIT_DATA;
        if (json)
            write_failure(path, st, "no test could run", pl->measure ? &causes[0] : NULL);
        goto done;
    }
    positive_note(as, pl->npairs);
    uint64_t dropped = cmp     ? cmp->rows_dropped
                       : as[0] ? as[0]->rows_dropped
                       : as[1] ? as[1]->rows_dropped
                               : 0;
    if (o->dropna == CT_HTEST_DROP_ALL && dropped) /* a sparse column no test reads */
        cli_note_dropna_unused(f, path, dropna_used(pl, used), 6, DROPNA_USED_REMEDY);
    if (json) {
        ct_json *w = cli_json_begin(stdout, "test", 2);
        if (!w) {
            rc = CLI_EXIT_IO;
            goto done;
        }
        ct_json_key(w, "file");
        ct_json_str(w, path);
        cli_json_rows(w, st);
        ct_json_key(w, "dropna");
        ct_json_str(w, o->dropna == CT_HTEST_DROP_ALL ? "all" : "used");
        ct_json_key(w, "alpha");
        ct_json_num(w, o->alpha);
        ct_json_key(w, "assumption_alpha");
        ct_json_num(w, o->assumption_alpha);
        ct_json_key(w, "comparisons");
        ct_json_array_begin(w);
        if (cmp)
            json_compare(w, cmp);
        ct_json_array_end(w);
        ct_json_key(w, "associations");
        ct_json_array_begin(w);
        for (size_t k = 0; k < pl->npairs; k++)
            if (as[k])
                json_assoc(w, as[k]);
        ct_json_array_end(w);
        ct_json_key(w, "skipped");
        ct_json_array_begin(w);
        for (size_t k = 0; k < 3; k++) {
            if (!skipped[k])
                continue;
            ct_json_object_begin(w);
            ct_json_key(w, "test");
            ct_json_str(w, k ? "association" : "comparison");
            ct_json_key(w, "columns");
            ct_json_array_begin(w);
            ct_json_str(w, k ? pl->pair[k - 1][0] : pl->measure);
            ct_json_str(w, k ? pl->pair[k - 1][1] : pl->by);
            ct_json_array_end(w);
            ct_json_key(w, "reason");
            ct_json_str(w, skipped[k]);
            cli_json_cause(w, &causes[k]);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
        s = ct_json_finish(w);
        if (s == CT_EIO)
            cli_stdout_error();
        rc = s ? CLI_EXIT_IO : CLI_EXIT_OK;
    } else {
        /* rows read / used / skipped: once, on stderr (cli_note_rows) */
        char e[32], *tb; /* control bytes from the data shown visibly */
        size_t tl;
        FILE *out = cli_text_open(&tb, &tl);
        ct_numfmt_count(e, sizeof e, dropped);
        fprintf(out, "missing values: %s row%s dropped (%s)\n\n", e, dropped == 1 ? "" : "s",
                o->dropna == CT_HTEST_DROP_ALL ? "missing in any column, as pandas df.dropna()"
                                               : "missing in a column each test uses");
        int any = 0;
        if (cmp) {
            text_compare(out, cmp);
            any = 1;
        }
        for (size_t k = 0; k < pl->npairs; k++) {
            if (!as[k])
                continue;
            if (any)
                fputs("\n", out);
            text_assoc(out, as[k]);
            any = 1;
        }
        for (size_t k = 0; k < 3; k++) {
            if (!skipped[k])
                continue;
            size_t len = 64 + strlen(k ? pl->pair[k - 1][0] : pl->measure) +
                         strlen(k ? pl->pair[k - 1][1] : pl->by);
            char *head = malloc(len);
            if (head)
                snprintf(head, len, "Skipped %s %s %s %s: ", k ? "association" : "comparison",
                         k ? pl->pair[k - 1][0] : pl->measure, k ? "x" : "by",
                         k ? pl->pair[k - 1][1] : pl->by);
            fputs("\n", out);
            wrap(out, head ? head : "Skipped: ", 2, skipped[k]);
            free(head);
        }
        cli_text_close(out, &tb, &tl);
    }
done:
    for (size_t k = 0; k < 3; k++)
        free(skipped[k]);
    ct_htest_compare_free(cmp);
    ct_htest_assoc_free(as[0]);
    ct_htest_assoc_free(as[1]);
    return rc;
}

int cmd_test(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"alpha", required_argument, NULL, OPT_ALPHA},
        {"by", required_argument, NULL, OPT_BY},
        {"measure", required_argument, NULL, OPT_MEASURE},
        {"pair", required_argument, NULL, OPT_PAIR},
        {"target", required_argument, NULL, OPT_TARGET},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"status", required_argument, NULL, OPT_STATUS},
        {"dropna", required_argument, NULL, OPT_DROPNA},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"shares", required_argument, NULL, OPT_SHARES},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    cli_load lo;
    cli_load_init(&lo);
    ct_htest_options o = ct_htest_options_default();
    int json = 0, c, rc = CLI_EXIT_OK;
    const char *by = NULL, *measure = NULL, *pair = NULL, *target = NULL, *status = NULL;
    char *pair_buf = NULL;
    cli_counts cn = {NULL, NULL};
    opterr = 0;
    optind = 1;
    positive_opt = NULL;
    while ((c = cli_getopt(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case CLI_OPT_JSON: json = 1; break;
        case OPT_ALPHA: {
            const int ra = cli_alpha_arg("test", optarg, &o.alpha);
            if (ra != CLI_OPT_NEXT) {
                cli_load_free(&lo);
                return ra;
            }
            break;
        }
        case OPT_BY: by = optarg; break;
        case OPT_MEASURE: measure = optarg; break;
        case OPT_PAIR: pair = optarg; break;
        case OPT_TARGET: target = optarg; break;
        case OPT_STATUS: status = optarg; break;
        case OPT_POSITIVE: positive_opt = optarg; break;
        case OPT_VIEWS: cn.views = optarg; break;
        case OPT_SHARES: cn.shares = optarg; break;
        case OPT_DROPNA:
            if (strcmp(optarg, "all") == 0)
                o.dropna = CT_HTEST_DROP_ALL;
            else if (strcmp(optarg, "used") == 0)
                o.dropna = CT_HTEST_DROP_USED;
            else {
                cli_load_free(&lo);
                return cli_usage("test", "--dropna takes 'all' or 'used', not '%s'", optarg);
            }
            break;
        case 'h':
            fputs(test_help, stdout);
            fputs(test_help_tail, stdout);
            cli_load_free(&lo);
            return CLI_EXIT_OK;
        default: {
            int so = cli_shared_option(c, "test", test_help, &lo, argv);
            if (so != CLI_OPT_NEXT) {
                cli_load_free(&lo);
                return so;
            }
        }
        }
    }
    /* intervals at the level --alpha implies, 1 - alpha (0.95 at the default
     * 0.05), as regress's: before 2026-12-03 they stayed 95% whatever
     * --alpha said (tests/cli/test_alpha_ci_level) */
    o.conf_level = 1 - o.alpha;
    const ct_reports_tests dt = ct_reports_default_tests();
    /* the default measure, the view count, under the file's name (--views) */
    const char *dmeasure = cn.views ? cn.views : dt.measure;
    const char *status_def = ct_reports_score_options().status_column; /* author_ban_status */
    test_plan pl = {0};
    /* the default view count absent: --views names the file's own, as the
     * option for a renamed reports file (before 2026-12-07 only --measure
     * was named: tests/cli/test_by_default_measure_absent) */
    const char *measure_opt =
        cn.views ? "--measure" : "--measure, or --views=COL for the file's view count";
    pl.measure_opt = measure_opt;
    pl.by_opt = "--by";
    for (size_t k = 0; k < 2; k++) {
        pl.pair_opt[k][0] = "--target";
        pl.pair_opt[k][1] = "--pair";
    }
    if (argc - optind != 1)
        rc = cli_operands_usage("test", argc, argv, optind);
    else if (cli_name_arg("test", "by", by, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("test", "measure", measure, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("test", "target", target, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("test", "status", status, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("test", "positive", positive_opt, "class value") != CLI_OPT_NEXT ||
             cli_name_arg("test", "views", cn.views, "column name") != CLI_OPT_NEXT ||
             cli_name_arg("test", "shares", cn.shares, "column name") != CLI_OPT_NEXT)
        rc = CLI_EXIT_USAGE;
    else if (status && strcmp(status, target ? target : dt.pairs[0][0]) == 0)
        rc = cli_usage("test",
                       "--status names the class column '%s': the association needs "
                       "another column",
                       status);
    else if (pair && (by || measure || target || status))
        rc = cli_usage("test", "use either --by/--measure/--target/--status or --pair, not both");
    else if (pair) {
        /* a list of two (docs/cli.md "Lists in options"): a name holding
         * ',' is quoted */
        const char *two[2];
        size_t n = 0;
        char item[CT_DIAG_MSG_MAX / 2];
        pair_buf = strdup(pair);
        if (!pair_buf)
            rc = cli_usage("test", "out of memory");
        else if ((rc = cli_split_list("test", "pair", pair, pair_buf, 0, two, 2, &n)))
            ;
        else if (n != 2)
            rc = cli_usage("test",
                           "--pair takes two column names separated by a comma (quoted when a "
                           "name holds one), not '%s'",
                           pair);
        else if (strcmp(two[0], two[1]) == 0)
            rc = cli_usage("test", "--pair needs two different columns, not '%s' twice",
                           cli_list_item(item, sizeof item, two[0]));
        else {
            pl.pair[0][0] = two[0];
            pl.pair[0][1] = two[1];
            pl.npairs = 1;
        }
    } else if (by && measure && strcmp(by, measure) == 0)
        rc = cli_usage("test", "--by and --measure need two different columns, not '%s' twice", by);
    else if ((by || measure) && !target && !status) { /* the comparison only; the other from
                                                        * the defaults */
        pl.measure = measure ? measure : dmeasure;
        pl.by = by ? by : dt.by;
        pl.measure_opt = measure ? NULL : measure_opt;
        pl.by_opt = by ? NULL : "--by";
    } else if (target || status) {
        /* the default tests with another class column for the
         * associations; the comparison (views by verified status) does not
         * involve the class column and runs as without options (before
         * 2026-12-04 --target ran the associations alone, so `run --target`
         * never delivered the hypothesis test's milestone:
         * tests/cli/run_target_keeps_comparison) */
        /* --by/--measure name the comparison's columns here too, so a file
         * naming its view count otherwise gets the default tests with
         * --target and --measure (before 2026-12-05 they were refused
         * together, and `run --views` gave test no measure:
         * tests/cli/test_target_with_measure) */
        pl.measure = measure ? measure : dmeasure;
        pl.by = by ? by : dt.by;
        pl.measure_opt = measure ? NULL : measure_opt;
        pl.by_opt = by ? NULL : "--by";
        /* --status names the author status of the first association
         * (claim_status x author_ban_status), as run's and score's
         * --status name it: before 2026-12-05 test had no such option, and
         * `run --status=ban` skipped that association for an absent
         * author_ban_status (tests/cli/run_columns_renamed_results) */
        for (size_t k = 0; k < dt.npairs; k++) {
            pl.pair[k][0] = target ? target : dt.pairs[k][0];
            pl.pair[k][1] = dt.pairs[k][1];
            if (status && strcmp(dt.pairs[k][1], status_def) == 0) {
                pl.pair[k][1] = status;
                pl.pair_opt[k][1] = NULL;
            }
            if (target)
                pl.pair_opt[k][0] = NULL;
            /* --target verified_status: that column against itself is no test */
            if (strcmp(pl.pair[k][0], pl.pair[k][1]) == 0)
                pl.pair_skip[k] = "the --target column itself: a column's association with "
                                  "itself is certain, so there is nothing to test";
        }
        pl.npairs = dt.npairs;
        pl.defaults = 1;
    } else { /* the reports file's default tests */
        pl.measure = dmeasure;
        pl.by = dt.by;
        for (size_t k = 0; k < dt.npairs; k++) {
            pl.pair[k][0] = dt.pairs[k][0];
            pl.pair[k][1] = dt.pairs[k][1];
        }
        pl.npairs = dt.npairs;
        pl.defaults = 1;
    }
    if (rc) {
        free(pair_buf);
        cli_load_free(&lo);
        return rc;
    }
    other_columns = !reports_column(pl.measure) || !reports_column(pl.by);
    for (size_t k = 0; k < pl.npairs; k++)
        other_columns |= !reports_column(pl.pair[k][0]) || !reports_column(pl.pair[k][1]);
    const char *path = argv[optind];
    ct_frame *f = NULL;
    ct_load_stats st;
    rc = cli_load_frame(&lo, path, &f, &st);
    cli_load_free(&lo);
    if (rc == CLI_EXIT_OK) {
        cli_note_rows(&st, path);
        /* a queue given for the reports file, every column the reports':
         * said first and alone (tests/cli/files_queue_given_named) */
        if (!other_columns)
            rc = cli_fail_queue_given(
                f, "a reports file",
                "give the reports file the queue was scored from; test "
                "reads a queue's own columns when named (--measure, --by, --pair, "
                "--target)");
        /* no rows: said as such, not as each test's "only 0 values" */
        if (!rc && !(rc = cli_fail_no_rows(f, &st, path)) &&
            !(rc = cli_counts_check(f, path, &cn))) {
            cli_note_negative(f, path, &cn);
            cli_note_level_variants(f, path);
            rc = run(path, f, &st, &pl, &o, json);
        }
        if (json && rc == CLI_EXIT_DATA)
            write_failure(path, &st, cli_last_error()->message, cli_last_error());
    }
    ct_frame_destroy(f);
    free(pair_buf);
    return rc;
}
