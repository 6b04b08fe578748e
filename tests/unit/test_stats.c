/* test_stats.c — sums, variance and quantiles against numpy. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

/* import numpy as np
 * x = np.array([3.5,-1,7,7,0,2.25,10,-4,7,1e6,0.5])
 * np.quantile(x, q) for q in (0, .1, .25, .5, .75, .9, .99, 1); x.mean(); x.var(ddof=1) */
static const double X[] = {3.5, -1, 7, 7, 0, 2.25, 10, -4, 7, 1e6, 0.5};
static const double Q[] = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};
static const double QV[] = {-4, -1, 0.25, 3.5, 7, 10, 900001.00000000035, 1000000};

static void test_quantiles(void **state)
{
    (void)state;
    size_t n = sizeof X / sizeof X[0];
    double s[16], w[16];
    memcpy(s, X, sizeof X);
    ct_sort_f64(s, n, NULL); /* n < 64: no scratch needed */
    for (size_t k = 0; k < sizeof Q / sizeof Q[0]; k++) {
        assert_rel(ct_stats_quantile_sorted(s, n, Q[k]), QV[k], 1e-15);
        memcpy(w, X, sizeof X);
        assert_rel(ct_stats_quantile_select(w, n, Q[k]), QV[k], 1e-15);
    }
    assert_true(isnan(ct_stats_quantile_sorted(s, 0, 0.5)));
    assert_rel(ct_stats_quantile_sorted(s, 1, 0.3), -4, 0);
}

static void test_moments(void **state)
{
    (void)state;
    size_t n = sizeof X / sizeof X[0];
    assert_rel(ct_stats_mean(X, n), 90912.022727272721, 1e-15);
    assert_rel(ct_stats_var(X, n, 1), 90908504564.155685, 1e-14);
    assert_true(isnan(ct_stats_var(X, 1, 1)));
    assert_true(isnan(ct_stats_mean(X, 0)));
    assert_rel(ct_stats_sum(X, 0), 0, 0);
}

/* Many ties and a long array: selection must agree with a full sort. */
static void test_select_ties(void **state)
{
    (void)state;
    enum { N = 10007 };
    static double a[N], b[N];
    uint64_t r = 12345;
    for (size_t i = 0; i < N; i++) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        a[i] = (double)((r >> 33) % 7); /* values 0..6, heavy ties */
    }
    memcpy(b, a, sizeof a);
    static double tmp[N];
    ct_sort_f64(b, N, tmp);
    for (double q = 0; q <= 1.0; q += 0.05) {
        double w[N];
        memcpy(w, a, sizeof a);
        assert_rel(ct_stats_quantile_select(w, N, q), ct_stats_quantile_sorted(b, N, q), 0);
    }
    /* sorted and reverse-sorted input */
    for (size_t i = 0; i < N; i++)
        a[i] = (double)(N - i);
    assert_rel(ct_stats_quantile_select(a, N, 0.5), (N + 1) / 2.0, 0);
}

static void test_summary(void **state)
{
    (void)state;
    const double x[] = {1, NAN, 3, 2};
    const uint8_t miss[] = {0, 1, 0, 1};
    double work[4];
    ct_summary s;
    ct_stats_summary(x, miss, 4, work, &s);
    assert_int_equal(s.count, 2);
    assert_rel(s.mean, 2, 0);
    assert_rel(s.std, sqrt(2), 1e-15);
    assert_rel(s.q25, 1.5, 0);
    ct_stats_summary(x, NULL, 0, work, &s);
    assert_int_equal(s.count, 0);
    assert_true(isnan(s.mean) && isnan(s.max));
}

/* Pearson's r stays in [-1, 1]: the product of the sums of squares of
 * values near 1e-160 underflowed to 0 and r came out inf (numpy.corrcoef
 * divides by each standard deviation and clips: 1). */
/* The median beside an infinite value: numpy.median / pandas' median()
 * (numpy 1.24: np.median([1, 3, np.inf]) = 3.0, np.median([-np.inf, 2, 5,
 * 7]) = 3.5, np.median([1, 2, np.inf, np.inf]) = inf, np.median([-np.inf,
 * np.inf]) = nan), where the 0.5-quantile's interpolation gives NaN. */
