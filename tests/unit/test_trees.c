/* test_trees.c — the tree ensembles (claimtriage/trees.h): quality against
 * scikit-learn on a synthetic design (tests/unit/ref_trees.py), TreeSHAP
 * against brute-force Shapley values and adding up to the raw score,
 * identical models and bit-identical probabilities on 1 and 2 threads,
 * save -> load, damaged states refused, bad inputs and parameters. */
#include "ct_test.h"

#include "models/tree_internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the design of ref_trees.py, by the same integer hash ---- */
static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
static double u(uint64_t i, uint64_t j)
{
    return (double)(mix(i * 1000003u + j) >> 11) / 9007199254740992.0;
}

#define NR 3000
#define NP 8
static double Xd[NR][NP], yd[NR];

static void design(void)
{
    for (int i = 0; i < NR; i++) {
        for (int j = 0; j < 4; j++)
            Xd[i][j] = round((u(i, j) * 4 - 2) * 1000) / 1000;
        for (int j = 4; j < 8; j++)
            Xd[i][j] = u(i, j) >= 0.6 ? (double)((int)(u(i, j) * 10) - 6) : 0.0;
        if (u(i, 20) < 0.1)
            Xd[i][2] = NAN;
        const double x2 = isnan(Xd[i][2]) ? 0 : Xd[i][2];
        const double z = 1.5 * Xd[i][0] - Xd[i][1] + 2 * Xd[i][0] * x2 + 0.8 * Xd[i][4] - 0.5;
        yd[i] = u(i, 21) < 1 / (1 + exp(-z)) ? 1 : 0;
    }
}

/* rows [a, b) as CSR; NaN stored when keep_nan, else dropped (a zero) */
static ct_csr *csr_rows(int a, int b, int keep_nan)
{
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(NP, &X), CT_OK);
    for (int i = a; i < b; i++) {
        uint32_t idx[NP];
        double val[NP];
        size_t k = 0;
        for (uint32_t j = 0; j < NP; j++) {
            double v = Xd[i][j];
            if (isnan(v) && !keep_nan)
                v = 0;
            if (v != 0 || isnan(v)) {
                idx[k] = j;
                val[k++] = v;
            }
        }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
    }
    return X;
}

static void *fit(const ct_estimator_type *t, const void *params, const ct_csr *X, const double *y)
{
    void *m = NULL;
    ct_diag d;
    ct_status st = t->fit(params, X, y, NULL, NULL, NULL, &m, &d);
    if (st != CT_OK)
        fprintf(stderr, "fit: %s\n", d.message);
    assert_int_equal(st, CT_OK);
    return m;
}

static double auc_of(const ct_estimator_type *t, const void *m, const ct_csr *X, const double *y)
{
    double *p = malloc(X->nrows * sizeof *p), auc = NAN;
    ct_diag d;
    assert_int_equal(t->predict_proba(m, X, p, &d), CT_OK);
    assert_int_equal(ct_metrics_roc_auc(y, p, X->nrows, &auc), CT_OK);
    free(p);
    return auc;
}

static void test_quality(void **state)
{
    (void)state;
    design();
    ct_csr *Xtr = csr_rows(0, 2000, 0), *Xte = csr_rows(2000, 3000, 0);
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 100;
    rp.max_features = 0.6;
    rp.max_samples = 0.7;
    rp.oob_score = 1;
    void *rf = fit(ct_rf_type(), &rp, Xtr, yd);
    const double a_rf = auc_of(ct_rf_type(), rf, Xte, yd + 2000);
    /* RandomForestClassifier(n_estimators=100, max_features=0.6, max_samples=0.7,
     * random_state=0).fit(X[:2000] (NaN as 0), y) -> roc_auc_score: 0.9050312043766344 */
    fprintf(stderr, "rf test AUC %.6f (sklearn 0.905031), oob %.4f\n", a_rf, ct_rf_oob_score(rf));
    assert_true(a_rf >= 0.9050312043766344 - 0.01);
    assert_true(ct_rf_oob_score(rf) > 0.7 && ct_rf_oob_score(rf) < 1);
    ct_rf_type()->destroy(rf);
    ct_csr_free(Xtr);
    ct_csr_free(Xte);

    Xtr = csr_rows(0, 2000, 1);
    Xte = csr_rows(2000, 3000, 1);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 100;
    gp.learning_rate = 0.1;
    gp.max_depth = 4;
    void *gb = fit(ct_gbdt_type(), &gp, Xtr, yd);
    const double a_gb = auc_of(ct_gbdt_type(), gb, Xte, yd + 2000);
    /* HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_depth=4,
     * early_stopping=False).fit(X[:2000], y) -> roc_auc_score: 0.9033967849063868 */
    fprintf(stderr, "gbdt test AUC %.6f (sklearn HGB 0.903397)\n", a_gb);
    assert_true(a_gb >= 0.9033967849063868 - 0.01);
    /* early stopping on the test rows keeps the best round's trees */
    gp.n_estimators = 300;
    gp.learning_rate = 0.3;
    gp.early_stopping_rounds = 5;
    void *es = NULL;
    ct_diag d;
    assert_int_equal(ct_gbdt_fit_valid(&gp, Xtr, yd, NULL, Xte, yd + 2000, NULL, NULL, &es, &d),
                     CT_OK);
    assert_true(ct_tree_model_ntrees(es) < 300);
    assert_int_equal((size_t)ct_gbdt_best_iteration(es) + 1, ct_tree_model_ntrees(es));
    ct_gbdt_type()->destroy(es);
    ct_gbdt_type()->destroy(gb);
    ct_csr_free(Xtr);
    ct_csr_free(Xte);
}

/* The boosting's arithmetic, by hand: two Newton steps of the log loss on
 * a design whose trees are known (depth 1, one column: x = 0 for four
 * rows with one positive, x = 1 for four with three), learning rate 1, no
 * L2. Each round, a leaf's value is -G / H over its rows (G = sum p - y,
 * H = sum p (1 - p), p = expit(F)); the second round's p comes from the
 * scores the first tree left, which tree_boost.c carries as exp(-F) times
 * each leaf's exp(-value). The grid's rounding (2^-36) is far below 1e-9. */
static void test_newton_steps(void **state)
{
    (void)state;
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(1, &X), CT_OK);
    const double y[8] = {0, 0, 0, 1, 1, 1, 1, 0};
    for (int i = 0; i < 8; i++) {
        const uint32_t idx = 0;
        const double one = 1;
        assert_int_equal(ct_csr_append_row(X, &idx, &one, i < 4 ? 0 : 1), CT_OK);
    }
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 2;
    gp.learning_rate = 1;
    gp.max_depth = 1;
    gp.min_child_weight = 0;
    gp.reg_lambda = 0;
    void *m = NULL;
    ct_diag d;
    assert_int_equal(ct_gbdt_fit_valid(&gp, X, y, NULL, NULL, NULL, NULL, NULL, &m, &d), CT_OK);
    double p[8];
    assert_int_equal(ct_gbdt_type()->predict_proba(m, X, p, &d), CT_OK);
    /* by hand: base score log(4 / 4) = 0, then two rounds per side */
    double F[2] = {0, 0};
    const double npos[2] = {1, 3};
    for (int r = 0; r < 2; r++)
        for (int k = 0; k < 2; k++) {
            const double q = 1 / (1 + exp(-F[k]));
            F[k] += -(4 * q - npos[k]) / (4 * q * (1 - q));
        }
    for (int i = 0; i < 8; i++) {
        const double want = 1 / (1 + exp(-F[i < 4 ? 0 : 1]));
        assert_true(fabs(p[i] - want) < 1e-9);
    }
    ct_gbdt_type()->destroy(m);
    ct_csr_free(X);
}

/* ---- brute-force path-dependent Shapley values of one tree ---- */
static double cond_exp(const tree *t, uint32_t k, const double *x, unsigned mask)
{
    const tree_node *nd = &t->node[k];
    if (!nd->left)
        return nd->value;
    if (mask & (1u << nd->feature)) {
        const double v = x[nd->feature];
        const int go_left = isnan(v) ? t->dleft[k] : v <= nd->value;
        return cond_exp(t, nd->left + (uint32_t)!go_left, x, mask);
    }
    return (t->cover[nd->left] * cond_exp(t, nd->left, x, mask) +
            t->cover[nd->left + 1] * cond_exp(t, nd->left + 1, x, mask)) /
           t->cover[k];
}

/* Shapley values by their definition, over every subset of the p features
 * (p at most 20: 2^p subsets each) */
#define BRUTE_MAX 20
static void brute_shap(const tree *t, const double *x, int p, double *phi)
{
    double fact[BRUTE_MAX + 1];
    fact[0] = 1;
    for (int i = 1; i <= p; i++)
        fact[i] = fact[i - 1] * i;
    for (int j = 0; j < p; j++) {
        phi[j] = 0;
        for (unsigned S = 0; S < (1u << p); S++) {
            if (S & (1u << j))
                continue;
            const int s = __builtin_popcount(S);
            const double wgt = fact[s] * fact[p - s - 1] / fact[p];
            phi[j] += wgt * (cond_exp(t, 0, x, S | (1u << j)) - cond_exp(t, 0, x, S));
        }
    }
}

static double logit(double q) { return log(q / (1 - q)); }

