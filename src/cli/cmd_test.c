/* cmd_test.c — `claimtriage test FILE`: hypothesis tests with the method
 * chosen from checked assumptions (library: claimtriage/htest.h; sentences
 * claimtriage/htest_text.h; defaults claimtriage/reports_defaults.h). */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char test_help[] =
    "usage: claimtriage test FILE [--json] [--alpha A] [--by COL --measure COL "
    "| --pair COL1,COL2]\n\n"
    "Hypothesis tests on a reports CSV file ('-' reads standard input).\n"
    "Without --by/--pair: video_view_count by verified_status (two-group "
    "comparison),\n"
    "then claim_status x author_ban_status and claim_status x verified_status\n"
    "(association of categorical columns).\n\n"
    "Comparison: assumptions checked (D'Agostino-Pearson normality per group,\n"
    "Levene/Brown-Forsythe equal variances); Welch's t-test when samples are "
    "large or\n"
    "normality is plausible, else Mann-Whitney U; Student's t, Welch and "
    "Mann-Whitney\n"
    "always shown; mean difference with CI, Hedges' g, rank-biserial r. More "
    "than two\n"
    "groups: one-way ANOVA, Welch's ANOVA, Kruskal-Wallis.\n"
    "Association: chi-square test (Yates-corrected and uncorrected for 2x2),\n"
    "expected-count check, Cramer's V, Fisher's exact test for 2x2 tables.\n\n"
    "Options:\n"
    "  --json                  machine-readable output (see docs/test.md)\n"
    "  --alpha=A               significance level, 0 < A < 1 (default 0.05)\n"
    "  --by=COL --measure=COL  compare numeric COL across the groups of "
    "categorical COL\n"
    "  --pair=COL1,COL2        association of two categorical columns\n"
    "  --dropna=all|used       drop rows missing any column (default, as "
    "pandas\n"
    "                          df.dropna()) or only rows missing a column the "
    "test uses\n" CLI_LOAD_HELP CLI_COMMON_HELP
    "\nExit status: 0 done, 1 bad data (absent or wrong-typed column, one "
    "group),\n"
    "2 bad command line, 3 I/O error.\n\nExample:\n  claimtriage test "
    "reports.csv\n"
    "  claimtriage test reports.csv --by claim_status --measure "
    "video_like_count\n";

enum { OPT_ALPHA = CLI_OPT_FIRST_FREE, OPT_BY, OPT_MEASURE, OPT_PAIR, OPT_DROPNA };

/* ---------------------------------------------------------------- JSON */

static void json_p(ct_json *w, ct_pvalue p)
{
    ct_json_key(w, "p");
    ct_json_num(w, p.p);
    ct_json_key(w, "log10_p");
    ct_json_num(w, p.log10p);
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
    ct_json_key(w, "statistic");
    ct_json_num(w, s->statistic);
    if (!isnan(s->df2)) {
        ct_json_key(w, "df1");
        ct_json_num(w, s->df1);
        ct_json_key(w, "df2");
        ct_json_num(w, s->df2);
    } else if (!isnan(s->df1)) {
        ct_json_key(w, "df");
        ct_json_num(w, s->df1);
    }
    json_p(w, s->p);
    ct_json_object_end(w);
}

