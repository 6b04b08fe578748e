/* test_rng.c — base/rng: stream 0 is GSL's MT19937 seeded as gsl_rng_set
 * (so split and synth keep their draws), the same (seed, stream) gives the
 * same draws, streams differ, and per-task streams give the same numbers
 * whatever the thread count. */
#include "ct_test.h"

#include <math.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <omp.h>
#include <string.h>

static ct_rng *make(uint64_t seed, uint64_t stream)
{
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(seed, stream, &r), CT_OK);
    return r;
}

static void test_stream0_is_gsl(void **state)
{
    (void)state;
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(g, 42);
    ct_rng *r = make(42, 0);
    for (int i = 0; i < 1000; i++) {
        assert_rel(ct_rng_uniform(r), gsl_rng_uniform(g), 0);
        assert_int_equal(ct_rng_uniform_int(r, 97), gsl_rng_uniform_int(g, 97));
        assert_rel(ct_rng_flat(r, 2, 5), gsl_ran_flat(g, 2, 5), 0);
    }
    size_t a[50], b[50];
    for (size_t i = 0; i < 50; i++)
        a[i] = b[i] = i;
    ct_rng_shuffle(r, a, 50, sizeof a[0]);
    gsl_ran_shuffle(g, b, 50, sizeof b[0]);
    assert_memory_equal(a, b, sizeof a);
    const double w[] = {0.5, 0.0, 2.0, 1.5};
    ct_rng_discrete *d = NULL;
    assert_int_equal(ct_rng_discrete_create(w, 4, &d), CT_OK);
    gsl_ran_discrete_t *gd = gsl_ran_discrete_preproc(4, w);
    for (int i = 0; i < 200; i++) {
        const size_t k = ct_rng_discrete_draw(r, d);
        assert_int_equal(k, gsl_ran_discrete(g, gd));
        assert_true(k != 1); /* weight 0 */
    }
    gsl_ran_discrete_free(gd);
    ct_rng_discrete_destroy(d);
    ct_rng_destroy(r);
    gsl_rng_free(g);
    /* MT19937 keeps the low 32 bits of the seed, as gsl_rng_set does */
    assert_int_equal(ct_rng_stream_seed(0x100000007ULL, 0), 7);
}

static void test_streams(void **state)
{
    (void)state;
    ct_rng *a = make(7, 3), *b = make(7, 3), *c = make(7, 4), *d = make(8, 3);
    int same_c = 1, same_d = 1;
    for (int i = 0; i < 100; i++) {
        const double x = ct_rng_uniform(a);
        assert_rel(ct_rng_uniform(b), x, 0);
        same_c &= ct_rng_uniform(c) == x;
        same_d &= ct_rng_uniform(d) == x;
    }
    assert_false(same_c);
    assert_false(same_d);
    /* the documented derivation */
    assert_int_not_equal(ct_rng_stream_seed(7, 3), ct_rng_stream_seed(7, 4));
    assert_int_equal(ct_rng_stream_seed(7, 3), ct_rng_stream_seed(7, 3));
    ct_rng_destroy(a);
    ct_rng_destroy(b);
    ct_rng_destroy(c);
    ct_rng_destroy(d);
    ct_rng_destroy(NULL);
    ct_rng *e = make(1, 0);
    assert_int_equal(ct_rng_uniform_int(e, 0), 0);
    /* beyond 2^32 a real draw since 2026-12-04 (test_uniform_int_wide) */
    assert_true(ct_rng_uniform_int(e, 0x100000001ULL) <= 0x100000000ULL);
    ct_rng_destroy(e);
}

/* n = 2^32 is in the documented range 1..2^32: it once reached
 * gsl_rng_uniform_int, whose error handler aborts the process. It is the
 * raw 32-bit draw: the same as GSL's generator output at that point. */
static void test_uniform_int_full_range(void **state)
{
    (void)state;
    ct_rng *a = make(99, 0);
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(g, 99);
    int above_half = 0;
    for (int i = 0; i < 64; i++) {
        const uint64_t k = ct_rng_uniform_int(a, 0x100000000ULL);
        assert_true(k <= 0xffffffffULL);
        assert_int_equal(k, gsl_rng_get(g));
        above_half += k > 0x7fffffffULL;
    }
    assert_true(above_half > 0 && above_half < 64);
    gsl_rng_free(g);
    ct_rng_destroy(a);
}

