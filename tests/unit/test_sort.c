/* test_sort.c — base/sort: radix sort of doubles and 32-bit keys, stable
 * argsort, average ranks with ties against scipy / pandas / numpy.
 * Reference values from /usr/bin/python3 (scipy 1.10, pandas 1.5, numpy);
 * the call is given above each. */
#include "ct_test.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A reproducible stream of 64-bit values (PCG's LCG step). */
static uint64_t next(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 11;
}

static int cmp_num(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* scipy.stats.rankdata([3,1,4,1,5,9,2,6,5,3,5], 'average');
 * n = 11; (1 - scipy.stats.tiecorrect(r)) * (n**3 - n) == 36 */
static void test_ranks_scipy(void **state)
{
    (void)state;
    static const double x[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
    static const double want[] = {4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0};
    const size_t n = sizeof x / sizeof x[0];
    double r[11], tt = -1;
    ct_sort_work *w = ct_sort_work_alloc(n);
    assert_non_null(w);
    assert_int_equal(ct_sort_ranks(x, n, r, &tt, w), CT_OK);
    for (size_t i = 0; i < n; i++)
        assert_rel(r[i], want[i], 0);
    assert_rel(tt, 36, 0);
    ct_sort_work_free(w);
}

/* pd.Series([2, nan, -0.0, 0.0, 1, nan, -3]).rank(): NaN keep their NaN,
 * -0.0 and 0.0 tie. */
static void test_ranks_nan_and_signed_zero(void **state)
{
    (void)state;
    const double x[] = {2, NAN, -0.0, 0.0, 1, -NAN, -3};
    const double want[] = {5, NAN, 2.5, 2.5, 4, NAN, 1};
    double r[7], tt;
    ct_sort_work *w = ct_sort_work_alloc(7);
    assert_int_equal(ct_sort_ranks(x, 7, r, &tt, w), CT_OK);
    for (size_t i = 0; i < 7; i++)
        assert_rel(r[i], want[i], 0);
    assert_rel(tt, 6, 0); /* one pair tied: 2^3 - 2 */
    ct_sort_work_free(w);
}

/* Radix path (n >= 64) against the definition: rank = #less + (#equal + 1) / 2. */
static void test_ranks_large_ties(void **state)
{
    (void)state;
    enum { N = 3000 };
    static double x[N], r[N];
    uint64_t s = 7;
    for (size_t i = 0; i < N; i++)
        x[i] = (double)(int)(next(&s) % 41) - 20.5 * (double)(i % 3 == 0);
    ct_sort_work *w = ct_sort_work_alloc(N);
    double tt;
    assert_int_equal(ct_sort_ranks(x, N, r, &tt, w), CT_OK);
    double want_tt = 0;
    for (size_t i = 0; i < N; i++) {
        size_t less = 0, eq = 0;
        for (size_t j = 0; j < N; j++) {
            less += x[j] < x[i];
            eq += x[j] == x[i];
        }
        assert_rel(r[i], (double)less + ((double)eq + 1) / 2, 0);
        want_tt +=
            ((double)eq * eq * eq - (double)eq) / (double)eq; /* each member adds its share */
    }
    assert_rel(tt, want_tt, 1e-12);
    ct_sort_work_free(w);
}

/* numpy.argsort([2.0, 1.0, 2.0, -1.0, 1.0], kind='stable') == [3, 1, 4, 0, 2];
 * and on a large input: sorted, ties in index order. */
static void test_argsort_stable(void **state)
{
    (void)state;
    const double x[] = {2.0, 1.0, 2.0, -1.0, 1.0};
    size_t idx[5];
    ct_sort_work *w = ct_sort_work_alloc(5);
    assert_int_equal(ct_sort_argsort(x, 5, idx, w), CT_OK);
    static const size_t want[] = {3, 1, 4, 0, 2};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(idx[i], want[i]);
    ct_sort_work_free(w);

    enum { N = 5000 };
    static double y[N];
    static size_t ix[N];
    uint64_t s = 99;
    for (size_t i = 0; i < N; i++)
        y[i] = (double)(next(&s) % 7) * ((i & 1) ? -1.5 : 1.0);
    w = ct_sort_work_alloc(N);
    assert_int_equal(ct_sort_argsort(y, N, ix, w), CT_OK);
    for (size_t i = 1; i < N; i++) {
        assert_true(y[ix[i - 1]] <= y[ix[i]]);
        if (y[ix[i - 1]] == y[ix[i]])
            assert_true(ix[i - 1] < ix[i]);
    }
    /* errors: no workspace, a workspace too small */
    assert_int_equal(ct_sort_argsort(y, N, ix, NULL), CT_EINVAL);
    ct_sort_work *small = ct_sort_work_alloc(10);
    assert_int_equal(ct_sort_argsort(y, N, ix, small), CT_EINVAL);
    assert_int_equal(ct_sort_ranks(y, 11, (double *)ix, NULL, small), CT_EINVAL);
    ct_sort_work_free(small);
    ct_sort_work_free(w);
    ct_sort_work_free(NULL);
}

/* ct_sort_f64 gives qsort's numeric order (radix, insertion and heap paths),
 * -0.0 just before 0.0, NaN last. */
static void test_sort_values(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 2, 17, 63, 64, 1000, 20000};
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        const size_t n = sizes[t];
        double *a = malloc((n + 1) * sizeof *a), *b = malloc((n + 1) * sizeof *b),
               *c = malloc((n + 1) * sizeof *c), *tmp = malloc((n + 1) * sizeof *tmp);
        uint64_t s = 1234 + n;
        for (size_t i = 0; i < n; i++) {
            const uint64_t u = next(&s);
            a[i] = u % 5 == 0 ? (double)(u % 100)
                              : ldexp((double)(u % 1000003) - 500000.0, (int)(u % 40) - 20);
        }
        memcpy(b, a, n * sizeof *a);
        memcpy(c, a, n * sizeof *a);
        qsort(b, n, sizeof *b, cmp_num);
        ct_sort_f64(a, n, tmp);  /* radix when n >= 64 */
        ct_sort_f64(c, n, NULL); /* insertion or heapsort */
        for (size_t i = 0; i < n; i++) {
            assert_rel(a[i], b[i], 0);
            assert_rel(c[i], b[i], 0);
        }
        free(a);
        free(b);
        free(c);
        free(tmp);
    }
    double z[70], tmp[70];
    for (size_t i = 0; i < 70; i++)
        z[i] = i % 7 == 0 ? NAN : i % 2 ? 0.0 : -0.0;
    ct_sort_f64(z, 70, tmp);
    for (size_t i = 0; i < 30; i++)
        assert_true(signbit(z[i]) && z[i] == 0); /* 30 negative zeros first */
    for (size_t i = 30; i < 60; i++)
        assert_true(!signbit(z[i]) && z[i] == 0);
    for (size_t i = 60; i < 70; i++)
        assert_true(isnan(z[i]));
}

