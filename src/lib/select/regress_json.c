/* regress_json.c — the regression analysis as JSON: the members of
 * `claimtriage regress --json` after its header (keys and order in
 * docs/regress.md; see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include "claimtriage/evaluate.h"
#include "claimtriage/json.h"
#include "claimtriage/train.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void jnum(ct_json *w, const char *k, double v)
{
    ct_json_key(w, k);
    ct_json_num(w, v);
}

/* k: v, and when v is not finite, null with "<k>_reason": why, whether NaN
 * or infinite (jnum_or's "overflows a double" is not every infinity's
 * cause: an infinite VIF is an exact linear dependence). */
static void jnum_why(ct_json *w, const char *k, double v, const char *why)
{
    ct_json_key(w, k);
    ct_json_num(w, v);
    if (isfinite(v))
        return;
    char key[96];
    snprintf(key, sizeof key, "%s_reason", k);
    ct_json_key(w, key);
    ct_json_str(w, why);
}

/* A number that may not be finite: null and a sibling "<key>_reason" then
 * (docs/regress.md lists them): reason for NaN, an overflow for an
 * infinity. */
static void jnum_or(ct_json *w, const char *k, double v, const char *reason)
{
    jnum_why(w, k, v, isnan(v) ? reason : v > 0 ? "infinite (overflows a double)" : "-infinite");
}

/* The log10 of a p-value (key k), finite where the p-value (key pk) has
 * underflowed to 0.0 as statsmodels gives it: then also "<pk>_reason"
 * saying so. -inf (an infinite statistic: p exactly 0) and NaN are null with
 * "<k>_reason". */
static void jlog10p(ct_json *w, const char *k, const char *pk, double p, double log10p)
{
    jnum_or(w, k, log10p, "undefined: the p-value is undefined");
    if (!(p == 0) || !isfinite(log10p))
        return;
    char key[96], why[160];
    snprintf(key, sizeof key, "%s_reason", pk);
    snprintf(why, sizeof why,
             "below the smallest double (log10 p = %.1f): 0.0, as statsmodels gives it; %s "
             "holds it",
             log10p, k);
    ct_json_key(w, key);
    ct_json_str(w, why);
}

static void juint(ct_json *w, const char *k, uint64_t v)
{
    ct_json_key(w, k);
    ct_json_uint(w, v);
}

static void jstr(ct_json *w, const char *k, const char *v)
{
    ct_json_key(w, k);
    ct_json_str(w, v);
}

