/* train_pooled.c — does the calibration fitted on the pooled rows (the
 * validation rows and the training rows' out-of-fold scores) fit the
 * validation rows, which the model itself scored? (claimtriage/train.h,
 * ct_train_pooled_check; docs/train.md, step 5.) */
#include "select/train_internal.h"
#include "claimtriage/dist.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The largest distance between a fold's mean out-of-fold score and the
 * validation rows' mean score, in standard deviations of the validation
 * scores, on the calibration's input scale (log-odds, or the forest's
 * probability). NaN when it cannot be told (no out-of-fold scores, the
 * validation scores one value). */
static double fold_shift(const ct_train_result *r, const ct_train_options *o, const tr_work *w)
{
    const ct_cv_result *cv = r->cv;
    const size_t nv = w->nrows[1];
    if (!cv || !cv->oof || r->champion >= cv->n_candidates || nv < 2 || o->folds > 64)
        return NAN;
    const int logodds = r->calibration_logodds;
    double mean = 0, ss = 0;
    for (size_t i = 0; i < nv; i++)
        mean += logodds ? tr_logit(w->raw[1][i]) : w->raw[1][i];
    mean /= (double)nv;
    for (size_t i = 0; i < nv; i++) {
        const double e = (logodds ? tr_logit(w->raw[1][i]) : w->raw[1][i]) - mean;
        ss += e * e;
    }
    const double sd = sqrt(ss / (double)(nv - 1));
    if (!(sd > 0) || !isfinite(mean))
        return NAN;
    double sum[64] = {0};
    size_t cnt[64] = {0};
    const size_t n = cv->n;
    for (size_t i = 0; i < n; i++) {
        const double q = cv->oof[r->champion * n + i];
        const int32_t k = w->fold[i];
        if (isnan(q) || k < 0 || (size_t)k >= o->folds)
            continue;
        sum[k] += logodds ? tr_logit(q) : q;
        cnt[k]++;
    }
    double worst = NAN;
    for (size_t k = 0; k < o->folds; k++)
        if (cnt[k]) {
            const double s = fabs(sum[k] / (double)cnt[k] - mean) / sd;
            if (isfinite(s) && !(s <= worst))
                worst = s;
        }
    return worst;
}

/* The score test of claimtriage/train.h on the nv validation rows: p their
 * pooled-calibrated probabilities, y their labels. */
static void score_test(ct_train_pooled_check *pc, const double *p, const double *y, size_t nv)
{
    double v1 = 0, vp = 0, sy = 0, sp = 0;
    for (size_t i = 0; i < nv; i++) {
        const double v = p[i] * (1 - p[i]);
        v1 += v;
        vp += v * p[i];
        sy += y[i];
        sp += p[i];
    }
    pc->mean_predicted = nv ? sp / (double)nv : NAN;
    pc->observed = nv ? sy / (double)nv : NAN;
    if (!(v1 > 0))
        return; /* every p is 0 or 1: no variance to test against */
    const double pbar = vp / v1;
    double u1 = 0, u2 = 0, v2 = 0;
    pc->split = pbar;
    for (int h = 0; h < 2; h++)
        pc->half_predicted[h] = pc->half_observed[h] = 0;
    for (size_t i = 0; i < nv; i++) {
        const double e = y[i] - p[i], g = p[i] - pbar;
        u1 += e;
        u2 += e * g;
        v2 += p[i] * (1 - p[i]) * g * g;
        const int h = g >= 0; /* the halves say where the misfit lies */
        pc->half_rows[h]++;
        pc->half_predicted[h] += p[i];
        pc->half_observed[h] += y[i];
    }
    for (int h = 0; h < 2; h++) {
        const double m = (double)pc->half_rows[h];
        pc->half_predicted[h] = m > 0 ? pc->half_predicted[h] / m : NAN;
        pc->half_observed[h] = m > 0 ? pc->half_observed[h] / m : NAN;
    }
    pc->df = v2 > 0 ? 2 : 1;
    pc->chi_square = u1 * u1 / v1 + (v2 > 0 ? u2 * u2 / v2 : 0);
    pc->p_value = ct_dist_chisq_sf(pc->chi_square, pc->df).p;
    pc->done = 1;
}

int tr_pooled_check(ct_train_result *r, const ct_train_options *o, const tr_work *w,
                    const double *s)
{
    ct_train_pooled_check *pc = &r->pooled;
    memset(pc, 0, sizeof *pc);
    pc->chi_square = pc->p_value = pc->mean_predicted = pc->observed = pc->fold_shift = NAN;
    pc->split = NAN;
    pc->half_predicted[0] = pc->half_predicted[1] = NAN;
    pc->half_observed[0] = pc->half_observed[1] = NAN;
    pc->alpha = o->calibration_pooled_alpha;
    const size_t nv = w->nrows[1];
    if (r->calibration == CT_CALIB_NONE || !w->cal_fit || !r->calibration_rows[1] || nv < 2)
        return 0;
    /* the chi-square reads sums over the rows of each class: with fewer
     * than calibration_min_class_rows of one (a claim or two) it reads
     * those few rows, and a fit on the validation rows alone would rest on
     * them too: untested, pooled kept */
    size_t vp = 0;
    for (size_t i = 0; i < nv; i++)
        vp += w->ys[1][i] == 1;
    if (vp < o->calibration_min_class_rows || nv - vp < o->calibration_min_class_rows)
        return 0;
    double *p = ct_malloc(nv * sizeof *p);
    if (!p)
        return 0; /* a check of the fit: without memory, none */
    ct_calib_apply(w->cal_fit, s, nv, p);
    score_test(pc, p, w->ys[1], nv);
    ct_free(p);
    pc->fold_shift = fold_shift(r, o, w);
    if (!pc->done || !(pc->p_value < pc->alpha))
        return 0;
    pc->refused = 1;
    char rows[32], shift[160] = "", miss[320];
    ct_numfmt_count(rows, sizeof rows, nv);
    /* where the probabilities miss: below and above their weighted mean
     * (a slope), or as a whole (a level) when they hold one value */
    if (pc->df == 2 && pc->half_rows[0] && pc->half_rows[1])
        snprintf(miss, sizeof miss,
                 "probabilities that miss their rates of '%.40s': ranked by them, the lower %zu "
                 "a mean of %.6g where %.6g are, the upper %zu %.6g where %.6g are",
                 o->positive, pc->half_rows[0], pc->half_predicted[0], pc->half_observed[0],
                 pc->half_rows[1], pc->half_predicted[1], pc->half_observed[1]);
    else
        snprintf(miss, sizeof miss, "a mean probability of %.6g where %.6g of them are '%.40s'",
                 pc->mean_predicted, pc->observed, o->positive);
    if (!isnan(pc->fold_shift))
        snprintf(shift, sizeof shift,
                 " (a fold's mean out-of-fold score lies up to %.3g standard deviations of the "
                 "validation scores from theirs)",
                 pc->fold_shift);
    snprintf(pc->cause, sizeof pc->cause,
             "not pooled: calibrated with the training rows' out-of-fold scores, the %s "
             "validation rows, scored by the model itself, would get %s (calibration test on "
             "those rows: chi-square %.4g, %d df, p = %.2g < %.3g); the fold models' scores do "
             "not read as the model's own%s, so the calibration is fitted on the validation rows "
             "alone",
             rows, miss, pc->chi_square, pc->df, pc->p_value, pc->alpha, shift);
    return 1;
}