static void json_compare(ct_json *w, const ct_htest_compare *r)
{
    char buf[1024];
    ct_json_object_begin(w);
    ct_json_key(w, "measure");
    ct_json_str(w, r->measure);
    ct_json_key(w, "by");
    ct_json_str(w, r->by);
    ct_json_key(w, "n");
    ct_json_uint(w, r->n);
    ct_json_key(w, "rows_dropped_missing");
    ct_json_uint(w, r->rows_dropped);
    ct_json_key(w, "groups");
    ct_json_array_begin(w);
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        ct_json_object_begin(w);
        ct_json_key(w, "label");
        ct_json_str(w, G->label);
        ct_json_key(w, "n");
        ct_json_uint(w, G->n);
        ct_json_key(w, "mean");
        ct_json_num(w, G->mean);
        ct_json_key(w, "sd");
        ct_json_num(w, G->sd);
        ct_json_key(w, "median");
        ct_json_num(w, G->median);
        ct_json_key(w, "rank_sum");
        ct_json_num(w, G->rank_sum);
        json_stat(w, "normality", &G->normality);
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
    ct_json_bool(w, r->levene.p.p >= r->alpha);
    ct_json_object_end(w);
    ct_json_key(w, "chosen");
    ct_json_str(w, ct_htest_method_name(r->chosen));
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
        ct_json_key(w, "mean_difference");
        ct_json_object_begin(w);
        ct_json_key(w, "estimate");
        ct_json_num(w, r->mean_diff);
        ct_json_key(w, "se");
        ct_json_num(w, r->se_diff);
        ct_json_key(w, "conf_level");
        ct_json_num(w, r->conf_level);
        ct_json_key(w, "low");
        ct_json_num(w, r->diff_lo);
        ct_json_key(w, "high");
        ct_json_num(w, r->diff_hi);
        ct_json_object_end(w);
        ct_json_key(w, "hedges_g");
        ct_json_object_begin(w);
        ct_json_key(w, "estimate");
        ct_json_num(w, r->hedges_g);
        ct_json_key(w, "low");
        ct_json_num(w, r->g_lo);
        ct_json_key(w, "high");
        ct_json_num(w, r->g_hi);
        ct_json_object_end(w);
        ct_json_key(w, "rank_biserial_r");
        ct_json_num(w, r->rank_biserial);
        ct_json_key(w, "common_language_effect_size");
        ct_json_num(w, r->cles);
    } else {
        json_stat(w, "anova", &r->anova);
        json_stat(w, "welch_anova", &r->welch_anova);
        json_stat(w, "kruskal_wallis", &r->kruskal);
    }
    const ct_htest_text_options to = ct_reports_htest_text_options();
    ct_htest_text_compare_decision(r, &to, buf, sizeof buf);
    ct_json_key(w, "decision");
    ct_json_str(w, buf);
    ct_htest_text_compare_summary(r, buf, sizeof buf);
    ct_json_key(w, "summary");
    ct_json_str(w, buf);
    ct_json_object_end(w);
}

static void json_assoc(ct_json *w, const ct_htest_assoc *r)
{
    char buf[1024];
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
        ct_json_key(w, "odds_ratio");
        ct_json_num(w, r->fisher.statistic);
        json_p(w, r->fisher.p);
        ct_json_object_end(w);
    } else {
        ct_json_key(w, "fisher_exact");
        ct_json_null(w);
    }
    ct_json_key(w, "chosen");
    ct_json_str(w, ct_htest_method_name(r->chosen));
    ct_json_key(w, "reject");
    ct_json_bool(w, r->reject);
    const ct_htest_text_options to = ct_reports_htest_text_options();
    ct_htest_text_assoc_decision(r, &to, buf, sizeof buf);
    ct_json_key(w, "decision");
    ct_json_str(w, buf);
    ct_htest_text_assoc_summary(r, buf, sizeof buf);
    ct_json_key(w, "summary");
    ct_json_str(w, buf);
    ct_json_object_end(w);
}

/* ---------------------------------------------------------------- text */

static void p_cell(char *buf, size_t n, ct_pvalue p)
{
    ct_numfmt_pvalue_cell(buf, n, p.p, p.log10p);
}

static void stat_row(ct_table *t, const char *name, const ct_htest_stat *s, int chosen)
{
    char b[64];
    ct_table_addf(t, "%s%s", name, chosen ? " *" : "");
    ct_numfmt_auto(b, sizeof b, s->statistic);
    ct_table_add(t, b);
    if (isnan(s->df1))
        ct_table_add(t, "");
    else if (isnan(s->df2))
        ct_table_addf(t, "%.6g", s->df1);
    else
        ct_table_addf(t, "%.6g, %.6g", s->df1, s->df2);
    p_cell(b, sizeof b, s->p);
    ct_table_add(t, b);
}

static ct_table *stat_table(void)
{
    ct_table *t = ct_table_create(4);
    ct_table_add(t, "test");
    ct_table_add(t, "statistic");
    ct_table_add(t, "df");
    ct_table_add(t, "p");
    ct_table_align(t, 1, 1);
    ct_table_align(t, 2, 1);
    ct_table_align(t, 3, 1);
    return t;
}

static void decision(FILE *fp, double alpha, const char *sentence, const char *line)
{
    fprintf(fp, "\n  Decision at alpha = %g\n    %s\n    Data team: %s\n", alpha, sentence, line);
}

