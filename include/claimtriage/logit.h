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
 * Convergence rule: stop after the step for which
 *   |Δℓ| <= ll_tol·L                                and either
 *   max_j |Δβ_j|·s_j <= beta_tol   (s_j = max_i |x_ij|: the largest change the
 *                                   step makes to any row's linear predictor
 *                                   through column j, unit-free)   or
 *   λ²/2 <= decrement_tol·L at the new β AND at the β the step
 *                                   started from (λ² = g'(X'VX)⁻¹g, the Newton
 *                                   decrement: the rise of ℓ left to gain;
 *                                   Boyd & Vandenberghe, Convex Optimization,
 *                                   §9.5.1): ℓ had converged before the step,
 *                                   so the step only moved β within rounding,
 * where L = 1 + |ℓ| + Σ_i w_i|y_i − p_i|·(Σ_j |β_j x_ij| − |η_i|) is the
 * scale of ℓ's rounding: each η_i is summed from terms β_j x_ij that may
 * cancel, and its rounding moves ℓ by |y_i − p_i| times it; the sum is
 * small beside |ℓ| unless the terms cancel (columns near 1e14, nearly
 * collinear, whose x·ln x terms of 1e6 cancel to η near 1: ℓ then moves by
 * 1e-9 in rounding every step; before 2026-12-04 L was 1 + |ℓ| and such a
 * fit ran out of steps although statsmodels converges in 12). Then evaluate ℓ, gradient and Hessian once more at the final β. The step
 * test alone cannot be met when the design is ill-conditioned (two columns
 * at r = 0.9999999999: rounding moves β by cond·ε every step although ℓ has
 * converged); the decrement is invariant to the scaling of the columns and
 * is what statsmodels' converged fits satisfy there. On well-conditioned
 * designs the step test is met by the step after the decrement first gets
 * small, so those fits end where the step test alone ends them. A fit that
 * "converges" with every row pinned, or with one predictor separating the
 * classes, is still CT_ESEPARATION (below).
 *
 * Condition number: cond = σ_max/σ_min of the design with every column
 * scaled to unit length (Belsley, Kuh & Welsch, Regression Diagnostics,
 * 1980, ch. 3: above 30 collinearity degrades the estimates): a Householder
 * QR of that design (gsl_linalg_QR_decomp), then GSL's one-sided Jacobi SVD
 * of the p x p R (gsl_linalg_SV_decomp_jacobi), whose singular values are
 * the design's (Drmac & Veselic's QR-preconditioned Jacobi, 2008).

 * Inference as statsmodels' Logit: se = √diag((X'VX)⁻¹), z = β/se,
 * p = 2·Φ(−|z|), CI β ± Φ⁻¹(0.975)·se, ℓ_null of the intercept-only model
 * (closed form ȳ), LLR = 2(ℓ − ℓ_null) with p-value from χ²(df = p − 1),
 * McFadden pseudo-R² 1 − ℓ/ℓ_null, AIC = −2ℓ + 2p, BIC = −2ℓ + p·ln n (the
 * constant counted in p, as statsmodels does).
 *
 * Separation, checked after every fit: a row is pinned when its fitted
 * probability is within sep_tol of its 0/1 outcome (1 − p computed as
 * expit(−η), so p = 1.0 in double still counts). A converged fit reports
 * npinned and, per column, how many pinned rows have that column as the
 * largest term |β_j·x_ij| of their linear predictor (pinned_by): the
 * predictors that drive the (quasi-)separation (Albert & Anderson,
 * Biometrika 71, 1984); statsmodels warns of quasi-separation on the same
 * evidence. The caller decides how to warn. When the fit does not converge,
 * or X'VX stops being positive definite, and some rows are pinned, the data
 * are separated and the fit returns CT_ESEPARATION. The message calls the
 * separation complete or quasi-complete as the data are (Albert & Anderson's
 * classes, decided by linear programming, Konis 2007, with the separating
 * combination checked on every row); it names the predictors that separate
 * the classes on their own only when they account for the separation (one
 * splits them strictly, or the rows off their one-class sides overlap),
 * else says a combination separates them and names the predictors whose
 * coefficients diverge. When rows are pinned but the LP finds the classes
 * overlap (the MLE exists; near separation), the fit returns CT_ENUMERIC
 * saying so.
 *
 * Singular designs: when X'X itself is singular (at β = 0, V = I/4), or
 * singular in double precision (the condition number above, checked before
 * the first Newton step, exceeds 1/√ε ≈ 6.7e7: X'VX then has about its
 * square, beyond 1/ε, and no step it gives has a correct digit), the fit is
 * refused (CT_ENUMERIC) whatever the order of the columns, and the message
 * names the culprit: a column that is 0 in every row, a column that is
 * constant (it duplicates the intercept), or the first column that is a
 * linear combination of earlier ones, with those columns (dummies that add
 * up to another column, a count repeated in other units), "to within
 * rounding" with its 1 − R² on them when the combination holds only so
 * (b = 2a + 1 written to 17 digits). Two columns at r = 0.9999999999 have
 * a condition number near 4e5 and still fit.
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
    double decrement_tol;     /* default 1e-20, relative: far below the rounding of ℓ
                                 (ε ≈ 2.2e-16), so no step can still change ℓ */
    double sep_tol;           /* default 1e-8: a fitted probability this close to
                                   the outcome counts as pinned */
    double diverge_scale;     /* default 10: a coefficient whose |β_j|·s_j exceeds
                                   this is named as diverging under separation */
    double ci_level;          /* default 0.95 */
    double ci_alpha;          /* 0 (default), or 1 − ci_level exactly as the
                                 caller holds it (regress's --alpha), which
                                 ci_level cannot hold to every digit below
                                 about 1e-3: z_crit is then taken at the
                                 tail ci_alpha/2, else at (1 − ci_level)/2 */
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
    double z_crit; /* Φ⁻¹((1 + ci_level)/2), solved on its tail: −Φ⁻¹(ci_alpha/2),
                      or −Φ⁻¹((1 − ci_level)/2) when ci_alpha is 0, so that a
                      level near 1 keeps its digits (statsmodels' norm.ppf(1 −
                      alpha/2) rounds 1 − alpha/2: 8.0140 at alpha 1e-15 for
                      the exact 8.0269). Before 2026-12-04 Φ⁻¹(0.5 + ci_level/2),
                      8.0414 there (tests/cli/regress_alpha_tiny_z) */
    size_t df_model, df_resid, iterations;
    int converged;        /* always 1 on CT_OK */
    int weighted;         /* 1 when case weights were used (ℓ is then weighted) */
    double *eta;          /* n linear predictors x_i'β (1 − p_i = expit(−η_i) exactly) */
    double cond;          /* condition number of the unit-length-scaled design (see above):
                             at most 1/√ε ≈ 6.7e7, a design beyond is refused (before
                             2026-12-04 INFINITY for a singular design that happened to
                             converge); NaN when out of memory */
    size_t npinned;       /* rows with a fitted probability within sep_tol of y */
    size_t *pinned_by;    /* p counts: pinned rows whose largest term is column j */
    double max_decrement; /* λ²/2 at the final β (how far ℓ may still be from its
                             maximum) */
    /* appended 2026-12-03: log10 of pvalue[j] (p each) and of llr_pvalue,
     * finite where the p-value itself underflows a double to 0 (|z| beyond
     * ~38.5, an LLR beyond ~1,400 on few degrees of freedom), as `test`
     * gives it (claimtriage/dist.h: z-test p = erfc(|z|/√2) by
     * ct_dist_normal_sf2, the LLR's the chi-square tail by ct_dist_chisq_sf,
     * both in log space); -inf only when the p-value is exactly 0 (an
     * infinite statistic); llr_log10_pvalue NaN with llr_pvalue. pvalue and
     * llr_pvalue stay statsmodels' (0.0 where they underflow). */
    double *log10_pvalue;
    double llr_log10_pvalue;
} ct_logit;

