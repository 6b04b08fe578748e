/* table.c — aligned text tables for people (see claimtriage/table.h). */
#include "claimtriage/table.h"
#include "claimtriage/utf8.h"

#include <stdarg.h>
#include <string.h>

struct ct_table {
    size_t ncols, ncells, cap;
    char **cells;
    unsigned char *right;
    int dropped; /* a cell could not be stored */
};

ct_table *ct_table_create(size_t ncols)
{
    if (ncols == 0)
        return NULL;
    ct_table *t = ct_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->ncols = ncols;
    t->right = ct_calloc(ncols, 1);
    if (!t->right) {
        ct_free(t);
        return NULL;
    }
    return t;
}

void ct_table_align(ct_table *t, size_t col, int right)
{
    if (t && col < t->ncols)
        t->right[col] = right != 0;
}

void ct_table_add(ct_table *t, const char *cell)
{
    if (!t)
        return;
    if (t->ncells == t->cap) {
        const size_t nc = t->cap ? 2 * t->cap : 64;
        char **c = ct_realloc(t->cells, nc * sizeof *c);
        if (!c) {
            t->dropped = 1;
            return;
        }
        t->cells = c;
        t->cap = nc;
    }
    char *copy = ct_strdup(cell ? cell : "");
    if (!copy) {
        t->dropped = 1;
        return;
    }
    t->cells[t->ncells++] = copy;
}

void ct_table_addf(ct_table *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ct_table_add(t, buf);
}

size_t ct_table_ncells(const ct_table *t) { return t ? t->ncells : 0; }

static size_t disp_width(const char *s) { return ct_utf8_length(s, strlen(s)); }

ct_status ct_table_print(const ct_table *t, FILE *fp, const char *indent)
{
    if (!t)
        return CT_OK;
    size_t *w = ct_calloc(t->ncols, sizeof *w);
    if (!w)
        return CT_ENOMEM;
    for (size_t i = 0; i < t->ncells; i++) {
        const size_t dw = disp_width(t->cells[i]);
        if (dw > w[i % t->ncols])
            w[i % t->ncols] = dw;
    }
    for (size_t i = 0; i < t->ncells; i++) {
        const size_t j = i % t->ncols;
        const char *c = t->cells[i];
        const size_t pad = w[j] - disp_width(c);
        if (j == 0)
            fputs(indent ? indent : "", fp);
        const int last = j == t->ncols - 1 || i == t->ncells - 1;
        if (t->right[j])
            fprintf(fp, "%*s%s", (int)pad, "", c);
        else
            fprintf(fp, "%s%*s", c, last ? 0 : (int)pad, "");
        fputs(last ? "\n" : "  ", fp);
    }
    ct_free(w);
    if (t->dropped)
        return CT_ENOMEM;
    return ferror(fp) ? CT_EIO : CT_OK;
}

void ct_table_destroy(ct_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->ncells; i++)
        ct_free(t->cells[i]);
    ct_free(t->cells);
    ct_free(t->right);
    ct_free(t);
}
