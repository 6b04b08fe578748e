/* tree_forest.c — the "rf" estimator family (claimtriage/trees.h): a random
 * forest of CART trees on binned columns (Breiman 2001, as scikit-learn's
 * RandomForestClassifier): parameters, bootstrap draws fixed per tree,
 * trees grown in parallel, probabilities averaged, the out-of-bag score,
 * JSON state. */
#include "models/state_get.h"
#include "models/tree_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

ct_rf_params ct_rf_params_default(void)
{
    ct_rf_params p;
    memset(&p, 0, sizeof p);
    p.n_estimators = 100;
    p.max_depth = 0;
    p.min_samples_split = 2;
    p.min_samples_leaf = 1;
    p.max_features = 0;
    p.bootstrap = 1;
    p.max_samples = 1.0;
    p.oob_score = 0;
    p.max_bins = 1024; /* finer than the boosting's 256: see trees.h */
    p.random_state = 0;
    return p;
}

const char *ct_rf_params_check(const ct_rf_params *p)
{
    if (!p)
        return "no parameters";
    if (p->n_estimators < 1 || p->n_estimators > 100000)
        return "n_estimators must be in 1..100000";
    if (p->max_depth < 0 || p->max_depth > 64)
        return "max_depth must be 0 (unlimited) or 1..64";
    if (p->min_samples_split < 2)
        return "min_samples_split must be >= 2";
    if (p->min_samples_leaf < 1)
        return "min_samples_leaf must be >= 1";
    if (p->max_features_kind == CT_RF_MAX_FEATURES_BY_VALUE) {
        if (!(p->max_features >= 0) || !isfinite(p->max_features) ||
            (p->max_features > 1 && p->max_features != floor(p->max_features)))
            return "max_features must be 0 (sqrt), a fraction in (0, 1] or a whole count > 1";
    } else if (p->max_features_kind == CT_RF_MAX_FEATURES_COUNT) {
        if (!(p->max_features >= 1) || !isfinite(p->max_features) ||
            p->max_features != floor(p->max_features))
            return "max_features, a count, must be a whole number >= 1";
    } else if (p->max_features_kind == CT_RF_MAX_FEATURES_LOG2) {
        if (p->max_features != 0)
            return "max_features must be 0 with log2";
    } else
        return "max_features_kind must be by value, count or log2";
    if (p->bootstrap != 0 && p->bootstrap != 1)
        return "bootstrap must be 0 or 1";
    if (p->max_samples_count != 0 && p->max_samples_count != 1)
        return "max_samples_count must be 0 or 1";
    if (p->max_samples_count ? !(p->max_samples >= 1) || !isfinite(p->max_samples) ||
                                   p->max_samples != floor(p->max_samples)
                             : !(p->max_samples > 0) || !(p->max_samples <= 1))
        return p->max_samples_count ? "max_samples, a count, must be a whole number >= 1"
                                    : "max_samples must be in (0, 1]";
    if (p->oob_score != 0 && p->oob_score != 1)
        return "oob_score must be 0 or 1";
    if (p->oob_score && !p->bootstrap)
        return "oob_score needs bootstrap = 1 (no row is out of bag otherwise)";
    if (p->max_bins < 2 || p->max_bins > 65535)
        return "max_bins must be in 2..65535";
    /* the model's JSON stores it as an integer, which reads back as int64
     * only: a larger seed fitted, then made a file load refused */
    if (p->random_state > (uint64_t)INT64_MAX)
        return "random_state must be at most 2^63 - 1";
    return NULL;
}

/* 1 when s is written as Python writes an int (optional sign and digits,
 * spaces around): scikit-learn reads max_features and max_samples by their
 * type, an int as a count and a float as a fraction. */
static int written_as_int(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '+' || *s == '-')
        s++;
    if (!(*s >= '0' && *s <= '9'))
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    while (*s == ' ' || *s == '\t')
        s++;
    return *s == 0;
}

/* A count or a fraction from its text, as scikit-learn reads the type:
 * 0 and *x, *count set, or -1 when neither (a float above 1 included). */