/* Fit y (x->nrows values, 0 or 1) on x (n × p, column 0 the constant).
 * Errors: CT_EINVAL (bad parameters, n <= p, an unset column, y not 0/1,
 * no constant first, a non-finite value), CT_EDATA (a single outcome
 * class: a fact of the data),
 * CT_ESEPARATION (see above; diag names predictors), CT_ENUMERIC (X'VX
 * singular without separation: collinear columns; or near separation, see
 * above), CT_ENOCONVERGE
 * (max_iter reached, no separation found; the message states the steps
 * and the last change, diag->hint the advice: raise max_iter or rescale;
 * when the last step had less to gain than ℓ's rounding, ε·L, yet ℓ
 * moved by more, the message says the fit cannot settle in double
 * precision and gives the design's condition number, the hint to rescale
 * large columns or leave out one of two nearly collinear ones),
 * CT_ENOMEM. *out is NULL on
 * error. */
CT_API ct_status ct_logit_fit(const ct_matrix *x, const double *y, const ct_logit_params *par,
                              ct_logit **out, ct_diag *diag);

/* Which separation a CT_ESEPARATION from ct_logit_fit is, in diag->kind
 * (claimtriage/common.h), as its message says it in words (above): one
 * predictor alone separates the classes; several each do on their own
 * (two dummies of one column); or a combination of predictors does (those
 * separating some rows alone, if any, do not account for it). A caller
 * that acts on the kind switches on this code, never on the message's
 * wording (before 2026-12-05 the run report matched the message's words:
 * tests/cli/report_pmo_separation_kinds). Append-only. */
