/* dist.c — distribution tails with log-space fallbacks (see
 * claimtriage/dist.h). */
#include "claimtriage/dist.h"

#include <float.h>
#include <math.h>
#include <pthread.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_erf.h>
#include <gsl/gsl_sf_gamma.h>

/* Continued fractions: relative change below which a term is negligible,
 * the iteration cap (both converge in O(sqrt(max(a, b))) steps), and the
 * modified-Lentz guard against zero denominators (Numerical Recipes 5.2). */
#define CF_EPS (DBL_EPSILON)
#define CF_MAX_ITER 200000
#define CF_TINY (1e-300)

static const double LN10 = 2.302585092994045684;
static const double LN2 = 0.693147180559945309;
/* natural log of CT_DIST_SAFE_P: below it GSL is not called */
#define LN_SAFE (-667.74)
/* ln(1e-6): below this two-sided t tail the continued fraction is used
 * instead of GSL (measured on df 1..2e5, t 0.01..200 against scipy 1.10:
 * continued fraction <= 1.3e-11 relative below 1e-6, GSL up to 8e-7;
 * GSL <= 2e-14 above, where the fraction reaches 5.6e-10 for df > 1e5). */
#define LN_T_CF_BELOW (-13.815510557964274)

/* Continued fraction of the incomplete beta function, I_x(a, b) =
 * x^a (1-x)^b / (a B(a, b)) * cf (Numerical Recipes 6.4 "betacf", modified
 * Lentz; DLMF 8.17.22). Converges fast for x < (a + 1) / (a + b + 2). */
static double beta_cf(double a, double b, double x)
{
    const double qab = a + b, qap = a + 1., qam = a - 1.;
    double c = 1., d = 1. - qab * x / qap;
    if (fabs(d) < CF_TINY)
        d = CF_TINY;
    d = 1. / d;
    double h = d;
    for (int m = 1; m <= CF_MAX_ITER; m++) {
        const double m2 = 2. * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1. + aa * d;
        if (fabs(d) < CF_TINY)
            d = CF_TINY;
        c = 1. + aa / c;
        if (fabs(c) < CF_TINY)
            c = CF_TINY;
        d = 1. / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1. + aa * d;
        if (fabs(d) < CF_TINY)
            d = CF_TINY;
        c = 1. + aa / c;
        if (fabs(c) < CF_TINY)
            c = CF_TINY;
        d = 1. / d;
        const double del = d * c;
        h *= del;
        if (fabs(del - 1.) < CF_EPS)
            break;
    }
    return h;
}

/* ln I_x(a, b) given x, ln x and ln(1 - x) computed accurately by the caller.
 */
static double log_beta_inc(double a, double b, double x, double lnx, double ln1mx)
{
    /* x may underflow to 0 while ln x is finite (the t tail at t = 1e300):
     * the fraction is then exactly 1 and the prefactor gives the tail */
    if (x <= 0. && !(lnx > -INFINITY))
        return -INFINITY;
    if (x >= 1.)
        return 0.;
    if (x < (a + 1.) / (a + b + 2.))
        return a * lnx + b * ln1mx - gsl_sf_lnbeta(a, b) - log(a) + log(beta_cf(a, b, x));
    /* symmetry I_x(a, b) = 1 - I_{1-x}(b, a); not a far tail here */
    const double other =
        b * ln1mx + a * lnx - gsl_sf_lnbeta(a, b) - log(b) + log(beta_cf(b, a, 1. - x));
    return log1p(-exp(other));
}

double ct_dist_log_beta_inc(double a, double b, double x)
{
    if (!(a > 0.) || !(b > 0.) || !(x >= 0.) || !(x <= 1.))
        return NAN;
    return log_beta_inc(a, b, x, log(x), log1p(-x));
}

