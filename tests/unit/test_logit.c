/* test_logit.c — logistic regression against statsmodels 0.13.5, separation,
 * VIF, Box–Tidwell and influence.
 *
 * Reference values were produced with /usr/bin/python3 (pandas 1.5.3,
 * statsmodels 0.13.5) on the real file, cleaned as the course does:
 *   df = pd.read_csv(path); d = df.dropna().drop_duplicates()
 *   for c in ['video_like_count', 'video_comment_count']:
 *       q1, q3 = d[c].quantile(.25), d[c].quantile(.75)
 *       d.loc[d[c] > q3 + 1.5*(q3 - q1), c] = q3 + 1.5*(q3 - q1)
 *   X = pd.get_dummies(d[[video_duration_sec, claim_status, author_ban_status,
 *       video_view_count, video_share_count, video_download_count,
 *       video_comment_count]], columns=['claim_status', 'author_ban_status'])
 *       .drop(columns=['claim_status_claim', 'author_ban_status_active'])
 *   y = (d.verified_status == 'verified'); Xc = sm.add_constant(X.astype(float))
 *   r = sm.Logit(y, Xc).fit()
 *   r.params, r.bse, r.tvalues, r.pvalues, r.conf_int(), r.llf, r.llnull,
 *   r.llr_pvalue, r.prsquared, r.aic, r.bic;
 *   [variance_inflation_factor(Xc.values, i) for i in range(Xc.shape[1])]
 * reordered to our column order (const, duration, opinion, banned, under
 * review, views, shares, downloads, comments). */
#include "ct_test.h"

#include <math.h>
#include <string.h>

#define P 9
#define TOL 1e-6

static const double ref_params[P] = {
    -3.7529455921050965,   -0.0025311526999994864, 1.6952767480578805,
    -0.1785705442864207,   -0.11122556064714889,   -1.6344518874209217e-07,
    4.316558606113064e-06, -8.771504380604482e-05, 0.0004948480552601745};
static const double ref_bse[P] = {
    0.16340336347957085,   0.0018633616433233946, 0.15348711902466783,
    0.16079297984384613,   0.12443389413186148,   2.965878665610134e-07,
    2.164311999037477e-06, 4.627856966800931e-05, 0.00032622833594127124};
static const double ref_z[P] = {-22.967370512996204, -1.358379737539866,  11.045075044932092,
                                -1.110561819675456,  -0.8938526068249875, -0.5510852167934813,
                                1.994425299140209,   -1.8953706744890828, 1.5168763738207547};
static const double ref_p[P] = {9.881348784878007e-117, 0.17434322037722016, 2.3157408562929976e-28,
                                0.26675700470182473,    0.3714007579459925,  0.5815752589530494,
                                0.04610559601947234,    0.05804331098961126, 0.1292978997030202};
static const double ref_lo[P] = {
    -4.073210299477763,    -0.00618327441108671,    1.394447522678719,
    -0.49371899374723394,  -0.3551115116016674,     -7.447467254532498e-07,
    7.458503669172059e-08, -0.00017841937361137082, -0.00014454773392115082};
static const double ref_hi[P] = {
    -3.43268088473243,     0.001120969011087737,   1.996105973437042,
    0.13657790517439258,   0.1326603903073696,     4.178563479690655e-07,
    8.558532175534407e-06, 2.9892859992811913e-06, 0.0011342438444414999};
static const double ref_vif[P] = {13.529281611372381, 1.001333538817321,  2.7646901316803008,
                                  1.083291103129158,  1.0642807150023825, 3.5941062782339395,
                                  2.202518266389047,  3.0360696429322696, 3.212646036012096};
/* Class-weighted fit, weights n/(2 n_c):
 *   sm.GLM(y, Xc, family=sm.families.Binomial(), freq_weights=w).fit().params, .llf */
static const double ref_wparams[P] = {
    -1.0511951493036056,   -0.0022348213440499583, 1.6905655245506297,
    -0.25534897197644535,  -0.1606695816657406,    -1.7478001599952017e-07,
    4.590496390418536e-06, -8.871784001940444e-05, 0.0005072082244199798};

/* Fit on a row-major array (n × p), as a column-major matrix of copies. */
static ct_status fit_rows(const double *x, const double *y, size_t n, size_t p,
                          const ct_logit_params *par, ct_logit **m, ct_diag *dg)
{
    ct_matrix *xm = NULL;
    *m = NULL;
    if (ct_matrix_from_rows(x, n, p, &xm) != CT_OK)
        return CT_ENOMEM;
    ct_status s = ct_logit_fit(xm, y, par, m, dg);
    ct_matrix_free(xm);
    return s;
}

