/* metrics_rank.c — the threshold-free ranking metrics: ROC AUC (rank sum)
 * with its test against chance (one-sided Mann–Whitney)
 * and average precision (step-wise, sklearn's average_precision_score).
 * See claimtriage/metrics.h. */
#include "claimtriage/metrics.h"
#include "claimtriage/sort.h"
#include "claimtriage/dist.h"

#include <math.h>

/* Mann–Whitney: AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋), R₊ the sum of the
 * positives' ranks in the pooled sort, ties sharing their average rank
 * (ct_sort_ranks, which also gives the tie term sum(t^3 - t)). Rank sums
 * are sums of half-integers, exact in a double for n below 10^8, so their
 * order does not matter. *npos receives n₊ (0 or n: *auc NaN). */
static ct_status auc_ranks(const double *y, const double *score, size_t n, double *auc,
                           double *tie_term, size_t *npos_out)
{
    *auc = NAN;
    *tie_term = 0;
    size_t npos = 0;
    for (size_t i = 0; i < n; i++)
        npos += y[i] != 0;
    *npos_out = npos;
    const size_t nneg = n - npos;
    if (!npos || !nneg)
        return CT_OK;
    double *rank = ct_malloc(n * sizeof *rank);
    ct_sort_work *w = ct_sort_work_alloc(n);
    ct_status s = rank && w ? ct_sort_ranks(score, n, rank, tie_term, w) : CT_ENOMEM;
    if (s == CT_OK) {
        double rsum = 0;
        for (size_t i = 0; i < n; i++)
            if (y[i] != 0)
                rsum += rank[i];
        const double np = (double)npos;
        *auc = (rsum - np * (np + 1.0) / 2.0) / (np * (double)nneg);
    }
    ct_free(rank);
    ct_sort_work_free(w);
    return s;
}

ct_status ct_metrics_roc_auc(const double *y, const double *score, size_t n, double *auc)
{
    double tie_term;
    size_t npos;
    return auc_ranks(y, score, n, auc, &tie_term, &npos);
}

/* The test of AUC > 1/2 is the one-sided Mann–Whitney U test of the
 * positives' scores against the negatives' (Hanley & McNeil 1982: the AUC
 * is U₁ / (n₊·n₋)), as scipy.stats.mannwhitneyu(pos, neg,
 * alternative='greater', method='asymptotic'): z = (U₁ − n₊n₋/2 − 1/2) / σ,
 * σ² = n₊n₋/12 · ((N + 1) − T / (N(N − 1))), T the tie term, the 1/2 the
 * continuity correction; p = P(Z >= z). Every score tied (σ = 0): no
 * ranking, p = 1. */
ct_status ct_metrics_roc_auc_test(const double *y, const double *score, size_t n, ct_auc_test *out)
{
    out->auc = out->p = out->detectable = NAN;
    out->at_chance = out->too_few = 0;
    double tie_term;
    size_t npos;
    ct_status s = auc_ranks(y, score, n, &out->auc, &tie_term, &npos);
    if (s != CT_OK || isnan(out->auc))
        return s;
    const double np = (double)npos, nn = (double)(n - npos), N = (double)n;
    const double sigma = sqrt(np * nn / 12.0 * ((N + 1.0) - tie_term / (N * (N - 1.0))));
    const double u1 = out->auc * np * nn;
    out->p = sigma > 0 ? ct_dist_normal_sf((u1 - np * nn / 2.0 - 0.5) / sigma).p : 1.0;
    out->at_chance = !(out->p < CT_AUC_CHANCE_ALPHA);
    out->detectable = ct_metrics_roc_auc_detectable(npos, n - npos, CT_AUC_CHANCE_ALPHA);
    out->too_few = out->detectable > CT_AUC_USEFUL_MIN;
    return CT_OK;
}

/* ct_metrics_roc_auc_test rejects at z = (U₁ − n₊n₋/2 − 1/2) / σ ≥ z₁₋α;
 * solved for U₁ / (n₊n₋) with σ untied (T = 0). */
double ct_metrics_roc_auc_detectable(size_t npos, size_t nneg, double alpha)
{
    if (npos == 0 || nneg == 0 || !(alpha > 0 && alpha < 1))
        return NAN;
    const double np = (double)npos, nn = (double)nneg;
    const double sigma = sqrt(np * nn / 12.0 * (np + nn + 1.0));
    return 0.5 + (0.5 + ct_dist_normal_quantile(1.0 - alpha) * sigma) / (np * nn);
}

int ct_metrics_roc_auc_too_few(size_t npos, size_t nneg, double alpha)
{
    return ct_metrics_roc_auc_detectable(npos, nneg, alpha) > CT_AUC_USEFUL_MIN;
}

/* Average precision, as sklearn's _binary_clf_curve + precision_recall_curve
 * + average_precision_score: rows in decreasing score order (a stable
 * argsort read backwards), one point per distinct score t with tp(t), fp(t)
 * the counts of rows scoring >= t; AP = sum_k (R_k - R_{k-1}) P_k, R_0 = 0.
 * Counts are exact integers, so precision and recall are the same doubles
 * sklearn computes; only the order of the final sum differs (numpy sums
 * pairwise), a few ulps at most. */
ct_status ct_metrics_average_precision(const double *y, const double *score, size_t n, double *ap)
{
    *ap = NAN;
    size_t npos = 0;
    for (size_t i = 0; i < n; i++)
        npos += y[i] != 0;
    if (!npos)
        return CT_OK;
    size_t *idx = ct_malloc(n * sizeof *idx);
    ct_sort_work *w = ct_sort_work_alloc(n);
    ct_status s = idx && w ? ct_sort_argsort(score, n, idx, w) : CT_ENOMEM;
    if (s == CT_OK) {
        const double P = (double)npos;
        double sum = 0, prev_recall = 0;
        size_t tp = 0, seen = 0;
        for (size_t k = n; k-- > 0;) {
            const size_t i = idx[k];
            tp += y[i] != 0;
            seen++;
            /* the last row of a group of equal scores closes a threshold */
            if (k == 0 || score[idx[k - 1]] != score[i]) {
                const double recall = (double)tp / P;
                const double precision = (double)tp / (double)seen;
                sum += (recall - prev_recall) * precision;
                prev_recall = recall;
            }
        }
        *ap = sum;
    }
    ct_free(idx);
    ct_sort_work_free(w);
    return s;
}
