/* test_metrics.c — binary metrics against scikit-learn 1.2.1 (Debian's
 * python3-sklearn, run with /usr/bin/python3), ROC AUC and average precision
 * against brute-force definitions, every undefined case, and the stratified
 * split. */
#include "ct_test.h"

#include <float.h>
#include <math.h>
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

/* 40 rows with ties, scores 0 and 1 (log loss clipping) and scores on the
 * bin edges 0.1, 0.2, 0.3 and 0.30000000000000004 (the reliability table's
 * side='left' rule). Made by tests/unit/ref_metrics.py:
 *   rng = np.random.RandomState(7); y = (rng.rand(40) < 0.45);
 *   s = np.round(np.clip(0.35*y + 0.65*rng.rand(40), 0, 1), 2), then
 *   s[0:6] = 0, 1, 0.1, 0.2, 0.30000000000000004, 0.3; y[0] = 1; y[1] = 0. */
static const double y40[] = {1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1,
                             0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1};
static const double s40[] = {0.0,  1.0,  0.1,  0.2,  0.30000000000000004,
                             0.3,  0.27, 0.94, 0.47, 0.48,
                             0.27, 0.28, 0.76, 0.69, 0.62,
                             0.0,  0.41, 0.46, 0.34, 0.8,
                             0.62, 0.44, 0.38, 0.2,  0.39,
                             0.5,  0.63, 0.61, 0.55, 0.31,
                             0.9,  0.09, 0.55, 0.3,  0.83,
                             0.32, 0.09, 0.57, 0.21, 0.55};

/* p = (s >= 0.5); accuracy_score(y, p), balanced_accuracy_score(y, p),
 * precision_score(y, p), recall_score(y, p), f1_score(y, p),
 * confusion_matrix(y, p).ravel(), roc_auc_score(y, s),
 * average_precision_score(y, s), log_loss(y, s), brier_score_loss(y, s)
 *   -> 0.75 0.7395833333333333 0.6875 0.6875 0.6875 [19 5 5 11]
 *      0.7552083333333333 0.6566074663561076 2.2818071206874473
 *      0.20590250000000002 */
static void test_all_metrics_sklearn(void **state)
{
    (void)state;
    ct_metrics_binary m;
    assert_int_equal(ct_metrics_binary_compute(y40, s40, 40, 0.5, &m, NULL), CT_OK);
    assert_int_equal(m.tn, 19);
    assert_int_equal(m.fp, 5);
    assert_int_equal(m.fn, 5);
    assert_int_equal(m.tp, 11);
    assert_int_equal(m.npos, 16);
    assert_int_equal(m.nneg, 24);
    assert_rel(m.accuracy, 0.75, TOL);
    assert_rel(m.balanced_accuracy, 0.7395833333333333, TOL);
    assert_rel(m.precision, 0.6875, TOL);
    assert_rel(m.recall, 0.6875, TOL);
    assert_rel(m.f1, 0.6875, TOL);
    assert_rel(m.auc, 0.7552083333333333, TOL);
    assert_rel(m.average_precision, 0.6566074663561076, TOL);
    assert_rel(m.log_loss, 2.2818071206874473, TOL);
    assert_rel(m.brier, 0.20590250000000002, TOL);
    assert_rel(m.ece, 0.21575, TOL);
    assert_rel(m.prevalence, 0.4, TOL);
    assert_rel(m.nir, 0.6, TOL);
    for (int k = 0; k < CT_METRIC_COUNT; k++) {
        assert_int_equal(m.note[k], CT_NOTE_NONE);
        double v;
        ct_metric_note note;
        /* one metric alone gives the same value as the struct */
        assert_int_equal(ct_metrics_score((ct_metric)k, y40, s40, 40, 0.5, &v, &note, NULL), CT_OK);
        assert_true(v == ct_metrics_get(&m, (ct_metric)k));
    }
}

/* calibration_curve(y, s, n_bins=10) -> prob_true, prob_pred; counts
 * np.bincount(np.searchsorted(np.linspace(0, 1, 11)[1:-1], s), minlength=10);
 * ECE = sum(cnt/n * |prob_true - prob_pred|) over non-empty bins:
 *   cnt [5, 2, 7, 5, 6, 4, 5, 2, 2, 2]
 *   pt  [0.4, 0.0, 0.0, 0.2, 0.5, 0.75, 0.4, 1.0, 1.0, 0.5]
 *   pp  [0.05600000000000001, 0.2, 0.27571428571428575, 0.348,
 *        0.45999999999999996, 0.5549999999999999, 0.634, 0.78, 0.865, 0.97]
 *   ece 0.21575 */
