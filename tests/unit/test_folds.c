/* test_folds.c — the stratified train/validation/test split and stratified
 * k-fold: partitions, exact sizes, class shares, sklearn's per-fold
 * allocation, unlabelled rows, determinism, errors. */
#include "ct_test.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { N = 1003, NNAN = 17 };

/* Sorted by class, as the reports file: 150 rows of class 1 first, then
 * class 0; 17 rows unlabelled (every 60th from row 3: 3 in class 1), so 147
 * positives and 856 negatives are labelled. */
static void make_y(double *y)
{
    for (size_t i = 0; i < N + NNAN; i++)
        y[i] = i < 150 ? 1 : 0;
    for (size_t k = 0; k < NNAN; k++)
        y[k * 60 + 3] = NAN; /* 3 of them among the first 150 */
}

static void test_holdout(void **state)
{
    (void)state;
    double y[N + NNAN];
    make_y(y);
    size_t m1 = 0, m0 = 0;
    for (size_t i = 0; i < N + NNAN; i++)
        if (!isnan(y[i]))
            *(y[i] != 0 ? &m1 : &m0) += 1;
    assert_int_equal(m0 + m1, N);
    int32_t role[N + NNAN], role2[N + NNAN];
    ct_holdout_options o = ct_holdout_options_default();
    ct_holdout_counts c;
    assert_int_equal(ct_folds_holdout(y, N + NNAN, &o, role, &c, NULL), CT_OK);
    assert_int_equal(c.n_unlabeled, NNAN);
    /* sizes: round(0.2 * 1003) = 201 test, 201 validation, 601 train */
    assert_int_equal(c.rows[CT_ROLE_TEST], 201);
    assert_int_equal(c.rows[CT_ROLE_VALIDATION], 201);
    assert_int_equal(c.rows[CT_ROLE_TRAIN], 601);
    /* class shares by largest remainder: 201 * m1 / 1003 */
    const double q = 201.0 * (double)m1 / 1003.0;
    assert_true(c.positives[CT_ROLE_TEST] == (size_t)floor(q) ||
                c.positives[CT_ROLE_TEST] == (size_t)ceil(q));
    assert_int_equal(c.positives[CT_ROLE_TEST], (size_t)llround(q));
    assert_int_equal(c.positives[0] + c.positives[1] + c.positives[2], m1);
    size_t seen[3] = {0, 0, 0}, pos[3] = {0, 0, 0};
    for (size_t i = 0; i < N + NNAN; i++) {
        if (isnan(y[i])) {
            assert_int_equal(role[i], CT_ROLE_NONE);
            continue;
        }
        assert_true(role[i] >= 0 && role[i] <= 2);
        seen[role[i]]++;
        pos[role[i]] += y[i] != 0;
    }
    for (int r = 0; r < 3; r++) {
        assert_int_equal(seen[r], c.rows[r]);
        assert_int_equal(pos[r], c.positives[r]);
    }
    /* same seed, same split; another seed, another */
    assert_int_equal(ct_folds_holdout(y, N + NNAN, &o, role2, NULL, NULL), CT_OK);
    assert_memory_equal(role, role2, sizeof role);
    o.seed = 43;
    assert_int_equal(ct_folds_holdout(y, N + NNAN, &o, role2, NULL, NULL), CT_OK);
    assert_true(memcmp(role, role2, sizeof role) != 0);
    /* 80/0/20: no validation row */
    o = ct_holdout_options_default();
    o.train = 0.8;
    o.validation = 0;
    assert_int_equal(ct_folds_holdout(y, N + NNAN, &o, role2, &c, NULL), CT_OK);
    assert_int_equal(c.rows[CT_ROLE_VALIDATION], 0);
    assert_int_equal(c.rows[CT_ROLE_TEST], 201);
}

