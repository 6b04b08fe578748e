/* test_lr.c — the lr estimator against scikit-learn 1.2 (Debian
 * python3-sklearn, /usr/bin/python3): probabilities on a small sparse
 * design, with class weights, sample weights, 'balanced' and no intercept;
 * save -> load -> bit-identical predictions; contributions that sum to the
 * logit; the same bits on 1 and 2 threads; bad inputs and files.
 *
 * About the reference: LogisticRegression(tol=1e-10) (lbfgs) stops on
 * scipy's default ftol (the relative decrease of f), not on tol, so its
 * coefficients are not the optimum to 1e-10: its gradient norm is 3e-5 to
 * 2e-4 on these designs and its probabilities differ from the optimum's by
 * up to 9e-6. The exact reference is the same model solved by newton-cg
 * with tol=1e-14 (gradient norm <= 7e-8); ours must be within 1e-7 of that
 * and within 2e-5 of lbfgs's. */
#include "ct_test.h"
#include "models/lr_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rng = np.random.RandomState(3); X = np.round(rng.normal(size=(40, 6)), 2);
 * X[rng.rand(40, 6) < 0.5] = 0; y = rng.rand(40) < expit(X @ [1.5, -2, 0, .7, 0, 1] + .3);
 * sw = np.round(rng.uniform(0.5, 2.0, 40), 2) */
