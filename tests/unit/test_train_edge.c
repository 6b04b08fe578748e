/* test_train_edge.c — the grid-edge note's limits (select/train_edge.c):
 * every ordered key's range in the note's table against what --grid takes
 * (tr_config: the families' own checks), and the note's advice on grids
 * whose chosen value sits at a key's limit or next to it. Before
 * 2026-12-03 the note said "try learning_rate=2" (learning_rate is in
 * (0, 1]), "max_depth=1 ... may lie below it", "try min_samples_split=1",
 * and rounded C=0.1 to 1 (a count's rounding, as C=1 and 10 are whole). */
#include "ct_test.h"

#include "select/train_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when --grid KEY=TEXT is taken for family fam */
static int grid_takes(ct_train_family fam, const char *key, const char *text)
{
    char spec[160];
    snprintf(spec, sizeof spec, "%s=%s", key, text);
    ct_grid *g = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_grid_parse(spec, &g, &d) != CT_OK)
        return 0;
    const ct_train_options o = ct_train_options_default();
    ct_train_config cfg;
    const ct_status st = tr_config(g, 0, &o, fam, &cfg, &d);
    ct_grid_destroy(g);
    return st == CT_OK;
}

/* x as the grid takes it on the range's scale */
static void value_text(const tr_key_range *k, double x, char *buf, size_t size)
{
    if (k->whole)
        snprintf(buf, size, "%.0f", x);
    else {
        char t[40];
        snprintf(t, sizeof t, "%.17g", x);
        snprintf(buf, size, "%s%s", t, k->kind == 1 && !strpbrk(t, ".e") ? ".0" : "");
    }
}

static void test_ranges_match_grid(void **state)
{
    (void)state;
    size_t n = 0;
    for (const tr_key_range *k; (k = tr_key_range_at(n)) != NULL; n++) {
        for (int fam = 0; fam < CT_TRAIN_NFAMILIES; fam++) {
            if (!(k->families & (1u << fam)))
                continue;
            char t[48];
            /* the lower limit: taken when closed, and nothing below it */
            value_text(k, k->lo, t, sizeof t);
            if (grid_takes(fam, k->key, t) != !k->lo_open)
                fail_msg("%s (family %d): %s=%s %s", k->key, fam, k->key, t,
                         k->lo_open ? "taken, but the range excludes it" : "refused");
            /* below: refused, but where 0 means something else (no limit,
             * or min_df=0, which keeps what 1 keeps) */
            const int zero_meaning = k->lo == 1 && k->kind == 0 && !strcmp(k->key, "min_df");
            const int no_limit = k->lo == 1 && strstr(k->key, "max_features") &&
                                 (fam == CT_TRAIN_LR || strstr(k->key, "vectorizer__"));
            if (!k->lo_open && !zero_meaning && !no_limit) {
                value_text(k, k->whole ? k->lo - 1 : nextafter(k->lo, -INFINITY), t, sizeof t);
                if (grid_takes(fam, k->key, t))
                    fail_msg("%s (family %d): %s=%s below the limit taken", k->key, fam, k->key, t);
            }
            /* the upper limit, when fixed: taken, and nothing above it */
            if (isfinite(k->hi) && k->hi_from == 0) {
                value_text(k, k->hi, t, sizeof t);
                if (!grid_takes(fam, k->key, t))
                    fail_msg("%s (family %d): %s=%s refused", k->key, fam, k->key, t);
                value_text(k, k->whole ? k->hi + 1 : nextafter(k->hi, INFINITY), t, sizeof t);
                if (grid_takes(fam, k->key, t))
                    fail_msg("%s (family %d): %s=%s above the limit taken", k->key, fam, k->key, t);
            }
        }
    }
    assert_true(n >= 20);
}

/* Every ordered key of every family's description has a range. */
static void test_every_key_ranged(void **state)
{
    (void)state;
    const ct_train_options o = ct_train_options_default();
    for (int fam = 0; fam < CT_TRAIN_NFAMILIES; fam++) {
        ct_train_config cfg;
        tr_config_base(&o, fam, &cfg);
        char buf[512];
        ct_train_config_describe(&cfg, buf, sizeof buf);
        char *save = NULL;
        for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            const size_t klen = strcspn(w, "=");
            const char *v = w + klen + 1;
            char *end;
            (void)strtod(v, &end);
            if (end == v || *end) /* no order: ngrams=1-2, tfidf, None, sqrt */
                continue;
            const int kind =
                strpbrk(v, ".eE") && (!strncmp(w, "min_df", klen) ||
                                      (fam == CT_TRAIN_RF && (!strncmp(w, "max_features", klen) ||
                                                              !strncmp(w, "max_samples", klen))));
            if (!tr_key_range_find(fam, w, klen, kind))
                fail_msg("family %d: %.*s has no range", fam, (int)klen, w);
        }
    }
}

