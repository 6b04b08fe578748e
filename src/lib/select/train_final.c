/* train_final.c — the fits after cross-validation (claimtriage/train.h,
 * steps 4 and 8): every family's CV champion refitted on the training part
 * and scored on the validation part, the champion family chosen there
 * (scores within select_tolerance of the best are ties, which go to the
 * simpler family: lr, then gbdt, then rf), and the audit's fits of the
 * chosen hyperparameters with the feature sets text, engagement and all.
 *
 * The fits are independent: one parallel loop, each task writing its own
 * slot, so an estimator's own loops run inside a task on one thread and
 * nothing depends on the thread count (above TR_SERIAL_ROWS training rows
 * the loop runs on one thread, the estimators' loops on all). With one family the model's fit and
 * the audit's share the loop; with auto the audit follows the choice. */
#include "base/headline.h"
#include "claimtriage/numfmt.h"
#include "select/train_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct final_fit {
    const char *set;            /* NULL: a family's model */
    const ct_train_config *cfg; /* its hyperparameters */
    ct_feature_set fs;
    ct_pipeline_spec spec;
    int resolved, same_as_main, keep_design, own_arrays;
    tr_fit fit;
    double *pv, *pt; /* validation and test probabilities (pt: models only) */
    ct_status st;
    ct_diag d;
} final_fit;

