/* test_calibrate.c — Platt scaling and isotonic calibration against
 * scikit-learn 1.2.1 (Debian's python3-sklearn, /usr/bin/python3; the script
 * is tests/unit/ref_calibrate.py), the exact Platt optimum, save/load round
 * trips and rejected files. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rng = np.random.RandomState(3); y = (rng.rand(30) < 0.4);
 * F = np.round(rng.randn(30) + 1.5*y, 1); F[5] = F[6];
 * F[7] = 0.5; F[8] = 0.5 + 1e-16; F[9] = 0.5 + 2e-15; y[7], y[8], y[9] = 1, 0, 1 */
static const double Y[] = {0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0,
                           0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0};
static const double F[] = {-0.8,
                           -0.2,
                           2.2,
                           2.0,
                           -1.2,
                           0.7,
                           0.7,
                           0.5,
                           0.5000000000000001,
                           0.500000000000002,
                           2.6,
                           -0.1,
                           -1.6,
                           2.1,
                           -0.4,
                           -1.7,
                           0.9,
                           -0.6,
                           0.6,
                           0.0,
                           -0.7,
                           -0.3,
                           1.0,
                           2.4,
                           1.1,
                           1.1,
                           3.0,
                           0.4,
                           2.3,
                           -1.9};
#define N 30

static ct_calibrator *fit(ct_calib_method m, const double *w)
{
    ct_calib_options o = ct_calib_options_default();
    o.method = m;
    ct_calibrator *c = NULL;
    ct_diag d;
    assert_int_equal(ct_calib_fit(&o, F, Y, w, N, &c, &d), CT_OK);
    assert_non_null(c);
    return c;
}

/* a, b = sklearn.calibration._sigmoid_calibration(F, y)
 *   -> -0.9602050327514806 0.8258308213674287 (fmin_bfgs, gtol 1e-5)
 * Newton on the same objective to a gradient of 3e-16 (ref_calibrate.py):
 *   -> -0.9602050366501692 0.8258307763110405
 * _SigmoidCalibration().fit(F, y).predict([-3, -0.25, 0, 0.5, 1, 2.2, 5]) ->
 *   0.023975717471062197 0.25618698723898137 0.30452734205853976
 *   0.41441867783778874 0.5335430956524564 0.7835745821856323
 *   0.9815703759765217 */
static void test_platt_sklearn(void **state)
{
    (void)state;
    ct_calibrator *c = fit(CT_CALIB_PLATT, NULL);
    double a, b;
    int it;
    ct_calib_platt(c, &a, &b, &it);
    assert_rel(a, -0.9602050366501692, 1e-10); /* the exact optimum */
    assert_rel(b, 0.8258307763110405, 1e-10);
    assert_rel(a, -0.9602050327514806, 1e-7); /* sklearn's BFGS stop */
    assert_rel(b, 0.8258308213674287, 1e-6);
    assert_true(it >= 1 && it < 30);
    static const double s[] = {-3, -0.25, 0, 0.5, 1, 2.2, 5};
    static const double want[] = {0.023975717471062197, 0.25618698723898137, 0.30452734205853976,
                                  0.41441867783778874,  0.5335430956524564,  0.7835745821856323,
                                  0.9815703759765217};
    double p[7];
    ct_calib_apply(c, s, 7, p);
    for (int i = 0; i < 7; i++)
        assert_rel(p[i], want[i], 1e-7);
    assert_int_equal(ct_calib_method_of(c), CT_CALIB_PLATT);
    assert_int_equal(ct_calib_isotonic_knots(c, NULL, NULL), 0);
    ct_calib_destroy(c);
}

/* Platt's objective depends on the line A s + B only, so scores shifted
 * and shrunk, 0.0225 + F * 1e-12 (boosting's log-odds at learning_rate
 * 1e-14), have the same optimum in the new units: A / 1e-12 and the same
 * calibrated probabilities. Fitted on the raw scores, the Newton system's
 * determinant sank below rounding, A stayed 0 and train refused the
 * calibration as if the rows ranked claims at chance. (0.0225 + F * 1e-12
 * keeps F to about 3e-6 relative: the tolerance.) */
