/* frame_build.c — building a frame in memory: an empty frame of n rows,
 * then columns added one at a time from the caller's arrays (numbers with
 * a missing mask, codes with a level dictionary, strings), or copied from
 * another frame's column. Everything is copied; a column is built aside
 * and attached only when complete, so a failed add leaves the frame as it
 * was. */
#include "frame/frame_internal.h"

#include <math.h>
#include <string.h>

ct_status ct_frame_create(const char *source, size_t nrows, ct_frame **out, ct_diag *diag)
{
    *out = NULL;
    ct_frame *f = frame_new(0, source ? source : "<memory>");
    if (!f)
        return ct_diag_set(diag, CT_ENOMEM, source, 0, 0, "out of memory");
    f->nrows = nrows; /* line0 stays 0: no source lines */
    *out = f;
    return CT_OK;
}

/* CT_EINVAL "no column name" for a NULL name, checked first by every
 * ct_frame_add_*: before 2026-12-04 it said "a column is already named
 * '(null)'" (tests/unit/test_frame.c, test_add_null_name). */
static ct_status need_name(const ct_frame *f, const char *name, ct_diag *diag)
{
    return name ? CT_OK : ct_diag_set(diag, CT_EINVAL, f->source, 0, 0, "no column name");
}

/* A new column named `name` (not NULL) of type t with room for f's rows;
 * NULL and *st set when the name is in use or memory runs out. */
static ct_column *build_begin(ct_frame *f, const char *name, ct_type t, ct_status *st,
                              ct_diag *diag)
{
    size_t j;
    if (ct_frame_find(f, name, &j, NULL) == CT_OK) {
        *st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0, "a column is already named '%s'", name);
        return NULL;
    }
    ct_column *c = ct_calloc(1, sizeof *c);
    if (c)
        c->name = ct_strdup(name);
    if (c && c->name) {
        c->type = c->forced = t;
        if (col_grow(c, f->nrows ? f->nrows : 1) == 0) /* what type t uses */
            return c;
    }
    if (c) {
        col_free(c);
        ct_free(c);
    }
    *st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
    return NULL;
}

/* Attach c as f's last column (or free it when st is not CT_OK). */
static ct_status build_end(ct_frame *f, ct_column *c, ct_status st, ct_diag *diag)
{
    if (!st && f->ncols == f->colcap) {
        size_t nc = 2 * f->colcap;
        ct_column **cols = ct_realloc(f->cols, nc * sizeof *cols);
        if (!cols)
            st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
        else {
            f->cols = cols;
            f->colcap = nc;
        }
    }
    if (!st && frame_names_reserve(f))
        st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
    if (st) {
        col_free(c);
        ct_free(c);
        return st;
    }
    c->n = f->nrows;
    f->cols[f->ncols++] = c;
    frame_names_put(f, f->ncols - 1);
    return CT_OK;
}

ct_status ct_frame_add_numeric(ct_frame *f, const char *name, ct_type type, const double *values,
                               const uint8_t *missing, ct_diag *diag)
{
    ct_status st = need_name(f, name, diag);
    if (st)
        return st;
    if (type != CT_TYPE_INT && type != CT_TYPE_FLOAT && type != CT_TYPE_ID)
        return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                           "column '%s': a numeric column is int, float or identifier", name);
    /* built as float, so that col_grow gives it values; then typed */
    ct_column *c = build_begin(f, name, CT_TYPE_FLOAT, &st, diag);
    if (!c)
        return st;
    c->type = c->forced = type;
    for (size_t i = 0; i < f->nrows && !st; i++) {
        double v = values[i];
        uint8_t m = (missing && missing[i]) || isnan(v);
        c->miss[i] = m;
        c->nmiss += m;
        c->f64[i] = m ? NAN : v;
        if (!m && type == CT_TYPE_INT && !(isfinite(v) && v == floor(v)))
            st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                             "column '%s': row %zu holds %.17g, not a whole number", name, i, v);
    }
    return build_end(f, c, st, diag);
}

