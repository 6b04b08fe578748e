/* test_dist.c — distribution tails against scipy 1.10 and, far in the tails,
 * against mpmath 1.2.1 at 50 digits (scipy returns 0 there). */
#include "ct_test.h"

#include <math.h>

#define TOL 1e-9     /* GSL/scipy agreement in the body of the distributions */
#define TOL_LOG 1e-9 /* log10 tails against mpmath */

static void test_t(void **state)
{
    (void)state;
    /* 2 * scipy.stats.t.sf(2.5, 7.3) */
    assert_rel(ct_dist_t_sf2(2.5, 7.3).p, 0.039650234665600415, TOL);
    assert_rel(ct_dist_t_sf2(-2.5, 7.3).p, 0.039650234665600415, TOL);
    assert_rel(ct_dist_t_sf(2.5, 7.3).p, 0.039650234665600415 / 2, TOL);
    /* 2 * scipy.stats.t.sf(0.3, 100) */
    assert_rel(ct_dist_t_sf2(0.3, 100).p, 0.7647998803003035, TOL);
    /* far tail with moderate df, where GSL's tdist_Q (Cornish-Fisher for
     * df > 30) was 3.3e-7, 2.2e-7, 4.9e-7, 5.8e-9 off:
     * 2 * scipy.stats.t.sf(20, 50), (25, 83.1), (30, 100), (12, 40) */
    assert_rel(ct_dist_t_sf2(20, 50).p, 1.6548521947439566e-25, TOL);
    assert_rel(ct_dist_t_sf2(25, 83.1).p, 2.0195587313294883e-40, TOL);
    assert_rel(ct_dist_t_sf2(30, 100).p, 8.380332558688336e-52, TOL);
    assert_rel(ct_dist_t_sf(12, 40).p, 3.912085652127985e-15, TOL);
    /* mpmath: log10(betainc(25, 1/2, 0, 50/(50+t^2), regularized=True)), t = 200 and 1e8 */
    ct_pvalue p = ct_dist_t_sf2(200, 50);
    assert_rel(p.log10p, -73.540268345128731, TOL_LOG);
    assert_rel(log10(p.p), -73.540268345128731, TOL_LOG);
    p = ct_dist_t_sf2(1e8, 50);
    assert_true(p.p == 0);
    assert_rel(p.log10p, -358.47546615999676, TOL_LOG);
    assert_rel(ct_dist_t_sf2(0, 5).p, 1, 0);
    assert_true(isnan(ct_dist_t_sf2(1, 0).p));
    assert_true(isnan(ct_dist_t_sf2(NAN, 3).log10p));
    /* scipy.stats.t.ppf(0.975, 1571.16) */
    assert_rel(ct_dist_t_quantile(0.975, 1571.16), 1.961475013785062, TOL);
    assert_true(isnan(ct_dist_t_quantile(1.0, 3)));
    /* where scipy.stats.t.ppf (cephes stdtrit) is 1.4e-9, 1.2e-9 and 4.6e-9
     * off, ours is mpmath's root of betainc(df/2, 1/2, 0, df/(df+t^2))/2 =
     * 1 - p at 40 digits (8.648826523031977, 2.008559109715206 and
     * 1.6972608943617378 from scipy): */
    assert_rel(ct_dist_t_quantile(0.975, 1.2), 8.6488265107488668753, 1e-13);
    assert_rel(ct_dist_t_quantile(0.975, 50), 2.0085591121007607009, 1e-13);
    assert_rel(ct_dist_t_quantile(0.95, 30), 1.6972608865939573837, 1e-13);
}

/* The t quantile solved on the tail probability (tester K, finding 3):
 * mpmath 1.2.1 at 40 digits, the root of betainc(df/2, 1/2, 0,
 * df/(df+x^2))/2 = min(p, 1-p). Before 2026-12-04 df = 1 gave
 * tan(pi (p - 1/2)), -1.633e16 for every p below 1e-17, and the upper
 * tail lost 1e-5 relative (GSL's Newton steps on P - cdf near P = 1). */