static void test_platt_scale_free(void **state)
{
    (void)state;
    ct_calibrator *c = fit(CT_CALIB_PLATT, NULL), *c2 = NULL;
    double g[N];
    for (int i = 0; i < N; i++)
        g[i] = 0.0225 + F[i] * 1e-12;
    ct_calib_options o = ct_calib_options_default();
    assert_int_equal(ct_calib_fit(&o, g, Y, NULL, N, &c2, NULL), CT_OK);
    double a, b, a2, b2;
    int it;
    ct_calib_platt(c, &a, &b, &it);
    ct_calib_platt(c2, &a2, &b2, &it);
    assert_rel(a2 * 1e-12, a, 1e-4);
    double p[N], p2[N];
    ct_calib_apply(c, F, N, p);
    ct_calib_apply(c2, g, N, p2);
    for (int i = 0; i < N; i++)
        assert_rel(p2[i], p[i], 1e-4);
    ct_calib_destroy(c);
    ct_calib_destroy(c2);
}

/* w = 0.5 + (np.arange(30) % 4) * 0.25;
 * _sigmoid_calibration(F, y, sample_weight=w) -> -0.9287744309897368
 * 0.7740584780170319 (BFGS stop: compared at 1e-6) */
static void test_platt_weighted(void **state)
{
    (void)state;
    double w[N];
    for (int i = 0; i < N; i++)
        w[i] = 0.5 + (i % 4) * 0.25;
    ct_calibrator *c = fit(CT_CALIB_PLATT, w);
    double a, b;
    ct_calib_platt(c, &a, &b, NULL);
    assert_rel(a, -0.9287744309897368, 1e-6);
    assert_rel(b, 0.7740584780170319, 1e-6);
    ct_calib_destroy(c);
}

/* ir = IsotonicRegression(out_of_bounds='clip').fit(F, y):
 *   X_thresholds_ [-1.9, -0.8, -0.7, 0.0, 0.4, 2.0, 2.1, 3.0]
 *   y_thresholds_ [0, 0, 1/7, 1/7, 0.5, 0.5, 1, 1]
 *   predict([-9, -1.9, -0.3, 0, 0.5, 0.75, 1.15, 3, 9])
 *     -> [0, 0, 1/7, 1/7, 0.5, 0.5, 0.5, 1, 1]
 *   predict([0.2, 0.3, 2.05, 2.09]) -> 0.3214285714285714
 *     0.4107142857142857 0.7499999999999989 0.9499999999999988 (bit for bit) */
/* Scores that hold one value (a constant model: boosting with gamma=1e300,
 * lr on constant features) leave Platt's slope undefined: A = 0, and B
 * the intercept-only optimum, P = the mean of Platt's targets. Newton
 * drifted along the line of optima to A = -7e10, B = 8e8 before
 * 2026-12-02 (and train applied it). Weighted too. */
static void test_platt_one_score(void **state)
{
    (void)state;
    const double s[6] = {0.198, 0.198, 0.198, 0.198, 0.198, 0.198};
    const double y[6] = {1, 0, 1, 1, 0, 1}, w[6] = {1, 2, 1, 1, 1, 3};
    ct_calib_options o = ct_calib_options_default();
    for (int weighted = 0; weighted < 2; weighted++) {
        ct_calibrator *c = NULL;
        assert_int_equal(ct_calib_fit(&o, s, y, weighted ? w : NULL, 6, &c, NULL), CT_OK);
        double a, b, p[1];
        int it;
        ct_calib_platt(c, &a, &b, &it);
        /* targets: (N+ + 1)/(N+ + 2) and 1/(N- + 2); unweighted N+ 4, N- 2:
         * mean (4 * 5/6 + 2 * 1/4) / 6; weighted N+ 6, N- 3: (6 * 7/8 + 3 * 1/5) / 9 */
        const double tbar = weighted ? (6 * 7.0 / 8 + 3 * 0.2) / 9 : (4 * 5.0 / 6 + 2 * 0.25) / 6;
        assert_true(a == 0);
        assert_rel(b, log((1 - tbar) / tbar), 1e-14);
        assert_int_equal(it, 0);
        ct_calib_apply(c, s, 1, p);
        assert_rel(p[0], tbar, 1e-14);
        ct_calib_destroy(c);
    }
}

