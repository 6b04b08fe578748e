/* regress_text.c — the regression analysis as text for people: the
 * cleaning, statsmodels' Logit summary look-alike, the assumption checks and
 * their tables, the interpretation and the held-out view — what
 * `claimtriage regress` prints after its row accounting (see
 * claimtriage/regress.h). In report/, the layer of text for people, above
 * the analysis in select/. */
#include "select/regress_internal.h"

#include "claimtriage/csv.h"
#include "claimtriage/regress_text.h"
#include "claimtriage/table.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEP "\x1f" /* cell separator in tbl_row(): the ASCII unit separator */

#define WIDTH_ 100 /* WIDTH below */

/* A table with one alignment letter per column ('r' right, else left),
 * on the library's one table writer (claimtriage/table.h), in blocks of
 * columns when long predictor names make it wider than the text. */
static ct_table *tbl_new(const char *align)
{
    ct_table *t = ct_table_create(strlen(align));
    for (size_t j = 0; t && align[j]; j++)
        ct_table_align(t, j, align[j] == 'r');
    ct_table_max_width(t, WIDTH_);
    return t;
}

/* Add one row: the formatted text, cells separated by SEP (no column name or
 * level holds it). */
static void tbl_row(ct_table *t, const char *fmt, ...) CT_PRINTF(2, 3);
static void tbl_row(ct_table *t, const char *fmt, ...)
{
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    const int k = vsnprintf(NULL, 0, fmt, ap); /* measured: no cell is cut */
    va_end(ap);
    char *buf = k >= 0 ? ct_malloc((size_t)k + 1) : NULL;
    if (buf)
        vsnprintf(buf, (size_t)k + 1, fmt, aq);
    va_end(aq);
    for (char *p = buf, *e; p; p = e + 1) {
        if ((e = strchr(p, SEP[0])))
            *e = '\0';
        ct_table_add(t, p);
        if (!e)
            break;
    }
    ct_free(buf);
}

/* Print the table after indent, then free it. */
static void tbl_print(ct_table *t, FILE *fp, const char *indent)
{
    (void)ct_table_print(t, fp, indent);
    ct_table_destroy(t);
}

/* A count with thousands separators, in b (32 bytes). */
static const char *cnt(char *b, uint64_t v)
{
    ct_numfmt_count(b, 32, v);
    return b;
}

/* Text for people is at most this wide; longer lines wrap at spaces. */
#define WIDTH WIDTH_

/* Text wrapped to WIDTH columns (claimtriage/table.h). */
static void wrap(FILE *fp, const char *first, size_t cont, const char *text)
{
    ct_text_wrap(fp, first, cont, WIDTH, text);
}

/* A printf-formatted number, or words when it is not finite. */
static const char *num(char *b, size_t n, int prec, char conv, double v)
{
    if (isnan(v))
        snprintf(b, n, "undefined");
    else if (isinf(v))
        snprintf(b, n, "%s", v > 0 ? "infinite" : "-infinite");
    else if (conv == 'f') /* from 1e9 up as the tables' ct_numfmt_auto: no 20-digit z */
        ct_numfmt_stat(b, n, v, prec);
    else
        snprintf(b, n, "%.*g", prec, v);
    return b;
}

/* Significant digits for an odds ratio and its interval, written together:
 * 7, or more until no value other than 1 reads "1" (an OR CI of
 * 1.0000000746-1.000009 printed "1-1.000009" beside p = 0.046 before
 * 2026-12-05, as if the interval touched 1: tests/cli/regress_or_ci_not_one).
 * One count for the three, so the bounds share their digits. */
static int or_digits(const double *e, size_t k)
{
    int prec = 7;
    for (size_t q = 0; q < k; q++) {
        if (!isfinite(e[q]) || e[q] == 1.)
            continue;
        char b[48];
        while (prec < 17) {
            snprintf(b, sizeof b, "%.*g", prec, e[q]);
            if (strtod(b, NULL) != 1.)
                break;
            prec++;
        }
    }
    return prec;
}

