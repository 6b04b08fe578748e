/* regress_checks.c — the assumption verdicts of the regression: binary
 * outcome, independent observations, multicollinearity, the collinearity
 * screen, linearity of the log-odds, influential observations, events per
 * predictor, separation (see claimtriage/regress.h). A verdict is never
 * drawn from an undefined value; reasons are built to their full length. */
#include "select/regress_internal.h"

#include "claimtriage/corr.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define NCHECKS 8

typedef struct checks {
    ct_regress *r;
    int fail; /* out of memory */
} checks;

/* Record a check; takes the reason (from ct_regress_strdupf_/_catf_). */
static void add(checks *c, const char *name, const char *verdict, char *reason)
{
    ct_regress *r = c->r;
    ct_regress_check *k = &r->checks[r->nchecks++];
    k->name = ct_strdup(name);
    k->verdict = verdict;
    k->reason = reason;
    if (!k->name || !k->reason)
        c->fail = 1;
}

static void binary_outcome(checks *c)
{
    const ct_design *d = c->r->design;
    char a[32], b[32];
    ct_numfmt_count(a, sizeof a, d->npositive);
    ct_numfmt_count(b, sizeof b, d->n - d->npositive);
    if (d->target_levels == 2)
        add(c, "binary outcome", "ok",
            ct_regress_strdupf_("%s takes two values on the kept rows: '%s' (%s rows, coded 1) "
                                "and the other (%s rows, coded 0)",
                                d->target, d->positive, a, b));
    else
        add(c, "binary outcome", "warn",
            ct_regress_strdupf_("%s takes %zu values on the kept rows; '%s' (%s) is modelled "
                                "against all the others together (%s)",
                                d->target, d->target_levels, d->positive, a, b));
}

static void independence(checks *c, const ct_frame *f, const ct_design_options *dopt,
                         const ct_regress_options *o)
{
    const ct_design *d = c->r->design;
    /* the counts grouped as every count printed (12,345; before 2026-12-05
     * 12345 here alone: tests/cli/regress_independence_counts_grouped) */
    char nd[32], nr[32];
    ct_numfmt_count(nd, sizeof nd, d->kept.dropped_duplicate);
    ct_numfmt_count(nr, sizeof nr, d->kept.repeated_ids);
    char *why = ct_regress_strdupf_("%s exact duplicate row%s dropped", nd,
                                    d->kept.dropped_duplicate == 1 ? "" : "s");
    if (dopt->id_column)
        why = ct_regress_catf_(why, "; %s repeated %s value%s among the kept rows", nr,
                               dopt->id_column, d->kept.repeated_ids == 1 ? "" : "s");
    /* ids a spreadsheet rounded (ct_frame_explain_rounded_ids, the load's
     * note): their repeats are different reports sharing a rounded id,
     * not repeated rows, and dropping them would delete reports; the check
     * cannot be made from such ids (before 2026-12-05 it advised dropping
     * the repeats: tests/cli/regress_rounded_ids_independence) */
    size_t jid;
    const int rounded = d->kept.repeated_ids && dopt->id_column &&
                        ct_frame_find(f, dopt->id_column, &jid, NULL) == CT_OK &&
                        ct_frame_ids_rounded(f, jid);
    if (rounded)
        why = ct_regress_catf_(why,
                               ", but the %s values look rounded by a spreadsheet (the load's "
                               "note): rows of different reports share a rounded id, so the "
                               "repeats are no evidence of repeated rows and keeping one row "
                               "each would delete reports; independence cannot be checked by id "
                               "(export the column as text or whole numbers)",
                               dopt->id_column);
    /* the note states one row per unit ("one video per row"), which the
     * repeats contradict: say what they mean instead */
    else if (d->kept.repeated_ids && dopt->id_column)
        why = ct_regress_catf_(why,
                               ": rows with the same %s are not independent observations (drop the "
                               "repeats, or aggregate them to one row each)",
                               dopt->id_column);
    else if (o->independence_note)
        why = ct_regress_catf_(why, "; %s", o->independence_note);
    /* without an id column repeats cannot be counted: not a pass; nor
     * with rounded ids */
    add(c, "independent observations",
        rounded                ? "untested"
        : d->kept.repeated_ids ? "warn"
        : dopt->id_column      ? "ok"
                               : "untested",
        why);
}

