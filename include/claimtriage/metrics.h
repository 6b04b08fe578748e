/* claimtriage/metrics.h — binary classification metrics.
 * Layer: stats (docs/design.md).
 *
 * Conventions as scikit-learn's: a row is predicted positive when its score
 * is >= threshold; precision, recall and F1 of the positive class, 0 when
 * their denominator is 0 (sklearn's zero_division=0 without the warning);
 * ROC AUC by the rank-sum (Mann–Whitney U) statistic with tied scores given
 * their average rank (Hanley & McNeil, Radiology 143, 1982), equal to
 * sklearn's roc_auc_score. Ranks come from claimtriage/sort.h (radix, O(n)).
 *
 * Ownership: see common.h. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_METRICS_H
#define CLAIMTRIAGE_METRICS_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_metrics_binary {
    size_t n, tp, fp, tn, fn;
    double threshold;
    double accuracy, precision, recall, f1;
    double auc; /* NaN when only one class is present */
} ct_metrics_binary;

/* Metrics of scores against y (0/1) for n rows. Errors: CT_EINVAL (n = 0, a
 * label not 0/1, a NaN score), CT_ENOMEM. */
CT_API ct_status ct_metrics_binary_compute(const double *y, const double *score, size_t n,
                                           double threshold, ct_metrics_binary *out, ct_diag *diag);

/* ROC AUC alone (see above). NaN when a class is absent. Errors: CT_ENOMEM,
 * CT_EINVAL when n exceeds CT_SORT_MAX_N (claimtriage/sort.h). */
CT_API ct_status ct_metrics_roc_auc(const double *y, const double *score, size_t n, double *auc);

#ifdef __cplusplus
}
#endif
#endif