/* ln Q(a, x): for x > a + 1 the Legendre continued fraction (Numerical
 * Recipes 6.2 "gcf", modified Lentz; DLMF 8.9.2), Q = e^-x x^a / Gamma(a) * h;
 * otherwise 1 - P with P from its power series (NR "gser"; DLMF 8.7.1). */
double ct_dist_log_gamma_inc_q(double a, double x)
{
    if (!(a > 0.) || !(x >= 0.))
        return NAN;
    if (x == 0.)
        return 0.;
    const double lnpre = -x + a * log(x) - gsl_sf_lngamma(a);
    if (x > a + 1.) {
        double b = x + 1. - a, c = 1. / CF_TINY, d = 1. / b, h = d;
        for (int i = 1; i <= CF_MAX_ITER; i++) {
            const double an = -i * (i - a);
            b += 2.;
            d = an * d + b;
            if (fabs(d) < CF_TINY)
                d = CF_TINY;
            c = b + an / c;
            if (fabs(c) < CF_TINY)
                c = CF_TINY;
            d = 1. / d;
            const double del = d * c;
            h *= del;
            if (fabs(del - 1.) < CF_EPS)
                break;
        }
        return lnpre + log(h);
    }
    double ap = a, sum = 1. / a, del = sum;
    for (int n = 1; n <= CF_MAX_ITER; n++) {
        ap += 1.;
        del *= x / ap;
        sum += del;
        if (fabs(del) < fabs(sum) * CF_EPS)
            break;
    }
    return log1p(-sum * exp(lnpre));
}

static ct_pvalue pv_nan(void) { return (ct_pvalue){NAN, NAN}; }

/* GSL's inverse cdfs report a failure to converge (gsl_cdf_tdist_Pinv for
 * df < 1 or far tails, e.g. p = 1e-300 with df = 10) through the GSL error
 * handler, whose default prints and aborts. The handler is process-global,
 * so it is switched off once for the process (as models/logit.c does, not
 * around each call, which would race between threads); GSL then returns
 * NaN and the quantile is found here instead. */
static pthread_once_t gsl_quiet_once = PTHREAD_ONCE_INIT;
static void gsl_quiet_init(void) { gsl_set_error_handler_off(); }

/* From a log-space tail: GSL's value when it is safely representable,
 * else exp of the log (0 once it underflows) with the log kept. GSL's 0
 * where the log says p >= CT_DIST_SAFE_P (its t tail for df far below 1)
 * is not used: p and log10p would disagree. */
static ct_pvalue pv_from(double lnp, double gsl_value, int use_gsl)
{
    ct_pvalue r;
    if (use_gsl && lnp >= LN_SAFE && gsl_value > 0) {
        r.p = gsl_value;
        r.log10p = gsl_value > 0 ? log10(gsl_value) : lnp / LN10;
    } else {
        r.p = exp(lnp);
        r.log10p = lnp / LN10;
    }
    return r;
}

ct_pvalue ct_dist_chisq_sf(double x, double df)
{
    if (isnan(x) || !(df > 0.))
        return pv_nan();
    if (x <= 0.)
        return (ct_pvalue){1., 0.};
    if (x == INFINITY)
        return (ct_pvalue){0., -INFINITY};
    /* dof 2 is the exponential distribution: Q = exp(-x/2) exactly */
    const double lnp = df == 2. ? -x / 2. : ct_dist_log_gamma_inc_q(df / 2., x / 2.);
    if (lnp < LN_SAFE)
        return pv_from(lnp, 0., 0);
    return pv_from(lnp, gsl_cdf_chisq_Q(x, df), 1);
}