static void test_treeshap(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 600, 1);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 5;
    gp.max_depth = 5;
    gp.min_child_weight = 0;
    void *gb = fit(ct_gbdt_type(), &gp, X, yd);
    const tree_model *m = gb;
    /* each tree's TreeSHAP equals the brute-force Shapley values */
    for (size_t t = 0; t < m->ntrees; t++)
        for (int i = 0; i < 40; i++) {
            double phi[NP] = {0}, ref[NP];
            assert_int_equal(tree_shap_add(&m->trees[t], Xd[i], 1.0, phi), CT_OK);
            brute_shap(&m->trees[t], Xd[i], NP, ref);
            double sum = tree_expected_value(&m->trees[t]);
            for (int j = 0; j < NP; j++) {
                assert_true(fabs(phi[j] - ref[j]) <= 1e-12 * (1 + fabs(ref[j])));
                sum += phi[j];
            }
            assert_true(fabs(sum - m->trees[t].node[tree_leaf(&m->trees[t], Xd[i])].value) < 1e-12);
        }
    /* the ensemble: contributions + bias = logit(p) on every row */
    double *p = malloc(X->nrows * sizeof *p), phi[NP + 1];
    ct_diag d;
    assert_int_equal(ct_gbdt_type()->predict_proba(gb, X, p, &d), CT_OK);
    for (size_t i = 0; i < X->nrows; i++) {
        assert_int_equal(ct_gbdt_type()->contributions(gb, X, i, phi), CT_OK);
        double s = 0;
        for (int j = 0; j <= NP; j++)
            s += phi[j];
        assert_true(fabs(s - logit(p[i])) < 1e-9);
    }
    assert_int_equal(ct_tree_contrib_scale(gb), 0);
    ct_gbdt_type()->destroy(gb);
    /* rf: on the probability scale */
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 20;
    rp.max_depth = 6;
    void *rf = fit(ct_rf_type(), &rp, X, yd);
    assert_int_equal(ct_rf_type()->predict_proba(rf, X, p, &d), CT_OK);
    for (size_t i = 0; i < X->nrows; i++) {
        assert_int_equal(ct_rf_type()->contributions(rf, X, i, phi), CT_OK);
        double s = 0;
        for (int j = 0; j <= NP; j++)
            s += phi[j];
        assert_true(fabs(s - p[i]) < 1e-9);
    }
    assert_int_equal(ct_tree_contrib_scale(rf), 1);
    ct_rf_type()->destroy(rf);
    free(p);
    ct_csr_free(X);
}

/* A "caterpillar" of depth D: internal node 2i splits feature i % nf at
 * 0.5, its left child a leaf, its right child the next internal node
 * (breadth-first: children 2i + 1 and 2i + 2); the right side holds
 * share r of the node's cover. */
#define CAT_MAX 64
static void caterpillar(tree *t, tree_node *nd, uint8_t *dl, double *cv, int D, int nf, double r)
{
    t->n = (uint32_t)(2 * D + 1);
    t->node = nd;
    t->dleft = dl;
    t->cover = cv;
    cv[0] = 1000;
    for (int i = 0; i < D; i++) {
        nd[2 * i] = (tree_node){0.5, i % nf, (uint32_t)(2 * i + 1)};
        dl[2 * i] = 0;
        nd[2 * i + 1] = (tree_node){sin(3.0 * i + 1), -1, 0};
        dl[2 * i + 1] = 0;
        cv[2 * i + 1] = cv[2 * i] * (1 - r);
        cv[2 * i + 2] = cv[2 * i] * r;
    }
    nd[2 * D] = (tree_node){0.75, -1, 0};
    dl[2 * D] = 0;
}

/* Path-dependent TreeSHAP stays exact on deep trees: Algorithm 2's
 * unwinding divided out one feature at a time and lost everything to
 * cancellation on paths of 30+ features (a forest of unlimited depth
 * summed to 8e9 instead of a probability). Against brute force where it
 * can run (12 features), and adding up to the leaf at depth 60. */
static void test_treeshap_deep(void **state)
{
    (void)state;
    tree t;
    tree_node nd[2 * CAT_MAX + 1];
    uint8_t dl[2 * CAT_MAX + 1];
    double cv[2 * CAT_MAX + 1], x[CAT_MAX], phi[CAT_MAX], ref[CAT_MAX];
    /* 12 distinct features, then 24 levels over 12 features (each met twice) */
    const int shapes[][2] = {{12, 12}, {24, 12}};
    for (int s = 0; s < 2; s++) {
        const int D = shapes[s][0], nf = shapes[s][1];
        caterpillar(&t, nd, dl, cv, D, nf, 0.9);
        for (int row = 0; row < 4; row++) {
            for (int j = 0; j < nf; j++)
                x[j] = row == 0 || (j * 7 + row) % 5 ? 1 : 0;
            memset(phi, 0, sizeof phi);
            assert_int_equal(tree_shap_add(&t, x, 1.0, phi), CT_OK);
            assert_true(nf <= BRUTE_MAX);
            brute_shap(&t, x, nf, ref);
            for (int j = 0; j < nf; j++)
                assert_true(fabs(phi[j] - ref[j]) <= 1e-12 * (1 + fabs(ref[j])));
        }
    }
    /* depth 60, every feature distinct, the row to the deepest leaf and
     * rows leaving earlier; hot sides of 0.5 to 0.99 of the cover */
    const double shares[] = {0.5, 0.9, 0.99};
    for (int s = 0; s < 3; s++) {
        const int D = 60;
        caterpillar(&t, nd, dl, cv, D, D, shares[s]);
        for (int stop = D; stop >= 40; stop -= 10) {
            for (int j = 0; j < D; j++)
                x[j] = j < stop ? 1 : 0;
            memset(phi, 0, sizeof phi);
            assert_int_equal(tree_shap_add(&t, x, 1.0, phi), CT_OK);
            double sum = tree_expected_value(&t);
            for (int j = 0; j < D; j++)
                sum += phi[j];
            const double want = t.node[tree_leaf(&t, x)].value;
            assert_true(fabs(sum - want) <= 1e-12);
        }
    }
}

static char *save_text(const ct_estimator_type *t, const void *m)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ct_json *w = ct_json_new(fp);
    assert_int_equal(t->save(m, w), CT_OK);
    assert_int_equal(ct_json_finish(w), CT_OK);
    fclose(fp);
    return buf;
}

static void *load_text(const ct_estimator_type *t, const char *text, ct_status want)
{
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(text, strlen(text), "state", NULL, &doc, &d), CT_OK);
    void *m = NULL;
    ct_status st = t->load(ct_json_doc_root(doc), &m, &d);
    if (st != want)
        fprintf(stderr, "load: %s\n", d.message);
    assert_int_equal(st, want);
    if (want != CT_OK)
        assert_true(strlen(d.message) > 0);
    ct_json_doc_free(doc);
    return m;
}

static void determinism_one(const ct_estimator_type *t, const void *params)
{
    ct_csr *X = csr_rows(0, 2000, t == ct_gbdt_type());
    double *p1 = malloc(X->nrows * sizeof *p1), *p2 = malloc(X->nrows * sizeof *p2);
    ct_diag d;
    ct_threads_set(1);
    void *m1 = fit(t, params, X, yd);
    assert_int_equal(t->predict_proba(m1, X, p1, &d), CT_OK);
    ct_threads_set(2);
    void *m2 = fit(t, params, X, yd);
    assert_int_equal(t->predict_proba(m2, X, p2, &d), CT_OK);
    char *s1 = save_text(t, m1), *s2 = save_text(t, m2);
    assert_string_equal(s1, s2);
    assert_memory_equal(p1, p2, X->nrows * sizeof *p1);
    /* save -> load -> the same bits */
    void *m3 = load_text(t, s1, CT_OK);
    assert_int_equal(t->predict_proba(m3, X, p2, &d), CT_OK);
    assert_memory_equal(p1, p2, X->nrows * sizeof *p1);
    char *s3 = save_text(t, m3);
    assert_string_equal(s1, s3);
    ct_threads_set(1);
    t->destroy(m1);
    t->destroy(m2);
    t->destroy(m3);
    free(s1);
    free(s2);
    free(s3);
    free(p1);
    free(p2);
    ct_csr_free(X);
}

static void test_determinism(void **state)
{
    (void)state;
    design();
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 30;
    rp.max_samples = 0.7;
    rp.oob_score = 1;
    rp.random_state = 7;
    determinism_one(ct_rf_type(), &rp);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 30;
    gp.subsample = 0.8;
    gp.colsample_bytree = 0.7;
    gp.random_state = 7;
    determinism_one(ct_gbdt_type(), &gp);
}

/* The boosting's gradients four rows a vector instruction (AVX2, where the
 * processor has it) and two: the same trees and probabilities bit for bit,
 * with and without row weights, on a design the level grower takes (its
 * (gradient, hessian) pairs are the four-row path's output) and with rows
 * left out (subsample). */