static void test_isotonic_sklearn(void **state)
{
    (void)state;
    ct_calibrator *c = fit(CT_CALIB_ISOTONIC, NULL);
    const double *x, *y;
    assert_int_equal(ct_calib_isotonic_knots(c, &x, &y), 8);
    static const double wx[] = {-1.9, -0.8, -0.7, 0.0, 0.4, 2.0, 2.1, 3.0};
    static const double wy[] = {0.0, 0.0, 0.14285714285714285, 0.14285714285714285, 0.5, 0.5,
                                1.0, 1.0};
    for (int i = 0; i < 8; i++) {
        assert_true(x[i] == wx[i]);
        assert_true(y[i] == wy[i]);
    }
    static const double s[] = {-9.0, -1.9, -0.3, 0.0, 0.5,  0.75, 1.15,
                               3.0,  9.0,  0.2,  0.3, 2.05, 2.09};
    static const double want[] = {0.0,
                                  0.0,
                                  0.14285714285714285,
                                  0.14285714285714285,
                                  0.5,
                                  0.5,
                                  0.5,
                                  1.0,
                                  1.0,
                                  0.3214285714285714,
                                  0.4107142857142857,
                                  0.7499999999999989,
                                  0.9499999999999988};
    double p[13];
    ct_calib_apply(c, s, 13, p);
    for (int i = 0; i < 13; i++)
        assert_true(p[i] == want[i]);
    ct_calib_destroy(c);
}

/* IsotonicRegression(out_of_bounds='clip').fit(F, y, sample_weight=w):
 *   y_thresholds_ [0, 0, 0.08, 0.08, 0.5476190476190477, 0.5476190476190477, 1, 1] */
static void test_isotonic_weighted(void **state)
{
    (void)state;
    double w[N];
    for (int i = 0; i < N; i++)
        w[i] = 0.5 + (i % 4) * 0.25;
    ct_calibrator *c = fit(CT_CALIB_ISOTONIC, w);
    const double *x, *y;
    assert_int_equal(ct_calib_isotonic_knots(c, &x, &y), 8);
    static const double wy[] = {0.0, 0.0, 0.08, 0.08, 0.5476190476190477, 0.5476190476190477,
                                1.0, 1.0};
    for (int i = 0; i < 8; i++)
        assert_true(y[i] == wy[i]);
    ct_calib_destroy(c);
}

/* Ties within numpy's float64 resolution (1e-15) merge, wider ones do not:
 *   IsotonicRegression(out_of_bounds='clip').fit([0.5, 0.5000000000000001, 0.7], [0, 1, 1])
 *     knots x [0.5, 0.7], y [0.5, 1.0];
 *     predict([0.5, 0.5000000000000001, 0.500000000000002, 0.6, 0.7])
 *       -> 0.5 0.5000000000000003 0.500000000000005 0.75 1.0
 *   .fit([0.5, 0.500000000000002, 0.7], [0, 1, 1]): knots x [0.5,
 *     0.500000000000002, 0.7], y [0, 1, 1]; predict(same) -> 0.0
 *     0.05555555555555555 1.0 1.0 1.0 */
