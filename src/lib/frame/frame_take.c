/* frame_take.c — a new frame of some rows of another, in a given order
 * (pandas' df.iloc[rows]): claimtriage/frame.h, ct_frame_take. */
#include "frame/frame_internal.h"

static ct_status nomem(const ct_frame *f, ct_diag *diag)
{
    return ct_diag_set(diag, CT_ENOMEM, f->source, 0, 0, "out of memory");
}

/* Column c's rows[0..n) added to g. */
static ct_status take_column(ct_frame *g, const ct_column *c, const size_t *rows, size_t n,
                             ct_diag *diag)
{
    const size_t cap = n ? n : 1;
    ct_status st = CT_OK;
    if (c->f64) {
        double *v = ct_malloc(cap * sizeof *v);
        uint8_t *m = ct_malloc(cap);
        if (!v || !m)
            st = nomem(g, diag);
        for (size_t i = 0; i < n && st == CT_OK; i++) {
            v[i] = c->f64[rows[i]];
            m[i] = c->miss[rows[i]];
        }
        if (st == CT_OK)
            st = ct_frame_add_numeric(g, c->name, c->type, v, m, diag);
        if (st == CT_OK)
            col_note_infinite_from(g->cols[g->ncols - 1], c);
        if (st == CT_OK && c->i64) { /* the exact values, not their doubles */
            ct_column *d = g->cols[g->ncols - 1];
            if (!d->i64 && !(d->i64 = ct_malloc(cap * sizeof *d->i64)))
                st = nomem(g, diag);
            for (size_t i = 0; i < n && st == CT_OK; i++)
                d->i64[i] = c->i64[rows[i]];
        }
        ct_free(v);
        ct_free(m);
        return st;
    }
    if (c->type == CT_TYPE_CATEGORY) {
        int32_t *k = ct_malloc(cap * sizeof *k);
        if (!k)
            return nomem(g, diag);
        for (size_t i = 0; i < n; i++)
            k[i] = c->codes[rows[i]];
        st = ct_frame_add_category(g, c->name, k, (const char *const *)c->levels, c->nlevels, diag);
        if (st == CT_OK)
            g->cols[g->ncols - 1]->fixed = c->fixed;
        ct_free(k);
        return st;
    }
    /* strings (text, identifiers, raw) */
    if (!c->soff && n) /* a loaded column's final type never leaves it without strings */
        return ct_diag_set(diag, CT_EINVAL, g->source, 0, 0, "column '%s' holds no values",
                           c->name);
    const char **v = ct_malloc(cap * sizeof *v);
    size_t *len = ct_malloc(cap * sizeof *len);
    if (!v || !len)
        st = nomem(g, diag);
    for (size_t i = 0; i < n && st == CT_OK; i++) {
        const size_t r = rows[i];
        v[i] = c->miss[r] ? NULL : col_sptr(c, r);
        len[i] = c->miss[r] ? 0 : c->slen[r];
    }
    if (st == CT_OK)
        st = ct_frame_add_text(g, c->name, c->type == CT_TYPE_ID ? CT_TYPE_ID : CT_TYPE_TEXT, v,
                               len, diag);
    ct_free(v);
    ct_free(len);
    return st;
}

ct_status ct_frame_take(const ct_frame *f, const size_t *rows, size_t n, ct_frame **out,
                        ct_diag *diag)
{
    *out = NULL;
    for (size_t i = 0; i < n; i++)
        if (rows[i] >= f->nrows)
            return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                               "row %zu is out of range (the frame has %zu rows)", rows[i],
                               f->nrows);
    ct_frame *g = NULL;
    ct_status st = ct_frame_create(f->source, n, &g, diag);
    if (st == CT_OK)
        g->delim = f->delim;
    for (size_t j = 0; j < f->ncols && st == CT_OK; j++) {
        st = take_column(g, f->cols[j], rows, n, diag);
        if (st == CT_OK) { /* the number format its text is written in */
            g->cols[j]->dec = f->cols[j]->dec;
            g->cols[j]->tsep = f->cols[j]->tsep;
        }
    }
    /* each row keeps the line it started on in the source */
    if (st == CT_OK && (f->lines || f->line0)) {
        g->lines = ct_malloc((n ? n : 1) * sizeof *g->lines);
        if (!g->lines)
            st = nomem(f, diag);
        else {
            g->cap = n;
            g->line0 = 1;
            for (size_t i = 0; i < n; i++)
                g->lines[i] = ct_frame_row_line(f, rows[i]);
        }
    }
    if (st != CT_OK) {
        ct_frame_destroy(g);
        return st;
    }
    *out = g;
    return CT_OK;
}