typedef struct edge_case {
    ct_train_family fam;
    const char *grid;   /* two candidates, the first the champion */
    double first_mean;  /* the champion's mean (the other's: 0.5) */
    const char *expect; /* "" no note, else "key=beyond_text" */
} edge_case;

static void test_edges_inside_limits(void **state)
{
    (void)state;
    static const edge_case cases[] = {
        {CT_TRAIN_GBDT, "learning_rate=1,0.5", 0.9, ""},
        {CT_TRAIN_GBDT, "learning_rate=0.8,0.4", 0.9, "learning_rate=1"},
        {CT_TRAIN_GBDT, "learning_rate=0.1,0.2", 0.9, "learning_rate=0.05"},
        {CT_TRAIN_GBDT, "max_depth=1,2", 0.9, ""},
        {CT_TRAIN_GBDT, "max_depth=20,10", 0.9, ""},
        {CT_TRAIN_GBDT, "max_depth=16,12", 0.9, "max_depth=20"},
        {CT_TRAIN_GBDT, "max_depth=2,3", 0.9, "max_depth=1"},
        {CT_TRAIN_GBDT, "n_estimators=1,2", 0.9, ""},
        {CT_TRAIN_GBDT, "n_estimators=100000,50000", 0.9, ""},
        {CT_TRAIN_GBDT, "n_estimators=80000,40000", 0.9, "n_estimators=100000"},
        {CT_TRAIN_GBDT, "gamma=0,1", 0.9, ""},
        {CT_TRAIN_GBDT, "gamma=1,2", 0.9, "gamma=0.5"},
        {CT_TRAIN_GBDT, "reg_lambda=0,1", 0.9, ""},
        {CT_TRAIN_GBDT, "min_child_weight=0,1", 0.9, ""},
        {CT_TRAIN_GBDT, "subsample=1,0.5", 0.9, ""},
        {CT_TRAIN_GBDT, "colsample_bytree=1,0.5", 0.9, ""},
        {CT_TRAIN_GBDT, "colsample_bytree=0.8,0.5", 0.9, "colsample_bytree=1"},
        {CT_TRAIN_GBDT, "vectorizer__max_features=1,2", 0.9, ""},
        {CT_TRAIN_RF, "min_samples_split=2,3", 0.9, ""},
        {CT_TRAIN_RF, "min_samples_split=3,4", 0.9, "min_samples_split=2"},
        {CT_TRAIN_RF, "min_samples_leaf=1,2", 0.9, ""},
        {CT_TRAIN_RF, "max_depth=1,2", 0.9, ""},
        {CT_TRAIN_RF, "max_depth=64,32", 0.9, ""},
        {CT_TRAIN_RF, "max_depth=48,32", 0.9, "max_depth=64"},
        {CT_TRAIN_RF, "max_features=1,2", 0.9, ""},
        {CT_TRAIN_RF, "max_features=4,2", 0.9, "max_features=5"}, /* 5 columns */
        {CT_TRAIN_RF, "max_features=5,3", 0.9, ""},
        {CT_TRAIN_RF, "max_features=1.0,0.5", 0.9, ""},
        {CT_TRAIN_RF, "max_features=0.8,0.5", 0.9, "max_features=1.0"},
        {CT_TRAIN_RF, "max_samples=1.0,0.5", 0.9, ""},
        {CT_TRAIN_RF, "max_samples=1,2", 0.9, ""},
        {CT_TRAIN_RF, "max_samples=80,40", 0.9, "max_samples=100"}, /* 100 training rows */
        /* a count key stays where a fold's 80 of the 100 training rows
         * can split (a tree's about 50 distinct in-bag rows; a child's
         * hessian at most 80 * 0.25 / 2 = 10), and a neighbour past it
         * (a constant fit) is no evidence (before 2026-12-05: "try
         * min_samples_leaf=50", "min_samples_leaf=1"; train_edge.c) */
        {CT_TRAIN_RF, "min_samples_leaf=10,2", 0.9, "min_samples_leaf=25"},
        {CT_TRAIN_RF, "min_samples_leaf=25,5", 0.9, ""},
        {CT_TRAIN_RF, "min_samples_leaf=2,60", 0.9, ""},
        {CT_TRAIN_RF, "min_samples_leaf=2,20", 0.9, "min_samples_leaf=1"},
        {CT_TRAIN_RF, "min_samples_split=30,10", 0.9, "min_samples_split=50"},
        {CT_TRAIN_RF, "min_samples_split=60,30", 0.9, ""},
        {CT_TRAIN_GBDT, "min_child_weight=5,1", 0.9, "min_child_weight=10"},
        {CT_TRAIN_GBDT, "min_child_weight=1,40", 0.9, ""},
        {CT_TRAIN_GBDT, "min_child_weight=2,4", 0.9, "min_child_weight=1"},
        {CT_TRAIN_LR, "C=1,10", 0.9, "C=0.1"},
        {CT_TRAIN_LR, "C=1e12,1e11", 0.9, ""},
        {CT_TRAIN_LR, "C=1e11,1e10", 0.9, "C=1e+12"},
        {CT_TRAIN_LR, "C=1,10", 0.1, ""}, /* the inner value scored better */
        {CT_TRAIN_LR, "max_features=1,2", 0.9, ""},
        {CT_TRAIN_LR, "max_features=3,0", 0.9,
         "max_features=1"}, /* 0: no limit, above 3; 1.5 rounds outward */
        {CT_TRAIN_LR, "min_df=1,2", 0.9, ""},
        {CT_TRAIN_LR, "min_df=0.0,0.1", 0.9, ""},
        {CT_TRAIN_LR, "min_df=1.0,0.5", 0.9, ""},
        {CT_TRAIN_LR, "min_df=3,5", 0.9, "min_df=2"},
        /* 2026-12-05: the step below 1, and v below u either way */
        {CT_TRAIN_GBDT, "learning_rate=0.1,0.3", 0.9, "learning_rate=0.0333333"},
        {CT_TRAIN_GBDT, "learning_rate=0.3,0.1", 0.9, "learning_rate=0.9"},
        {CT_TRAIN_LR, "C=0.5,0.25", 0.9, "C=1"},
        /* a count's half rounds outward, either side */
        {CT_TRAIN_GBDT, "max_depth=3,2", 0.9, "max_depth=5"},
        {CT_TRAIN_GBDT, "max_depth=6,8", 0.9, "max_depth=4"},
        {CT_TRAIN_GBDT, "max_depth=2,1", 0.9, "max_depth=4"},
        {CT_TRAIN_GBDT, "n_estimators=3,4", 0.9, "n_estimators=2"},
        {CT_TRAIN_GBDT, "n_estimators=100,99", 0.9, "n_estimators=101"},
        /* zero: nothing below it; a step up from it is arithmetic */
        {CT_TRAIN_GBDT, "gamma=1,0", 0.9, "gamma=2"},
        {CT_TRAIN_GBDT, "reg_lambda=0.5,0", 0.9, "reg_lambda=1"},
        {CT_TRAIN_GBDT, "gamma=0,0.5", 0.9, ""},
        {CT_TRAIN_GBDT, "min_child_weight=0,0.5", 0.9, ""},
        {CT_TRAIN_LR, "min_df=2,0", 0.9, "min_df=4"},
        /* values a hair apart: the advice is written beyond both, never
         * rounded back onto either; values the same to the description's
         * 6 digits (C=1.0000001 and 1) are one value there: no note */
        {CT_TRAIN_LR, "C=1.00001,1", 0.9, "C=1.00002"},
        {CT_TRAIN_LR, "C=1,1.00001", 0.9, "C=0.99999"},
        {CT_TRAIN_LR, "C=1.0000001,1", 0.9, ""},
        /* an open limit: a step that underflows goes half way to it (before:
         * "try C=0", which --grid refuses) */
        {CT_TRAIN_LR, "C=1e-300,1e-10", 0.9, "C=5e-301"},
        /* a step that overflows: no finite value to try (before: "inf") */
        {CT_TRAIN_GBDT, "reg_lambda=1e300,1", 0.9, ""},
        {CT_TRAIN_GBDT, "gamma=1e300,1e-300", 0.9, ""},
    };
    const ct_train_options o = ct_train_options_default();
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const edge_case *c = &cases[i];
        ct_grid *g = NULL;
        ct_diag d;
        ct_diag_clear(&d);
        assert_int_equal(ct_grid_parse(c->grid, &g, &d), CT_OK);
        assert_int_equal(ct_grid_ncandidates(g), 2);
        ct_train_config cfg[2];
        for (size_t k = 0; k < 2; k++)
            if (tr_config(g, k, &o, c->fam, &cfg[k], &d) != CT_OK)
                fail_msg("%s: %s", c->grid, d.message);
        /* 5 folds, std 0.01: a standard error of 0.005, far below the
         * margins here (the one-standard-error rule: within one, no edge) */
        double mean[2] = {c->first_mean, 0.5}, std[2] = {0.01, 0.01};
        ct_cv_result cv;
        memset(&cv, 0, sizeof cv);
        cv.n_candidates = 2;
        cv.n_folds = 5;
        cv.metric = CT_METRIC_AVERAGE_PRECISION;
        cv.mean = mean;
        cv.std = std;
        ct_train_result r;
        memset(&r, 0, sizeof r);
        r.cv = &cv;
        r.configs = cfg;
        r.champion = 0;
        r.n_features = 5;
        r.counts.rows[0] = 100;
        r.counts.positives[0] = 50;
        tr_grid_edges(&r);
        char got[96] = "";
        if (r.n_edges)
            snprintf(got, sizeof got, "%s=%s", r.edges[0].key, r.edges[0].beyond_text);
        if (strcmp(got, c->expect) != 0)
            fail_msg("--grid '%s': note '%s', expected '%s'", c->grid, got, c->expect);
        assert_true(r.n_edges <= 1);
        if (r.n_edges) { /* the advice is a value --grid takes */
            char one[96];
            snprintf(one, sizeof one, "%s", got);
            char *eq = strchr(one, '=');
            *eq = 0;
            assert_true(grid_takes(c->fam, one, eq + 1));
            /* strictly beyond both values tried, on the chosen one's side */
            const ct_train_grid_edge *e = &r.edges[0];
            if (!(e->side < 0 ? e->beyond < e->value && e->value < e->neighbour
                              : e->beyond > e->value && e->value > e->neighbour))
                fail_msg("--grid '%s': try %s, not beyond %s (inward %s)", c->grid, e->beyond_text,
                         e->value_text, e->neighbour_text);
            /* and the grid to run next holds the three, in the scale's order */
            char want[160];
            if (e->side < 0)
                snprintf(want, sizeof want, "%s=%s,%s,%s", e->key, e->beyond_text, e->value_text,
                         e->neighbour_text);
            else
                snprintf(want, sizeof want, "%s=%s,%s,%s", e->key, e->neighbour_text, e->value_text,
                         e->beyond_text);
            assert_string_equal(e->try_grid, want);
            ct_grid *next = NULL;
            assert_int_equal(ct_grid_parse(e->try_grid, &next, &d), CT_OK);
            assert_int_equal(ct_grid_ncandidates(next), 3);
            ct_grid_destroy(next);
        }
        ct_grid_destroy(g);
    }
}