/* A p-value: %.*g as statsmodels prints it, with the digits that keep it
 * on alpha's side (0.049996 at 0.05 is "0.049996", not "0.05" beside
 * "significant at 0.05": ct_numfmt_g_vs), but one that underflows to 0
 * (or lies below 1e-300) "< 1e-300 (log10 -625.9)" from its log10 (as
 * test's tables, ct_numfmt_pvalue_cell), never a bare 0. */
static const char *pnum(char *b, size_t n, int prec, double p, double log10p, double alpha)
{
    if (p < 1e-300 && isfinite(log10p)) {
        ct_numfmt_pvalue_cell(b, n, p, log10p);
        return b;
    }
    if (isfinite(p)) {
        ct_numfmt_g_vs(b, n, p, prec, alpha);
        return b;
    }
    return num(b, n, prec, 'g', p);
}

static void write_cleaning(FILE *fp, const ct_design *d)
{
    char a[32], b[32], c[32], e[32];
    char *line = ct_regress_strdupf_(
        "%s row%s dropped for a missing value in a used column, %s exact duplicate%s dropped%s; "
        "%s row%s modelled (%s with %s = '%s')",
        cnt(a, d->kept.dropped_missing), d->kept.dropped_missing == 1 ? "" : "s",
        cnt(b, d->kept.dropped_duplicate), d->kept.dropped_duplicate == 1 ? "" : "s",
        /* what a duplicate is, said when there are some (JSON
         * cleaning.dropped_duplicates; tests/cli/regress_duplicates_said) */
        d->kept.dropped_duplicate == 0   ? ""
        : d->kept.dropped_duplicate == 1 ? " (a row identical in every column to an earlier "
                                           "one, which is kept)"
                                         : " (rows identical in every column to an earlier "
                                           "one, which is kept)",
        cnt(c, d->n), d->n == 1 ? "" : "s", cnt(e, d->npositive), d->target, d->positive);
    wrap(fp, "cleaning: ", 2, line ? line : "(out of memory)");
    ct_free(line);
    for (size_t k = 0; k < d->clean->ncap; k++) {
        const ct_clean_cap *cp = &d->clean->caps[k];
        ct_numfmt_auto(a, sizeof a, cp->q1);
        ct_numfmt_auto(b, sizeof b, cp->q3);
        ct_numfmt_auto(c, sizeof c, cp->limit);
        line = ct_regress_strdupf_("%s at Q3 + 1.5*IQR = %s (Q1 %s, Q3 %s): %s values lowered",
                                   cp->column, c, a, b, cnt(e, d->kept.ncapped[k]));
        wrap(fp, "capped ", 2, line ? line : "(out of memory)");
        ct_free(line);
    }
    fputc('\n', fp);
}

/* Decimals of the coefficient table's coef, std err and CI cells
 * (statsmodels' forg(x, prec=4), ct_numfmt_summary). */
#define SUMMARY_DECIMALS 4