/* Largest VIF among the predictors (NaN ones skipped); 0 when none. */
static size_t worst_vif(const ct_regress *r)
{
    size_t worst = 0;
    for (size_t j = 1; j < r->design->p; j++)
        if (!isnan(r->vif[j]) && (worst == 0 || r->vif[j] > r->vif[worst]))
            worst = j;
    return worst;
}

static void multicollinearity(checks *c, const ct_regress_options *o)
{
    const ct_regress *r = c->r;
    const ct_design *d = r->design;
    const size_t worst = worst_vif(r);
    char v[64], rr[32], cn[48];
    if (worst == 0) {
        add(c, "multicollinearity (VIF)", d->p > 1 ? "warn" : "ok",
            ct_regress_strdupf_(d->p > 1 ? "VIFs are undefined for this design (it has fewer "
                                           "rows than columns to regress on)"
                                         : "no predictor"));
        return;
    }
    ct_regress_fmt_vif_(v, sizeof v, r->vif[worst]);
    const int bad = r->vif[worst] >= o->vif_flag;
    if (!bad) {
        add(c, "multicollinearity (VIF)", "ok",
            ct_regress_strdupf_("largest predictor VIF %s (%s) < %g", v, d->x->names[worst],
                                o->vif_flag));
        return;
    }
    /* the collinear set, and the predictor the worst one tracks most closely */
    char *why = ct_regress_strdupf_("largest predictor VIF %s (%s) >= %g; collinear set:", v,
                                    d->x->names[worst], o->vif_flag);
    size_t partner = 0, k = 0;
    double best = 0;
    for (size_t j = 1; j < d->p; j++) {
        if (j != worst) {
            const double q = ct_corr_pearson(d->x->col[worst], d->x->col[j], d->n);
            if (!isnan(q) && (partner == 0 || fabs(q) > fabs(best))) {
                best = q;
                partner = j;
            }
        }
        if (!(r->vif[j] >= o->vif_flag))
            continue;
        ct_regress_fmt_vif_(v, sizeof v, r->vif[j]);
        why = ct_regress_catf_(why, "%s %s (VIF %s)", k++ ? "," : "", d->x->names[j], v);
    }
    if (partner) {
        ct_regress_fmt_r_(rr, sizeof rr, best);
        why = ct_regress_catf_(why, "; %s tracks %s (Pearson r = %s)", d->x->names[worst],
                               d->x->names[partner], rr);
    }
    if (isfinite(r->fit->cond)) {
        snprintf(cn, sizeof cn, "%.3g", r->fit->cond);
        why = ct_regress_catf_(why,
                               "; condition number %s (Belsley-Kuh-Welsch: over 30 degrades "
                               "the estimates)",
                               cn);
    }
    why = ct_regress_catf_(why, "; their coefficients and standard errors are unstable: leave "
                                "one of them out or combine them");
    add(c, "multicollinearity (VIF)", "warn", why);
}

