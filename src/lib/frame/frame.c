/* frame.c — the frame object: rows × typed columns, the physical line each
 * row came from, the mapping text columns borrow from; its accessors. How
 * columns store values is column.c; how frames are filled is loader.c (from
 * CSV) and frame_build.c (from memory). */
#include "frame/frame_internal.h"

#include <string.h>

const char *ct_type_name(ct_type t)
{
    switch (t) {
    case CT_TYPE_INT: return "int";
    case CT_TYPE_FLOAT: return "float";
    case CT_TYPE_ID: return "identifier";
    case CT_TYPE_CATEGORY: return "categorical";
    case CT_TYPE_TEXT: return "text";
    case CT_TYPE_AUTO: return "auto";
    }
    return "unknown";
}

ct_frame *frame_new(size_t ncols, const char *source)
{
    ct_frame *f = ct_calloc(1, sizeof *f);
    if (!f)
        return NULL;
    size_t L = strlen(source);
    f->colcap = ncols ? ncols : 1;
    f->cols = ct_calloc(f->colcap, sizeof *f->cols);
    f->source = ct_malloc(L + 1);
    int fail = !f->cols || !f->source;
    for (size_t j = 0; j < ncols && !fail; j++)
        fail = (f->cols[j] = ct_calloc(1, sizeof *f->cols[j])) == NULL;
    if (fail) {
        for (size_t j = 0; f->cols && j < ncols; j++)
            ct_free(f->cols[j]);
        ct_free(f->cols);
        ct_free(f->source);
        ct_free(f);
        return NULL;
    }
    memcpy(f->source, source, L + 1);
    f->ncols = ncols;
    return f;
}

void ct_frame_destroy(ct_frame *f)
{
    if (!f)
        return;
    for (size_t j = 0; j < f->ncols; j++) {
        col_free(f->cols[j]);
        ct_free(f->cols[j]);
    }
    ct_free(f->cols);
    ct_free(f->lines);
    ct_free(f->source);
    ct_unmap(&f->map);
    ct_free(f);
}

int frame_lines_array(ct_frame *f, size_t cap)
{
    if (cap < f->nrows)
        cap = f->nrows;
    if (cap < 1024)
        cap = 1024;
    long *l = ct_malloc(cap * sizeof *l);
    if (!l)
        return -1;
    for (size_t i = 0; i < f->nrows; i++)
        l[i] = f->line0 + (long)i;
    f->lines = l;
    f->cap = cap;
    return 0;
}

int frame_push_line_array(ct_frame *f, long line)
{
    if (!f->lines && frame_lines_array(f, 2 * f->nrows))
        return -1;
    if (f->nrows == f->cap) {
        size_t nc = f->cap ? 2 * f->cap : 1024;
        long *l = ct_realloc(f->lines, nc * sizeof *l);
        if (!l)
            return -1;
        f->lines = l;
        f->cap = nc;
    }
    f->lines[f->nrows++] = line;
    return 0;
}

int frame_col_init(ct_frame *f, size_t j, const char *name, ct_type type, ct_type forced,
                   int numeric_id)
{
    ct_column *c = f->cols[j];
    size_t L = strlen(name);
    c->name = ct_malloc(L + 1);
    if (!c->name)
        return -1;
    memcpy(c->name, name, L + 1);
    c->type = type;
    c->forced = forced;
    if (type == CT_TYPE_ID && numeric_id) {
        /* a numeric identifier: col_reserve grows f64 once it exists */
        c->f64 = ct_malloc(sizeof(double));
        if (!c->f64)
            return -1;
    }
    if (type == CT_TYPE_AUTO) { /* likewise for the numeric guess */
        c->spec = ct_malloc(sizeof(double));
        c->spec_int = 1;
        c->raw_lazy = 1;
        if (!c->spec)
            return -1;
    }
    return col_reserve(c);
}

/* --------------------------------------------------------------- access */

size_t ct_frame_nrows(const ct_frame *f) { return f->nrows; }
size_t ct_frame_ncols(const ct_frame *f) { return f->ncols; }
const ct_column *ct_frame_col(const ct_frame *f, size_t j)
{
    return j < f->ncols ? f->cols[j] : NULL;
}
long ct_frame_row_line(const ct_frame *f, size_t i)
{
    if (i >= f->nrows || (!f->lines && f->line0 == 0))
        return 0; /* built in memory: no lines */
    return frame_line(f, i);
}
const char *ct_frame_source(const ct_frame *f) { return f->source; }

size_t ct_frame_missing_rows(const ct_frame *f, const size_t *cols, size_t ncols, uint8_t *out)
{
    size_t n = f->nrows, marked = 0;
    memset(out, 0, n);
    if (!cols)
        ncols = f->ncols;
    for (size_t k = 0; k < ncols; k++) {
        const ct_column *c = f->cols[cols ? cols[k] : k];
        if (c->nmiss)
            for (size_t i = 0; i < n; i++)
                out[i] |= c->miss[i];
    }
    for (size_t i = 0; i < n; i++)
        marked += out[i];
    return marked;
}

ct_status ct_frame_find(const ct_frame *f, const char *name, size_t *j, ct_diag *diag)
{
    for (size_t k = 0; k < f->ncols; k++)
        if (strcmp(f->cols[k]->name, name) == 0) {
            *j = k;
            return CT_OK;
        }
    return ct_diag_set(diag, CT_ECOLUMN, f->source, 0, 0, "required column '%s' is absent", name);
}

const char *ct_column_name(const ct_column *c) { return c->name; }
ct_type ct_column_type(const ct_column *c) { return c->type; }
size_t ct_column_len(const ct_column *c) { return c->n; }
int ct_column_is_numeric(const ct_column *c) { return c->f64 != NULL; }
const double *ct_column_f64(const ct_column *c) { return c->f64; }
const uint8_t *ct_column_missing(const ct_column *c)
{
    static const uint8_t none[1] = {0};
    return c->miss ? c->miss : none;
}
size_t ct_column_nmissing(const ct_column *c) { return c->nmiss; }
size_t ct_column_nunseen(const ct_column *c) { return c->nunseen; }
const int32_t *ct_column_codes(const ct_column *c)
{
    return c->type == CT_TYPE_CATEGORY ? c->codes : NULL;
}
size_t ct_column_nlevels(const ct_column *c) { return c->nlevels; }
const char *ct_column_level(const ct_column *c, size_t k)
{
    return k < c->nlevels ? c->levels[k] : NULL;
}
int32_t ct_column_level_find(const ct_column *c, const char *value)
{
    for (size_t k = 0; k < c->nlevels; k++)
        if (strcmp(c->levels[k], value) == 0)
            return (int32_t)k;
    return -1;
}

const char *ct_column_str(const ct_column *c, size_t i, size_t *len)
{
    if (i >= c->n || c->miss[i] || c->f64)
        return NULL;
    if (c->type == CT_TYPE_CATEGORY) {
        if (len)
            *len = c->level_len[c->codes[i]];
        return c->levels[c->codes[i]];
    }
    if (len)
        *len = c->slen[i];
    return col_sptr(c, i);
}