/* statsmodels' Logit summary: two key/value columns, then the coefficients. */
#define KV "%-21s%16s   %-21s%16zu\n"
#define KG "%-21s%16.6g   %-21s%16.6g\n"
static void write_summary(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    static const char rule[] =
        "==============================================================================\n";
    /* the outcome's name and level are the data's, of any length: the
     * heading wraps, and a name wider than its 16 columns (or not ASCII,
     * which %16s would pad by bytes) is written on a line of its own */
    char *head =
        ct_regress_strdupf_("Logit Regression Results (%s = '%s' coded 1)", d->target, d->positive);
    wrap(fp, "", 2, head);
    ct_free(head);
    fputs(rule, fp);
    const size_t tw = ct_textwidth_z(d->target);
    if (tw <= 16)
        fprintf(fp, "%-21s%*s%s   %-21s%16zu\n", "Dep. Variable:", (int)(16 - tw), "", d->target,
                "No. Observations:", m->n);
    else {
        wrap(fp, "Dep. Variable:       ", 21, d->target);
        fprintf(fp, KV, "", "", "No. Observations:", m->n);
    }
    fprintf(fp, KV, "Model:", "Logit", "Df Residuals:", m->df_resid);
    fprintf(fp, KV, "Method:", "MLE (Newton)", "Df Model:", m->df_model);
    fprintf(fp, "%-21s%16zu   %-21s%16.4g\n", "Iterations:", m->iterations,
            "Pseudo R-squ.:", m->prsquared);
    fprintf(fp, KG, "AIC:", m->aic, "Log-Likelihood:", m->ll);
    fprintf(fp, KG, "BIC:", m->bic, "LL-Null:", m->ll_null);
    char cb[48];
    char lp[64];
    fprintf(fp, "%-21s%16s   %-21s%16s\n", "converged:", m->converged ? "True" : "False",
            "LLR p-value:", pnum(lp, sizeof lp, 4, m->llr_pvalue, m->llr_log10_pvalue, r->alpha));
    fprintf(fp, "%-21s%16s   %-21s%16zu\n%s",
            "Cond. No. (scaled):", num(cb, sizeof cb, 4, 'g', m->cond), "Pinned rows:", m->npinned,
            rule);
    char v[7][48];
    ct_table *t = tbl_new("lrrrrrr");
    /* the CI columns as statsmodels' summary(alpha=a) heads them,
     * '[' + str(a/2) and str(1 - a/2) + ']': "[0.05 0.95]" at 0.1 */
    char clo[CT_NUMFMT_SHORTEST_MAX + 1] = "[", chi[CT_NUMFMT_SHORTEST_MAX + 1];
    ct_numfmt_shortest(clo + 1, sizeof clo - 1, r->alpha / 2);
    const size_t nh = ct_numfmt_shortest(chi, sizeof chi - 1, 1 - r->alpha / 2);
    chi[nh] = ']';
    chi[nh + 1] = '\0';
    tbl_row(t, SEP "coef" SEP "std err" SEP "z" SEP "P>|z|" SEP "%s" SEP "%s", clo, chi);
    /* coef, std err and the bounds as statsmodels' summary writes coef
     * (forg, 4 decimals; scientific outside [1e-4, 1e4)): one count of
     * decimals down each column, "0.5000" above "0.1234", where "%.4g"
     * wrote "0.5" before 2026-12-05 (tests/cli/regress_coef_decimals_shared) */
    for (size_t j = 0; j < m->p; j++) {
        ct_numfmt_summary(v[0], 48, m->beta[j], SUMMARY_DECIMALS);
        ct_numfmt_summary(v[1], 48, m->se[j], SUMMARY_DECIMALS);
        ct_numfmt_summary(v[4], 48, m->ci_lo[j], SUMMARY_DECIMALS);
        ct_numfmt_summary(v[5], 48, m->ci_hi[j], SUMMARY_DECIMALS);
        /* one bound in scientific notation: both (ct_numfmt_interval) */
        ct_numfmt_interval(v[4], v[5], 48, m->ci_lo[j], m->ci_hi[j]);
        tbl_row(t, "%s" SEP "%s" SEP "%s" SEP "%s" SEP "%s" SEP "%s" SEP "%s", d->x->names[j], v[0],
                v[1], num(v[2], 48, 3, 'f', m->z[j]),
                pnum(v[3], 48, 3, m->pvalue[j], m->log10_pvalue[j], r->alpha), v[4], v[5]);
    }
    tbl_print(t, fp, "");
    fputs(rule, fp);
    /* the odds ratio's interval in two columns headed as the coefficients'
     * (statsmodels' conf_int, exponentiated), each bound a number of its
     * own: one 'lo-hi' cell under "OR 95% CI" before 2026-12-07, which a
     * reader had to split at a '-' (tests/cli/regress_alpha_ci_level) */
    t = tbl_new("lrrr");
    tbl_row(t, SEP "odds ratio" SEP "%s" SEP "%s", clo, chi);
    for (size_t j = 0; j < m->p; j++) {
        const double e[3] = {exp(m->beta[j]), exp(m->ci_lo[j]), exp(m->ci_hi[j])};
        const int prec = or_digits(e, 3);
        for (int q = 0; q < 3; q++)
            num(v[q], 48, prec, 'g', e[q]);
        ct_numfmt_interval(v[1], v[2], 48, e[1], e[2]);
        tbl_row(t, "%s" SEP "%s" SEP "%s" SEP "%s", d->x->names[j], v[0], v[1], v[2]);
    }
    tbl_print(t, fp, "");
    fprintf(fp,
            "%sConvergence: stop when |dLL| <= %g*L and either max_j |step_j|*max_i|x_ij| <= %g\n"
            "or the Newton decrement <= %g*L before and after the step, L = 1+|LL| plus what\n"
            "rounding in cancelling terms moves LL by (docs/regress.md);\n"
            "CI = coef +/- %.16g*se; odds ratio = exp(coef).\n",
            rule, r->par.ll_tol, r->par.beta_tol, r->par.decrement_tol, m->z_crit);
}

