/* column.c — column storage: growing a column's arrays and appending one
 * value at a time (missing, number, string, category code, or an inferred
 * column's raw value with its numeric guess), and taking the last one back.
 * The hot helpers the fast path inlines are in frame_internal.h. */
#include "frame/frame_internal.h"

#include <stdio.h>

void col_free(ct_column *c)
{
    ct_free(c->name);
    ct_free(c->f64);
    ct_free(c->i64);
    ct_free(c->miss);
    ct_free(c->codes);
    for (size_t k = 0; k < c->nlevels; k++)
        ct_free(c->levels[k]);
    ct_free(c->levels);
    ct_free(c->level_len);
    ct_free(c->lslot);
    ct_free(c->soff);
    ct_free(c->slen);
    ct_free(c->arena);
    ct_free(c->spec);
}

int col_grow(ct_column *c, size_t nc)
{
    uint8_t *m = ct_realloc(c->miss, nc);
    if (!m)
        return -1;
    c->miss = m;
    if (c->type == CT_TYPE_INT || c->type == CT_TYPE_FLOAT || (c->type == CT_TYPE_ID && c->f64)) {
        double *v = ct_realloc(c->f64, nc * sizeof *v);
        if (!v)
            return -1;
        c->f64 = v;
        if (c->i64) {
            int64_t *x = ct_realloc(c->i64, nc * sizeof *x);
            if (!x)
                return -1;
            c->i64 = x;
        }
    } else if (c->type == CT_TYPE_CATEGORY) {
        int32_t *v = ct_realloc(c->codes, nc * sizeof *v);
        if (!v)
            return -1;
        c->codes = v;
    } else {
        if (!c->raw_lazy) {
            uint64_t *o = ct_realloc(c->soff, nc * sizeof *o);
            if (!o)
                return -1;
            c->soff = o;
            uint32_t *l = ct_realloc(c->slen, nc * sizeof *l);
            if (!l)
                return -1;
            c->slen = l;
        }
        if (c->spec) {
            double *v = ct_realloc(c->spec, nc * sizeof *v);
            if (!v)
                return -1;
            c->spec = v;
        }
    }
    c->cap = nc;
    return 0;
}

int col_push_missing(ct_column *c)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = 1;
    c->nmiss++;
    if (c->f64) {
        c->f64[c->n] = NAN;
        if (c->i64)
            c->i64[c->n] = 0;
    } else if (c->type == CT_TYPE_CATEGORY)
        c->codes[c->n] = -1;
    else {
        if (!c->raw_lazy) {
            c->soff[c->n] = 0;
            c->slen[c->n] = 0;
        }
        if (c->spec)
            c->spec[c->n] = NAN;
    }
    c->n++;
    return 0;
}

int col_push_num(ct_column *c, double v)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = 0;
    c->f64[c->n++] = v;
    return 0;
}

int col_push_i64(ct_column *c, int64_t x)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = 0;
    c->i64[c->n] = x;
    c->f64[c->n++] = (double)x;
    return 0;
}

int col_make_i64(ct_column *c)
{
    int64_t *x = ct_malloc((c->cap ? c->cap : 1) * sizeof *x);
    if (!x)
        return -1;
    for (size_t i = 0; i < c->n; i++)
        x[i] = c->miss[i] ? 0 : (int64_t)c->f64[i];
    c->i64 = x;
    return 0;
}

int col_push_str(ct_column *c, const char *s, size_t len)
{
    if (col_reserve(c) || col_put_str(c, s, len))
        return -1;
    c->miss[c->n++] = 0;
    return 0;
}

int col_push_code(ct_column *c, int32_t code)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = code < 0;
    c->nmiss += code < 0;
    c->nunseen += code == CT_CODE_UNSEEN;
    c->codes[c->n++] = code;
    return 0;
}

int col_push_cat(ct_column *c, const char *s, size_t len)
{
    if (col_reserve(c))
        return -1;
    int32_t k = col_intern(c, s, len);
    if (k == COL_NOMEM)
        return -1;
    return col_push_code(c, k);
}

void col_pop(ct_column *c)
{
    c->n--;
    c->nmiss -= c->miss[c->n];
    if (c->type == CT_TYPE_CATEGORY)
        c->nunseen -= c->codes[c->n] == CT_CODE_UNSEEN;
}

int col_materialize(ct_column *c)
{
    if (!c->raw_lazy)
        return 0;
    size_t cap = c->cap ? c->cap : 1;
    uint64_t *soff = ct_malloc(cap * sizeof *soff);
    uint32_t *slen = ct_malloc(cap * sizeof *slen);
    if (!soff || !slen) {
        ct_free(soff);
        ct_free(slen);
        return -1;
    }
    c->soff = soff;
    c->slen = slen;
    c->raw_lazy = 0;
    size_t n = c->n;
    for (size_t i = 0; i < n; i++) {
        if (c->miss[i]) {
            c->soff[i] = 0;
            c->slen[i] = 0;
            continue;
        }
        char num[24];
        int len = snprintf(num, sizeof num, "%llu", (unsigned long long)c->spec[i]);
        c->n = i; /* col_put_str stores at row c->n */
        if (col_put_str(c, num, (size_t)len)) {
            c->n = n;
            return -1;
        }
    }
    c->n = n;
    return 0;
}

int col_put_auto(ct_column *c, const char *s, size_t len, int padded)
{
    uint64_t u;
    if (c->raw_lazy) {
        if (canonical_uint(s, len, padded, &u)) {
            c->spec[c->n] = (double)u;
            return 0;
        }
        if (col_materialize(c))
            return -1;
    }
    if (c->spec)
        col_spec_value(c, s, len, padded);
    return col_put_str(c, s, len);
}