static ct_design *real_design(ct_frame **frame)
{
    const char *path = ct_test_data_path();
    if (!path)
        return NULL;
    ct_frame *f = NULL;
    ct_load_options lo = ct_load_options_default();
    assert_int_equal(ct_frame_load(path, &lo, &f, NULL, NULL), CT_OK);
    ct_design_options o;
    ct_reports_regress_options(&o, NULL);
    ct_design *d = NULL;
    ct_diag dg;
    assert_int_equal(ct_design_build(f, &o, &d, &dg), CT_OK);
    *frame = f; /* the design may borrow frame columns: destroyed after it */
    return d;
}

static void test_real_matches_statsmodels(void **state)
{
    (void)state;
    ct_frame *f = NULL;
    ct_design *d = real_design(&f);
    if (!d)
        skip();
    assert_int_equal(d->p, P);
    ct_logit_params par = ct_logit_params_default();
    ct_logit *m = NULL;
    assert_int_equal(ct_logit_fit(d->x, d->y, &par, &m, NULL), CT_OK);
    assert_int_equal(m->n, 19084);
    assert_int_equal(m->df_model, 8);
    assert_int_equal(m->df_resid, 19075);
    for (size_t j = 0; j < P; j++) {
        assert_rel(m->beta[j], ref_params[j], TOL);
        assert_rel(m->se[j], ref_bse[j], TOL);
        assert_rel(m->z[j], ref_z[j], TOL);
        assert_rel(m->pvalue[j], ref_p[j], TOL);
        assert_rel(m->ci_lo[j], ref_lo[j], TOL);
        assert_rel(m->ci_hi[j], ref_hi[j], TOL);
    }
    assert_rel(m->ll, -4176.259469025058, TOL);
    assert_rel(m->ll_null, -4481.289920195601, TOL);
    assert_rel(m->llr_pvalue, 1.607366316358771e-126, TOL);
    assert_rel(m->prsquared, 0.06806755568209888, TOL);
    assert_rel(m->aic, 8370.518938050116, TOL);
    assert_rel(m->bic, 8441.22838814984, TOL);
    assert_rel(m->z_crit, 1.959963984540054, 1e-15); /* scipy.stats.norm.ppf(0.975) */
    double vif[P];
    assert_int_equal(ct_logit_vif(d->x, vif, NULL), CT_OK);
    for (size_t j = 0; j < P; j++)
        assert_rel(vif[j], ref_vif[j], TOL);

    /* Influence, as sm.GLM(y, Xc, family=Binomial()).fit().get_influence():
     * the three largest cooks_distance[0] at pandas index 6186, 1900, 169,
     * with hat_matrix_diag and resid_studentized; counts h > 2k/n: 1854,
     * cooks > 4/n: 597, |resid_studentized| > 3: 362. */
    double *h = ct_malloc(d->n * sizeof *h), *c = ct_malloc(d->n * sizeof *c),
           *rs = ct_malloc(d->n * sizeof *rs);
    assert_int_equal(ct_logit_influence(m, d->x, d->y, h, c, rs), CT_OK);
    size_t nh = 0, nc = 0, nr = 0, top = 0;
    for (size_t i = 0; i < d->n; i++) {
        nh += h[i] > 2.0 * P / (double)d->n;
        nc += c[i] > 4.0 / (double)d->n;
        nr += fabs(rs[i]) > 3;
        if (c[i] > c[top])
            top = i;
    }
    assert_int_equal(nh, 1854);
    assert_int_equal(nc, 597);
    assert_int_equal(nr, 362);
    assert_int_equal(d->rows[top], 6186);
    assert_rel(c[top], 0.017959795725514833, TOL);
    assert_rel(h[top], 0.0020543027965957096, TOL);
    assert_rel(rs[top], 8.861213028681819, TOL);
    ct_free(h);
    ct_free(c);
    ct_free(rs);
    ct_logit_free(m);
    ct_design_free(d);
    ct_frame_destroy(f);
}