static void test_isotonic_ties(void **state)
{
    (void)state;
    const double y3[3] = {0, 1, 1};
    const double s[5] = {0.5, 0.5000000000000001, 0.500000000000002, 0.6, 0.7};
    const double x1[3] = {0.5, 0.5000000000000001, 0.7}, x2[3] = {0.5, 0.500000000000002, 0.7};
    const double want1[5] = {0.5, 0.5000000000000003, 0.500000000000005, 0.75, 1.0};
    const double want2[5] = {0.0, 0.05555555555555555, 1.0, 1.0, 1.0};
    ct_calib_options o = ct_calib_options_default();
    o.method = CT_CALIB_ISOTONIC;
    ct_calibrator *c;
    double p[5];
    assert_int_equal(ct_calib_fit(&o, x1, y3, NULL, 3, &c, NULL), CT_OK);
    assert_int_equal(ct_calib_isotonic_knots(c, NULL, NULL), 2);
    ct_calib_apply(c, s, 5, p);
    for (int i = 0; i < 5; i++)
        assert_true(p[i] == want1[i]);
    ct_calib_destroy(c);
    assert_int_equal(ct_calib_fit(&o, x2, y3, NULL, 3, &c, NULL), CT_OK);
    assert_int_equal(ct_calib_isotonic_knots(c, NULL, NULL), 3);
    ct_calib_apply(c, s, 5, p);
    for (int i = 0; i < 5; i++)
        assert_true(p[i] == want2[i]);
    ct_calib_destroy(c);
    /* one distinct score: a constant */
    const double one[4] = {2, 2, 2, 2}, y4[4] = {0, 1, 1, 0};
    assert_int_equal(ct_calib_fit(&o, one, y4, NULL, 4, &c, NULL), CT_OK);
    ct_calib_apply(c, s, 5, p);
    for (int i = 0; i < 5; i++)
        assert_true(p[i] == 0.5);
    ct_calib_destroy(c);
}

/* Write c to JSON, parse it, load it back, and apply both to a grid. */
static void round_trip(const ct_calibrator *c)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ct_json *w = ct_json_new(fp);
    assert_int_equal(ct_calib_save(c, w), CT_OK);
    assert_int_equal(ct_json_finish(w), CT_OK);
    fclose(fp);
    ct_json_doc *doc = NULL;
    assert_int_equal(ct_json_parse(buf, len, "calib", NULL, &doc, NULL), CT_OK);
    ct_calibrator *back = NULL;
    ct_diag d;
    assert_int_equal(ct_calib_load(ct_json_doc_root(doc), &back, &d), CT_OK);
    assert_int_equal(ct_calib_method_of(back), ct_calib_method_of(c));
    double s[201], p1[201], p2[201];
    for (int i = 0; i <= 200; i++)
        s[i] = -5.0 + i * 0.05;
    ct_calib_apply(c, s, 201, p1);
    ct_calib_apply(back, s, 201, p2);
    assert_memory_equal(p1, p2, sizeof p1);
    ct_calib_destroy(back);
    ct_json_doc_free(doc);
    free(buf);
}

static void test_save_load(void **state)
{
    (void)state;
    for (int m = CT_CALIB_NONE; m <= CT_CALIB_ISOTONIC; m++) {
        ct_calibrator *c = fit((ct_calib_method)m, NULL);
        round_trip(c);
        ct_calib_destroy(c);
    }
}

static ct_status load_text(const char *text, ct_diag *d)
{
    ct_json_doc *doc = NULL;
    assert_int_equal(ct_json_parse(text, strlen(text), "calib", NULL, &doc, NULL), CT_OK);
    ct_calibrator *c = NULL;
    ct_status s = ct_calib_load(ct_json_doc_root(doc), &c, d);
    if (s)
        assert_null(c);
    ct_calib_destroy(c);
    ct_json_doc_free(doc);
    return s;
}