static void write_screen(FILE *fp, const ct_regress *r)
{
    const ct_regress_screen *s = &r->screen;
    char nb[32];
    fprintf(fp, "\n%c%s (every %s column together, with a constant; %s rows)\n",
            toupper((unsigned char)r->screen_name[0]), r->screen_name + 1, r->screen_noun,
            cnt(nb, s->design->n));
    /* its own rows, said when the model's differ (before 2026-12-06 the
     * count alone, read as the model's: tests/cli/regress_screen_rows_differ) */
    if (s->design->n != r->design->n) {
        char mb[32];
        char *line = ct_regress_strdupf_(
            "the rows where the target and every screened column have a value, the caps "
            "recomputed on them; the model's %s rows are those where its own features have one",
            cnt(mb, r->design->n));
        wrap(fp, "  ", 2, line ? line : "(out of memory)");
        ct_free(line);
    }
    ct_table *t = tbl_new("lr");
    char v[96], rr[32];
    for (size_t j = 1; j < s->design->p; j++)
        tbl_row(t, "%s" SEP "%s", s->design->x->names[j], num(v, sizeof v, 4, 'f', s->vif[j]));
    tbl_print(t, fp, "  ");
    for (size_t j = 1; j < s->design->p; j++) {
        if (!isnan(s->vif[j]))
            continue;
        /* a constant column, in the words of the checks and of JSON's vif_reason */
        ct_regress_fmt_vif_col_(v, sizeof v, s->vif[j], s->design->x->col[j], s->design->n);
        char *line = ct_regress_strdupf_("%s: VIF %s; the others' are computed without it",
                                         s->design->x->names[j], v);
        wrap(fp, "  ", 4, line ? line : "(out of memory)");
        ct_free(line);
    }
    /* columns empty in every row, left out (tests/cli/regress_screen_empty_column) */
    for (size_t k = 0; k < s->nempty; k++) {
        char *line = ct_regress_strdupf_("%s: empty in every row, left out of the screen",
                                         s->empty[k] ? s->empty[k] : "?");
        wrap(fp, "  ", 4, line ? line : "(out of memory)");
        ct_free(line);
    }
    for (size_t k = 0; k < s->ndrops; k++) {
        ct_regress_fmt_vif_(v, sizeof v, s->drops[k].vif);
        ct_regress_fmt_r_(rr, sizeof rr, s->drops[k].r);
        char *line =
            ct_regress_strdupf_("%s: VIF %s >= %g; it tracks %s (Pearson r = %s)",
                                s->drops[k].column, v, r->vif_flag, s->drops[k].tracks, rr);
        wrap(fp, "  leave out ", 4, line ? line : "(out of memory)");
        ct_free(line);
    }
}

