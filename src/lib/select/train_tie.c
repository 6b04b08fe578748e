/* train_tie.c — how far apart two families' validation scores must be
 * before `--model auto` calls one better (claimtriage/train.h, step 8).
 *
 * A fixed tolerance (select_tolerance, 0.0005) is far below the noise of a
 * validation score on hard data: on 4,000 validation rows of `synth
 * --noise 0.4` average precision moves by about 0.01 between resamples, so
 * a family 0.004 ahead of a simpler one won on chance (tester finding,
 * 2026-12-05). So a simpler family also ties when the best family's lead
 * is at most select_se standard errors of the difference of the two
 * scores, the standard error taken from a paired bootstrap of the
 * validation rows (Efron & Tibshirani 1993, ch. 6: the same resampled rows
 * score both families, so what the rows share cancels): the one-standard-
 * error rule of Breiman et al. (1984, 3.4.3) and Hastie, Tibshirani &
 * Friedman (2009, 7.10), applied to the choice between families.
 *
 * Deterministic: resample b draws its rows from the RNG stream
 * TR_TIE_STREAM + b of the training seed, and the differences are summed
 * in b's order, so the result does not depend on the thread count. */
#include "select/train_internal.h"

#include "claimtriage/rng.h"

#include <math.h>
#include <string.h>

/* the stream numbers of the resamples: far from the splits' and folds'
 * (claimtriage/folds.h) and the trees' per-tree streams */
#define TR_TIE_STREAM 0x7e5e0000ULL

/* One resample's scores of the two families, NaN where the metric is
 * undefined on it (a class absent). */
static ct_status one_resample(const ct_train_options *o, const double *y, const double *pa,
                              const double *pb, size_t n, uint64_t b, size_t *idx, double *ys,
                              double *sa, double *sb, double *out)
{
    ct_rng *g = NULL;
    ct_status st = ct_rng_create(o->seed, TR_TIE_STREAM + b, &g);
    if (st != CT_OK)
        return st;
    for (size_t i = 0; i < n; i++)
        idx[i] = (size_t)ct_rng_uniform_int(g, n);
    ct_rng_destroy(g);
    for (size_t i = 0; i < n; i++) {
        ys[i] = y[idx[i]];
        sa[i] = pa[idx[i]];
        sb[i] = pb[idx[i]];
    }
    double va = NAN, vb = NAN;
    st = ct_metrics_score(o->metric, ys, sa, n, 0.5, &va, NULL, NULL);
    if (st == CT_OK)
        st = ct_metrics_score(o->metric, ys, sb, n, 0.5, &vb, NULL, NULL);
    *out = va - vb;
    return st;
}

ct_status tr_selection_se(const ct_train_options *o, const double *y, const double *pa,
                          const double *pb, size_t n, double *se)
{
    *se = NAN;
    const size_t B = TR_TIE_RESAMPLES;
    if (n < 2)
        return CT_OK;
    double *diff = ct_malloc(B * sizeof *diff);
    if (!diff)
        return CT_ENOMEM;
    ct_status st = CT_OK;
#pragma omp parallel
    {
        size_t *idx = ct_malloc(n * sizeof *idx);
        double *buf = ct_malloc(3 * n * sizeof *buf);
        ct_status mine = idx && buf ? CT_OK : CT_ENOMEM;
#pragma omp for schedule(static)
        for (size_t b = 0; b < B; b++) {
            if (mine != CT_OK) {
                diff[b] = NAN;
                continue;
            }
            mine = one_resample(o, y, pa, pb, n, (uint64_t)b, idx, buf, buf + n, buf + 2 * n,
                                &diff[b]);
        }
        if (mine != CT_OK) {
#pragma omp critical(tr_tie)
            st = mine;
        }
        ct_free(idx);
        ct_free(buf);
    }
    if (st == CT_OK) {
        /* the sample standard deviation of the defined differences, in
         * b's order; fewer than half defined: no estimate */
        double s = 0, s2 = 0;
        size_t k = 0;
        for (size_t b = 0; b < B; b++)
            if (isfinite(diff[b])) {
                s += diff[b];
                k++;
            }
        if (k >= 2 && 2 * k >= B) {
            const double mean = s / (double)k;
            for (size_t b = 0; b < B; b++)
                if (isfinite(diff[b]))
                    s2 += (diff[b] - mean) * (diff[b] - mean);
            *se = sqrt(s2 / (double)(k - 1));
        }
    }
    ct_free(diff);
    return st;
}