static void test_gradients_v4(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, NR, 1);
    tree_bins *b = NULL;
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 40;
    gp.max_depth = 4;
    gp.learning_rate = 0.1;
    gp.min_child_weight = 5;
    gp.max_bins = 64; /* (fewer slots: the level grower's) */
    tree_grow_params gl = {TREE_LOGLOSS, 4, 2, 1, 5, 1, 0, 0.1, NP, NULL, 1, 0, 0, 0};
    assert_int_equal(tree_bins_build(X, gp.max_bins, &b), CT_OK);
    assert_true(tree_grow_level_fits(b, &gl, NR));
    tree_bins_free(b);
    double *w = malloc(NR * sizeof *w), *p1 = malloc(NR * sizeof *p1),
           *p2 = malloc(NR * sizeof *p2);
    for (int i = 0; i < NR; i++)
        w[i] = 0.25 + 2 * u((uint64_t)i, 70);
    const int has_v4 = tree_boost_gradients_v4(1);
    if (!has_v4)
        fprintf(stderr, "test_gradients_v4: no AVX2 here, both fits take two rows at once\n");
    for (int pass = 0; pass < 4; pass++) {
        const double *wp = pass & 1 ? w : NULL;
        gp.subsample = pass & 2 ? 0.7 : 1;
        void *m[2];
        char *s[2];
        ct_diag d;
        for (int v = 0; v < 2; v++) {
            tree_boost_gradients_v4(v);
            m[v] = NULL;
            assert_int_equal(ct_gbdt_fit_valid(&gp, X, yd, wp, NULL, NULL, NULL, NULL, &m[v], &d),
                             CT_OK);
            assert_int_equal(ct_gbdt_type()->predict_proba(m[v], X, v ? p2 : p1, &d), CT_OK);
            s[v] = save_text(ct_gbdt_type(), m[v]);
        }
        assert_string_equal(s[0], s[1]);
        assert_memory_equal(p1, p2, NR * sizeof *p1);
        for (int v = 0; v < 2; v++) {
            ct_gbdt_type()->destroy(m[v]);
            free(s[v]);
        }
    }
    tree_boost_gradients_v4(1);
    free(w);
    free(p1);
    free(p2);
    ct_csr_free(X);
}

/* replace the first occurrence of from by to in s (same buffer, to no longer) */
static char *replace(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    assert_non_null(at);
    char *out = malloc(strlen(s) + strlen(to) + 1);
    memcpy(out, s, (size_t)(at - s));
    strcpy(out + (at - s), to);
    strcat(out, at + strlen(from));
    return out;
}

/* colsample_bynode: each split on a draw of the tree's columns, fixed per
 * round and node (1 and 2 threads: the same trees, bit-identical
 * probabilities, save -> load the same); the draw changes the trees (one
 * column per split: the roots spread over more columns); a file without the key (before
 * 2026-12-06) loads as 1; out-of-range values refused. */
static void test_colsample_bynode(void **state)
{
    (void)state;
    design();
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 30;
    gp.subsample = 0.8;
    gp.colsample_bynode = 0.3;
    gp.random_state = 7;
    determinism_one(ct_gbdt_type(), &gp);
    gp.colsample_bytree = 0.7; /* 6 of 8 columns a tree, 1 of those a split */
    determinism_one(ct_gbdt_type(), &gp);

    ct_csr *X = csr_rows(0, 2000, 1);
    ct_gbdt_params g1 = ct_gbdt_params_default(), g2 = g1;
    g1.n_estimators = g2.n_estimators = 30;
    g1.max_depth = g2.max_depth = 3;
    g2.colsample_bynode = 0.01; /* max(1, floor(0.08)): one column a split */
    tree_model *m1 = fit(ct_gbdt_type(), &g1, X, yd), *m2 = fit(ct_gbdt_type(), &g2, X, yd);
    int roots1[NP] = {0}, roots2[NP] = {0}, n1 = 0, n2 = 0;
    for (size_t r = 0; r < m1->ntrees; r++)
        roots1[m1->trees[r].node[0].feature]++;
    for (size_t r = 0; r < m2->ntrees; r++)
        roots2[m2->trees[r].node[0].feature]++;
    for (int j = 0; j < NP; j++) {
        n1 += roots1[j] > 0;
        n2 += roots2[j] > 0;
    }
    /* (without the draw the roots are 5 of the 8 columns; the draw puts
     * the 3 uninformative ones at roots too) */
    int newroot = 0;
    for (int j = 0; j < NP; j++)
        newroot += roots1[j] == 0 && roots2[j] > 0;
    assert_true(n2 > n1);
    assert_true(newroot > 0);
    double *p1 = malloc(X->nrows * sizeof *p1), *p2 = malloc(X->nrows * sizeof *p2);
    ct_diag d;
    assert_int_equal(ct_gbdt_type()->predict_proba(m1, X, p1, &d), CT_OK);
    assert_int_equal(ct_gbdt_type()->predict_proba(m2, X, p2, &d), CT_OK);
    assert_true(memcmp(p1, p2, X->nrows * sizeof *p1) != 0);
    /* stored, read back */
    char *s2 = save_text(ct_gbdt_type(), m2);
    assert_non_null(strstr(s2, "\"colsample_bynode\": 0.01,"));
    tree_model *m3 = load_text(ct_gbdt_type(), s2, CT_OK);
    assert_true(m3->gb.colsample_bynode == 0.01);
    ct_gbdt_type()->destroy(m3);
    const char *bad[] = {"\"colsample_bynode\": 0,", "\"colsample_bynode\": 1.5,",
                         "\"colsample_bynode\": \"x\","};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char *t = replace(s2, "\"colsample_bynode\": 0.01,", bad[k]);
        assert_null(load_text(ct_gbdt_type(), t, CT_EFORMAT));
        free(t);
    }
    /* without a draw, no key (the file as before 2026-12-06); a file
     * without it loads as 1, and a 1 written out loads too */
    char *s1 = save_text(ct_gbdt_type(), m1);
    assert_null(strstr(s1, "colsample_bynode"));
    tree_model *m4 = load_text(ct_gbdt_type(), s1, CT_OK);
    assert_true(m4->gb.colsample_bynode == 1);
    char *s4 = save_text(ct_gbdt_type(), m4);
    assert_string_equal(s1, s4);
    char *old = replace(s2, "\"colsample_bynode\": 0.01,", "\"colsample_bynode\": 1,");
    tree_model *m5 = load_text(ct_gbdt_type(), old, CT_OK);
    assert_true(m5->gb.colsample_bynode == 1);
    ct_gbdt_type()->destroy(m5);
    /* --grid's key and its range */
    ct_gbdt_params q = ct_gbdt_params_default();
    assert_int_equal(ct_gbdt_params_set(&q, "colsample_bynode", "0.25", &d), CT_OK);
    assert_true(q.colsample_bynode == 0.25);
    assert_int_equal(ct_gbdt_params_set(&q, "colsample_bynode", "0", &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "colsample_bynode"));
    assert_int_equal(ct_gbdt_params_set(&q, "colsample_bynode", "1.01", &d), CT_EINVAL);
    assert_true(q.colsample_bynode == 0.25);
    free(s1);
    free(s2);
    free(s4);
    free(old);
    free(p1);
    free(p2);
    ct_gbdt_type()->destroy(m1);
    ct_gbdt_type()->destroy(m2);
    ct_gbdt_type()->destroy(m4);
    ct_csr_free(X);
}

/* Every split node of tree t uses a column flags[] marks (1) or none (0). */
static int tree_uses_only(const tree *t, const uint8_t *flags)
{
    for (uint32_t k = 0; k < t->n; k++)
        if (t->node[k].left && !flags[t->node[k].feature])
            return 0;
    return 1;
}

/* text_rounds: the first rounds split on the caller's text columns only,
 * the later ones on every column; 1 and 2 threads the same trees; no
 * change when no column or every column is text (or no flags); stored only
 * when set, read back, a file without it loads as 0; range refused. */
