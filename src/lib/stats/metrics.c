/* metrics.c — binary classification metrics (see claimtriage/metrics.h). */
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

static double ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0.0; }

ct_status ct_metrics_binary_compute(const double *y, const double *score, size_t n,
                                    double threshold, ct_metrics_binary *out, ct_diag *diag)
{
    if (n == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no rows to score");
    out->n = n;
    out->threshold = threshold;
    out->tp = out->fp = out->tn = out->fn = 0;
    for (size_t i = 0; i < n; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "labels must be 0 or 1");
        if (isnan(score[i]))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "a score is NaN");
        int pred = score[i] >= threshold;
        if (y[i] != 0)
            pred ? out->tp++ : out->fn++;
        else
            pred ? out->fp++ : out->tn++;
    }
    out->accuracy = ratio(out->tp + out->tn, n);
    out->precision = ratio(out->tp, out->tp + out->fp);
    out->recall = ratio(out->tp, out->tp + out->fn);
    double pr = out->precision + out->recall;
    out->f1 = pr > 0 ? 2.0 * out->precision * out->recall / pr : 0.0;
    if (ct_metrics_roc_auc(y, score, n, &out->auc))
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for ROC AUC");
    return CT_OK;
}