static int count_or_fraction(const char *value, double *x, int *count)
{
    if (tree_parse_num(value, x) || !(*x > 0))
        return -1;
    *count = written_as_int(value);
    return !*count && *x > 1 ? -1 : 0;
}

ct_status ct_rf_params_set(ct_rf_params *p, const char *key, const char *value, ct_diag *diag)
{
    ct_rf_params q = *p;
    int bad = 0;
    const char *range = "a value";
    double x;
    if (!key || !value)
        bad = 1;
    else if (!strcmp(key, "n_estimators"))
        bad = (range = "a whole number in 1..100000",
               tree_parse_int(value, 1, 100000, &q.n_estimators));
    else if (!strcmp(key, "max_depth"))
        bad = !strcmp(value, "None") ? (q.max_depth = 0, 0)
                                     : (range = "a whole number in 1..64 or None",
                                        tree_parse_int(value, 1, 64, &q.max_depth));
    else if (!strcmp(key, "min_samples_split"))
        bad = (range = "a whole number >= 2",
               tree_parse_int(value, 2, INT32_MAX, &q.min_samples_split));
    else if (!strcmp(key, "min_samples_leaf"))
        bad = (range = "a whole number >= 1",
               tree_parse_int(value, 1, INT32_MAX, &q.min_samples_leaf));
    else if (!strcmp(key, "max_features")) {
        /* scikit-learn's types: an int is a count of columns (1: one), a
         * float a fraction in (0, 1] (1.0: all), None every column */
        int count = 0;
        range = "sqrt, log2, None, a count written as a whole number (1: one column) or a "
                "fraction in (0, 1] written with a point (1.0: every column)";
        q.max_features_kind = CT_RF_MAX_FEATURES_BY_VALUE;
        if (!strcmp(value, "sqrt"))
            q.max_features = 0;
        else if (!strcmp(value, "log2"))
            q.max_features = 0, q.max_features_kind = CT_RF_MAX_FEATURES_LOG2;
        else if (!strcmp(value, "None"))
            q.max_features = 1;
        else if (count_or_fraction(value, &x, &count) || (count && x != floor(x)))
            bad = 1;
        else
            q.max_features = x,
            q.max_features_kind = count ? CT_RF_MAX_FEATURES_COUNT : CT_RF_MAX_FEATURES_BY_VALUE;
    } else if (!strcmp(key, "bootstrap"))
        bad = (range = "0 or 1", tree_parse_int(value, 0, 1, &q.bootstrap));
    else if (!strcmp(key, "max_samples")) {
        /* None: as many rows as the training part, scikit-learn's default;
         * an int a count of rows, a float a fraction, as there */
        int count = 0;
        range = "None, a count written as a whole number (1: one row) or a fraction in (0, 1] "
                "written with a point (1.0: as many draws as rows)";
        if (!strcmp(value, "None"))
            q.max_samples = 1, q.max_samples_count = 0;
        else if (count_or_fraction(value, &x, &count))
            bad = 1;
        else
            q.max_samples = x, q.max_samples_count = count;
    } else if (!strcmp(key, "oob_score"))
        bad = (range = "0 or 1", tree_parse_int(value, 0, 1, &q.oob_score));
    else if (!strcmp(key, "max_bins"))
        bad = (range = "a whole number in 2..65535", tree_parse_int(value, 2, 65535, &q.max_bins));
    else if (!strcmp(key, "random_state")) {
        int s = 0;
        bad = (range = "a whole number >= 0", tree_parse_int(value, 0, INT32_MAX, &s));
        q.random_state = (uint64_t)s;
    } else
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "rf: unknown parameter '%.60s' (n_estimators, max_depth, "
                           "min_samples_split, min_samples_leaf, max_features, bootstrap, "
                           "max_samples, oob_score, max_bins, random_state)",
                           key ? key : "");
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "rf: %s=%.60s: %s takes %s", key ? key : "",
                           value ? value : "", key ? key : "", range);
    const char *msg = ct_rf_params_check(&q);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "rf: %s=%.60s: %s", key, value, msg);
    *p = q;
    return CT_OK;
}