static void text_compare(FILE *fp, const ct_htest_compare *r)
{
    char a[64], b[64], c[64], buf[1024];
    ct_numfmt_count(a, sizeof a, r->n);
    fprintf(fp, "Comparison: %s by %s (N = %s)\n\n", r->measure, r->by, a);
    ct_table *t = ct_table_create(7);
    static const char *const h[] = {"group", "n", "mean", "sd", "median", "normality K2", "p"};
    for (size_t k = 0; k < 7; k++) {
        ct_table_add(t, h[k]);
        ct_table_align(t, k, k > 0);
    }
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        ct_table_add(t, G->label);
        ct_numfmt_count(a, sizeof a, G->n);
        ct_table_add(t, a);
        const double v[] = {G->mean, G->sd, G->median, G->normality.statistic};
        for (size_t k = 0; k < 4; k++) {
            ct_numfmt_auto(a, sizeof a, v[k]);
            ct_table_add(t, a);
        }
        p_cell(a, sizeof a, G->normality.p);
        ct_table_add(t, a);
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);

    fprintf(fp, "\n  Assumptions\n");
    fprintf(fp, "    normality (D'Agostino-Pearson K2, per group): %s\n",
            r->normal_plausible ? "plausible in every group"
                                : "rejected (or untestable, n < 8) in at least one group");
    p_cell(a, sizeof a, r->levene.p);
    fprintf(fp,
            "    equal variances (Levene, median-centred = Brown-Forsythe): W = "
            "%.4f, p = %s -> %s\n",
            r->levene.statistic, a, r->levene.p.p >= r->alpha ? "plausible" : "variances differ");
    fprintf(fp, "    large samples (every group n >= %zu): %s\n", r->large_n,
            r->large_samples ? "yes" : "no");
    const int par = r->chosen == CT_HTEST_WELCH_T || r->chosen == CT_HTEST_WELCH_ANOVA;
    fprintf(fp, "    -> method: %s (%s)\n", ct_htest_method_name(r->chosen),
            par ? (r->large_samples ? "large samples; does not assume equal variances"
                                    : "normality plausible; does not assume equal variances")
                : "distribution-free: small samples and normality not plausible");

    fprintf(fp, "\n  Tests (* = chosen; the others are a sensitivity check)\n");
    t = stat_table();
    if (r->ngroups == 2) {
        stat_row(t, "Welch's t", &r->welch, r->chosen == CT_HTEST_WELCH_T);
        stat_row(t, "Student's t", &r->student, 0);
        stat_row(t, r->mw_exact ? "Mann-Whitney U1 (exact)" : "Mann-Whitney U1", &r->mann_whitney,
                 r->chosen == CT_HTEST_MANN_WHITNEY);
    } else {
        stat_row(t, "Welch's ANOVA F", &r->welch_anova, r->chosen == CT_HTEST_WELCH_ANOVA);
        stat_row(t, "one-way ANOVA F", &r->anova, 0);
        stat_row(t, "Kruskal-Wallis H", &r->kruskal, r->chosen == CT_HTEST_KRUSKAL);
    }
    stat_row(t, "Levene (median) W", &r->levene, 0);
    (void)ct_table_print(t, fp, "    ");
    ct_table_destroy(t);

    if (r->ngroups == 2) {
        int cl = (int)lround(r->conf_level * 100);
        fprintf(fp, "\n  Effect sizes\n");
        ct_numfmt_auto(a, sizeof a, r->mean_diff);
        ct_numfmt_auto(b, sizeof b, r->diff_lo);
        ct_numfmt_auto(c, sizeof c, r->diff_hi);
        fprintf(fp,
                "    mean difference (%s - %s): %s, %d%% CI [%s, %s] "
                "(Welch-Satterthwaite)\n",
                r->groups[0].label, r->groups[1].label, a, cl, b, c);
        fprintf(fp, "    Hedges' g: %.4f, %d%% CI [%.4f, %.4f]\n", r->hedges_g, cl, r->g_lo,
                r->g_hi);
        fprintf(fp, "    rank-biserial r: %.4f (P(%s > %s) + ties/2 = %.4f)\n", r->rank_biserial,
                r->groups[0].label, r->groups[1].label, r->cles);
    }
    char line[1024];
    const ct_htest_text_options to = ct_reports_htest_text_options();
    ct_htest_text_compare_decision(r, &to, buf, sizeof buf);
    ct_htest_text_compare_summary(r, line, sizeof line);
    decision(fp, r->alpha, buf, line);
}