static const double Xd[40][6] = {
    {0.0, 0.0, 0.1, 0.0, -0.28, -0.35},    {-0.08, 0.0, -0.04, -0.48, -1.31, 0.88},
    {0.88, 1.71, 0.0, -0.4, -0.55, 0.0},   {0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
    {-1.02, -0.71, 0.63, 0.0, -0.77, 0.0}, {0.75, 1.98, -1.24, 0.0, -0.8, -2.42},
    {0.0, -1.02, 1.12, 0.0, 0.0, 0.65},    {0.0, -1.74, -0.6, -0.59, -0.87, 0.03},
    {0.0, -0.27, 0.0, 0.85, 0.0, 1.12},    {1.49, 0.0, 0.0, 0.0, 0.0, -1.91},
    {1.05, 1.33, 0.0, 0.0, 0.0, 0.15},     {0.15, -1.06, 0.0, 1.94, 0.0, 0.9},
    {0.0, 0.0, 0.0, 0.0, 0.0, 0.25},       {0.0, 1.39, -1.37, 0.24, 0.0, 0.0},
    {0.15, 0.0, 0.0, -0.89, 0.0, -0.97},   {0.0, 0.0, -0.96, 0.0, -0.57, 0.0},
    {0.68, -0.86, 0.0, 0.0, 0.0, 0.0},     {0.0, 0.56, 0.0, 0.0, -0.53, -0.73},
    {0.65, 0.31, 0.0, 0.0, -0.42, 0.0},    {-0.69, 0.49, 0.85, 0.49, 0.0, 1.34},
    {-0.68, 0.43, 0.0, 0.0, 0.0, 0.0},     {0.0, 0.28, -0.65, 0.0, 0.0, 1.91},
    {0.0, -0.52, 0.0, 0.0, -0.46, 0.86},   {-0.53, -1.68, 0.0, 0.09, 0.0, 1.24},
    {0.0, 0.73, 0.43, 0.0, 0.84, 0.49},    {-0.86, 1.07, 0.0, 0.06, 0.0, 0.42},
    {0.0, 0.0, -0.14, 0.0, -0.8, 0.0},     {0.0, -1.3, 0.0, 0.0, 0.0, 1.41},
    {0.0, 0.37, 0.86, 0.0, 0.0, -0.54},    {0.0, -1.62, 0.0, -0.14, 0.0, 0.63},
    {1.73, 0.69, 0.0, 0.0, -2.03, 0.0},    {-1.02, 0.0, 0.0, 0.0, -0.59, 0.0},
    {0.0, 0.0, 0.0, 0.0, 1.99, 1.2},       {0.0, 0.0, -0.32, 0.15, -0.02, 0.48},
    {0.0, 1.37, 0.0, -0.11, 0.39, -0.39},  {0.0, 1.91, -0.46, 1.99, 0.0, 0.25},
    {0.0, 0.02, 0.39, 0.0, -0.48, -0.17},  {0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
    {0.56, -0.29, 1.09, 0.64, -0.27, 0.0}, {2.81, 0.0, 0.0, -0.44, 0.0, 0.0},
};
static const double yv[40] = {1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1,
                              0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1};
static const double swv[40] = {0.62, 1.69, 1.4,  1.81, 1.7,  1.1,  0.7,  0.9,  0.5,  1.48,
                               0.63, 0.77, 0.87, 1.11, 1.53, 1.17, 1.26, 0.64, 1.01, 0.81,
                               1.61, 0.53, 1.43, 1.55, 1.26, 0.57, 0.88, 0.86, 0.9,  0.89,
                               1.96, 1.69, 1.84, 1.57, 1.02, 1.91, 1.23, 0.78, 1.59, 0.89};
static const double ref[8][40] = {
    /* LogisticRegression(C=1.0, tol=1e-10, max_iter=10000).fit(X, y) */
    {0.4001733861831922,  0.8402967707560249,   0.2021305613017731,  0.4945593725094721,
     0.6017924984889608,  0.009565347116187768, 0.862026628274474,   0.9255670628842171,
     0.8852314170647688,  0.1442700239366445,   0.31595790262337903, 0.9529462451284764,
     0.580797328788956,   0.21380524694681904,  0.1865504022026524,  0.6159085507066565,
     0.8050679556268304,  0.18766219690879493,  0.5477095987762369,  0.6767423904063781,
     0.27951449197426564, 0.9211400255814073,   0.8816411170172845,  0.9681669890634369,
     0.3310916435596426,  0.22712712632084658,  0.593525372926876,   0.970592531370527,
     0.19390923578071817, 0.940728359233654,    0.754933322222332,   0.4093033825630905,
     0.67621588525939,    0.6824749843629848,   0.08262205099272091, 0.19454592042845917,
     0.4608168337949031,  0.4945593725094721,   0.6593426107411362,  0.8289794300055182},
    /* the same with solver='newton-cg', tol=1e-14 (max |diff| from lbfgs 4.1e-06) */
    {0.4001725836020483,  0.8402970073945853,   0.20213035403220186, 0.4945595567507253,
     0.6017924756769066,  0.009565167695567664, 0.8620268790272241,  0.9255664191480483,
     0.8852325382394479,  0.14426728099040487,  0.31595814156182184, 0.9529466273517666,
     0.5807980057774857,  0.2138063548648522,   0.18654887773626994, 0.6159082928049199,
     0.8050671073458854,  0.18766134100624246,  0.5477088048039058,  0.6767461895043383,
     0.27951559633351,    0.9211413058439082,   0.8816415519141277,  0.96816724319459,
     0.3310939378839329,  0.22712923698692297,  0.5935247678663005,  0.9705927609384655,
     0.19390877299584697, 0.94072837573366,     0.7549307351538426,  0.409304183377201,
     0.676220004582712,   0.6824760926481546,   0.08262230527579215, 0.19454810922851365,
     0.46081613764680157, 0.4945595567507253,   0.6593418966654023,  0.8289774230132123},
    /* LogisticRegression(C=0.1, tol=1e-10, max_iter=10000, class_weight={0: 1, 1: 3}).fit(X, y, sample_weight=sw) */
    {0.652612548783492,  0.8424697645326957, 0.5334819042111905,  0.6968833080201395,
     0.7476595433622442, 0.1501127353754902, 0.8711979770320583,  0.8916677611695059,
     0.8605598118866147, 0.4811866350921945, 0.6075064933597885,  0.9020082578971923,
     0.7334574045453958, 0.4997458066235546, 0.5418778666304807,  0.7232225801313813,
     0.8295619961236697, 0.513991776702563,  0.7149805683977101,  0.7793957039632579,
     0.5869305972819492, 0.8855076441282478, 0.865445013346692,   0.9315107594124572,
     0.6370386797165756, 0.5493077192260601, 0.727952098212933,   0.9345580223085534,
     0.5481239533796123, 0.9085428558448293, 0.7889101601987861,  0.6510020874287092,
     0.7901418657910291, 0.7669325000149697, 0.40649011432563104, 0.46512774445283867,
     0.6852228519917892, 0.6968833080201395, 0.7727259808082011,  0.8459550950224253},
    /* the same with solver='newton-cg', tol=1e-14 (max |diff| from lbfgs 9.3e-06) */
    {0.6526175286561168, 0.8424713639421982,  0.5334862070805012,  0.6968871942957126,
     0.7476654234851565, 0.1501139099692932,  0.8712017460889127,  0.891668617753991,
     0.8605604054785846, 0.4811932536386493,  0.6075098709318726,  0.902008126269603,
     0.7334606630603834, 0.49974399912085476, 0.5418854332128967,  0.7232225714548572,
     0.8295642314279899, 0.5139973743783638,  0.7149836876255606,  0.7793997569883745,
     0.5869356537036238, 0.8855070013985586,  0.8654463222473523,  0.9315114312534404,
     0.6370444190446718, 0.5493122652461017,  0.7279548850203411,  0.9345585268097183,
     0.5481332664364688, 0.9085440586370374,  0.7889115004072522,  0.6510067550033255,
     0.7901442927670231, 0.7669339881960825,  0.40649569387777046, 0.46512671809827194,
     0.6852283408378058, 0.6968871942957126,  0.7727314260813694,  0.8459566175839971},
    /* LogisticRegression(C=10.0, tol=1e-10, max_iter=10000, class_weight='balanced').fit(X, y) */
    {0.2644752646789263,  0.9285158634266938,    0.11264867817819318, 0.41216057728831595,
     0.5132435758360481,  0.0006848687827593509, 0.9022096746771596,  0.9694794354408777,
     0.9602787257559772,  0.031620941038840625,  0.2381048676010309,  0.990545463856361,
     0.5607976854177444,  0.1510205169910377,    0.04979179032083768, 0.6716494695188382,
     0.8556869304066717,  0.06887408876456334,   0.5335659191923864,  0.7385536177711544,
     0.1458209588533894,  0.9845954526533773,    0.9509193752260837,  0.9929264270060352,
     0.20208272030236052, 0.12024589550996118,   0.598397758179528,   0.9945643270562781,
     0.05706917167818309, 0.9783409893260187,    0.873822004246515,   0.28928648444868843,
     0.7033125115003217,  0.7468495457030796,    0.0185536155440527,  0.14948382691570258,
     0.34570753748013106, 0.41216057728831595,   0.6345798267066962,  0.9080866890934943},
    /* the same with solver='newton-cg', tol=1e-14 (max |diff| from lbfgs 3.0e-06) */
    {0.26447597042789595, 0.9285155020523743,  0.11264829221422973,  0.41216173168617554,
     0.5132429639042145,  0.00068487664355245, 0.9022094375583636,   0.9694798884989534,
     0.9602784314751368,  0.03162136895290993, 0.23810443220093824,  0.9905453404253091,
     0.560798536313239,   0.15102140060455463, 0.04979263842215434,  0.6716511356634108,
     0.8556879381784529,  0.06887421418169135, 0.5335658554981363,   0.7385507257200457,
     0.14582136349882655, 0.9845954294307007,  0.9509193238760817,   0.9929264626345747,
     0.20208310279152625, 0.12024566231990778, 0.598397640568047,    0.9945643436055753,
     0.05706914177266747, 0.9783411976438235,  0.8738203272106616,   0.28928661853664145,
     0.7033154726886566,  0.7468501406961476,  0.018553704866762586, 0.14948132921713275,
     0.34570726952717207, 0.41216173168617554, 0.6345773814516746,   0.9080872977328805},
    /* LogisticRegression(C=1.0, tol=1e-10, max_iter=10000, fit_intercept=False).fit(X, y) */
    {0.40540707825485534, 0.8412564764551743,
     0.20303469304724103, 0.5,
     0.6068420411029337,  0.009792288254978024,
     0.8642422967791276,  0.9275164580195108,
     0.8866213434699584,  0.1480435801817567,
     0.3180105307951611,  0.9537127704910074,
     0.5856589458061003,  0.2169378124397384,
     0.1911236896904001,  0.6209191215869168,
     0.8088796011074103,  0.19068618842140647,
     0.5513387144646577,  0.678386986534883,
     0.28387455752731394, 0.9218051235302609,
     0.8832269962057526,  0.9689091253710693,
     0.3352398006071288,  0.2298350704482168,
     0.5974624372073382,  0.9711400420406162,
     0.1970697308763864,  0.9422153867664165,
     0.7543491034224115,  0.4143374815060832,
     0.6823443098342492,  0.6866152392839814,
     0.08412720612022735, 0.19561078159186648,
     0.4652323514511503,  0.5,
     0.6624963369669737,  0.8308458105184331},
    /* the same with solver='newton-cg', tol=1e-14 (max |diff| from lbfgs 3.2e-06) */
    {0.4054073172121971,  0.8412566156433648,
     0.2030334575798943,  0.5,
     0.6068434594530403,  0.009792143825074557,
     0.8642437152996586,  0.9275168261245192,
     0.8866221643692277,  0.14804399838399793,
     0.31800971903197167, 0.953713656735379,
     0.5856590039326258,  0.2169355600567106,
     0.19112272481104708, 0.6209183620103886,
     0.8088807151600262,  0.19068583102291345,
     0.5513391398105661,  0.6783877879233259,
     0.2838735863347969,  0.9218049027488651,
     0.8832275226098482,  0.9689094096583345,
     0.33523892809968037, 0.22983361563685106,
     0.5974628272239366,  0.9711402857177913,
     0.1970700115463135,  0.9422158679308997,
     0.754350586206471,   0.4143370445626416,
     0.6823433001440387,  0.6866152114490273,
     0.08412643783518683, 0.19561080400957384,
     0.4652331256679932,  0.5,
     0.6624994908626884,  0.8308467693212598},
};

static ct_csr *design(void)
{
    ct_matrix *m = NULL;
    assert_int_equal(ct_matrix_from_rows(&Xd[0][0], 40, 6, &m), CT_OK);
    ct_csr *a = NULL;
    assert_int_equal(ct_csr_from_dense(m, &a), CT_OK);
    ct_matrix_free(m);
    return a;
}

static ct_lr_params case_params(int k, const double **w)
{
    ct_lr_params p = ct_lr_params_default();
    *w = NULL;
    switch (k) {
    case 1:
        p.C = 0.1;
        p.class_weight[1] = 3;
        *w = swv;
        break;
    case 2:
        p.C = 10;
        p.class_weight_balanced = 1;
        break;
    case 3: p.fit_intercept = 0; break;
    default: break;
    }
    return p;
}

static void *fit_case(int k, const ct_csr *X)
{
    const double *w;
    ct_lr_params p = case_params(k, &w);
    void *model = NULL;
    ct_diag d;
    assert_int_equal(ct_lr_type()->fit(&p, X, yv, w, NULL, NULL, &model, &d), CT_OK);
    assert_true(ct_lr_converged(model));
    return model;
}

static void test_parity(void **state)
{
    (void)state;
    ct_csr *X = design();
    const ct_estimator_type *t = ct_lr_type();
    for (int k = 0; k < 4; k++) {
        void *model = fit_case(k, X);
        double p[40];
        assert_int_equal(t->predict_proba(model, X, p, NULL), CT_OK);
        for (int i = 0; i < 40; i++) {
            assert_true(fabs(p[i] - ref[2 * k + 1][i]) < 1e-7); /* the optimum */
            assert_true(fabs(p[i] - ref[2 * k][i]) < 2e-5);     /* lbfgs, see above */
        }
        if (k == 3)
            assert_true(ct_lr_intercept(model) == 0);
        t->destroy(model);
    }
    ct_csr_free(X);
}

static void test_save_load_contributions(void **state)
{
    (void)state;
    ct_csr *X = design();
    const ct_estimator_type *t = ct_lr_type();
    void *model = fit_case(1, X);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ct_json *w = ct_json_new(fp);
    assert_int_equal(t->save(model, w), CT_OK);
    assert_int_equal(ct_json_finish(w), CT_OK);
    fclose(fp);
    ct_json_doc *doc = NULL;
    assert_int_equal(ct_json_parse(buf, len, "mem", NULL, &doc, NULL), CT_OK);
    void *back = NULL;
    ct_diag d;
    assert_int_equal(t->load(ct_json_doc_root(doc), &back, &d), CT_OK);
    ct_json_doc_free(doc);
    free(buf);
    double p1[40], p2[40];
    assert_int_equal(t->predict_proba(model, X, p1, NULL), CT_OK);
    assert_int_equal(t->predict_proba(back, X, p2, NULL), CT_OK);
    assert_memory_equal(p1, p2, sizeof p1);
    assert_int_equal(t->ncols(back), 6);
    /* contributions: coefficient × value, base = intercept, sum = logit */
    double phi[7];
    for (size_t i = 0; i < 40; i++) {
        assert_int_equal(t->contributions(back, X, i, phi), CT_OK);
        double s = 0;
        for (int j = 0; j < 7; j++)
            s += phi[j];
        assert_true(fabs(s - log(p1[i] / (1 - p1[i]))) < 1e-12);
        assert_true(phi[6] == ct_lr_intercept(back));
    }
    assert_int_equal(t->contributions(back, X, 40, phi), CT_EINVAL);
    t->destroy(back);
    t->destroy(model);
    ct_csr_free(X);
}

/* A larger random sparse design: the fit is bit-identical on 1 and 2
 * threads (rows are summed in fixed chunks). */
static void test_threads(void **state)
{
    (void)state;
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(11, 0, &r), CT_OK);
    const size_t n = 30000, p = 500;
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(p, &X), CT_OK);
    double *y = malloc(n * sizeof *y);
    uint32_t idx[8];
    double val[8];
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        uint32_t c = (uint32_t)ct_rng_uniform_int(r, 60);
        while (k < 8 && c < p) {
            idx[k] = c;
            val[k] = ct_rng_flat(r, -1, 1);
            k++;
            c += 1 + (uint32_t)ct_rng_uniform_int(r, 60);
        }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
        y[i] = ct_rng_uniform(r) < (k && idx[0] < 30 ? 0.8 : 0.3);
    }
    ct_lr_params prm = ct_lr_params_default();
    const ct_estimator_type *t = ct_lr_type();
    void *m1 = NULL, *m2 = NULL;
    ct_threads_set(1);
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m1, NULL), CT_OK);
    ct_threads_set(2);
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m2, NULL), CT_OK);
    double *p1 = malloc(n * sizeof *p1), *p2 = malloc(n * sizeof *p2);
    assert_int_equal(t->predict_proba(m1, X, p1, NULL), CT_OK);
    assert_int_equal(t->predict_proba(m2, X, p2, NULL), CT_OK);
    ct_threads_set(1);
    size_t pc;
    const double *c1 = ct_lr_coef(m1, &pc), *c2 = ct_lr_coef(m2, NULL);
    assert_memory_equal(c1, c2, pc * sizeof *c1);
    assert_memory_equal(p1, p2, n * sizeof *p1);
    free(p1);
    free(p2);
    t->destroy(m1);
    t->destroy(m2);
    free(y);
    ct_csr_free(X);
    ct_rng_destroy(r);
}

