/* claimtriage/lr.h — L2-regularised logistic regression on sparse rows,
 * solved by a trust-region Newton method: the "lr" estimator family.
 * Layer: models (docs/design.md).
 *
 * Objective: scikit-learn's LogisticRegression(penalty='l2', C) — the
 * intercept is not penalised —
 *     min over w, b of  ½‖w‖² + C · Σ_i s_i · log(1 + exp(−ỹ_i (x_i·w + b)))
 * with ỹ_i = 2y_i − 1 and s_i = sample_weight_i · class_weight[y_i]; with
 * fit_intercept = 0, b = 0. (scikit-learn 1.2 minimises the same function
 * divided by C, which has the same minimiser.)
 *
 * Solver: TRON, the trust-region Newton method with conjugate gradients of
 * Lin, Weng & Keerthi, "Trust region Newton method for large-scale
 * logistic regression", JMLR 9 (2008) — the primal solver of liblinear
 * (tron.cpp), here with the unpenalised intercept as one more variable.
 * The Hessian is never formed: each CG step costs one product X·v and one
 * Xᵀ·u. It stops when ‖∇f(w)‖₂ <= tol · ‖∇f(0)‖₂. With the default tol
 * (1e-10) probabilities are within 1e-7 of the exact optimum (sklearn's
 * solver='newton-cg', tol=1e-14) on the tests' designs and 1.5e-8 on the
 * real file's transcriptions. sklearn's default lbfgs with tol=1e-10 stops
 * earlier, on scipy's ftol (relative decrease of f), 3e-6 to 3.4e-5 away
 * from that optimum (tests/unit/test_lr.c, bench/lr.sh, bench/RESULTS.md).
 *
 * Threads: X·v is computed row by row and Xᵀ·u column by column over a
 * transposed copy of X (each a dot product in a fixed order), on
 * ct_threads() threads; sums over rows are taken serially. So the fitted
 * coefficients are bit-identical whatever the thread count.
 *
 * Use it through the estimator interface (claimtriage/estimator.h):
 *     const ct_estimator_type *t = ct_lr_type();
 *     ct_lr_params p = ct_lr_params_default();  p.C = 10;
 *     t->fit(&p, X, y, NULL, NULL, NULL, &model, &diag);
 *     t->predict_proba(model, X2, prob, &diag);  t->destroy(model);
 * fit's statuses are the interface's; in addition CT_EINVAL when y holds a
 * value other than 0 or 1, a weight is not finite and > 0, or X holds a
 * value that is not finite (diag names the row).
 * The model's JSON (save/load) is an object with "C", "fit_intercept",
 * "class_weight" [w0, w1], "tol", "max_iter", "n_features", "intercept",
 * "coef" (n_features numbers), "n_iter", "converged" (docs/formats.md).
 *
 * Ownership: see common.h. Thread-safety: reentrant; a fitted model is
 * immutable and may be shared between threads.
 */
#ifndef CLAIMTRIAGE_LR_H
#define CLAIMTRIAGE_LR_H

#include "claimtriage/common.h"
#include "claimtriage/estimator.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_lr_params {
    double C;                  /* inverse regularisation strength, > 0; default 1.0 */
    int fit_intercept;         /* default 1 */
    double class_weight[2];    /* weights of class 0 and class 1, > 0; default 1, 1 */
    int class_weight_balanced; /* 1: n / (2 · n_c) as class_weight='balanced'
                                  (computed from the sample weights' class
                                  totals; overrides class_weight); default 0 */
    double tol;                /* relative gradient norm to stop at; default 1e-10 */
    int max_iter;              /* Newton iterations; default 200 */
    double cg_tol;             /* inner CG stops at ‖r‖ <= cg_tol · ‖g‖; default 0.1 */
} ct_lr_params;

CT_API ct_lr_params ct_lr_params_default(void);
/* NULL when valid, else a static message naming the bad parameter. */
CT_API const char *ct_lr_params_check(const ct_lr_params *p);

/* The "lr" family (a static table; never NULL). */
CT_API const ct_estimator_type *ct_lr_type(void);

/* A fitted model's state (model from ct_lr_type()->fit or ->load). */
CT_API const double *ct_lr_coef(const void *model, size_t *p);
CT_API double ct_lr_intercept(const void *model);
CT_API int ct_lr_n_iter(const void *model);
CT_API int ct_lr_converged(const void *model);

#ifdef __cplusplus
}
#endif
#endif