static void test_real_box_tidwell(void **state)
{
    (void)state;
    ct_frame *f = NULL;
    ct_design *d = real_design(&f);
    if (!d)
        skip();
    /* Xb = Xc plus, per continuous c, (x + 1 if (x == 0).any() else x)·ln(·)
     * named c + '_xlnx'; sm.Logit(y, Xb).fit().pvalues of the added terms. */
    static const double ref[] = {0.1293705013700197, 0.6234440091760891, 0.07133778677874185,
                                 0.10143840540246074, 0.2076145059458252};
    static const size_t col[] = {1, 5, 6, 7, 8};
    static const int shifted_ref[] = {0, 0, 1, 1, 1};
    int test[P], shifted[P], app[P];
    double pv[P];
    for (size_t j = 0; j < P; j++)
        test[j] = ct_encoder_column(d->enc, j)->kind == CT_ENCODER_NUMERIC;
    ct_logit_params par = ct_logit_params_default();
    assert_int_equal(
        ct_logit_box_tidwell(d->x, d->y, test, &par, pv, NULL, shifted, app, NULL, NULL), CT_OK);
    for (size_t k = 0; k < 5; k++) {
        assert_true(app[col[k]]);
        assert_int_equal(shifted[col[k]], shifted_ref[k]);
        assert_rel(pv[col[k]], ref[k], TOL);
    }
    assert_true(isnan(pv[0]) && isnan(pv[2]));
    ct_design_free(d);
    ct_frame_destroy(f);
}

/* A numeric column with two values (a 0/1 flag): on two points x·ln x is
 * affine in x, so its Box-Tidwell term duplicates the constant and the flag
 * and the refit was singular (the check said "refit failed ... check for
 * separation"); statsmodels gives nan for both terms' se. It is now left
 * out as linear by construction, and the other column is still tested:
 *   n = 200; i = np.arange(n); x = 1 + (i*37 % 101)/10; flag = ((i*13) % 7 < 3)
 *   y = ((i*29) % 11 < 3 + 2*flag + (x > 6))
 *   sm.Logit(y, [1, x, flag, x*ln x]).fit().pvalues[3] */
static void test_box_tidwell_two_values(void **state)
{
    (void)state;
    enum { N = 200 };
    static double one[N], x[N], flag[N], y[N];
    for (size_t i = 0; i < N; i++) {
        one[i] = 1;
        x[i] = 1 + (double)(i * 37 % 101) / 10.0;
        flag[i] = (i * 13) % 7 < 3;
        y[i] = (double)((i * 29) % 11) < 3 + 2 * flag[i] + (x[i] > 6);
    }
    ct_matrix *m = NULL;
    assert_int_equal(ct_matrix_create(N, 3, &m), CT_OK);
    ct_matrix_col_borrow(m, 0, one);
    ct_matrix_col_borrow(m, 1, x);
    ct_matrix_col_borrow(m, 2, flag);
    const int test[3] = {0, 1, 1};
    int shifted[3], app[3];
    double pv[3];
    ct_logit_params par = ct_logit_params_default();
    assert_int_equal(ct_logit_box_tidwell(m, y, test, &par, pv, NULL, shifted, app, NULL, NULL),
                     CT_OK);
    assert_int_equal(app[0], CT_BT_NOT_ASKED);
    assert_int_equal(app[1], CT_BT_TESTED);
    assert_int_equal(app[2], CT_BT_TWO_VALUES);
    assert_rel(pv[1], 6.762854418179206e-05, TOL);
    assert_true(isnan(pv[2]));
    ct_matrix_free(m);
}

static void test_real_weighted(void **state)
{
    (void)state;
    ct_frame *f = NULL;
    ct_design *d = real_design(&f);
    if (!d)
        skip();
    double *w = ct_malloc(d->n * sizeof *w);
    double wp = (double)d->n / (2.0 * (double)d->npositive),
           wn = (double)d->n / (2.0 * (double)(d->n - d->npositive));
    for (size_t i = 0; i < d->n; i++)
        w[i] = d->y[i] != 0 ? wp : wn;
    ct_logit_params par = ct_logit_params_default();
    par.weights = w;
    ct_logit *m = NULL;
    assert_int_equal(ct_logit_fit(d->x, d->y, &par, &m, NULL), CT_OK);
    for (size_t j = 0; j < P; j++)
        assert_rel(m->beta[j], ref_wparams[j], TOL);
    assert_rel(m->ll, -11854.407070181462, TOL);
    assert_true(m->weighted);
    ct_logit_free(m);
    ct_free(w);
    ct_design_free(d);
    ct_frame_destroy(f);
}

