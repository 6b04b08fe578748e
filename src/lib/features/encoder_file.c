/* encoder_file.c — the encoder file: save and load a fitted encoder as JSON
 * (format in docs/formats.md, "Encoder file"; see claimtriage/encoder.h). */
#include "features/encoder_state.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void ct_encoder_write(const ct_encoder *e, ct_json *w)
{
    ct_json_key(w, "intercept");
    ct_json_bool(w, e->intercept);
    ct_json_key(w, "standardize");
    ct_json_bool(w, e->standardize);
    ct_json_key(w, "cap_iqr");
    ct_json_num(w, e->cap_iqr);
    ct_json_key(w, "features");
    ct_json_array_begin(w);
    for (size_t k = 0; k < e->nfeatures; k++) {
        const ct_encoder_info *in = &e->feat[k].info;
        ct_json_object_begin(w);
        ct_json_key(w, "column");
        ct_json_str(w, in->column);
        ct_json_key(w, "type");
        if (in->kind == CT_ENCODER_NUMERIC) {
            ct_json_str(w, "numeric");
            ct_json_key(w, "capped");
            ct_json_bool(w, in->capped);
            ct_json_key(w, "q1");
            ct_json_num(w, in->q1);
            ct_json_key(w, "q3");
            ct_json_num(w, in->q3);
            ct_json_key(w, "limit");
            ct_json_num(w, in->limit);
            ct_json_key(w, "mean");
            ct_json_num(w, in->mean);
            ct_json_key(w, "scale");
            ct_json_num(w, in->scale);
            ct_json_key(w, "min");
            ct_json_num(w, in->min);
            ct_json_key(w, "max");
            ct_json_num(w, in->max);
        } else {
            ct_json_str(w, "categorical");
            ct_json_key(w, "levels");
            ct_json_array_begin(w);
            for (size_t l = 0; l < in->nlevels; l++)
                ct_json_str(w, in->levels[l]);
            ct_json_array_end(w);
            ct_json_key(w, "reference");
            ct_json_str(w, in->levels[in->reference]);
        }
        ct_json_key(w, "missing_share");
        ct_json_num(w, in->missing_share);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

ct_status ct_encoder_save(const ct_encoder *e, FILE *fp)
{
    ct_json *w = ct_json_new(fp);
    if (!w)
        return CT_ENOMEM;
    ct_json_object_begin(w);
    ct_json_key(w, "tool");
    ct_json_str(w, "claimtriage");
    ct_json_key(w, "version");
    ct_json_str(w, ct_version());
    ct_json_key(w, "kind");
    ct_json_str(w, CT_ENCODER_KIND);
    ct_json_key(w, "schema_version");
    ct_json_int(w, CT_ENCODER_SCHEMA_VERSION);
    ct_encoder_write(e, w);
    ct_json_object_end(w);
    return ct_json_finish(w);
}

/* ---- load ---- */

typedef struct rd {
    const char *name;
    ct_diag *diag;
} rd;

static ct_status bad(const rd *r, const char *what, const char *detail)
{
    return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0, "not a valid encoder file: %s%s", what,
                       detail ? detail : "");
}

/* A string member without embedded NUL; NULL when absent or ill-typed. */
static const char *get_str(const ct_json_value *o, const char *key)
{
    size_t len = 0;
    const char *s = ct_json_string(ct_json_get(o, key), &len);
    return s && strlen(s) == len ? s : NULL;
}

static int get_bool(const ct_json_value *o, const char *key, int *out)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) != CT_JSON_BOOL)
        return -1;
    *out = ct_json_bool_value(v);
    return 0;
}

/* A number member, or null (NaN) when nullable. */
static int get_num(const ct_json_value *o, const char *key, int nullable, double *out)
{
    const ct_json_value *v = ct_json_get(o, key);
    ct_json_type t = ct_json_type_of(v);
    if (t == CT_JSON_NULL && nullable) {
        *out = NAN;
        return 0;
    }
    if (t != CT_JSON_NUMBER)
        return -1;
    *out = ct_json_number(v);
    return 0;
}

