/* claimtriage/metrics.h — binary classification metrics.
 * Layer: stats (docs/design.md).
 *
 * Inputs: y holds n labels, 0 (negative) or 1 (positive); score holds n
 * scores, probabilities P(y = 1) for the probability metrics (log loss,
 * Brier, ECE, the reliability table), any real number for the others. A
 * NaN score, a label other than 0/1 or n = 0 is CT_EINVAL.
 *
 * Conventions, as scikit-learn 1.2's (the peer; tests/unit/test_metrics.c
 * holds its values with the exact calls):
 *  - a row is predicted positive when its score is >= threshold;
 *  - precision tp/(tp+fp), recall tp/(tp+fn) and F1 2tp/(2tp+fp+fn) of the
 *    positive class; a zero denominator gives 0, as sklearn's default
 *    zero_division="warn" (0 plus a warning): our warning is the note
 *    CT_NOTE_ZERO_DIVISION beside the value;
 *  - balanced accuracy (recall + specificity)/2 (balanced_accuracy_score);
 *  - ROC AUC by the rank-sum (Mann–Whitney U) statistic with tied scores
 *    given their average rank (Hanley & McNeil, Radiology 143, 1982),
 *    equal to roc_auc_score (trapezoids through tied points);
 *  - average precision as average_precision_score: sum over the distinct
 *    scores t, highest first, of (R(t) - R(t_prev)) * P(t), P and R the
 *    precision and recall of "score >= t", R before the first threshold 0:
 *    a step function, no interpolation;
 *  - log loss as log_loss(y, p) of sklearn 1.2: p clipped to [eps, 1 - eps]
 *    with eps = DBL_EPSILON (its eps="auto" for float64), the pair
 *    (1 - p, p) renormalised to sum 1, the mean of -ln of the true class's
 *    share; natural log, nats per row;
 *  - Brier score mean((y - p)^2) (brier_score_loss);
 *  - the reliability table: bins of equal width 1/n_bins on [0, 1] (10 by
 *    default), bin edges i/n_bins computed as numpy.linspace does
 *    (i * (1/n_bins)), a probability going to the bin whose right edge is
 *    the first edge >= p (numpy.searchsorted side='left' on the interior
 *    edges, as calibration_curve(strategy='uniform')): bins are (a, b], the
 *    first [0, b]. Per bin: count, mean predicted probability, observed
 *    positive rate (calibration_curve's prob_pred and prob_true);
 *  - expected calibration error ECE = sum over bins of
 *    (count_b / n) * |observed rate_b - mean predicted_b|, empty bins
 *    contributing 0 (Naeini, Cooper & Hauskrecht, AAAI 2015; weighted by
 *    bin count, L1). A bin's gap no larger than the rounding error of
 *    computing it, CT_RELIABILITY_GAP_TOL(count_b), is 0: probabilities
 *    calibrated on the very rows measured (isotonic: each step is its
 *    rows' mean label) have exact gaps 0, not 1e-17 noise;
 *  - prevalence npos/n and the no-information rate max(prevalence,
 *    1 - prevalence): the accuracy of always predicting the majority class
 *    (caret's confusionMatrix "No Information Rate").
 *
 * Undefined values are never silent numbers. A metric that does not exist
 * for the data is NaN and its note says why: ROC AUC and balanced accuracy
 * with one class only (CT_NOTE_ONE_CLASS; sklearn raises for the first and
 * warns for the second, returning the mean recall of the classes present,
 * i.e. the one class's recall: a divergence documented in
 * docs/evaluate.md, since the mean of two recalls lacks one), average precision without a positive row
 * (CT_NOTE_NO_POSITIVES), log loss, Brier and ECE of scores outside [0, 1]
 * (CT_NOTE_NOT_PROBABILITY). Log loss with one class present is defined
 * (the labels are known to be 0 and 1: sklearn's log_loss(..., labels=[0, 1])).
 *
 * Ranks and orders come from claimtriage/sort.h (radix, O(n)).
 * Ownership: see common.h. Thread-safety: reentrant; results do not depend
 * on ct_threads() (nothing here is parallel).
 */