static void test_median_beside_inf(void **state)
{
    (void)state;
    double a[] = {INFINITY, 1, 3};
    assert_true(isnan(ct_stats_quantile_select((double[]){INFINITY, 1, 3}, 3, 0.5)));
    assert_true(ct_stats_median_select(a, 3) == 3);
    double b[] = {7, -INFINITY, 5, 2};
    assert_true(ct_stats_median_select(b, 4) == 3.5);
    double c[] = {INFINITY, 1, INFINITY, 2};
    assert_true(isinf(ct_stats_median_select(c, 4)) && ct_stats_median_select(c, 4) > 0);
    double d[] = {INFINITY, -INFINITY};
    assert_true(isnan(ct_stats_median_select(d, 2)));
    assert_true(isnan(ct_stats_median_select(d, 0)));
    double e[] = {0.1, 0.7, 0.3, 0.2}; /* finite: the 0.5-quantile bit for bit */
    double f[] = {0.1, 0.7, 0.3, 0.2};
    assert_true(ct_stats_median_select(e, 4) == ct_stats_quantile_select(f, 4, 0.5));
}

/* r at scales whose squares leave the doubles' range: scipy.stats.pearsonr
 * (0.824163383692134 at every scale below); before 2026-12-04 r was 1 at
 * 1e-200 and 0 at 1e200, as numpy.corrcoef gives (tester K). */
static void test_pearson_far_scales(void **state)
{
    (void)state;
    const double y[5] = {2, 1, 4, 3, 7};
    const double scales[] = {1, 1e-200, 1e200, 1e-310, 1e300};
    for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
        double x[5], yy[5];
        for (int i = 0; i < 5; i++) {
            x[i] = (i + 1) * scales[k];
            yy[i] = y[i] / scales[k] * 1e-10; /* the other side scaled too */
        }
        assert_rel(ct_corr_pearson(x, y, 5), 0.824163383692134, 1e-13);
        if (scales[k] >= 1e-300) /* 1/1e-310 overflows */
            assert_rel(ct_corr_pearson(x, yy, 5), 0.824163383692134, 1e-13);
    }
    /* a spread small beside the values: scipy 0.6803180617626574 */
    const double near[4] = {1e200, 1e200 + 1e188, 1e200 + 3e188, 1e200 + 2e188};
    const double w[4] = {1, 2, 3, 5};
    assert_rel(ct_corr_pearson(near, w, 4), 0.6803180617626574, 1e-9);
}

static void test_corr_range(void **state)
{
    (void)state;
    const double x[3] = {1e-160, 2e-160, 3e-160}, y[3] = {2e-160, 4e-160, 6e-160};
    const double z[3] = {-1e-160, -2e-160, -3e-160}, big[3] = {1e100, 2e100, 3e100};
    assert_rel(ct_corr_pearson(x, y, 3), 1, 1e-15);
    assert_rel(ct_corr_pearson(x, z, 3), -1, 1e-15);
    assert_rel(ct_corr_pearson(x, big, 3), 1, 1e-15);
    const double a[4] = {1, 2, 3, 4}, b[4] = {2, 1, 4, 3}, c[4] = {5, 5, 5, 5};
    assert_rel(ct_corr_pearson(a, b, 4), 0.6, 1e-15); /* numpy.corrcoef: 0.6 */
    assert_true(isnan(ct_corr_pearson(a, c, 4)));     /* constant: 0/0 */
    assert_true(isnan(ct_corr_pearson(a, b, 1)));
    /* ct_corr_pvalue: scipy.stats.spearmanr's p (t on n - 2 df); closed
     * forms of the t tail for df 3 and 2 give the references */
    assert_rel(ct_corr_pvalue(-0.3, 5).p, 0.6238376647810728, 1e-12);
    assert_rel(ct_corr_pvalue(0.8, 4).p, 0.2, 1e-12);
    assert_true(ct_corr_pvalue(1, 10).p == 0 && isinf(ct_corr_pvalue(-1, 10).log10p));
    assert_true(isnan(ct_corr_pvalue(0.5, 2).p) && isnan(ct_corr_pvalue(NAN, 50).p));
    /* ct_corr_spearman_pvalue: exact permutation p up to 8 rows (the
     * references enumerate itertools.permutations in Python); the t's above */
    assert_rel(ct_corr_spearman_pvalue(1, 3).p, 1.0 / 3, 1e-12);
    assert_rel(ct_corr_spearman_pvalue(0.5, 3).p, 1, 1e-12);
    assert_rel(ct_corr_spearman_pvalue(0.9, 5).p, 1.0 / 12, 1e-12);
    assert_rel(ct_corr_spearman_pvalue(-0.3, 5).p, 0.6833333333333333, 1e-12);
    assert_rel(ct_corr_spearman_pvalue(0.7, 8).p, 0.05758928571428571, 1e-12);
    assert_rel(ct_corr_spearman_pvalue(-0.3, 9).p, ct_corr_pvalue(-0.3, 9).p, 1e-15);
    assert_true(isnan(ct_corr_spearman_pvalue(0.5, 2).p));
}

/* The power-of-two scale every moment beyond a double's range shares
 * (stats, eda's correlations, test's comparisons, regress' diagnosis). */