static void test_text_rounds(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 2000, 1);
    uint8_t text[NP] = {0}, none[NP] = {0}, all[NP];
    text[NP - 1] = text[NP - 2] = text[NP - 3] = 1; /* three columns as the text */
    memset(all, 1, sizeof all);
    ct_gbdt_params g0 = ct_gbdt_params_default(), g1 = g0;
    g0.n_estimators = g1.n_estimators = 30;
    g0.max_depth = g1.max_depth = 3;
    g1.text_rounds = 10;
    g1.text_cols = text;
    tree_model *m0 = fit(ct_gbdt_type(), &g0, X, yd), *m1 = fit(ct_gbdt_type(), &g1, X, yd);
    assert_int_equal(m1->ntrees, 30);
    for (size_t r = 0; r < 10; r++)
        assert_true(tree_uses_only(&m1->trees[r], text));
    int other = 0; /* the later rounds read the other columns again */
    for (size_t r = 10; r < m1->ntrees; r++)
        other += !tree_uses_only(&m1->trees[r], text);
    assert_true(other > 0);
    assert_null(m1->gb.text_cols); /* borrowed for the fit only */
    /* (the default's first trees do split on the other columns) */
    assert_false(tree_uses_only(&m0->trees[0], text));
    double *p0 = malloc(X->nrows * sizeof *p0), *p1 = malloc(X->nrows * sizeof *p1);
    ct_diag d;
    assert_int_equal(ct_gbdt_type()->predict_proba(m0, X, p0, &d), CT_OK);
    /* no text column, every column, no flags: the trees of text_rounds=0 */
    const uint8_t *same[] = {none, all, NULL};
    for (size_t k = 0; k < 3; k++) {
        ct_gbdt_params g = g1;
        g.text_cols = same[k];
        tree_model *m = fit(ct_gbdt_type(), &g, X, yd);
        assert_int_equal(ct_gbdt_type()->predict_proba(m, X, p1, &d), CT_OK);
        assert_memory_equal(p0, p1, X->nrows * sizeof *p0);
        ct_gbdt_type()->destroy(m);
    }
    /* 1 vs 2 threads, with row and column draws too */
    determinism_one(ct_gbdt_type(), &g1);
    ct_gbdt_params g2 = g1;
    g2.subsample = 0.8;
    g2.colsample_bytree = 0.7;
    g2.random_state = 7;
    determinism_one(ct_gbdt_type(), &g2);
    g2.colsample_bynode = 0.5; /* (the per-split grower) */
    determinism_one(ct_gbdt_type(), &g2);
    tree_model *m2 = fit(ct_gbdt_type(), &g2, X, yd);
    for (size_t r = 0; r < 10; r++)
        assert_true(tree_uses_only(&m2->trees[r], text));
    ct_gbdt_type()->destroy(m2);
    /* stored only when set, read back; absent: 0 */
    char *s1 = save_text(ct_gbdt_type(), m1), *s0 = save_text(ct_gbdt_type(), m0);
    assert_non_null(strstr(s1, "\"text_rounds\": 10,"));
    assert_null(strstr(s0, "text_rounds"));
    tree_model *m3 = load_text(ct_gbdt_type(), s1, CT_OK);
    assert_int_equal(m3->gb.text_rounds, 10);
    char *s3 = save_text(ct_gbdt_type(), m3);
    assert_string_equal(s1, s3);
    tree_model *m4 = load_text(ct_gbdt_type(), s0, CT_OK);
    assert_int_equal(m4->gb.text_rounds, 0);
    const char *bad[] = {"\"text_rounds\": -1,", "\"text_rounds\": 100001,",
                         "\"text_rounds\": \"x\",", "\"text_rounds\": 1.5,"};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char *t = replace(s1, "\"text_rounds\": 10,", bad[k]);
        assert_null(load_text(ct_gbdt_type(), t, CT_EFORMAT));
        free(t);
    }
    /* --grid's key and its range */
    ct_gbdt_params q = ct_gbdt_params_default();
    assert_int_equal(ct_gbdt_params_set(&q, "text_rounds", "50", &d), CT_OK);
    assert_int_equal(q.text_rounds, 50);
    assert_int_equal(ct_gbdt_params_set(&q, "text_rounds", "-1", &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "text_rounds"));
    assert_int_equal(ct_gbdt_params_set(&q, "text_rounds", "0.5", &d), CT_EINVAL);
    assert_int_equal(q.text_rounds, 50);
    free(s0);
    free(s1);
    free(s3);
    free(p0);
    free(p1);
    ct_gbdt_type()->destroy(m0);
    ct_gbdt_type()->destroy(m1);
    ct_gbdt_type()->destroy(m3);
    ct_gbdt_type()->destroy(m4);
    ct_csr_free(X);
}

/* early stopping with text_rounds: the text stage's validation loss levels
 * off where every column would still gain, so the patience starts after
 * it (2026-12-06: a stop inside the text stage kept a model of the text
 * columns alone, synth 20000 rows noise 0.3: test AUC 0.70 against 0.76).
 * The "text" here is columns 5-7, which y does not read: their loss stops
 * falling within a few rounds. With no later stage (text_rounds >=
 * n_estimators) early stopping acts at once, as without the key. */
static void test_text_rounds_early_stopping(void **state)
{
    (void)state;
    design();
    ct_csr *Xtr = csr_rows(0, 2000, 1), *Xva = csr_rows(2000, 3000, 1);
    uint8_t text[NP] = {0};
    text[NP - 1] = text[NP - 2] = text[NP - 3] = 1;
    ct_gbdt_params g = ct_gbdt_params_default();
    g.n_estimators = 100;
    g.learning_rate = 0.3;
    g.max_depth = 3;
    g.early_stopping_rounds = 3;
    g.text_rounds = 30;
    g.text_cols = text;
    void *mv = NULL;
    ct_diag d;
    assert_int_equal(ct_gbdt_fit_valid(&g, Xtr, yd, NULL, Xva, yd + 2000, NULL, NULL, &mv, &d),
                     CT_OK);
    tree_model *m = mv;
    /* past the text stage: its best round is one of the later stage's */
    assert_true(m->ntrees > 30);
    assert_int_equal((size_t)m->best_iteration + 1, m->ntrees);
    assert_false(tree_uses_only(&m->trees[m->ntrees - 1], text));
    ct_gbdt_type()->destroy(m);
    /* no later stage: stops within the text rounds */
    g.text_rounds = 100;
    mv = NULL;
    assert_int_equal(ct_gbdt_fit_valid(&g, Xtr, yd, NULL, Xva, yd + 2000, NULL, NULL, &mv, &d),
                     CT_OK);
    m = mv;
    assert_true(m->ntrees < 100);
    for (size_t r = 0; r < m->ntrees; r++)
        assert_true(tree_uses_only(&m->trees[r], text));
    ct_gbdt_type()->destroy(m);
    ct_csr_free(Xtr);
    ct_csr_free(Xva);
}

static void test_damaged(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 300, 1);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 2;
    gp.max_depth = 2;
    void *gb = fit(ct_gbdt_type(), &gp, X, yd);
    char *s = save_text(ct_gbdt_type(), gb);
    const char *bad_edits[][2] = {
        {"\"left\": [\n        1,", "\"left\": [\n        0,"},    /* root loses its children */
        {"\"left\": [\n        1,", "\"left\": [\n        99,"},   /* child out of range */
        {"\"feature\": [\n        ", "\"feature\": [\n        9"}, /* column 9.. of 8 */
        {"\"cover\": [\n        ", "\"cover\": [\n        -"},     /* negative cover */
        {"\"best_iteration\": 1", "\"best_iteration\": 0"},        /* tree count */
        {"\"base_score\": ", "\"base_score\": \"x\", \"b\": "},    /* ill-typed */
        {"\"default_left\": [\n        ", "\"default_left\": [\n        2"}};
    for (size_t k = 0; k < sizeof bad_edits / sizeof bad_edits[0]; k++) {
        char *t = replace(s, bad_edits[k][0], bad_edits[k][1]);
        assert_null(load_text(ct_gbdt_type(), t, CT_EFORMAT));
        free(t);
    }
    free(s);
    ct_gbdt_type()->destroy(gb);
    ct_csr_free(X);
}

/* The diagnostics of a damaged saved state name the parameter and what is
 * wrong with it (before 2026-12-02: "a parameter is missing or
 * ill-typed", the same words for any of a dozen keys, for every family). */
static void assert_load_says(const ct_estimator_type *t, const char *s, const char *from,
                             const char *to, const char *want)
{
    char *text = replace(s, from, to);
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(text, strlen(text), "state", NULL, &doc, &d), CT_OK);
    void *m = NULL;
    assert_int_equal(t->load(ct_json_doc_root(doc), &m, &d), CT_EFORMAT);
    assert_null(m);
    if (!strstr(d.message, want))
        fprintf(stderr, "load: '%s' lacks '%s'\n", d.message, want);
    assert_non_null(strstr(d.message, want));
    ct_json_doc_free(doc);
    free(text);
}

