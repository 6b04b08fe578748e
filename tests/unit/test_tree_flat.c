/* test_tree_flat.c — the inference layout of tree ensembles
 * (models/tree_flat.c): the quantised, complete-tree fast path against the
 * plain walk (tree_leaf() on a dense row, trees added in order), bit for
 * bit, on random ensembles whose rows hold the thresholds themselves, their
 * neighbours, +-inf, NaN, -0.0 and implicit zeros; shallow (complete),
 * deep (pointer) and mixed ensembles; 1 and 2 threads; the fallback when a
 * feature has more thresholds than the 16-bit codes hold; the codes against
 * a linear count; grown forests and boosting against the plain walk. */
#include "ct_test.h"

#include "models/tree_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NPOOL 24
static const double pool[NPOOL] = {-0.0, 0.0,  1.0,   -1.0,  0.5,    2.5,     1e300, -1e300,
                                   3.0,  -2.0, 0.25,  7.0,   1e-300, -1e-300, 4.5,   -4.5,
                                   10.0, 0.75, -0.75, 100.0, 5e-324, -5e-324, 1.5,   -1.5};

static double draw_value(ct_rng *r)
{
    const double u = ct_rng_uniform(r);
    const double base = pool[ct_rng_uniform_int(r, NPOOL)];
    if (u < 0.08)
        return NAN;
    if (u < 0.12)
        return INFINITY;
    if (u < 0.16)
        return -INFINITY;
    if (u < 0.55)
        return base; /* a threshold itself */
    if (u < 0.65)
        return nextafter(base, INFINITY);
    if (u < 0.75)
        return nextafter(base, -INFINITY);
    return ct_rng_flat(r, -5, 5);
}

/* a random tree, breadth first, at most maxd levels below the root */
static void random_tree(ct_rng *r, size_t p, unsigned maxd, double psplit, uint32_t cap, tree *t)
{
    t->node = ct_calloc(cap, sizeof *t->node);
    t->dleft = ct_calloc(cap, 1);
    t->cover = ct_calloc(cap, sizeof *t->cover);
    unsigned *lev = ct_calloc(cap, sizeof *lev);
    assert_non_null(t->node);
    assert_non_null(t->dleft);
    assert_non_null(t->cover);
    assert_non_null(lev);
    uint32_t n = 1;
    for (uint32_t k = 0; k < n; k++) {
        const int split = lev[k] < maxd && n + 2 <= cap && (k == 0 || ct_rng_uniform(r) < psplit);
        t->cover[k] = 1;
        if (split) {
            t->node[k].feature = (int32_t)ct_rng_uniform_int(r, p);
            t->node[k].value = pool[ct_rng_uniform_int(r, NPOOL)];
            t->node[k].left = n;
            t->dleft[k] = (uint8_t)ct_rng_uniform_int(r, 2);
            lev[n] = lev[n + 1] = lev[k] + 1;
            n += 2;
        } else {
            t->node[k].feature = -1;
            t->node[k].left = 0;
            t->node[k].value = ct_rng_flat(r, -1, 1);
        }
    }
    t->n = n;
    ct_free(lev);
}

/* score nr random rows (p columns, some entries implicit zeros) through
 * the layout and through tree_leaf(); the two must agree bit for bit */
static void check_ensemble(tree *trees, size_t nt, size_t p, size_t nr, ct_rng *r,
                           int want_quantised)
{
    tree_flat f;
    assert_int_equal(tree_flat_build(trees, nt, &f), CT_OK);
    assert_int_equal(f.quantised, want_quantised);
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(p, &X), CT_OK);
    double *dense = ct_calloc(nr * p, sizeof *dense);
    uint32_t *idx = ct_malloc(p * sizeof *idx);
    double *val = ct_malloc(p * sizeof *val);
    assert_non_null(dense);
    for (size_t i = 0; i < nr; i++) {
        size_t k = 0;
        for (size_t j = 0; j < p; j++) {
            if (ct_rng_uniform(r) < 0.3)
                continue; /* an implicit zero */
            const double v = draw_value(r);
            idx[k] = (uint32_t)j;
            val[k++] = v;
            dense[i * p + j] = v;
        }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
    }
    double *want = ct_malloc(nr * sizeof *want), *got = ct_malloc(nr * sizeof *got);
    for (size_t i = 0; i < nr; i++) {
        double s = 0;
        for (size_t t = 0; t < nt; t++)
            s += trees[t].node[tree_leaf(&trees[t], dense + i * p)].value;
        want[i] = s;
    }
    for (int th = 1; th <= 2; th++) {
        ct_threads_set(th);
        memset(got, 0xAB, nr * sizeof *got);
        assert_int_equal(tree_flat_sum(&f, X, got), CT_OK);
        for (size_t i = 0; i < nr; i++)
            if (memcmp(&got[i], &want[i], sizeof got[i]))
                fail_msg("row %zu, %d threads: %.17g, the plain walk %.17g", i, th, got[i],
                         want[i]);
    }
    /* the sixteen-rows path (tree_flat_simd.c) against the walks: built
     * whenever every tree is at most TREE_FLAT_SIMD_DEPTH deep on a CPU
     * with AVX2, and then the walks are what it replaces */
    size_t maxdepth = 0;
    for (size_t t = 0; t < nt; t++)
        maxdepth = f.depth && f.depth[t] > maxdepth ? f.depth[t] : maxdepth;