static void screen(checks *c, const ct_regress_options *o)
{
    const ct_regress_screen *s = &c->r->screen;
    /* columns empty in every row: left out, said (not applied when fewer
     * than two are left: "untested", never silence; before 2026-12-05 the
     * screen was dropped unsaid: tests/cli/regress_screen_empty_column) */
    if (s->status != CT_OK) {
        if (s->nempty && s->status == CT_EINVAL) {
            char names[CT_DIAG_MSG_MAX / 2];
            ct_regress_screen_empty_names_(s, names, sizeof names);
            add(c, o->screen_name, "untested",
                ct_regress_strdupf_("not applied: %s %s empty in every row, which leaves fewer "
                                    "than two columns to screen together",
                                    names, s->nempty == 1 ? "is" : "are"));
        }
        return;
    }
    int bad = 0;
    for (size_t k = 0; k < s->ndrops; k++)
        bad |= s->drops[k].in_model;
    char *why = s->ndrops ? ct_regress_strdupf_("%s", "")
                          : ct_regress_strdupf_("every %s column has VIF < %g together: none "
                                                "needs leaving out",
                                                o->screen_noun, o->vif_flag);
    for (size_t k = 0; k < s->ndrops; k++) {
        const ct_regress_drop *dr = &s->drops[k];
        char v[64], rr[32];
        ct_regress_fmt_vif_(v, sizeof v, dr->vif);
        ct_regress_fmt_r_(rr, sizeof rr, dr->r);
        why = ct_regress_catf_(why, "%sleave out %s (VIF %s; tracks %s, r = %s)%s", k ? "; " : "",
                               dr->column, v, dr->tracks, rr,
                               dr->in_model ? " but the model includes it" : ", as the model does");
    }
    /* a constant column: its VIF undefined, the others' without it */
    const ct_design *e = s->design;
    for (size_t j = 1; j < e->p; j++)
        if (isnan(s->vif[j])) {
            char v[96];
            ct_regress_fmt_vif_col_(v, sizeof v, s->vif[j], e->x->col[j], e->n);
            why = ct_regress_catf_(why, "; %s: VIF %s; the others' are computed without it",
                                   e->x->names[j], v);
        }
    for (size_t k = 0; k < s->nempty; k++)
        why = ct_regress_catf_(why, "; %s: empty in every row, left out of the screen",
                               s->empty[k] ? s->empty[k] : "?");
    add(c, o->screen_name, bad ? "warn" : "ok", why);
}