static void test_scale_exp(void **state)
{
    (void)state;
    assert_int_equal(ct_stats_scale_exp(1e150, CT_STATS_SQUARES_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(1e200, CT_STATS_SQUARES_SAFE_EXP), ilogb(1e200));
    assert_int_equal(ct_stats_scale_exp(1e-200, CT_STATS_SQUARES_SAFE_EXP), ilogb(1e-200));
    assert_int_equal(ct_stats_scale_exp(1e78, CT_STATS_SQUARES_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(1e78, CT_STATS_FOURTH_POWERS_SAFE_EXP), ilogb(1e78));
    assert_int_equal(ct_stats_scale_exp(ldexp(1, 240), CT_STATS_FOURTH_POWERS_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(ldexp(1, 241), CT_STATS_FOURTH_POWERS_SAFE_EXP), 241);
    assert_int_equal(ct_stats_scale_exp(0, CT_STATS_SQUARES_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(-1e300, CT_STATS_SQUARES_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(INFINITY, CT_STATS_SQUARES_SAFE_EXP), 0);
    assert_int_equal(ct_stats_scale_exp(NAN, CT_STATS_SQUARES_SAFE_EXP), 0);
    /* the scaled magnitude lies in [1, 2) */
    const double m = 5e200, t = ldexp(m, -ct_stats_scale_exp(m, CT_STATS_SQUARES_SAFE_EXP));
    assert_true(t >= 1 && t < 2);
}

/* A sum that overflows on the way while the values are finite (before
 * 2026-12-04 the mean was -inf where it is -8.3e305): numpy's sum is -inf
 * (pandas' mean -inf or NaN); the mean and std are the exact ones (9 x
 * -1e308, 8 x 1e308 and 3 x 1: mean (-1e308 + 3)/20, std 1e308
 * sqrt(16.95/19), its variance beyond the range: inf, as for any squares
 * that overflow); a sum or a std beyond the range of a double is NaN,
 * never a false inf. */
static void test_sum_overflows(void **state)
{
    (void)state;
    double x[20], work[20];
    size_t n = 0;
    for (int k = 0; k < 9; k++)
        x[n++] = -1e308;
    for (int k = 0; k < 8; k++)
        x[n++] = 1e308;
    for (int k = 0; k < 3; k++)
        x[n++] = 1;
    assert_rel(ct_stats_sum(x, n), -1e308, 1e-15);
    assert_rel(ct_stats_mean(x, n), -5e306, 1e-15);
    assert_true(isinf(ct_stats_var(x, n, 1)));
    ct_summary s;
    ct_stats_summary(x, NULL, n, work, &s);
    assert_rel(s.mean, -5e306, 1e-15);
    /* sqrt((17e616 - 20 * 25e612)/19) = 1e308 sqrt((17 - 0.05)/19) */
    assert_rel(s.std, 1e308 * sqrt(16.95 / 19.0), 1e-14);
    ct_sort_f64(x, n, NULL);
    ct_stats_summary_sorted(x, n, &s);
    assert_rel(s.mean, -5e306, 1e-15);
    assert_rel(s.std, 1e308 * sqrt(16.95 / 19.0), 1e-14);
    /* a true sum past DBL_MAX, and a std past it (+-1.5e308) */
    const double big[] = {1.5e308, 1.5e308, -1.5e308};
    assert_true(isnan(ct_stats_sum(big, 2)));
    assert_rel(ct_stats_mean(big, 2), 1.5e308, 1e-15);
    assert_rel(ct_stats_sum(big, 3), 1.5e308, 1e-15);
    ct_stats_summary(big + 1, NULL, 2, work, &s);
    assert_rel(s.mean, 0, 0);
    assert_true(isnan(s.std));
    /* quartiles between finite ends whose difference overflows */
    assert_rel(ct_stats_lerp(-1.7e308, 1.7e308, 0.25), -8.5e307, 1e-15);
    assert_rel(ct_stats_lerp(-1.7e308, 1.7e308, 0.75), 8.5e307, 1e-15);
    assert_rel(ct_stats_lerp(-1.7e308, 1.7e308, 0.5), 0, 0);
    /* an infinite value: inf and NaN are true */
    const double inf[] = {1e308, 1e308, INFINITY};
    assert_true(isinf(ct_stats_mean(inf, 3)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quantiles),   cmocka_unit_test(test_moments),
        cmocka_unit_test(test_select_ties), cmocka_unit_test(test_summary),
        cmocka_unit_test(test_corr_range), cmocka_unit_test(test_pearson_far_scales),  cmocka_unit_test(test_median_beside_inf),
        cmocka_unit_test(test_scale_exp),   cmocka_unit_test(test_sum_overflows),
    };
    return cmocka_run_group_tests_name("stats", tests, NULL, NULL);
}