static void test_damaged_named(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 300, 1);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 2;
    gp.max_depth = 2;
    void *gb = fit(ct_gbdt_type(), &gp, X, yd);
    char *s = save_text(ct_gbdt_type(), gb);
    assert_load_says(ct_gbdt_type(), s, "\"best_iteration\": 1", "\"best_iteration\": -1",
                     "'best_iteration' is -1, outside 0..100000");
    assert_load_says(ct_gbdt_type(), s, "\"max_depth\": 2,", "",
                     "bad boosting state: 'max_depth' is missing");
    assert_load_says(ct_gbdt_type(), s, "\"base_score\": ", "\"base_score\": \"x\", \"b\": ",
                     "'base_score' is not a finite number");
    assert_load_says(ct_gbdt_type(), s, "\"n_features\": 8", "\"n_features\": -8",
                     "'n_features' is -8, outside 0..");
    assert_load_says(ct_gbdt_type(), s, "\"trees\": [", "\"trees\": {}, \"t\": [",
                     "'trees' is not an array of trees, or empty");
    /* the first tree's last node (a leaf: children follow their parents)
     * edited to a value whose sums overflow a double (each value is finite,
     * so only the sum bound catches it); its root, a split, edited to a
     * threshold as large loads: a threshold is compared, never added
     * (before 2026-12-03 it was counted, and a model trained on values
     * near 1e300 was refused by its own loader) */
    {
        const char *v = strstr(s, "\"value\": [");
        assert_non_null(v);
        const char *end = strchr(v, ']'), *last = end;
        assert_non_null(end);
        while (last > v && last[-1] != ',' && last[-1] != '[')
            last--;
        /* "..., <last>]" with its whitespace: the array up to the last
         * element kept, the element replaced */
        const size_t head = (size_t)(last - v);
        char *from = malloc((size_t)(end - v) + 2), *to = malloc(head + 16);
        assert_non_null(from);
        assert_non_null(to);
        snprintf(from, (size_t)(end - v) + 2, "%.*s", (int)(end - v + 1), v);
        snprintf(to, head + 16, "%.*s 1e301]", (int)head, v);
        assert_load_says(ct_gbdt_type(), s, from, to, "largest leaf values add up beyond 1e+300");
        free(from);
        free(to);
        const size_t len = strcspn(v + strlen("\"value\": ["), ",]");
        char first[64];
        assert_true(len > 0 && len < sizeof first - 12);
        snprintf(first, sizeof first, "%.*s", (int)(strlen("\"value\": [") + len), v);
        char *t = replace(s, first, "\"value\": [1.7e308");
        void *big = load_text(ct_gbdt_type(), t, CT_OK);
        assert_non_null(big);
        ct_gbdt_type()->destroy(big);
        free(t);
    }
    free(s);
    ct_gbdt_type()->destroy(gb);
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 2;
    rp.max_depth = 2;
    void *rf = fit(ct_rf_type(), &rp, X, yd);
    s = save_text(ct_rf_type(), rf);
    assert_load_says(ct_rf_type(), s, "\"max_bins\": 1024", "\"max_bins\": 1",
                     "bad random-forest state: 'max_bins' is 1, outside 2..65535");
    assert_load_says(ct_rf_type(), s, "\"bootstrap\": 1", "\"bootstrap\": true",
                     "'bootstrap' is not a whole number");
    assert_load_says(ct_rf_type(), s, "\"oob_score_value\": null", "\"oob_score_value\": \"x\"",
                     "'oob_score_value' is not null or an accuracy in [0, 1]");
    free(s);
    ct_rf_type()->destroy(rf);
    ct_csr_free(X);
    X = csr_rows(0, 300, 0); /* lr takes no missing value */
    ct_lr_params lp = ct_lr_params_default();
    void *lr = fit(ct_lr_type(), &lp, X, yd);
    s = save_text(ct_lr_type(), lr);
    assert_load_says(ct_lr_type(), s, "\"C\": 1", "\"C\": \"1\", \"c\": 1",
                     "bad logistic-regression state: 'C' is not a finite number");
    assert_load_says(ct_lr_type(), s, "\"fit_intercept\": true", "\"fit_intercept\": 1",
                     "'fit_intercept' is not true or false");
    assert_load_says(ct_lr_type(), s, "\"converged\": true", "\"converged\": null",
                     "'converged' is not true or false");
    free(s);
    ct_lr_type()->destroy(lr);
    ct_csr_free(X);
}