#ifndef CLAIMTRIAGE_METRICS_H
#define CLAIMTRIAGE_METRICS_H

#include "claimtriage/common.h"

#include <float.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The metrics by name. Append-only. */
typedef enum ct_metric {
    CT_METRIC_ACCURACY = 0,
    CT_METRIC_BALANCED_ACCURACY,
    CT_METRIC_PRECISION,
    CT_METRIC_RECALL,
    CT_METRIC_F1,
    CT_METRIC_ROC_AUC,
    CT_METRIC_AVERAGE_PRECISION,
    CT_METRIC_LOG_LOSS,
    CT_METRIC_BRIER,
    CT_METRIC_ECE,
    CT_METRIC_COUNT
} ct_metric;

/* Why a value is NaN (or, for ZERO_DIVISION, sklearn's substitute 0). */
typedef enum ct_metric_note {
    CT_NOTE_NONE = 0,
    CT_NOTE_ONE_CLASS,       /* NaN: the labels hold one class only */
    CT_NOTE_NO_POSITIVES,    /* NaN: no positive label */
    CT_NOTE_NOT_PROBABILITY, /* NaN: a score outside [0, 1] */
    CT_NOTE_ZERO_DIVISION    /* 0: the denominator is 0 (zero_division=0) */
} ct_metric_note;

/* sklearn's name: "accuracy", "balanced_accuracy", "precision", "recall",
 * "f1", "roc_auc", "average_precision", "log_loss", "brier_score", "ece";
 * "?" out of range. */
CT_API const char *ct_metric_name(ct_metric m);
/* Parse a metric name: the names above and the short forms "ap", "auc",
 * "logloss", "brier"; sklearn's scorer names "neg_log_loss" and
 * "neg_brier_score" too. CT_EINVAL when unknown (*out untouched). */
CT_API ct_status ct_metric_parse(const char *s, ct_metric *out);
/* 1 when a larger value is better, 0 for the losses (log loss, Brier, ECE). */
CT_API int ct_metric_greater_is_better(ct_metric m);
/* 1 when the metric needs a threshold (accuracy, balanced accuracy,
 * precision, recall, F1), 0 for the threshold-free ones. */
CT_API int ct_metric_uses_threshold(ct_metric m);
/* A static English phrase for a note ("only one class present", ...), ""
 * for CT_NOTE_NONE. */
CT_API const char *ct_metric_note_str(ct_metric_note note);

typedef struct ct_metrics_binary {
    size_t n, tp, fp, tn, fn;
    double threshold;
    double accuracy, precision, recall, f1;
    double auc; /* NaN when only one class is present */
    /* Since issue 12 (appended; the fields above keep their meaning). */
    size_t npos, nneg;
    double specificity; /* tn / (tn + fp), 0 with a note when no negatives */
    double balanced_accuracy, average_precision, log_loss, brier, ece;
    double prevalence, nir;
    /* note[m] for every ct_metric m (specificity shares the RECALL
     * convention and has no slot: its zero division is nneg == 0, which
     * the JSON writers give as "specificity_note"). */
    unsigned char note[CT_METRIC_COUNT];
} ct_metrics_binary;

/* Every metric of scores against y (0/1) for n rows at `threshold`; ECE
 * with 10 bins. Errors: CT_EINVAL (n = 0, a label not 0/1, a NaN score;
 * *diag names the first offending row, 0-based), CT_ENOMEM. */
CT_API ct_status ct_metrics_binary_compute(const double *y, const double *score, size_t n,
                                           double threshold, ct_metrics_binary *out, ct_diag *diag);

/* The value of metric m in a computed struct (NaN for CT_METRIC_COUNT). */
CT_API double ct_metrics_get(const ct_metrics_binary *m, ct_metric which);

