/* regress_interpret.c — the regression in plain language: one sentence per
 * predictor column, in odds (see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include "claimtriage/stats.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void fmt_unit(char *buf, size_t n, double u)
{
    if (u >= 1)
        ct_numfmt_auto(buf, n, u);
    else
        snprintf(buf, n, "%g", u);
}

static void fmt_pct_change(char *buf, size_t n, double ratio)
{
    double pct = (ratio - 1.0) * 100.0;
    if (fabs(pct) >= 0.05)
        snprintf(buf, n, "%.1f%% %s", fabs(pct), pct >= 0 ? "higher" : "lower");
    else
        snprintf(buf, n, "%.2g%% %s", fabs(pct), pct >= 0 ? "higher" : "lower");
}

/* Continuous: the odds change for a step of u = 10^floor(log10(sd)) units
 * (sd with ddof 1 over the modelled rows), exp(β·u) − 1, and its CI. */
static char *numeric_sentence(const ct_regress *r, size_t j, const char *sig)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    double sd = sqrt(ct_stats_var(d->x->col[j], d->n, 1));
    double u = sd > 0 && isfinite(sd) ? pow(10.0, floor(log10(sd))) : 1.0;
    char us[32], ch[48], lo[48], hi[48];
    fmt_unit(us, sizeof us, u);
    fmt_pct_change(ch, sizeof ch, exp(m->beta[j] * u));
    fmt_pct_change(lo, sizeof lo, exp(m->ci_lo[j] * u));
    fmt_pct_change(hi, sizeof hi, exp(m->ci_hi[j] * u));
    return ct_regress_strdupf_("each additional %s of %s is associated with %s odds of %s = %s "
                               "(95%% CI %s to %s), holding the rest fixed; %s",
                               us, d->x->names[j], ch, d->target, d->positive, lo, hi, sig);
}

/* Dummy: the odds ratio of its level against the reference level. */
static char *dummy_sentence(const ct_regress *r, size_t j, const char *sig)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    const ct_encoder_col *col = ct_encoder_column(d->enc, j);
    const ct_encoder_info *in = ct_encoder_feature_info(d->enc, col->feature);
    return ct_regress_strdupf_(
        "rows with %s = '%s' have %.3g times the odds of %s = %s of rows with %s = '%s' (95%% CI "
        "%.3g to %.3g), holding the rest fixed; %s",
        in->column, col->level, exp(m->beta[j]), d->target, d->positive, in->column,
        in->levels[in->reference], exp(m->ci_lo[j]), exp(m->ci_hi[j]), sig);
}

ct_status ct_regress_interpret_(ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    r->interpretation = ct_calloc(d->p, sizeof *r->interpretation);
    if (!r->interpretation)
        return CT_ENOMEM;
    char sig[160];
    for (size_t j = 1; j < d->p; j++) {
        if (m->pvalue[j] < r->alpha)
            snprintf(sig, sizeof sig, "p = %.3g, significant at %g", m->pvalue[j], r->alpha);
        else
            snprintf(sig, sizeof sig, "p = %.3g: not distinguishable from no effect at %g",
                     m->pvalue[j], r->alpha);
        char *line = ct_encoder_column(d->enc, j)->kind == CT_ENCODER_NUMERIC
                         ? numeric_sentence(r, j, sig)
                         : dummy_sentence(r, j, sig);
        if (!line)
            return CT_ENOMEM;
        r->interpretation[r->ninterpretation++] = line;
    }
    return CT_OK;
}