/* A margin within one standard error (std / sqrt(k - 1)) is no edge, one
 * beyond it is (tests/cli/train_grid_edge_within_noise; 2026-12-04). */
static void test_edge_beyond_noise(void **state)
{
    (void)state;
    const ct_train_options o = ct_train_options_default();
    ct_grid *g = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(ct_grid_parse("C=1,10", &g, &d), CT_OK);
    ct_train_config cfg[2];
    for (size_t k = 0; k < 2; k++)
        assert_int_equal(tr_config(g, k, &o, CT_TRAIN_LR, &cfg[k], &d), CT_OK);
    const double first[] = {0.504, 0.506};
    const size_t edges[] = {0, 1}; /* standard error 0.01 / 2 = 0.005 */
    for (size_t i = 0; i < 2; i++) {
        double mean[2] = {first[i], 0.5}, std[2] = {0.01, 0.01};
        ct_cv_result cv;
        memset(&cv, 0, sizeof cv);
        cv.n_candidates = 2;
        cv.n_folds = 5;
        cv.metric = CT_METRIC_AVERAGE_PRECISION;
        cv.mean = mean;
        cv.std = std;
        ct_train_result r;
        memset(&r, 0, sizeof r);
        r.cv = &cv;
        r.configs = cfg;
        r.n_features = 5;
        r.counts.rows[0] = 100;
        r.counts.positives[0] = 50;
        tr_grid_edges(&r);
        assert_int_equal(r.n_edges, edges[i]);
    }
    ct_grid_destroy(g);
}