/* One metric alone, computing only what it needs (the cross-validation and
 * permutation-importance drivers' scorer). threshold is used by the
 * threshold metrics only. *value and *note (note may be NULL) as in the
 * struct. Errors as ct_metrics_binary_compute; CT_EINVAL for a bad m or
 * (ranking metrics) n above CT_SORT_MAX_N. */
CT_API ct_status ct_metrics_score(ct_metric m, const double *y, const double *score, size_t n,
                                  double threshold, double *value, ct_metric_note *note,
                                  ct_diag *diag);

/* ROC AUC alone (see above). NaN when a class is absent. Labels are taken
 * as positive when nonzero; no validation. Errors: CT_ENOMEM, CT_EINVAL
 * when n exceeds CT_SORT_MAX_N (claimtriage/sort.h). */
CT_API ct_status ct_metrics_roc_auc(const double *y, const double *score, size_t n, double *auc);

/* A ranking against chance: is the ROC AUC above 1/2 by more than
 * sampling noise? p is the one-sided Mann–Whitney U test's p-value of
 * "positives score higher" (the AUC is U / (n₊·n₋): Hanley & McNeil 1982),
 * as scipy.stats.mannwhitneyu(scores of the positives, of the negatives,
 * alternative='greater', method='asymptotic'): normal approximation with
 * tie and continuity correction; every score tied gives p = 1. at_chance is
 * 1 when p >= CT_AUC_CHANCE_ALPHA: the rows do not show the ranking to be
 * better than chance (an AUC below 1/2 included). With a class absent auc
 * and p are NaN and at_chance 0 (no test); detectable and too_few below. */
#define CT_AUC_CHANCE_ALPHA 0.05
/* The weakest ranking worth telling from chance: a claim above an opinion 6
 * times in 10 (ROC AUC 0.6), below which no threshold makes a useful flag.
 * Rows on which the test above cannot call even this better than chance
 * (ct_metrics_roc_auc_too_few) are too few to tell a ranking at chance
 * from a useful one: the rule of train's and evaluate's chance notes, the
 * shortcut audit's caveat and the report's "too few to tell" (docs/select.md). */
#define CT_AUC_USEFUL_MIN 0.6
typedef struct ct_auc_test {
    double auc, p;
    int at_chance;
    /* ct_metrics_roc_auc_detectable of the rows' classes at
     * CT_AUC_CHANCE_ALPHA (NaN with a class absent), and too_few: 1 when it
     * is above CT_AUC_USEFUL_MIN, so that at_chance there is no evidence the
     * ranking is at chance (since 2026-12-05) */
    double detectable;
    int too_few;
} ct_auc_test;

/* The ROC AUC of score against y and its test (above). Labels positive
 * when nonzero; no validation. Errors as ct_metrics_roc_auc. */
CT_API ct_status ct_metrics_roc_auc_test(const double *y, const double *score, size_t n,
                                         ct_auc_test *out);

/* The smallest ROC AUC that the test above calls better than chance at
 * alpha on npos positives and nneg negatives with no tied scores: its
 * rejection region solved for the AUC, 1/2 + (1/2 + z·σ) / (n₊·n₋), z the
 * normal quantile at 1 − alpha and σ² = n₊n₋(N + 1)/12. Above 1/2 by the
 * sampling noise of so many rows: on 5 positives and 7 negatives at 0.05
 * it is 0.8037, so an AUC of 0.71 there is no evidence either way. NaN
 * when a class is empty or alpha is not in (0, 1); may exceed 1 (no AUC
 * the rows can give would be called better than chance). Thread-safe. */
CT_API double ct_metrics_roc_auc_detectable(size_t npos, size_t nneg, double alpha);

/* 1 when npos positives and nneg negatives are too few to tell a useful
 * ranking from chance: ct_metrics_roc_auc_detectable(npos, nneg, alpha) is
 * above CT_AUC_USEFUL_MIN (5 and 7 at 0.05: 0.804; 30 of each: 0.624; 50 of
 * each: 0.596, enough). 0 otherwise, and when a class is empty or alpha is
 * not in (0, 1). Thread-safe. */
