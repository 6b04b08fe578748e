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

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define SEP "\x1f" /* cell separator in tbl_row(): the ASCII unit separator */

/* A table with one alignment letter per column ('r' right, else left),
 * on the library's one table writer (claimtriage/table.h). */
static ct_table *tbl_new(const char *align)
{
    ct_table *t = ct_table_create(strlen(align));
    for (size_t j = 0; t && align[j]; j++)
        ct_table_align(t, j, align[j] == 'r');
    return t;
}

/* Add one row: the formatted text, cells separated by SEP (no column name or
 * level holds it). */
static void tbl_row(ct_table *t, const char *fmt, ...) CT_PRINTF(2, 3);
static void tbl_row(ct_table *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    for (char *p = buf, *e;; p = e + 1) {
        if ((e = strchr(p, SEP[0])))
            *e = '\0';
        ct_table_add(t, p);
        if (!e)
            return;
    }
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

static void write_cleaning(FILE *fp, const ct_design *d)
{
    char a[32], b[32], c[32], e[32];
    fprintf(fp,
            "cleaning: %s rows dropped for a missing value in a used column, %s exact "
            "duplicates dropped; %s rows modelled (%s with %s = '%s')\n",
            cnt(a, d->kept.dropped_missing), cnt(b, d->kept.dropped_duplicate), cnt(c, d->n),
            cnt(e, d->npositive), d->target, d->positive);
    for (size_t k = 0; k < d->clean->ncap; k++) {
        const ct_clean_cap *cp = &d->clean->caps[k];
        ct_numfmt_auto(a, sizeof a, cp->q1);
        ct_numfmt_auto(b, sizeof b, cp->q3);
        ct_numfmt_auto(c, sizeof c, cp->limit);
        fprintf(fp, "capped %s at Q3 + 1.5*IQR = %s (Q1 %s, Q3 %s): %s values lowered\n",
                cp->column, c, a, b, cnt(e, d->kept.ncapped[k]));
    }
    fputc('\n', fp);
}

/* statsmodels' Logit summary: two key/value columns, then the coefficients. */
#define KV "%-21s%16s   %-21s%16zu\n"
#define KG "%-21s%16.6g   %-21s%16.6g\n"
static void write_summary(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    static const char rule[] =
        "==============================================================================\n";
    fprintf(fp, "Logit Regression Results (%s = '%s' coded 1)\n%s", d->target, d->positive, rule);
    fprintf(fp, KV, "Dep. Variable:", d->target, "No. Observations:", m->n);
    fprintf(fp, KV, "Model:", "Logit", "Df Residuals:", m->df_resid);
    fprintf(fp, KV, "Method:", "MLE (Newton)", "Df Model:", m->df_model);
    fprintf(fp, "%-21s%16zu   %-21s%16.4g\n", "Iterations:", m->iterations,
            "Pseudo R-squ.:", m->prsquared);
    fprintf(fp, KG, "AIC:", m->aic, "Log-Likelihood:", m->ll);
    fprintf(fp, KG, "BIC:", m->bic, "LL-Null:", m->ll_null);
    fprintf(fp, "%-21s%16s   %-21s%16.4g\n%s", "converged:", m->converged ? "True" : "False",
            "LLR p-value:", m->llr_pvalue, rule);
    ct_table *t = tbl_new("lrrrrrrrr");
    tbl_row(t, SEP "coef" SEP "std err" SEP "z" SEP "P>|z|" SEP "[0.025" SEP "0.975]" SEP
                   "odds ratio" SEP "OR 95%% CI");
    for (size_t j = 0; j < m->p; j++)
        tbl_row(t,
                "%s" SEP "%.4g" SEP "%.4g" SEP "%.3f" SEP "%.3g" SEP "%.4g" SEP "%.4g" SEP
                "%.7g" SEP "%.7g-%.7g",
                d->x->names[j], m->beta[j], m->se[j], m->z[j], m->pvalue[j], m->ci_lo[j],
                m->ci_hi[j], exp(m->beta[j]), exp(m->ci_lo[j]), exp(m->ci_hi[j]));
    tbl_print(t, fp, "");
    fprintf(fp,
            "%sConvergence: stop when max_j |step_j|*max_i|x_ij| <= %g and |dLL| <= %g*(1+|LL|);"
            "\nCI = coef +/- %.16g*se; odds ratio = exp(coef).\n",
            rule, r->par.beta_tol, r->par.ll_tol, m->z_crit);
}

static void write_screen(FILE *fp, const ct_regress *r)
{
    const ct_regress_screen *s = &r->screen;
    char nb[32];
    fprintf(fp, "\n%c%s (every %s column together, with a constant; %s rows)\n",
            toupper((unsigned char)r->screen_name[0]), r->screen_name + 1, r->screen_noun,
            cnt(nb, s->design->n));
    ct_table *t = tbl_new("lr");
    for (size_t j = 1; j < s->design->p; j++)
        tbl_row(t, "%s" SEP "%.4f", s->design->x->names[j], s->vif[j]);
    tbl_print(t, fp, "  ");
    for (size_t k = 0; k < s->ndrops; k++)
        fprintf(fp, "  leave out %s: VIF %.3g >= %g; it tracks %s (Pearson r = %.3f)\n",
                s->drops[k].column, s->drops[k].vif, r->vif_flag, s->drops[k].tracks,
                s->drops[k].r);
}

static void write_linearity(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_regress_linearity *l = &r->linearity;
    fprintf(fp, "\nBox-Tidwell linearity (all x*ln(x) terms added at once, Wald p-values)\n");
    ct_table *t = tbl_new("lrll");
    for (size_t j = 0; j < d->p; j++) {
        if (ct_encoder_column(d->enc, j)->kind != CT_ENCODER_NUMERIC)
            continue;
        if (!l->applicable[j])
            tbl_row(t, "%s" SEP "-" SEP "not tested" SEP "has negative values", d->x->names[j]);
        else
            tbl_row(t, "%s" SEP "p = %.4g" SEP "%s" SEP "%s", d->x->names[j], l->pvalue[j],
                    l->pvalue[j] < r->alpha ? "not linear" : "linear",
                    l->shifted[j] ? "tested x+1 (has zeros)" : "tested x");
    }
    tbl_print(t, fp, "  ");
}

static void write_checks(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    fprintf(fp, "\nAssumption checks\n");
    for (size_t k = 0; k < r->nchecks; k++)
        fprintf(fp, "  [%-4s] %s: %s\n", r->checks[k].verdict, r->checks[k].name,
                r->checks[k].reason);
    fprintf(fp,
            "\nVariance inflation factors (statsmodels' variance_inflation_factor on the "
            "design with its constant; flag >= %g)\n",
            r->vif_flag);
    ct_table *t = tbl_new("lrl");
    for (size_t j = 0; j < d->p; j++)
        tbl_row(t, "%s" SEP "%.4f" SEP "%s", d->x->names[j], r->vif[j],
                j == 0                     ? "constant, not a predictor"
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
        tbl_row(t, "%ld" SEP "%.4g" SEP "%.4g" SEP "%.4g" SEP "%g" SEP "%.4g", in->top_line[k],
                in->cooks[i], in->hat[i], in->std_resid[i], d->y[i], r->fit->prob[i]);
    }
    tbl_print(t, fp, "  ");
}

static void write_split(FILE *fp, const ct_regress_holdout *h)
{
    fprintf(fp, "\nHeld-out classification (stratified split, test size %g, seed %lu; ",
            h->test_size, h->seed);
    if (h->balance)
        fprintf(fp,
                "class weights: each training row of class c weighs n/(2*n_c): positive "
                "%.4g, negative %.4g, so both classes count equally in the fit)\n",
                h->w_pos, h->w_neg);
    else
        fprintf(fp, "unweighted: the rare class counts as often as it occurs; --balance=weight "
                    "weighs classes equally)\n");
    if (h->status) {
        fprintf(fp, "  not available: %s\n", h->message);
        return;
    }
    const ct_metrics_binary *mt = &h->metrics;
    char a[32], b[32];
    fprintf(fp, "  train %s rows (%zu positive), test %s rows (%zu positive), threshold %g\n",
            cnt(a, h->ntrain), h->ntrain_pos, cnt(b, h->ntest), h->ntest_pos, mt->threshold);
    fprintf(fp, "  accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  ROC AUC %.4f\n",
            mt->accuracy, mt->precision, mt->recall, mt->f1, mt->auc);
    ct_table *t = tbl_new("lrr");
    tbl_row(t, "confusion matrix" SEP "predicted 0" SEP "predicted 1");
    tbl_row(t, "actual 0" SEP "%zu" SEP "%zu", mt->tn, mt->fp);
    tbl_row(t, "actual 1" SEP "%zu" SEP "%zu", mt->fn, mt->tp);
    tbl_print(t, fp, "  ");
    if (mt->tp + mt->fp == 0)
        fprintf(fp, "  no test row reached the threshold, so precision and F1 are reported as 0 "
                    "(sklearn's zero_division=0); ROC AUC does not depend on the threshold\n");
}

ct_status ct_regress_write_text(const ct_regress *r, FILE *fp)
{
    write_cleaning(fp, r->design);
    write_summary(fp, r);
    write_checks(fp, r);
    fprintf(fp, "\nInterpretation (%s = '%s'; odds, not probabilities)\n", r->design->target,
            r->design->positive);
    for (size_t k = 0; k < r->ninterpretation; k++)
        fprintf(fp, "  - %s\n", r->interpretation[k]);
    write_split(fp, &r->holdout);
    return ferror(fp) ? CT_EIO : CT_OK;
}