static void test_bad_input(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 100, 1);
    void *m = NULL;
    ct_diag d;
    ct_gbdt_params gp = ct_gbdt_params_default();
    double y0[100] = {0};
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y0, NULL, NULL, NULL, &m, &d), CT_EDATA);
    assert_null(m);
    double y2[100];
    memcpy(y2, yd, sizeof y2);
    y2[5] = 2;
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y2, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 5"));
    gp.learning_rate = 0;
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, yd, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    ct_csr_free(X);
    ct_csr *Xi = NULL;
    assert_int_equal(ct_csr_create(2, &Xi), CT_OK);
    uint32_t idx[1] = {1};
    double v[1] = {INFINITY};
    assert_int_equal(ct_csr_append_row(Xi, idx, v, 1), CT_OK);
    ct_rf_params rp = ct_rf_params_default();
    assert_int_equal(ct_rf_type()->fit(&rp, Xi, yd, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    ct_csr_free(Xi);
    /* a malformed design (a column twice in a row): the check's own words,
     * after the family's, in one message (once formatted from itself) */
    ct_csr *Xm = NULL;
    assert_int_equal(ct_csr_create(2, &Xm), CT_OK);
    for (int i = 0; i < 100; i++) {
        uint32_t ix[2] = {0, 1};
        double vx[2] = {i, 1};
        assert_int_equal(ct_csr_append_row(Xm, ix, vx, 2), CT_OK);
    }
    Xm->indices[Xm->indptr[3] + 1] = Xm->indices[Xm->indptr[3]];
    gp = ct_gbdt_params_default();
    assert_int_equal(ct_gbdt_type()->fit(&gp, Xm, yd, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    assert_non_null(strstr(d.message, "malformed design: CSR row 3"));
    assert_int_equal(ct_rf_type()->fit(&rp, Xm, yd, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "rf: malformed design: CSR row 3"));
    ct_csr_free(Xm);
    /* grid keys */
    assert_int_equal(ct_rf_params_set(&rp, "max_features", "0.6", &d), CT_OK);
    assert_true(rp.max_features == 0.6);
    assert_int_equal(ct_rf_params_set(&rp, "max_depth", "None", &d), CT_OK);
    assert_int_equal(ct_rf_params_set(&rp, "max_samples", "1.5", &d), CT_EINVAL);
    assert_int_equal(ct_rf_params_set(&rp, "nope", "1", &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "nope"));
    gp = ct_gbdt_params_default();
    assert_true(gp.learning_rate == 0.3 && gp.max_depth == 6 && gp.min_child_weight == 1);
    assert_int_equal(ct_gbdt_params_set(&gp, "min_child_weight", "5", &d), CT_OK);
    assert_true(gp.min_child_weight == 5);
    assert_int_equal(ct_gbdt_params_set(&gp, "subsample", "0", &d), CT_EINVAL);
    assert_ptr_equal(ct_estimator_find("rf"), ct_rf_type());
    assert_ptr_equal(ct_estimator_find("gbdt"), ct_gbdt_type());
}

/* allocation failures anywhere in fit: a clean CT_ENOMEM, no leak */
static void test_nomem(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 200, 1);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 3;
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 3;
    rp.oob_score = 1;
    for (int fam = 0; fam < 2; fam++)
        for (long k = 0; k < 400; k++) {
            void *m = NULL;
            ct_diag d;
            ct_alloc_fail_after(k);
            ct_status st = fam ? ct_gbdt_type()->fit(&gp, X, yd, NULL, NULL, NULL, &m, &d)
                               : ct_rf_type()->fit(&rp, X, yd, NULL, NULL, NULL, &m, &d);
            ct_alloc_fail_after(-1);
            if (st == CT_OK) {
                (fam ? ct_gbdt_type() : ct_rf_type())->destroy(m);
                break;
            }
            assert_int_equal(st, CT_ENOMEM);
            assert_null(m);
        }
    ct_csr_free(X);
}

/* A whole model file (pipeline + trees) written and read back: the same
 * probabilities, the same bytes; a flipped tree link refused. With
 * CT_TREES_CORPUS set to a folder, the files are also written there (the
 * seeds of tests/fuzz/corpus/model/rf.ctm and gbdt.ctm). */
static const char small_csv[] = "id,label,views,kind,text\n"
                                "1,claim,1200,a,someone shared with me that the moon is hollow\n"
                                "2,opinion,10,b,i think that cats are great\n"
                                "3,claim,800,a,someone learned that water is wet\n"
                                "4,opinion,20,b,i believe that drones are loud\n"
                                "5,claim,1500,b,someone learned that the moon has water\n"
                                "6,opinion,15,a,i think that mail is slow\n"
                                "7,claim,3000,a,someone shared with me that water boils\n"
                                "8,opinion,,b,i believe the moon is pretty\n";

/* The out-of-bag score recomputed by brute force from the forest's own
 * bootstrap draws (tree t's stream 1 + t of random_state, the first
 * round(max_samples n) draws: its in-bag rows) and its trees: each row's
 * mean leaf value over the trees that did not draw it, class 1 above 0.5,
 * scored on the rows some tree left out; the rows every tree drew counted
 * (ct_rf_oob_unscored). Added 2026-12-05 with train's --oob-score
 * (tests/cli/train_rf_oob_score). */
static void oob_brute_force(const tree_model *m, const ct_rf_params *rp, size_t n, double *score,
                            size_t *unscored)
{
    const size_t ndraw = (size_t)fmax(1.0, round(rp->max_samples * (double)n));
    double *sum = calloc(n, sizeof *sum);
    size_t *k = calloc(n, sizeof *k);
    uint32_t *cnt = malloc(n * sizeof *cnt);
    for (size_t t = 0; t < m->ntrees; t++) {
        ct_rng *rng = NULL;
        assert_int_equal(ct_rng_create(rp->random_state, 1 + (uint64_t)t, &rng), CT_OK);
        memset(cnt, 0, n * sizeof *cnt);
        for (size_t d = 0; d < ndraw; d++)
            cnt[ct_rng_uniform_int(rng, n)]++;
        ct_rng_destroy(rng);
        for (size_t i = 0; i < n; i++) {
            if (cnt[i])
                continue;
            double x[NP];
            for (int j = 0; j < NP; j++)
                x[j] = isnan(Xd[i][j]) ? 0 : Xd[i][j]; /* as csr_rows(.., 0) */
            sum[i] += m->trees[t].node[tree_leaf(&m->trees[t], x)].value;
            k[i]++;
        }
    }
    size_t right = 0, seen = 0;
    for (size_t i = 0; i < n; i++)
        if (k[i]) {
            seen++;
            right += (sum[i] / (double)k[i] > 0.5) == (yd[i] == 1);
        }
    *score = (double)right / (double)seen;
    *unscored = n - seen;
    free(sum);
    free(k);
    free(cnt);
}

static void test_oob_score(void **state)
{
    (void)state;
    design();
    const size_t n = 2000;
    ct_csr *X = csr_rows(0, (int)n, 0);
    ct_rf_params rp = ct_rf_params_default();
    rp.max_features = 0.6;
    rp.max_samples = 0.7;
    rp.oob_score = 1;
    for (int pass = 0; pass < 2; pass++) {
        /* 100 trees: every row out of bag somewhere; 3: a row is drawn by
         * each with odds 1 - exp(-0.7), by all three for about 13% of rows */
        rp.n_estimators = pass ? 3 : 100;
        void *rf = fit(ct_rf_type(), &rp, X, yd);
        double want;
        size_t unscored;
        oob_brute_force(rf, &rp, n, &want, &unscored);
        assert_true(ct_rf_oob_score(rf) == want);
        assert_int_equal(ct_rf_oob_unscored(rf), unscored);
        if (!pass) {
            assert_int_equal(unscored, 0);
            /* RandomForestClassifier(n_estimators=100, max_features=0.6,
             * max_samples=0.7, oob_score=True, random_state=s).fit(X[:2000]
             * (NaN as 0), y).oob_score_ for s = 0..4 (ref_trees.py's design):
             * 0.8025, 0.8035, 0.8035, 0.803, 0.8065; other bootstraps, so
             * within their spread and a little more */
            fprintf(stderr, "rf oob %.4f (sklearn 0.8025..0.8065)\n", want);
            assert_true(fabs(want - 0.8045) < 0.015);
        } else
            assert_true(unscored > 0);
        /* saved and loaded back; a file without the count (before
         * 2026-12-05) reads 0; a bad count is refused */
        char *s = save_text(ct_rf_type(), rf);
        char key[64];
        snprintf(key, sizeof key, "\"oob_unscored_rows\": %zu", unscored);
        assert_non_null(strstr(s, key));
        void *back = load_text(ct_rf_type(), s, CT_OK);
        assert_true(ct_rf_oob_score(back) == want);
        assert_int_equal(ct_rf_oob_unscored(back), unscored);
        ct_rf_type()->destroy(back);
        char *old = replace(s, key, "\"oob_unscored_rows_x\": 0");
        back = load_text(ct_rf_type(), old, CT_OK);
        assert_int_equal(ct_rf_oob_unscored(back), 0);
        ct_rf_type()->destroy(back);
        free(old);
        assert_load_says(ct_rf_type(), s, key, "\"oob_unscored_rows\": -1", "oob_unscored_rows");
        free(s);
        ct_rf_type()->destroy(rf);
    }
    /* not asked: no score, no count in the file */
    rp.oob_score = 0;
    rp.n_estimators = 3;
    void *rf = fit(ct_rf_type(), &rp, X, yd);
    assert_true(isnan(ct_rf_oob_score(rf)));
    assert_int_equal(ct_rf_oob_unscored(rf), 0);
    char *s = save_text(ct_rf_type(), rf);
    assert_null(strstr(s, "oob_unscored_rows"));
    free(s);
    ct_rf_type()->destroy(rf);
    ct_csr_free(X);
}

static void test_model_file(void **state)
{
    (void)state;
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = ct_test_load(small_csv, &lo, CT_OK, NULL);
    const char *excl[] = {"label", "id"};
    const char *dir = getenv("CT_TREES_CORPUS");
    for (int fam = 0; fam < 2; fam++) {
        ct_feature_set fs;
        ct_diag d;
        assert_int_equal(ct_feature_set_resolve(f, "all", "text", excl, 2, NULL, 0, &fs, &d),
                         CT_OK);
        ct_pipeline_spec spec = ct_pipeline_spec_default();
        spec.text = "text";
        ct_feature_set_apply(&fs, &spec);
        ct_model *m = ct_model_create();
        assert_int_equal(ct_pipeline_fit(f, NULL, 8, &spec, &m->pipeline, &d), CT_OK);
        ct_feature_set_free(&fs);
        ct_csr *X = NULL;
        assert_int_equal(ct_pipeline_transform(m->pipeline, f, NULL, 8, &X, NULL, &d), CT_OK);
        const double y[] = {1, 0, 1, 0, 1, 0, 1, 0};
        ct_rf_params rp = ct_rf_params_default();
        rp.n_estimators = 3;
        ct_gbdt_params gp = ct_gbdt_params_default();
        gp.n_estimators = 3;
        gp.min_child_weight = 0;
        m->type = fam ? ct_gbdt_type() : ct_rf_type();
        assert_int_equal(m->type->fit(fam ? (const void *)&gp : (const void *)&rp, X, y, NULL, NULL,
                                      NULL, &m->estimator, &d),
                         CT_OK);
        ct_csr_free(X);
        m->target = ct_strdup("label");
        m->positive = ct_strdup("claim");
        m->id = ct_strdup("id");
        m->threshold_rule = ct_strdup("default 0.5");
        m->command_line = ct_strdup("claimtriage train t.csv -m m.ctm");
        m->input_hash = ct_strdup("crc32:00000000");
        m->rows_read = m->rows_used = 8;
        char *buf = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&buf, &len);
        assert_int_equal(ct_model_file_write(fp, m), CT_OK);
        fclose(fp);
        ct_model *b = NULL;
        assert_int_equal(ct_model_file_load_mem(buf, len, "m.ctm", &b, &d), CT_OK);
        double p1[8], p2[8];
        assert_int_equal(ct_model_predict_raw(m, f, NULL, 0, p1, NULL, &d), CT_OK);
        assert_int_equal(ct_model_predict_raw(b, f, NULL, 0, p2, NULL, &d), CT_OK);
        assert_memory_equal(p1, p2, sizeof p1);
        char *buf2 = NULL;
        size_t len2 = 0;
        fp = open_memstream(&buf2, &len2);
        assert_int_equal(ct_model_file_write(fp, b), CT_OK);
        fclose(fp);
        assert_int_equal(len, len2);
        assert_memory_equal(buf, buf2, len);
        if (dir) {
            char path[512];
            snprintf(path, sizeof path, "%s/%s.ctm", dir, fam ? "gbdt" : "rf");
            FILE *out = fopen(path, "w");
            assert_non_null(out);
            fwrite(buf, 1, len, out);
            fclose(out);
        }
        /* an edit of the payload is refused (the checksum catches it first) */
        char *at = strstr(buf, "\"left\": [");
        assert_non_null(at);
        at[strlen("\"left\": [") + 9] ^= 1;
        ct_model *c = NULL;
        assert_int_equal(ct_model_file_load_mem(buf, len, "m.ctm", &c, &d), CT_EFORMAT);
        assert_null(c);
        free(buf);
        free(buf2);
        ct_model_free(m);
        ct_model_free(b);
    }
    ct_frame_destroy(f);
}

/* The real reports file: every labelled row, the pipeline's "all" design
 * (engagement, status levels, transcription n-grams and lengths); train on
 * 4 rows in 5, test on the 5th. Issue 13's bars: test recall and precision
 * >= 0.999 for gbdt (and rf, reported), contributions + bias = logit(p) on
 * every row to 1e-9. */
static void test_real_file(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path)
        skip();
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = NULL;
    ct_diag d;
    assert_int_equal(ct_frame_load(path, &lo, &f, NULL, &d), CT_OK);
    const char *exclude[] = {"claim_status", "video_id", "#"};
    ct_feature_set fs;
    assert_int_equal(
        ct_feature_set_resolve(f, "all", "video_transcription_text", exclude, 3, NULL, 0, &fs, &d),
        CT_OK);
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    ct_feature_set_apply(&fs, &spec);
    spec.text = "video_transcription_text";
    size_t jy;
    assert_int_equal(ct_frame_find(f, "claim_status", &jy, &d), CT_OK);
    const ct_column *cy = ct_frame_col(f, jy);
    const size_t n0 = ct_frame_nrows(f);
    size_t *tr = malloc(n0 * sizeof *tr), *te = malloc(n0 * sizeof *te), ntr = 0, nte = 0, nl = 0;
    double *ytr = malloc(n0 * sizeof *ytr), *yte = malloc(n0 * sizeof *yte);
    for (size_t i = 0; i < n0; i++) {
        size_t yl;
        const char *ys = ct_column_str(cy, i, &yl);
        if (!ys)
            continue;
        const double yi = yl == 5 && !memcmp(ys, "claim", 5);
        if (nl++ % 5 == 4) {
            yte[nte] = yi;
            te[nte++] = i;
        } else {
            ytr[ntr] = yi;
            tr[ntr++] = i;
        }
    }
    ct_pipeline *pl = NULL;
    assert_int_equal(ct_pipeline_fit(f, tr, ntr, &spec, &pl, &d), CT_OK);
    ct_csr *Xtr = NULL, *Xte = NULL;
    assert_int_equal(ct_pipeline_transform(pl, f, tr, ntr, &Xtr, NULL, &d), CT_OK);
    assert_int_equal(ct_pipeline_transform(pl, f, te, nte, &Xte, NULL, &d), CT_OK);
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 100;
    gp.max_depth = 4;
    gp.learning_rate = 0.1;
    ct_rf_params rp = ct_rf_params_default();
    rp.n_estimators = 50;
    const ct_estimator_type *types[2] = {ct_gbdt_type(), ct_rf_type()};
    const void *params[2] = {&gp, &rp};
    for (int k = 0; k < 2; k++) {
        const ct_estimator_type *T = types[k];
        void *m = fit(T, params[k], Xtr, ytr);
        double *p = malloc(nte * sizeof *p), *phi = malloc((Xte->ncols + 1) * sizeof *phi);
        assert_int_equal(T->predict_proba(m, Xte, p, &d), CT_OK);
        size_t tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < nte; i++) {
            tp += p[i] >= 0.5 && yte[i] == 1;
            fp += p[i] >= 0.5 && yte[i] == 0;
            fn += p[i] < 0.5 && yte[i] == 1;
        }
        const double rec = (double)tp / (double)(tp + fn), prec = (double)tp / (double)(tp + fp);
        fprintf(stderr, "real file, %s: %zu columns, test recall %.6f precision %.6f\n", T->name,
                Xte->ncols, rec, prec);
        if (k == 0) {
            assert_true(rec >= 0.999);
            assert_true(prec >= 0.999);
        }
        if (k == 1) { /* the forest: quality only (its deep trees make TreeSHAP of
                         * 19k rows slow under the sanitizers; the small-design test
                         * checks its sums) */
            free(p);
            free(phi);
            T->destroy(m);
            continue;
        }
        /* contributions add up on every test row and every training row */
        double worst = 0;
        for (int part = 0; part < 2; part++) {
            const ct_csr *X = part ? Xtr : Xte;
            double *pp = part ? malloc(ntr * sizeof *pp) : p;
            if (part)
                assert_int_equal(T->predict_proba(m, X, pp, &d), CT_OK);
            for (size_t i = 0; i < X->nrows; i++) {
                assert_int_equal(T->contributions(m, X, i, phi), CT_OK);
                double s = 0;
                for (size_t j = 0; j <= X->ncols; j++)
                    s += phi[j];
                const double want = ct_tree_contrib_scale(m) ? pp[i] : logit(pp[i]);
                if (fabs(s - want) > worst)
                    worst = fabs(s - want);
            }
            if (part)
                free(pp);
        }
        fprintf(stderr, "real file, %s: largest |sum(phi) - raw score| %.3g over %zu rows\n",
                T->name, worst, ntr + nte);
        assert_true(worst < 1e-9);
        free(p);
        free(phi);
        T->destroy(m);
    }
    ct_csr_free(Xtr);
    ct_csr_free(Xte);
    ct_pipeline_free(pl);
    ct_feature_set_free(&fs);
    ct_frame_destroy(f);
    free(tr);
    free(te);
    free(ytr);
    free(yte);
}