#if defined(__GNUC__) && defined(__x86_64__)
    if (want_quantised && maxdepth >= 1 && maxdepth <= TREE_FLAT_SIMD_DEPTH &&
        __builtin_cpu_supports("avx2"))
        assert_int_equal(f.vd, maxdepth);
#endif
    if (f.vd) {
        const unsigned vd = f.vd;
        f.vd = 0; /* the walks */
        for (int th = 1; th <= 2; th++) {
            ct_threads_set(th);
            memset(got, 0xAB, nr * sizeof *got);
            assert_int_equal(tree_flat_sum(&f, X, got), CT_OK);
            assert_memory_equal(got, want, nr * sizeof *got);
        }
        f.vd = vd;
    } else
        assert_true(maxdepth == 0 || maxdepth > TREE_FLAT_SIMD_DEPTH || !want_quantised ||
                    !tree_flat_simd_cpu());
    ct_threads_set(1);
    ct_free(want);
    ct_free(got);
    ct_free(idx);
    ct_free(val);
    ct_free(dense);
    ct_csr_free(X);
    tree_flat_free(&f);
}

static void run(uint64_t seed, size_t nt, size_t p, unsigned maxd, double psplit, uint32_t cap,
                size_t nr)
{
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(seed, 0, &r), CT_OK);
    tree *trees = ct_calloc(nt, sizeof *trees);
    for (size_t t = 0; t < nt; t++)
        random_tree(r, p, t % 7 == 3 ? 0 : maxd, psplit, cap, &trees[t]);
    check_ensemble(trees, nt, p, nr, r, 1);
    for (size_t t = 0; t < nt; t++)
        tree_free_arrays(&trees[t]);
    ct_free(trees);
    ct_rng_destroy(r);
}

/* depth <= 4 complete trees, as the boosting grows them (and stumps):
 * the sixteen-rows path of every depth 1 to 4, trees of other depths and
 * single leaves among them, row counts not a multiple of sixteen */
static void test_shallow(void **state)
{
    (void)state;
    run(1, 60, 7, 4, 0.7, 64, 3001);
    run(2, 5, 3, 1, 1.0, 4, 77);
    run(6, 40, 5, 2, 0.6, 16, 1000);
    run(7, 33, 11, 3, 0.9, 16, 15);
    run(8, 200, 30, 4, 1.0, 64, 129);
}

/* depth up to 8 (the deepest stored complete) and beyond (pointer walks) */
static void test_deep_and_mixed(void **state)
{
    (void)state;
    run(3, 20, 9, TREE_FLAT_CDEPTH, 0.8, 1024, 600);
    run(4, 20, 9, 14, 0.75, 2000, 5100);
    run(5, 30, 40, 12, 0.5, 600, 500); /* many unused columns */
}

/* one feature with more thresholds than the codes hold: the plain walk */
static void test_fallback(void **state)
{
    (void)state;
    const uint32_t m = TREE_FLAT_MAX_CUTS + 1;
    tree t;
    memset(&t, 0, sizeof t);
    /* a chain: node 2k splits on x0 <= k, its right child goes on */
    const uint32_t n = 2 * m + 1;
    t.node = ct_calloc(n, sizeof *t.node);
    t.dleft = ct_calloc(n, 1);
    t.cover = ct_calloc(n, sizeof *t.cover);
    assert_non_null(t.node);
    for (uint32_t k = 0; k < m; k++) {
        const uint32_t a = k == 0 ? 0 : 2 * k; /* the split node of level k */
        t.node[a].feature = 0;
        t.node[a].value = (double)k;
        t.node[a].left = 2 * k + 1;
        t.node[2 * k + 1].feature = -1;
        t.node[2 * k + 1].value = (double)k;
    }
    t.node[n - 1].feature = -1;
    t.node[n - 1].value = -1;
    t.n = n;
    tree_flat f;
    assert_int_equal(tree_flat_build(&t, 1, &f), CT_OK);
    assert_int_equal(f.quantised, 0);
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(1, &X), CT_OK);
    const double xs[] = {0.5, 100.0, 1e9, NAN};
    for (int i = 0; i < 4; i++) {
        uint32_t j = 0;
        assert_int_equal(ct_csr_append_row(X, &j, &xs[i], 1), CT_OK);
    }
    double got[4];
    assert_int_equal(tree_flat_sum(&f, X, got), CT_OK);
    for (int i = 0; i < 4; i++)
        assert_true(got[i] == t.node[tree_leaf(&t, &xs[i])].value);
    ct_csr_free(X);
    tree_flat_free(&f);
    tree_free_arrays(&t);
}

