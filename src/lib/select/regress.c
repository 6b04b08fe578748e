/* regress.c — the regression analysis as data: options, the order of the
 * steps (fit, VIF, Box–Tidwell, influence, screen, held-out view, checks,
 * interpretation) and the result's lifetime (see claimtriage/regress.h).
 * Each step lives in its own regress_*.c. */
#include "select/regress_internal.h"

#include "claimtriage/htest.h"
#include "claimtriage/numfmt.h"

#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

ct_regress_options ct_regress_options_default(void)
{
    ct_regress_options o;
    memset(&o, 0, sizeof o);
    o.screen_name = "collinearity screen";
    o.screen_noun = "screened";
    o.test_size = 0.25;
    o.seed = 42;
    o.threshold = 0.5;
    o.alpha = 0.05;
    o.vif_flag = 5.0;      /* VIF >= 5: problematic collinearity */
    o.epv_min = 10.0;      /* Peduzzi et al. 1996 */
    o.leverage_mult = 2.0; /* h_i > 2p/n (Hoaglin & Welsch) */
    o.cooks_num = 4.0;     /* D_i > 4/n (Bollen & Jackman) */
    o.cooks_major = 1.0;   /* D_i > 1: one row moves the whole fit */
    o.resid_limit = 3.0;   /* |standardized Pearson residual| > 3 */
    o.top = 5;
    o.logit = ct_logit_params_default();
    o.assumption_alpha = CT_HTEST_ASSUMPTION_ALPHA;
    return o;
}

const char *ct_regress_options_check(const ct_regress_options *o)
{
    if (!o)
        return "options are NULL";
    if (o->nscreen && !o->screen)
        return "the screen column list is NULL";
    if (!o->screen_name || !o->screen_noun)
        return "the screen needs a name and a noun";
    if (!(o->test_size > 0 && o->test_size < 1))
        return "test_size must be in (0, 1)";
    if (!(o->threshold >= 0 && o->threshold <= 1))
        return "threshold must be in [0, 1]";
    if (!(o->alpha >= CT_HTEST_ALPHA_MIN && o->alpha < 1))
        return "alpha must be at least CT_HTEST_ALPHA_MIN (1e-15) and below 1";
    if (!(o->assumption_alpha > 0 && o->assumption_alpha < 1))
        return "assumption_alpha must be strictly between 0 and 1";
    if (!(o->vif_flag > 0) || !(o->epv_min >= 0) || !(o->leverage_mult > 0) ||
        !(o->cooks_num > 0) || !(o->cooks_major > 0) || !(o->resid_limit > 0))
        return "thresholds must be positive";
    return ct_logit_params_check(&o->logit);
}

void ct_regress_free(ct_regress *r)
{
    if (!r)
        return;
    if (r->owns_design)
        ct_design_free((ct_design *)r->design);
    ct_logit_free(r->fit);
    ct_free(r->vif);
    ct_free(r->linearity.pvalue);
    ct_free(r->linearity_log10_pvalue);
    ct_free(r->linearity.shifted);
    ct_free(r->linearity.applicable);
    ct_regress_influence_free_(&r->influence);
    ct_regress_screen_free_(&r->screen);
    ct_logit_free(r->holdout.fit);
    for (size_t k = 0; r->checks && k < r->nchecks; k++) {
        ct_free(r->checks[k].name);
        ct_free(r->checks[k].reason);
    }
    ct_free(r->checks);
    for (size_t k = 0; k < r->ninterpretation; k++)
        ct_free(r->interpretation[k]);
    ct_free(r->interpretation);
    ct_free(r->screen_name);
    ct_free(r->screen_noun);
    ct_free(r);
}

/* VIF of every design column; NaN when it cannot be computed. */
static ct_status design_vif(ct_regress *r)
{
    const ct_design *d = r->design;
    if (!(r->vif = ct_malloc(d->p * sizeof *r->vif)))
        return CT_ENOMEM;
    if (d->p < 2 || ct_logit_vif(d->x, r->vif, NULL) != CT_OK)
        for (size_t j = 0; j < d->p; j++)
            r->vif[j] = NAN;
    return CT_OK;
}

/* Box–Tidwell on the numeric columns; a failed refit is kept, not raised. */
static ct_status linearity(ct_regress *r)
{
    const ct_design *d = r->design;
    ct_regress_linearity *l = &r->linearity;
    int *test = ct_calloc(d->p, sizeof *test);
    l->pvalue = ct_malloc(d->p * sizeof *l->pvalue);
    r->linearity_log10_pvalue = ct_malloc(d->p * sizeof *r->linearity_log10_pvalue);
    l->shifted = ct_calloc(d->p, sizeof *l->shifted);
    l->applicable = ct_calloc(d->p, sizeof *l->applicable);
    if (!test || !l->pvalue || !r->linearity_log10_pvalue || !l->shifted || !l->applicable) {
        ct_free(test);
        return CT_ENOMEM;
    }
    for (size_t j = 0; j < d->p; j++)
        test[j] = ct_encoder_column(d->enc, j)->kind == CT_ENCODER_NUMERIC;
    ct_diag dg;
    ct_diag_clear(&dg);
    l->status =
        ct_logit_box_tidwell(d->x, d->y, test, &r->par, l->pvalue, r->linearity_log10_pvalue,
                             l->shifted, l->applicable, &l->npinned, &dg);
    snprintf(l->message, sizeof l->message, "%s", dg.message);
    ct_free(test);
    return l->status == CT_ENOMEM ? CT_ENOMEM : CT_OK;
}