static void text_assoc(FILE *fp, const ct_htest_assoc *r)
{
    char a[64], b[64], buf[1024], line[1024];
    ct_numfmt_count(a, sizeof a, r->n);
    fprintf(fp, "Association: %s x %s (N = %s)\n\n", r->row, r->col, a);
    ct_table *t = ct_table_create(r->ncols + 1);
    ct_table_add(t, r->row);
    for (size_t j = 0; j < r->ncols; j++) {
        ct_table_addf(t, "%s", r->col_levels[j]);
        ct_table_align(t, j + 1, 1);
    }
    for (size_t i = 0; i < r->nrows; i++) {
        ct_table_add(t, r->row_levels[i]);
        for (size_t j = 0; j < r->ncols; j++) {
            ct_numfmt_count(a, sizeof a, r->counts[i * r->ncols + j]);
            ct_numfmt_auto(b, sizeof b, round(r->expected[i * r->ncols + j] * 10) / 10);
            ct_table_addf(t, "%s (%s)", a, b);
        }
    }
    fprintf(fp, "  observed (expected under independence)\n");
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);
    ct_numfmt_auto(a, sizeof a, r->min_expected);
    fprintf(fp, "\n  Expected counts: smallest %s; %zu of %zu cells below %g -> %s\n", a,
            r->cells_below, r->nrows * r->ncols, r->expected_threshold,
            r->expected_ok ? "chi-square approximation adequate"
                           : "too small for the chi-square approximation (Cochran)");
    fprintf(fp, "\n  Tests (* = chosen)\n");
    t = stat_table();
    stat_row(t, r->yates_applied ? "chi-square, Yates-corrected" : "chi-square", &r->chi2,
             r->chosen == CT_HTEST_CHI2);
    if (r->yates_applied || (r->nrows == 2 && r->ncols == 2))
        stat_row(t, "chi-square, uncorrected", &r->chi2_uncorrected, 0);
    if (r->has_fisher) {
        ct_htest_stat f = r->fisher;
        stat_row(t, "Fisher exact (odds ratio)", &f, r->chosen == CT_HTEST_FISHER);
    }
    (void)ct_table_print(t, fp, "    ");
    ct_table_destroy(t);
    fprintf(fp, "    Cramer's V: %.4f\n", r->cramers_v);
    const ct_htest_text_options to = ct_reports_htest_text_options();
    ct_htest_text_assoc_decision(r, &to, buf, sizeof buf);
    ct_htest_text_assoc_summary(r, line, sizeof line);
    decision(fp, r->alpha, buf, line);
}

/* ------------------------------------------------------------- command */

typedef struct test_plan {
    const char *measure, *by; /* comparison, or NULL */
    const char *pair[2][2];   /* associations */
    size_t npairs;
} test_plan;