size_t ct_rf_draws(const ct_rf_params *p, size_t n)
{
    /* a count above n draws n (see max_samples_count) */
    return !p->bootstrap                 ? n
           : !p->max_samples_count       ? (size_t)fmax(1.0, round(p->max_samples * (double)n))
           : p->max_samples >= (double)n ? n
                                         : (size_t)p->max_samples;
}

double ct_rf_rows_in_bag(const ct_rf_params *p, size_t n)
{
    /* n draws of n rows with replacement miss a row with odds (1 - 1/n)^m */
    const double m = (double)ct_rf_draws(p, n);
    return !p->bootstrap || n == 0 ? (double)n : (double)n * -expm1(m * log1p(-1.0 / (double)n));
}

/* A fraction with its point (1.0, not 1), as scikit-learn's float. */
static size_t fraction_text(char *buf, size_t size, double x)
{
    char t[40];
    snprintf(t, sizeof t, "%.6g", x);
    return (size_t)snprintf(buf, size, "%s%s", t, strpbrk(t, ".e") ? "" : ".0");
}

size_t ct_rf_max_features_text(const ct_rf_params *p, char *buf, size_t size)
{
    if (p->max_features_kind == CT_RF_MAX_FEATURES_LOG2)
        return (size_t)snprintf(buf, size, "log2");
    if (p->max_features_kind == CT_RF_MAX_FEATURES_COUNT || p->max_features > 1)
        return (size_t)snprintf(buf, size, "%.0f", p->max_features);
    if (p->max_features > 0)
        return fraction_text(buf, size, p->max_features);
    return (size_t)snprintf(buf, size, "sqrt");
}

size_t ct_rf_max_samples_text(const ct_rf_params *p, char *buf, size_t size)
{
    if (p->max_samples_count)
        return (size_t)snprintf(buf, size, "%.0f", p->max_samples);
    return fraction_text(buf, size, p->max_samples);
}

static size_t n_features_per_split(const ct_rf_params *p, size_t ncols)
{
    size_t k;
    if (p->max_features_kind == CT_RF_MAX_FEATURES_LOG2)
        k = ncols > 1 ? (size_t)floor(log2((double)ncols)) : 1;
    else if (p->max_features == 0)
        k = (size_t)floor(sqrt((double)ncols));
    else if (p->max_features <= 1 && p->max_features_kind != CT_RF_MAX_FEATURES_COUNT)
        k = (size_t)floor(p->max_features * (double)ncols);
    else if (p->max_features >= (double)ncols)
        /* every column; converted, a count beyond 2^64 (1e300) was
         * undefined and came out 0 on x86-64, so one column a split */
        k = ncols;
    else
        k = (size_t)p->max_features;
    if (k < 1)
        k = 1;
    return k > ncols ? ncols : k;
}

typedef struct work {
    double *s1, *s2;
    uint32_t *cnt;
    uint8_t *in;
} work;

static ct_status rf_fit(const void *params, const ct_csr *X, const double *y, const double *w,
                        ct_progress_fn progress, void *progress_user, void **model, ct_diag *diag)
{
    *model = NULL;
    const ct_rf_params *p = params;
    const char *msg = ct_rf_params_check(p);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "rf: %s", msg);
    ct_status st = tree_check_inputs("rf", X, y, w, diag);
    if (st != CT_OK)
        return st;
    const size_t n = X->nrows, nt = (size_t)p->n_estimators;
    tree_bins *b = NULL;
    tree_model *m = ct_calloc(1, sizeof *m);
    uint8_t *inbag = p->oob_score ? ct_calloc(nt * ((n + 7) / 8), 1) : NULL;
    if (!m || (p->oob_score && !inbag) || tree_bins_build(X, p->max_bins, &b) != CT_OK ||
        !(m->trees = ct_calloc(nt, sizeof *m->trees))) {
        tree_model_destroy(m);
        tree_bins_free(b);
        ct_free(inbag);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "rf: out of memory");
    }
    m->family = TREE_RF;
    m->p = X->ncols;
    m->ntrees = nt;
    m->rf = *p;
    m->oob_score = NAN;
    m->best_iteration = (int)nt - 1;
    tree_grow_params gp = {TREE_GINI,
                           p->max_depth,
                           p->min_samples_split,
                           p->min_samples_leaf,
                           0,
                           0,
                           0,
                           0,
                           n_features_per_split(p, X->ncols),
                           NULL,
                           0,
                           0,
                           0,
                           0};
    const size_t ndraw = ct_rf_draws(p, n);
    int fail = 0, stop = 0;
    uint64_t done = 0;
    const long lnt = (long)nt;
