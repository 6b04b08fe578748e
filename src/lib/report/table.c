/* table.c — aligned text tables for people (see claimtriage/table.h). */
#include "claimtriage/table.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define SCI_ALONE SIZE_MAX

struct ct_table {
    size_t ncols, ncells, cap;
    char **cells;
    double *val;          /* a number cell's value (ct_table_add_auto) */
    unsigned char *isnum; /* 1: cells[i] is ct_numfmt_auto of val[i] */
    size_t *sci;          /* a number cell in scientific notation: 1 + the
                           * index of its ct_table_add_stats row's first
                           * cell, SCI_ALONE for one of ct_table_add_auto;
                           * 0 for any other cell */
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

/* How a cell shows the character at s (ct_utf8_visible; the line feed as
 * its Control Picture, U+240A): the bytes written to out, 0 when shown as
 * it is; *len gets the bytes it stands for. */
static int cell_char(const char *s, size_t n, size_t i, size_t *len, char *out)
{
    *len = 1;
    return s[i] == '\n' ? ct_utf8_encode(0x240Au, out) : ct_utf8_visible_at(s, n, i, len, out);
}

void ct_table_add(ct_table *t, const char *cell)
{
    if (!t)
        return;
    if (t->ncells == t->cap) {
        const size_t nc = t->cap ? 2 * t->cap : 64;
        char **c = ct_realloc(t->cells, nc * sizeof *c);
        if (c)
            t->cells = c;
        double *v = c ? ct_realloc(t->val, nc * sizeof *v) : NULL;
        if (v)
            t->val = v;
        unsigned char *u = v ? ct_realloc(t->isnum, nc) : NULL;
        if (u)
            t->isnum = u;
        size_t *g = u ? ct_realloc(t->sci, nc * sizeof *g) : NULL;
        if (!g) {
            t->dropped = 1;
            return;
        }
        t->sci = g;
        t->cap = nc;
    }
    /* a line break in a cell (a column name wrapped in a spreadsheet's
     * header cell, a value) would break the table's rows, a tab or an
     * escape its alignment, a bidi control reorder the row: each control
     * byte is shown as its Control Picture, one column wide (U+240A for
     * the line feed), each bidi control as <U+202E> (ct_utf8_visible) */
    const char *src = cell ? cell : "";
    char pic[CT_UTF8_VISIBLE_MAX];
    size_t shown = 0, n = strlen(src), len = 1;
    for (size_t i = 0; i < n; i += len) {
        const int k = cell_char(src, n, i, &len, pic);
        shown += k > 0 ? (size_t)k : 1;
    }
    char *copy = ct_malloc(shown + 1);
    if (!copy) {
        t->dropped = 1;
        return;
    }
    size_t w = 0;
    for (size_t i = 0; i < n; i += len) {
        const int k = cell_char(src, n, i, &len, copy + w);
        if (k > 0)
            w += (size_t)k;
        else
            copy[w++] = src[i];
    }
    copy[w] = '\0';
    t->val[t->ncells] = 0;
    t->isnum[t->ncells] = 0;
    t->sci[t->ncells] = 0;
    t->cells[t->ncells++] = copy;
}

void ct_table_add_auto(ct_table *t, double v)
{
    char b[64];
    ct_numfmt_auto(b, sizeof b, v);
    const size_t i = ct_table_ncells(t);
    ct_table_add(t, b);
    if (t && t->ncells == i + 1) {
        t->val[i] = v;
        t->isnum[i] = 1;
        t->sci[i] = ct_numfmt_auto_sci(v) ? SCI_ALONE : 0;
    }
}

void ct_table_add_stats(ct_table *t, const double *v, size_t n)
{
    /* pandas formats a float column (a feature of describe(), a row here)
     * as one: when one value needs scientific notation, all of them are in
     * it, never "-4.000000e+15" beside "-81,466,395,024,593.2" in one row
     * (before 2026-12-05: tests/cli/inspect_huge_row_sci) */
    int sci = 0;
    for (size_t k = 0; k < n; k++)
        sci |= ct_numfmt_auto_sci(v[k]);
    const size_t first = ct_table_ncells(t);
    for (size_t k = 0; k < n; k++) {
        char b[64];
        if (sci) {
            /* its digits are the table's at print (shown_cells) */
            const size_t i = ct_table_ncells(t);
            ct_numfmt_sci(b, sizeof b, v[k]);
            ct_table_add(t, b);
            if (t && t->ncells == i + 1 && isfinite(v[k])) {
                t->val[i] = v[k];
                t->isnum[i] = 1;
                t->sci[i] = first + 1;
            }
        } else
            ct_table_add_auto(t, v[k]);
    }
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

/* Whether a cell of a CT_TABLE_DECIMAL column is lined up on its decimal
 * point: the whole cell is a number in plain notation: an optional sign,
 * digits (grouped by ','), an optional '.' and digits, an optional '%'.
 * Anything else is right-aligned to the column's edge, where the longest
 * decimals end, as a header is: a number in scientific notation
 * ("9.068e-05", whose digits after the point are no decimals of the others'
 * places: lined up, it pushed every other number of the column apart from
 * the column's right edge), text ("undefined", "< 1e-300 (log10 -625.9)"),
 * several numbers in one cell ("205 / 0 / 189 / 0", "1, 16"). */
static int is_number(const char *s)
{
    const char *p = s[0] == '-' || s[0] == '+' ? s + 1 : s;
    if (!(*p >= '0' && *p <= '9'))
        return 0;
    while ((*p >= '0' && *p <= '9') || (*p == ',' && p[1] >= '0' && p[1] <= '9'))
        p++;
    if (*p == '.' && p[1] >= '0' && p[1] <= '9')
        for (p++; *p >= '0' && *p <= '9'; p++) {
        }
    if (*p == '%')
        p++;
    return *p == '\0';
}

/* Columns from a number's decimal point to its end (0 without one, or
 * for a cell that is not lined up: a header, "undefined", 1.2e-05). */
static size_t frac_width(const char *s)
{
    if (!is_number(s))
        return 0;
    const char *d = strchr(s, '.');
    return d && d[1] >= '0' && d[1] <= '9' ? disp_width(d) : 0;
}

/* Print columns cols[0..nc) of every row, the first nk of them the key
 * columns. Blanks are owed (pend) and written only before text, so that no
 * line ends in blanks. A key cell wider than its column (the column capped
 * for long names: ct_table_print) stands whole on a line of its own after
 * the row's earlier key cells (alone at the indent when they leave it no
 * room), the row's later cells on the next line under their columns; one
 * wider than the whole line is cut in the middle to the line less the
 * indent, "..." for what is left out (its end kept: names that differ
 * only there stay apart). */
static void print_block(const ct_table *t, FILE *fp, const char *indent, const size_t *cols,
                        size_t nc, size_t nk, const size_t *w, const size_t *fw)
{
    const char *ind = indent ? indent : "";
    const size_t in = disp_width(ind);
    /* an indent of blanks is owed as blanks too: a line with nothing after
     * it stays empty, and a hung cell that fits the line only without it
     * (a name of 99 columns) is moved left to end at the limit */
    const int blank = strspn(ind, " ") == strlen(ind);
    size_t nrows = (t->ncells + t->ncols - 1) / t->ncols;
    for (size_t r = 0; r < nrows; r++) {
        size_t pend = blank ? in : 0, pos = in; /* pos: where column k starts */
        if (!blank)
            fputs(ind, fp);
        int fresh = 1; /* nothing but the indent on this line yet */
        for (size_t k = 0; k < nc; k++) {
            size_t j = cols[k], i = r * t->ncols + j;
            const char *c = i < t->ncells ? t->cells[i] : "";
            const int last = k == nc - 1 || (i + 1 >= t->ncells);
            size_t dw = disp_width(c);
            /* a key cell wider than the whole line (a column name of 150
             * characters; a narrower one is moved left of the indent to
             * end at the limit) is cut in the middle with "...", so no
             * line passes the limit (before 2026-12-03 it was printed
             * whole: tests/cli/width_long_key_cut); no limit keeps it whole */
            char cut[1024];
            if (t->max_width && k < nk && dw > w[j] && dw > t->max_width &&
                t->max_width >= in + 8) {
                ct_textwidth_fit_middle(cut, sizeof cut, c, strlen(c), t->max_width - in, "...");
                c = cut;
                dw = disp_width(c);
            }
            if (k > 0) {
                pend += 2;
                pos += 2;
            }
            int rest = 0; /* a later cell of the row in this block has text */
            for (size_t q = k + 1; q < nc && !rest; q++)
                rest = r * t->ncols + cols[q] < t->ncells && *t->cells[r * t->ncols + cols[q]];
            if (k < nk && dw > w[j] && !last && rest) {
                const int room = !t->max_width || pos + dw <= t->max_width;
                if (!room && !fresh) { /* no room after the earlier keys */
                    fputc('\n', fp);
                    if (!blank)
                        fputs(ind, fp);
                    fresh = 1;
                }
                if (!room) /* alone at the indent, or left of it to fit */
                    pend = !blank                                         ? 0
                           : in + dw > t->max_width && dw <= t->max_width ? t->max_width - dw
                                                                          : in;
                fprintf(fp, "%*s%s\n", (int)pend, "", c);
                if (!blank)
                    fputs(ind, fp);
                pos += w[j];
                pend = pos - (blank ? 0 : in);
                fresh = 1;
                continue;
            }
            if (!*c) { /* nothing to write: its blanks owed */
                pend += w[j];
            } else if (t->right[j] == CT_TABLE_DECIMAL && is_number(c)) {
                size_t tail = fw[j] - frac_width(c);
                fprintf(fp, "%*s%s", (int)(pend + w[j] - dw - tail), "", c);
                pend = tail;
            } else if (t->right[j]) {
                fprintf(fp, "%*s%s", (int)(pend + w[j] - dw), "", c);
                pend = 0;
            } else {
                fprintf(fp, "%*s%s", (int)pend, "", c);
                pend = dw < w[j] ? w[j] - dw : 0;
            }
            pos += w[j];
            fresh = fresh && !*c;
            if (last)
                break;
        }
        fputs("\n", fp);
    }
}

/* Blocks of whole columns after the nk key columns of widths w (the greedy
 * split of ct_table_print). */
static size_t count_blocks(const ct_table *t, size_t in, size_t nk, const size_t *w)
{
    size_t keyw = in, blocks = 0;
    for (size_t k = 0; k < nk; k++)
        keyw += w[k] + (k ? 2 : 0);
    for (size_t j = nk; j < t->ncols; blocks++) {
        size_t used = keyw, nc = 0;
        while (j < t->ncols && (nc == 0 || used + 2 + w[j] <= t->max_width)) {
            used += 2 + w[j++];
            nc++;
        }
    }
    return blocks ? blocks : 1;
}

/* Lines printed with key widths w: blocks x (rows + rows with a key cell
 * hung over its row) + the blank lines between blocks. */
static size_t count_lines(const ct_table *t, size_t in, size_t nk, const size_t *w)
{
    const size_t nrows = (t->ncells + t->ncols - 1) / t->ncols;
    size_t hung = 0;
    for (size_t r = 0; r < nrows; r++) {
        int h = 0;
        for (size_t k = 0; k < nk && r * t->ncols + k < t->ncells; k++)
            h |= disp_width(t->cells[r * t->ncols + k]) > w[k];
        hung += (size_t)h;
    }
    const size_t b = count_blocks(t, in, nk, w);
    return b * (nrows + hung) + b - 1;
}

/* The widest cell of column k at most `room` columns wide. */
static size_t widest_within(const ct_table *t, size_t k, size_t room)
{
    size_t cap = 0;
    for (size_t i = k; i < t->ncells; i += t->ncols) {
        const size_t dw = disp_width(t->cells[i]);
        if (dw <= room && dw > cap)
            cap = dw;
    }
    return cap;
}

/* Key columns too wide for the line (long names: a column name, a group
 * label): first each, widest first, is capped to leave room for the widest
 * other column (when that leaves it TABLE_KEY_MIN columns); then the last
 * takes the width, among its cells' widths, that prints the fewest lines
 * (ties: the wider), so that one long name does not split the table into a
 * block per column. A cell wider than its column hangs (print_block). */
static void cap_keys(const ct_table *t, size_t in, size_t *w)
{
    const size_t nk = t->nkey;
    size_t other = 0, total = in;
    for (size_t j = nk; j < t->ncols; j++)
        other = w[j] > other ? w[j] : other;
    for (size_t j = 0; j < t->ncols; j++)
        total += w[j] + (j ? 2 : 0);
    if (total <= t->max_width)
        return;
    /* an equal share of the line for each key column, when the widest
     * alone cannot give up enough */
    const size_t fixed = in + 2 + other + 2 * (nk - 1);
    const size_t share = t->max_width > fixed ? (t->max_width - fixed) / nk : 0;
    for (size_t round = 0; round < 2 * nk; round++) {
        size_t keyw = in, k = 0;
        for (size_t i = 0; i < nk; i++) {
            keyw += w[i] + (i ? 2 : 0);
            if (w[i] > w[k])
                k = i;
        }
        if (keyw + 2 + other <= t->max_width)
            break;
        const size_t over = keyw + 2 + other - t->max_width;
        if (w[k] < over + TABLE_KEY_MIN && share < TABLE_KEY_MIN)
            break;
        const size_t room = w[k] >= over + TABLE_KEY_MIN ? w[k] - over : share;
        const size_t cap = widest_within(t, k, room);
        if (cap >= w[k])
            break;
        w[k] = cap;
    }
    {
        const size_t k = nk - 1;
        const size_t natural = w[k];
        size_t best = natural, best_lines = count_lines(t, in, nk, w);
        for (size_t i = k; i < t->ncells; i += t->ncols) {
            const size_t dw = disp_width(t->cells[i]);
            if (dw >= natural || dw < TABLE_KEY_MIN)
                continue;
            w[k] = dw;
            const size_t lines = count_lines(t, in, nk, w);
            if (lines < best_lines || (lines == best_lines && dw > best)) {
                best = dw;
                best_lines = lines;
            }
        }
        w[k] = best;
    }
}

/* From here up ct_numfmt_auto's 15 significant digits leave a value
 * fewer than its 2 decimals (numfmt.h). */
#define TABLE_CAPPED 1e13

/* How the plain number cells of column j print: dec[j] decimals (fixed[j]:
 * ct_numfmt_places, when values of it that differ would read as one at
 * ct_numfmt_auto_at's). vals: scratch of 2 * t->ncells values. */
static void column_places(const ct_table *t, size_t j, double *vals, int *dec, int *fixed)
{
    size_t np = 0;
    dec[j] = 0;
    for (size_t i = j; i < t->ncells; i += t->ncols) {
        if (!t->isnum[i] || t->sci[i])
            continue;
        const int d = ct_numfmt_auto_decimals(t->val[i]);
        if (d > dec[j])
            dec[j] = d;
        if (d >= 0)
            vals[np++] = t->val[i];
    }
    /* values that differ but read as one where ct_numfmt_auto's 15
     * significant digits cut their decimals (100000000000000.25 and .5,
     * from TABLE_CAPPED up): the decimals that tell them apart. Below,
     * the column's decimals stand (a Welch and a Student t 1e-14 apart
     * both read 1.9941, not 1.99405807174753) */
    char a[64], b[64];
    fixed[j] = 0;
    ct_sort_f64(vals, np, vals + t->ncells); /* rounding is monotone: neighbours */
    const int capped = np > 0 && fmax(fabs(vals[0]), fabs(vals[np - 1])) >= TABLE_CAPPED;
    for (size_t x = 1; capped && x < np && !fixed[j]; x++) {
        if (vals[x - 1] == vals[x])
            continue;
        ct_numfmt_auto_at(a, sizeof a, vals[x - 1], dec[j]);
        ct_numfmt_auto_at(b, sizeof b, vals[x], dec[j]);
        fixed[j] = strcmp(a, b) == 0;
    }
    if (fixed[j])
        dec[j] = ct_numfmt_places_apart(vals, np, dec[j]);
}

/* The significant digits of the number cells of each column in scientific
 * notation: one count per column, the fewest from seven up at which the
 * column's values that differ read apart (ct_numfmt_sci_apart), raised
 * where two cells of one ct_table_add_stats row read as one at the fewer
 * digits of their columns (a mean and a median near 2^53): both columns
 * then take the digits that tell them apart, or show an equal pair alike
 * ("9.007199254760002e+15" twice, not beside "9.00719925476000e+15"). Before 2026-12-05 one count served
 * the whole table, so a std printed 16 digits because two means needed
 * them, and test's group table (mean, std, median of 17 digits) split
 * past 100 columns (tests/cli/test_means_beyond_2_53). sig: ncols
 * counts; vals: scratch of t->ncells values. */
static void table_sig(const ct_table *t, double *vals, int *sig)
{
    for (size_t j = 0; j < t->ncols; j++) { /* columns */
        size_t n = 0;
        for (size_t i = j; i < t->ncells; i += t->ncols)
            if (t->sci[i])
                vals[n++] = t->val[i];
        sig[j] = ct_numfmt_sci_apart(vals, n, CT_NUMFMT_SCI_SIG);
    }
    /* stats rows: more digits never make a column's values read alike, so
     * raising a column for a row keeps the columns apart */
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < t->ncells; i++) {
            const size_t row = t->sci[i];
            if (!row || row == SCI_ALONE)
                continue;
            for (size_t k = i + 1; k < t->ncells && t->sci[k] == row; k++) {
                const size_t ji = i % t->ncols, jk = k % t->ncols;
                const int lo = sig[ji] < sig[jk] ? sig[ji] : sig[jk];
                char x[64], y[64];
                ct_numfmt_sci_at(x, sizeof x, t->val[i], lo);
                ct_numfmt_sci_at(y, sizeof y, t->val[k], lo);
                if (sig[ji] == sig[jk] && t->val[i] == t->val[k])
                    continue;
                if (!isfinite(t->val[i]) || !isfinite(t->val[k]) ||
                    strtod(x, NULL) != strtod(y, NULL))
                    continue;
                const double v[2] = {t->val[i], t->val[k]};
                const int d = ct_numfmt_sci_apart(v, 2, sig[ji] > sig[jk] ? sig[ji] : sig[jk]);
                sig[ji] = sig[ji] > d ? sig[ji] : d;
                sig[jk] = sig[jk] > d ? sig[jk] : d;
                changed = 1;
            }
        }
    }
}