/* y = 1 exactly when x > 0: complete separation by x alone. */
static void test_separation_univariate(void **state)
{
    (void)state;
    enum { N = 20 };
    double x[N * 2], y[N];
    for (size_t i = 0; i < N; i++) {
        x[2 * i] = 1;
        x[2 * i + 1] = (double)i - 9.5;
        y[i] = i >= 10;
    }
    const char *names[] = {"const", "views"};
    ct_logit_params par = ct_logit_params_default();
    par.names = names;
    ct_logit *m = NULL;
    ct_diag dg;
    ct_diag_clear(&dg);
    assert_int_equal(fit_rows(x, y, N, 2, &par, &m, &dg), CT_ESEPARATION);
    assert_null(m);
    assert_non_null(strstr(dg.message, "complete separation"));
    assert_non_null(strstr(dg.message, "'views' alone"));
    /* the kind beside the words (claimtriage/logit.h), for callers that
     * act on it; ct_diag_set resets it */
    assert_int_equal(dg.kind, CT_LOGIT_SEP_ONE_PREDICTOR);
    assert_string_equal(ct_logit_separation_name(dg.kind), "one_predictor");
    assert_int_equal(ct_logit_separation_from_name("one_predictor"), CT_LOGIT_SEP_ONE_PREDICTOR);
    assert_int_equal(ct_logit_separation_from_name("alone"), CT_LOGIT_SEP_UNKNOWN);
    assert_null(ct_logit_separation_name(CT_LOGIT_SEP_UNKNOWN));
    assert_null(ct_logit_separation_name(99));
    ct_diag_set(&dg, CT_EDATA, NULL, 0, 0, "another failure");
    assert_int_equal(dg.kind, 0);
}

/* y = 1 exactly when a + b > 0, neither a nor b separating alone. */
static void test_separation_joint(void **state)
{
    (void)state;
    enum { N = 40 };
    double x[N * 3], y[N];
    for (size_t i = 0; i < N; i++) {
        double a = (double)(i % 8) - 3.5, b = (double)((i * 5) % 7) - 3.0;
        if (fabs(a + b) < 0.25)
            b += 0.5;
        x[3 * i] = 1;
        x[3 * i + 1] = a;
        x[3 * i + 2] = b;
        y[i] = a + b > 0;
    }
    const char *names[] = {"const", "a", "b"};
    ct_logit_params par = ct_logit_params_default();
    par.names = names;
    ct_logit *m = NULL;
    ct_diag dg;
    ct_diag_clear(&dg);
    assert_int_equal(fit_rows(x, y, N, 3, &par, &m, &dg), CT_ESEPARATION);
    assert_null(m);
    assert_null(strstr(dg.message, "alone"));
    assert_non_null(strstr(dg.message, "'a'"));
    assert_non_null(strstr(dg.message, "'b'"));
    assert_int_equal(dg.kind, CT_LOGIT_SEP_COMBINATION);
}

/* An all-zero column: its VIF is undefined (statsmodels' nan) and the
 * others' are those of the design without it, as statsmodels'
 * variance_inflation_factor gives them (X = [1, i, 0, i*i mod 7], i < 10:
 * 4.454991816693945, 1.0306873977086743, nan, 1.0306873977086741); before
 * 2026-12-04 every VIF was infinite. */
static void test_vif_zero_column(void **state)
{
    (void)state;
    enum { N = 10 };
    double x[N * 4];
    for (size_t i = 0; i < N; i++) {
        x[4 * i] = 1;
        x[4 * i + 1] = (double)i;
        x[4 * i + 2] = 0;
        x[4 * i + 3] = (double)((i * i) % 7);
    }
    double vif[4];
    ct_matrix *xm = NULL;
    assert_int_equal(ct_matrix_from_rows(x, N, 4, &xm), CT_OK);
    assert_int_equal(ct_logit_vif(xm, vif, NULL), CT_OK);
    ct_matrix_free(xm);
    assert_rel(vif[0], 4.454991816693945, 1e-12);
    assert_rel(vif[1], 1.0306873977086743, 1e-12);
    assert_true(isnan(vif[2]));
    assert_rel(vif[3], 1.0306873977086741, 1e-12);
}

