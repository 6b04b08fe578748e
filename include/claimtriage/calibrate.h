/* claimtriage/calibrate.h — probability calibration fitted on validation
 * scores and applied unchanged to any scores: Platt scaling and isotonic
 * regression, as scikit-learn's CalibratedClassifierCV computes them; saved
 * and loaded as JSON. Layer: select (docs/design.md).
 *
 * Scores: what the classifier outputs for a row. scikit-learn calibrates
 * decision_function when the classifier has one (the log-odds of a
 * logistic regression) and predict_proba otherwise (trees); pass the same
 * here. The calibrator is a function of one real score; it does not know
 * which kind it got, so apply it to the kind it was fitted on.
 *
 * Platt (Platt 1999; sklearn 1.2 calibration._sigmoid_calibration):
 *     p = 1 / (1 + exp(A s + B)),
 * (A, B) minimising the cross-entropy sum_i w_i [-T_i ln p_i - (1 - T_i)
 * ln(1 - p_i)] against Platt's targets with the prior correction:
 * T_i = (N+ + 1)/(N+ + 2) for a positive row, 1/(N- + 2) for a negative
 * one, N+/N- the (weighted) class counts; start (0, ln((N- + 1)/(N+ + 1))).
 * The objective is convex; sklearn runs scipy's BFGS (fmin_bfgs, gtol
 * 1e-5), we run Newton's method with a backtracking line search (Lin, Lin
 * & Weng, "A note on Platt's probabilistic outputs", Machine Learning 68,
 * 2007) to the same optimum, to a gradient of tol * (1 + sum w) (default
 * tol 1e-12): closer to it than BFGS's stop, so A and B agree with
 * sklearn's to about 1e-5 relative and with the exact optimum to ~1e-10.
 * Newton runs on the scores standardised ((s - mean) / sd, A and B mapped
 * back), the same optimum at any scale of the scores: on raw scores that
 * differ by 1e-14 around 0.02 (boosting at learning_rate=1e-14) the
 * Newton system was singular to rounding and A stayed 0 (before
 * 2026-12-02). Scores that hold one value give no slope to estimate
 * (only A s + B is fitted, along a line of optima): A = 0 and B the
 * log-odds of the mean target, the intercept-only optimum, with 0
 * iterations; before 2026-12-02 Newton drifted along that line to
 * A = -7e10, B = 8e8 (a constant boosting model, validation rows 588).
 *
 * Isotonic (sklearn 1.2 IsotonicRegression(out_of_bounds='clip'),
 * increasing): rows with weight > 0 sorted by score then label; scores
 * closer than CT_CALIB_TIE_RESOLUTION (1e-15, numpy's float64
 * "resolution", sklearn's _make_unique) to the first score of their run are
 * one point, its label the weighted mean and its weight the sum; the pool-
 * adjacent-violators algorithm (Barlow et al. 1972; sklearn's
 * _inplace_contiguous_isotonic_regression, ported step for step) gives the
 * nondecreasing fit; inner points equal to both neighbours are dropped.
 * Applying: a score is clipped to [first, last] knot, then interpolated
 * linearly exactly as scipy's interp1d (knot interval found by a
 * left-sided search, index clipped to 1..m-1, slope * (s - x_lo) + y_lo);
 * one knot gives a constant. So calibrated values equal sklearn's bit for
 * bit on the same input.
 *
 * Isotonic with a tie-break (tie_break = w > 0; train uses
 * CT_CALIB_TIE_BREAK): p = iso(s) + w u(s), or iso(s) - w (1 - u(s)) where
 * iso(s) + w > 1 (the top step), u(s) = 1/2 + s / (2 (1 + |s|)), strictly
 * increasing on the reals and in (0, 1) (so p rises strictly but within 2w
 * below 1, where an interpolated rise to 1 switches side). One-sided, so a row never falls
 * below its step's value: at a threshold equal to a step's value (0.5, or
 * the value --target-recall chose) every row of the step is flagged, as
 * the value alone would flag it (before 2026-12-04 p = (1 - w) iso(s) + w
 * u(s), which put the rows of a 0.5 step with negative scores just below
 * 0.5, unflagged at the threshold 0.5:
 * tests/cli/train_isotonic_step_decisions). The isotonic map
 * is a staircase: every score on a step gets one value, so rows the model
 * ranks apart tie, and a ranking metric of the calibrated probabilities
 * loses what the steps hide (on transcriptions unseen in training, ROC AUC
 * 0.99975 of the scores fell to 0.964, 12,910 of 12,933 probabilities
 * being exactly 0 or 1; on hard synthetic data 0.0003 to 0.001). With w =
 * 1e-9 the map rises strictly, so the probabilities order the rows as the
 * scores do (to double resolution: scores 2e-7 apart near 0, 3e-5 near
 * +-10), and no value moves by more than w from sklearn's: decisions at a
 * threshold that is a step's value, or farther than w from every step's
 * value, are sklearn's; the reliability bins count a probability within w
 * above an edge in the bin below (CT_RELIABILITY_EDGE_TOL, metrics.h), and
 * the threshold for a target recall takes a step whole
 * (claimtriage/threshold.h). w = 0: exactly sklearn's.
 *
 * None: the identity (scores must already be probabilities).
 *
 * File (ct_calib_save / ct_calib_load), one JSON object, numbers %.17g so
 * they read back bit-identical:
 *   {"method": "none"}
 *   {"method": "platt", "a": A, "b": B}
 *   {"method": "isotonic", "x": [knots, increasing], "y": [values,
 *    nondecreasing, in [0, 1]], "tie_break": w}   (tie_break only when w > 0;
 *    absent: 0)
 *
 * Ownership: see common.h; a ct_calibrator is the caller's (ct_calib_destroy
 * accepts NULL). Thread-safety: fit is reentrant; a fitted calibrator is
 * read-only and may be applied from several threads.
 */
