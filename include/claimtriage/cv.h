/* claimtriage/cv.h — k-fold cross-validation of candidate configurations
 * through a caller's fit-and-predict callback; the champion by a
 * threshold-free metric. Layer: select (docs/design.md).
 *
 * The driver knows no model and no feature: the caller's callback fits
 * candidate c (its meaning is the caller's: a grid point of claimtriage/
 * grid.h, a model family) on the training rows of a fold and writes the
 * probabilities P(y = 1) of the fold's held-out rows. Any estimator of
 * claimtriage/estimator.h fits behind it.
 *
 * Method (scikit-learn's GridSearchCV with a fixed split, in spirit): for
 * every (candidate c, fold f) task, the rows with fold[i] >= 0 and != f are
 * the training rows and those with fold[i] == f the held-out rows; the
 * held-out probabilities are scored by `metric` (claimtriage/metrics.h)
 * against y. Per candidate: the mean of its fold scores and their standard
 * deviation with divisor k (numpy.std, as cv_results_' std_test_score), and
 * the rank of the mean (1 = best; equal means share the smallest rank, as
 * rank_test_score). Champion: the candidate with the best mean (largest,
 * or smallest for the losses: log loss, Brier, ECE); equal means go to the
 * lower candidate number. A candidate with a NaN fold score (an undefined
 * metric) has a NaN mean, rank 0 and cannot be champion.
 *
 * Threads: tasks run in an OpenMP loop with num_threads(ct_threads()),
 * dynamic schedule; each task writes only its own slots (its score, its
 * note, its held-out rows' probabilities), and means are summed in fold
 * order after the loop, so every result is bit-identical whatever the
 * thread count, provided the callback's output does not depend on it. The
 * callback is called from several threads at once: it must be reentrant
 * (claimtriage/estimator.h's fit and predict are).
 *
 * Ownership: see common.h; the result is the caller's, released with
 * ct_cv_result_destroy (accepts NULL).
 */
#ifndef CLAIMTRIAGE_CV_H
#define CLAIMTRIAGE_CV_H

#include "claimtriage/common.h"
#include "claimtriage/metrics.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fit candidate `candidate` on train_rows[0..n_train) and write P(y = 1)
 * of test_rows[0..n_test) to proba_out[0..n_test), in that order. Rows are
 * the caller's row numbers: rows[i] when ct_cv_run was given a rows map,
 * else the positions i in y. Return CT_OK; CT_ENOCONVERGE when the fit
 * stopped at its iteration limit but proba_out is filled (the task counts
 * in n_noconverge and its score is used); CT_EDATA, CT_EINVAL or CT_EEMPTY
 * when this candidate cannot be fitted on these rows (its settings leave no
 * feature, min_df above the fold's documents...): the fold scores NaN, the
 * candidate counts it in n_failed with the first failed fold's message in
 * fit_error, and the search goes on (scikit-learn's GridSearchCV with
 * error_score=nan; before 2026-12-02 one such candidate stopped the whole
 * search); any other status fails the run with *diag as the callback
 * filled it. */
typedef ct_status (*ct_cv_fit_predict_fn)(void *user, size_t candidate, const size_t *train_rows,
                                          size_t n_train, const size_t *test_rows, size_t n_test,
                                          double *proba_out, ct_diag *diag);

typedef struct ct_cv_options {
    ct_metric metric;        /* default CT_METRIC_AVERAGE_PRECISION */
    double threshold;        /* for the threshold metrics (recall, F1...); default 0.5 */
    int keep_oof;            /* 1: keep every candidate's out-of-fold probabilities; default 0 */
    ct_progress_fn progress; /* (tasks done, tasks) after each task; may be NULL. Called
                             * from the worker threads, one call at a time, done
                             * increasing. Nonzero stops the run: CT_EINVAL. */
    void *progress_user;
    int max_parallel; /* tasks fitted at once, at most; 0 (default): the thread count
                       * (ct_threads()). 1 runs the tasks one after another, so the
                       * callback may use every thread inside and only one task's
                       * memory is held at a time (train does so on large data). The
                       * results do not depend on it. Negative: CT_EINVAL. */
} ct_cv_options;

CT_API ct_cv_options ct_cv_options_default(void);
/* NULL when valid, else a static message naming the bad field (o NULL
 * is valid: the defaults, as the functions taking it read it). */
CT_API const char *ct_cv_options_check(const ct_cv_options *o);

typedef struct ct_cv_result {
    size_t n_candidates, n_folds, n;
    ct_metric metric;
    double *score;        /* [c * n_folds + f]: candidate c's score on fold f */
    unsigned char *note;  /* [c * n_folds + f]: ct_metric_note of that score */
    double *mean, *std;   /* per candidate */
    size_t *rank;         /* per candidate: 1 = best; 0 when the mean is NaN */
    size_t *n_noconverge; /* per candidate: folds whose fit returned CT_ENOCONVERGE */
    size_t *n_failed;     /* per candidate: folds whose fit failed (see the callback) */
    char **fit_error;     /* per candidate: the message of its first failed fold (in
                           * fold order), NULL when none failed; owned by the result */
    double *oof;          /* [c * n + i] held-out P(y=1) of position i (NaN for
                            * unlabelled rows); NULL unless keep_oof */
    size_t champion;      /* candidate number */
} ct_cv_result;

/* Cross-validate n_candidates candidates over the folds fold[0..n) (values
 * 0..n_folds-1, or -1: not used; claimtriage/folds.h makes them) with labels
 * y[0..n) (0/1 where fold >= 0). rows (may be NULL) maps positions to the
 * caller's row numbers given to the callback. o NULL means defaults.
 * Errors: CT_EINVAL (n_candidates 0, n_folds < 2, fn NULL, a fold value
 * out of range or a fold without held-out rows, a bad label, bad options,
 * a NaN held-out probability from the callback, stopped by the progress
 * callback); CT_EDATA (no candidate has a defined mean score: the
 * metric is undefined on the folds, *diag says why); when no candidate has
 * a defined mean and some fit failed, the first failure (lowest task
 * number) with its own status and *diag; the callback's other statuses
 * (the failing task with the lowest number (c * n_folds + f) is the one
 * reported, whatever the thread count); CT_ENOMEM. *out is NULL on error. */
CT_API ct_status ct_cv_run(const double *y, size_t n, const int32_t *fold, size_t n_folds,
                           const size_t *rows, size_t n_candidates, ct_cv_fit_predict_fn fn,
                           void *user, const ct_cv_options *o, ct_cv_result **out, ct_diag *diag);

CT_API void ct_cv_result_destroy(ct_cv_result *r);

/* 1 when a fit-and-predict callback's status fails one candidate on one
 * fold rather than the run (CT_EDATA, CT_EINVAL, CT_EEMPTY: the candidate's
 * settings do not fit those rows, as a fit's exception in scikit-learn's
 * GridSearchCV with error_score=nan), else 0. Thread-safe. */
CT_API int ct_cv_fit_failed(ct_status s);

#ifdef __cplusplus
}
#endif
#endif
