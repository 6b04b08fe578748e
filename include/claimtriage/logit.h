/* claimtriage/logit.h — binary logistic regression by maximum likelihood,
 * with the diagnostics the course asks for (VIF, Box–Tidwell, influence,
 * separation).
 * Layer: models (docs/design.md).
 *
 * Input: a dense column-major ct_matrix (claimtriage/matrix.h; n rows, p
 * columns, column 0 the constant), usually from ct_encoder_transform. The
 * IRLS loop gathers one row at a time and accumulates in the same order as
 * a row-major loop would, so results do not depend on the layout.
 *
 * Model: P(y = 1 | x) = 1 / (1 + exp(−x'β)), x including a constant column.
 * Fit: Newton–Raphson, which for the canonical logit link is iteratively
 * reweighted least squares (McCullagh & Nelder, Generalized Linear Models,
 * 2nd ed., §4.4): β ← β + (X'VX)⁻¹ X'W(y − p), V = diag(w·p(1 − p)),
 * starting from β = 0. X'VX is equilibrated (D·X'VX·D with D = diag(1/√h_jj))
 * and factored by GSL's Cholesky (gsl_linalg_cholesky_decomp1); the
 * covariance is its inverse (gsl_linalg_cholesky_invert), unscaled.
 *
 * Convergence rule: stop after the step for which BOTH
 *   max_j |Δβ_j|·s_j <= beta_tol   (s_j = max_i |x_ij|: the largest change the
 *                                   step makes to any row's linear predictor
 *                                   through column j, unit-free)
 *   |Δℓ| <= ll_tol·(1 + |ℓ|)
 * hold, then evaluate ℓ, gradient and Hessian once more at the final β.
 *
 * Inference as statsmodels' Logit: se = √diag((X'VX)⁻¹), z = β/se,
 * p = 2·Φ(−|z|), CI β ± Φ⁻¹(0.975)·se, ℓ_null of the intercept-only model
 * (closed form ȳ), LLR = 2(ℓ − ℓ_null) with p-value from χ²(df = p − 1),
 * McFadden pseudo-R² 1 − ℓ/ℓ_null, AIC = −2ℓ + 2p, BIC = −2ℓ + p·ln n (the
 * constant counted in p, as statsmodels does).
 *
 * Separation: when the fit does not converge, or X'VX stops being positive
 * definite, and some rows have fitted probabilities within sep_tol of their
 * 0/1 outcome, the data are (quasi-)completely separated (Albert & Anderson,
 * Biometrika 71, 1984) and the fit returns CT_ESEPARATION; the message names
 * a single predictor that separates the classes on its own when there is
 * one, else the predictors whose coefficients diverge.
 *
 * Ownership: see common.h; inputs are borrowed, results are owned by the
 * caller and freed with ct_logit_free.
 *
 * Thread-safety: every function here is reentrant (no static mutable
 * state), so fits may run in parallel, e.g. one cross-validation fold per
 * thread. GSL's error handler is process-global; the first call of
 * ct_logit_fit or ct_logit_vif switches it off for the whole process, once
 * (pthread_once, gsl_set_error_handler_off()), and every GSL status is
 * checked instead — GSL's default handler would abort the process, which
 * the library never does. A program that installs its own GSL handler
 * should do so before its first fit and expect it to be replaced.
 */
#ifndef CLAIMTRIAGE_LOGIT_H
#define CLAIMTRIAGE_LOGIT_H

#include "claimtriage/common.h"
#include "claimtriage/matrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_logit_params {
    size_t max_iter;          /* default 100 Newton steps */
    double beta_tol;          /* default 1e-10 (see the convergence rule) */
    double ll_tol;            /* default 1e-12, relative */
    double sep_tol;           /* default 1e-8: a fitted probability this close to
                                   the outcome counts as pinned */
    double diverge_scale;     /* default 10: a coefficient whose |β_j|·s_j exceeds
                                   this is named as diverging under separation */
    double ci_level;          /* default 0.95 */
    const double *weights;    /* NULL, or n positive case weights (class weights) */
    const char *const *names; /* NULL (the matrix's column names), or p names
                                   for messages */
} ct_logit_params;