ct_pvalue ct_dist_f_sf(double x, double df1, double df2)
{
    if (isnan(x) || !(df1 > 0.) || !(df2 > 0.))
        return pv_nan();
    if (x <= 0.)
        return (ct_pvalue){1., 0.};
    if (x == INFINITY)
        return (ct_pvalue){0., -INFINITY};
    /* P(F >= x) = I_y(df2/2, df1/2), y = df2 / (df2 + df1 x) (Abramowitz &
   * Stegun 26.6.2) */
    const double den = df2 + df1 * x;
    const double lny = log(df2) - log(den), ln1my = log(df1 * x) - log(den);
    const double lnp = log_beta_inc(df2 / 2., df1 / 2., df2 / den, lny, ln1my);
    if (lnp < LN_SAFE)
        return pv_from(lnp, 0., 0);
    return pv_from(lnp, gsl_cdf_fdist_Q(x, df1, df2), 1);
}

ct_pvalue ct_dist_t_sf2(double t, double df)
{
    if (isnan(t) || !(df > 0.))
        return pv_nan();
    const double at = fabs(t);
    if (at == INFINITY)
        return (ct_pvalue){0., -INFINITY};
    if (at == 0.)
        return (ct_pvalue){1., 0.};
    if (df == INFINITY) /* the t distribution's limit is the normal */
        return ct_dist_normal_sf2(at);
    /* P(|T| >= t) = I_y(df/2, 1/2), y = df / (df + t^2) (A&S 26.7.1); ln of
     * the denominator taken as 2 ln t + log1p(df / t^2) where t^2 overflows
     * (t > 1.3e154: the Cauchy tail at t = 1e300 is 6.4e-301, not 0) */
    const double den = df + at * at;
    const double lnden = isinf(den) ? 2. * log(at) + log1p(df / at / at) : log(den);
    const double lny = log(df) - lnden, ln1my = 2. * log(at) - lnden;
    const double lnp = log_beta_inc(df / 2., 0.5, isinf(den) ? exp(lny) : df / den, lny, ln1my);
    /* GSL's tail (a Cornish-Fisher expansion for df > 30) drifts up to 1e-6
     * relative from scipy below p ~ 1e-12 (df 40-500, e.g. t = 20, df = 50:
     * 3.3e-7); the continued fraction stays within 1e-11 there, GSL is the
     * closer one in the body. */
    if (lnp < LN_T_CF_BELOW)
        return pv_from(lnp, 0., 0);
    return pv_from(lnp, 2. * gsl_cdf_tdist_Q(at, df), 1);
}

ct_pvalue ct_dist_t_sf(double t, double df)
{
    if (isnan(t) || !(df > 0.))
        return pv_nan();
    if (df == INFINITY)
        return ct_dist_normal_sf(t);
    if (t <= 0.) {
        const double p = gsl_cdf_tdist_P(-t, df); /* upper tail of -|t| = lower of |t| */
        return (ct_pvalue){p, log10(p)};
    }
    ct_pvalue r = ct_dist_t_sf2(t, df);
    r.p /= 2.;
    r.log10p -= LN2 / LN10;
    return r;
}

ct_pvalue ct_dist_normal_sf(double z)
{
    if (isnan(z))
        return pv_nan();
    if (z == INFINITY)
        return (ct_pvalue){0., -INFINITY};
    if (z <= 0.) {
        const double p = gsl_cdf_ugaussian_Q(z);
        return (ct_pvalue){p, log10(p)};
    }
    /* Q(z) = erfc(z / sqrt 2) / 2, in log space by gsl_sf_log_erfc; past
     * its range (NaN for z of 1e155 and more) the leading term of the
     * asymptotic series, ln Q ~ -z^2/2 - ln(z sqrt(2 pi)) (A&S 26.2.12),
     * which is -inf once z^2 overflows */
    double lnp = gsl_sf_log_erfc(z / M_SQRT2) - LN2;
    if (isnan(lnp))
        lnp = -0.5 * z * z - log(z) - 0.5 * log(2. * M_PI);
    if (lnp < LN_SAFE)
        return pv_from(lnp, 0., 0);
    return pv_from(lnp, gsl_cdf_ugaussian_Q(z), 1);
}