/* n candidates of grid (one key), means[c] each: the first edge's note as
 * "key=beyond_text" ("" without one) and its grid to run next */
static void edge_of(ct_train_family fam, const char *grid, const double *means, size_t n, char *got,
                    size_t gsize, char *next, size_t nsize)
{
    const ct_train_options o = ct_train_options_default();
    ct_grid *g = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(ct_grid_parse(grid, &g, &d), CT_OK);
    assert_int_equal(ct_grid_ncandidates(g), n);
    ct_train_config cfg[8];
    double mean[8], std[8];
    size_t best = 0;
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(tr_config(g, k, &o, fam, &cfg[k], &d), CT_OK);
        mean[k] = means[k];
        std[k] = 0.01;
        if (means[k] > means[best])
            best = k;
    }
    ct_cv_result cv;
    memset(&cv, 0, sizeof cv);
    cv.n_candidates = n;
    cv.n_folds = 5;
    cv.metric = CT_METRIC_AVERAGE_PRECISION;
    cv.mean = mean;
    cv.std = std;
    ct_train_result r;
    memset(&r, 0, sizeof r);
    r.cv = &cv;
    r.configs = cfg;
    r.champion = best;
    r.n_features = 5;
    r.counts.rows[0] = 100;
    r.counts.positives[0] = 50;
    tr_grid_edges(&r);
    got[0] = next[0] = '\0';
    if (r.n_edges) {
        snprintf(got, gsize, "%s=%s", r.edges[0].key, r.edges[0].beyond_text);
        snprintf(next, nsize, "%s", r.edges[0].try_grid);
    }
    ct_grid_destroy(g);
}