static void linearity(checks *c, const ct_regress_options *o)
{
    const ct_regress_linearity *l = &c->r->linearity;
    const ct_design *d = c->r->design;
    if (l->status != CT_OK) {
        /* a check that could not run is untested, not a warning about the
         * data (docs/regress.md; "warn" before 2026-12-03) */
        add(c, "linearity of the log-odds", "untested",
            ct_regress_strdupf_("Box-Tidwell refit failed, so linearity could not be tested: %s",
                                l->message));
        return;
    }
    size_t ntest = 0, nbad = 0, jmin = SIZE_MAX;
    for (size_t j = 0; j < d->p; j++) {
        if (l->applicable[j] != CT_BT_TESTED || isnan(l->pvalue[j]))
            continue;
        ntest++;
        if (l->pvalue[j] < o->assumption_alpha)
            nbad++;
        if (jmin == SIZE_MAX || l->pvalue[j] < l->pvalue[jmin])
            jmin = j;
    }
    size_t ntwo = 0, nneg = 0;
    for (size_t j = 0; j < d->p; j++) {
        ntwo += l->applicable[j] == CT_BT_TWO_VALUES;
        nneg += l->applicable[j] == CT_BT_NEGATIVE;
    }
    /* "no continuous predictor to test" only when there is none: one with
     * negative values is a continuous predictor left untested, by name */
    char pmin[64] = "";
    if (ntest) {
        const double *lgp = c->r->linearity_log10_pvalue, lg = lgp ? lgp[jmin] : NAN;
        char g[40];
        ct_numfmt_g_vs(g, sizeof g, l->pvalue[jmin], 3, o->assumption_alpha);
        if (l->pvalue[jmin] < 1e-300 && isfinite(lg)) /* underflowed: never "p = 0" */
            ct_numfmt_pvalue(pmin, sizeof pmin, l->pvalue[jmin], lg);
        else
            snprintf(pmin, sizeof pmin, "p = %s", g);
    }
    char *why =
        ntest == 0
            ? ct_regress_strdupf_(nneg ? "no continuous predictor could be tested"
                                       : "no continuous predictor to test")
            : ct_regress_strdupf_("Box-Tidwell: %zu of %zu x*ln(x) terms significant "
                                  "at %g%s (smallest %s, %s)",
                                  nbad, ntest, o->assumption_alpha,
                                  o->assumption_alpha != o->alpha ? ", whatever --alpha" : "", pmin,
                                  d->x->names[jmin]);
    if (ntwo)
        why =
            ct_regress_catf_(why, "; %zu numeric column%s with two values, linear by construction",
                             ntwo, ntwo == 1 ? "" : "s");
    if (nneg) {
        why = ct_regress_catf_(
            why, "; %zu with negative values, not tested (x*ln(x) needs x >= 0):", nneg);
        for (size_t j = 0, k = 0; j < d->p && why; j++)
            if (l->applicable[j] == CT_BT_NEGATIVE)
                why = ct_regress_catf_(why, "%s %s", k++ ? "," : "", d->x->names[j]);
    }
    if (ntest == 0) {
        /* nothing to test is fine; a continuous predictor that could not be
         * tested is not a pass (before 2026-12-03 both said "ok") */
        add(c, "linearity of the log-odds", nneg ? "untested" : "ok", why);
        return;
    }
    if (l->npinned) {
        char a[32];
        ct_numfmt_count(a, sizeof a, l->npinned);
        why = ct_regress_catf_(why,
                               "; but the refit predicts %s row%s (almost) perfectly, so "
                               "these p-values are not reliable",
                               a, l->npinned == 1 ? "" : "s");
    }
    /* the refit estimates the model's predictors and the ntest added terms
     * on the smaller class's rows: below the events-per-predictor rule
     * (Peduzzi et al. 1996) its Wald tests have little power, and "0 of 5
     * significant" on 15 events says nothing (before 2026-12-05 "[ok]":
     * tests/cli/regress_linearity_weak) */
    const size_t minority = d->npositive < d->n - d->npositive ? d->npositive : d->n - d->npositive;
    const size_t nparam = (d->p ? d->p - 1 : 0) + ntest;
    const double epp = (double)minority / (double)nparam;
    const int weak = epp < o->epv_min;
    char nm[32];
    ct_numfmt_count(nm, sizeof nm, minority);
    if (weak)
        why = ct_regress_catf_(why,
                               "; but a weak check, not conclusive: the refit estimates %zu "
                               "parameters on %s row%s of the smaller class (%.1f per parameter; "
                               "rule of thumb >= %g, Peduzzi et al. 1996), too few to detect "
                               "curvature",
                               nparam, nm, minority == 1 ? "" : "s", epp, o->epv_min);
    add(c, "linearity of the log-odds", nbad || l->npinned || weak ? "warn" : "ok", why);
}

static void influence(checks *c, const ct_regress_options *o)
{
    const ct_regress_influence *in = &c->r->influence;
    char l[32], k[32], q[32], u[32], m[32];
    ct_numfmt_count(m, sizeof m, in->cooks_major);
    ct_numfmt_count(l, sizeof l, in->high_leverage);
    ct_numfmt_count(k, sizeof k, in->high_cooks);
    ct_numfmt_count(q, sizeof q, in->large_resid);
    char *why = ct_regress_strdupf_(
        "%s row%s with Cook's D > %g; %s with leverage > %g*p/n, %s with Cook's D > %g/n, %s "
        "with |standardized Pearson residual| > %g",
        m, in->cooks_major == 1 ? "" : "s", o->cooks_major, l, o->leverage_mult, k, o->cooks_num, q,
        o->resid_limit);
    if (!isnan(in->largest))
        why = ct_regress_catf_(why, "; largest Cook's D %.3g", in->largest);
    if (in->undefined) {
        ct_numfmt_count(u, sizeof u, in->undefined);
        why = ct_regress_catf_(why,
                               "; Cook's D is undefined for %s row%s predicted wrong with a "
                               "fitted probability of exactly 0 or 1 (not ranked)",
                               u, in->undefined == 1 ? "" : "s");
    }
    add(c, "influential observations", in->cooks_major || in->undefined ? "warn" : "ok", why);
}