static void write_linearity(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_regress_linearity *l = &r->linearity;
    fprintf(fp, "\nBox-Tidwell linearity (all x*ln(x) terms added at once, Wald p-values)\n");
    if (r->assumption_alpha != r->alpha) /* the check's own level, not --alpha's */
        fprintf(fp, "  (not linear at p < %g, whatever --alpha)\n", r->assumption_alpha);
    /* the p-values left-aligned, so "p =" and the decimal points line up:
     * right-aligned, "p = 0.07134" stood a column left of "p = 0.1294"
     * before 2026-12-04 (tests/cli/regress_box_tidwell_p_aligned) */
    ct_table *t = tbl_new("llll");
    for (size_t j = 0; j < d->p; j++) {
        if (ct_encoder_column(d->enc, j)->kind != CT_ENCODER_NUMERIC)
            continue;
        if (l->applicable[j] == CT_BT_NEGATIVE)
            tbl_row(t, "%s" SEP "undefined" SEP "not tested" SEP "has negative values",
                    d->x->names[j]);
        else if (l->applicable[j] == CT_BT_TWO_VALUES)
            tbl_row(t,
                    "%s" SEP "undefined" SEP "not tested" SEP "two values: linear by construction",
                    d->x->names[j]);
        else if (l->applicable[j] != CT_BT_TESTED)
            tbl_row(t, "%s" SEP "undefined" SEP "not tested" SEP "", d->x->names[j]);
        else if (isnan(l->pvalue[j]))
            tbl_row(t, "%s" SEP "p undefined" SEP "not tested" SEP "the refit gives no p-value",
                    d->x->names[j]);
        else {
            char pv[64], g[40];
            const double lg = r->linearity_log10_pvalue ? r->linearity_log10_pvalue[j] : NAN;
            if (l->pvalue[j] < 1e-300 && isfinite(lg)) /* underflowed: never "p = 0" */
                ct_numfmt_pvalue(pv, sizeof pv, l->pvalue[j], lg);
            else {
                ct_numfmt_g_vs(g, sizeof g, l->pvalue[j], 4, r->assumption_alpha);
                snprintf(pv, sizeof pv, "p = %s", g);
            }
            tbl_row(t, "%s" SEP "%s" SEP "%s" SEP "%s", d->x->names[j], pv,
                    l->pvalue[j] < r->assumption_alpha ? "not linear" : "linear",
                    l->shifted[j] ? "tested x+1 (has zeros)" : "tested x");
        }
    }
    tbl_print(t, fp, "  ");
    char nb[32];
    if (l->npinned)
        fprintf(fp,
                "  (the refit predicts %s row%s (almost) perfectly: these p-values are not "
                "reliable)\n",
                cnt(nb, l->npinned), l->npinned == 1 ? "" : "s");
}

static void write_checks(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    fprintf(fp, "\nAssumption checks\n");
    /* the verdicts in one column: "[ok  ]", "[warn]", and when a check
     * could not run, "[untested]" beside "[ok      ]" */
    int vw = 4;
    for (size_t k = 0; k < r->nchecks; k++)
        if ((int)strlen(r->checks[k].verdict) > vw)
            vw = (int)strlen(r->checks[k].verdict);
    for (size_t k = 0; k < r->nchecks; k++) {
        char *head =
            ct_regress_strdupf_("  [%-*s] %s: ", vw, r->checks[k].verdict, r->checks[k].name);
        wrap(fp, head ? head : "  ", 5 + vw, r->checks[k].reason);
        ct_free(head);
    }
    fprintf(fp,
            "\nVariance inflation factors (statsmodels' variance_inflation_factor on the design\n"
            "  with its constant; flag >= %g)\n",
            r->vif_flag);
    ct_table *t = tbl_new("lrl");
    char v[64];
    for (size_t j = 0; j < d->p; j++)
        tbl_row(t, "%s" SEP "%s" SEP "%s", d->x->names[j], num(v, sizeof v, 4, 'f', r->vif[j]),
                j == 0                     ? "constant, not a predictor"
                : isnan(r->vif[j])         ? "not computable"
                : r->vif[j] >= r->vif_flag ? "high"
                                           : "ok");
    tbl_print(t, fp, "  ");
    if (r->screen.status == CT_OK)
        write_screen(fp, r);
    if (r->linearity.status == CT_OK)
        write_linearity(fp, r);
    fprintf(fp, "\nMost influential rows (Cook's distance)\n");
    const ct_regress_influence *in = &r->influence;
    t = tbl_new("rrrrrr");
    tbl_row(t, "line" SEP "Cook's D" SEP "leverage" SEP "std Pearson resid" SEP "y" SEP "fitted p");
    for (size_t k = 0; k < in->ntop; k++) {
        size_t i = in->top[k];
        /* four digits, but never "1" or "0" for a probability that is not
         * exactly that (ct_numfmt_prob): before 2026-12-05 0.99996 read "1"
         * (tests/cli/regress_influence_p_never_one) */
        char pf[32];
        const double p = r->fit->prob[i];
        snprintf(pf, sizeof pf, "%.4g", p);
        if ((strcmp(pf, "1") == 0 && p != 1) || (strcmp(pf, "0") == 0 && p != 0))
            ct_numfmt_prob(pf, sizeof pf, p);
        tbl_row(t, "%ld" SEP "%.4g" SEP "%.4g" SEP "%.4g" SEP "%g" SEP "%s", in->top_line[k],
                in->cooks[i], in->hat[i], in->std_resid[i], d->y[i], pf);
    }
    tbl_print(t, fp, "  ");
    char nb[32];
    if (in->undefined)
        fprintf(fp,
                "  (%s rows predicted wrong with a fitted probability of exactly 0 or 1 have "
                "no defined Cook's D)\n",
                cnt(nb, in->undefined));
}