ct_pvalue ct_dist_normal_sf2(double z)
{
    if (isnan(z))
        return pv_nan();
    ct_pvalue r = ct_dist_normal_sf(fabs(z));
    if (r.p > 0.5) /* z == 0 */
        return (ct_pvalue){1., 0.};
    r.p *= 2.;
    r.log10p += LN2 / LN10;
    if (r.p > 1.)
        r.p = 1.;
    return r;
}

/* x > 0 with ln P(T >= x) = lnq (lnq < ln 1/2), by bisection on ln x over
 * the doubles' range on the log-space tail above (monotone in x): 200
 * halvings of [-746, 710] reach the doubles' resolution. +inf when even
 * the largest double has a larger tail (df far below 1). */
static double t_upper_quantile(double lnq, double df)
{
    double lo = -746., hi = log(DBL_MAX);
    if (ct_dist_t_sf(DBL_MAX, df).log10p * LN10 > lnq)
        return INFINITY;
    for (int i = 0; i < 200; i++) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        if (ct_dist_t_sf(exp(mid), df).log10p * LN10 > lnq)
            lo = mid;
        else
            hi = mid;
    }
    return exp(0.5 * (lo + hi));
}

/* ln P(T >= x), x > 0: from p while it is a normal double (all its
 * digits), else from the log-space tail */
static double t_log_sf(double x, double df)
{
    const ct_pvalue r = ct_dist_t_sf(x, df);
    return r.p >= DBL_MIN ? log(r.p) : r.log10p * LN10;
}

/* ln of the t density at x >= 0: 1 / (sqrt(df) B(df/2, 1/2)) times
 * (1 + x^2/df)^(-(df+1)/2) (A&S 26.7.1), the power's log taken as
 * 2 ln x - ln df + log1p(df / x^2) where x^2 overflows */
static double t_log_pdf(double x, double df)
{
    const double x2 = x * x;
    const double ln1p = isinf(x2) ? 2. * log(x) - log(df) + log1p(df / x / x) : log1p(x2 / df);
    return -0.5 * log(df) - gsl_sf_lnbeta(df / 2., 0.5) - (df + 1.) / 2. * ln1p;
}

/* ln P(0 <= T < x), x > 0: I_z(1/2, df/2) / 2 with z = x^2 / (df + x^2)
 * (A&S 26.7.1), in the lower tail of the incomplete beta where x is small */
static double t_log_body(double x, double df)
{
    const double x2 = x * x;
    return ct_dist_log_beta_inc(0.5, df / 2., x2 / (df + x2)) - LN2;
}

/* The quantile's Newton polish: at most T_NEWTON_MAX steps on the log of
 * the probability that determines x, stopping once a step is below
 * T_NEWTON_REL of x (a few ulps; from GSL's start convergence is
 * quadratic, 1-3 steps measured on df 0.3..1e6, q 1e-300..1/2). In the
 * tail that probability is P(T >= x) = q; near the centre (q > 1/4) it
 * is P(0 <= T < x) = 1/2 - q, exact there, whose digits a tail near 1/2
 * would lose (x = 3e-7 at q = 1/2 - 1e-7: 2e-10 relative, as scipy). Both
 * have the density as derivative (with opposite signs). One loop for the
 * t and the normal: a distribution's side is its three logs. */
#define T_NEWTON_MAX 8
#define T_NEWTON_REL (4. * DBL_EPSILON)
#define T_CENTRE_Q 0.25

typedef struct {
    double (*log_sf)(double x, double df);   /* ln P(X >= x), x > 0 */
    double (*log_body)(double x, double df); /* ln P(0 <= X < x) */
    double (*log_pdf)(double x, double df);  /* ln density at x */
} quantile_side;

