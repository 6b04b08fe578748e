/* claimtriage/importance.h — permutation importance of feature groups on
 * held-out rows, through a caller's predict-on-a-permuted-view callback.
 * Layer: select (docs/design.md).
 *
 * Method (Breiman, "Random forests", Machine Learning 45, 2001, section
 * 10; scikit-learn's permutation_importance): the model is scored once on
 * the rows as they are (the baseline); then, for each feature group g and
 * each repeat r, the values of group g are shuffled across the rows (every
 * other column left as it is) and the rows scored again. The importance of
 * (g, r) is the loss of score: baseline - permuted for a metric where larger
 * is better, permuted - baseline for a loss (log loss, Brier, ECE), so
 * positive always means the model relies on the group (sklearn gets the same
 * sign by negating losses: neg_log_loss). Per group: the mean over repeats
 * and the standard deviation with divisor n_repeats (numpy.std, as
 * sklearn's importances_std). A group is whatever the caller permutes
 * together: one numeric column, the one-hot columns of one categorical, all
 * n-grams of the text. Measured on held-out rows, so it shows what the
 * model uses to generalise, without the bias of impurity importance towards
 * features with many split points (Strobl et al., BMC Bioinformatics 8,
 * 2007).
 *
 * Permutations: task (g, r) shuffles the identity 0..n-1 (Fisher–Yates)
 * with stream 1 + g * n_repeats + r of the seed (claimtriage/rng.h), so the
 * permutation of every task is fixed whichever thread runs it. Tasks run in
 * an OpenMP loop (num_threads(ct_threads())), each writing its own slot:
 * results are bit-identical whatever the thread count.
 *
 * Ownership: see common.h; the result is the caller's
 * (ct_importance_result_destroy accepts NULL). Thread-safety: reentrant
 * (no global state) when the callback is.
 */
#ifndef CLAIMTRIAGE_IMPORTANCE_H
#define CLAIMTRIAGE_IMPORTANCE_H

#include "claimtriage/common.h"
#include "claimtriage/metrics.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Write P(y = 1) of the n held-out rows to proba_out. perm NULL: the rows
 * as they are. Otherwise row i is scored with the values of feature group
 * `group` taken from row perm[i] (0 <= perm[i] < n, a permutation) and all
 * its other values its own. Called from several threads at once: must be
 * reentrant. Return CT_OK or a status that fails the run (with *diag). */
typedef ct_status (*ct_importance_predict_fn)(void *user, size_t group, const size_t *perm,
                                              size_t n, double *proba_out, ct_diag *diag);

typedef struct ct_importance_options {
    ct_metric metric;        /* default CT_METRIC_AVERAGE_PRECISION */
    double threshold;        /* for the threshold metrics; default 0.5 */
    size_t n_repeats;        /* default 5 (sklearn's) */
    uint64_t seed;           /* default 42 */
    ct_progress_fn progress; /* (tasks done, tasks); may be NULL; one call at a time */
    void *progress_user;
} ct_importance_options;

CT_API ct_importance_options ct_importance_options_default(void);
/* NULL when valid, else a static message naming the bad field (o NULL
 * is valid: the defaults, as the functions taking it read it). */
CT_API const char *ct_importance_options_check(const ct_importance_options *o);

typedef struct ct_importance_result {
    size_t n_groups, n_repeats;
    ct_metric metric;
    double baseline;     /* the metric on the rows as they are */
    double *importances; /* [g * n_repeats + r] */
    double *mean, *std;  /* per group */
} ct_importance_result;

/* Importance of n_groups groups on n held-out rows with labels y (0/1).
 * o NULL means defaults. Errors: CT_EINVAL (n = 0, no group, fn NULL, bad
 * options, a bad label, a NaN probability from the callback, stopped by
 * the progress callback), CT_EDATA (the metric is
 * undefined on these rows, e.g. AUC with one class; or it cannot move: average
 * precision when every row is positive), the callback's status
 * (the failing task with the lowest number is reported), CT_ENOMEM. */
CT_API ct_status ct_importance_permutation(const double *y, size_t n, size_t n_groups,
                                           ct_importance_predict_fn fn, void *user,
                                           const ct_importance_options *o,
                                           ct_importance_result **out, ct_diag *diag);

CT_API void ct_importance_result_destroy(ct_importance_result *r);

#ifdef __cplusplus
}
#endif
#endif