/* The held-out figures, two spaces between them, as one line when it fits
 * in WIDTH, else with ROC AUC on a line of its own (before 2026-12-04 the
 * long line went through wrap(), which joined the figures with one space:
 * tests/cli/regress_test_split_no_positive). */
static void write_figures(FILE *fp, const char *figs, const char *auc)
{
    if (strlen(figs) + strlen(auc) + 6 <= WIDTH)
        fprintf(fp, "  %s  %s\n", figs, auc);
    else
        fprintf(fp, "  %s\n    %s\n", figs, auc);
}

/* The test rows hold one class only (a class with few rows and a small
 * --test-size: round(test_size * n_c) = 0): recall (no positive row) or
 * specificity (no negative one), balanced accuracy and ROC AUC cannot be
 * measured, whatever the threshold or the class weights; said, with the
 * --test-size that puts a row of the class there, instead of the advice
 * for a model that predicts one class (before 2026-12-04 "try
 * --balance=weight, or a threshold nearer the positive share", which could
 * not help: tests/cli/regress_test_split_no_positive). */
static void write_one_class_test(FILE *fp, const ct_regress *r)
{
    const ct_regress_holdout *h = &r->holdout;
    const int none_pos = h->ntest_pos == 0;
    const size_t m = none_pos ? h->ntrain_pos : h->ntrain - h->ntrain_pos; /* the class's rows */
    char cls[160], fix[96];
    if (none_pos)
        snprintf(cls, sizeof cls, "no %s = '%s' row", r->design->target, r->design->positive);
    else
        snprintf(cls, sizeof cls, "no row with %s other than '%s'", r->design->target,
                 r->design->positive);
    if (m >= 2)
        /* round(F·m) >= 1 from F = 0.5/m, said rounded up to 4 decimals
         * (0.5/6 as "0.0833" would still round to 0 rows) */
        snprintf(fix, sizeof fix, "raise --test-size to %g or more",
                 ceil(0.5 / (double)m * 1e4 - 1e-9) / 1e4);
    else
        snprintf(fix, sizeof fix, "with one such row no split can put it on both sides");
    char *w = ct_regress_strdupf_(
        "the test split holds %s (%zu such rows x test size %g = %.3g, rounded to 0), so %s, "
        "balanced accuracy and ROC AUC cannot be measured on it%s, and no threshold or class "
        "weight changes that; %s",
        cls, m, h->test_size, h->test_size * (double)m, none_pos ? "recall, F1" : "specificity",
        none_pos ? " (recall and F1 read 0 by sklearn's zero_division=0, not from missed "
                   "positives)"
                 : "",
        fix);
    wrap(fp, "  [warn] one class in the test split: ", 4, w ? w : "(out of memory)");
    ct_free(w);
}

