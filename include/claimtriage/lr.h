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
 * (tron.cpp) — here with the unpenalised intercept as one more variable,
 * liblinear's diagonal preconditioner M = 0.99 + 0.01·diag(∇²f) with the
 * trust region in the M-norm (Hsia, Chiang & Lin, "Preconditioned
 * conjugate gradient methods in truncated Newton frameworks for large-scale
 * linear classification", ACML 2018), and liblinear 2.4x's inner stop (the
 * quadratic model's relative decrease, forcing min(cg_tol, √‖∇f‖_{M⁻¹})).
 * It starts at w = 0 with the intercept at the weighted classes' log-odds.
 * The Hessian is never formed: each CG step is one pass over X (x_i·v and
 * the scatter of Xᵀ fused). It stops when ‖∇f(w)‖₂ <= tol · ‖∇f(0)‖₂.
 * With the default tol (1e-10) probabilities are within 1e-7 of the exact
 * optimum (sklearn's solver='newton-cg', tol=1e-14) on the tests' designs
 * and 3.2e-9 on the real file's transcriptions (8 Newton iterations, 35 CG
 * steps). sklearn 1.2's default lbfgs with tol=1e-10 is NOT that optimum:
 * scipy's L-BFGS-B stops it on its default ftol (relative decrease of f,
 * 2.2e-9) before tol binds, 3e-6 to 6e-5 from the optimum in probability
 * on every design measured (docs/lr.md, bench/lr_parity.py), so no exact
 * solver can be within 1e-6 of it on every row.
 *
 * Memory: besides O(rows + columns) vectors, the fit copies X with its rows
 * in order of length (12 bytes a non-zero) when that copy takes at most
 * 512 MiB: passes over rows of equal length one after another are about
 * 1.4x faster. Larger designs are read in place.
 *
 * Threads: every sum over rows is taken in fixed chunks of rows (8, whatever
 * the thread count) added in chunk order, on ct_threads() threads; so the
 * fitted coefficients are bit-identical whatever the thread count.
 *
 * Use it through the estimator interface (claimtriage/estimator.h):
 *     const ct_estimator_type *t = ct_lr_type();
 *     ct_lr_params p = ct_lr_params_default();  p.C = 10;
 *     t->fit(&p, X, y, NULL, NULL, NULL, &model, &diag);
 *     t->predict_proba(model, X2, prob, &diag);  t->destroy(model);
 * fit's statuses are the interface's; in addition CT_EINVAL when y holds a
 * value other than 0 or 1, a weight is not finite and > 0, X holds a
 * value that is not finite (diag names the row), X has no rows or is not a
 * well-formed CSR matrix. The model's JSON (save/load) is an object with
 * "C", "fit_intercept", "class_weight" [w0, w1], "class_weight_balanced",
 * "tol", "max_iter", "cg_tol", "n_features", "intercept", "coef"
 * (n_features numbers), "n_iter", "converged" (docs/formats.md).
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
    double cg_tol;             /* inner CG: stops at step k when the quadratic
                                  model fell by less than min(cg_tol,
                                  √‖g‖_{M⁻¹})/k of itself in that step
                                  (liblinear 2.4x); default 0.1 */
} ct_lr_params;

/* The largest C a fit accepts (--C, the grid's C; the fit is CT_EINVAL
 * above it). Beyond it the penalty weighs under 1e-12 of the loss: there is
 * no regularisation left to choose. And from about 1e154 the squared norm of
 * the gradient at the start overflows, so the solver's relative stopping
 * test held at once: before 2026-12-03 a grid's C=1e200 gave an
 * intercept-only model, "0 Newton iterations", reported converged. A model
 * file holding a larger C still loads: only fitting refuses it. */
#define CT_LR_C_MAX 1e12

CT_API ct_lr_params ct_lr_params_default(void);
/* NULL when p is valid for a fit, else a static message naming the bad
 * parameter ("no parameters" for p NULL; "C must be at most 1e+12" above
 * CT_LR_C_MAX, as fit refuses it: before 2026-12-04 this accepted such a
 * C; a model file's C is checked without that bound). */
CT_API const char *ct_lr_params_check(const ct_lr_params *p);

/* The "lr" family (a static table; never NULL). */
CT_API const ct_estimator_type *ct_lr_type(void);

/* A fitted model's state (model from ct_lr_type()->fit or ->load; a model
 * of another family is undefined behaviour). ct_lr_coef returns the p
 * coefficients (*p set when p != NULL), valid while the model lives;
 * n_iter counts Newton iterations; converged is 0 or 1. */
CT_API const double *ct_lr_coef(const void *model, size_t *p);
CT_API double ct_lr_intercept(const void *model);
CT_API int ct_lr_n_iter(const void *model);
CT_API int ct_lr_converged(const void *model);

#ifdef __cplusplus
}
#endif
#endif