/* ‖∇f(w)‖ / ‖∇f(0)‖ for the objective of lr.h (unit weights), in long double */
static double rel_grad(const ct_csr *X, const double *y, double C, const double *w)
{
    const size_t p = X->ncols;
    long double *g = calloc(p + 1, sizeof *g), *g0 = calloc(p + 1, sizeof *g0);
    for (size_t i = 0; i < X->nrows; i++) {
        long double z = w[p];
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
            z += (long double)X->data[e] * w[X->indices[e]];
        const long double res = C * (1 / (1 + expl(-z)) - y[i]), res0 = C * (0.5L - y[i]);
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
            g[X->indices[e]] += res * X->data[e];
            g0[X->indices[e]] += res0 * X->data[e];
        }
        g[p] += res;
        g0[p] += res0;
    }
    long double gg = 0, gg0 = 0;
    for (size_t j = 0; j <= p; j++) {
        const long double gj = g[j] + (j < p ? w[j] : 0);
        gg += gj * gj;
        gg0 += g0[j] * g0[j];
    }
    free(g);
    free(g0);
    return (double)sqrtl(gg / gg0);
}

/* Optimality, checked from the outside: on a design whose rows differ in
 * length (the solver reorders them) and with unbalanced classes (the start
 * is the log-odds intercept), the returned coefficients make the gradient of
 * the objective of claimtriage/lr.h, recomputed here in long double,
 * <= 1e-8 of its norm at 0 (the default tol is 1e-10; the solver's own
 * sums differ from these in the last bits). */
