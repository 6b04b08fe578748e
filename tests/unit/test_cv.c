/* test_cv.c — the cross-validation driver with a toy model: the rows each
 * task gets, scores equal to a serial recomputation, bit-identical results
 * on 1 and 2 threads and with one task at a time, the champion rule,
 * ENOCONVERGE, the reported error, progress and stopping, undefined
 * metrics. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { N = 600, K = 5 };

typedef struct toy {
    double x[N][2], y[N];
    const int32_t *fold;
    const ct_grid *grid;
    int fail_c1f2, fail_c2f0; /* make those tasks fail */
    int data_fail_c;          /* 1 + c: candidate c's fits fail with CT_EDATA on folds 1, 3;
                               * -1: every candidate's on fold 4 */
    int noconv_c0;            /* candidate 0 reports ENOCONVERGE */
    int bad_proba;            /* write probabilities outside [0, 1] */
} toy;

static void make_toy(toy *t)
{
    memset(t, 0, sizeof *t);
    unsigned s = 2024;
    for (size_t i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        t->y[i] = (s >> 16) % 3 == 0;
        for (int j = 0; j < 2; j++) {
            s = s * 1103515245u + 12345u;
            t->x[i][j] = (double)((s >> 8) % 10000) / 10000.0 + (j ? 0.3 : 0.6) * t->y[i];
        }
    }
}

/* Nearest centroid with a temperature (the candidate's "temp"): fit the two
 * class means on the training rows; p = sigmoid(temp (d0^2 - d1^2)). */
static ct_status toy_fit_predict(void *user, size_t c, const size_t *tr, size_t ntr,
                                 const size_t *te, size_t nte, double *p, ct_diag *diag)
{
    const toy *t = user;
    char *end;
    const double temp = strtod(ct_grid_value(t->grid, c, "temp"), &end);
    /* the rows: held-out ones share one fold, training ones are the others */
    const int32_t f = t->fold[te[0]];
    for (size_t k = 0; k < nte; k++)
        if (t->fold[te[k]] != f || (k && te[k] <= te[k - 1]))
            return ct_diag_set(diag, CT_EINTERNAL, NULL, 0, 0, "held-out rows wrong");
    for (size_t k = 0; k < ntr; k++)
        if (t->fold[tr[k]] == f || t->fold[tr[k]] < 0 || (k && tr[k] <= tr[k - 1]))
            return ct_diag_set(diag, CT_EINTERNAL, NULL, 0, 0, "training rows wrong");
    if ((t->fail_c1f2 && c == 1 && f == 2) || (t->fail_c2f0 && c == 2 && f == 0))
        return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0, "toy failure c%zu f%d", c, (int)f);
    if ((t->data_fail_c > 0 && c + 1 == (size_t)t->data_fail_c && (f == 1 || f == 3)) ||
        (t->data_fail_c < 0 && f == 4))
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0, "no feature left c%zu f%d", c, (int)f);
    double mu[2][2] = {{0, 0}, {0, 0}}, cnt[2] = {0, 0};
    for (size_t k = 0; k < ntr; k++) {
        const int cl = t->y[tr[k]] != 0;
        cnt[cl]++;
        mu[cl][0] += t->x[tr[k]][0];
        mu[cl][1] += t->x[tr[k]][1];
    }
    for (int cl = 0; cl < 2; cl++)
        for (int j = 0; j < 2; j++)
            mu[cl][j] /= cnt[cl];
    for (size_t k = 0; k < nte; k++) {
        const double *x = t->x[te[k]];
        double d[2];
        for (int cl = 0; cl < 2; cl++)
            d[cl] =
                (x[0] - mu[cl][0]) * (x[0] - mu[cl][0]) + (x[1] - mu[cl][1]) * (x[1] - mu[cl][1]);
        p[k] = 1.0 / (1.0 + exp(-temp * (d[0] - d[1])));
        if (t->bad_proba)
            p[k] += 2;
    }
    return t->noconv_c0 && c == 0 ? CT_ENOCONVERGE : CT_OK;
}

static ct_cv_result *run(toy *t, int threads, const ct_cv_options *o, ct_status want, ct_diag *d)
{
    ct_threads_set(threads);
    ct_cv_result *r = NULL;
    ct_status s = ct_cv_run(t->y, N, t->fold, K, NULL, ct_grid_ncandidates(t->grid),
                            toy_fit_predict, t, o, &r, d);
    ct_threads_set(1);
    assert_int_equal(s, want);
    return r;
}