#pragma omp parallel num_threads(ct_threads())
    {
        work wk = {ct_malloc(n * sizeof(double)), ct_malloc(n * sizeof(double)),
                   ct_malloc(n * sizeof(uint32_t)), ct_malloc(n)};
        int mine_ok = wk.s1 && wk.s2 && wk.cnt && wk.in;
#pragma omp for schedule(dynamic, 1)
        for (long lt = 0; lt < lnt; lt++) {
            int skip, halt;
#pragma omp atomic read
            skip = fail;
#pragma omp atomic read
            halt = stop;
            if (skip || halt || !mine_ok) {
                if (!mine_ok) {
#pragma omp atomic write
                    fail = 1;
                }
                continue;
            }
            const size_t t = (size_t)lt;
            ct_rng *rng = NULL;
            if (ct_rng_create(p->random_state, 1 + (uint64_t)t, &rng) != CT_OK) {
#pragma omp atomic write
                fail = 1;
                continue;
            }
            if (p->bootstrap) {
                memset(wk.cnt, 0, n * sizeof *wk.cnt);
                for (size_t d = 0; d < ndraw; d++)
                    wk.cnt[ct_rng_uniform_int(rng, n)]++;
            } else {
                for (size_t i = 0; i < n; i++)
                    wk.cnt[i] = 1;
            }
            for (size_t i = 0; i < n; i++) {
                const double wi = (w ? w[i] : 1.0) * wk.cnt[i];
                wk.s1[i] = wi;
                wk.s2[i] = wi * y[i];
                wk.in[i] = wk.cnt[i] > 0;
                if (inbag && wk.cnt[i])
                    inbag[t * ((n + 7) / 8) + i / 8] |= (uint8_t)(1u << (i % 8));
            }
            ct_status gs = tree_grow(b, &gp, wk.s1, wk.s2, wk.in, rng, &m->trees[t], NULL);
            ct_rng_destroy(rng);
            if (gs != CT_OK) {
#pragma omp atomic write
                fail = 1;
                continue;
            }
#pragma omp critical(ct_rf_progress)
            {
                done++;
                if (progress && progress(progress_user, done, nt)) {
#pragma omp atomic write
                    stop = 1;
                }
            }
        }
        ct_free(wk.s1);
        ct_free(wk.s2);
        ct_free(wk.cnt);
        ct_free(wk.in);
    }
    tree_bins_free(b);
    if (fail || stop) {
        ct_free(inbag);
        tree_model_destroy(m);
        return fail ? ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "rf: out of memory")
                    : ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "rf: stopped by the caller");
    }
    if (inbag) {
        /* out-of-bag mean of each row over the trees it was not drawn for */
        size_t right = 0, seen = 0;
        double *x = ct_calloc(X->ncols ? X->ncols : 1, sizeof *x);
        if (!x) {
            ct_free(inbag);
            tree_model_destroy(m);
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "rf: out of memory");
        }
        for (size_t i = 0; i < n; i++) {
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                x[X->indices[e]] = X->data[e];
            double s = 0;
            size_t k = 0;
            for (size_t t = 0; t < nt; t++)
                if (!(inbag[t * ((n + 7) / 8) + i / 8] & (1u << (i % 8)))) {
                    s += m->trees[t].node[tree_leaf(&m->trees[t], x)].value;
                    k++;
                }
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                x[X->indices[e]] = 0;
            if (k) {
                seen++;
                right += (s / (double)k > 0.5) == (y[i] == 1);
            }
        }
        ct_free(x);
        m->oob_score = seen ? (double)right / (double)seen : NAN;
        m->oob_unscored = n - seen;
    }
    ct_free(inbag);
    if (tree_flat_build(m->trees, m->ntrees, &m->flat) != CT_OK) {
        tree_model_destroy(m);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "rf: out of memory");
    }
    *model = m;
    return CT_OK;
}