static void test_load_rejects(void **state)
{
    (void)state;
    ct_diag d;
    static const char *const bad[] = {
        "[]",
        "{}",
        "{\"method\": 3}",
        "{\"method\": \"beta\"}",
        "{\"method\": \"platt\", \"a\": 1}",
        "{\"method\": \"platt\", \"a\": \"1\", \"b\": 2}",
        "{\"method\": \"isotonic\", \"x\": [1, 2], \"y\": [0.1]}",
        "{\"method\": \"isotonic\", \"x\": [], \"y\": []}",
        "{\"method\": \"isotonic\", \"x\": [2, 1], \"y\": [0.1, 0.2]}",
        "{\"method\": \"isotonic\", \"x\": [1, 1], \"y\": [0.1, 0.2]}",
        "{\"method\": \"isotonic\", \"x\": [1, 2], \"y\": [0.3, 0.2]}",
        "{\"method\": \"isotonic\", \"x\": [1, 2], \"y\": [0.3, 1.5]}",
        "{\"method\": \"isotonic\", \"x\": [1, null], \"y\": [0.3, 0.5]}",
        "{\"method\": \"isotonic\", \"x\": 1, \"y\": [0.3]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ct_status s = load_text(bad[i], &d);
        if (s != CT_EFORMAT)
            fail_msg("accepted or wrong status %d: %s", (int)s, bad[i]);
        assert_non_null(strstr(d.message, "calibration"));
    }
    /* (a non-finite number cannot reach us: the JSON reader rejects 1e400) */
    assert_int_equal(load_text("{\"method\": \"isotonic\", \"x\": [1], \"y\": [0.25]}", &d), CT_OK);
    assert_int_equal(load_text("{\"method\": \"none\"}", &d), CT_OK);
}

/* The isotonic tie-break (calibrate.h): the same knots as sklearn's, each
 * value within w of the plain map, strictly increasing over scores the
 * plain map ties (on a step, and beyond both end knots), the weight saved
 * and read back; w = 0 is the plain map bit for bit. */
static void test_isotonic_tie_break(void **state)
{
    (void)state;
    ct_calib_options o = ct_calib_options_default();
    o.method = CT_CALIB_ISOTONIC;
    o.tie_break = CT_CALIB_TIE_BREAK;
    ct_calibrator *c = NULL, *plain = fit(CT_CALIB_ISOTONIC, NULL);
    assert_int_equal(ct_calib_fit(&o, F, Y, NULL, N, &c, NULL), CT_OK);
    assert_true(ct_calib_tie_break(c) == CT_CALIB_TIE_BREAK && ct_calib_tie_break(plain) == 0);
    const double *x1, *y1, *x2, *y2;
    const size_t m = ct_calib_isotonic_knots(c, &x1, &y1);
    assert_int_equal(m, ct_calib_isotonic_knots(plain, &x2, &y2));
    assert_memory_equal(x1, x2, m * sizeof *x1);
    assert_memory_equal(y1, y2, m * sizeof *y1);
    /* -9 .. 9: below the first knot, on the steps at 0, 0.14, 0.5, 1, above */
    enum { K = 1801 };
    static double s[K], p[K], q[K];
    for (int i = 0; i < K; i++)
        s[i] = -9.0 + i * 0.01;
    ct_calib_apply(c, s, K, p);
    ct_calib_apply(plain, s, K, q);
    size_t ties = 0;
    for (int i = 0; i < K; i++) {
        assert_true(fabs(p[i] - q[i]) <= CT_CALIB_TIE_BREAK);
        assert_true(p[i] >= 0 && p[i] <= 1);
        if (i) {
            assert_true(p[i] > p[i - 1]);
            ties += q[i] == q[i - 1];
        }
    }
    assert_true(ties > 1000); /* the plain map's steps the tie-break separates */
    round_trip(c);
    ct_calib_destroy(c);
    /* invalid weights are refused, at fit and at load */
    o.tie_break = 0.5;
    assert_int_equal(ct_calib_fit(&o, F, Y, NULL, N, &c, NULL), CT_EINVAL);
    assert_null(c);
    ct_diag d;
    assert_int_equal(
        load_text("{\"method\": \"isotonic\", \"x\": [1], \"y\": [0.25], \"tie_break\": 1}", &d),
        CT_EFORMAT);
    assert_int_equal(load_text("{\"method\": \"isotonic\", \"x\": [1], \"y\": [0.25], "
                               "\"tie_break\": \"x\"}",
                               &d),
                     CT_EFORMAT);
    assert_int_equal(
        load_text("{\"method\": \"isotonic\", \"x\": [1], \"y\": [0.25], \"tie_break\": 1e-9}", &d),
        CT_OK);
    ct_calib_destroy(plain);
}