static toy T;

static void test_cv_threads_and_serial(void **state)
{
    (void)state;
    make_toy(&T);
    int32_t fold[N];
    assert_int_equal(ct_folds_kfold(T.y, N, K, 11, fold, NULL, NULL), CT_OK);
    T.fold = fold;
    ct_grid *g;
    assert_int_equal(ct_grid_parse("temp=0.5,2,8,2.0", &g, NULL), CT_OK);
    T.grid = g;
    ct_cv_options o = ct_cv_options_default();
    o.keep_oof = 1;
    ct_cv_result *r1 = run(&T, 1, &o, CT_OK, NULL), *r2 = run(&T, 2, &o, CT_OK, NULL);
    assert_int_equal(r1->n_candidates, 4);
    assert_memory_equal(r1->score, r2->score, 4 * K * sizeof(double));
    assert_memory_equal(r1->mean, r2->mean, 4 * sizeof(double));
    assert_memory_equal(r1->std, r2->std, 4 * sizeof(double));
    assert_memory_equal(r1->oof, r2->oof, 4 * N * sizeof(double));
    assert_int_equal(r1->champion, r2->champion);
    /* one task at a time on 2 threads (train on large data): the same */
    o.max_parallel = 1;
    ct_cv_result *r3 = run(&T, 2, &o, CT_OK, NULL);
    assert_memory_equal(r1->score, r3->score, 4 * K * sizeof(double));
    assert_memory_equal(r1->oof, r3->oof, 4 * N * sizeof(double));
    ct_cv_result_destroy(r3);
    o.max_parallel = -1;
    ct_diag dneg;
    ct_diag_clear(&dneg);
    assert_null(run(&T, 2, &o, CT_EINVAL, &dneg));
    assert_non_null(strstr(dneg.message, "max_parallel"));
    o.max_parallel = 0;
    /* every score recomputed serially, bit for bit */
    for (size_t c = 0; c < 4; c++) {
        double sum = 0;
        for (size_t f = 0; f < K; f++) {
            size_t tr[N], te[N];
            const size_t nte = ct_folds_select(fold, N, (int32_t)f, te);
            const size_t ntr = ct_folds_complement(fold, N, (int32_t)f, tr);
            double p[N], yt[N], v;
            assert_int_equal(toy_fit_predict(&T, c, tr, ntr, te, nte, p, NULL), CT_OK);
            for (size_t k = 0; k < nte; k++) {
                yt[k] = T.y[te[k]];
                assert_true(r1->oof[c * N + te[k]] == p[k]);
            }
            assert_int_equal(
                ct_metrics_score(CT_METRIC_AVERAGE_PRECISION, yt, p, nte, 0.5, &v, NULL, NULL),
                CT_OK);
            assert_true(v == r1->score[c * K + f]);
            sum += v;
        }
        assert_true(r1->mean[c] == sum / K);
    }
    /* AP depends on the ranking only: every temperature ranks alike, so
     * all four tie and the champion is candidate 0; ranks all 1 */
    assert_int_equal(r1->champion, 0);
    for (size_t c = 0; c < 4; c++)
        assert_int_equal(r1->rank[c], 1);
    assert_true(r1->mean[0] > 0.6);
    ct_cv_result_destroy(r1);
    ct_cv_result_destroy(r2);
    /* log loss: lower is better and the temperature matters; "2" and "2.0"
     * tie exactly and the earlier wins */
    o.metric = CT_METRIC_LOG_LOSS;
    o.keep_oof = 0;
    r1 = run(&T, 2, &o, CT_OK, NULL);
    assert_null(r1->oof);
    size_t best = 0;
    for (size_t c = 1; c < 4; c++)
        if (r1->mean[c] < r1->mean[best])
            best = c;
    assert_int_equal(r1->champion, best);
    assert_int_equal(r1->rank[best], 1);
    assert_true(r1->mean[1] == r1->mean[3]);
    assert_int_equal(r1->rank[1], r1->rank[3]);
    assert_true(best != 3);
    ct_cv_result_destroy(r1);
    ct_grid_destroy(g);
}