static ct_status nomem(ct_diag *d)
{
    return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

static void final_run(final_fit *t, const ct_frame *f, const tr_work *w, const ct_train_options *o)
{
    t->st = tr_fit_rows(f, w->y, w->rows[0], w->nrows[0], w->rows[1], w->nrows[1], &t->spec, t->cfg,
                        o, t->keep_design, &t->fit, &t->d);
    if (t->st == CT_OK)
        t->st = tr_predict_rows(&t->fit, f, w->rows[1], w->nrows[1], t->pv, &t->d);
    if (t->st == CT_OK && t->pt)
        t->st = tr_predict_rows(&t->fit, f, w->rows[2], w->nrows[2], t->pt, &t->d);
}

static void run_all(final_fit *t, size_t nt, const ct_frame *f, const tr_work *w,
                    const ct_train_options *o)
{
    size_t busy = 0, last = 0;
    for (size_t k = 0; k < nt; k++)
        if (t[k].resolved && !t[k].same_as_main) {
            busy++;
            last = k;
        }
    if (busy == 1) { /* one fit: its estimator's own threads (the forest's) may run */
        final_run(&t[last], f, w, o);
        return;
    }
    const long ntl = (long)nt;
    /* large data: one fit at a time, each with every thread inside
     * (TR_SERIAL_ROWS); a one-thread region is inactive, so they get them */
    const int nthr = w->nrows[0] > TR_SERIAL_ROWS ? 1 : ct_threads();
#pragma omp parallel for num_threads(nthr) schedule(dynamic, 1)
    for (long k = 0; k < ntl; k++)
        if (t[k].resolved && !t[k].same_as_main)
            final_run(&t[k], f, w, o);
}

static const char *const audit_sets[3] = {"text", "engagement", "all"};

/* The audit's three fits of cfg (a[0..3)): a set the file cannot give is
 * left unresolved, its reason kept for the report. */
static ct_status audit_prepare(final_fit *a, const ct_frame *f, const ct_train_options *o,
                               const ct_train_config *cfg, const tr_work *w, ct_diag *d)
{
    const char *exclude[2] = {o->target, o->id};
    for (int k = 0; k < 3; k++) {
        final_fit *e = &a[k];
        e->set = audit_sets[k];
        e->cfg = cfg;
        e->keep_design = k == 0; /* the n-grams' audit reads the text design */
        e->same_as_main = strcmp(audit_sets[k], o->features) == 0 && k != 0;
        const ct_status rs =
            ct_feature_set_resolve(f, audit_sets[k], o->text, exclude, o->id ? 2 : 1, o->engagement,
                                   o->nengagement, &e->fs, &e->d);
        if (rs == CT_ENOMEM)
            return nomem(d);
        e->resolved = rs == CT_OK;
        if (e->resolved) {
            e->spec = ct_pipeline_spec_default();
            ct_feature_set_apply(&e->fs, &e->spec);
            e->spec.text = e->fs.text_ngrams || e->fs.text_length ? o->text : NULL;
            e->own_arrays = 1;
            e->pv = ct_malloc((w->nrows[1] ? w->nrows[1] : 1) * sizeof *e->pv);
            if (!e->pv)
                return nomem(d);
        }
    }
    return CT_OK;
}

static ct_status audit_collect(ct_train_result *r, final_fit *a, const ct_frame *f,
                               const ct_train_options *o, const tr_work *w, ct_diag *d)
{
    for (int k = 0; k < 3; k++)
        if (a[k].resolved && !a[k].same_as_main && a[k].st == CT_ENOMEM) {
            if (d)
                *d = a[k].d;
            return CT_ENOMEM;
        }
    ct_status st = tr_audit_columns(&r->audit, f, w->y, w->rows[0], w->nrows[0], o, d);
    r->audit.said_min_validation = (size_t)ct_headline_group_min((uint64_t)w->nrows[1]);
    {
        /* the models' validation rows, by the chance notes' rule: a score
         * on 4 claims and 8 opinions tells a useful ranking from none
         * only above ROC AUC 0.82 (since 2026-12-05:
         * tests/cli/train_audit_too_few_rows) */
        size_t vp = 0;
        for (size_t i = 0; i < w->nrows[1]; i++)
            vp += w->ys[1][i] == 1;
        const size_t vn = w->nrows[1] - vp;
        r->audit.validation_detectable = ct_metrics_roc_auc_detectable(vp, vn, CT_AUC_CHANCE_ALPHA);
        r->audit.validation_too_few = ct_metrics_roc_auc_too_few(vp, vn, CT_AUC_CHANCE_ALPHA);
    }
    for (int k = 0; k < 3 && st == CT_OK; k++) {
        final_fit *e = &a[k];
        ct_audit_model *am = &r->audit.models[k];
        am->set = audit_sets[k];
        const tr_fit *src = e->same_as_main ? &w->fit : &e->fit;
        const double *pv = e->same_as_main ? w->raw[1] : e->pv;
        if (!e->resolved || (!e->same_as_main && e->st != CT_OK)) {
            snprintf(am->why, sizeof am->why, "%.150s", e->d.message);
            continue;
        }
        st = ct_metrics_binary_compute(w->ys[1], pv, w->nrows[1], 0.5, &am->validation, d);
        am->fitted = st == CT_OK;
        am->ncols = ct_pipeline_ncols(src->pipe);
        if (k == 0 && st == CT_OK)
            st = tr_audit_ngrams(&r->audit, &e->fit, w->y, w->rows[0], w->nrows[0], o->audit_ngrams,
                                 d);
    }
    return st;
}

/* ------------------------------------------------------------ selection */

/* Family k's CV fits failed (its CV champion failed on some fold, so no
 * candidate of the family has a defined mean; see claimtriage/cv.h) while
 * another family fitted: it is passed over. */
static int family_passed_over(const ct_train_result *r, const final_fit *m, size_t k, size_t nok)
{
    return nok && r->cv && r->cv->n_failed[r->families[k].champion] && ct_cv_fit_failed(m[k].st);
}

/* With auto, a family whose every candidate failed on some fold has no
 * cross-validated candidate: it is not refitted, and its status is the CV
 * failure (family_passed_over then passes it over while another family
 * fits). Before 2026-12-04 it was refitted on the larger training part,
 * where settings that failed on every fold (min_df above a fold's
 * documents) may fit: it competed on validation and could win, never
 * cross-validated (tests/cli/train_auto_failed_family_not_refitted). */
static int family_cv_failed(const ct_train_result *r, size_t k, final_fit *t)
{
    const ct_train_family_result *fr = &r->families[k];
    if (r->n_families < 2 || !r->cv)
        return 0;
    for (size_t c = fr->first; c < fr->first + fr->count; c++)
        if (!r->cv->n_failed[c])
            return 0;
    const char *why = r->cv->fit_error[fr->champion];
    t->st = ct_diag_set(&t->d, CT_EDATA, NULL, 0, 0, "%s", why ? why : "every fit failed");
    return 1;
}

/* The standard-error part of the selection's words: for the champion
 * `win` tied by it, "lr's gap to it (0.0039) is within one standard error
 * (0.0089; paired bootstrap of the validation rows)"; for a best family,
 * each simpler family's gap against its standard error, "or one standard
 * error of the gap (lr: gap 0.0211, standard error 0.0072)" ("undefined"
 * where the resamples could not say). */
static void lead_words(const ct_train_result *r, size_t win, size_t best, double k_se, char *buf,
                       size_t cap)
{
    char ses[32];
    if (k_se == 1)
        snprintf(ses, sizeof ses, "one standard error");
    else
        snprintf(ses, sizeof ses, "%.6g standard errors", k_se);
    if (win != best) { /* win tied the best by its standard error */
        char g[32], e[32];
        ct_numfmt_metric(g, sizeof g, fabs(r->families[win].score - r->families[best].score));
        ct_numfmt_metric(e, sizeof e, r->families[win].gap_se);
        snprintf(buf, cap,
                 "%s's gap to it (%s) is within %s (%s; paired bootstrap of the validation rows)",
                 ct_train_family_name(r->families[win].family), g, ses, e);
        return;
    }
    int scored = 0; /* a simpler family with a score to compare */
    for (size_t j = 0; j < win; j++)
        scored |= isfinite(r->families[j].score);
    if (!scored)
        return;
    size_t at = (size_t)snprintf(buf, cap, " or %s of the gap", ses);
    int any = 0;
    for (size_t j = 0; j < win && at < cap; j++) {
        if (!isfinite(r->families[j].score))
            continue;
        char g[32], e[32];
        ct_numfmt_metric(g, sizeof g, fabs(r->families[j].score - r->families[win].score));
        ct_numfmt_metric(e, sizeof e, r->families[j].gap_se);
        int q = snprintf(buf + at, cap - at, "%s%s: gap %s, standard error %s", any ? "; " : " (",
                         ct_train_family_name(r->families[j].family), g, e);
        at += q > 0 ? (size_t)q : 0;
        any = 1;
    }
    if (any && at < cap)
        snprintf(buf + at, cap - at, ")");
}

/* The families' validation scores; the champion: among the families whose
 * score is within tol of the best or within select_se standard errors of
 * it (train_tie.c), the simplest (the lowest index). */

static ct_status select_family(ct_train_result *r, const ct_train_options *o, final_fit *m,
                               const tr_work *w, size_t *win, ct_diag *d)
{
    const size_t nf = r->n_families;
    size_t nok = 0;
    for (size_t k = 0; k < nf; k++)
        nok += m[k].st == CT_OK;
    for (size_t k = 0; k < nf; k++)
        if (m[k].st != CT_OK && !family_passed_over(r, m, k, nok)) {
            if (d)
                *d = m[k].d;
            return m[k].st;
        }
    const int up = ct_metric_greater_is_better(o->metric);
    size_t best = nf;
    for (size_t k = 0; k < nf; k++) {
        ct_train_family_result *fr = &r->families[k];
        if (m[k].st != CT_OK) { /* passed over */
            fr->score = NAN;
            continue;
        }
        ct_status st =
            ct_metrics_binary_compute(w->ys[1], m[k].pv, w->nrows[1], 0.5, &fr->validation, d);
        if (st != CT_OK)
            return st;
        fr->fitted = 1;
        fr->score = ct_metrics_get(&fr->validation, o->metric);
        fr->n_trees = fr->family == CT_TRAIN_LR ? 0 : ct_tree_model_ntrees(m[k].fit.est);
        fr->early_stopped = fr->family == CT_TRAIN_GBDT && o->early_stopping > 0;
        if (!isnan(fr->score) && (best == nf || (up ? fr->score > r->families[best].score
                                                    : fr->score < r->families[best].score)))
            best = k;
    }
    size_t k = 0;
    int by_se = 0; /* the champion ties the best by the standard error */
    for (size_t j = 0; j < nf; j++)
        r->families[j].gap_se = NAN;
    if (best < nf) {
        const double b = r->families[best].score;
        for (; k < nf; k++) {
            const double sk = r->families[k].score;
            if (fabs(sk - b) <= o->select_tolerance)
                break; /* the best itself at the latest */
            if (k > best || !(o->select_se > 0) || !isfinite(sk))
                continue;
            double se;
            ct_status st = tr_selection_se(o, w->ys[1], m[best].pv, m[k].pv, w->nrows[1], &se);
            if (st != CT_OK)
                return st;
            r->families[k].gap_se = se;
            if (isfinite(se) && fabs(sk - b) <= o->select_se * se) {
                by_se = 1;
                break;
            }
        }
    } else { /* every score undefined: the simplest family fitted */
        while (k < nf && !r->families[k].fitted)
            k++;
    }
    *win = k < nf ? k : 0;
    if (nf < 2)
        return CT_OK;
    /* why, in words */
    char scores[160] = "";
    size_t at = 0;
    for (size_t j = 0; j < nf && at < sizeof scores; j++) {
        /* as the families' table prints it (ct_numfmt_metric): "%.6g" read
         * 0.999735 beside the table's 0.999735 but 0.00012345 beside its
         * 0.000123; NaN, a metric undefined there or passed over, reads
         * "undefined" in both (tests/cli/train_auto_why_as_table) */
        char v[32];
        ct_numfmt_metric(v, sizeof v, r->families[j].score);
        const int q = snprintf(scores + at, sizeof scores - at, "%s%s %s", j ? ", " : "",
                               ct_train_family_name(r->families[j].family), v);
        at += q > 0 ? (size_t)q : 0;
    }
    const char *wn = ct_train_family_name(r->families[*win].family);
    const char *metric = ct_metric_name(o->metric);
    /* the more complex families as good as the champion (within the
     * tolerance): when the champion is the best, a tie it won only by being
     * simpler, "gbdt and rf" (before 2026-12-07 a three-way tie at 1 read
     * "lr: the best validation average_precision", as if lr had led;
     * tests/cli/train_auto_tie_said) */
    char tied[64] = "";
    size_t tj[CT_TRAIN_NFAMILIES], ntied = 0;
    if (best < nf && *win == best)
        for (size_t j = *win + 1; j < nf; j++)
            if (isfinite(r->families[j].score) &&
                fabs(r->families[j].score - r->families[best].score) <= o->select_tolerance)
                tj[ntied++] = j;
    for (size_t i = 0; i < ntied; i++) {
        const size_t t = strlen(tied);
        snprintf(tied + t, sizeof tied - t, "%s%s",
                 i == 0           ? ""
                 : i + 1 == ntied ? " and "
                                  : ", ",
                 ct_train_family_name(r->families[tj[i]].family));
    }
    r->selection_tie = best < nf && (*win != best || ntied > 0);
    if (best == nf)
        snprintf(r->selection, sizeof r->selection,
                 "%s: %s is undefined on the validation rows for every family; the simplest is "
                 "kept",
                 wn, metric);
    else if (*win == best && ntied) {
        at = (size_t)snprintf(r->selection, sizeof r->selection,
                              "%s: a tie on validation %s (%s): %s within %.6g of %s, and ties go "
                              "to the simpler model (lr < gbdt < rf)",
                              wn, metric, scores, tied, o->select_tolerance, wn);
        if (*win > 0 && at < sizeof r->selection) {
            at += (size_t)snprintf(r->selection + at, sizeof r->selection - at,
                                   "; no simpler family within %.6g", o->select_tolerance);
            if (o->select_se > 0 && at < sizeof r->selection)
                lead_words(r, *win, best, o->select_se, r->selection + at,
                           sizeof r->selection - at);
        }
    } else if (*win == best && *win == 0)
        snprintf(r->selection, sizeof r->selection, "%s: the best validation %s (%s)", wn, metric,
                 scores);
    else if (*win == best) {
        at = (size_t)snprintf(r->selection, sizeof r->selection,
                              "%s: the best validation %s (%s); no simpler family within %.6g", wn,
                              metric, scores, o->select_tolerance);
        if (o->select_se > 0 && at < sizeof r->selection)
            lead_words(r, *win, best, o->select_se, r->selection + at, sizeof r->selection - at);
    } else if (by_se) {
        at = (size_t)snprintf(r->selection, sizeof r->selection,
                              "%s: validation %s %s; %s is best, and ", wn, metric, scores,
                              ct_train_family_name(r->families[best].family));
        if (at < sizeof r->selection)
            lead_words(r, *win, best, o->select_se, r->selection + at, sizeof r->selection - at);
        at = strlen(r->selection);
        snprintf(r->selection + at, sizeof r->selection - at,
                 ": a tie, and ties go to the simpler model (lr < gbdt < rf)");
    } else
        snprintf(r->selection, sizeof r->selection,
                 "%s: validation %s %s; %s is best and %s within %.6g of it, a tie, and ties go "
                 "to the simpler model (lr < gbdt < rf)",
                 wn, metric, scores, ct_train_family_name(r->families[best].family), wn,
                 o->select_tolerance);
    for (size_t j = 0; j < nf; j++)
        if (!r->families[j].fitted) {
            at = strlen(r->selection);
            snprintf(r->selection + at, sizeof r->selection - at,
                     "; %s passed over: its settings could not be fitted (%s)",
                     ct_train_family_name(r->families[j].family),
                     r->cv->fit_error[r->families[j].champion]);
        }
    /* a choice made on a few claims is said with them, as the audit's
     * AUCs are (base/headline.h; tests/cli/train_audit_few_claims_counted) */
    const size_t nv = w->nrows[1], vp = r->counts.positives[1], vn = nv - (vp < nv ? vp : nv);
    const size_t min = (size_t)ct_headline_group_min((uint64_t)nv);
    if (vp < min || vn < min) {
        char who[64];
        snprintf(who, sizeof who, "rows of '%.40s'", o->positive);
        at = strlen(r->selection);
        snprintf(r->selection + at, sizeof r->selection - at,
                 "; these scores rest on %zu validation row%s of '%.40s' and %zu of the other "
                 "class, fewer than the %zu %s a score is said of without its counts",
                 vp, vp == 1 ? "" : "s", o->positive, vn, min,
                 ct_headline_short_class(vp, vn, min, "of each class", who, "of the other class"));
    }
    if (r->families[CT_TRAIN_GBDT].early_stopped) {
        at = strlen(r->selection);
        snprintf(r->selection + at, sizeof r->selection - at,
                 "; gbdt's rounds were chosen on these rows (early stopping): its score is "
                 "slightly optimistic");
    }
    return CT_OK;
}

/* The chosen family's facts into r. */
static void chosen_facts(ct_train_result *r, const tr_fit *fit, size_t win)
{
    const ct_train_family_result *fr = &r->families[win];
    r->champion = fr->champion;
    r->chosen = r->configs[fr->champion];
    r->family = ct_train_family_name(r->chosen.family);
    r->n_features = ct_pipeline_ncols(fit->pipe);
    r->n_iter = fit->n_iter;
    r->converged = fit->converged;
    r->n_trees = 0;
    r->best_iteration = -1;
    r->oob_score = NAN;
    if (r->chosen.family != CT_TRAIN_LR)
        r->n_trees = ct_tree_model_ntrees(fit->est);
    if (r->chosen.family == CT_TRAIN_GBDT)
        r->best_iteration = ct_gbdt_best_iteration(fit->est);
    r->oob_unscored = 0;
    if (r->chosen.family == CT_TRAIN_RF) {
        r->oob_score = ct_rf_oob_score(fit->est);
        r->oob_unscored = ct_rf_oob_unscored(fit->est);
    }
    tr_grid_edges(r);
}

ct_status tr_final_fits(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                        const ct_pipeline_spec *spec, tr_work *w, ct_diag *d)
{
    const size_t nf = r->n_families, nv = w->nrows[1], nt = w->nrows[2];
    final_fit t[CT_TRAIN_NFAMILIES + 3];
    memset(t, 0, sizeof t);
    ct_status st = CT_OK;
    for (size_t k = 0; k < nf && st == CT_OK; k++) {
        t[k].cfg = &r->configs[r->families[k].champion];
        t[k].spec = *spec;
        t[k].resolved = !family_cv_failed(r, k, &t[k]);
        if (nf == 1) {
            t[k].pv = w->raw[1];
            t[k].pt = w->raw[2];
        } else {
            t[k].own_arrays = 1;
            t[k].pv = ct_malloc((nv ? nv : 1) * sizeof *t[k].pv);
            t[k].pt = ct_malloc((nt ? nt : 1) * sizeof *t[k].pt);
            if (!t[k].pv || !t[k].pt)
                st = nomem(d);
        }
    }
    final_fit *a = &t[nf];
    size_t na = 0;
    if (st == CT_OK && o->audit && nf == 1) {
        na = 3;
        st = audit_prepare(a, f, o, t[0].cfg, w, d);
    }
    if (st == CT_OK)
        run_all(t, nf + na, f, w, o);
    size_t win = 0;
    if (st == CT_OK)
        st = select_family(r, o, t, w, &win, d);
    if (st == CT_OK) {
        w->fit = t[win].fit;
        memset(&t[win].fit, 0, sizeof t[win].fit);
        if (nf > 1) {
            memcpy(w->raw[1], t[win].pv, nv * sizeof *w->raw[1]);
            memcpy(w->raw[2], t[win].pt, nt * sizeof *w->raw[2]);
        }
        chosen_facts(r, &w->fit, win);
    }
    if (st == CT_OK && o->audit && nf > 1) {
        na = 3;
        st = audit_prepare(a, f, o, &r->configs[r->champion], w, d);
        if (st == CT_OK)
            run_all(a, na, f, w, o);
    }
    if (st == CT_OK && o->audit)
        st = audit_collect(r, a, f, o, w, d);
    for (size_t k = 0; k < nf + na; k++) {
        ct_feature_set_free(&t[k].fs);
        tr_fit_free(&t[k].fit);
        if (t[k].own_arrays) {
            ct_free(t[k].pv);
            ct_free(t[k].pt);
        }
    }
    return st;
}
