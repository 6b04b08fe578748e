/* metrics_rank.c — the threshold-free ranking metrics: ROC AUC (rank sum)
 * and average precision (step-wise, sklearn's average_precision_score).
 * See claimtriage/metrics.h. */
#include "claimtriage/metrics.h"
#include "claimtriage/sort.h"

#include <math.h>

/* Mann–Whitney: AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋), R₊ the sum of the
 * positives' ranks in the pooled sort, ties sharing their average rank
 * (ct_sort_ranks). Rank sums are sums of half-integers, exact in a double
 * for n below 10^8, so their order does not matter. */
ct_status ct_metrics_roc_auc(const double *y, const double *score, size_t n, double *auc)
{
    *auc = NAN;
    size_t npos = 0;
    for (size_t i = 0; i < n; i++)
        npos += y[i] != 0;
    const size_t nneg = n - npos;
    if (!npos || !nneg)
        return CT_OK;
    double *rank = ct_malloc(n * sizeof *rank);
    ct_sort_work *w = ct_sort_work_alloc(n);
    ct_status s = rank && w ? ct_sort_ranks(score, n, rank, NULL, w) : CT_ENOMEM;
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
