/* vectorizer_file.c — the fitted vectorizer as JSON members (for the model
 * file, docs/formats.md "Model file"): written with %.17g so it reads back
 * bit-identical, read back with every member checked
 * (claimtriage/vectorizer.h). */
#include "features/vectorizer_state.h"

#include <math.h>
#include <string.h>

void ct_vectorizer_write(const ct_vectorizer *v, ct_json *w)
{
    const ct_vectorizer_params *p = &v->params;
    ct_json_key(w, "params");
    ct_json_object_begin(w);
    ct_json_key(w, "ngram_range");
    ct_json_array_begin(w);
    ct_json_uint(w, p->ngram_min);
    ct_json_uint(w, p->ngram_max);
    ct_json_array_end(w);
    ct_json_key(w, "min_df");
    ct_json_num(w, p->min_df);
    ct_json_key(w, "min_df_fraction");
    ct_json_bool(w, p->min_df_fraction);
    ct_json_key(w, "max_df");
    ct_json_num(w, p->max_df);
    ct_json_key(w, "max_df_fraction");
    ct_json_bool(w, p->max_df_fraction);
    ct_json_key(w, "max_features");
    ct_json_uint(w, p->max_features);
    ct_json_key(w, "weighting");
    ct_json_str(w, p->weighting == CT_VECTORIZER_BINARY ? "binary" : "tfidf");
    ct_json_object_end(w);
    ct_json_key(w, "ndocs");
    ct_json_uint(w, v->ndocs);
    ct_json_key(w, "terms");
    ct_json_array_begin(w);
    for (size_t j = 0; j < v->nterms; j++)
        ct_json_strn(w, v->arena + v->off[j], v->len[j]);
    ct_json_array_end(w);
    ct_json_key(w, "df");
    ct_json_array_begin(w);
    for (size_t j = 0; j < v->nterms; j++)
        ct_json_uint(w, v->df[j]);
    ct_json_array_end(w);
    ct_json_key(w, "idf");
    ct_json_array_begin(w);
    for (size_t j = 0; j < v->nterms; j++)
        ct_json_num(w, v->idf[j]);
    ct_json_array_end(w);
}

static ct_status bad(const char *name, ct_diag *d, const char *what)
{
    return ct_diag_set(d, CT_EFORMAT, name, 0, 0, "bad text vectorizer: %s", what);
}

/* A whole number member in [lo, hi]. */
static int get_count(const ct_json_value *o, const char *key, int64_t lo, int64_t hi, int64_t *out)
{
    return ct_json_int64(ct_json_get(o, key), out) == CT_OK && *out >= lo && *out <= hi ? 0 : -1;
}

static int get_flag(const ct_json_value *o, const char *key, int *out)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) != CT_JSON_BOOL)
        return -1;
    *out = ct_json_bool_value(v);
    return 0;
}

static ct_status read_params(const ct_json_value *o, const char *name, ct_vectorizer_params *p,
                             ct_diag *d)
{
    memset(p, 0, sizeof *p);
    const ct_json_value *ng = ct_json_get(o, "ngram_range");
    int64_t a, b, mf;
    if (ct_json_type_of(o) != CT_JSON_OBJECT || ct_json_size(ng) != 2 ||
        ct_json_int64(ct_json_at(ng, 0), &a) != CT_OK ||
        ct_json_int64(ct_json_at(ng, 1), &b) != CT_OK || a < 1 || b < a || b > 8)
        return bad(name, d, "\"params\" has no valid \"ngram_range\"");
    p->ngram_min = (size_t)a;
    p->ngram_max = (size_t)b;
    const ct_json_value *mn = ct_json_get(o, "min_df"), *mx = ct_json_get(o, "max_df");
    if (ct_json_type_of(mn) != CT_JSON_NUMBER || ct_json_type_of(mx) != CT_JSON_NUMBER ||
        get_flag(o, "min_df_fraction", &p->min_df_fraction) ||
        get_flag(o, "max_df_fraction", &p->max_df_fraction))
        return bad(name, d, "\"params\" has no valid min_df/max_df");
    p->min_df = ct_json_number(mn);
    p->max_df = ct_json_number(mx);
    if (get_count(o, "max_features", 0, INT64_MAX, &mf))
        return bad(name, d, "\"params\" has no valid \"max_features\"");
    p->max_features = (size_t)mf;
    const char *wt = ct_json_string(ct_json_get(o, "weighting"), NULL);
    if (wt && strcmp(wt, "tfidf") == 0)
        p->weighting = CT_VECTORIZER_TFIDF;
    else if (wt && strcmp(wt, "binary") == 0)
        p->weighting = CT_VECTORIZER_BINARY;
    else
        return bad(name, d, "\"params\" has no valid \"weighting\" (tfidf or binary)");
    const char *m = ct_vectorizer_params_check(p);
    if (m)
        return bad(name, d, m);
    return CT_OK;
}