static ct_status analyse(ct_regress *r, const ct_frame *f, const ct_design_options *dopt,
                         const ct_regress_options *o, ct_diag *diag)
{
    const ct_design *d = r->design;
    r->par = o->logit;
    r->par.names = NULL; /* the design's column names */
    r->par.weights = NULL;
    /* the confidence intervals are the (1 − alpha) ones, as statsmodels'
     * summary(alpha=a) and conf_int(alpha=a): before 2026-12-03 they stayed
     * 95% whatever --alpha said (tests/cli/regress_alpha_ci_level) */
    r->par.ci_level = 1 - o->alpha;
    r->par.ci_alpha = o->alpha; /* the quantile at alpha/2 exactly (logit.h) */
    r->alpha = o->alpha;
    r->assumption_alpha = o->assumption_alpha;
    r->vif_flag = o->vif_flag;
    if (!(r->screen_name = ct_strdup(o->screen_name)) ||
        !(r->screen_noun = ct_strdup(o->screen_noun)))
        return CT_ENOMEM;
    if (d->n <= d->p) { /* maximum likelihood needs more rows than coefficients */
        ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                    "%zu row%s kept for %zu coefficients (the constant and %zu feature "
                    "column%s): a logistic regression needs more rows than coefficients",
                    d->n, d->n == 1 ? "" : "s", d->p, d->p - 1, d->p == 2 ? "" : "s");
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "use a larger file, or fewer features with --features=A,B,...");
        return CT_EDATA;
    }
    ct_status s = ct_logit_fit(d->x, d->y, &r->par, &r->fit, diag);
    if (s == CT_ENOCONVERGE && diag && strstr(diag->hint, "max_iter"))
        /* regress sets no step limit of its own: the advice is the data's
         * (a fit that cannot settle in rounding keeps its own hint) */
        snprintf(diag->hint, sizeof diag->hint,
                 "a log-likelihood still moving after %zu steps usually means the classes are "
                 "nearly separated or a predictor has extreme values: cap its extremes "
                 "(--cap-outliers=COL,...), or leave a column out (--features=A,B,...)",
                 r->par.max_iter);
    if (s)
        return s;
    if ((s = design_vif(r)) || (s = linearity(r)) || (s = ct_regress_influence_(r, f, o)))
        return s;
    ct_regress_screen_(r, f, dopt, o);
    if (r->screen.status == CT_ENOMEM)
        return CT_ENOMEM;
    ct_regress_holdout_(r, f, o);
    if (r->holdout.status == CT_ENOMEM)
        return CT_ENOMEM;
    if ((s = ct_regress_checks_(r, f, dopt, o)) || (s = ct_regress_interpret_(r)))
        return s;
    return CT_OK;
}

static ct_status check_args(const ct_design_options *dopt, const ct_regress_options *o,
                            ct_diag *diag)
{
    const char *msg = ct_regress_options_check(o);
    if (!msg)
        msg = ct_design_options_check(dopt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    for (size_t k = 0; k < dopt->nfeatures; k++)
        if (strcmp(dopt->features[k].column, dopt->target) == 0)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "the target '%s' cannot also be a feature", dopt->target);
    return CT_OK;
}

static ct_status finish(ct_regress *r, ct_status s, ct_regress **out, ct_diag *diag)
{
    if (s) {
        if (s == CT_ENOMEM)
            ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory in the regression analysis");
        ct_regress_free(r);
        return s;
    }
    *out = r;
    return CT_OK;
}

ct_status ct_regress_analyse(const ct_frame *f, const ct_design *d, const ct_design_options *dopt,
                             const ct_regress_options *o, ct_regress **out, ct_diag *diag)
{
    *out = NULL;
    ct_status s = check_args(dopt, o, diag);
    if (s)
        return s;
    ct_regress *r = ct_calloc(1, sizeof *r);
    if (!r)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory in the regression analysis");
    r->design = d;
    return finish(r, analyse(r, f, dopt, o, diag), out, diag);
}

ct_status ct_regress_run(const ct_frame *f, const ct_design_options *dopt,
                         const ct_regress_options *o, ct_regress **out, ct_diag *diag)
{
    *out = NULL;
    ct_status s = check_args(dopt, o, diag);
    if (s)
        return s;
    ct_design *d = NULL;
    if ((s = ct_design_build(f, dopt, &d, diag)))
        return s;
    ct_regress *r = ct_calloc(1, sizeof *r);
    if (!r) {
        ct_design_free(d);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory in the regression analysis");
    }
    r->design = d;
    r->owns_design = 1;
    return finish(r, analyse(r, f, dopt, o, diag), out, diag);
}

const char *ct_regress_ci_pct_(const ct_regress *r, char *buf, size_t n)
{
    /* the one label of intervals (claimtriage/numfmt.h): "90", not the
     * 90.000000000000014 of 100·(1 − 0.1), nor "100" at 1 − 1e-15 */
    ct_numfmt_level_pct(buf, n, r->par.ci_level);
    return buf;
}

char *ct_regress_strdupf_(const char *fmt, ...)
{
    /* measured first, so no sentence is ever cut, whatever the names */
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    const int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = k >= 0 ? ct_malloc((size_t)k + 1) : NULL;
    if (buf)
        vsnprintf(buf, (size_t)k + 1, fmt, aq);
    va_end(aq);
    return buf;
}

char *ct_regress_catf_(char *s, const char *fmt, ...)
{
    if (!s)
        return NULL;
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    const int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    const size_t had = strlen(s);
    char *t = k >= 0 ? ct_realloc(s, had + (size_t)k + 1) : NULL;
    if (t)
        vsnprintf(t + had, (size_t)k + 1, fmt, aq);
    else
        ct_free(s);
    va_end(aq);
    return t;
}