static void test_collinear_and_bad_input(void **state)
{
    (void)state;
    enum { N = 12 };
    double x[N * 3], y[N];
    for (size_t i = 0; i < N; i++) {
        x[3 * i] = 1;
        x[3 * i + 1] = (double)(i % 5);
        x[3 * i + 2] = 2.0 * (double)(i % 5); /* = 2 × column 1 */
        y[i] = (i % 3) == 0;
    }
    ct_logit_params par = ct_logit_params_default();
    ct_logit *m = NULL;
    assert_int_equal(fit_rows(x, y, N, 3, &par, &m, NULL), CT_ENUMERIC);
    double vif[3];
    ct_matrix *xm = NULL;
    assert_int_equal(ct_matrix_from_rows(x, N, 3, &xm), CT_OK);
    assert_int_equal(ct_logit_vif(xm, vif, NULL), CT_OK);
    ct_matrix_free(xm);
    assert_true(vif[1] > 1e10);
    y[0] = 2;
    assert_int_equal(fit_rows(x, y, N, 2, &par, &m, NULL), CT_EINVAL);
    for (size_t i = 0; i < N; i++)
        y[i] = 0;
    assert_int_equal(fit_rows(x, y, N, 2, &par, &m, NULL), CT_EINVAL);
    assert_int_equal(fit_rows(x, y, 2, 3, &par, &m, NULL), CT_EINVAL);
    par.ci_level = 1.5;
    assert_non_null(ct_logit_params_check(&par));
    assert_null(m);
}

/* A fit stopped by max_iter: the message states the fact, the advice is
 * in the hint, which a caller without a step limit replaces (before
 * 2026-12-04 the message told regress's users to "raise max_iter", an
 * option regress does not have). */
static void test_no_convergence_hint(void **state)
{
    (void)state;
    enum { N = 12 };
    static const double xv[N] = {0.5, 1.2, 3.3, 0.1, 2.2, 4.0, 2.9, 1.1, 3.7, 0.3, 2.5, 1.9};
    static const double yv[N] = {0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1};
    double x[N * 2], y[N];
    for (size_t i = 0; i < N; i++) {
        x[2 * i] = 1;
        x[2 * i + 1] = xv[i];
        y[i] = yv[i];
    }
    ct_logit_params par = ct_logit_params_default();
    par.max_iter = 1;
    ct_logit *m = NULL;
    ct_diag d;
    assert_int_equal(fit_rows(x, y, N, 2, &par, &m, &d), CT_ENOCONVERGE);
    assert_null(m);
    assert_non_null(strstr(d.message, "no convergence after 1 Newton steps"));
    assert_null(strstr(d.message, "max_iter"));
    assert_non_null(strstr(d.hint, "raise max_iter"));
}

/* A fit whose log-likelihood has converged but moves in rounding (columns
 * near 1e14 at r = 0.999999999, their terms cancelling), held to
 * tolerances it cannot meet: the failure names the rounding and the
 * design's condition number, not a step limit (before 2026-12-04: "no
 * convergence after 100 Newton steps"; tests/cli/regress_bt_rounding_converges). */
static void test_no_convergence_rounding(void **state)
{
    (void)state;
    enum { N = 40 };
    double x[N * 3], y[N];
    for (size_t i = 0; i < N; i++) {
        const double a = 1e14 * (1 + 0.3 * sin((double)i));
        x[3 * i] = 1;
        x[3 * i + 1] = a;
        x[3 * i + 2] = a + 1e9 * cos(3.0 * (double)i);
        y[i] = (i * 7 % 5) < 2 + (a > 1e14);
    }
    ct_logit_params par = ct_logit_params_default();
    par.ll_tol = 1e-300;
    par.decrement_tol = 1e-300;
    par.beta_tol = 1e-300;
    ct_logit *m = NULL;
    ct_diag d;
    assert_int_equal(fit_rows(x, y, N, 3, &par, &m, &d), CT_ENOCONVERGE);
    assert_null(m);
    assert_non_null(strstr(d.message, "cannot settle in double precision"));
    assert_non_null(strstr(d.message, "condition number"));
    assert_null(strstr(d.hint, "max_iter"));
}

/* A small fit checked against statsmodels, then walked through every
 * allocation failure. */