static void json_cleaning(ct_json *w, const ct_design *d)
{
    ct_json_key(w, "cleaning");
    ct_json_object_begin(w);
    juint(w, "rows_in", d->kept.rows_in);
    juint(w, "dropped_missing", d->kept.dropped_missing);
    juint(w, "dropped_duplicates", d->kept.dropped_duplicate);
    juint(w, "rows_modelled", d->n);
    ct_json_key(w, "caps");
    ct_json_array_begin(w);
    for (size_t k = 0; k < d->clean->ncap; k++) {
        const ct_clean_cap *c = &d->clean->caps[k];
        ct_json_object_begin(w);
        jstr(w, "column", c->column);
        jnum(w, "q1", c->q1);
        jnum(w, "q3", c->q3);
        jnum(w, "limit", c->limit);
        juint(w, "capped", d->kept.ncapped[k]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void json_model(ct_json *w, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    ct_json_key(w, "model");
    ct_json_object_begin(w);
    jstr(w, "target", d->target);
    jstr(w, "positive", d->positive);
    {
        /* the other class's name, as evaluate.json's model.negative (added
         * 2026-12-05: tests/cli/regress_json_negative_named) */
        char neg[256];
        ct_label_negative_name(neg, sizeof neg, d->positive, d->negative);
        jstr(w, "negative", neg);
    }
    juint(w, "n", m->n);
    juint(w, "positives", d->npositive);
    juint(w, "df_model", m->df_model);
    juint(w, "df_resid", m->df_resid);
    juint(w, "iterations", m->iterations);
    ct_json_key(w, "converged");
    ct_json_bool(w, m->converged);
    jnum(w, "beta_tol", r->par.beta_tol);
    jnum(w, "ll_tol", r->par.ll_tol);
    juint(w, "max_iter", r->par.max_iter);
    jnum(w, "llf", m->ll);
    jnum(w, "llnull", m->ll_null);
    jnum(w, "llr", m->llr);
    jnum(w, "llr_pvalue", m->llr_pvalue);
    jlog10p(w, "log10_llr_pvalue", "llr_pvalue", m->llr_pvalue, m->llr_log10_pvalue);
    jnum(w, "prsquared", m->prsquared);
    jnum(w, "aic", m->aic);
    jnum(w, "bic", m->bic);
    /* the intervals' level, 1 − alpha (added 2026-12-03: ci_low / ci_high
     * followed 95% whatever --alpha said before) */
    jnum(w, "ci_level", r->par.ci_level);
    jnum(w, "z_crit", m->z_crit);
    jnum(w, "decrement", m->max_decrement);
    /* finite in every fit: a singular design is refused (ct_logit_fit) */
    jnum_or(w, "condition_number", m->cond, "not computed (out of memory)");
    ct_json_key(w, "separation");
    ct_json_object_begin(w);
    jnum(w, "sep_tol", r->par.sep_tol);
    juint(w, "pinned_rows", m->npinned);
    jnum(w, "pinned_share", (double)m->npinned / (double)m->n);
    ct_json_key(w, "drivers");
    ct_json_object_begin(w);
    for (size_t j = 1; j < m->p; j++)
        if (m->pinned_by[j])
            juint(w, d->x->names[j], m->pinned_by[j]);
    ct_json_object_end(w);
    ct_json_object_end(w);
    ct_json_object_end(w);
}

static void json_coefficients(ct_json *w, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    const ct_regress_linearity *l = &r->linearity;
    static const char *const kinds[] = {"constant", "numeric", "dummy"};
    ct_json_key(w, "coefficients");
    ct_json_array_begin(w);
    for (size_t j = 0; j < m->p; j++) {
        const ct_encoder_col *col = ct_encoder_column(d->enc, j);
        ct_json_object_begin(w);
        jstr(w, "name", col->name);
        jstr(w, "kind", kinds[col->kind]);
        const ct_encoder_info *in =
            col->kind == CT_ENCODER_DUMMY ? ct_encoder_feature_info(d->enc, col->feature) : NULL;
        jstr(w, "reference", in ? in->levels[in->reference] : NULL);
        jnum(w, "coef", m->beta[j]);
        jnum(w, "std_err", m->se[j]);
        jnum(w, "z", m->z[j]);
        jnum(w, "p_value", m->pvalue[j]);
        jlog10p(w, "log10_p_value", "p_value", m->pvalue[j], m->log10_pvalue[j]);
        jnum(w, "ci_low", m->ci_lo[j]);
        jnum(w, "ci_high", m->ci_hi[j]);
        jnum_or(w, "odds_ratio", exp(m->beta[j]), "undefined");
        jnum_or(w, "odds_ratio_ci_low", exp(m->ci_lo[j]), "undefined");
        jnum_or(w, "odds_ratio_ci_high", exp(m->ci_hi[j]), "undefined");
        if (isinf(r->vif[j])) {
            ct_json_key(w, "vif");
            ct_json_null(w);
            jstr(w, "vif_reason", "infinite: the column is an exact linear combination of others");
        } else
            jnum_or(w, "vif", r->vif[j], "not computable for this design");
        ct_json_key(w, "box_tidwell_p");
        if (l->status == CT_OK && l->applicable[j] == CT_BT_TESTED) {
            ct_json_num(w, l->pvalue[j]);
            if (isnan(l->pvalue[j])) {
                ct_json_key(w, "box_tidwell_p_reason");
                ct_json_str(w, "undefined in the refit");
            } else if (r->linearity_log10_pvalue) /* beside a p that underflowed to 0 */
                jlog10p(w, "box_tidwell_log10_p", "box_tidwell_p", l->pvalue[j],
                        r->linearity_log10_pvalue[j]);
        } else {
            ct_json_null(w);
            if (l->status == CT_OK && l->applicable[j] < 0) {
                ct_json_key(w, "box_tidwell_p_reason");
                ct_json_str(w, l->applicable[j] == CT_BT_NEGATIVE
                                   ? "not tested: the column has negative values"
                                   : "not tested: the column has at most two distinct values, "
                                     "so it is linear in the log-odds by construction");
            }
        }
        ct_json_key(w, "box_tidwell_shifted");
        ct_json_bool(w, l->status == CT_OK && l->shifted[j]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

/* The screen under its name as a key: "engagement screen" -> "engagement_screen". */
static void json_screen(ct_json *w, const ct_regress *r, const char *name)
{
    char key[128];
    snprintf(key, sizeof key, "%s", name);
    for (char *c = key; *c; c++)
        if (*c == ' ')
            *c = '_';
    ct_json_key(w, key);
    const ct_regress_screen *s = &r->screen;
    if (s->status != CT_OK) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    juint(w, "rows", s->design->n);
    /* vif: column -> number (null when it does not exist); the reasons in
     * a map of their own, vif_reason: column -> the text's words, written
     * when some VIF is null. Before 2026-12-04 "<column>_reason" keys sat
     * among the columns, so a reader of the map met a column it does not
     * have holding a string (tests/cli/regress_screen_vif_reason_map). */
    ct_json_key(w, "vif");
    ct_json_object_begin(w);
    size_t nnull = 0;
    for (size_t j = 1; j < s->design->p; j++) {
        jnum(w, s->design->x->names[j], s->vif[j]);
        nnull += !isfinite(s->vif[j]);
    }
    ct_json_object_end(w);
    if (nnull) {
        ct_json_key(w, "vif_reason");
        ct_json_object_begin(w);
        for (size_t j = 1; j < s->design->p; j++)
            if (!isfinite(s->vif[j])) {
                char why[96]; /* the text's words */
                ct_regress_fmt_vif_col_(why, sizeof why, s->vif[j], s->design->x->col[j],
                                        s->design->n);
                jstr(w, s->design->x->names[j], why);
            }
        ct_json_object_end(w);
    }
    ct_json_key(w, "leave_out");
    ct_json_array_begin(w);
    for (size_t k = 0; k < s->ndrops; k++) {
        ct_json_object_begin(w);
        jstr(w, "column", s->drops[k].column);
        char why[96];
        ct_regress_fmt_vif_(why, sizeof why, s->drops[k].vif);
        jnum_why(w, "vif", s->drops[k].vif, why);
        jstr(w, "tracks", s->drops[k].tracks);
        jnum_or(w, "r", s->drops[k].r, "undefined: a constant column");
        ct_json_key(w, "in_model");
        ct_json_bool(w, s->drops[k].in_model);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void json_influence(ct_json *w, const ct_regress *r)
{
    const ct_regress_influence *in = &r->influence;
    ct_json_key(w, "influence");
    ct_json_object_begin(w);
    jnum(w, "leverage_threshold", in->leverage_threshold);
    jnum(w, "cooks_threshold", in->cooks_threshold);
    jnum(w, "resid_threshold", in->resid_threshold);
    juint(w, "high_leverage", in->high_leverage);
    juint(w, "high_cooks", in->high_cooks);
    juint(w, "cooks_above_1", in->cooks_major);
    juint(w, "large_resid", in->large_resid);
    juint(w, "cooks_undefined", in->undefined);
    jnum_or(w, "largest_cooks_d", in->largest, "no row has a defined Cook's distance");
    ct_json_key(w, "top");
    ct_json_array_begin(w);
    for (size_t k = 0; k < in->ntop; k++) {
        size_t i = in->top[k];
        ct_json_object_begin(w);
        ct_json_key(w, "line");
        ct_json_int(w, in->top_line[k]);
        jnum(w, "cooks_d", in->cooks[i]);
        jnum(w, "leverage", in->hat[i]);
        jnum(w, "std_pearson_resid", in->std_resid[i]);
        jnum(w, "y", r->design->y[i]);
        jnum(w, "fitted", r->fit->prob[i]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void json_holdout(ct_json *w, const ct_regress_holdout *h)
{
    ct_json_key(w, "split");
    ct_json_object_begin(w);
    jnum(w, "test_size", h->test_size);
    juint(w, "seed", h->seed);
    jstr(w, "balance", h->balance ? "weight" : "none");
    if (h->balance) {
        jnum(w, "weight_positive", h->w_pos);
        jnum(w, "weight_negative", h->w_neg);
    }
    jstr(w, "error", h->status ? h->message : NULL);
    if (!h->status) {
        const ct_metrics_binary *mt = &h->metrics;
        juint(w, "train_rows", h->ntrain);
        juint(w, "train_positive", h->ntrain_pos);
        juint(w, "test_rows", h->ntest);
        juint(w, "test_positive", h->ntest_pos);
        jnum(w, "threshold", mt->threshold);
        jnum(w, "accuracy", mt->accuracy);
        /* a 0/0 is sklearn's 0 (zero_division=0), marked "<key>_note" as
         * train and evaluate mark it (before 2026-12-05 a bare 0, not to be
         * told from a true 0: tests/cli/regress_json_zero_division_note) */
        ct_train_write_metric_json(mt, CT_METRIC_PRECISION, w);
        ct_train_write_metric_json(mt, CT_METRIC_RECALL, w);
        ct_train_write_metric_json(mt, CT_METRIC_F1, w);
        jnum_or(w, "roc_auc", mt->auc, "only one class among the test rows");
        jnum(w, "no_information_rate", h->no_information_rate);
        jnum(w, "balanced_accuracy", h->balanced_accuracy);
        ct_json_key(w, "single_class_predicted");
        if (h->single_class < 0)
            ct_json_null(w);
        else
            ct_json_int(w, h->single_class);
        ct_json_key(w, "confusion");
        ct_json_object_begin(w);
        juint(w, "tn", mt->tn);
        juint(w, "fp", mt->fp);
        juint(w, "fn", mt->fn);
        juint(w, "tp", mt->tp);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
}

void ct_regress_write_json(const ct_regress *r, ct_json *w)
{
    json_cleaning(w, r->design);
    json_model(w, r);
    json_coefficients(w, r);
    ct_json_key(w, "checks");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->nchecks; k++) {
        ct_json_object_begin(w);
        jstr(w, "name", r->checks[k].name);
        jstr(w, "verdict", r->checks[k].verdict);
        jstr(w, "reason", r->checks[k].reason);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    json_screen(w, r, r->screen_name);
    /* the screen's columns empty in every row, left out of it (the screen
     * null when fewer than two were left; added 2026-12-05:
     * tests/cli/regress_screen_empty_column) */
    ct_json_key(w, "screen_empty_columns");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->screen.nempty; k++)
        ct_json_str(w, r->screen.empty[k] ? r->screen.empty[k] : "");
    ct_json_array_end(w);
    json_influence(w, r);
    ct_json_key(w, "interpretation");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->ninterpretation; k++)
        ct_json_str(w, r->interpretation[k]);
    ct_json_array_end(w);
    json_holdout(w, &r->holdout);
}