/* random_state is a uint64 but the model's JSON integers read back as
 * int64 only: a forest or boosting fitted with random_state >= 2^63 saved a
 * model its own load refused. Such seeds are now refused at the check; the
 * largest allowed one round-trips. */
/* A boosting round whose subsample draws no row has an empty root; with
 * reg_lambda = 0 its leaf was 0 / 0, and every later score NaN (train:
 * "row 0: the score is NaN", exit 2). As XGBoost, a node without hessian
 * weighs 0: the rounds that drew rows still count. */
static void test_empty_round_no_lambda(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 600, 1);
    const char *sub[] = {"1e-9", "0.002"};
    for (int c = 0; c < 2; c++) {
        ct_gbdt_params gp = ct_gbdt_params_default();
        ct_diag d;
        assert_int_equal(ct_gbdt_params_set(&gp, "subsample", sub[c], &d), CT_OK);
        gp.reg_lambda = 0;
        gp.min_child_weight = 0;
        gp.n_estimators = 40;
        void *m = fit(ct_gbdt_type(), &gp, X, yd);
        double p[600];
        assert_int_equal(ct_gbdt_type()->predict_proba(m, X, p, &d), CT_OK);
        for (int i = 0; i < 600; i++)
            assert_true(p[i] >= 0 && p[i] <= 1);
        const tree_model *tm = m;
        for (size_t t = 0; t < tm->ntrees; t++)
            for (uint32_t k = 0; k < tm->trees[t].n; k++)
                assert_true(isfinite(tm->trees[t].node[k].value));
        ct_gbdt_type()->destroy(m);
    }
    ct_csr_free(X);
}

/* A count of columns per split above the design's draws them all, however
 * large: max_features=1e300 (beyond 2^64, its conversion to a count was
 * undefined and gave 0 on x86-64: one column a split) must grow the same
 * forest as None (all columns). And the grid text refuses 1.5 with what it
 * takes, not the struct's "0 (sqrt)". */
static void test_max_features_huge(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 600, 1);
    ct_rf_params a = ct_rf_params_default(), b;
    a.n_estimators = 5;
    a.max_depth = 6;
    b = a;
    ct_diag d;
    assert_int_equal(ct_rf_params_set(&a, "max_features", "None", &d), CT_OK);
    /* by value, as a file written before the kinds holds it */
    b.max_features = 1e300;
    void *ma = fit(ct_rf_type(), &a, X, yd), *mb = fit(ct_rf_type(), &b, X, yd);
    double pa[600], pb[600];
    assert_int_equal(ct_rf_type()->predict_proba(ma, X, pa, &d), CT_OK);
    assert_int_equal(ct_rf_type()->predict_proba(mb, X, pb, &d), CT_OK);
    assert_memory_equal(pa, pb, sizeof pa);
    ct_rf_type()->destroy(mb);
    /* and as a count written whole, beyond any design's columns */
    assert_int_equal(ct_rf_params_set(&b, "max_features", "1000000000000000000000", &d), CT_OK);
    assert_int_equal(b.max_features_kind, CT_RF_MAX_FEATURES_COUNT);
    mb = fit(ct_rf_type(), &b, X, yd);
    assert_int_equal(ct_rf_type()->predict_proba(mb, X, pb, &d), CT_OK);
    assert_memory_equal(pa, pb, sizeof pa);
    assert_int_equal(ct_rf_params_set(&b, "max_features", "1.5", &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "takes sqrt, log2, None"));
    /* a float above 1 is no count (scikit-learn refuses the float 1e300) */
    assert_int_equal(ct_rf_params_set(&b, "max_features", "1e300", &d), CT_EINVAL);
    ct_rf_type()->destroy(ma);
    ct_rf_type()->destroy(mb);
    ct_csr_free(X);
}

static void predict_rf(const ct_rf_params *rp, const ct_csr *X, double *p, char **text)
{
    ct_diag d;
    void *m = fit(ct_rf_type(), rp, X, yd);
    assert_int_equal(ct_rf_type()->predict_proba(m, X, p, &d), CT_OK);
    if (text)
        *text = save_text(ct_rf_type(), m);
    ct_rf_type()->destroy(m);
}

/* max_features and max_samples read as scikit-learn's RandomForestClassifier
 * reads them: an int is a count, a float a fraction in (0, 1]. Before
 * 2026-12-02 "max_features=1" drew every column (the fraction 1.0) where
 * scikit-learn draws one. Each count is checked against the fraction that
 * draws as many (the same random draws: bit-identical probabilities), and
 * a saved forest keeps its kind, while a state without one reads by value,
 * as every file written before. */
static void test_max_features_sklearn_types(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, 600, 1);
    ct_diag d;
    ct_rf_params base = ct_rf_params_default(), r = base;
    base.n_estimators = 20;
    base.max_depth = 3;
    /* the text's type decides */
    r = base;
    assert_int_equal(ct_rf_params_set(&r, "max_features", "1", &d), CT_OK);
    assert_true(r.max_features == 1 && r.max_features_kind == CT_RF_MAX_FEATURES_COUNT);
    ct_rf_params one = r;
    assert_int_equal(ct_rf_params_set(&r, "max_features", "1.0", &d), CT_OK);
    assert_true(r.max_features == 1 && r.max_features_kind == CT_RF_MAX_FEATURES_BY_VALUE);
    assert_int_equal(ct_rf_params_set(&r, "max_features", "5e-1", &d), CT_OK);
    assert_true(r.max_features == 0.5 && r.max_features_kind == CT_RF_MAX_FEATURES_BY_VALUE);
    assert_int_equal(ct_rf_params_set(&r, "max_features", "2.0", &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "max_features=2.0"));
    assert_int_equal(ct_rf_params_set(&r, "max_features", "0", &d), CT_EINVAL);
    assert_int_equal(ct_rf_params_set(&r, "max_samples", "2.0", &d), CT_EINVAL);
    assert_int_equal(ct_rf_params_set(&r, "max_samples", "0", &d), CT_EINVAL);
    char t[32];
    ct_rf_max_features_text(&one, t, sizeof t);
    assert_string_equal(t, "1");
    ct_rf_max_features_text(&r, t, sizeof t);
    assert_string_equal(t, "0.5");
    r.max_features = 1;
    ct_rf_max_features_text(&r, t, sizeof t);
    assert_string_equal(t, "1.0");

    /* one column a split: as the fraction 1.5/8 (floor(1.5) = 1 of the 8),
     * not as every column */
    double p1[600], pf[600], pall[600];
    char *s1 = NULL, *sall = NULL;
    predict_rf(&one, X, p1, &s1);
    r = base;
    r.max_features = 1.5 / NP;
    predict_rf(&r, X, pf, NULL);
    assert_memory_equal(p1, pf, sizeof p1);
    r.max_features = 1;
    predict_rf(&r, X, pall, &sall);
    assert_memory_not_equal(p1, pall, sizeof p1);
    /* log2(8) = 3 columns a split, as the count 3 */
    r = base;
    assert_int_equal(ct_rf_params_set(&r, "max_features", "log2", &d), CT_OK);
    assert_int_equal(r.max_features_kind, CT_RF_MAX_FEATURES_LOG2);
    predict_rf(&r, X, pf, NULL);
    ct_rf_params three = base;
    assert_int_equal(ct_rf_params_set(&three, "max_features", "3", &d), CT_OK);
    predict_rf(&three, X, pall, NULL);
    assert_memory_equal(pf, pall, sizeof pf);
    /* max_samples=1: one bootstrap draw a tree, as the fraction 1/600 */
    r = base;
    assert_int_equal(ct_rf_params_set(&r, "max_samples", "1", &d), CT_OK);
    assert_true(r.max_samples == 1 && r.max_samples_count == 1);
    predict_rf(&r, X, pf, NULL);
    r.max_samples_count = 0;
    r.max_samples = 1.0 / 600;
    predict_rf(&r, X, pall, NULL);
    assert_memory_equal(pf, pall, sizeof pf);

    /* the model file: the count's kind is saved and read back; a state
     * without it (every file before) reads by value, 1 = every column */
    assert_non_null(strstr(s1, "\"max_features_kind\": \"count\""));
    assert_null(strstr(sall, "max_features_kind"));
    void *m = load_text(ct_rf_type(), s1, CT_OK);
    char *again = save_text(ct_rf_type(), m);
    assert_string_equal(s1, again);
    ct_rf_type()->destroy(m);
    free(again);
    char *old = strdup(s1), *k = strstr(old, "\"max_features_kind\"");
    char *end = strstr(k, "\"count\"") + strlen("\"count\"");
    while (*k != ',')
        k--;
    memmove(k, end, strlen(end) + 1);
    m = load_text(ct_rf_type(), old, CT_OK);
    again = save_text(ct_rf_type(), m);
    assert_null(strstr(again, "max_features_kind"));
    ct_rf_type()->destroy(m);
    free(again);
    char *bad = strdup(s1);
    memcpy(strstr(bad, "\"count\""), "\"cOunt\"", 7);
    load_text(ct_rf_type(), bad, CT_EFORMAT);
    free(bad);
    free(old);
    free(s1);
    free(sall);
    ct_csr_free(X);
}