static void test_holdout_errors(void **state)
{
    (void)state;
    double y[6] = {0, 1, 0, 1, 0, 1};
    int32_t role[6];
    ct_diag d;
    ct_holdout_options o = ct_holdout_options_default();
    o.test = 0.3;
    assert_int_equal(ct_folds_holdout(y, 6, &o, role, NULL, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "sum to 1"));
    o = ct_holdout_options_default();
    o.train = 0;
    assert_non_null(ct_holdout_options_check(&o));
    /* too few rows for three sets: 2 rows, a fact of the data (exit 1) */
    o = ct_holdout_options_default();
    assert_int_equal(ct_folds_holdout(y, 2, &o, role, NULL, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "empty"));
    assert_non_null(strstr(d.hint, "more labelled rows"));
    y[2] = 2;
    assert_int_equal(ct_folds_holdout(y, 6, &o, role, NULL, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 2"));
    double yn[2] = {NAN, NAN};
    assert_int_equal(ct_folds_holdout(yn, 2, &o, role, NULL, &d), CT_EEMPTY);
    /* every row one class: training set holds one class */
    double y1[10] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    int32_t r10[10];
    assert_int_equal(ct_folds_holdout(y1, 10, &o, r10, NULL, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "one class"));
    assert_non_null(strstr(d.hint, "a file with both classes"));
    /* both classes, too few of one for the split: named by the labels, and
     * the hint does not ask for both classes (before 2026-12-04 "class 0"
     * and "one with both classes": tests/cli/train_tiny_split_labels) */
    double y3[3] = {0, 0, 1};
    int32_t r3[3];
    o.labels[0] = "'opinion'";
    o.labels[1] = "'claim'";
    assert_int_equal(ct_folds_holdout(y3, 3, &o, r3, NULL, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "of 'opinion' and 1 of 'claim'"));
    assert_non_null(strstr(d.hint, "holds both classes"));
    assert_non_null(strstr(d.hint, "1 row of 'claim' leaves it none"));
}

static void test_kfold(void **state)
{
    (void)state;
    double y[N + NNAN];
    make_y(y);
    size_t m[2] = {0, 0};
    for (size_t i = 0; i < N + NNAN; i++)
        if (!isnan(y[i]))
            m[y[i] != 0]++;
    for (size_t k = 2; k <= 10; k += 3) {
        int32_t fold[N + NNAN], fold2[N + NNAN];
        size_t rows[10];
        assert_int_equal(ct_folds_kfold(y, N + NNAN, k, 7, fold, rows, NULL), CT_OK);
        size_t cnt[10][2];
        memset(cnt, 0, sizeof cnt);
        for (size_t i = 0; i < N + NNAN; i++) {
            if (isnan(y[i])) {
                assert_int_equal(fold[i], -1);
                continue;
            }
            assert_true(fold[i] >= 0 && (size_t)fold[i] < k);
            cnt[fold[i]][y[i] != 0]++;
        }
        /* sklearn's allocation: np.bincount(y_order[f::k]) with y_order the
         * sorted labels (m0 zeros, then m1 ones) */
        for (size_t f = 0; f < k; f++) {
            size_t want[2] = {0, 0};
            for (size_t j = f; j < m[0] + m[1]; j += k)
                want[j >= m[0]]++;
            assert_int_equal(cnt[f][0], want[0]);
            assert_int_equal(cnt[f][1], want[1]);
            assert_int_equal(rows[f], want[0] + want[1]);
        }
        assert_int_equal(ct_folds_kfold(y, N + NNAN, k, 7, fold2, NULL, NULL), CT_OK);
        assert_memory_equal(fold, fold2, sizeof fold);
        assert_int_equal(ct_folds_kfold(y, N + NNAN, k, 8, fold2, NULL, NULL), CT_OK);
        assert_true(memcmp(fold, fold2, sizeof fold) != 0);
        /* select / complement partition the labelled rows */
        size_t te[N + NNAN], tr[N + NNAN];
        size_t nte = ct_folds_select(fold, N + NNAN, 1, te);
        size_t ntr = ct_folds_complement(fold, N + NNAN, 1, tr);
        assert_int_equal(nte, rows[1]);
        assert_int_equal(nte + ntr, N);
        for (size_t j = 1; j < nte; j++)
            assert_true(te[j] > te[j - 1]);
    }
    ct_diag d;
    int32_t fold[N + NNAN];
    assert_int_equal(ct_folds_kfold(y, N + NNAN, 1, 7, fold, NULL, &d), CT_EINVAL);
    double few[8] = {0, 0, 0, 0, 0, 1, 1, 1};
    assert_int_equal(ct_folds_kfold(few, 8, 5, 7, fold, NULL, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "class 1 has 3"));
    assert_int_equal(ct_folds_kfold(few, 8, 3, 7, fold, NULL, &d), CT_OK);
}

/* Every allocation failure is CT_ENOMEM (no leak: ASan). */
/* Groups (rows sharing an id): single-row groups give the row split row
 * for row, whatever their keys; larger groups land in one set whole, the
 * sets within a group of their sizes; a mixed group goes where its
 * majority's class sends it; a key not below n is refused. */
static void test_holdout_groups(void **state)
{
    (void)state;
    enum { M = N + NNAN };
    double y[M];
    make_y(y);
    static int32_t plain[M], got[M];
    static size_t g[M];
    ct_holdout_options o = ct_holdout_options_default();
    ct_holdout_counts c0, c;
    assert_int_equal(ct_folds_holdout(y, M, &o, plain, &c0, NULL), CT_OK);
    for (size_t i = 0; i < M; i++)
        g[i] = i;
    o.groups = g;
    assert_int_equal(ct_folds_holdout(y, M, &o, got, &c, NULL), CT_OK);
    assert_memory_equal(plain, got, sizeof plain);
    assert_memory_equal(&c0, &c, sizeof c);
    for (size_t i = 0; i < M; i++) /* unique keys in another order */
        g[i] = M - 1 - i;
    assert_int_equal(ct_folds_holdout(y, M, &o, got, &c, NULL), CT_OK);
    assert_memory_equal(plain, got, sizeof plain);
    /* groups of three consecutive rows (the class boundary at 150 makes
     * group 147..149 class 1 and 150..152 class 0; none mixed) */
    for (size_t i = 0; i < M; i++)
        g[i] = i - i % 3;
    assert_int_equal(ct_folds_holdout(y, M, &o, got, &c, NULL), CT_OK);
    for (size_t i = 0; i < M; i++) {
        if (isnan(y[i])) {
            assert_int_equal(got[i], CT_ROLE_NONE);
            continue;
        }
        const size_t k = i - i % 3;
        for (size_t j = k; j < k + 3 && j < M; j++)
            if (!isnan(y[j]))
                assert_int_equal(got[j], got[i]);
    }
    for (int r = 0; r < 3; r++) {
        const double d = (double)c.rows[r] - (double)c0.rows[r];
        assert_true(fabs(d) <= 2 * 2); /* a group of 3 per class off at most */
    }
    assert_int_equal(c.rows[0] + c.rows[1] + c.rows[2], N);
    /* a mixed group: rows 148, 149 (class 1) and 150 (class 0) as one,
     * the rest single; it takes one set */
    for (size_t i = 0; i < M; i++)
        g[i] = i;
    g[149] = g[150] = 148;
    assert_int_equal(ct_folds_holdout(y, M, &o, got, &c, NULL), CT_OK);
    assert_int_equal(got[149], got[148]);
    assert_int_equal(got[150], got[148]);
    /* a key not below n */
    g[5] = M;
    assert_int_equal(ct_folds_holdout(y, M, &o, got, &c, NULL), CT_EINVAL);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    double y[N + NNAN];
    make_y(y);
    int32_t a[N + NNAN];
    static size_t g[N + NNAN];
    for (size_t i = 0; i < N + NNAN; i++)
        g[i] = i - i % 2;
    ct_holdout_options o = ct_holdout_options_default();
    for (int which = 0; which < 3; which++)
        for (long k = 0;; k++) {
            o.groups = which == 2 ? g : NULL;
            ct_alloc_fail_after(k);
            ct_status s = which == 1 ? ct_folds_kfold(y, N + NNAN, 5, 1, a, NULL, NULL)
                                     : ct_folds_holdout(y, N + NNAN, &o, a, NULL, NULL);
            ct_alloc_fail_after(-1);
            if (s == CT_OK)
                break;
            assert_int_equal(s, CT_ENOMEM);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holdout),
        cmocka_unit_test(test_holdout_errors),
        cmocka_unit_test(test_holdout_groups),
        cmocka_unit_test(test_kfold),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