static void test_t_quantile_tails(void **state)
{
    (void)state;
    const double tol = 1e-13;
    assert_rel(ct_dist_t_quantile(1e-10, 1), -3183098861.8379065993, tol);
    assert_rel(ct_dist_t_quantile(1e-20, 1), -3.18309886183790689e19, tol);
    assert_rel(ct_dist_t_quantile(1e-300, 1), -3.1830988618379066356e299, tol);
    assert_true(isnan(ct_dist_t_quantile(1 - 1e-20, 1))); /* p rounds to 1 */
    assert_rel(ct_dist_t_quantile(1 - 5e-13, 30), 11.721966391048758625, tol);
    assert_rel(ct_dist_t_quantile(1 - 5e-16, 30), 15.259598783391983201, tol);
    assert_rel(ct_dist_t_quantile(1 - 5e-13, 5), 452.5311783940684571, tol);
    assert_rel(ct_dist_t_quantile(1e-300, 10), -2.5645257189481978216e30, tol);
    /* near the centre, solved on 1/2 - q (scipy is 2e-10 off here) */
    assert_rel(ct_dist_t_quantile(0.5 - 1e-7, 5), -2.6343055242160601652e-7, tol);
    assert_rel(ct_dist_t_quantile(0.5 + 1e-7, 1), 3.1415926519363009281e-7, tol);
    /* symmetric: the upper tail is the lower one's mirror, digit for digit */
    assert_true(ct_dist_t_quantile(1 - 0.25, 7.5) == -ct_dist_t_quantile(0.25, 7.5));
    /* beyond the doubles: df 0.3 at 1e-100 is about 1e333 */
    assert_true(ct_dist_t_quantile(1e-100, 0.3) == -INFINITY);
}

static void test_chisq(void **state)
{
    (void)state;
    /* scipy.stats.chi2.sf(3.2, 5), .sf(60, 3), .sf(1e-3, 1) */
    assert_rel(ct_dist_chisq_sf(3.2, 5).p, 0.6691829020332432, TOL);
    assert_rel(ct_dist_chisq_sf(60, 3).p, 5.878230727906921e-13, TOL);
    assert_rel(ct_dist_chisq_sf(1e-3, 1).p, 0.9747728793699604, TOL);
    /* dof 2: log10 p = -x / (2 ln 10) exactly; mpmath log10(exp(-x/2)) */
    ct_pvalue p = ct_dist_chisq_sf(1902.5933827784893, 2);
    assert_true(p.p == 0);
    assert_rel(p.log10p, -413.14290372316965, 1e-15);
    /* mpmath log10(gammainc(5/2, 1500, inf, regularized=True)) and (1/2, 1000) */
    p = ct_dist_chisq_sf(3000, 5);
    assert_true(p.p == 0);
    assert_rel(p.log10p, -646.80078794398164, TOL_LOG);
    assert_rel(ct_dist_chisq_sf(2000, 1).log10p, -436.04327371607295, TOL_LOG);
    assert_rel(ct_dist_chisq_sf(0, 3).p, 1, 0);
    /* the log-space incomplete gamma agrees with GSL in the body */
    assert_rel(exp(ct_dist_log_gamma_inc_q(2.5, 1.6)), 0.6691829020332432, TOL);
    assert_rel(exp(ct_dist_log_gamma_inc_q(1.5, 30)), 5.878230727906921e-13, TOL);
}

static void test_f(void **state)
{
    (void)state;
    /* scipy.stats.f.sf(2.7, 3, 40), f.sf(0.5, 2, 10) */
    assert_rel(ct_dist_f_sf(2.7, 3, 40).p, 0.05843992837876618, TOL);
    assert_rel(ct_dist_f_sf(0.5, 2, 10).p, 0.620921323059155, TOL);
    /* mpmath log10(betainc(500, 3/2, 0, 1000/(1000+3*600), regularized=True)) */
    assert_rel(ct_dist_f_sf(600, 3, 1000).log10p, -222.27245227541726, TOL_LOG);
    assert_rel(exp(ct_dist_log_beta_inc(20, 1.5, 40. / (40 + 3 * 2.7))), ct_dist_f_sf(2.7, 3, 40).p,
               TOL);
}

static void test_normal(void **state)
{
    (void)state;
    /* scipy.stats.norm.sf(3.1), 2 * norm.sf(1.2), norm.ppf(0.975) */
    assert_rel(ct_dist_normal_sf(3.1).p, 0.0009676032132183563, TOL);
    assert_rel(ct_dist_normal_sf2(-1.2).p, 0.23013934044341644, TOL);
    assert_rel(ct_dist_normal_quantile(0.975), 1.959963984540054, TOL);
    /* mpmath log10(erfc(40/sqrt(2))/2) */
    ct_pvalue p = ct_dist_normal_sf(40);
    assert_true(p.p == 0);
    assert_rel(p.log10p, -349.43700645934584, TOL_LOG);
    assert_rel(ct_dist_normal_sf2(0).p, 1, 0);
}

/* The normal quantile on its tail, Newton-polished: within 3e-16 of
 * mpmath's root (findroot(ncdf(z) - p)) from 5e-324 to 1 - 1e-16. Before
 * 2026-12-04 GSL's value at p itself: 8.0414 at 1 - 5e-16 rounded (the
 * exact 8.0269 of its tail 5e-16), one ulp off at 0.025. */
