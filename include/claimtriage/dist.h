/* claimtriage/dist.h — tail probabilities and quantiles of the t, chi-square,
 * F and normal distributions, as thin wrappers over GSL's cdf module, with
 * the tail also computed in log space so that p-values below the smallest
 * double are reported as log10 p instead of 0.
 * Layer: stats (docs/design.md).
 *
 * A ct_pvalue carries both: p (what GSL or scipy would print, 0 when it
 * underflows) and log10p (finite whenever the tail can be computed, even far
 * below 1e-300). When p >= CT_DIST_SAFE_P the value comes from GSL and
 * log10p = log10(p), except the two-sided t tail below 1e-6, which comes
 * from the continued fraction below (GSL's Cornish-Fisher tail for df > 30
 * drifts up to 1e-6 relative from scipy there; the fraction stays within
 * 1e-11); below CT_DIST_SAFE_P both come from the log-space formulas:
 *   chi-square, dof 2:  ln Q = -x/2 (exact);
 *   chi-square, other:  ln Q(a, x) by the Legendre continued fraction of the
 *                       upper incomplete gamma function (Numerical Recipes
 *                       6.2, gcf; DLMF 8.9.2), prefactor via gsl_sf_lngamma;
 *   t and F:            ln I_x(a, b) by the continued fraction of the
 *                       incomplete beta function (Numerical Recipes 6.4,
 *                       betacf; DLMF 8.17.22), prefactor via gsl_sf_lnbeta;
 *   normal:             ln Q(z) = gsl_sf_log_erfc(z / sqrt 2) - ln 2.
 *
 * Invalid arguments (NaN, non-positive degrees of freedom) give NaN in both
 * fields; an infinite df of t is the normal distribution. These functions
 * never call the GSL error handler (inputs are checked and underflowing
 * tails are routed to the log-space code; the quantiles switch GSL's
 * process-wide handler off once, as the logit fit does, and where GSL's
 * inverse does not converge — df below 1, far tails — solve on the tail
 * by bisection instead; ±inf when the quantile is beyond the doubles).
 * All functions are reentrant and thread-safe.
 */
#ifndef CLAIMTRIAGE_DIST_H
#define CLAIMTRIAGE_DIST_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Below this p the log-space formulas are used (GSL would underflow). */
#define CT_DIST_SAFE_P 1e-290

typedef struct ct_pvalue {
    double p;      /* probability; 0 when it underflows a double */
    double log10p; /* log10 of the probability; -inf only when p is exactly 0 */
} ct_pvalue;

/* Upper tail P(X >= x) of chi-square with df degrees of freedom. */
CT_API ct_pvalue ct_dist_chisq_sf(double x, double df);
/* Upper tail P(X >= x) of F(df1, df2). */
CT_API ct_pvalue ct_dist_f_sf(double x, double df1, double df2);
/* Upper tail P(T >= t) of Student's t with df degrees of freedom. */
CT_API ct_pvalue ct_dist_t_sf(double t, double df);
/* Two-sided P(|T| >= |t|). */
CT_API ct_pvalue ct_dist_t_sf2(double t, double df);
/* Upper tail P(Z >= z) of the standard normal. */
CT_API ct_pvalue ct_dist_normal_sf(double z);
/* Two-sided P(|Z| >= |z|). */
CT_API ct_pvalue ct_dist_normal_sf2(double z);

/* Lower-tail quantiles (0 < p < 1; NaN otherwise).
 * The t quantile is solved on the tail probability q = min(p, 1 - p) (1 - p
 * is exact for p >= 1/2), so the far tails on both sides keep their digits:
 * for df = 1 the Cauchy closed form cot(pi q); otherwise GSL's inverse at q
 * (bisection where it does not converge) polished by Newton steps on the log
 * of the tail, or, for q > 1/4, of 1/2 - q. Within 1e-14 relative of
 * mpmath's root for df 0.3..1e3 and p 1e-300..1 - 1e-16, 2e-11 at df 1e6
 * (the tail's own accuracy there); scipy.stats.t.ppf is up to 5e-9 off in
 * the same range. Before 2026-12-04 it was GSL's inverse at p itself:
 * -1.6e16 for every p below 1e-17 at df = 1, and 1e-5 relative off at
 * p = 1 - 5e-16 (tests/unit/test_dist, tests/cli/test_alpha_tiny_ci). */
CT_API double ct_dist_t_quantile(double p, double df);
CT_API double ct_dist_normal_quantile(double p);

/* ln I_x(a, b), the regularised incomplete beta function, for a, b > 0 and
 * 0 <= x <= 1; accurate far into the lower tail (x small). */
CT_API double ct_dist_log_beta_inc(double a, double b, double x);
/* ln Q(a, x), the regularised upper incomplete gamma function, a, x > 0;
 * accurate far into the upper tail (x large). */
CT_API double ct_dist_log_gamma_inc_q(double a, double x);

#ifdef __cplusplus
}
#endif
#endif