#ifndef CLAIMTRIAGE_CALIBRATE_H
#define CLAIMTRIAGE_CALIBRATE_H

#include "claimtriage/common.h"
#include "claimtriage/json.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CT_CALIB_TIE_RESOLUTION 1e-15
/* The isotonic tie-break weight train uses (see above). */
#define CT_CALIB_TIE_BREAK 1e-9
#define CT_CALIB_MAX_KNOTS 100000000

typedef enum ct_calib_method {
    CT_CALIB_NONE = 0,
    CT_CALIB_PLATT = 1,
    CT_CALIB_ISOTONIC = 2
} ct_calib_method;

/* "none", "platt", "isotonic" ("?" out of range); and back (CT_EINVAL
 * when s is unknown or NULL; *out then unchanged). */
CT_API const char *ct_calib_method_name(ct_calib_method m);
CT_API ct_status ct_calib_method_parse(const char *s, ct_calib_method *out);

typedef struct ct_calib_options {
    ct_calib_method method; /* default CT_CALIB_PLATT */
    double tol;             /* Platt: gradient tolerance, relative to 1 + sum w; 1e-12 */
    int max_iter;           /* Platt: Newton iterations; 100 */
    double tie_break;       /* isotonic: the tie-break weight w in [0, 1e-3]; 0 (sklearn's) */
} ct_calib_options;

CT_API ct_calib_options ct_calib_options_default(void);
/* NULL when valid, else a static message naming the bad field (o NULL:
 * "options are NULL"). */
CT_API const char *ct_calib_options_check(const ct_calib_options *o);

typedef struct ct_calibrator ct_calibrator;

/* Fit on score[0..n) with labels y (0/1) and weights w (> 0, or NULL for
 * all 1). Errors: CT_EINVAL (bad options, n = 0, a NaN or infinite score, a
 * label not 0/1, a weight <= 0 or not finite; for Platt and isotonic also a
 * single class: nothing to calibrate against), CT_ENOCONVERGE (Platt did
 * not reach tol in max_iter: *out is still set, to the last iterate, usable,
 * and *diag says so), CT_ENOMEM. *out is NULL on the other errors. */
CT_API ct_status ct_calib_fit(const ct_calib_options *o, const double *score, const double *y,
                              const double *w, size_t n, ct_calibrator **out, ct_diag *diag);
CT_API void ct_calib_destroy(ct_calibrator *c);

/* p[i] = the calibrated probability of score[i], i < n (p may equal score:
 * in place). A NaN score gives NaN. Never fails. */
CT_API void ct_calib_apply(const ct_calibrator *c, const double *score, size_t n, double *p);

CT_API ct_calib_method ct_calib_method_of(const ct_calibrator *c);
/* Platt's A and B (NaN for the other methods); Newton iterations used (0
 * for the other methods and a loaded calibrator). Each output may be NULL. */
CT_API void ct_calib_platt(const ct_calibrator *c, double *a, double *b, int *iterations);
/* Isotonic knots: their count, and pointers to x and y (owned by c); 0 and
 * NULLs for the other methods. */
CT_API size_t ct_calib_isotonic_knots(const ct_calibrator *c, const double **x, const double **y);
/* The isotonic tie-break weight (0 for the other methods). */
CT_API double ct_calib_tie_break(const ct_calibrator *c);

/* Write c as one JSON object (the format above) at the writer's current
 * position (a value: after a key, in an array or at the top). Returns
 * CT_OK: the writer's errors are sticky and ct_json_finish reports them
 * (CT_EIO, CT_EINTERNAL; claimtriage/json.h). */
CT_API ct_status ct_calib_save(const ct_calibrator *c, ct_json *w);
/* Read one back. CT_EFORMAT (with *diag: what is wrong) for anything but
 * the format above: a missing or unknown method, a missing or non-finite
 * number, knots not increasing, values not nondecreasing or outside [0, 1],
 * x and y of different lengths, no knot, more than CT_CALIB_MAX_KNOTS, a
 * tie_break not a number in [0, 1e-3];
 * CT_ENOMEM. */
CT_API ct_status ct_calib_load(const ct_json_value *v, ct_calibrator **out, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