static ct_status rf_predict(const void *model, const ct_csr *X, double *out, ct_diag *diag)
{
    const tree_model *m = model;
    if (X->ncols != m->p)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "rf: the design has %zu columns, the model was fitted on %zu", X->ncols,
                           m->p);
    ct_status st = tree_flat_sum(&m->flat, X, out);
    if (st != CT_OK)
        return ct_diag_set(diag, st, NULL, 0, 0, "rf: out of memory");
    for (size_t i = 0; i < X->nrows; i++)
        out[i] /= (double)m->ntrees;
    return CT_OK;
}

static ct_status rf_save(const void *model, ct_json *w)
{
    const tree_model *m = model;
    ct_json_object_begin(w);
    ct_json_key(w, "n_estimators");
    ct_json_int(w, m->rf.n_estimators);
    ct_json_key(w, "max_depth");
    ct_json_int(w, m->rf.max_depth);
    ct_json_key(w, "min_samples_split");
    ct_json_int(w, m->rf.min_samples_split);
    ct_json_key(w, "min_samples_leaf");
    ct_json_int(w, m->rf.min_samples_leaf);
    ct_json_key(w, "max_features");
    ct_json_num(w, m->rf.max_features);
    ct_json_key(w, "bootstrap");
    ct_json_int(w, m->rf.bootstrap);
    ct_json_key(w, "max_samples");
    ct_json_num(w, m->rf.max_samples);
    ct_json_key(w, "oob_score");
    ct_json_int(w, m->rf.oob_score);
    ct_json_key(w, "max_bins");
    ct_json_int(w, m->rf.max_bins);
    ct_json_key(w, "random_state");
    ct_json_uint(w, m->rf.random_state);
    ct_json_key(w, "oob_score_value");
    ct_json_num(w, m->oob_score); /* null when not computed */
    /* only beside a score, so that files without one keep their bytes */
    if (!isnan(m->oob_score)) {
        ct_json_key(w, "oob_unscored_rows");
        ct_json_uint(w, m->oob_unscored);
    }
    /* only when not the reading by value, so that files of forests read
     * by value keep their bytes and older files their meaning */
    if (m->rf.max_features_kind != CT_RF_MAX_FEATURES_BY_VALUE) {
        ct_json_key(w, "max_features_kind");
        ct_json_str(w, m->rf.max_features_kind == CT_RF_MAX_FEATURES_LOG2 ? "log2" : "count");
    }
    if (m->rf.max_samples_count) {
        ct_json_key(w, "max_samples_kind");
        ct_json_str(w, "count");
    }
    tree_model_save_trees(m, w);
    ct_json_object_end(w);
    return CT_OK;
}