CT_API ct_logit_params ct_logit_params_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_logit_params_check(const ct_logit_params *par);

typedef struct ct_logit {
    size_t n, p;                                    /* rows, coefficients (constant included) */
    double *beta, *se, *z, *pvalue, *ci_lo, *ci_hi; /* p each */
    double *cov;  /* p × p covariance (inverse Hessian), row-major */
    double *prob; /* n fitted probabilities */
    double ll, ll_null, llr, llr_pvalue, prsquared, aic, bic;
    double z_crit; /* Φ⁻¹((1 + ci_level)/2) */
    size_t df_model, df_resid, iterations;
    int converged; /* always 1 on CT_OK */
    int weighted;  /* 1 when case weights were used (ℓ is then weighted) */
} ct_logit;

/* Fit y (x->nrows values, 0 or 1) on x (n × p, column 0 the constant).
 * Errors: CT_EINVAL (bad parameters, n <= p, an unset column, y not 0/1,
 * no constant first, a non-finite value, a single outcome class),
 * CT_ESEPARATION (see above; diag names predictors), CT_ENUMERIC (X'VX
 * singular without separation: collinear columns), CT_ENOCONVERGE
 * (max_iter reached, no separation found), CT_ENOMEM. *out is NULL on
 * error. */
CT_API ct_status ct_logit_fit(const ct_matrix *x, const double *y, const ct_logit_params *par,
                              ct_logit **out, ct_diag *diag);
CT_API void ct_logit_free(ct_logit *m);

/* Probabilities for the x->nrows rows of x (x->ncols == m->p) into prob.
 * CT_EINVAL (column count differs), CT_ENOMEM. */
CT_API ct_status ct_logit_predict(const ct_logit *m, const ct_matrix *x, double *prob);

/* Variance inflation factors as statsmodels' variance_inflation_factor(X, j)
 * for every column j of x (n × p, usually with the constant): VIF_j =
 * 1/(1 − R²_j), R²_j of the least-squares regression of column j on the
 * other columns, from one Householder QR of x (gsl_linalg_QR_decomp): the
 * residual sum of squares of column j on the others is 1/[(X'X)⁻¹]_jj with
 * (X'X)⁻¹ = R⁻¹R⁻ᵀ (gsl_linalg_tri_upper_invert); R² is centred when the other columns include a constant, uncentred otherwise
 * (statsmodels' OLS rsquared rule). vif receives p values (INFINITY for an
 * exact linear dependence). Errors: CT_EINVAL (n <= p), CT_ENOMEM. */
CT_API ct_status ct_logit_vif(const ct_matrix *x, double *vif, ct_diag *diag);

/* Box–Tidwell test of linearity in the log-odds (Box & Tidwell,
 * Technometrics 4, 1962; as in Hosmer & Lemeshow, Applied Logistic
 * Regression, §4.2): for every column j with test[j] != 0, add the term
 * x·ln x (x + 1 when the column has a zero; shifted[j] = 1 then), refit the
 * model with all added terms at once and report in pvalue[j] the Wald
 * p-value of column j's added term (NaN for untested columns, and for
 * columns with negative values, which get applicable[j] = 0). Errors as
 * ct_logit_fit for the augmented model. */
CT_API ct_status ct_logit_box_tidwell(const ct_matrix *x, const double *y, const int *test,
                                      const ct_logit_params *par, double *pvalue, int *shifted,
                                      int *applicable, ct_diag *diag);

/* Influence measures of a fitted model, as statsmodels' GLM
 * get_influence(): leverage h_i = v_i·x_i'(X'VX)⁻¹x_i, standardized Pearson
 * residual r_i/√(1 − h_i) with r_i = (y_i − p_i)/√(p_i(1 − p_i)), Cook's
 * distance r_i²·h_i/(p·(1 − h_i)²), for an unweighted fit (a weighted fit
 * would need v_i = w_i·p_i(1 − p_i)). x and y are the fit's. Any output
 * array may be NULL. CT_EINVAL (x is not m's shape), CT_ENOMEM. */
CT_API ct_status ct_logit_influence(const ct_logit *m, const ct_matrix *x, const double *y,
                                    double *hat, double *cooks, double *std_resid);

#ifdef __cplusplus
}
#endif
#endif
