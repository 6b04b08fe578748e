/* pipeline_file.c — the fitted pipeline as JSON members: the spec, the two
 * encoders' states and the vectorizer's, written and read back with every
 * part checked (claimtriage/pipeline.h; docs/formats.md "Model file"). */
#include "features/pipeline_state.h"

#include <string.h>

static void write_names(ct_json *w, const char *key, char *const *a, size_t n)
{
    ct_json_key(w, key);
    ct_json_array_begin(w);
    for (size_t k = 0; k < n; k++)
        ct_json_str(w, a[k]);
    ct_json_array_end(w);
}

void ct_pipeline_write(const ct_pipeline *p, ct_json *w)
{
    ct_json_key(w, "spec");
    ct_json_object_begin(w);
    write_names(w, "numeric", p->numeric, p->nnumeric);
    write_names(w, "categorical", p->categorical, p->ncategorical);
    ct_json_key(w, "text");
    ct_json_str(w, p->text);
    ct_json_key(w, "text_ngrams");
    ct_json_bool(w, p->text_ngrams);
    ct_json_key(w, "text_length");
    ct_json_bool(w, p->text_length);
    ct_json_key(w, "log1p");
    ct_json_bool(w, p->log1p);
    ct_json_key(w, "raw_numeric");
    ct_json_bool(w, p->raw_numeric);
    ct_json_object_end(w);
    ct_json_key(w, "numeric_encoder");
    if (p->num) {
        ct_json_object_begin(w);
        ct_encoder_write(p->num, w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "categorical_encoder");
    if (p->cat) {
        ct_json_object_begin(w);
        ct_encoder_write(p->cat, w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "vectorizer");
    if (p->vec) {
        ct_json_object_begin(w);
        ct_vectorizer_write(p->vec, w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    /* the training rows' share without the text, for score's drift rule
     * (added 2026-12-05; written when recorded) */
    if (p->vec && p->text_missing_share >= 0 && p->text_missing_share <= 1) {
        ct_json_key(w, "text_missing_share");
        ct_json_num(w, p->text_missing_share);
    }
}

static ct_status bad(const char *name, ct_diag *d, const char *what)
{
    return ct_diag_set(d, CT_EFORMAT, name, 0, 0, "bad feature pipeline: %s", what);
}

static ct_status read_names(const ct_json_value *o, const char *key, char ***out, size_t *n)
{
    const ct_json_value *a = ct_json_get(o, key);
    if (ct_json_type_of(a) != CT_JSON_ARRAY)
        return CT_EFORMAT;
    *n = ct_json_size(a);
    *out = ct_calloc(*n + 1, sizeof **out);
    if (!*out)
        return CT_ENOMEM;
    for (size_t k = 0; k < *n; k++) {
        size_t len;
        const char *s = ct_json_string(ct_json_at(a, k), &len);
        if (!s || !*s || strlen(s) != len)
            return CT_EFORMAT;
        if (!((*out)[k] = ct_strdup(s)))
            return CT_ENOMEM;
    }
    return CT_OK;
}

static int get_flag(const ct_json_value *o, const char *key, int *out)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) != CT_JSON_BOOL)
        return -1;
    *out = ct_json_bool_value(v);
    return 0;
}

static ct_status read_spec(const ct_json_value *s, const char *name, ct_pipeline *p, ct_diag *d)
{
    if (ct_json_type_of(s) != CT_JSON_OBJECT)
        return bad(name, d, "no \"spec\" object");
    ct_status st = read_names(s, "numeric", &p->numeric, &p->nnumeric);
    if (st == CT_OK)
        st = read_names(s, "categorical", &p->categorical, &p->ncategorical);
    if (st == CT_ENOMEM)
        return st;
    if (st != CT_OK)
        return bad(name, d, "\"numeric\" and \"categorical\" must be arrays of names");
    const ct_json_value *t = ct_json_get(s, "text");
    size_t len;
    const char *ts = ct_json_string(t, &len);
    if (ts && (!*ts || strlen(ts) != len))
        return bad(name, d, "\"text\" is not a column name");
    if (ts && !(p->text = ct_strdup(ts)))
        return CT_ENOMEM;
    if (!ts && ct_json_type_of(t) != CT_JSON_NULL)
        return bad(name, d, "\"text\" must be a name or null");
    if (get_flag(s, "text_ngrams", &p->text_ngrams) ||
        get_flag(s, "text_length", &p->text_length) || get_flag(s, "log1p", &p->log1p))
        return bad(name, d, "\"text_ngrams\", \"text_length\" or \"log1p\" is not a boolean");
    /* raw_numeric came with the tree families: absent in older files (0) */
    if (ct_json_get(s, "raw_numeric") && get_flag(s, "raw_numeric", &p->raw_numeric))
        return bad(name, d, "\"raw_numeric\" is not a boolean");
    ct_pipeline_spec sp = ct_pipeline_spec_default();
    sp.numeric = (const char *const *)p->numeric;
    sp.nnumeric = p->nnumeric;
    sp.categorical = (const char *const *)p->categorical;
    sp.ncategorical = p->ncategorical;
    sp.text = p->text;
    sp.text_ngrams = p->text_ngrams;
    sp.text_length = p->text_length;
    sp.log1p = p->log1p;
    sp.raw_numeric = p->raw_numeric;
    const char *m = ct_pipeline_spec_check(&sp);
    return m ? bad(name, d, m) : CT_OK;
}

/* The encoder's features must be exactly the spec's columns, in order. */
static int encoder_matches(const ct_encoder *e, char *const *cols, size_t n, const char *a,
                           const char *b, int kind)
{
    const size_t want = n + (a ? 2 : 0);
    if (ct_encoder_nfeatures(e) != want || ct_encoder_intercept(e))
        return 0;
    for (size_t k = 0; k < want; k++) {
        const ct_encoder_info *in = ct_encoder_feature_info(e, k);
        const char *c = k < n ? cols[k] : (k == n ? a : b);
        if (strcmp(in->column, c) != 0 || (int)in->kind != kind)
            return 0;
    }
    return 1;
}

ct_status ct_pipeline_read(const ct_json_value *v, const char *name, ct_pipeline **out,
                           ct_diag *diag)
{
    *out = NULL;
    if (ct_json_type_of(v) != CT_JSON_OBJECT)
        return bad(name, diag, "not a JSON object");
    ct_pipeline *p = ct_calloc(1, sizeof *p);
    if (!p)
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    pipe_init(p);
    ct_status st = read_spec(ct_json_get(v, "spec"), name, p, diag);
    const ct_json_value *ne = ct_json_get(v, "numeric_encoder"),
                        *ce = ct_json_get(v, "categorical_encoder"),
                        *ve = ct_json_get(v, "vectorizer");
    const int want_num = p->nnumeric > 0 || p->text_length;
    if (st == CT_OK && (want_num != (ct_json_type_of(ne) == CT_JSON_OBJECT) ||
                        (p->ncategorical > 0) != (ct_json_type_of(ce) == CT_JSON_OBJECT) ||
                        p->text_ngrams != (ct_json_type_of(ve) == CT_JSON_OBJECT)))
        st = bad(name, diag, "the encoders and vectorizer present do not match the spec");
    if (st == CT_OK && want_num)
        st = ct_encoder_read(ne, name, &p->num, diag);
    if (st == CT_OK && p->ncategorical)
        st = ct_encoder_read(ce, name, &p->cat, diag);
    if (st == CT_OK && p->text_ngrams)
        st = ct_vectorizer_read(ve, name, &p->vec, diag);
    if (st == CT_OK && ct_json_get(v, "text_missing_share")) {
        const ct_json_value *t = ct_json_get(v, "text_missing_share");
        const double x = ct_json_number(t);
        if (!p->vec || ct_json_type_of(t) != CT_JSON_NUMBER || !(x >= 0 && x <= 1))
            st = bad(name, diag,
                     "\"text_missing_share\" must be a number in [0, 1] beside a "
                     "vectorizer");
        else
            p->text_missing_share = x;
    }
    if (st == CT_OK) {
        char a[512], b[512];
        if (p->text_length)
            pipe_length_names(p->text, a, b, sizeof a);
        if ((p->num && (!encoder_matches(p->num, p->numeric, p->nnumeric, p->text_length ? a : NULL,
                                         b, CT_ENCODER_NUMERIC) ||
                        !ct_encoder_standardize(p->num) != !!p->raw_numeric)) ||
            (p->cat && !encoder_matches(p->cat, p->categorical, p->ncategorical, NULL, NULL,
                                        CT_ENCODER_DUMMY)))
            st = bad(name, diag, "an encoder's features differ from the spec's columns");
    }
    if (st == CT_OK) {
        p->vparams = p->vec ? ct_vectorizer_get_params(p->vec) : ct_vectorizer_params_default();
        st = pipe_columns(p);
    }
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            ct_diag_set(diag, st, name, 0, 0, "out of memory");
        ct_pipeline_free(p);
        return st;
    }
    *out = p;
    return CT_OK;
}