/* The cells as printed: each number cell (ct_table_add_auto,
 * ct_table_add_stats) in plain notation with its column's most decimals
 * (ct_numfmt_auto_at), as pandas prints a float column, so the points
 * line up and no cell ends short ("252,076.00" under "230,110.12", not
 * "252,076": before 2026-12-05, tests/cli/test_by_decimals_padded), more
 * where values that differ would read as one; in scientific notation with
 * the column's significant digits (table_sig: two means near 2^53 read as
 * one "9.007199e+15" before 2026-12-05, tests/cli/test_means_beyond_2_53);
 * other cells as added. The strings allocated here are those whose isnum
 * is set; NULL when out of memory. */
static char **shown_cells(const ct_table *t)
{
    char **c = ct_calloc(t->ncells ? t->ncells : 1, sizeof *c);
    int *dec = ct_calloc(3 * t->ncols, sizeof *dec);
    double *vals = ct_calloc(t->ncells ? 2 * t->ncells : 1, sizeof *vals);
    if (!c || !dec || !vals) {
        ct_free(c);
        ct_free(dec);
        ct_free(vals);
        return NULL;
    }
    int *fixed = dec + t->ncols;
    for (size_t j = 0; j < t->ncols; j++)
        column_places(t, j, vals, dec, fixed);
    int *sig = dec + 2 * t->ncols;
    table_sig(t, vals, sig);
    ct_free(vals);
    int ok = 1;
    for (size_t i = 0; i < t->ncells; i++) {
        c[i] = t->cells[i];
        if (!t->isnum[i])
            continue;
        const size_t j = i % t->ncols;
        char b[400];
        if (t->sci[i])
            ct_numfmt_sci_at(b, sizeof b, t->val[i], sig[j]);
        else if (fixed[j] && ct_numfmt_auto_decimals(t->val[i]) >= 0)
            ct_numfmt_places(b, sizeof b, t->val[i], dec[j]);
        else
            ct_numfmt_auto_at(b, sizeof b, t->val[i], dec[j]);
        const size_t len = strlen(b);
        char *copy = ct_malloc(len + 1);
        if (copy)
            memcpy(copy, b, len + 1);
        ok &= copy != NULL;
        c[i] = copy ? copy : t->cells[i];
    }
    ct_free(dec);
    if (!ok) {
        for (size_t i = 0; i < t->ncells; i++)
            if (t->isnum[i] && c[i] != t->cells[i])
                ct_free(c[i]);
        ct_free(c);
        return NULL;
    }
    return c;
}

static ct_status print_table(const ct_table *t, FILE *fp, const char *indent);

ct_status ct_table_print(const ct_table *t, FILE *fp, const char *indent)
{
    if (!t)
        return CT_OK;
    char **c = shown_cells(t);
    if (!c)
        return CT_ENOMEM;
    ct_table view = *t; /* the same table, its cells as shown */
    view.cells = c;
    const ct_status s = print_table(&view, fp, indent);
    for (size_t i = 0; i < t->ncells; i++)
        if (t->isnum[i])
            ct_free(c[i]);
    ct_free(c);
    return s;
}

static ct_status print_table(const ct_table *t, FILE *fp, const char *indent)
{
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
    const size_t nk = t->nkey;
    if (t->max_width && t->ncols > nk)
        cap_keys(t, in, w);
    size_t total = in;
    for (size_t j = 0; j < t->ncols; j++)
        total += w[j] + (j ? 2 : 0);
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
        print_block(t, fp, indent, cols, t->ncols, nk, w, fw);
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
            print_block(t, fp, indent, cols, nc, nk, w, fw);
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
    ct_free(t->val);
    ct_free(t->isnum);
    ct_free(t->sci);
    ct_free(t->right);
    ct_free(t);
}
