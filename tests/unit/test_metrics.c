/* test_metrics.c — binary metrics against scikit-learn 1.2.1, ROC AUC against
 * a brute-force pairwise count, and the stratified split. */
#include "ct_test.h"

#include <stdlib.h>
#include <string.h>

#define TOL 1e-12

/* y, s below; p = s >= 0.5:
 *   roc_auc_score(y, s), accuracy_score(y, p), precision_score(y, p),
 *   recall_score(y, p), f1_score(y, p), confusion_matrix(y, p).ravel()
 *   -> 0.8055555555555556 0.75 0.8 0.6666666666666666 0.7272727272727272
 *      [5 1 2 4] */
static const double ys[] = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1};
static const double ss[] = {0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9, 0.55, 0.6, 0.05, 0.5};
#define NS (sizeof ys / sizeof ys[0])

static void test_against_sklearn(void **state)
{
    (void)state;
    ct_metrics_binary m;
    assert_int_equal(ct_metrics_binary_compute(ys, ss, NS, 0.5, &m, NULL), CT_OK);
    assert_rel(m.auc, 0.8055555555555556, TOL);
    assert_rel(m.accuracy, 0.75, TOL);
    assert_rel(m.precision, 0.8, TOL);
    assert_rel(m.recall, 0.6666666666666666, TOL);
    assert_rel(m.f1, 0.7272727272727272, TOL);
    assert_int_equal(m.tn, 5);
    assert_int_equal(m.fp, 1);
    assert_int_equal(m.fn, 2);
    assert_int_equal(m.tp, 4);
}

/* AUC = P(score of a positive > score of a negative) + ½ P(tie). */
static double brute_auc(const double *y, const double *s, size_t n)
{
    double num = 0, den = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (y[i] == 1 && y[j] == 0) {
                num += s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0;
                den += 1;
            }
    return num / den;
}

static void test_auc_brute_force_and_consistency(void **state)
{
    (void)state;
    enum { N = 300 };
    double y[N], s[N];
    unsigned seed = 12345;
    for (size_t i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        y[i] = (seed >> 16) % 4 == 0;
        seed = seed * 1103515245u + 12345u;
        s[i] = (double)((seed >> 16) % 20) / 20.0 + 0.1 * y[i]; /* many ties */
    }
    ct_metrics_binary m;
    assert_int_equal(ct_metrics_binary_compute(y, s, N, 0.5, &m, NULL), CT_OK);
    assert_rel(m.auc, brute_auc(y, s, N), TOL);
    assert_true(m.auc >= 0 && m.auc <= 1);
    assert_int_equal(m.tp + m.fp + m.tn + m.fn, N);
    assert_rel(m.f1, 2 * m.precision * m.recall / (m.precision + m.recall), TOL);
    assert_rel(m.accuracy, (double)(m.tp + m.tn) / N, TOL);
    /* one class only: AUC undefined */
    double y0[3] = {0, 0, 0}, s0[3] = {0.1, 0.2, 0.3};
    assert_int_equal(ct_metrics_binary_compute(y0, s0, 3, 0.5, &m, NULL), CT_OK);
    assert_true(m.auc != m.auc);
    assert_rel(m.precision, 0, TOL); /* no predicted positives: 0, as zero_division=0 */
    double bad[1] = {2};
    assert_int_equal(ct_metrics_binary_compute(bad, s0, 1, 0.5, &m, NULL), CT_EINVAL);
    assert_int_equal(ct_metrics_binary_compute(y0, s0, 0, 0.5, &m, NULL), CT_EINVAL);
}

static void test_split_stratified(void **state)
{
    (void)state;
    enum { N = 1003 };
    double y[N];
    size_t npos = 0;
    for (size_t i = 0; i < N; i++) {
        y[i] = i % 7 == 0;
        npos += y[i] != 0;
    }
    size_t tr[N], te[N], tr2[N], te2[N], ntr, nte, ntr2, nte2;
    assert_int_equal(ct_split_stratified(y, N, 0.25, 42, tr, &ntr, te, &nte, NULL), CT_OK);
    assert_int_equal(ntr + nte, N);
    size_t tpos = 0;
    char seen[N];
    memset(seen, 0, sizeof seen);
    for (size_t k = 0; k < nte; k++) {
        tpos += y[te[k]] != 0;
        seen[te[k]]++;
        if (k)
            assert_true(te[k] > te[k - 1]);
    }
    for (size_t k = 0; k < ntr; k++)
        seen[tr[k]]++;
    for (size_t i = 0; i < N; i++)
        assert_int_equal(seen[i], 1); /* a partition */
    /* per class round(0.25 n_c): 144 positives -> 36, 859 negatives -> 215 */
    assert_int_equal(npos, 144);
    assert_int_equal(tpos, 36);
    assert_int_equal(nte, 36 + 215);
    /* same seed, same split; another seed, another split */
    assert_int_equal(ct_split_stratified(y, N, 0.25, 42, tr2, &ntr2, te2, &nte2, NULL), CT_OK);
    assert_memory_equal(te, te2, nte * sizeof *te);
    assert_int_equal(ct_split_stratified(y, N, 0.25, 43, tr2, &ntr2, te2, &nte2, NULL), CT_OK);
    assert_true(memcmp(te, te2, nte * sizeof *te) != 0);
    assert_int_equal(ct_split_stratified(y, N, 1.0, 42, tr, &ntr, te, &nte, NULL), CT_EINVAL);
    assert_int_equal(ct_split_stratified(y, 1, 0.25, 42, tr, &ntr, te, &nte, NULL), CT_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_sklearn),
        cmocka_unit_test(test_auc_brute_force_and_consistency),
        cmocka_unit_test(test_split_stratified),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