/* 64 tasks, each drawing 100 numbers from its own stream, summed per task:
 * the same sums with 1 thread and with 4. */
static void run_tasks(int threads, double *out)
{
#pragma omp parallel for num_threads(threads) schedule(dynamic, 1)
    for (int t = 0; t < 64; t++) {
        ct_rng *r = NULL;
        double s = 0;
        if (ct_rng_create(2024, (uint64_t)t + 1, &r) == CT_OK)
            for (int i = 0; i < 100; i++)
                s += ct_rng_uniform(r) * (double)(i + 1);
        ct_rng_destroy(r);
        out[t] = s;
    }
}

static void test_thread_independent(void **state)
{
    (void)state;
    double one[64], four[64];
    run_tasks(1, one);
    run_tasks(4, four);
    assert_memory_equal(one, four, sizeof one);
}

/* n above 2^32: a 64-bit draw by rejection, from two 32-bit outputs
 * (high first); before 2026-12-04 it returned 0 without a draw (tester
 * K). Up to 2^32 the stream is unchanged. */
static void test_uniform_int_wide(void **state)
{
    (void)state;
    ct_rng *a = make(5, 0), *b = make(5, 0);
    const uint64_t n = ((uint64_t)1 << 40) + 3;
    int high = 0;
    for (int i = 0; i < 200; i++) {
        const uint64_t k = ct_rng_uniform_int(a, n);
        assert_true(k < n);
        high += k >= ((uint64_t)1 << 39);
    }
    assert_true(high > 60 && high < 140); /* about half: 100 +- 5 sd */
    /* the first draw of n = 2^64 - 1 is the two outputs themselves */
    ct_rng *c = make(5, 0);
    const uint64_t x = ct_rng_uniform_int(c, UINT64_MAX);
    const uint64_t hi = ct_rng_uniform_int(b, (uint64_t)1 << 32);
    const uint64_t lo = ct_rng_uniform_int(b, (uint64_t)1 << 32);
    assert_true(x == (hi << 32 | lo));
    assert_true(ct_rng_uniform_int(a, 0) == 0);
    ct_rng_destroy(a);
    ct_rng_destroy(b);
    ct_rng_destroy(c);
}

/* Weights whose sum overflows a double keep their ratios (before
 * 2026-12-04 CT_EINVAL). */
static void test_discrete_huge_weights(void **state)
{
    (void)state;
    const double w[] = {1e308, 1e308, 0};
    ct_rng_discrete *d = NULL;
    assert_int_equal(ct_rng_discrete_create(w, 3, &d), CT_OK);
    ct_rng *r = make(11, 0);
    size_t cnt[3] = {0, 0, 0};
    for (int i = 0; i < 400; i++)
        cnt[ct_rng_discrete_draw(r, d)]++;
    assert_int_equal(cnt[2], 0);
    assert_true(cnt[0] > 150 && cnt[0] < 250); /* 200 +- 5 sd */
    ct_rng_discrete_destroy(d);
    ct_rng_destroy(r);
}

static void test_errors(void **state)
{
    (void)state;
    ct_rng_discrete *d = NULL;
    const double bad[] = {1, -1}, zero[] = {0, 0}, inf[] = {1, INFINITY};
    assert_int_equal(ct_rng_discrete_create(bad, 2, &d), CT_EINVAL);
    assert_int_equal(ct_rng_discrete_create(zero, 2, &d), CT_EINVAL);
    assert_int_equal(ct_rng_discrete_create(inf, 2, &d), CT_EINVAL);
    assert_int_equal(ct_rng_discrete_create(bad, 0, &d), CT_EINVAL);
    assert_null(d);
    ct_rng_discrete_destroy(NULL);
    for (long k = 0; k < 2; k++) {
        ct_rng *r = NULL;
        ct_alloc_fail_after(k);
        assert_int_equal(ct_rng_create(1, 1, &r), CT_ENOMEM);
        ct_alloc_fail_after(-1);
        assert_null(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stream0_is_gsl),
        cmocka_unit_test(test_streams),
        cmocka_unit_test(test_uniform_int_full_range),
        cmocka_unit_test(test_thread_independent),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_uniform_int_wide),
        cmocka_unit_test(test_discrete_huge_weights),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