/* A column whose two values are -1.7e308 and 1.7e308 (their difference
 * overflows: the bin edge was +inf), or the adjacent doubles -1 - 2^-52 and
 * -1 (the midpoint rounds to -1): the values fell in one bin and neither
 * family split a column that separates the classes. Each must now split it
 * with a finite threshold, a <= t < b, predict the rows apart, and save a
 * model its loader takes. */
static void test_extreme_edges(void **state)
{
    (void)state;
    const double pairs[][2] = {{-1.7e308, 1.7e308}, {-1.0000000000000002, -1.0},
                               {-DBL_MAX, DBL_MAX}, {1e-320, 2e-320},
                               {1e308, DBL_MAX},    {-DBL_MAX, -1e300}};
    for (size_t c = 0; c < sizeof pairs / sizeof pairs[0]; c++) {
        ct_csr *X = NULL;
        assert_int_equal(ct_csr_create(1, &X), CT_OK);
        double y[8];
        for (int i = 0; i < 8; i++) {
            const uint32_t j = 0;
            const double v = pairs[c][i & 1];
            y[i] = (double)(i & 1);
            assert_int_equal(ct_csr_append_row(X, &j, &v, 1), CT_OK);
        }
        ct_rf_params rp = ct_rf_params_default();
        rp.n_estimators = 1;
        rp.bootstrap = 0;
        ct_gbdt_params gp = ct_gbdt_params_default();
        gp.n_estimators = 1;
        gp.min_child_weight = 0;
        const ct_estimator_type *types[2] = {ct_rf_type(), ct_gbdt_type()};
        const void *params[2] = {&rp, &gp};
        for (int f = 0; f < 2; f++) {
            void *m = fit(types[f], params[f], X, y);
            const tree_model *tm = m;
            const tree *t = &tm->trees[0];
            assert_int_equal(t->n, 3);
            assert_true(isfinite(t->node[0].value));
            assert_true(t->node[0].value >= pairs[c][0] && t->node[0].value < pairs[c][1]);
            double p[8];
            ct_diag d;
            assert_int_equal(types[f]->predict_proba(m, X, p, &d), CT_OK);
            assert_true(p[0] < 0.5 && p[1] > 0.5);
            /* saved, the model loads (its threshold near 1e308 is no leaf
             * value the overflow bound counts: before 2026-12-03 the
             * loader refused what the fit saved) and predicts the same */
            char *text = save_text(types[f], m);
            void *back = load_text(types[f], text, CT_OK);
            double q[8], phi[2];
            assert_int_equal(types[f]->predict_proba(back, X, q, &d), CT_OK);
            assert_memory_equal(p, q, sizeof p);
            assert_int_equal(types[f]->contributions(back, X, 1, phi), CT_OK);
            assert_true(isfinite(phi[0]) && isfinite(phi[1]));
            types[f]->destroy(back);
            free(text);
            types[f]->destroy(m);
        }
        ct_csr_free(X);
    }
}

static void test_random_state_range(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, NR, 0);
    ct_gbdt_params g = ct_gbdt_params_default();
    ct_rf_params r = ct_rf_params_default();
    g.n_estimators = r.n_estimators = 3;
    g.random_state = r.random_state = (uint64_t)INT64_MAX + 1;
    assert_non_null(ct_gbdt_params_check(&g));
    assert_non_null(ct_rf_params_check(&r));
    void *m = (void *)1;
    ct_diag d;
    assert_int_equal(ct_gbdt_type()->fit(&g, X, yd, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    g.random_state = r.random_state = (uint64_t)INT64_MAX;
    const ct_estimator_type *ts[2] = {ct_gbdt_type(), ct_rf_type()};
    const void *ps[2] = {&g, &r};
    for (int k = 0; k < 2; k++) {
        void *a = fit(ts[k], ps[k], X, yd);
        char *text = save_text(ts[k], a);
        void *b = load_text(ts[k], text, CT_OK);
        ts[k]->destroy(a);
        ts[k]->destroy(b);
        free(text);
    }
    ct_csr_free(X);
}

/* ct_gbdt_fit_valid checks its validation rows as fit checks the training
 * rows: a NaN validation label made every loss NaN and early stopping kept
 * one tree with CT_OK; a label 2 or an infinite value was used as given. */
static void test_fit_valid_checks(void **state)
{
    (void)state;
    design();
    ct_csr *X = csr_rows(0, NR, 0);
    ct_gbdt_params g = ct_gbdt_params_default();
    g.n_estimators = 10;
    g.early_stopping_rounds = 2;
    double *yv = malloc(NR * sizeof *yv);
    ct_diag d;
    void *m = (void *)1;
    memcpy(yv, yd, NR * sizeof *yv);
    yv[3] = NAN;
    assert_int_equal(ct_gbdt_fit_valid(&g, X, yd, NULL, X, yv, NULL, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    assert_non_null(strstr(d.message, "validation row 3"));
    yv[3] = 2;
    m = (void *)1;
    assert_int_equal(ct_gbdt_fit_valid(&g, X, yd, NULL, X, yv, NULL, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    m = (void *)1;
    assert_int_equal(ct_gbdt_fit_valid(&g, X, yd, NULL, X, NULL, NULL, NULL, &m, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "without labels"));
    ct_csr *Xi = NULL;
    assert_int_equal(ct_csr_create(NP, &Xi), CT_OK);
    const uint32_t idx[1] = {0};
    const double inf[1] = {INFINITY};
    assert_int_equal(ct_csr_append_row(Xi, idx, inf, 1), CT_OK);
    m = (void *)1;
    assert_int_equal(ct_gbdt_fit_valid(&g, X, yd, NULL, Xi, yd, NULL, NULL, &m, &d), CT_EINVAL);
    assert_null(m);
    /* valid rows of one class are fine */
    const double zeros[1] = {0};
    ct_csr *X1 = NULL;
    assert_int_equal(ct_csr_create(NP, &X1), CT_OK);
    assert_int_equal(ct_csr_append_row(X1, idx, zeros, 1), CT_OK);
    m = NULL;
    assert_int_equal(ct_gbdt_fit_valid(&g, X, yd, NULL, X1, zeros, NULL, NULL, &m, &d), CT_OK);
    ct_gbdt_type()->destroy(m);
    ct_csr_free(X1);
    ct_csr_free(Xi);
    free(yv);
    ct_csr_free(X);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quality),
        cmocka_unit_test(test_newton_steps),
        cmocka_unit_test(test_treeshap),
        cmocka_unit_test(test_treeshap_deep),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_gradients_v4),
        cmocka_unit_test(test_colsample_bynode),
        cmocka_unit_test(test_text_rounds),
        cmocka_unit_test(test_text_rounds_early_stopping),
        cmocka_unit_test(test_damaged),
        cmocka_unit_test(test_damaged_named),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_nomem),
        cmocka_unit_test(test_model_file),
        cmocka_unit_test(test_real_file),
        cmocka_unit_test(test_extreme_edges),
        cmocka_unit_test(test_max_features_huge),
        cmocka_unit_test(test_max_features_sklearn_types),
        cmocka_unit_test(test_empty_round_no_lambda),
        cmocka_unit_test(test_random_state_range),
        cmocka_unit_test(test_fit_valid_checks),
        cmocka_unit_test(test_oob_score),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
