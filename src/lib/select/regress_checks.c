/* regress_checks.c — the assumption verdicts of the regression: binary
 * outcome, independent observations, multicollinearity, the collinearity
 * screen, linearity of the log-odds, influential observations, events per
 * predictor, separation (see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define REASON_MAX 1024

typedef struct checks {
    ct_regress *r;
    int fail; /* out of memory */
} checks;

static char *add(checks *c, const char *name, const char *verdict)
{
    ct_regress *r = c->r;
    ct_regress_check *k = &r->checks[r->nchecks];
    k->name = ct_strdup(name);
    k->verdict = verdict;
    k->reason = ct_calloc(REASON_MAX, 1);
    r->nchecks++;
    if (!k->name || !k->reason) {
        c->fail = 1;
        return NULL;
    }
    return k->reason;
}

static void binary_outcome(checks *c)
{
    const ct_design *d = c->r->design;
    char a[32], b[32];
    char *why = add(c, "binary outcome", d->target_levels == 2 ? "ok" : "warn");
    if (!why)
        return;
    ct_numfmt_count(a, sizeof a, d->npositive);
    ct_numfmt_count(b, sizeof b, d->n - d->npositive);
    if (d->target_levels == 2)
        snprintf(why, REASON_MAX,
                 "%s takes two values on the kept rows: '%s' (%s rows, coded 1) and the other "
                 "(%s rows, coded 0)",
                 d->target, d->positive, a, b);
    else
        snprintf(why, REASON_MAX,
                 "%s takes %zu values on the kept rows; '%s' (%s) is modelled against all the "
                 "others together (%s)",
                 d->target, d->target_levels, d->positive, a, b);
}

static void independence(checks *c, const ct_design_options *dopt, const ct_regress_options *o)
{
    const ct_design *d = c->r->design;
    char *why = add(c, "independent observations", d->kept.repeated_ids ? "warn" : "ok");
    if (!why)
        return;
    int w =
        snprintf(why, REASON_MAX, "%zu exact duplicate rows dropped", d->kept.dropped_duplicate);
    if (dopt->id_column && w >= 0 && w < REASON_MAX)
        w += snprintf(why + w, REASON_MAX - (size_t)w,
                      "; %zu repeated %s values among the kept rows", d->kept.repeated_ids,
                      dopt->id_column);
    if (o->independence_note && w >= 0 && w < REASON_MAX)
        snprintf(why + w, REASON_MAX - (size_t)w, "; %s", o->independence_note);
}

static void multicollinearity(checks *c, const ct_regress_options *o)
{
    const ct_regress *r = c->r;
    const ct_design *d = r->design;
    size_t worst = 1;
    for (size_t j = 2; j < d->p; j++)
        if (r->vif[j] > r->vif[worst])
            worst = j;
    int bad = d->p > 1 && r->vif[worst] >= o->vif_flag;
    char *why = add(c, "multicollinearity (VIF)", bad ? "warn" : "ok");
    if (why && d->p > 1)
        snprintf(why, REASON_MAX, "largest predictor VIF %.3g (%s) %s %g", r->vif[worst],
                 d->x->names[worst], bad ? ">=" : "<", o->vif_flag);
}

static void screen(checks *c, const ct_regress_options *o)
{
    const ct_regress_screen *s = &c->r->screen;
    if (s->status != CT_OK)
        return;
    int bad = 0;
    for (size_t k = 0; k < s->ndrops; k++)
        bad |= s->drops[k].in_model;
    char *why = add(c, o->screen_name, bad ? "warn" : "ok");
    if (!why)
        return;
    if (!s->ndrops) {
        snprintf(why, REASON_MAX, "every %s column has VIF < %g together: none needs leaving out",
                 o->screen_noun, o->vif_flag);
        return;
    }
    size_t w = 0;
    for (size_t k = 0; k < s->ndrops && w < REASON_MAX; k++) {
        const ct_regress_drop *dr = &s->drops[k];
        w += (size_t)snprintf(why + w, REASON_MAX - w,
                              "%sleave out %s (VIF %.3g; tracks %s, r = %.2f)%s", k ? "; " : "",
                              dr->column, dr->vif, dr->tracks, dr->r,
                              dr->in_model ? " but the model includes it" : ", as the model does");
    }
}