static ct_status read_terms(const ct_json_value *o, const char *name, ct_vectorizer *v, ct_diag *d)
{
    const ct_json_value *terms = ct_json_get(o, "terms"), *df = ct_json_get(o, "df"),
                        *idf = ct_json_get(o, "idf");
    if (ct_json_type_of(terms) != CT_JSON_ARRAY || ct_json_type_of(df) != CT_JSON_ARRAY ||
        ct_json_type_of(idf) != CT_JSON_ARRAY)
        return bad(name, d, "\"terms\", \"df\" and \"idf\" must be arrays");
    const size_t k = ct_json_size(terms);
    if (k == 0 || k > UINT32_MAX || ct_json_size(df) != k || ct_json_size(idf) != k)
        return bad(name, d, "\"terms\", \"df\" and \"idf\" must be non-empty and of one length");
    size_t bytes = 0;
    for (size_t j = 0; j < k; j++) {
        size_t len = 0;
        const char *s = ct_json_string(ct_json_at(terms, j), &len);
        if (!s || len == 0 || strlen(s) != len || len > UINT32_MAX)
            return bad(name, d, "a term is not a non-empty string");
        bytes += len + 1;
    }
    v->nterms = k;
    v->arena = ct_malloc(bytes);
    v->off = ct_malloc(k * sizeof *v->off);
    v->len = ct_malloc(k * sizeof *v->len);
    v->df = ct_malloc(k * sizeof *v->df);
    v->idf = ct_malloc(k * sizeof *v->idf);
    if (!v->arena || !v->off || !v->len || !v->df || !v->idf)
        return CT_ENOMEM;
    size_t w = 0;
    for (size_t j = 0; j < k; j++) {
        size_t len = 0;
        const char *s = ct_json_string(ct_json_at(terms, j), &len);
        memcpy(v->arena + w, s, len + 1);
        v->off[j] = w;
        v->len[j] = (uint32_t)len;
        w += len + 1;
        if (j > 0) {
            const size_t pl = v->len[j - 1], n = pl < len ? pl : len;
            const int c = memcmp(v->arena + v->off[j - 1], s, n);
            if (c > 0 || (c == 0 && pl >= len))
                return bad(name, d, "terms are not strictly increasing in byte order");
        }
        int64_t f;
        if (ct_json_int64(ct_json_at(df, j), &f) != CT_OK || f < 1 || (uint64_t)f > v->ndocs)
            return bad(name, d, "a document frequency is not a count in 1..ndocs");
        v->df[j] = (size_t)f;
        const ct_json_value *x = ct_json_at(idf, j);
        v->idf[j] = ct_json_number(x);
        if (ct_json_type_of(x) != CT_JSON_NUMBER || !isfinite(v->idf[j]) || !(v->idf[j] > 0))
            return bad(name, d, "an idf is not a finite positive number");
    }
    return CT_OK;
}

ct_status ct_vectorizer_read(const ct_json_value *o, const char *name, ct_vectorizer **out,
                             ct_diag *diag)
{
    *out = NULL;
    if (ct_json_type_of(o) != CT_JSON_OBJECT)
        return bad(name, diag, "not a JSON object");
    ct_vectorizer *v = ct_calloc(1, sizeof *v);
    if (!v)
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    ct_status st = read_params(ct_json_get(o, "params"), name, &v->params, diag);
    int64_t nd = 0;
    if (st == CT_OK && get_count(o, "ndocs", 1, INT64_MAX, &nd))
        st = bad(name, diag, "no valid \"ndocs\" (a count >= 1)");
    v->ndocs = (size_t)nd;
    if (st == CT_OK)
        st = read_terms(o, name, v, diag);
    if (st == CT_OK)
        st = vec_build_table(v);
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
        ct_vectorizer_free(v);
        return st;
    }
    *out = v;
    return CT_OK;
}