ct_status ct_frame_add_category(ct_frame *f, const char *name, const int32_t *codes,
                                const char *const *levels, size_t nlevels, ct_diag *diag)
{
    ct_status st = need_name(f, name, diag);
    if (st)
        return st;
    if (nlevels > INT32_MAX || (nlevels && !levels))
        return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0, "column '%s': bad level list", name);
    ct_column *c = build_begin(f, name, CT_TYPE_CATEGORY, &st, diag);
    if (!c)
        return st;
    for (size_t k = 0; k < nlevels && !st; k++) {
        if (!levels[k]) {
            st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0, "column '%s': level %zu is NULL",
                             name, k);
            break;
        }
        int32_t got = col_intern(c, levels[k], strlen(levels[k]));
        if (got == COL_NOMEM)
            st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
        else if ((size_t)got != k)
            st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                             "column '%s': level '%s' is given twice", name, levels[k]);
    }
    for (size_t i = 0; i < f->nrows && !st; i++) {
        int32_t k = codes[i];
        if (k < CT_CODE_UNSEEN || (k >= 0 && (size_t)k >= nlevels)) {
            st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                             "column '%s': row %zu has code %d, outside -2..%zu", name, i, (int)k,
                             nlevels ? nlevels - 1 : 0);
            break;
        }
        c->codes[i] = k;
        c->miss[i] = k < 0;
        c->nmiss += k < 0;
        c->nunseen += k == CT_CODE_UNSEEN;
    }
    return build_end(f, c, st, diag);
}

ct_status ct_frame_add_text(ct_frame *f, const char *name, ct_type type, const char *const *values,
                            const size_t *lens, ct_diag *diag)
{
    ct_status st = need_name(f, name, diag);
    if (st)
        return st;
    if (type != CT_TYPE_TEXT && type != CT_TYPE_ID)
        return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                           "column '%s': a string column is text or identifier", name);
    ct_column *c = build_begin(f, name, type, &st, diag);
    if (!c)
        return st;
    for (size_t i = 0; i < f->nrows && !st; i++) {
        const char *s = values[i];
        c->miss[i] = s == NULL;
        c->nmiss += s == NULL;
        if (!s) {
            c->soff[i] = 0;
            c->slen[i] = 0;
            continue;
        }
        size_t len = lens ? lens[i] : strlen(s);
        c->n = i; /* col_put_str stores at row c->n */
        if (len > UINT32_MAX - 1)
            st = ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                             "column '%s': row %zu is longer than 4 GiB", name, i);
        else if (col_put_str(c, s, len))
            st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
    }
    return build_end(f, c, st, diag);
}

ct_status ct_frame_add_column_copy(ct_frame *f, const ct_column *c, const char *name, ct_diag *diag)
{
    if (!name)
        name = c->name;
    if (c->n != f->nrows)
        return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                           "column '%s' has %zu rows, the frame %zu", c->name, c->n, f->nrows);
    if (c->f64) {
        ct_status st = ct_frame_add_numeric(f, name, c->type, c->f64, c->miss, diag);
        if (!st && c->i64) { /* the exact values, not their doubles */
            ct_column *d = f->cols[f->ncols - 1];
            if (!d->i64 && !(d->i64 = ct_malloc((c->n ? c->n : 1) * sizeof *d->i64)))
                return ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
            memcpy(d->i64, c->i64, c->n * sizeof *d->i64);
        }
        return st;
    }
    if (c->type == CT_TYPE_CATEGORY)
        return ct_frame_add_category(f, name, c->codes, (const char *const *)c->levels, c->nlevels,
                                     diag);
    /* strings: gathered into pointer arrays (c may be a column of f) */
    const char **v = ct_malloc((c->n ? c->n : 1) * sizeof *v);
    size_t *len = ct_malloc((c->n ? c->n : 1) * sizeof *len);
    ct_status st;
    if (!v || !len) {
        st = ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
    } else {
        for (size_t i = 0; i < c->n; i++) {
            v[i] = c->miss[i] ? NULL : col_sptr(c, i);
            len[i] = c->miss[i] ? 0 : c->slen[i];
        }
        st = ct_frame_add_text(f, name, c->type, v, len, diag);
    }
    ct_free(v);
    ct_free(len);
    return st;
}