static ct_status read_numeric(const rd *r, const ct_json_value *o, ct_encoder_info *in)
{
    in->kind = CT_ENCODER_NUMERIC;
    if (get_bool(o, "capped", &in->capped) || get_num(o, "q1", !in->capped, &in->q1) ||
        get_num(o, "q3", !in->capped, &in->q3) || get_num(o, "limit", !in->capped, &in->limit) ||
        get_num(o, "mean", 1, &in->mean) || get_num(o, "scale", 1, &in->scale))
        return bad(r,
                   "a numeric feature needs capped, q1, q3, limit, mean and scale: ", in->column);
    /* the domains fit_numeric writes: a scale is the training rows' standard
     * deviation (1 when it is 0), so finite and > 0 (0 or a negative one
     * made every value infinite or reversed it); the mean and the capping
     * bounds are finite (null: no value in the training rows), q1 <= q3 <=
     * limit */
    if (!(isfinite(in->scale) && in->scale > 0))
        return bad(r, "a numeric feature's \"scale\" must be a finite number > 0: ", in->column);
    if (isinf(in->mean) || isinf(in->q1) || isinf(in->q3) || isinf(in->limit))
        return bad(r,
                   "a numeric feature's \"mean\", \"q1\", \"q3\" and \"limit\" must be finite "
                   "(or null): ",
                   in->column);
    if (in->capped && !isnan(in->q1) && !(in->q1 <= in->q3 && in->q3 <= in->limit))
        return bad(r,
                   "a numeric feature's capping bounds must hold q1 <= q3 <= limit: ", in->column);
    /* the training range, added 2026-12-05: absent (an older file) or null
     * (no value in the training rows) is NaN, and nothing is checked */
    if ((ct_json_get(o, "min") && get_num(o, "min", 1, &in->min)) ||
        (ct_json_get(o, "max") && get_num(o, "max", 1, &in->max)) || isinf(in->min) ||
        isinf(in->max) || isnan(in->min) != isnan(in->max) || in->min > in->max)
        return bad(r, "a numeric feature's \"min\" and \"max\" must be finite with min <= max: ",
                   in->column);
    return CT_OK;
}

static ct_status read_categorical(const rd *r, const ct_json_value *o, enc_feature *ef)
{
    ct_encoder_info *in = &ef->info;
    in->kind = CT_ENCODER_DUMMY;
    const ct_json_value *lv = ct_json_get(o, "levels");
    const char *ref = get_str(o, "reference");
    size_t nl = ct_json_size(lv);
    if (ct_json_type_of(lv) != CT_JSON_ARRAY || nl < 1 || !ref)
        return bad(r, "a categorical feature needs a level or more and a reference: ", ef->column);
    if (!(ef->levels = ct_calloc(nl, sizeof *ef->levels)))
        return CT_ENOMEM;
    for (size_t l = 0; l < nl; l++) {
        size_t len = 0;
        const char *s = ct_json_string(ct_json_at(lv, l), &len);
        if (!s || strlen(s) != len)
            return bad(r, "a level is not a string: ", ef->column);
        if (l && strcmp(ef->levels[l - 1], s) >= 0)
            return bad(r, "levels are not distinct and in byte order: ", ef->column);
        if (!(ef->levels[l] = ct_strdup(s)))
            return CT_ENOMEM;
        in->nlevels = l + 1;
    }
    long x = ct_encoder_level_index_(ef->levels, nl, ref, strlen(ref));
    if (x < 0)
        return bad(r, "the reference is not one of the levels: ", ef->column);
    in->reference = (size_t)x;
    return CT_OK;
}