static int cmp_u32(const void *a, const void *b)
{
    const uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static void test_sort_u32(void **state)
{
    (void)state;
    enum { N = 10000 };
    static uint32_t a[N], b[N], tmp[N];
    uint64_t s = 5;
    for (size_t i = 0; i < N; i++)
        a[i] = b[i] = (uint32_t)(i % 3 ? next(&s) : next(&s) % 50);
    ct_sort_u32(a, N, tmp);
    qsort(b, N, sizeof *b, cmp_u32);
    assert_memory_equal(a, b, sizeof a);
}

/* The workspace's allocations fail cleanly. */
static void test_work_alloc_failure(void **state)
{
    (void)state;
    for (long k = 0; k < 8; k++) {
        ct_alloc_fail_after(k);
        ct_sort_work *w = ct_sort_work_alloc(100);
        ct_alloc_fail_after(-1);
        if (w) {
            ct_sort_work_free(w);
            return;
        }
    }
    fail();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranks_scipy),        cmocka_unit_test(test_ranks_nan_and_signed_zero),
        cmocka_unit_test(test_ranks_large_ties),   cmocka_unit_test(test_argsort_stable),
        cmocka_unit_test(test_sort_values),        cmocka_unit_test(test_sort_u32),
        cmocka_unit_test(test_work_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