static int count_progress(void *user, uint64_t done, uint64_t total)
{
    uint64_t *seen = user;
    if (done != seen[0] + 1 || total != seen[1])
        seen[2] = 1; /* out of order */
    seen[0] = done;
    return seen[3] && done >= seen[3];
}

static void test_cv_errors_progress(void **state)
{
    (void)state;
    make_toy(&T);
    int32_t fold[N];
    assert_int_equal(ct_folds_kfold(T.y, N, K, 11, fold, NULL, NULL), CT_OK);
    T.fold = fold;
    ct_grid *g;
    assert_int_equal(ct_grid_parse("temp=1,2,3", &g, NULL), CT_OK);
    T.grid = g;
    ct_cv_options o = ct_cv_options_default();
    ct_diag d;
    /* two failing tasks: the lower-numbered one (1*5+2 = 7 < 10) is reported */
    T.fail_c1f2 = T.fail_c2f0 = 1;
    for (int th = 1; th <= 2; th++) {
        assert_null(run(&T, th, &o, CT_ENUMERIC, &d));
        assert_string_equal(d.message, "toy failure c1 f2");
    }
    T.fail_c1f2 = T.fail_c2f0 = 0;
    /* ENOCONVERGE: counted, scores used */
    T.noconv_c0 = 1;
    ct_cv_result *r = run(&T, 2, &o, CT_OK, NULL);
    assert_int_equal(r->n_noconverge[0], K);
    assert_int_equal(r->n_noconverge[1], 0);
    ct_cv_result_destroy(r);
    T.noconv_c0 = 0;
    /* a candidate that cannot be fitted on some folds (CT_EDATA): scored
     * NaN there, passed over with its first failed fold's message; the
     * others as without it (GridSearchCV's error_score=nan) */
    ct_cv_result *ok = run(&T, 1, &o, CT_OK, NULL);
    T.data_fail_c = 1 + ok->champion;
    for (int th = 1; th <= 2; th++) {
        r = run(&T, th, &o, CT_OK, NULL);
        const size_t bad = ok->champion;
        assert_int_equal(r->n_failed[bad], 2);
        char want[64];
        snprintf(want, sizeof want, "no feature left c%zu f1", bad);
        assert_string_equal(r->fit_error[bad], want);
        assert_true(isnan(r->mean[bad]) && isnan(r->score[bad * K + 1]));
        assert_false(isnan(r->score[bad * K]));
        assert_int_equal(r->rank[bad], 0);
        assert_true(r->champion != bad);
        for (size_t c = 0; c < 3; c++)
            if (c != bad) {
                assert_int_equal(r->n_failed[c], 0);
                assert_null(r->fit_error[c]);
                assert_true(r->mean[c] == ok->mean[c]);
            }
        ct_cv_result_destroy(r);
    }
    ct_cv_result_destroy(ok);
    /* every candidate fails somewhere: the first failure (task 0*5+4) */
    T.data_fail_c = -1;
    assert_null(run(&T, 2, &o, CT_EDATA, &d));
    assert_string_equal(d.message, "no feature left c0 f4");
    T.data_fail_c = 0;
    /* progress: every task once, in order; a nonzero return stops */
    uint64_t seen[4] = {0, 3 * K, 0, 0};
    o.progress = count_progress;
    o.progress_user = seen;
    r = run(&T, 2, &o, CT_OK, NULL);
    assert_int_equal(seen[0], 3 * K);
    assert_int_equal(seen[2], 0);
    ct_cv_result_destroy(r);
    uint64_t stop[4] = {0, 3 * K, 0, 4};
    o.progress_user = stop;
    assert_null(run(&T, 2, &o, CT_EINVAL, &d));
    assert_non_null(strstr(d.message, "stopped"));
    o.progress = NULL;
    /* an undefined metric everywhere: CT_EDATA with the reason */
    T.bad_proba = 1;
    o.metric = CT_METRIC_BRIER;
    assert_null(run(&T, 1, &o, CT_EDATA, &d));
    assert_non_null(strstr(d.message, "not probabilities"));
    T.bad_proba = 0;
    /* bad arguments */
    ct_cv_result *out;
    o = ct_cv_options_default();
    assert_int_equal(ct_cv_run(T.y, N, fold, 1, NULL, 3, toy_fit_predict, &T, &o, &out, &d),
                     CT_EINVAL);
    assert_int_equal(ct_cv_run(T.y, N, fold, K, NULL, 0, toy_fit_predict, &T, &o, &out, &d),
                     CT_EINVAL);
    assert_int_equal(ct_cv_run(T.y, N, fold, K + 1, NULL, 3, toy_fit_predict, &T, &o, &out, &d),
                     CT_EINVAL);
    assert_non_null(strstr(d.message, "fold 5 holds no row"));
    int32_t f2[N];
    memcpy(f2, fold, sizeof f2);
    f2[9] = 7;
    assert_int_equal(ct_cv_run(T.y, N, f2, K, NULL, 3, toy_fit_predict, &T, &o, &out, &d),
                     CT_EINVAL);
    assert_non_null(strstr(d.message, "position 9"));
    o.metric = CT_METRIC_COUNT;
    assert_int_equal(ct_cv_run(T.y, N, fold, K, NULL, 3, toy_fit_predict, &T, &o, &out, &d),
                     CT_EINVAL);
    ct_grid_destroy(g);
}

