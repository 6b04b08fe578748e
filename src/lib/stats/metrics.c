/* metrics.c — binary classification metrics (see claimtriage/metrics.h). */
#include "claimtriage/metrics.h"

#include <math.h>
#include <stdlib.h>

typedef struct scored {
    double s;
    int y;
} scored;

static int cmp_scored(const void *a, const void *b)
{
    double x = ((const scored *)a)->s, z = ((const scored *)b)->s;
    return (x > z) - (x < z);
}

/* Mann–Whitney: AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋), R₊ the sum of the
 * positives' ranks in the pooled sort, ties sharing their average rank. */
ct_status ct_metrics_roc_auc(const double *y, const double *score, size_t n, double *auc)
{
    *auc = NAN;
    scored *v = ct_malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return CT_ENOMEM;
    size_t npos = 0;
    for (size_t i = 0; i < n; i++) {
        v[i].s = score[i];
        v[i].y = y[i] != 0;
        npos += (size_t)v[i].y;
    }
    size_t nneg = n - npos;
    if (npos && nneg) {
        qsort(v, n, sizeof *v, cmp_scored);
        double rsum = 0;
        for (size_t i = 0; i < n;) {
            size_t j = i, pos = 0;
            while (j < n && v[j].s == v[i].s)
                pos += (size_t)v[j++].y;
            /* ranks i+1 .. j share the average (i + 1 + j) / 2 */
            rsum += (double)pos * ((double)(i + 1 + j) / 2.0);
            i = j;
        }
        double np = (double)npos;
        *auc = (rsum - np * (np + 1.0) / 2.0) / (np * (double)nneg);
    }
    ct_free(v);
    return CT_OK;
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