static void events_per_predictor(checks *c, const ct_regress_options *o)
{
    const ct_design *d = c->r->design;
    size_t minority = d->npositive < d->n - d->npositive ? d->npositive : d->n - d->npositive;
    char a[32];
    ct_numfmt_count(a, sizeof a, minority);
    if (d->p < 2) {
        add(c, "events per predictor", "ok",
            ct_regress_strdupf_("%s row%s in the smaller class; no predictor", a,
                                minority == 1 ? "" : "s"));
        return;
    }
    double epv = (double)minority / (double)(d->p - 1);
    add(c, "events per predictor", epv >= o->epv_min ? "ok" : "warn",
        ct_regress_strdupf_("%s row%s in the smaller class / %zu predictor column%s = %.1f "
                            "(rule of thumb >= %g, Peduzzi et al. 1996)",
                            a, minority == 1 ? "" : "s", d->p - 1, d->p == 2 ? "" : "s", epv,
                            o->epv_min));
}

/* Checked after every fit: the share of rows predicted (almost) perfectly
 * and the predictors that drive them (ct_logit.pinned_by). */
static void separation(checks *c)
{
    const ct_regress *r = c->r;
    const ct_logit *m = r->fit;
    const ct_design *d = r->design;
    if (m->npinned == 0) {
        add(c, "separation", "ok",
            ct_regress_strdupf_("the fit converged in %zu Newton steps with finite coefficients; "
                                "no row is pinned at a fitted probability within %g of its "
                                "outcome",
                                m->iterations, r->par.sep_tol));
        return;
    }
    char a[32], b[32];
    ct_numfmt_count(a, sizeof a, m->npinned);
    ct_numfmt_count(b, sizeof b, m->n);
    /* the share never a false "0.0%" (1 of 2,407 rows before 2026-12-06:
     * tests/cli/regress_pinned_share_not_zero) */
    char sh[32];
    ct_numfmt_pct_within(sh, sizeof sh, 100.0 * (double)m->npinned / (double)m->n, 1);
    char *why = ct_regress_strdupf_(
        "%s of %s rows (%s) are predicted (almost) perfectly, with a fitted probability "
        "within %g of their outcome, driven by",
        a, b, sh, r->par.sep_tol);
    /* the drivers, most rows first (at most three named) */
    size_t shown = 0, used[3] = {0, 0, 0};
    for (; shown < 3; shown++) {
        size_t best = 0;
        for (size_t j = 1; j < m->p; j++) {
            int taken = 0;
            for (size_t t = 0; t < shown; t++)
                taken |= used[t] == j;
            if (!taken && m->pinned_by[j] > (best ? m->pinned_by[best] : 0))
                best = j;
        }
        if (!best)
            break;
        used[shown] = best;
        ct_numfmt_count(a, sizeof a, m->pinned_by[best]);
        why = ct_regress_catf_(why, "%s %s (the largest term for %s of them)", shown ? "," : "",
                               d->x->names[best], a);
    }
    if (!shown)
        why = ct_regress_catf_(why, " the intercept alone");
    /* statsmodels' summary notes "possibly complete quasi-separation" only
     * when over 10% of rows are within 1e-4 of their outcome: before
     * 2026-12-06 "as statsmodels warns" was said of 1 row in 2,407 too */
    why = ct_regress_catf_(why, ": a sign of quasi-separation (Albert & Anderson 1984; "
                                "statsmodels' summary notes it when over 10%% of rows are within "
                                "1e-4 of their outcome); the coefficients and standard errors of "
                                "these predictors are not reliable and their odds ratios overstate "
                                "the effect");
    add(c, "separation", "warn", why);
}

ct_status ct_regress_checks_(ct_regress *r, const ct_frame *f, const ct_design_options *dopt,
                             const ct_regress_options *o)
{
    r->checks = ct_calloc(NCHECKS, sizeof *r->checks);
    if (!r->checks)
        return CT_ENOMEM;
    checks c = {r, 0};
    binary_outcome(&c);
    if (!c.fail)
        independence(&c, f, dopt, o);
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