static void write_split(FILE *fp, const ct_regress *r)
{
    const ct_regress_holdout *h = &r->holdout;
    char *head = h->balance
                     ? ct_regress_strdupf_(
                           "stratified split, test size %g, seed %lu; class weights: each "
                           "training row of class c weighs n/(2*n_c): positive %.4g, negative "
                           "%.4g, so both classes count equally in the fit)",
                           h->test_size, h->seed, h->w_pos, h->w_neg)
                     : ct_regress_strdupf_("stratified split, test size %g, seed %lu; unweighted: "
                                           "the rare class counts as often as it occurs; "
                                           "--balance=weight weighs classes equally)",
                                           h->test_size, h->seed);
    fputc('\n', fp);
    wrap(fp, "Held-out classification (", 2, head ? head : "");
    ct_free(head);
    if (h->status) {
        wrap(fp, "  not available: ", 4, h->message);
        return;
    }
    const ct_metrics_binary *mt = &h->metrics;
    char a[32], b[32], c[32], e[32], au[32], ba[32], th[32], pr[32], re[32], f1[32];
    ct_numfmt_prob(th, sizeof th, mt->threshold); /* never "1" below 1 */
    fprintf(fp, "  train %s rows (%s positive), test %s rows (%s positive), threshold %s\n",
            cnt(a, h->ntrain), cnt(c, h->ntrain_pos), cnt(b, h->ntest), cnt(e, h->ntest_pos), th);
    /* num(): a tiny precision is not "0.0000" (ct_numfmt_stat) */
    fprintf(fp, "  accuracy %s  no-information rate %s (always the majority class)\n",
            num(a, sizeof a, 4, 'f', mt->accuracy),
            num(b, sizeof b, 4, 'f', h->no_information_rate));
    char figs[192], auc[64];
    snprintf(figs, sizeof figs, "balanced accuracy %s  precision %s  recall %s  F1 %s",
             num(ba, sizeof ba, 4, 'f', h->balanced_accuracy),
             num(pr, sizeof pr, 4, 'f', mt->precision), num(re, sizeof re, 4, 'f', mt->recall),
             num(f1, sizeof f1, 4, 'f', mt->f1));
    snprintf(auc, sizeof auc, "ROC AUC %s",
             isnan(mt->auc) ? "undefined (one class)" : num(au, sizeof au, 4, 'f', mt->auc));
    write_figures(fp, figs, auc);
    ct_table *t = tbl_new("lrr");
    tbl_row(t, "confusion matrix" SEP "predicted 0" SEP "predicted 1");
    tbl_row(t, "actual 0" SEP "%s" SEP "%s", cnt(a, mt->tn), cnt(b, mt->fp));
    tbl_row(t, "actual 1" SEP "%s" SEP "%s", cnt(a, mt->fn), cnt(b, mt->tp));
    tbl_print(t, fp, "  ");
    if (mt->tp + mt->fp == 0)
        wrap(fp, "  ", 2,
             "no test row reached the threshold, so precision and F1 are reported as 0 "
             "(sklearn's zero_division=0); ROC AUC does not depend on the threshold");
    if (h->ntest_pos == 0 || h->ntest_pos == h->ntest)
        write_one_class_test(fp, r);
    else if (h->single_class >= 0) {
        /* the accuracy is the no-information rate only when the class
         * predicted is the larger one: predicting the smaller one for every
         * row (threshold 0) scores that class's share, below it */
        const double share1 = (double)h->ntest_pos / (double)(h->ntest ? h->ntest : 1);
        const double share = h->single_class == 1 ? share1 : 1.0 - share1;
        char acc[96];
        if (share >= 0.5)
            snprintf(acc, sizeof acc, "the no-information rate");
        else
            snprintf(acc, sizeof acc,
                     "that class's share of the test rows (%.4f), below the "
                     "no-information rate,",
                     share);
        char *w = ct_regress_strdupf_(
            "the model predicts class %d for every test row, so its accuracy is %s and it "
            "tells nothing apart at threshold %g; try "
            "--balance=weight, or a threshold nearer the positive share (%.3g)%s",
            h->single_class, acc, mt->threshold,
            (double)h->ntrain_pos / (double)(h->ntrain ? h->ntrain : 1),
            isnan(mt->auc) ? "" : " - the ROC AUC shows how well the scores rank");
        wrap(fp, "  [warn] single class: ", 4, w ? w : "");
        ct_free(w);
    }
}

ct_status ct_regress_write_text(const ct_regress *r, FILE *fp)
{
    write_cleaning(fp, r->design);
    write_summary(fp, r);
    write_checks(fp, r);
    char *head = ct_regress_strdupf_("Interpretation (%s = '%s'; odds, not probabilities)",
                                     r->design->target, r->design->positive);
    fputc('\n', fp);
    wrap(fp, "", 2, head);
    ct_free(head);
    for (size_t k = 0; k < r->ninterpretation; k++)
        wrap(fp, "  - ", 4, r->interpretation[k]);
    write_split(fp, r);
    return ferror(fp) ? CT_EIO : CT_OK;
}