static void test_optimality(void **state)
{
    (void)state;
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(5, 0, &r), CT_OK);
    const size_t n = 3000, p = 300;
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(p, &X), CT_OK);
    double *y = malloc(n * sizeof *y);
    uint32_t idx[40];
    double val[40];
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        uint32_t c = (uint32_t)ct_rng_uniform_int(r, 20);
        const unsigned gap = 1 + (unsigned)ct_rng_uniform_int(r, 30);
        while (k < 40 && c < p) {
            idx[k] = c;
            val[k] = ct_rng_flat(r, 0, 2);
            k++;
            c += 1 + (uint32_t)ct_rng_uniform_int(r, gap);
        }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
        y[i] = ct_rng_uniform(r) < (k && idx[0] < 4 ? 0.6 : 0.1);
    }
    ct_lr_params prm = ct_lr_params_default();
    prm.C = 3;
    void *m = NULL;
    assert_int_equal(ct_lr_type()->fit(&prm, X, y, NULL, NULL, NULL, &m, NULL), CT_OK);
    size_t pc;
    const double *w = ct_lr_coef(m, &pc);
    double *wb = malloc((p + 1) * sizeof *wb);
    memcpy(wb, w, p * sizeof *wb);
    wb[p] = ct_lr_intercept(m);
    assert_true(rel_grad(X, y, prm.C, wb) <= 1e-8);
    free(wb);
    assert_true(ct_lr_n_iter(m) < 30);
    free(y);
    ct_lr_type()->destroy(m);
    ct_csr_free(X);
    ct_rng_destroy(r);
}