static void linearity(checks *c, const ct_regress_options *o)
{
    const ct_regress_linearity *l = &c->r->linearity;
    const ct_design *d = c->r->design;
    if (l->status != CT_OK) {
        char *why = add(c, "linearity of the log-odds", "warn");
        if (why)
            snprintf(why, REASON_MAX, "Box-Tidwell refit failed: %.400s", l->message);
        return;
    }
    size_t ntest = 0, nbad = 0, jmin = SIZE_MAX;
    for (size_t j = 0; j < d->p; j++) {
        if (!l->applicable[j])
            continue;
        ntest++;
        if (l->pvalue[j] < o->alpha)
            nbad++;
        if (jmin == SIZE_MAX || l->pvalue[j] < l->pvalue[jmin])
            jmin = j;
    }
    char *why = add(c, "linearity of the log-odds", nbad ? "warn" : "ok");
    if (!why)
        return;
    if (ntest == 0)
        snprintf(why, REASON_MAX, "no continuous predictor to test");
    else
        snprintf(why, REASON_MAX,
                 "Box-Tidwell: %zu of %zu x*ln(x) terms significant at %g (smallest p = %.3g, %s)",
                 nbad, ntest, o->alpha, l->pvalue[jmin], d->x->names[jmin]);
}

static void influence(checks *c, const ct_regress_options *o)
{
    const ct_regress_influence *in = &c->r->influence;
    char *why = add(c, "influential observations", in->cooks_major ? "warn" : "ok");
    if (!why)
        return;
    char l[32], k[32], q[32];
    ct_numfmt_count(l, sizeof l, in->high_leverage);
    ct_numfmt_count(k, sizeof k, in->high_cooks);
    ct_numfmt_count(q, sizeof q, in->large_resid);
    snprintf(why, REASON_MAX,
             "%zu rows with Cook's D > %g; %s with leverage > %g*p/n, %s with Cook's D > %g/n, "
             "%s with |standardized Pearson residual| > %g; largest Cook's D %.3g",
             in->cooks_major, o->cooks_major, l, o->leverage_mult, k, o->cooks_num, q,
             o->resid_limit, in->ntop ? in->cooks[in->top[0]] : NAN);
}

static void events_per_predictor(checks *c, const ct_regress_options *o)
{
    const ct_design *d = c->r->design;
    size_t minority = d->npositive < d->n - d->npositive ? d->npositive : d->n - d->npositive;
    double epv = d->p > 1 ? (double)minority / (double)(d->p - 1) : INFINITY;
    char *why = add(c, "events per predictor", epv >= o->epv_min ? "ok" : "warn");
    if (!why)
        return;
    char a[32];
    ct_numfmt_count(a, sizeof a, minority);
    snprintf(why, REASON_MAX,
             "%s rows in the smaller class / %zu predictor columns = %.1f (rule of thumb >= %g, "
             "Peduzzi et al. 1996)",
             a, d->p - 1, epv, o->epv_min);
}

static void separation(checks *c)
{
    const ct_regress *r = c->r;
    char *why = add(c, "separation", "ok");
    if (why)
        snprintf(why, REASON_MAX,
                 "the fit converged in %zu Newton steps with finite coefficients; no row is "
                 "pinned at a fitted probability within %g of its outcome",
                 r->fit->iterations, r->par.sep_tol);
}

ct_status ct_regress_checks_(ct_regress *r, const ct_design_options *dopt,
                             const ct_regress_options *o)
{
    r->checks = ct_calloc(8, sizeof *r->checks);
    if (!r->checks)
        return CT_ENOMEM;
    checks c = {r, 0};
    binary_outcome(&c);
    if (!c.fail)
        independence(&c, dopt, o);
    if (!c.fail)
        multicollinearity(&c, o);
    if (!c.fail)
        screen(&c, o);
    if (!c.fail)
        linearity(&c, o);
    if (!c.fail)
        influence(&c, o);
    if (!c.fail)
        events_per_predictor(&c, o);
    if (!c.fail)
        separation(&c);
    return c.fail ? CT_ENOMEM : CT_OK;
}