static ct_status read_state(const rd *r, const ct_json_value *v, ct_encoder **out)
{
    const ct_json_value *fs = ct_json_get(v, "features");
    int icp = 0, std = 0;
    double k = NAN;
    if (ct_json_type_of(v) != CT_JSON_OBJECT || get_bool(v, "intercept", &icp) ||
        get_bool(v, "standardize", &std) || get_num(v, "cap_iqr", 0, &k) ||
        ct_json_type_of(fs) != CT_JSON_ARRAY || ct_json_size(fs) == 0)
        return bad(r, "intercept, standardize, cap_iqr and a non-empty features array are required",
                   NULL);
    /* the fit's own rule (ct_encoder_spec_check): a cap_iqr below 0 loaded
     * and scored before 2026-12-05 (tester 4, a payload edited and its crc32
     * made again: test_encoder_file_cap_iqr_checked) */
    if (!(k >= 0) || !isfinite(k))
        return bad(r, "\"cap_iqr\" must be a finite number >= 0", NULL);
    size_t nf = ct_json_size(fs);
    ct_encoder *e = ct_encoder_alloc_(nf);
    if (!e)
        return CT_ENOMEM;
    e->intercept = icp;
    e->standardize = std;
    e->cap_iqr = k;
    ct_status s = CT_OK;
    for (size_t i = 0; i < nf && !s; i++) {
        const ct_json_value *o = ct_json_at(fs, i);
        const char *col = get_str(o, "column"), *type = get_str(o, "type");
        if (!col || !*col || !type) {
            s = bad(r, "a feature needs a column and a type", NULL);
            break;
        }
        if (!(e->feat[i].column = ct_strdup(col))) {
            s = CT_ENOMEM;
            break;
        }
        e->feat[i].info.column = e->feat[i].column;
        if (strcmp(type, "numeric") == 0)
            s = read_numeric(r, o, &e->feat[i].info);
        else if (strcmp(type, "categorical") == 0)
            s = read_categorical(r, o, &e->feat[i]);
        else
            s = bad(r, "unknown feature type: ", type);
        /* the training rows' missing share, added 2026-12-05 (absent: NaN) */
        ct_encoder_info *fi = &e->feat[i].info;
        if (!s && ct_json_get(o, "missing_share") &&
            (get_num(o, "missing_share", 1, &fi->missing_share) ||
             !(isnan(fi->missing_share) || (fi->missing_share >= 0 && fi->missing_share <= 1))))
            s = bad(r, "a feature's \"missing_share\" must be in [0, 1]: ", col);
    }
    if (!s)
        s = ct_encoder_layout_(e);
    if (s) {
        if (s == CT_ENOMEM)
            ct_diag_set(r->diag, CT_ENOMEM, r->name, 0, 0, "out of memory loading the encoder");
        ct_encoder_free(e);
        return s;
    }
    *out = e;
    return CT_OK;
}

ct_status ct_encoder_read(const ct_json_value *v, const char *name, ct_encoder **out, ct_diag *diag)
{
    *out = NULL;
    rd r = {name ? name : "<encoder>", diag};
    return read_state(&r, v, out);
}

/* The artifact header: tool, kind and schema_version must be ours. */
static ct_status check_header(const rd *r, const ct_json_value *root)
{
    const char *tool = get_str(root, "tool"), *kind = get_str(root, "kind");
    int64_t ver = 0;
    if (ct_json_type_of(root) != CT_JSON_OBJECT || !tool || strcmp(tool, "claimtriage") != 0)
        return bad(r, "no \"tool\": \"claimtriage\" header", NULL);
    if (!kind || strcmp(kind, CT_ENCODER_KIND) != 0)
        return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0,
                           "not an encoder file: its kind is '%s', expected '%s'",
                           kind ? kind : "(none)", CT_ENCODER_KIND);
    if (ct_json_int64(ct_json_get(root, "schema_version"), &ver) != CT_OK ||
        ver != CT_ENCODER_SCHEMA_VERSION)
        return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0,
                           "encoder file schema_version %lld is not supported (this version "
                           "reads %d)",
                           (long long)ver, CT_ENCODER_SCHEMA_VERSION);
    return CT_OK;
}

static ct_status load_doc(ct_status s, ct_json_doc *doc, const rd *r, ct_encoder **out)
{
    if (s == CT_EDATA || s == CT_EEMPTY) {
        /* not JSON at all, or cut short: not an encoder file (the reader's
         * line and column kept) */
        if (r->diag) {
            static const char pre[] = "not a valid encoder file: ";
            char *m = r->diag->message;
            size_t keep = sizeof r->diag->message - sizeof pre; /* room left after the prefix */
            size_t len = strnlen(m, keep);
            memmove(m + sizeof pre - 1, m, len);
            memcpy(m, pre, sizeof pre - 1);
            m[sizeof pre - 1 + len] = '\0';
            r->diag->status = CT_EFORMAT;
        }
        return CT_EFORMAT;
    }
    if (s)
        return s;
    const ct_json_value *root = ct_json_doc_root(doc);
    s = check_header(r, root);
    if (!s)
        s = read_state(r, root, out);
    ct_json_doc_free(doc);
    return s;
}

ct_status ct_encoder_load(const char *path, ct_encoder **out, ct_diag *diag)
{
    *out = NULL;
    ct_json_doc *doc = NULL;
    rd r = {path, diag};
    ct_status s = ct_json_parse_file(path, NULL, &doc, diag);
    return load_doc(s, doc, &r, out);
}

ct_status ct_encoder_load_mem(const char *text, size_t len, const char *name, ct_encoder **out,
                              ct_diag *diag)
{
    *out = NULL;
    ct_json_doc *doc = NULL;
    rd r = {name ? name : "<encoder>", diag};
    ct_status s = ct_json_parse(text, len, r.name, NULL, &doc, diag);
    return load_doc(s, doc, &r, out);
}
