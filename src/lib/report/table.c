/* table.c — aligned text tables for people (see claimtriage/table.h). */
#include "claimtriage/table.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <stdarg.h>
#include <string.h>

struct ct_table {
    size_t ncols, ncells, cap;
    char **cells;
    unsigned char *right; /* 0 left, 1 right, CT_TABLE_DECIMAL */
    size_t max_width;
    size_t nkey; /* columns repeated at the start of every block */
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
    t->nkey = 1;
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
        t->right[col] = right == CT_TABLE_DECIMAL ? CT_TABLE_DECIMAL : right != 0;
}

void ct_table_max_width(ct_table *t, size_t width)
{
    if (t)
        t->max_width = width;
}

void ct_table_key_columns(ct_table *t, size_t k)
{
    if (t && k >= 1 && k < t->ncols)
        t->nkey = k;
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
    /* a line break in a cell (a column name wrapped in a spreadsheet's
     * header cell, a value) would break the table's rows: shown as its
     * Control Picture, U+240A, one column wide, as the other controls */
    const char *src = cell ? cell : "";
    size_t breaks = 0, n = strlen(src);
    for (size_t i = 0; i < n; i++)
        breaks += src[i] == '\n';
    char *copy = ct_malloc(n + 2 * breaks + 1);
    if (!copy) {
        t->dropped = 1;
        return;
    }
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (src[i] == '\n')
            w += (size_t)ct_utf8_encode(0x240Au, copy + w);
        else
            copy[w++] = src[i];
    copy[w] = '\0';
    t->cells[t->ncells++] = copy;
}

void ct_table_addf(ct_table *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ct_table_add(t, buf);
}

size_t ct_table_ncells(const ct_table *t) { return t ? t->ncells : 0; }

static size_t disp_width(const char *s) { return ct_textwidth_z(s); }

/* the narrowest first column capped for a long name (ct_table_print) */
#define TABLE_KEY_MIN 16

/* Columns from a number's decimal point to its end (0 without one, or
 * for a cell that is not a number: a header, "undefined"). */
static size_t frac_width(const char *s)
{
    const char *n = s[0] == '-' || s[0] == '+' ? s + 1 : s;
    if (*n < '0' || *n > '9')
        return 0;
    const char *d = strchr(s, '.');
    return d && d[1] >= '0' && d[1] <= '9' ? disp_width(d) : 0;
}

static int is_number(const char *s)
{
    const char *n = s[0] == '-' || s[0] == '+' ? s + 1 : s;
    return *n >= '0' && *n <= '9';
}

/* Print columns cols[0..nc) of every row. */
static void print_block(const ct_table *t, FILE *fp, const char *indent, const size_t *cols,
                        size_t nc, const size_t *w, const size_t *fw)
{
    size_t nrows = (t->ncells + t->ncols - 1) / t->ncols;
    for (size_t r = 0; r < nrows; r++) {
        fputs(indent ? indent : "", fp);
        for (size_t k = 0; k < nc; k++) {
            size_t j = cols[k], i = r * t->ncols + j;
            const char *c = i < t->ncells ? t->cells[i] : "";
            const int last = k == nc - 1 || (i + 1 >= t->ncells);
            size_t dw = disp_width(c);
            if (k == 0 && j == 0 && dw > w[0] && !last) {
                /* a first-column cell wider than the column (its width
                 * capped: ct_table_max_width): whole on a line of its own,
                 * the row's other cells on the next, under the column */
                fprintf(fp, "%s\n%s", c, indent ? indent : "");
                c = "";
                dw = 0;
            }
            if (t->right[j] == CT_TABLE_DECIMAL && is_number(c)) {
                size_t tail = fw[j] - frac_width(c);
                fprintf(fp, "%*s%s%*s", (int)(w[j] - dw - tail), "", c, last ? 0 : (int)tail, "");
            } else if (t->right[j])
                fprintf(fp, "%*s%s", (int)(w[j] - dw), "", c);
            else
                fprintf(fp, "%s%*s", c, last ? 0 : (int)(w[j] - dw), "");
            if (last)
                break;
            fputs("  ", fp);
        }
        fputs("\n", fp);
    }
}

ct_status ct_table_print(const ct_table *t, FILE *fp, const char *indent)
{
    if (!t)
        return CT_OK;
    size_t *w = ct_calloc(3 * t->ncols, sizeof *w);
    if (!w)
        return CT_ENOMEM;
    size_t *fw = w + t->ncols, *cols = fw + t->ncols;
    for (size_t i = 0; i < t->ncells; i++) {
        size_t j = i % t->ncols;
        if (t->right[j] == CT_TABLE_DECIMAL) {
            size_t f = frac_width(t->cells[i]);
            if (f > fw[j])
                fw[j] = f;
        }
    }
    for (size_t i = 0; i < t->ncells; i++) {
        size_t j = i % t->ncols;
        size_t dw = disp_width(t->cells[i]);
        if (t->right[j] == CT_TABLE_DECIMAL && is_number(t->cells[i]))
            dw += fw[j] - frac_width(t->cells[i]);
        if (dw > w[j])
            w[j] = dw;
    }
    size_t in = indent ? disp_width(indent) : 0;
    /* one key column wider than leaves room for the widest other column
     * within the limit (a long name): it is capped to the widest of its
     * cells that fit, and a wider cell stands on a line of its own above
     * its row (print_block), so that the other columns still fit in
     * blocks, the name never cut */
    if (t->max_width && t->nkey == 1 && t->ncols >= 2) {
        size_t other = 0;
        for (size_t j = 1; j < t->ncols; j++)
            other = w[j] > other ? w[j] : other;
        const size_t room = t->max_width > in + 2 + other ? t->max_width - in - 2 - other : 0;
        if (w[0] > room && room >= TABLE_KEY_MIN) {
            size_t cap = 0;
            for (size_t i = 0; i < t->ncells; i += t->ncols) {
                const size_t dw = disp_width(t->cells[i]);
                if (dw <= room && dw > cap)
                    cap = dw;
            }
            w[0] = cap;
        }
    }
    size_t total = in;
    for (size_t j = 0; j < t->ncols; j++)
        total += w[j] + (j ? 2 : 0);
    const size_t nk = t->nkey;
    /* blocks help only when some column fits beside the key columns: when
     * none does (names wider than the line), one table reads better than
     * blocks of one column each, every one of them too wide anyway */
    size_t keyw = in;
    for (size_t k = 0; k < nk && k < t->ncols; k++)
        keyw += w[k] + (k ? 2 : 0);
    int fits = 0;
    for (size_t j = nk; j < t->ncols && !fits; j++)
        fits = keyw + 2 + w[j] <= t->max_width;
    if (!t->max_width || total <= t->max_width || t->ncols < nk + 2 || !fits) {
        for (size_t j = 0; j < t->ncols; j++)
            cols[j] = j;
        print_block(t, fp, indent, cols, t->ncols, w, fw);
    } else {
        /* blocks of whole columns, the key columns heading each */
        size_t j = nk;
        while (j < t->ncols) {
            size_t nc = 0, used = in;
            for (size_t k = 0; k < nk; k++) {
                used += w[k] + (k ? 2 : 0);
                cols[nc++] = k;
            }
            while (j < t->ncols && (nc == nk || used + 2 + w[j] <= t->max_width)) {
                used += 2 + w[j];
                cols[nc++] = j++;
            }
            if (cols[nk] != nk)
                fputc('\n', fp);
            print_block(t, fp, indent, cols, nc, w, fw);
        }
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