/* The rows map: the callback sees rows[i], not i. */
static void test_cv_rows_map(void **state)
{
    (void)state;
    make_toy(&T);
    /* R holds T's rows in reverse order */
    static toy R;
    size_t map[N];
    for (size_t i = 0; i < N; i++) {
        map[i] = N - 1 - i;
        R.y[N - 1 - i] = T.y[i];
        R.x[N - 1 - i][0] = T.x[i][0];
        R.x[N - 1 - i][1] = T.x[i][1];
    }
    int32_t fold[N], rfold[N];
    assert_int_equal(ct_folds_kfold(T.y, N, K, 11, fold, NULL, NULL), CT_OK);
    for (size_t i = 0; i < N; i++)
        rfold[N - 1 - i] = fold[i];
    ct_grid *g;
    assert_int_equal(ct_grid_parse("temp=3", &g, NULL), CT_OK);
    T.fold = fold;
    T.grid = g;
    R.fold = rfold;
    R.grid = g;
    ct_cv_result *a = NULL, *b = NULL;
    assert_int_equal(ct_cv_run(T.y, N, fold, K, NULL, 1, toy_fit_predict, &T, NULL, &a, NULL),
                     CT_OK);
    /* positions i of T are rows map[i] = N-1-i of R: the callback gets R's
     * rows, so its checks read R's folds; the map reverses the order, so
     * its "ascending" check fails: proof that the rows are mapped */
    ct_diag d;
    ct_status s = ct_cv_run(T.y, N, fold, K, map, 1, toy_fit_predict, &R, NULL, &b, &d);
    assert_int_equal(s, CT_EINTERNAL);
    /* identity map: same as none */
    for (size_t i = 0; i < N; i++)
        map[i] = i;
    assert_int_equal(ct_cv_run(T.y, N, fold, K, map, 1, toy_fit_predict, &T, NULL, &b, NULL),
                     CT_OK);
    assert_memory_equal(a->score, b->score, K * sizeof(double));
    ct_cv_result_destroy(a);
    ct_cv_result_destroy(b);
    ct_grid_destroy(g);
}

static void test_cv_alloc_failures(void **state)
{
    (void)state;
    make_toy(&T);
    int32_t fold[N];
    assert_int_equal(ct_folds_kfold(T.y, N, K, 11, fold, NULL, NULL), CT_OK);
    ct_grid *g;
    assert_int_equal(ct_grid_parse("temp=1,2", &g, NULL), CT_OK);
    T.fold = fold;
    T.grid = g;
    ct_cv_options o = ct_cv_options_default();
    o.keep_oof = 1;
    for (long k = 0;; k++) {
        ct_cv_result *r = NULL;
        ct_alloc_fail_after(k);
        ct_status s = ct_cv_run(T.y, N, fold, K, NULL, 2, toy_fit_predict, &T, &o, &r, NULL);
        ct_alloc_fail_after(-1);
        ct_cv_result_destroy(r);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
    }
    ct_grid_destroy(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cv_threads_and_serial),
        cmocka_unit_test(test_cv_errors_progress),
        cmocka_unit_test(test_cv_rows_map),
        cmocka_unit_test(test_cv_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