static void test_reliability_sklearn(void **state)
{
    (void)state;
    static const size_t cnt[] = {5, 2, 7, 5, 6, 4, 5, 2, 2, 2};
    static const double pt[] = {0.4, 0.0, 0.0, 0.2, 0.5, 0.75, 0.4, 1.0, 1.0, 0.5};
    static const double pp[] = {0.05600000000000001,
                                0.2,
                                0.27571428571428575,
                                0.348,
                                0.45999999999999996,
                                0.5549999999999999,
                                0.634,
                                0.78,
                                0.865,
                                0.97};
    ct_reliability r;
    assert_int_equal(ct_metrics_reliability(y40, s40, 40, 10, &r, NULL), CT_OK);
    assert_int_equal(r.n_bins, 10);
    for (int b = 0; b < 10; b++) {
        assert_int_equal(r.bin[b].count, cnt[b]);
        assert_rel(r.bin[b].observed, pt[b], TOL);
        assert_rel(r.bin[b].mean_pred, pp[b], TOL);
    }
    assert_rel(r.bin[3].lo, 0.30000000000000004, 0); /* linspace's edge, bit for bit */
    assert_rel(r.ece, 0.21575, TOL);
    /* one bin: ECE = |mean p - rate| */
    assert_int_equal(ct_metrics_reliability(y40, s40, 40, 1, &r, NULL), CT_OK);
    assert_int_equal(r.bin[0].count, 40);
    double sp = 0;
    for (int i = 0; i < 40; i++)
        sp += s40[i];
    assert_rel(r.ece, fabs(0.4 - sp / 40), TOL);
    /* empty bins are NaN and count nothing */
    const double yy[2] = {0, 1}, pq[2] = {0.05, 0.95};
    assert_int_equal(ct_metrics_reliability(yy, pq, 2, 10, &r, NULL), CT_OK);
    assert_true(isnan(r.bin[5].mean_pred) && isnan(r.bin[5].observed));
    assert_rel(r.ece, 0.05, TOL);
    /* an isotonic step on an edge (0.8), lifted by the tie-break (< 1e-9),
     * keeps the bin its value gives; 2e-9 above is the next bin */
    const double ye[3] = {1, 1, 0}, pe[3] = {0.8, 0.8 + 5e-10, 0.8 + 2e-9};
    assert_int_equal(ct_metrics_reliability(ye, pe, 3, 10, &r, NULL), CT_OK);
    assert_int_equal(r.bin[7].count, 2);
    assert_int_equal(r.bin[8].count, 1);
    assert_int_equal(ct_metrics_reliability(yy, pq, 2, 0, &r, NULL), CT_EINVAL);
    assert_int_equal(ct_metrics_reliability(yy, pq, 0, 10, &r, NULL), CT_EINVAL);
    const double bad[2] = {0.5, 1.5};
    ct_diag d;
    assert_int_equal(ct_metrics_reliability(yy, bad, 2, 10, &r, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 1"));
}

/* AP by its definition: for each positive row, the precision among rows
 * scoring >= its score, averaged (Manning et al. 8.4; equal to the step sum
 * when each tie group is taken as a whole). */
static double brute_ap(const double *y, const double *s, size_t n)
{
    double sum = 0;
    size_t npos = 0;
    for (size_t i = 0; i < n; i++) {
        if (y[i] != 1)
            continue;
        npos++;
        size_t tp = 0, all = 0;
        for (size_t j = 0; j < n; j++)
            if (s[j] >= s[i]) {
                all++;
                tp += y[j] == 1;
            }
        sum += (double)tp / (double)all;
    }
    return sum / (double)npos;
}

static void test_average_precision_brute(void **state)
{
    (void)state;
    enum { N = 500 };
    double y[N], s[N], ap;
    unsigned seed = 99;
    for (size_t i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        y[i] = (seed >> 16) % 3 == 0;
        seed = seed * 1103515245u + 12345u;
        s[i] = (double)((seed >> 16) % 30) / 30.0 + 0.2 * y[i];
    }
    assert_int_equal(ct_metrics_average_precision(y, s, N, &ap), CT_OK);
    assert_rel(ap, brute_ap(y, s, N), 1e-12);
    assert_rel(brute_ap(y40, s40, 40), 0.6566074663561076, 1e-12); /* the brute force itself */
    assert_int_equal(ct_metrics_average_precision(y40, s40, 40, &ap), CT_OK);
    assert_rel(ap, 0.6566074663561076, TOL);
    /* perfect ranking: 1; every score tied: the prevalence */
    const double yy[4] = {0, 1, 0, 1}, sp[4] = {0.1, 0.9, 0.2, 0.8}, st[4] = {0.5, 0.5, 0.5, 0.5};
    assert_int_equal(ct_metrics_average_precision(yy, sp, 4, &ap), CT_OK);
    assert_rel(ap, 1.0, TOL);
    assert_int_equal(ct_metrics_average_precision(yy, st, 4, &ap), CT_OK);
    assert_rel(ap, 0.5, TOL);
}

/* Every undefined case: NaN with its note, or sklearn's zero_division 0
 * with the note; n = 0 and bad inputs are statuses. */
static void test_undefined_cases(void **state)
{
    (void)state;
    ct_metrics_binary m;
    ct_diag d;
    /* one class (all negative), nothing predicted positive */
    const double y0[3] = {0, 0, 0}, s0[3] = {0.1, 0.2, 0.3};
    assert_int_equal(ct_metrics_binary_compute(y0, s0, 3, 0.5, &m, NULL), CT_OK);
    assert_true(isnan(m.auc) && m.note[CT_METRIC_ROC_AUC] == CT_NOTE_ONE_CLASS);
    assert_true(isnan(m.average_precision) &&
                m.note[CT_METRIC_AVERAGE_PRECISION] == CT_NOTE_NO_POSITIVES);
    assert_true(isnan(m.balanced_accuracy) &&
                m.note[CT_METRIC_BALANCED_ACCURACY] == CT_NOTE_ONE_CLASS);
    assert_true(m.precision == 0 && m.note[CT_METRIC_PRECISION] == CT_NOTE_ZERO_DIVISION);
    assert_true(m.recall == 0 && m.note[CT_METRIC_RECALL] == CT_NOTE_ZERO_DIVISION);
    assert_true(m.f1 == 0 && m.note[CT_METRIC_F1] == CT_NOTE_ZERO_DIVISION);
    assert_rel(m.accuracy, 1.0, TOL);
    assert_rel(m.nir, 1.0, TOL);
    /* log_loss(y0, s0, labels=[0, 1]) -> 0.22839300363692283 (defined with
     * one class when the labels are known) */
    assert_rel(m.log_loss, 0.22839300363692283, TOL);
    assert_int_equal(m.note[CT_METRIC_LOG_LOSS], CT_NOTE_NONE);
    /* all positive: AP defined (1), AUC not */
    const double y1[3] = {1, 1, 1};
    assert_int_equal(ct_metrics_binary_compute(y1, s0, 3, 0.5, &m, NULL), CT_OK);
    assert_rel(m.average_precision, 1.0, TOL);
    assert_true(isnan(m.auc));
    assert_true(m.precision == 0 && m.note[CT_METRIC_PRECISION] == CT_NOTE_ZERO_DIVISION);
    assert_true(m.recall == 0 && m.note[CT_METRIC_RECALL] == CT_NOTE_NONE);
    assert_true(m.f1 == 0 && m.note[CT_METRIC_F1] == CT_NOTE_NONE);
    /* scores that are not probabilities: the probability metrics are NaN */
    const double yy[3] = {0, 1, 1}, sc[3] = {-2.0, 0.5, 3.0};
    assert_int_equal(ct_metrics_binary_compute(yy, sc, 3, 0.0, &m, NULL), CT_OK);
    assert_rel(m.auc, 1.0, TOL);
    assert_true(isnan(m.log_loss) && isnan(m.brier) && isnan(m.ece));
    assert_int_equal(m.note[CT_METRIC_LOG_LOSS], CT_NOTE_NOT_PROBABILITY);
    assert_int_equal(m.note[CT_METRIC_ECE], CT_NOTE_NOT_PROBABILITY);
    double v;
    ct_metric_note note;
    assert_int_equal(ct_metrics_score(CT_METRIC_BRIER, yy, sc, 3, 0.5, &v, &note, NULL), CT_OK);
    assert_true(isnan(v) && note == CT_NOTE_NOT_PROBABILITY);
    assert_int_equal(ct_metrics_score(CT_METRIC_ROC_AUC, y0, s0, 3, 0.5, &v, &note, NULL), CT_OK);
    assert_true(isnan(v) && note == CT_NOTE_ONE_CLASS);
    assert_string_equal(ct_metric_note_str(CT_NOTE_ONE_CLASS), "only one class present");
    /* statuses */
    assert_int_equal(ct_metrics_score(CT_METRIC_F1, yy, sc, 0, 0.5, &v, NULL, NULL), CT_EINVAL);
    assert_int_equal(ct_metrics_score(CT_METRIC_COUNT, yy, sc, 3, 0.5, &v, NULL, NULL), CT_EINVAL);
    const double sn[3] = {0.1, NAN, 0.2};
    assert_int_equal(ct_metrics_binary_compute(yy, sn, 3, 0.5, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 1"));
    /* log loss clipping: p = 0 for a positive row costs -ln(eps) */
    const double ypos[1] = {1}, pzero[1] = {0};
    assert_rel(ct_metrics_log_loss(ypos, pzero, 1), -log(DBL_EPSILON), 1e-15);
    assert_true(isnan(ct_metrics_log_loss(ypos, pzero, 0)));
}

static void test_metric_names(void **state)
{
    (void)state;
    ct_metric m;
    for (int k = 0; k < CT_METRIC_COUNT; k++) {
        assert_int_equal(ct_metric_parse(ct_metric_name((ct_metric)k), &m), CT_OK);
        assert_int_equal(m, k);
    }
    assert_int_equal(ct_metric_parse("ap", &m), CT_OK);
    assert_int_equal(m, CT_METRIC_AVERAGE_PRECISION);
    assert_int_equal(ct_metric_parse("auc", &m), CT_OK);
    assert_int_equal(m, CT_METRIC_ROC_AUC);
    assert_int_equal(ct_metric_parse("logloss", &m), CT_OK);
    assert_int_equal(m, CT_METRIC_LOG_LOSS);
    assert_int_equal(ct_metric_parse("neg_log_loss", &m), CT_OK);
    assert_int_equal(ct_metric_parse("nope", &m), CT_EINVAL);
    assert_int_equal(ct_metric_parse(NULL, &m), CT_EINVAL);
    assert_true(ct_metric_greater_is_better(CT_METRIC_AVERAGE_PRECISION));
    assert_false(ct_metric_greater_is_better(CT_METRIC_LOG_LOSS));
    assert_true(ct_metric_uses_threshold(CT_METRIC_F1));
    assert_false(ct_metric_uses_threshold(CT_METRIC_ROC_AUC));
    assert_string_equal(ct_metric_name(CT_METRIC_COUNT), "?");
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

/* Probabilities that are each bin's own positive rate (an isotonic fit
 * measured on its fit rows): the exact ECE is 0, and so is the computed
 * one, not the rounding noise of summing 1/3 + 1/3 + ... (7.4e-17 before
 * CT_RELIABILITY_GAP_TOL), nor the up to 1e-9 the isotonic tie-break moves
 * each probability. A real gap beyond the bound stays. */
static void test_reliability_exact_zero(void **state)
{
    (void)state;
    enum { N = 3000 };
    static double y[N], p[N];
    /* 999 rows at 1/3 (333 positive), 1001 at 1/7 (143), 1000 at 0.9 (900) */
    for (size_t i = 0; i < N; i++) {
        if (i < 999) {
            p[i] = 1.0 / 3;
            y[i] = i < 333;
        } else if (i < 2000) {
            p[i] = 1.0 / 7;
            y[i] = i - 999 < 143;
        } else {
            p[i] = 0.9;
            y[i] = i - 2000 < 900;
        }
    }
    ct_reliability r;
    assert_int_equal(ct_metrics_reliability(y, p, N, 10, &r, NULL), CT_OK);
    double raw = 0; /* the same sum without the tolerance */
    for (size_t b = 0; b < r.n_bins; b++)
        if (r.bin[b].count)
            raw += (double)r.bin[b].count / N * fabs(r.bin[b].observed - r.bin[b].mean_pred);
    assert_true(raw > 0); /* the noise the tolerance removes */
    assert_true(r.ece == 0 && r.max_gap == 0);
    /* the isotonic tie-break moves every probability by at most 1e-9: still 0 */
    for (size_t i = 0; i < N; i++)
        p[i] += (i % 2 ? 5e-10 : -3e-10);
    assert_int_equal(ct_metrics_reliability(y, p, N, 10, &r, NULL), CT_OK);
    assert_true(r.ece == 0 && r.max_gap == 0);
    p[0] = 1.0 / 3 + 1e-3; /* a real gap of 1e-3 / 999 in its bin: kept */
    assert_int_equal(ct_metrics_reliability(y, p, N, 10, &r, NULL), CT_OK);
    assert_true(r.ece > 0 && fabs(r.ece - 1e-3 / N) < 1e-2 * 1e-3 / N);
}

/* The ROC AUC's test against chance, as scipy 1.10's
 * mannwhitneyu(pos, neg, alternative='greater', method='asymptotic') with
 * /usr/bin/python3: ys, ss above -> 0.04520603235004847 (at 0.05: not at
 * chance); the rows below (ties across the classes) -> 0.3436813582243899
 * (AUC 0.5833: at chance); every score tied -> p 1; one class -> NaN, no
 * test. Added 2026-12-04 (tests/cli/train_chance_level_said). */
static void test_auc_chance_scipy(void **state)
{
    (void)state;
    ct_auc_test t;
    assert_int_equal(ct_metrics_roc_auc_test(ys, ss, NS, &t), CT_OK);
    assert_rel(t.auc, 0.8055555555555556, TOL);
    assert_rel(t.p, 0.04520603235004847, 1e-9);
    assert_int_equal(t.at_chance, 0);
    static const double y2[] = {1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1};
    static const double s2[] = {0.9, 0.8, 0.7, 0.7, 0.6, 0.55, 0.5, 0.5, 0.4, 0.3, 0.2, 0.2};
    assert_int_equal(ct_metrics_roc_auc_test(y2, s2, 12, &t), CT_OK);
    assert_rel(t.auc, 0.5833333333333334, TOL);
    assert_rel(t.p, 0.3436813582243899, 1e-9);
    assert_int_equal(t.at_chance, 1);
    static const double flat[] = {0.5, 0.5, 0.5, 0.5};
    assert_int_equal(ct_metrics_roc_auc_test(y2, flat, 4, &t), CT_OK);
    assert_true(t.p == 1.0 && t.at_chance == 1);
    static const double ones[] = {1, 1, 1};
    assert_int_equal(ct_metrics_roc_auc_test(ones, flat, 3, &t), CT_OK);
    assert_true(isnan(t.auc) && isnan(t.p) && t.at_chance == 0);
}

/* The smallest AUC the test calls better than chance, against the test
 * itself on 5 positives and 7 negatives: U = 28 (AUC 0.8) is at chance
 * (p 0.0522), U = 29 (0.8286) is not (p 0.0370), and the bound lies
 * between. The value from /usr/bin/python3 (statistics.NormalDist):
 * 0.5 + (0.5 + NormalDist().inv_cdf(0.95) * sqrt(35 * 13 / 12)) / 35
 * -> 0.8036695626158894. Added 2026-12-05 (tests/cli/report_ranking_too_few_rows). */
static void test_auc_detectable(void **state)
{
    (void)state;
    const double d = ct_metrics_roc_auc_detectable(5, 7, 0.05);
    assert_rel(d, 0.8036695626158894, 1e-9);
    /* ranks 1..12 as scores: the positives at ranks 12, 11, 10, 9 and 1
     * (U = 4 x 7 = 28), then 2 for 1 (U = 29) */
    double y[12] = {0}, s[12];
    for (size_t i = 0; i < 12; i++)
        s[i] = (double)(i + 1);
    y[11] = y[10] = y[9] = y[8] = y[0] = 1;
    ct_auc_test t;
    assert_int_equal(ct_metrics_roc_auc_test(y, s, 12, &t), CT_OK);
    assert_rel(t.auc, 28.0 / 35, 1e-12);
    assert_true(t.auc < d && t.at_chance == 1);
    y[0] = 0;
    y[1] = 1;
    assert_int_equal(ct_metrics_roc_auc_test(y, s, 12, &t), CT_OK);
    assert_true(t.auc > d && t.at_chance == 0);
    assert_true(isnan(ct_metrics_roc_auc_detectable(0, 7, 0.05)));
    assert_true(isnan(ct_metrics_roc_auc_detectable(5, 7, 0)));
    /* many rows: the bound comes close to 1/2 */
    assert_true(ct_metrics_roc_auc_detectable(2000, 2000, 0.05) < 0.52);
}

/* The "too few rows to tell" rule shared by train, evaluate and the report:
 * the bound above CT_AUC_USEFUL_MIN (0.6). /usr/bin/python3, the formula
 * above: 30 and 30 -> 0.6241731524015683 (too few), 45 and 45 ->
 * 0.6009041068068541 (too few), 50 and 50 -> 0.595639315599606 (enough).
 * ct_metrics_roc_auc_test carries the bound and the rule for its rows.
 * Added 2026-12-05 (tests/cli/evaluate_chance_too_few_rows). */
static void test_auc_too_few(void **state)
{
    (void)state;
    assert_rel(ct_metrics_roc_auc_detectable(30, 30, 0.05), 0.6241731524015683, 1e-9);
    assert_int_equal(ct_metrics_roc_auc_too_few(30, 30, 0.05), 1);
    assert_int_equal(ct_metrics_roc_auc_too_few(45, 45, 0.05), 1);
    assert_int_equal(ct_metrics_roc_auc_too_few(50, 50, 0.05), 0);
    assert_int_equal(ct_metrics_roc_auc_too_few(0, 50, 0.05), 0);
    assert_int_equal(ct_metrics_roc_auc_too_few(5, 7, 1), 0);
    ct_auc_test t;
    assert_int_equal(ct_metrics_roc_auc_test(ys, ss, NS, &t), CT_OK);
    size_t np = 0;
    for (size_t i = 0; i < NS; i++)
        np += ys[i] != 0;
    assert_rel(t.detectable, ct_metrics_roc_auc_detectable(np, NS - np, CT_AUC_CHANCE_ALPHA),
               1e-12);
    assert_int_equal(t.too_few, 1);
    static const double ones[] = {1, 1, 1}, flat[] = {0.5, 0.5, 0.5};
    assert_int_equal(ct_metrics_roc_auc_test(ones, flat, 3, &t), CT_OK);
    assert_true(isnan(t.detectable) && t.too_few == 0);
}

/* The no-information rate is the majority class's share, max(npos, nneg)/n,
 * the accuracy of always predicting it: sklearn 1.2
 *   y = [0]*4602 + [1]*318
 *   DummyClassifier(strategy='most_frequent').fit(y[:, None], y).score(y[:, None], y)
 *   -> 0.9353658536585366 (= 4602/4920).
 * max(p, 1 - p) from p = 318/4920 rounds to 0.9353658536585365, one unit in
 * the last place below the accuracy of predicting every row negative (the
 * held-out split of `claimtriage synth --rows 20000 --seed 99 --noise 0.05`
 * in regress). */
static void test_nir_majority_share(void **state)
{
    (void)state;
    enum { NEG = 4602, POS = 318, N = NEG + POS };
    double *y = malloc(N * sizeof *y), *s = malloc(N * sizeof *s);
    assert_non_null(y);
    assert_non_null(s);
    for (size_t i = 0; i < N; i++) {
        y[i] = i < NEG ? 0.0 : 1.0;
        s[i] = 0.1;
    }
    ct_metrics_binary m;
    assert_int_equal(ct_metrics_binary_compute(y, s, N, 0.5, &m, NULL), CT_OK);
    assert_true(m.nir == 0.9353658536585366);
    assert_true(m.nir == m.accuracy);
    free(y);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_sklearn),
        cmocka_unit_test(test_auc_too_few),
        cmocka_unit_test(test_auc_brute_force_and_consistency),
        cmocka_unit_test(test_split_stratified),
        cmocka_unit_test(test_all_metrics_sklearn),
        cmocka_unit_test(test_reliability_sklearn),
        cmocka_unit_test(test_average_precision_brute),
        cmocka_unit_test(test_undefined_cases),
        cmocka_unit_test(test_metric_names),
        cmocka_unit_test(test_reliability_exact_zero),
        cmocka_unit_test(test_auc_chance_scipy),
        cmocka_unit_test(test_auc_detectable),
        cmocka_unit_test(test_nir_majority_share),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