/* the codes: 1 + the count of thresholds below v, NaN at either end */
static void test_codes(void **state)
{
    (void)state;
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(9, 0, &r), CT_OK);
    double T[40];
    for (size_t m = 0; m <= 40; m++) {
        for (size_t k = 0; k < m; k++)
            T[k] = (double)k * 0.5 - 3;
        for (int q = 0; q < 200; q++) {
            const double v = q < 2 ? (q ? -0.0 : NAN) : draw_value(r);
            uint16_t hi, lo;
            tree_flat_code(T, m, v, &hi, &lo);
            if (isnan(v)) {
                assert_int_equal(hi, 0xFFFF);
                assert_int_equal(lo, 0);
                continue;
            }
            size_t below = 0;
            for (size_t k = 0; k < m; k++)
                below += T[k] < v;
            assert_int_equal(hi, 1 + below);
            assert_int_equal(lo, 1 + below);
        }
    }
    ct_rng_destroy(r);
}

/* grown ensembles (bin edges as thresholds, NaN in training and scoring):
 * the layout the models score with against tree_ensemble_sum, the plain
 * walk of the same trees, bit for bit */
static void test_grown(void **state)
{
    (void)state;
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(11, 0, &r), CT_OK);
    const size_t n = 2500, p = 6;
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(p, &X), CT_OK);
    double *y = ct_malloc(n * sizeof *y);
    for (size_t i = 0; i < n; i++) {
        uint32_t idx[6];
        double val[6], z = 0;
        size_t k = 0;
        for (uint32_t j = 0; j < p; j++) {
            const double u = ct_rng_uniform(r);
            double v = j < 3 ? ct_rng_flat(r, -3, 3) : (double)ct_rng_uniform_int(r, 4);
            if (u < 0.1)
                v = NAN;
            else if (u < 0.3)
                continue;
            idx[k] = j;
            val[k++] = v;
            z += isnan(v) ? 0.5 : v * (j % 2 ? -1 : 1);
        }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
        y[i] = ct_rng_uniform(r) < 1 / (1 + exp(-z)) ? 1 : 0;
    }
    ct_diag d;
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 60;
    gp.max_depth = 4;
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 20;
    void *ms[2] = {NULL, NULL};
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y, NULL, NULL, NULL, &ms[0], &d), CT_OK);
    assert_int_equal(ct_rf_type()->fit(&rp, X, y, NULL, NULL, NULL, &ms[1], &d), CT_OK);
    double *a = ct_malloc(n * sizeof *a), *b = ct_malloc(n * sizeof *b);
    for (int q = 0; q < 2; q++) {
        const tree_model *m = ms[q];
        assert_int_equal(m->flat.quantised, 1);
        size_t deep = 0; /* the forest's trees are deeper than the complete layout */
        for (size_t t = 0; t < m->ntrees; t++)
            deep += !m->flat.complete[t];
        assert_true(q == 0 ? deep == 0 : deep > 0);
        assert_int_equal(tree_flat_sum(&m->flat, X, a), CT_OK);
        assert_int_equal(tree_ensemble_sum(m->trees, m->ntrees, X, b), CT_OK);
        assert_memory_equal(a, b, n * sizeof *a);
    }
    ct_gbdt_type()->destroy(ms[0]);
    ct_rf_type()->destroy(ms[1]);
    ct_free(a);
    ct_free(b);
    ct_free(y);
    ct_csr_free(X);
    ct_rng_destroy(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shallow),  cmocka_unit_test(test_deep_and_mixed),
        cmocka_unit_test(test_fallback), cmocka_unit_test(test_codes),
        cmocka_unit_test(test_grown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