static void test_small_and_alloc_failures(void **state)
{
    (void)state;
    enum { N = 12 };
    static const double xv[N] = {0.5, 1.2, 3.3, 0.1, 2.2, 4.0, 2.9, 1.1, 3.7, 0.3, 2.5, 1.9};
    static const double yv[N] = {0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1};
    double x[N * 2];
    for (size_t i = 0; i < N; i++) {
        x[2 * i] = 1;
        x[2 * i + 1] = xv[i];
    }
    ct_logit_params par = ct_logit_params_default();
    ct_logit *m = NULL;
    assert_int_equal(fit_rows(x, yv, N, 2, &par, &m, NULL), CT_OK);
    /* x, y as above: sm.Logit(y, sm.add_constant(x)).fit(): params, bse, llf */
    assert_rel(m->beta[0], -2.165901731128826, TOL);
    assert_rel(m->beta[1], 1.0993671680540569, TOL);
    assert_rel(m->se[0], 1.4327941521507315, TOL);
    assert_rel(m->se[1], 0.6357738072345888, TOL);
    assert_rel(m->ll, -6.200742187360376, TOL);
    ct_logit_free(m);
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = fit_rows(x, yv, N, 2, &par, &m, NULL);
        ct_alloc_fail_after(-1);
        if (s == CT_OK) {
            ct_logit_free(m);
            break;
        }
        assert_int_equal(s, CT_ENOMEM);
        assert_null(m);
    }
}

/* Fits are reentrant: two fits on two OpenMP threads at once (GSL's error
 * handler is set once per process, no state is shared) give bit for bit
 * what a serial fit gives, including a failing one (separation). */
static void test_parallel_fits(void **state)
{
    (void)state;
    enum { NR = 3000, NP = 4 };
    double *x = ct_malloc(NR * NP * sizeof *x), *y = ct_malloc(NR * sizeof *y);
    uint64_t s = 88172645463325252ull; /* xorshift64, Marsaglia 2003 */
    for (size_t i = 0; i < NR; i++) {
        x[i * NP] = 1;
        double eta = -0.5;
        for (size_t j = 1; j < NP; j++) {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            x[i * NP + j] = (double)(s % 2000) / 1000.0 - 1.0;
            eta += (double)j * 0.7 * x[i * NP + j];
        }
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        y[i] = (double)(s % 1000) / 1000.0 < 1.0 / (1.0 + exp(-eta));
    }
    ct_matrix *xm = NULL;
    assert_int_equal(ct_matrix_from_rows(x, NR, NP, &xm), CT_OK);
    ct_logit_params par = ct_logit_params_default();
    ct_logit *serial = NULL;
    assert_int_equal(ct_logit_fit(xm, y, &par, &serial, NULL), CT_OK);
    ct_logit *m[4] = {NULL};
    ct_status st[4];
#pragma omp parallel for num_threads(2) schedule(static, 1)
    for (int k = 0; k < 4; k++)
        st[k] = ct_logit_fit(xm, y, &par, &m[k], NULL);
    for (int k = 0; k < 4; k++) {
        assert_int_equal(st[k], CT_OK);
        assert_memory_equal(m[k]->beta, serial->beta, NP * sizeof(double));
        assert_memory_equal(m[k]->cov, serial->cov, NP * NP * sizeof(double));
        assert_true(m[k]->ll == serial->ll);
        ct_logit_free(m[k]);
    }
    ct_logit_free(serial);
    ct_matrix_free(xm);
    ct_free(x);
    ct_free(y);
}

/* A count meets its noun in the singular when it is 1 (before 2026-12-06
 * "(1 rows, 1 coefficients)"; the separation messages' "1 of 41 rows gets":
 * tests/cli/regress_separation_hint). */
static void test_counts_singular(void **state)
{
    (void)state;
    const double x[] = {1}, y[] = {1};
    ct_logit_params par = ct_logit_params_default();
    ct_logit *m = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(fit_rows(x, y, 1, 1, &par, &m, &d), CT_EINVAL);
    assert_string_equal(d.message, "need more rows than coefficients (1 row, 1 coefficient)");
    assert_null(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_matches_statsmodels),
        cmocka_unit_test(test_real_box_tidwell),
        cmocka_unit_test(test_box_tidwell_two_values),
        cmocka_unit_test(test_real_weighted),
        cmocka_unit_test(test_separation_univariate),
        cmocka_unit_test(test_separation_joint),
        cmocka_unit_test(test_vif_zero_column),
        cmocka_unit_test(test_collinear_and_bad_input),
        cmocka_unit_test(test_no_convergence_hint),
        cmocka_unit_test(test_no_convergence_rounding),
        cmocka_unit_test(test_small_and_alloc_failures),
        cmocka_unit_test(test_parallel_fits),
        cmocka_unit_test(test_counts_singular),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