static int run(const char *path, const ct_frame *f, const ct_load_stats *st, const test_plan *pl,
               const ct_htest_options *o, int json)
{
    ct_htest_compare *cmp = NULL;
    ct_htest_assoc *as[2] = {NULL, NULL};
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = CT_OK;
    if (pl->measure)
        s = ct_htest_compare_frame(f, pl->measure, pl->by, o, &cmp, &d);
    for (size_t k = 0; s == CT_OK && k < pl->npairs; k++)
        s = ct_htest_assoc_frame(f, pl->pair[k][0], pl->pair[k][1], o, &as[k], &d);
    int rc = CLI_EXIT_OK;
    if (s) {
        rc = cli_fail(s, &d);
        goto done;
    }
    uint64_t dropped = cmp ? cmp->rows_dropped : as[0] ? as[0]->rows_dropped : 0;
    if (json) {
        ct_json *w = cli_json_begin(stdout, "test", 1);
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
        ct_json_key(w, "comparisons");
        ct_json_array_begin(w);
        if (cmp)
            json_compare(w, cmp);
        ct_json_array_end(w);
        ct_json_key(w, "associations");
        ct_json_array_begin(w);
        for (size_t k = 0; k < pl->npairs; k++)
            json_assoc(w, as[k]);
        ct_json_array_end(w);
        ct_json_object_end(w);
        s = ct_json_finish(w);
        if (s == CT_EIO)
            cli_error("write error on standard output");
        rc = s ? CLI_EXIT_IO : CLI_EXIT_OK;
    } else {
        char a[32], b[32], c[32], e[32];
        ct_numfmt_count(a, sizeof a, st->rows_read);
        ct_numfmt_count(b, sizeof b, st->rows_used);
        ct_numfmt_count(c, sizeof c, st->rows_skipped);
        ct_numfmt_count(e, sizeof e, dropped);
        printf("%s: rows read %s, used %s, skipped %s (bad rows)\n", path, a, b, c);
        printf("missing values: %s rows dropped (%s)\n\n", e,
               o->dropna == CT_HTEST_DROP_ALL ? "missing in any column, as pandas df.dropna()"
                                              : "missing in a column each test uses");
        if (cmp)
            text_compare(stdout, cmp);
        for (size_t k = 0; k < pl->npairs; k++) {
            if (cmp || k)
                fputs("\n", stdout);
            text_assoc(stdout, as[k]);
        }
    }
done:
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
        {"dropna", required_argument, NULL, OPT_DROPNA},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    cli_load lo;
    cli_load_init(&lo);
    ct_htest_options o = ct_htest_options_default();
    int json = 0, c, rc = CLI_EXIT_OK;
    const char *by = NULL, *measure = NULL, *pair = NULL;
    char *pair_buf = NULL;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case CLI_OPT_JSON: json = 1; break;
        case OPT_ALPHA: {
            char *end;
            errno = 0;
            o.alpha = strtod(optarg, &end);
            if (errno || end == optarg || *end || !(o.alpha > 0 && o.alpha < 1)) {
                cli_load_free(&lo);
                return cli_usage(
                    "test", "--alpha takes a number strictly between 0 and 1, not '%s'", optarg);
            }
            break;
        }
        case OPT_BY: by = optarg; break;
        case OPT_MEASURE: measure = optarg; break;
        case OPT_PAIR: pair = optarg; break;
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
        default: {
            int so = cli_shared_option(c, "test", test_help, &lo, argv);
            if (so != CLI_OPT_NEXT) {
                cli_load_free(&lo);
                return so;
            }
        }
        }
    }
    test_plan pl = {0};
    if (argc - optind != 1)
        rc = cli_usage("test", argc - optind ? "expected one FILE, got %d" : "missing FILE%.0d",
                       argc - optind);
    else if (!by != !measure)
        rc = cli_usage("test", "--by and --measure go together");
    else if (pair && by)
        rc = cli_usage("test", "use either --by/--measure or --pair, not both");
    else if (pair) {
        pair_buf = strdup(pair);
        char *comma = pair_buf ? strchr(pair_buf, ',') : NULL;
        if (!comma || comma == pair_buf || !comma[1] || strchr(comma + 1, ','))
            rc = cli_usage("test", "--pair takes two column names separated by a comma, not '%s'",
                           pair);
        else {
            *comma = '\0';
            pl.pair[0][0] = pair_buf;
            pl.pair[0][1] = comma + 1;
            pl.npairs = 1;
        }
    } else if (by) {
        pl.measure = measure;
        pl.by = by;
    } else { /* the reports file's default tests */
        const ct_reports_tests dt = ct_reports_default_tests();
        pl.measure = dt.measure;
        pl.by = dt.by;
        for (size_t k = 0; k < dt.npairs; k++) {
            pl.pair[k][0] = dt.pairs[k][0];
            pl.pair[k][1] = dt.pairs[k][1];
        }
        pl.npairs = dt.npairs;
    }
    if (rc) {
        free(pair_buf);
        cli_load_free(&lo);
        return rc;
    }
    const char *path = argv[optind];
    ct_frame *f = NULL;
    ct_load_stats st;
    rc = cli_load_frame(&lo, path, &f, &st);
    cli_load_free(&lo);
    if (rc == CLI_EXIT_OK)
        rc = run(path, f, &st, &pl, &o, json);
    ct_frame_destroy(f);
    free(pair_buf);
    return rc;
}