CT_API int ct_metrics_roc_auc_too_few(size_t npos, size_t nneg, double alpha);

/* Average precision alone (see above). NaN when no label is positive.
 * Labels positive when nonzero; no validation. Errors as ct_metrics_roc_auc. */
CT_API ct_status ct_metrics_average_precision(const double *y, const double *score, size_t n,
                                              double *ap);

/* Log loss and Brier score of probabilities (see above); NaN when a p is
 * outside [0, 1] or NaN, or n = 0. No allocation, no failure. */
CT_API double ct_metrics_log_loss(const double *y, const double *p, size_t n);
CT_API double ct_metrics_brier(const double *y, const double *p, size_t n);

/* The reliability table. */
#define CT_RELIABILITY_MAX_BINS 100
#define CT_RELIABILITY_DEFAULT_BINS 10
/* The rounding bound of one bin's gap |observed - mean_pred| for a bin of
 * count rows: each probability given carries at most one rounding (u =
 * DBL_EPSILON / 2, relative), summing count of them in [0, 1] adds at most
 * (count - 1) u of their sum (recursive summation: Higham, Accuracy and
 * Stability of Numerical Algorithms, 2nd ed., section 4.2), and the two
 * divisions one u each; the gap's error is thus below (2 count + 2) u =
 * (count + 1) DBL_EPSILON, so a gap at most (count + 2) DBL_EPSILON (5000
 * rows: 1.1e-12) is indistinguishable from 0 and counted as 0. Plus 1e-9:
 * isotonic calibration with its tie-break (claimtriage/calibrate.h) moves
 * each probability by at most CT_CALIB_TIE_BREAK = 1e-9 off its step's
 * mean label, so its exact 0 on its own rows reads up to 1e-9 (added
 * 2026-12-02; no calibration error that matters is that small). */
#define CT_RELIABILITY_GAP_TOL(count) (((double)(count) + 2.0) * DBL_EPSILON + 1e-9)
/* A probability at most this far above an interior edge counts in the bin
 * below it: the isotonic tie-break (claimtriage/calibrate.h) lifts each
 * row of a step by less than CT_CALIB_TIE_BREAK = 1e-9, and a step whose
 * value is an edge (0.8 = 28/35) keeps its bin, as its value alone would
 * place it (before 2026-12-04 the rows of such a step were split across
 * two bins and the calibration's ECE on its own rows read 0.000407, not 0:
 * tests/cli/train_isotonic_step_decisions). Any other probability is
 * binned as numpy's searchsorted(edges, p, side='left') bins it, unless it
 * lies within 1e-9 above an edge. */
#define CT_RELIABILITY_EDGE_TOL 1e-9
typedef struct ct_reliability_bin {
    double lo, hi;    /* edges: the bin holds lo < p <= hi (the first 0 <= p; a p at most
                       * CT_RELIABILITY_EDGE_TOL above lo still counts below) */
    size_t count;     /* rows in the bin */
    size_t positives; /* of which labelled 1 */
    double mean_pred; /* mean probability; NaN when count = 0 */
    double observed;  /* positives / count; NaN when count = 0 */
} ct_reliability_bin;
typedef struct ct_reliability {
    size_t n, n_bins;
    double ece;     /* see above */
    double max_gap; /* largest |observed - mean_pred| over non-empty bins
                         * (maximum calibration error, MCE) */
    ct_reliability_bin bin[CT_RELIABILITY_MAX_BINS];
} ct_reliability;

/* The reliability table and ECE of probabilities p against y with n_bins
 * equal-width bins (1..CT_RELIABILITY_MAX_BINS). Errors: CT_EINVAL (n = 0,
 * n_bins out of range, a label not 0/1, a p outside [0, 1] or NaN: *diag
 * names the row). No allocation. */
CT_API ct_status ct_metrics_reliability(const double *y, const double *p, size_t n, size_t n_bins,
                                        ct_reliability *out, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