/* A grid written out of order is read on its key's scale: the chosen
 * value's neighbour inward is the nearest value, wherever it is listed. */
static void test_edge_unordered_grid(void **state)
{
    (void)state;
    char got[96], next[160];
    const double low[3] = {0.8, 0.9, 0.7}; /* C=1 best, 10 next inward */
    edge_of(CT_TRAIN_LR, "C=10,1,100", low, 3, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "C=0.1");
    assert_string_equal(next, "C=0.1,1,10");
    const double high[3] = {0.8, 0.7, 0.9}; /* C=100 best, 10 next inward */
    edge_of(CT_TRAIN_LR, "C=10,1,100", high, 3, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "C=1000");
    assert_string_equal(next, "C=10,100,1000");
    const double mid[3] = {0.9, 0.8, 0.7}; /* C=10 inside: no edge */
    edge_of(CT_TRAIN_LR, "C=10,1,100", mid, 3, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "");
}

/* Back and forth between two grids: C=1 beats 10, the note sends the user
 * below; a run of C=0.1,1 then picks C=1 at its other edge and sends the
 * user to C=10, tried already. train keeps no memory of runs: the grid the
 * note gives keeps the two compared beside the value out, and in it C=1 is
 * inside, so the next note cannot send the user back (2026-12-05). */
static void test_edge_no_back_and_forth(void **state)
{
    (void)state;
    char got[96], next[160];
    const double first[2] = {0.9, 0.8}; /* C=1 over 10 */
    edge_of(CT_TRAIN_LR, "C=1,10", first, 2, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "C=0.1");
    assert_string_equal(next, "C=0.1,1,10");
    /* the grid advised, C=1 best again (0.1 and 10 worse): no edge */
    const double again[3] = {0.85, 0.9, 0.8};
    edge_of(CT_TRAIN_LR, next, again, 3, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "");
    /* C=0.1 best: the step goes on down, never back to 10 */
    const double lower[3] = {0.95, 0.9, 0.8};
    edge_of(CT_TRAIN_LR, "C=0.1,1,10", lower, 3, got, sizeof got, next, sizeof next);
    assert_string_equal(got, "C=0.01");
    assert_string_equal(next, "C=0.01,0.1,1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranges_match_grid),   cmocka_unit_test(test_every_key_ranged),
        cmocka_unit_test(test_edges_inside_limits), cmocka_unit_test(test_edge_beyond_noise),
        cmocka_unit_test(test_edge_unordered_grid), cmocka_unit_test(test_edge_no_back_and_forth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
