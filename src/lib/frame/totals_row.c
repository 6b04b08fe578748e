/* totals_row.c — a spreadsheet's totals row read as a report.
 *
 * A sheet that ends (or breaks) with a "Total" line, its counts the sums
 * of the rows above, is saved as CSV with that line as data: every
 * statistic then counts one more report, one with views in the tens of
 * millions (a mean of views 2.7 times too large on a 250-row file), and
 * the label turns its column to text. Nothing in the row is malformed,
 * so the loader keeps it (no row is dropped silently); this names it,
 * from evidence: a field holding a totals word and, in a count column,
 * a value equal to the sum of the other rows'. */
#include "frame/totals_row.h"
#include "frame/frame_internal.h"

#include "claimtriage/csv.h"
#include "claimtriage/frame.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Whether c starts one of frame_is_totals_word's words (any case). */
static int totals_initial(char c)
{
    switch (c | 0x20) {
    case 'g':
    case 'i':
    case 'o':
    case 's':
    case 't': return 1;
    default: return 0;
    }
}

int frame_is_totals_word(const char *s, size_t n)
{
    static const struct {
        const char *s;
        size_t n;
    } words[] = {{"total", 5},          {"totals", 6},      {"grand total", 11}, {"subtotal", 8},
                 {"sub-total", 9},      {"sum", 3},         {"overall", 7},      {"gesamt", 6},
                 {"summe", 5},          {"insgesamt", 9},   {"totaal", 6},       {"totale", 6},
                 {"suma", 4},           {"soma", 4},        {"totaux", 6},       {"somme", 5},
                 {"total general", 13}, {"total geral", 11}};
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == ':'))
        n--;
    /* the words' lengths (3 to 13) and first letters, checked before
     * comparing: run on every text field of every row */
    if (n < 3 || n > 13 || !totals_initial(*s))
        return 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (n == words[k].n && strncasecmp(s, words[k].s, n) == 0)
            return 1;
    return 0;
}

/* The text columns a totals label is looked for in, in column order; for
 * a categorical one, whether each of its levels is a totals word (judged
 * once per level, not on every row holding it). */
typedef struct text_col {
    const ct_column *c;
    size_t j;             /* its index in the frame */
    const int32_t *codes; /* NULL: judge each row's value */
    uint8_t *word;        /* per level, with codes */
} text_col;

/* The totals word check of row i's value in column t (not missing). */
static int holds_totals_word(const text_col *t, size_t i)
{
    if (t->codes)
        return t->word[t->codes[i]];
    size_t len = 0;
    const char *v = ct_column_str(t->c, i, &len);
    return v && len <= 24 && frame_is_totals_word(v, len);
}

/* The first text column's field of row i that is a totals word (its index
 * in tc), or SIZE_MAX. */
static size_t totals_label(const text_col *tc, size_t ntc, size_t i)
{
    for (size_t k = 0; k < ntc; k++)
        if (!ct_column_missing(tc[k].c)[i] && holds_totals_word(&tc[k], i))
            return k;
    return SIZE_MAX;
}

/* tc[0..*ntc): f's text columns (ct_free(tc), then each word); NULL when
 * out of memory. */
static text_col *text_columns(const ct_frame *f, size_t *ntc)
{
    const size_t nc = ct_frame_ncols(f);
    text_col *tc = ct_malloc((nc ? nc : 1) * sizeof *tc);
    *ntc = 0;
    for (size_t j = 0; tc && j < nc; j++) {
        const ct_column *c = ct_frame_col(f, j);
        if (ct_column_is_numeric(c))
            continue;
        text_col *t = &tc[(*ntc)++];
        t->c = c;
        t->j = j;
        t->codes = ct_column_codes(c);
        t->word = NULL;
        const size_t nl = t->codes ? ct_column_nlevels(c) : 0;
        if (t->codes && (t->word = ct_malloc(nl ? nl : 1)) == NULL)
            t->codes = NULL; /* judged row by row */
        int any = 0;
        for (size_t k = 0; t->word && k < nl; k++) {
            const char *v = ct_column_level(c, k);
            const size_t len = strlen(v);
            t->word[k] = (uint8_t)(len <= 24 && frame_is_totals_word(v, len));
            any |= t->word[k];
        }
        if (t->word && !any) { /* no level is a totals word: no row's label */
            ct_free(t->word);
            (*ntc)--;
        }
    }
    return tc;
}

/* Set mark[i] for each row i whose value in column t is a totals word:
 * one tight pass per column (a coded one by its levels' words, a text one
 * by the length first: a transcript is passed over at its length). */