static void test_fit_rejects(void **state)
{
    (void)state;
    ct_calib_options o = ct_calib_options_default();
    ct_calibrator *c = (ct_calibrator *)1;
    ct_diag d;
    const double y0[3] = {0, 0, 0}, s3[3] = {1, 2, 3}, ybad[3] = {0, 2, 1};
    const double sinf[3] = {1, INFINITY, 3}, wneg[3] = {1, -1, 1};
    assert_int_equal(ct_calib_fit(&o, s3, y0, NULL, 3, &c, &d), CT_EINVAL);
    assert_null(c);
    assert_non_null(strstr(d.message, "one class"));
    assert_int_equal(ct_calib_fit(&o, s3, ybad, NULL, 3, &c, &d), CT_EINVAL);
    assert_int_equal(ct_calib_fit(&o, sinf, Y, NULL, 3, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 1"));
    assert_int_equal(ct_calib_fit(&o, s3, Y, wneg, 3, &c, &d), CT_EINVAL);
    assert_int_equal(ct_calib_fit(&o, s3, Y, NULL, 0, &c, &d), CT_EINVAL);
    o.tol = 0;
    assert_int_equal(ct_calib_fit(&o, s3, Y, NULL, 3, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "tolerance"));
    /* separable scores: Platt's targets keep the optimum finite */
    o = ct_calib_options_default();
    const double ys[4] = {0, 0, 1, 1}, ss[4] = {-2, -1, 1, 2};
    assert_int_equal(ct_calib_fit(&o, ss, ys, NULL, 4, &c, &d), CT_OK);
    double a, b;
    ct_calib_platt(c, &a, &b, NULL);
    assert_true(isfinite(a) && a < 0 && isfinite(b));
    ct_calib_destroy(c);
    ct_calib_method m;
    assert_int_equal(ct_calib_method_parse("isotonic", &m), CT_OK);
    assert_int_equal(m, CT_CALIB_ISOTONIC);
    assert_int_equal(ct_calib_method_parse("sigmoid", &m), CT_EINVAL);
}

/* Every allocation failure in fit is a clean CT_ENOMEM (no leak: ASan). */
static void test_alloc_failures(void **state)
{
    (void)state;
    for (int m = CT_CALIB_PLATT; m <= CT_CALIB_ISOTONIC; m++) {
        ct_calib_options o = ct_calib_options_default();
        o.method = (ct_calib_method)m;
        for (long k = 0;; k++) {
            ct_calibrator *c = NULL;
            ct_alloc_fail_after(k);
            ct_status s = ct_calib_fit(&o, F, Y, NULL, N, &c, NULL);
            ct_alloc_fail_after(-1);
            ct_calib_destroy(c);
            if (s == CT_OK)
                break;
            assert_int_equal(s, CT_ENOMEM);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_platt_sklearn),    cmocka_unit_test(test_platt_one_score),
        cmocka_unit_test(test_platt_weighted),   cmocka_unit_test(test_platt_scale_free),
        cmocka_unit_test(test_isotonic_sklearn), cmocka_unit_test(test_isotonic_weighted),
        cmocka_unit_test(test_isotonic_ties),    cmocka_unit_test(test_save_load),
        cmocka_unit_test(test_load_rejects),     cmocka_unit_test(test_fit_rejects),
        cmocka_unit_test(test_alloc_failures),   cmocka_unit_test(test_isotonic_tie_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