static double quantile_polish(const quantile_side *f, double x, double q, double df)
{
    const int centre = q > T_CENTRE_Q;
    const double target = centre ? log(0.5 - q) : log(q);
    for (int i = 0; i < T_NEWTON_MAX && isfinite(x) && x > 0.; i++) {
        const double lnv = centre ? f->log_body(x, df) : f->log_sf(x, df);
        const double step = (lnv - target) * exp(lnv - f->log_pdf(x, df));
        const double next = centre ? x - step : x + step;
        if (!isfinite(next) || !(next > 0.))
            break;
        x = next;
        if (fabs(step) <= T_NEWTON_REL * x)
            break;
    }
    return x;
}

static const quantile_side t_side = {t_log_sf, t_log_body, t_log_pdf};

double ct_dist_t_quantile(double p, double df)
{
    if (!(p > 0.) || !(p < 1.) || !(df > 0.))
        return NAN;
    if (df == INFINITY)
        return ct_dist_normal_quantile(p);
    if (p == 0.5)
        return 0.;
    pthread_once(&gsl_quiet_once, gsl_quiet_init);
    /* Solved on the tail probability q = min(p, 1 - p) (1 - p is exact for
     * p >= 1/2) for x = the upper quantile, the sign set last. GSL's inverse
     * takes p itself: its Newton steps on P - cdf(x) lose the digits of a
     * P near 1 (1e-5 relative at 1 - 5e-16, df 30), and for df = 1 its
     * closed form tan(pi (p - 1/2)) cancels (-1.6e16 for every p below
     * 1e-17). Before 2026-12-04 both errors reached the CLI's intervals:
     * tests/cli/test_alpha_tiny_ci. */
    const double q = p < 0.5 ? p : 1. - p;
    double x;
    if (df == 1.) /* Cauchy: P(T >= x) = atan(1/x) / pi, x = cot(pi q),
                   * as tan(pi (1/2 - q)) near the centre (1/2 - q exact) */
        x = q < 0.25 ? 1. / tan(M_PI * q) : tan(M_PI * (0.5 - q));
    else {
        x = -gsl_cdf_tdist_Pinv(q, df);
        /* GSL did not converge (NaN) or overflowed: solve on the tail by
         * bisection, then polish either start on the log-space tail */
        x = isfinite(x) && x > 0. ? x : t_upper_quantile(log(q), df);
        x = quantile_polish(&t_side, x, q, df);
    }
    return p < 0.5 ? -x : x;
}

/* The normal's side of quantile_polish (df unused): ln P(Z >= x), in
 * log10 below DBL_MIN; ln P(0 <= Z < x) = ln(erf(x / sqrt 2) / 2); the
 * density's log */
static double normal_log_sf(double x, double df)
{
    (void)df;
    const ct_pvalue r = ct_dist_normal_sf(x);
    return r.p >= DBL_MIN ? log(r.p) : r.log10p * LN10;
}

static double normal_log_body(double x, double df)
{
    (void)df;
    return log(erf(x / M_SQRT2)) - LN2;
}

static double normal_log_pdf(double x, double df)
{
    (void)df;
    return -0.5 * x * x - 0.5 * log(2. * M_PI);
}

static const quantile_side normal_side = {normal_log_sf, normal_log_body, normal_log_pdf};

double ct_dist_normal_quantile(double p)
{
    if (!(p > 0.) || !(p < 1.))
        return NAN;
    if (p == 0.5)
        return 0.;
    pthread_once(&gsl_quiet_once, gsl_quiet_init);
    /* on the tail q = min(p, 1 - p), as the t quantile: GSL's rational
     * approximation at q (about one ulp off: 1.9599639845400538 at 0.025),
     * polished by Newton on the log of the tail, so that -quantile(alpha/2)
     * is the exact upper quantile (scipy's norm.isf) at every alpha.
     * Before 2026-12-04 GSL's value at p itself: tests/unit/test_dist
     * test_normal_quantile_tails, tests/cli/regress_alpha_tiny_z */
    const double q = p < 0.5 ? p : 1. - p;
    const double x = quantile_polish(&normal_side, -gsl_cdf_ugaussian_Pinv(q), q, 0.);
    return p < 0.5 ? -x : x;
}