static void mark_words(const text_col *t, size_t n, uint8_t *mark)
{
    const uint8_t *miss = ct_column_missing(t->c);
    if (t->codes) {
        for (size_t i = 0; i < n; i++)
            mark[i] |= !miss[i] && t->word[t->codes[i]];
        return;
    }
    const uint32_t *slen = t->c->slen; /* NULL: no strings kept (ct_column_str judges) */
    for (size_t i = 0; i < n; i++)
        if (!miss[i] && (!slen || slen[i] <= 24) && holds_totals_word(t, i))
            mark[i] = 1;
}

static void text_columns_free(text_col *tc, size_t ntc)
{
    for (size_t k = 0; tc && k < ntc; k++)
        ct_free(tc[k].word);
    ct_free(tc);
}

/* A numeric column whose value in row r equals the sum of the other rows'
 * (at least two of them, to half a unit or 0.5% of the sum: a sheet may
 * show the total rounded), or SIZE_MAX. */
static size_t summed_column(const ct_frame *f, size_t r, double *value)
{
    const size_t n = ct_frame_nrows(f);
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        const double *x = ct_column_f64(c);
        const uint8_t *m = ct_column_missing(c);
        if (!x || m[r] || !isfinite(x[r]) || x[r] == 0)
            continue;
        double sum = 0;
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (i != r && !m[i] && isfinite(x[i]))
                sum += x[i], k++;
        if (k >= 2 && fabs(x[r] - sum) <= 0.5 + 0.005 * fabs(sum)) {
            *value = x[r];
            return j;
        }
    }
    return SIZE_MAX;
}

size_t ct_frame_explain_totals_row(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    const size_t n = ct_frame_nrows(f);
    if (n < 3)
        return 0;
    size_t rows = 0, first = 0, label = 0, sum_col = SIZE_MAX, ntc;
    double total = 0;
    text_col *tc = text_columns(f, &ntc);
    if (!tc)
        return 0; /* out of memory: no hint */
    /* the rows holding a totals word in some text column, marked column by
     * column; each is then judged as before, its first such column the label */
    uint8_t *mark = ntc ? ct_calloc(n, 1) : NULL;
    if (ntc && !mark) {
        text_columns_free(tc, ntc);
        return 0; /* out of memory: no hint */
    }
    for (size_t k = 0; k < ntc; k++)
        mark_words(&tc[k], n, mark);
    for (size_t i = 0; i < n && mark; i++) {
        if (!mark[i])
            continue;
        const size_t t = totals_label(tc, ntc, i);
        if (t == SIZE_MAX)
            continue;
        const size_t j = tc[t].j;
        double v = 0;
        const size_t s = summed_column(f, i, &v);
        /* the word alone is evidence only on the last row (a report may
         * be about a sum); elsewhere a column must add up */
        if (s == SIZE_MAX && i != n - 1)
            continue;
        if (!rows++) {
            first = i;
            label = j;
            sum_col = s;
            total = v;
        }
    }
    text_columns_free(tc, ntc);
    ct_free(mark);
    if (!rows || !cap)
        return rows;
    size_t len = 0;
    const ct_column *lc = ct_frame_col(f, label);
    const char *word = ct_column_str(lc, first, &len);
    if (ct_column_codes(lc))
        len = strlen(word);
    char w[64], name[80], sum[192] = "";
    ct_textwidth_fit(w, sizeof w, word, len, 30, "...", '?');
    ct_textwidth_fit(name, sizeof name, ct_column_name(lc), strlen(ct_column_name(lc)), 40, "...",
                     '?');
    if (sum_col != SIZE_MAX) {
        char v[32];
        ct_numfmt_auto(v, sizeof v, total);
        const char *sn = ct_column_name(ct_frame_col(f, sum_col));
        char sname[80];
        ct_textwidth_fit(sname, sizeof sname, sn, strlen(sn), 40, "...", '?');
        snprintf(sum, sizeof sum, ", its '%s' (%s) the sum of the other rows'", sname, v);
    }
    const long line = ct_frame_row_line(f, first);
    char more[64] = "";
    if (rows > 1)
        snprintf(more, sizeof more, " (%zu such rows)", rows);
    /* sed's line number, which counts no lone CR (ct_shell_delete_lines) */
    char cmd[600], why[160];
    const char *src = ct_frame_source(f);
    const size_t sl = src ? strlen(src) : 0;
    ct_shell_delete_lines(cmd, sizeof cmd, why, sizeof why, src,
                          sl > 3 && strcmp(src + sl - 3, ".gz") == 0, line, line, "no-totals");
    snprintf(hint, cap,
             "line %ld looks like a spreadsheet's totals row ('%s' in column '%s'%s)%s: it is "
             "read as one more report and counted in every statistic; delete it%s: $ %s",
             line, w, name, sum, more, why, cmd);
    return rows;
}