static void test_normal_quantile_tails(void **state)
{
    (void)state;
    static const double pq[][2] = {
        {0.025, -1.9599639845400543},      {5e-16, -8.02685888253454},
        {1e-300, -37.0470962993612},       {5e-324, -38.467405617144344},
        {0.3, -0.5244005127080408},        {0.499999999, -2.5066283428845328e-09},
        {0.1, -1.2815515655446004},        {1e-10, -6.361340902404057},
        {1 - 1e-16, 8.209536151601387},
    };
    for (size_t i = 0; i < sizeof pq / sizeof pq[0]; i++)
        assert_rel(ct_dist_normal_quantile(pq[i][0]), pq[i][1], 3e-16);
    /* the upper quantile of alpha/2 at alpha 1e-15 (scipy norm.isf(5e-16)),
     * not of 1 - alpha/2 rounded (8.041399959096541) */
    assert_rel(-ct_dist_normal_quantile(5e-16), 8.02685888253454, 1e-16);
    assert_true(ct_dist_normal_quantile(0.5) == 0);
    assert_true(ct_dist_normal_quantile(0.7) == -ct_dist_normal_quantile(1 - 0.7));
}

/* Arguments GSL cannot take: gsl_cdf_tdist_Pinv did not converge and
 * called GSL's default error handler, which aborted the process (the
 * header promises it is never called); t^2 or z past the doubles gave -inf
 * or NaN for tails that exist; an infinite df (the normal) gave NaN. */
static void test_far_arguments(void **state)
{
    (void)state;
    /* quantiles where GSL's inverse fails: checked by the tail they leave */
    const double qp[][2] = {{1e-300, 10}, {1e-20, 0.5}, {1e-300, 1.5}, {1e-250, 0.9}};
    for (size_t i = 0; i < sizeof qp / sizeof qp[0]; i++) {
        const double p = qp[i][0], df = qp[i][1];
        const double q = ct_dist_t_quantile(p, df);
        assert_true(isfinite(q) && q < 0);
        assert_rel(ct_dist_t_sf(-q, df).log10p, log10(p), 1e-9);
    }
    /* df 1e-5: the 0.3 quantile lies beyond the largest double */
    assert_true(ct_dist_t_quantile(0.3, 1e-5) == -INFINITY);
    assert_true(ct_dist_t_quantile(0.7, 1e-5) == INFINITY);
    assert_true(fabs(ct_dist_t_quantile(0.5, 1e-5)) < 1e-12);
    /* Cauchy (df 1): P(T >= x) = atan(1/x)/pi = 1/(pi x) for x = 1e300 */
    const ct_pvalue c = ct_dist_t_sf(1e300, 1);
    assert_rel(c.p, 1 / (M_PI * 1e300), 1e-9);
    assert_rel(c.log10p, -300 - log10(M_PI), 1e-12);
    /* infinite df: the normal (scipy.stats.t.sf(5, inf) = 2.866515718791939e-07) */
    assert_rel(ct_dist_t_sf(5, INFINITY).p, 2.866515718791939e-07, 1e-12);
    assert_rel(ct_dist_t_sf2(5, INFINITY).p, 2 * 2.866515718791939e-07, 1e-12);
    assert_rel(ct_dist_t_quantile(0.975, INFINITY), ct_dist_normal_quantile(0.975), 0);
    /* normal tail past gsl_sf_log_erfc's range: -z^2/2 - ln(z sqrt(2 pi)) */
    const ct_pvalue z = ct_dist_normal_sf(1e100);
    assert_true(z.p == 0);
    assert_rel(z.log10p, (-5e199 - log(1e100) - 0.5 * log(2 * M_PI)) / log(10), 1e-12);
    const ct_pvalue zi = ct_dist_normal_sf(1e300);
    assert_true(zi.p == 0 && zi.log10p == -INFINITY);
    /* df 1e-10: a tail near 1/2 far out, where GSL's tail gives 0; p and
     * log10p agree */
    const ct_pvalue h = ct_dist_t_sf(1e200, 1e-10);
    assert_rel(h.p, 0.5, 1e-6);
    assert_rel(h.log10p, log10(h.p), 1e-12);
    assert_true(ct_dist_normal_sf2(-1e300).p == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_t),
        cmocka_unit_test(test_t_quantile_tails),
        cmocka_unit_test(test_chisq),
        cmocka_unit_test(test_f),
        cmocka_unit_test(test_normal),
        cmocka_unit_test(test_normal_quantile_tails),
        cmocka_unit_test(test_far_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