typedef enum ct_logit_separation {
    CT_LOGIT_SEP_UNKNOWN = 0,       /* not a separation, or not said */
    CT_LOGIT_SEP_ONE_PREDICTOR = 1, /* "'x' alone separates the outcome classes" */
    CT_LOGIT_SEP_EACH = 2,          /* "N predictors each separate the outcome classes" */
    CT_LOGIT_SEP_COMBINATION = 3    /* "separation by a combination of predictors" */
} ct_logit_separation;

/* The kind's name in JSON ("one_predictor", "predictors_each",
 * "combination"; docs/formats.md), NULL for CT_LOGIT_SEP_UNKNOWN or a code
 * out of range. ct_logit_separation_from_name is its inverse:
 * CT_LOGIT_SEP_UNKNOWN for NULL or any other string. Static strings;
 * thread-safe. */
CT_API const char *ct_logit_separation_name(int kind);
CT_API ct_logit_separation ct_logit_separation_from_name(const char *name);
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
 * exact linear dependence; NaN, R² = 1 − 0/0, for a constant column that
 * adds nothing to the others' span: one all zero (statsmodels' nan), or a
 * constant beside another constant (statsmodels: nan or 0 as rounding
 * falls); such a column is left out of every other column's regression, as
 * statsmodels' pinv leaves it, so the others' VIFs stay finite; before
 * 2026-12-04 one such column made every VIF INFINITY).
 * Errors: CT_EINVAL (n <= p), CT_ENOMEM. */
CT_API ct_status ct_logit_vif(const ct_matrix *x, double *vif, ct_diag *diag);

/* Box–Tidwell test of linearity in the log-odds (Box & Tidwell,
 * Technometrics 4, 1962; as in Hosmer & Lemeshow, Applied Logistic
 * Regression, §4.2): for every column j with test[j] != 0, add the term
 * x·ln x (x + 1 when the column has a zero; shifted[j] = 1 then), refit the
 * model with all added terms at once and report in pvalue[j] the Wald
 * p-value of column j's added term (NaN for untested columns), and in
 * log10_pvalue[j] (may be NULL; p values) its log10, finite where the
 * p-value underflows to 0 (as ct_logit.log10_pvalue). applicable[j]
 * says which: CT_BT_TESTED, CT_BT_NOT_ASKED (test[j] == 0), CT_BT_NEGATIVE
 * (negative values: x·ln x undefined) or CT_BT_TWO_VALUES (at most two
 * distinct values: on two points x·ln x is affine in x, so the added term
 * would duplicate the constant and x exactly and make the refit singular;
 * such a column is linear in the log-odds by construction). *npinned
 * (when not NULL) receives the augmented fit's pinned rows (its p-values are
 * not reliable when there are any: quasi-separation). Errors as
 * ct_logit_fit for the augmented model. */
#define CT_BT_TESTED 1
#define CT_BT_NOT_ASKED 0
#define CT_BT_NEGATIVE (-1)
#define CT_BT_TWO_VALUES (-2)
CT_API ct_status ct_logit_box_tidwell(const ct_matrix *x, const double *y, const int *test,
                                      const ct_logit_params *par, double *pvalue,
                                      double *log10_pvalue, int *shifted, int *applicable,
                                      size_t *npinned, ct_diag *diag);

/* Influence measures of a fitted model, as statsmodels' GLM
 * get_influence(): leverage h_i = v_i·x_i'(X'VX)⁻¹x_i, standardized Pearson
 * residual r_i/√(1 − h_i) with r_i = (y_i − p_i)/√(p_i(1 − p_i)), Cook's
 * distance r_i²·h_i/(p·(1 − h_i)²), for an unweighted fit (a weighted fit
 * would need v_i = w_i·p_i(1 − p_i)). 1 − p_i is expit(−η_i), and r_i is
 * computed as √((1 − p_i)/p_i) for y = 1 and −√(p_i/(1 − p_i)) for y = 0,
 * so a row predicted right with p = 1.0 in double gets its limits r = 0,
 * h = 0, D = 0 (the least influential, not NaN). A row predicted wrong with
 * probability 0 or 1 in double has no finite residual: its std_resid is
 * ±INFINITY and its Cook's distance NaN (undefined). x and y are the fit's.
 * Any output array may be NULL. CT_EINVAL (x is not m's shape), CT_ENOMEM. */
CT_API ct_status ct_logit_influence(const ct_logit *m, const ct_matrix *x, const double *y,
                                    double *hat, double *cooks, double *std_resid);

#ifdef __cplusplus
}
#endif
#endif