static int stop_now(void *user, uint64_t done, uint64_t total)
{
    (void)user;
    (void)done;
    (void)total;
    return 1;
}

static void test_errors(void **state)
{
    (void)state;
    ct_csr *X = design();
    const ct_estimator_type *t = ct_lr_type();
    assert_string_equal(t->name, "lr");
    ct_lr_params p = ct_lr_params_default();
    void *m = NULL;
    ct_diag d;
    p.C = 0;
    assert_int_equal(t->fit(&p, X, yv, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "C must be"));
    /* above CT_LR_C_MAX: before 2026-12-03 C=1e200 overflowed the start's
     * gradient norm and "converged" at the start, an intercept-only model */
    p.C = 1e200;
    assert_int_equal(t->fit(&p, X, yv, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "C must be at most"));
    assert_null(m);
    p.C = CT_LR_C_MAX;
    assert_int_equal(t->fit(&p, X, yv, NULL, NULL, NULL, &m, &d), CT_OK);
    t->destroy(m);
    m = NULL;
    p = ct_lr_params_default();
    double y1[40], y2[40], w[40];
    for (int i = 0; i < 40; i++) {
        y1[i] = 1;
        y2[i] = yv[i];
        w[i] = 1;
    }
    assert_int_equal(t->fit(&p, X, y1, NULL, NULL, NULL, &m, &d), CT_EDATA);
    y2[5] = 2;
    assert_int_equal(t->fit(&p, X, y2, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 5"));
    w[7] = 0;
    assert_int_equal(t->fit(&p, X, yv, w, NULL, NULL, &m, &d), CT_EINVAL);
    assert_int_equal(t->fit(&p, X, yv, NULL, stop_now, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    /* max_iter reached: the last iterate is kept and usable */
    p.max_iter = 1;
    assert_int_equal(t->fit(&p, X, yv, NULL, NULL, NULL, &m, &d), CT_ENOCONVERGE);
    assert_non_null(m);
    assert_false(ct_lr_converged(m));
    t->destroy(m);
    /* wrong column count at prediction */
    p = ct_lr_params_default();
    assert_int_equal(t->fit(&p, X, yv, NULL, NULL, NULL, &m, &d), CT_OK);
    ct_csr *Z = NULL;
    assert_int_equal(ct_csr_create(5, &Z), CT_OK);
    double pr[1];
    assert_int_equal(t->predict_proba(m, Z, pr, &d), CT_EINVAL);
    ct_csr_free(Z);
    t->destroy(m);
    /* damaged states */
    static const char *const bad[] = {
        "[]",
        "{\"C\":1,\"fit_intercept\":true,\"class_weight\":[1,1],\"class_weight_balanced\":false,"
        "\"tol\":1e-10,\"max_iter\":200,\"cg_tol\":0.1,\"n_features\":2,\"intercept\":0,"
        "\"coef\":[1],\"n_iter\":3,\"converged\":true}",
        "{\"C\":-1,\"fit_intercept\":true,\"class_weight\":[1,1],\"class_weight_balanced\":false,"
        "\"tol\":1e-10,\"max_iter\":200,\"cg_tol\":0.1,\"n_features\":1,\"intercept\":0,"
        "\"coef\":[1],\"n_iter\":3,\"converged\":true}",
        "{\"C\":1,\"fit_intercept\":false,\"class_weight\":[1,1],\"class_weight_balanced\":false,"
        "\"tol\":1e-10,\"max_iter\":200,\"cg_tol\":0.1,\"n_features\":1,\"intercept\":2,"
        "\"coef\":[1],\"n_iter\":3,\"converged\":true}",
        "{\"C\":1,\"fit_intercept\":true,\"class_weight\":[1,1],\"class_weight_balanced\":false,"
        "\"tol\":1e-10,\"max_iter\":200,\"cg_tol\":0.1,\"n_features\":1,\"intercept\":0,"
        "\"coef\":[\"x\"],\"n_iter\":3,\"converged\":true}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ct_json_doc *doc = NULL;
        assert_int_equal(ct_json_parse(bad[i], strlen(bad[i]), "bad", NULL, &doc, NULL), CT_OK);
        assert_int_equal(t->load(ct_json_doc_root(doc), &m, &d), CT_EFORMAT);
        assert_null(m);
        ct_json_doc_free(doc);
    }
    ct_csr_free(X);
}

/* ct_lr_params_check refuses what fit refuses: C above CT_LR_C_MAX (before
 * 2026-12-04 it said valid, and only fit refused; tester K), while a model
 * file holding such a C still loads (lr.h). */
static void test_params_check_c_max(void **state)
{
    (void)state;
    const ct_estimator_type *t = ct_lr_type();
    ct_lr_params p = ct_lr_params_default();
    p.C = CT_LR_C_MAX;
    assert_null(ct_lr_params_check(&p));
    assert_null(t->params_check(&p));
    p.C = 2e12;
    assert_string_equal(ct_lr_params_check(&p), "C must be at most 1e+12");
    assert_string_equal(t->params_check(&p), "C must be at most 1e+12");
    p.C = 1e200;
    assert_string_equal(ct_lr_params_check(&p), "C must be at most 1e+12");
    assert_string_equal(ct_lr_params_check(NULL), "no parameters");
    static const char state_big_c[] =
        "{\"C\":1e200,\"fit_intercept\":true,\"class_weight\":[1,1],"
        "\"class_weight_balanced\":false,\"tol\":1e-10,\"max_iter\":200,\"cg_tol\":0.1,"
        "\"n_features\":1,\"intercept\":0,\"coef\":[1],\"n_iter\":3,\"converged\":true}";
    ct_json_doc *doc = NULL;
    assert_int_equal(
        ct_json_parse(state_big_c, strlen(state_big_c), "big", NULL, &doc, NULL), CT_OK);
    void *m = NULL;
    ct_diag d;
    assert_int_equal(t->load(ct_json_doc_root(doc), &m, &d), CT_OK);
    t->destroy(m);
    ct_json_doc_free(doc);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    ct_csr *X = design();
    ct_lr_params p = ct_lr_params_default();
    for (long k = 0;; k++) {
        void *m = NULL;
        ct_alloc_fail_after(k);
        ct_status s = ct_lr_type()->fit(&p, X, yv, NULL, NULL, NULL, &m, NULL);
        ct_alloc_fail_after(-1);
        ct_lr_type()->destroy(m);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
    }
    ct_csr_free(X);
}

/* The merge of columns that are multiples of one another (lr_merge.c)
 * against the plain path (lr_tron with merge = 0, the design as given):
 * the same optimum. Columns 0..59 random; 60 = 2.5 x col 3, 61 = -0.75 x
 * col 3, 62 = 4 x col 7 (groups); 63 has col 5's rows and first value but
 * not its other values (a candidate that fails the check: a column of its
 * own); 64 holds stored zeros (no ratio: alone). Then 1 and 2 threads give
 * the same bits, and a NaN in a merged column is refused with its row. */
static void test_merge(void **state)
{
    (void)state;
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(23, 0, &r), CT_OK);
    const size_t n = 12000, p = 65;
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(p, &X), CT_OK);
    double *y = malloc(n * sizeof *y), *s = malloc(n * sizeof *s);
    uint32_t idx[80];
    double val[80];
    int seen5 = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        double x3 = 0, x5 = 0, x7 = 0;
        for (uint32_t c = (uint32_t)ct_rng_uniform_int(r, 4); c < 60;
             c += 1 + (uint32_t)ct_rng_uniform_int(r, 6)) {
            idx[k] = c;
            val[k] = ct_rng_flat(r, 0.1, 2);
            x3 = c == 3 ? val[k] : x3;
            x5 = c == 5 ? val[k] : x5;
            x7 = c == 7 ? val[k] : x7;
            k++;
        }
        if (x3 != 0) {
            idx[k] = 60, val[k++] = 2.5 * x3;
            idx[k] = 61, val[k++] = -0.75 * x3;
        }
        if (x7 != 0)
            idx[k] = 62, val[k++] = 4 * x7;
        if (x5 != 0)
            idx[k] = 63, val[k++] = seen5++ ? 3 * x5 + 0.1 : 3 * x5;
        if (i % 7 == 0)
            idx[k] = 64, val[k++] = 0.0;
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
        y[i] = ct_rng_uniform(r) < (x3 > 1 || x7 > 1.5 ? 0.8 : 0.25);
        s[i] = 1.0;
    }
    lr_design D;
    assert_int_equal(lr_design_make(X, 1, &D), 0);
    assert_int_equal(D.q, p - 3); /* 60, 61 into 3; 62 into 7 */
    assert_int_equal(D.group[60], D.group[3]);
    assert_int_equal(D.group[61], D.group[3]);
    assert_int_equal(D.group[62], D.group[7]);
    assert_true(D.group[63] != D.group[5] && D.group[64] != D.group[0]);
    assert_false(D.nonfinite);
    lr_design_free(&D);

    ct_lr_params prm = ct_lr_params_default();
    prm.C = 0.5;
    double *wm = malloc((p + 1) * sizeof *wm), *wp = malloc((p + 1) * sizeof *wp);
    int itm, itp;
    assert_int_equal(lr_tron(&prm, X, y, s, 1, wm, &itm, NULL, NULL), CT_OK);
    assert_int_equal(lr_tron(&prm, X, y, s, 0, wp, &itp, NULL, NULL), CT_OK);
    /* Both at the optimum as far as double precision measures it (the
     * solver stops when f no longer decreases: relative gradient ~1e-8 on
     * this design of 12,000 rows), and so within that of each other */
    assert_true(rel_grad(X, y, prm.C, wm) <= 1e-7);
    assert_true(rel_grad(X, y, prm.C, wp) <= 1e-7);
    double dmax = 0;
    for (size_t i = 0; i < n; i++) {
        double zm = wm[p], zp = wp[p];
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
            zm += X->data[e] * wm[X->indices[e]];
            zp += X->data[e] * wp[X->indices[e]];
        }
        dmax = fmax(dmax, fabs(1 / (1 + exp(-zm)) - 1 / (1 + exp(-zp))));
    }
    assert_true(dmax <= 1e-7);
    /* the group's coefficients in the ratio of its columns, as the L2
     * optimum puts them */
    assert_true(fabs(wm[60] - 2.5 * wm[3]) <= 1e-12 * fabs(wm[60]));
    assert_true(fabs(wm[61] + 0.75 * wm[3]) <= 1e-12 * fabs(wm[61]));
    assert_true(fabs(wm[62] - 4 * wm[7]) <= 1e-12 * fabs(wm[62]));

    /* threads: the same bits */
    const ct_estimator_type *t = ct_lr_type();
    void *m1 = NULL, *m2 = NULL;
    ct_threads_set(1);
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m1, NULL), CT_OK);
    ct_threads_set(2);
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m2, NULL), CT_OK);
    ct_threads_set(1);
    size_t pc;
    const double *c1 = ct_lr_coef(m1, &pc), *c2 = ct_lr_coef(m2, NULL);
    assert_memory_equal(c1, c2, pc * sizeof *c1);
    assert_memory_equal(c1, wm, pc * sizeof *c1); /* the estimator merges */
    t->destroy(m1);
    t->destroy(m2);

    /* a NaN in a merged column: refused, the row named */
    for (size_t e = 0; e < X->nnz; e++)
        if (X->indices[e] == 61 && e > X->nnz / 2) {
            X->data[e] = NAN;
            break;
        }
    ct_diag d;
    void *m3 = NULL;
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m3, &d), CT_EINVAL);
    assert_null(m3);
    assert_non_null(strstr(d.message, "column 61 holds nan"));
    assert_int_equal(lr_tron(&prm, X, y, s, 0, wp, &itp, NULL, NULL), CT_EDATA);
    /* a malformed design (the check is now lr_tron's first read of X) */
    X->indices[X->indptr[5] + 1] = X->indices[X->indptr[5]];
    assert_int_equal(t->fit(&prm, X, y, NULL, NULL, NULL, &m3, &d), CT_EINVAL);
    assert_null(m3);
    assert_non_null(strstr(d.message, "lr: malformed design: CSR row 5"));
    assert_int_equal(lr_tron(&prm, X, y, s, 0, wp, &itp, NULL, NULL), CT_EFORMAT);
    X->indices[X->indptr[7]] = (uint32_t)p;
    assert_int_equal(lr_tron(&prm, X, y, s, 1, wp, &itp, NULL, NULL), CT_EFORMAT);
    free(wm);
    free(wp);
    free(y);
    free(s);
    ct_csr_free(X);
    ct_rng_destroy(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parity),  cmocka_unit_test(test_save_load_contributions),
        cmocka_unit_test(test_threads), cmocka_unit_test(test_optimality),
        cmocka_unit_test(test_errors),  cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_merge),   cmocka_unit_test(test_params_check_c_max),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