static ct_status rf_load(const ct_json_value *v, void **model, ct_diag *diag)
{
    *model = NULL;
    if (ct_json_type_of(v) != CT_JSON_OBJECT)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad random-forest state: not an object");
    ct_rf_params p = ct_rf_params_default();
    int64_t a, bd, c, d, bs, oo, mb, rs;
    char why[STATE_WHY_CAP];
    if (state_get_int(v, "n_estimators", 1, 100000, &a, why) ||
        state_get_int(v, "max_depth", 0, 64, &bd, why) ||
        state_get_int(v, "min_samples_split", 2, INT32_MAX, &c, why) ||
        state_get_int(v, "min_samples_leaf", 1, INT32_MAX, &d, why) ||
        state_get_num(v, "max_features", &p.max_features, why) ||
        state_get_int(v, "bootstrap", 0, 1, &bs, why) ||
        state_get_num(v, "max_samples", &p.max_samples, why) ||
        state_get_int(v, "oob_score", 0, 1, &oo, why) ||
        state_get_int(v, "max_bins", 2, 65535, &mb, why) ||
        state_get_int(v, "random_state", 0, INT64_MAX, &rs, why))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad random-forest state: %s", why);
    p.n_estimators = (int)a;
    p.max_depth = (int)bd;
    p.min_samples_split = (int)c;
    p.min_samples_leaf = (int)d;
    p.bootstrap = (int)bs;
    p.oob_score = (int)oo;
    p.max_bins = (int)mb;
    p.random_state = (uint64_t)rs;
    /* absent: by value, as every file before 2026-12-02 was fitted */
    const ct_json_value *kv = ct_json_get(v, "max_features_kind");
    if (kv) {
        const char *k = ct_json_type_of(kv) == CT_JSON_STRING ? ct_json_string(kv, NULL) : NULL;
        if (k && !strcmp(k, "count"))
            p.max_features_kind = CT_RF_MAX_FEATURES_COUNT;
        else if (k && !strcmp(k, "log2"))
            p.max_features_kind = CT_RF_MAX_FEATURES_LOG2;
        else
            return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                               "bad random-forest state: 'max_features_kind' is not \"count\" or "
                               "\"log2\"");
    }
    const ct_json_value *sv = ct_json_get(v, "max_samples_kind");
    if (sv) {
        const char *k = ct_json_type_of(sv) == CT_JSON_STRING ? ct_json_string(sv, NULL) : NULL;
        if (!k || strcmp(k, "count"))
            return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                               "bad random-forest state: 'max_samples_kind' is not \"count\"");
        p.max_samples_count = 1;
    }
    const char *msg = ct_rf_params_check(&p);
    if (msg)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad random-forest state: %s", msg);
    /* the out-of-bag accuracy: null (or absent) when not computed */
    const ct_json_value *ov = ct_json_get(v, "oob_score_value");
    if (ov && ct_json_type_of(ov) != CT_JSON_NULL &&
        !(ct_json_type_of(ov) == CT_JSON_NUMBER && ct_json_number(ov) >= 0 &&
          ct_json_number(ov) <= 1))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                           "bad random-forest state: 'oob_score_value' is not null or an "
                           "accuracy in [0, 1]");
    /* absent (a file before 2026-12-05, or no score): 0 */
    int64_t unscored = 0;
    if (ct_json_get(v, "oob_unscored_rows") &&
        state_get_int(v, "oob_unscored_rows", 0, INT64_MAX, &unscored, why))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad random-forest state: %s", why);
    tree_model *m = ct_calloc(1, sizeof *m);
    if (!m)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    m->family = TREE_RF;
    m->rf = p;
    m->oob_unscored = (size_t)unscored;
    m->best_iteration = p.n_estimators - 1;
    m->oob_score = ct_json_type_of(ov) == CT_JSON_NUMBER ? ct_json_number(ov) : NAN;
    ct_status st = tree_model_load_trees(v, m, diag);
    if (st == CT_OK && m->ntrees != (size_t)p.n_estimators)
        st = ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                         "bad random-forest state: %zu trees for n_estimators = %d", m->ntrees,
                         p.n_estimators);
    if (st != CT_OK) {
        tree_model_destroy(m);
        return st;
    }
    *model = m;
    return CT_OK;
}

static void rf_params_default_v(void *params) { *(ct_rf_params *)params = ct_rf_params_default(); }
static const char *rf_params_check_v(const void *params) { return ct_rf_params_check(params); }

static const ct_estimator_type rf_type = {
    "rf",
    sizeof(ct_rf_params),
    rf_params_default_v,
    rf_params_check_v,
    rf_fit,
    rf_predict,
    tree_model_contributions,
    tree_model_ncols,
    rf_save,
    rf_load,
    tree_model_destroy,
};

const ct_estimator_type *ct_rf_type(void) { return &rf_type; }
