/* test_importance.c — permutation importance with a fixed linear model:
 * an unused feature scores exactly 0, the strong one above the weak one,
 * each (group, repeat) equal to a serial recomputation with its own random
 * stream, bit-identical on 1 and 2 threads, errors. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

enum { N = 500, G = 3 };

typedef struct lin {
    double x[N][G], y[N];
    int fail_group2;
} lin;
static lin L;

static void make_lin(lin *t)
{
    memset(t, 0, sizeof *t);
    unsigned s = 77;
    for (size_t i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        t->y[i] = (s >> 16) % 2;
        for (int j = 0; j < G; j++) {
            s = s * 1103515245u + 12345u;
            t->x[i][j] = (double)((s >> 8) % 10000) / 10000.0 + (j == 0   ? 0.8
                                                                 : j == 1 ? 0.2
                                                                          : 0) *
                                                                    t->y[i];
        }
    }
}

/* p = sigmoid(6 x0 + 2 x1 + 0 x2 - 4), group g permuted by perm. */
static ct_status lin_predict(void *user, size_t g, const size_t *perm, size_t n, double *p,
                             ct_diag *diag)
{
    const lin *t = user;
    if (t->fail_group2 && g == 2 && perm)
        return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0, "group 2 fails");
    static const double beta[G] = {6, 2, 0};
    for (size_t i = 0; i < n; i++) {
        double z = -4;
        for (size_t j = 0; j < G; j++)
            z += beta[j] * t->x[perm && j == g ? perm[i] : i][j];
        p[i] = 1.0 / (1.0 + exp(-z));
    }
    return CT_OK;
}

static void test_importance(void **state)
{
    (void)state;
    make_lin(&L);
    ct_importance_options o = ct_importance_options_default();
    o.metric = CT_METRIC_ROC_AUC;
    o.n_repeats = 4;
    ct_importance_result *r1 = NULL, *r2 = NULL;
    ct_threads_set(1);
    assert_int_equal(ct_importance_permutation(L.y, N, G, lin_predict, &L, &o, &r1, NULL), CT_OK);
    ct_threads_set(2);
    assert_int_equal(ct_importance_permutation(L.y, N, G, lin_predict, &L, &o, &r2, NULL), CT_OK);
    ct_threads_set(1);
    assert_memory_equal(r1->importances, r2->importances, G * 4 * sizeof(double));
    assert_memory_equal(r1->mean, r2->mean, G * sizeof(double));
    assert_memory_equal(r1->std, r2->std, G * sizeof(double));
    assert_true(r1->baseline == r2->baseline);
    assert_true(r1->mean[2] == 0 && r1->std[2] == 0); /* coefficient 0: no change at all */
    assert_true(r1->mean[0] > r1->mean[1] && r1->mean[1] > 0);
    /* task (g, r) = stream 1 + g * n_repeats + r of the seed, recomputed */
    double p[N], base, v;
    assert_int_equal(lin_predict(&L, 0, NULL, N, p, NULL), CT_OK);
    assert_int_equal(ct_metrics_roc_auc(L.y, p, N, &base), CT_OK);
    assert_true(base == r1->baseline);
    for (size_t g = 0; g < G; g++)
        for (size_t r = 0; r < 4; r++) {
            size_t perm[N];
            for (size_t i = 0; i < N; i++)
                perm[i] = i;
            ct_rng *rng;
            assert_int_equal(ct_rng_create(o.seed, 1 + g * 4 + r, &rng), CT_OK);
            ct_rng_shuffle(rng, perm, N, sizeof *perm);
            ct_rng_destroy(rng);
            assert_int_equal(lin_predict(&L, g, perm, N, p, NULL), CT_OK);
            assert_int_equal(ct_metrics_roc_auc(L.y, p, N, &v), CT_OK);
            assert_true(r1->importances[g * 4 + r] == base - v);
        }
    ct_importance_result_destroy(r1);
    ct_importance_result_destroy(r2);
    /* a loss: importance = permuted - baseline, still positive */
    o.metric = CT_METRIC_LOG_LOSS;
    assert_int_equal(ct_importance_permutation(L.y, N, G, lin_predict, &L, &o, &r1, NULL), CT_OK);
    assert_true(r1->mean[0] > 0 && r1->mean[2] == 0);
    ct_importance_result_destroy(r1);
}

static void test_importance_errors(void **state)
{
    (void)state;
    make_lin(&L);
    ct_importance_result *r = NULL;
    ct_diag d;
    L.fail_group2 = 1;
    for (int th = 1; th <= 2; th++) {
        ct_threads_set(th);
        assert_int_equal(ct_importance_permutation(L.y, N, G, lin_predict, &L, NULL, &r, &d),
                         CT_ENUMERIC);
        ct_threads_set(1);
        assert_null(r);
        assert_string_equal(d.message, "group 2 fails");
    }
    L.fail_group2 = 0;
    ct_importance_options o = ct_importance_options_default();
    o.n_repeats = 0;
    assert_int_equal(ct_importance_permutation(L.y, N, G, lin_predict, &L, &o, &r, &d), CT_EINVAL);
    assert_int_equal(ct_importance_permutation(L.y, 0, G, lin_predict, &L, NULL, &r, &d),
                     CT_EINVAL);
    /* AUC undefined on one class: CT_EDATA */
    double y0[N];
    memset(y0, 0, sizeof y0);
    o = ct_importance_options_default();
    o.metric = CT_METRIC_ROC_AUC;
    assert_int_equal(ct_importance_permutation(y0, N, G, lin_predict, &L, &o, &r, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "one class"));
    /* average precision of all-positive rows is 1 whatever the order: no
     * shuffle moves it, so no table of zeros (before: every group 0) */
    double y1[N];
    for (size_t i = 0; i < N; i++)
        y1[i] = 1;
    o.metric = CT_METRIC_AVERAGE_PRECISION;
    assert_int_equal(ct_importance_permutation(y1, N, G, lin_predict, &L, &o, &r, &d), CT_EDATA);
    assert_null(r);
    assert_string_equal(d.message, "every labelled row is positive: average_precision is 1 "
                                   "whatever the order");
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_importance_permutation(L.y, N, G, lin_predict, &L, NULL, &r, NULL);
        ct_alloc_fail_after(-1);
        ct_importance_result_destroy(r);
        r = NULL;
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_importance),
        cmocka_unit_test(test_importance_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
