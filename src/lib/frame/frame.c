/* frame.c — the frame object: rows × typed columns, the physical line each
 * row came from, the mapping text columns borrow from; its accessors. How
 * columns store values is column.c; how frames are filled is loader.c (from
 * CSV) and frame_build.c (from memory). */
#include "frame/frame_internal.h"
#include "frame/distinct.h"
#include "frame/totals_row.h"

#include "claimtriage/csv.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"
#include "base/parse.h"

#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
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

const char *ct_type_category_hint(ct_type t)
{
    /* infer.c's rule, said to whoever wanted the column categorical */
    switch (t) {
    case CT_TYPE_CATEGORY: return "";
    case CT_TYPE_TEXT:
        return "a column of strings is categorical when it has at most 64 distinct values of at "
               "most 64 bytes on average; this one has more, or longer values (free text cannot "
               "group rows)";
    case CT_TYPE_ID:
        return "its values are all distinct (an identifier): every group would hold one row";
    default:
        return "its values are numbers: group by a categorical column, or bin the numbers into "
               "one first";
    }
}

/* 1 when every value of float column c is a whole number (1.0, 2.0). */
static int float_all_whole(const ct_column *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (!c->miss[i] && !isnan(c->f64[i]) && c->f64[i] != floor(c->f64[i]))
            return 0;
    return 1;
}

const char *ct_column_category_hint(const ct_column *c)
{
    if (c->nmiss == c->n)
        return "the column is empty in every row (no value to group by): pick a column that "
               "holds the groups";
    /* A code written 1.0, 0.0 is not a measurement to bin: say how it came
     * to be a float, by the cause that holds (before 2026-12-07 eda said
     * "bin the numbers" of it, and test named missing values in a column
     * that had none: tests/cli/float_code_hint_cause). */
    if (c->type == CT_TYPE_FLOAT && c->f64 && float_all_whole(c))
        return c->nmiss ? "every value is a whole number written with a decimal point (1.0): an "
                          "integer code with missing values as pandas writes it; write it as "
                          "integers (df[col].astype('Int64').to_csv) to group by it"
                        : "every value is a whole number written with a decimal point (1.0): an "
                          "integer code, written by a program that gives every number decimals; "
                          "write it as integers (df[col].astype(int).to_csv) to group by it";
    return ct_type_category_hint(c->type);
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
    ct_free(f->nslot);
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
    if (frame_names_reserve(f))
        return -1;
    frame_names_put(f, j);
    c->type = type;
    c->forced = forced;
    if (type == CT_TYPE_ID && numeric_id) {
        /* a numeric identifier: col_reserve grows f64 once it exists */
        c->f64 = ct_malloc(sizeof(double));
        if (!c->f64)
            return -1;
        if (numeric_id == 2 && !(c->i64 = ct_malloc(sizeof(int64_t))))
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
    /* eight flags (bytes of 0 or 1) at a time: OR-ed as one word, and
     * counted by a multiply that adds a word's bytes into its top byte */
    const uint64_t ones = 0x0101010101010101ull;
    for (size_t k = 0; k < ncols; k++) {
        const ct_column *c = f->cols[cols ? cols[k] : k];
        if (!c->nmiss)
            continue;
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t a, b;
            memcpy(&a, out + i, 8);
            memcpy(&b, c->miss + i, 8);
            a |= b;
            memcpy(out + i, &a, 8);
        }
        for (; i < n; i++)
            out[i] |= c->miss[i];
    }
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t a;
        memcpy(&a, out + i, 8);
        marked += (size_t)((a * ones) >> 56);
    }
    for (; i < n; i++)
        marked += out[i];
    return marked;
}

size_t ct_frame_empty_rows(const ct_frame *f, long *first_line, long *last_line)
{
    size_t k = 0;
    if (first_line)
        *first_line = 0;
    if (last_line)
        *last_line = 0;
    if (f->ncols < 2)
        return 0; /* one column: an empty row is one missing value */
    for (size_t j = 0; j < f->ncols; j++)
        if (!f->cols[j]->miss || !f->cols[j]->nmiss)
            return 0; /* a column without a missing value: no row is empty */
    for (size_t i = 0; i < f->nrows; i++) {
        size_t j = 0;
        while (j < f->ncols && f->cols[j]->miss && f->cols[j]->miss[i])
            j++;
        if (j < f->ncols)
            continue;
        if (!k++ && first_line)
            *first_line = ct_frame_row_line(f, i);
        if (last_line)
            *last_line = ct_frame_row_line(f, i);
    }
    return k;
}

/* Span of s without surrounding ASCII white space. */
static void trim_span(const char *s, size_t *a, size_t *b)
{
    size_t n = strlen(s), i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    *a = i;
    *b = n;
}

/* The suggestion a hint words, for ct_diag's near_name and near_differs
 * (NULL: not wanted). */
typedef struct near_said {
    char *name, *differs;
    size_t name_cap, differs_cap;
} near_said;

static void near_say(const near_said *out, const char *shown, const char *differs)
{
    if (!out)
        return;
    if (out->name_cap)
        snprintf(out->name, out->name_cap, "%s", shown);
    if (out->differs_cap)
        snprintf(out->differs, out->differs_cap, "%s", differs);
}

/* "did you mean": a column whose name equals `want` up to ASCII case,
 * word separators (' ', '_', '-', '.') and surrounding white space, with the
 * difference spelled out; its index, SIZE_MAX when there is none (the
 * one rule for ct_frame_near_name and ct_frame_near_index). */
static size_t near_column(const ct_frame *f, const char *want, char *hint, size_t cap,
                          const near_said *out)
{
    if (cap)
        hint[0] = '\0'; /* (none found: "", as the header says) */
    size_t wa, wb;
    trim_span(want, &wa, &wb);
    for (size_t k = 0; k < f->ncols; k++) {
        const char *const full = f->cols[k]->name;
        const char *nm = full;
        /* byte-order marks before the name: a frame read by pandas'
         * rule (which skips only the first of a file's marks) or built in
         * memory; the reader skips every one at the start since
         * 2026-12-03 (tests/cli/files_double_bom) */
        size_t boms = 0;
        while (strncmp(nm, "\xEF\xBB\xBF", 3) == 0 && strncmp(want, "\xEF\xBB\xBF", 3) != 0)
            nm += 3, boms++;
        /* invisible characters in the name that `want` lacks (U+200B
         * after "video_id", a joiner: ct_utf8_is_invisible_name) are
         * compared without them and named, shown as code (before
         * 2026-12-03 such a name was no suggestion:
         * tests/cli/files_did_you_mean_invisible) */
        /* a space other than ASCII's (U+00A0 no-break space, as a name
         * copied from a web page or a spreadsheet title holds) is a word
         * separator or a space around the name, held as '\1' and named
         * (before 2026-12-06 'claim<U+00A0>status' was no suggestion for
         * claim_status: tests/cli/files_did_you_mean_nbsp) */
        char bare[256], first_cp[16] = "", odd_cp[16] = "";
        size_t invisible = 0, odd = 0, bn = 0, at = 0;
        while (nm[at] && bn + 1 < sizeof bare) {
            uint32_t cp;
            const int cl = ct_utf8_decode(nm + at, strlen(nm + at), &cp);
            if (cl > 1 && ct_utf8_is_odd_space(cp) && !strchr(want, '\1')) {
                if (!odd++)
                    snprintf(odd_cp, sizeof odd_cp, "U+%04X", (unsigned)cp);
                bare[bn++] = '\1';
                at += (size_t)cl;
                continue;
            }
            if (cl > 1 && ct_utf8_is_invisible_name(cp)) {
                if (!invisible++)
                    snprintf(first_cp, sizeof first_cp, "U+%04X", (unsigned)cp);
                at += (size_t)cl;
                continue;
            }
            bare[bn++] = nm[at++];
        }
        bare[bn] = '\0';
        if (nm[at])
            continue; /* longer than any name looked for here */
        nm = bare;
        size_t a, b;
        trim_span(nm, &a, &b);
        while (a < b && nm[a] == '\1') /* odd spaces around it too */
            a++;
        while (b > a && nm[b - 1] == '\1')
            b--;
        if (b - a != wb - wa)
            continue;
        /* word separators ' ', '_', '-' and '.' stand for one another: a
         * header written for people ('Video View Count', as a spreadsheet
         * or a BI tool names columns), in kebab case (before 2026-12-04
         * no suggestion: tests/cli/files_did_you_mean_separators) or as R's
         * read.csv makes names, 'video.view.count' (before 2026-12-06 no
         * suggestion: tests/cli/files_did_you_mean_r_dots) */
        int same_case = 1, eq = 1;
        char sep_here = 0, sep_want = 0;
        for (size_t i = 0; i < b - a && eq; i++) {
            char x = nm[a + i], y = want[wa + i];
            if (x == y)
                continue;
            if (x && y && strchr(" _-.\1", x) && strchr(" _-.", y)) {
                if (!sep_here)
                    sep_here = x, sep_want = y;
                continue;
            }
            same_case = 0;
            eq = (x | 0x20) == (y | 0x20) && ((x | 0x20) >= 'a' && (x | 0x20) <= 'z');
        }
        if (!eq)
            continue;
        char diff[160] = "";
        size_t w = 0;
        if (invisible)
            w += (size_t)snprintf(diff + w, sizeof diff - w,
                                  "%zu invisible character%s (%s%s), shown here as <%s>", invisible,
                                  invisible == 1 ? "" : "s", first_cp,
                                  invisible == 1 ? "" : ", ...", first_cp);
        if (boms)
            w += (size_t)snprintf(diff + w, sizeof diff - w, "%s",
                                  k == 0 ? "an invisible byte-order mark (U+FEFF) before it: the "
                                           "file starts with two, the reader skips one"
                                         : "an invisible byte-order mark (U+FEFF) before it");
        if (!same_case)
            w += (size_t)snprintf(diff + w, sizeof diff - w, "%sletter case", w ? ", " : "");
        if (sep_here == '\1')
            w += (size_t)snprintf(diff + w, sizeof diff - w,
                                  "%sword separators (%s, a space other than ' ', for '%c')",
                                  w ? ", " : "", odd_cp, sep_want);
        else if (sep_here)
            w += (size_t)snprintf(diff + w, sizeof diff - w, "%sword separators ('%c' for '%c')",
                                  w ? ", " : "", sep_here, sep_want);
        if (a > wa)
            w += (size_t)snprintf(diff + w, sizeof diff - w, "%s%zu leading space%s", w ? ", " : "",
                                  a - wa, a - wa == 1 ? "" : "s");
        if (strlen(nm) - b > strlen(want) - wb)
            w += (size_t)snprintf(diff + w, sizeof diff - w, "%s%zu trailing space%s",
                                  w ? ", " : "", strlen(nm) - b - (strlen(want) - wb),
                                  strlen(nm) - b - (strlen(want) - wb) == 1 ? "" : "s");
        if (odd && sep_here != '\1' && w < sizeof diff) /* the spaces around it */
            w += (size_t)snprintf(diff + w, sizeof diff - w, " (%s, a space other than ' ')",
                                  odd_cp);
        if (!w)
            snprintf(diff, sizeof diff, "surrounding spaces");
        char shown[256];
        ct_utf8_visible_label(shown, sizeof shown, full, strlen(full)); /* U+00A0 as <U+00A0> */
        /* spaces around the name and nothing else: what to do, as
         * inspect's note on such names says it (ct_frame_spaced_names;
         * before 2026-12-07 the difference alone: tests/cli/
         * files_header_spaced_names) */
        const int spaced_only = !invisible && !boms && same_case && !sep_here && !odd &&
                                (a > wa || strlen(nm) - b > strlen(want) - wb);
        snprintf(hint, cap, "did you mean '%s'? The file's column differs from '%s' in %s%s%s",
                 shown, want, diff, spaced_only ? "; " : "", spaced_only ? FRAME_SPACED_FIX : "");
        near_say(out, shown, diff);
        return k;
    }
    return SIZE_MAX;
}

/* "did you mean" for a typo: the one column whose name is nearest `want`
 * in edits (ct_utf8_distance, letter case and word separators aside), at
 * most 2 and fewer than half of want's code points, the rule of a
 * mistyped command or option (cli_getopt.c, main.c): 'claim_statu' ->
 * 'claim_status', 'video_transcription_txt' -> 'video_transcription_text';
 * none when two columns are as near (ambiguous: no guess) or none is near
 * enough ('x' for 'y'). The hint names the column and the edits; its
 * index, SIZE_MAX when there is none. Before 2026-12-07 a typo had no
 * suggestion, only case and spaces did (tests/cli/files_did_you_mean_typo). */
static size_t typo_column(const ct_frame *f, const char *want, char *hint, size_t cap,
                          const near_said *out)
{
    size_t wa, wb;
    trim_span(want, &wa, &wb);
    /* a name in a list's quotes ('"account, status"'): the quotes are
     * the slip, which the callers that read lists say (evaluate_by.c,
     * claimtriage/list.h), not a typo */
    if (wb - wa >= 2 && (want[wa] == '"' || want[wa] == '\'') && want[wb - 1] == want[wa])
        return SIZE_MAX;
    const size_t len = ct_utf8_length(want + wa, wb - wa);
    size_t best = SIZE_MAX, bd = SIZE_MAX, ties = 0;
    for (size_t k = 0; k < f->ncols; k++) {
        const char *nm = f->cols[k]->name;
        const size_t d = ct_utf8_distance(want + wa, wb - wa, nm, strlen(nm), 1);
        if (d == SIZE_MAX || d > 2 || 2 * d >= len)
            continue;
        if (d < bd) {
            bd = d;
            best = k;
            ties = 0;
        } else if (d == bd && strcmp(nm, f->cols[best]->name) != 0) {
            ties++;
        }
    }
    if (best == SIZE_MAX || ties)
        return SIZE_MAX;
    const char *full = f->cols[best]->name;
    char shown[256];
    ct_utf8_visible_label(shown, sizeof shown, full, strlen(full)); /* U+00A0 as <U+00A0> */
    const int also = ct_utf8_distance(want + wa, wb - wa, full, strlen(full), 0) != bd;
    snprintf(hint, cap,
             "did you mean '%s'? The file's column is %zu edit%s from '%s' (a character added, "
             "left out, replaced or two swapped%s), and no other column is as near",
             shown, bd, bd == 1 ? "" : "s", want,
             also ? "; letter case and word separators aside" : "");
    near_say(out, shown, "");
    return best;
}

static void near_name(const ct_frame *f, const char *want, char *hint, size_t cap,
                      const near_said *out)
{
    near_say(out, "", "");
    if (near_column(f, want, hint, cap, out) == SIZE_MAX) {
        ct_frame_dummy_hint(f, want, 1, hint, cap);
        if (cap && !hint[0])
            (void)typo_column(f, want, hint, cap, out);
    }
}

void ct_frame_near_name(const ct_frame *f, const char *want, char *hint, size_t cap)
{
    near_name(f, want, hint, cap, NULL);
}

void ct_frame_near_diag(const ct_frame *f, const char *want, ct_diag *diag)
{
    if (!diag)
        return;
    const near_said out = {diag->near_name, diag->near_differs, sizeof diag->near_name,
                           sizeof diag->near_differs};
    near_name(f, want, diag->hint, sizeof diag->hint, &out);
}

size_t ct_frame_value_column(const ct_frame *f, const char *value, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    for (size_t k = 0; f && value && *value && k < f->ncols; k++) {
        const ct_column *c = f->cols[k];
        if (c->type != CT_TYPE_CATEGORY || c->nlevels < 2 || c->nlevels > 3)
            continue;
        const char *as =
            ct_column_level_find(c, value) >= 0 ? value : ct_column_level_near(c, value);
        if (!as)
            continue;
        char levels[300] = "", name[160], lv[96];
        size_t w = 0;
        for (size_t l = 0; l < c->nlevels && w < sizeof levels; l++) {
            ct_utf8_visible_label(lv, sizeof lv, c->levels[l], strlen(c->levels[l]));
            const int n = snprintf(levels + w, sizeof levels - w, "%s'%s'", l ? ", " : "", lv);
            w = n < 0 ? w : w + (size_t)n;
        }
        ct_utf8_visible_label(name, sizeof name, c->name, strlen(c->name));
        ct_utf8_visible_label(lv, sizeof lv, as, strlen(as));
        snprintf(hint, cap, "the file's column '%s' holds '%s' (its values: %s)", name, lv, levels);
        return k;
    }
    return SIZE_MAX;
}

size_t ct_frame_near_index(const ct_frame *f, const char *want)
{
    char hint[CT_DIAG_MSG_MAX];
    return near_column(f, want, hint, sizeof hint, NULL);
}

size_t ct_frame_explain_missing(const ct_frame *f, char *hint, size_t cap)
{
    size_t k = 0, last = 0;
    char names[CT_DIAG_MSG_MAX] = "";
    size_t w = 0;
    if (cap)
        hint[0] = '\0';
    if (!f->nrows)
        return 0;
    for (size_t j = 0; j < f->ncols; j++) {
        if (f->cols[j]->nmiss != f->nrows)
            continue;
        if (k < 3 && w < sizeof names) {
            int n =
                snprintf(names + w, sizeof names - w, "%s'%s'", k ? ", " : "", f->cols[j]->name);
            w = n < 0 ? w : w + (size_t)n;
        }
        k++;
        last = j;
    }
    if (!k || !cap)
        return k;
    int unnamed = last == f->ncols - 1 && strncmp(f->cols[last]->name, "Unnamed: ", 9) == 0;
    snprintf(hint, cap, "column%s %s%s %s empty in every row%s", k == 1 ? "" : "s", names,
             k > 3 ? ", ..." : "", k == 1 ? "is" : "are",
             unnamed ? "; an unnamed last column empty everywhere comes from a delimiter at the "
                       "end of every line (drop the column, or the trailing delimiters)"
                     : "");
    return k;
}

static const char *cell_text(const ct_column *c, size_t i, size_t *len);

size_t ct_frame_explain_unnamed(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    size_t k = 0, first = 0;
    for (size_t j = 1; j < f->ncols; j++) {
        char un[40];
        snprintf(un, sizeof un, "Unnamed: %zu", j);
        if (strcmp(f->cols[j]->name, un) != 0 || f->cols[j]->nmiss >= f->nrows)
            continue;
        if (!k++)
            first = j;
    }
    if (!k || !cap)
        return k;
    const ct_column *c = f->cols[first];
    size_t at = 0, len = 0;
    const uint8_t *miss = ct_column_missing(c);
    while (miss && at < f->nrows && miss[at])
        at++;
    char val[80];
    const double *x = ct_column_f64(c);
    if (x) { /* a number as the file would write it */
        ct_numfmt_auto(val, sizeof val, x[at]);
        len = strlen(val);
    } else {
        const char *v = cell_text(c, at, &len);
        ct_textwidth_snprintf(val, sizeof val, "%.*s", (int)(len < 40 ? len : 40), v ? v : "");
    }
    char more[48] = "";
    if (k > 1)
        snprintf(more, sizeof more, " (%zu such columns in all)", k);
    snprintf(hint, cap,
             "the header has no name for column %zu, read as '%s' as pandas names it, though it "
             "holds values (line %ld: '%s%s')%s: a name deleted or lost in an export? A "
             "column a command needs is then absent; write its name in the header",
             first + 1, c->name, ct_frame_row_line(f, at), val, len > 40 ? "..." : "", more);
    return k;
}

/* Row i holds its column's own name in column j. */
static int holds_name(const ct_column *c, size_t i)
{
    size_t len = 0;
    const char *v = ct_column_str(c, i, &len);
    if (!v)
        return 0;
    if (c->codes)
        len = strlen(v);
    return len == strlen(c->name) && memcmp(v, c->name, len) == 0;
}

size_t ct_frame_explain_repeated_header(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    if (!f->ncols || f->cols[0]->f64)
        return 0; /* a numeric column holds no name (the reader said so per row) */
    size_t k = 0;
    long first = 0;
    for (size_t i = 0; i < f->nrows; i++) {
        if (!holds_name(f->cols[0], i))
            continue;
        size_t j = 1;
        while (j < f->ncols && holds_name(f->cols[j], i))
            j++;
        if (j < f->ncols)
            continue;
        if (!k++)
            first = ct_frame_row_line(f, i);
    }
    if (!k || !cap)
        return k;
    char n[32];
    ct_numfmt_count(n, sizeof n, (uint64_t)k);
    snprintf(hint, cap,
             "line %ld repeats the header line (%s row%s of the header's names): read as data, "
             "as pandas does, which makes every column strings, none numeric; files joined "
             "with cat? Drop the repeated header lines",
             first, n, k == 1 ? "" : "s");
    return k;
}

/* Append to dst[*w..cap) (always terminated). */
static void put_text(char *dst, size_t cap, size_t *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int k = *w < cap ? vsnprintf(dst + *w, cap - *w, fmt, ap) : 0;
    va_end(ap);
    if (k > 0)
        *w = *w + (size_t)k < cap ? *w + (size_t)k : cap - 1;
}

size_t ct_frame_explain_repeated_names(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    /* the columns the loader renamed (repeat_of, known from the header as
     * written): a name "B.k" beside a "B" may be the file's own ("views,
     * views.1" renames nothing; before 2026-12-03 such columns were counted
     * too, tests/cli/inspect_repeated_names_count) */
    size_t k = 0, base = 0;
    for (size_t j = 0; j < f->ncols; j++)
        if (f->cols[j]->repeat_of && !k++)
            base = f->cols[j]->repeat_of - 1;
    if (!k || !cap)
        return k;
    /* every column written with the first repeated name: the kept one
     * (base) and each renamed repeat of it, in the header's order */
    enum { SHOWN = 6 };
    size_t cols[SHOWN + 1], n = 0, group = 1;
    cols[n++] = base;
    /* a renamed repeat may come before the kept column: pandas names the
     * unnamed ones last, so an empty first name beside a later 'Unnamed: 0'
     * is the one renamed (before 2026-12-06 it was left out: "columns 2",
     * tests/cli/train_index_saved_twice_not_feature) */
    for (size_t j = 0; j < f->ncols; j++)
        if (j != base && f->cols[j]->repeat_of == base + 1) {
            group++;
            if (n <= SHOWN)
                cols[n++] = j;
        }
    const size_t listed = n > SHOWN ? SHOWN : n;
    size_t w = 0;
    if (strncmp(f->cols[base]->name, "Unnamed: ", 9) == 0) /* an empty name pandas names so */
        put_text(hint, cap, &w,
                 "'%s' names more than one column, as the header writes it or as "
                 "pandas names a column without a name (columns ",
                 f->cols[base]->name);
    else
        put_text(hint, cap, &w, "the header names '%s' more than once (columns ",
                 f->cols[base]->name);
    for (size_t i = 0; i < listed; i++)
        put_text(hint, cap, &w, "%s%zu",
                 i == 0           ? ""
                 : i + 1 == group ? " and "
                                  : ", ",
                 cols[i] + 1);
    if (group > listed)
        put_text(hint, cap, &w, ", ... (%zu in all)", group);
    put_text(hint, cap, &w, "): as pandas does, ");
    for (size_t i = 0; i < listed; i++)
        put_text(hint, cap, &w, "%scolumn %zu %s'%s'",
                 i == 0           ? ""
                 : i + 1 == group ? " and "
                                  : ", ",
                 cols[i] + 1, i == 0 ? "is read as " : "as ", f->cols[cols[i]]->name);
    if (group > listed)
        put_text(hint, cap, &w, ", ...");
    if (k > group - 1)
        put_text(hint, cap, &w, " (%zu columns renamed so in all)", k);
    put_text(hint, cap, &w, "; rename or drop the %s not meant", group > 2 ? "ones" : "one");
    return k;
}

size_t ct_frame_find_formula_ids(const ct_frame *f, size_t *col, size_t *values, size_t *first)
{
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = f->cols[j];
        if (c->type != CT_TYPE_ID || c->f64)
            continue;
        size_t n = 0, at = SIZE_MAX, nv = 0;
        for (size_t i = 0; i < f->nrows; i++) {
            size_t len;
            const char *v = ct_column_str(c, i, &len);
            if (!v)
                continue;
            nv++;
            if (len >= 3 && v[0] == '=' && v[1] == '"' && v[len - 1] == '"' && n++ == 0)
                at = i;
        }
        if (!n)
            continue;
        *col = j;
        *values = nv;
        *first = at;
        return n;
    }
    return 0;
}

void ct_frame_formula_ids_text(char *hint, size_t cap, const char *column, uint64_t n,
                               uint64_t values, long line, const char *value, size_t len)
{
    if (!cap)
        return;
    char a[32], b[32], shown[48];
    ct_numfmt_count(a, sizeof a, n);
    ct_numfmt_count(b, sizeof b, values);
    snprintf(shown, sizeof shown, "%.*s%s", (int)(len < 40 ? len : 40), value,
             len > 40 ? "..." : "");
    snprintf(hint, cap,
             "column '%s' holds ids wrapped in Excel's text formula ='...' (%s of %s "
             "values; line %ld: %s): the ids are read as written, with '=' and the "
             "quotes, so they match no id written plainly (a queue's, the labels'); "
             "export the column as plain text, or strip the wrapping",
             column, a, b, line, shown);
}

size_t ct_frame_explain_formula_ids(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    size_t j, values, first;
    const size_t n = ct_frame_find_formula_ids(f, &j, &values, &first);
    if (!n)
        return 0;
    size_t len;
    const char *v = ct_column_str(f->cols[j], first, &len);
    ct_frame_formula_ids_text(hint, cap, f->cols[j]->name, n, values, ct_frame_row_line(f, first),
                              v, len);
    return n;
}

/* Row i's identifier as text: a string id as written, an exact id's int64
 * in digits, another numeric id's double in its shortest digits (a whole
 * number below 2^53, or a schema's id read as written, "7.02E+09", as pandas
 * reads it). *len its length; buf holds at least CT_NUMFMT_SHORTEST_MAX. */
static const char *id_text(const ct_column *c, size_t i, char *buf, size_t *len)
{
    if (c->i64) {
        *len = (size_t)snprintf(buf, CT_NUMFMT_SHORTEST_MAX, "%" PRId64, c->i64[i]);
        return buf;
    }
    if (c->f64) {
        *len = ct_numfmt_shortest(buf, CT_NUMFMT_SHORTEST_MAX, c->f64[i]);
        return buf;
    }
    return ct_column_str(c, i, len);
}

/* The significant digits of a number written s[0..n) (the mantissa's
 * digits, leading and trailing zeros aside: "7.02E+09" 3, "7020000000" 3,
 * "1000000000000000000000000000000000007919" 40), or 0 when s is no number
 * read as a value of at least `least` in magnitude (*v: its value). */
static int id_significant_digits(const char *s, size_t n, double least, double *v)
{
    int integral;
    if (!s || ct_parse_number(s, n, v, &integral) != 0 || !isfinite(*v) || !(fabs(*v) >= least))
        return 0;
    int digits = 0, zeros = 0; /* zeros: trailing ones so far */
    for (size_t k = 0; k < n && s[k] != 'e' && s[k] != 'E'; k++) {
        if (s[k] < '0' || s[k] > '9')
            continue;
        if (s[k] == '0') {
            zeros += digits > 0;
            continue;
        }
        digits += zeros + 1;
        zeros = 0;
    }
    return digits;
}

/* Identifier column c of f rounded by a spreadsheet: every value (at least
 * two, all >= 1e7) has at most KEPT_DIGITS significant digits and some
 * repeat. Returns the repeats (0: not so), *first the first row with a
 * value and *first_v that value; (size_t)-1 when out of memory. */
enum { KEPT_DIGITS = 6 };
static size_t rounded_id_repeats(const ct_frame *f, const ct_column *c, size_t *first,
                                 double *first_v)
{
    /* a 10-digit id keeps about 10 significant digits; a spreadsheet that
     * saves a long number as it displays it ("7.02E+09") keeps 3 to 6.
     * Digits and repeats are the id's as written, as every count of ids
     * compares them (before 2026-12-04 its double: forty-digit ids,
     * 1e+39 as doubles, were said rounded and repeated while distinct:
     * tests/cli/files_ids_long_not_rounded) */
    const double MIN_MAGNITUDE = 1e7; /* shorter ids fit in 6 digits anyway */
    if (c->type != CT_TYPE_ID || c->nmiss == f->nrows)
        return 0;
    size_t values = 0;
    int rounded = 1;
    *first = SIZE_MAX;
    for (size_t i = 0; i < f->nrows && rounded; i++) {
        if (c->miss && c->miss[i])
            continue;
        char buf[CT_NUMFMT_SHORTEST_MAX];
        size_t len = 0;
        const char *s = id_text(c, i, buf, &len);
        double v;
        const int digits = id_significant_digits(s, len, MIN_MAGNITUDE, &v);
        rounded = digits > 0 && digits <= KEPT_DIGITS;
        values++;
        if (*first == SIZE_MAX) {
            *first = i;
            *first_v = v;
        }
    }
    if (!rounded || values < 2)
        return 0;
    /* repeated values: the rounding merged ids */
    size_t distinct;
    if (frame_column_distinct(c, f->nrows, NULL, &distinct))
        return (size_t)-1;
    return values - distinct;
}

int ct_frame_ids_rounded(const ct_frame *f, size_t j)
{
    size_t first;
    double v;
    const size_t r = j < f->ncols ? rounded_id_repeats(f, f->cols[j], &first, &v) : 0;
    return r && r != (size_t)-1;
}

size_t ct_frame_explain_rounded_ids(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = f->cols[j];
        size_t first;
        double first_v = 0;
        const size_t repeats = rounded_id_repeats(f, c, &first, &first_v);
        if (repeats == (size_t)-1)
            return 0;
        if (!repeats)
            continue;
        char v[40], r[32];
        ct_numfmt_auto(v, sizeof v, first_v);
        ct_numfmt_count(r, sizeof r, (uint64_t)repeats);
        snprintf(hint, cap,
                 "column '%s': every id has at most %d significant digits (line %ld: %s) and %s "
                 "repeat: the ids look rounded, as a spreadsheet saves long numbers it shows in "
                 "scientific notation (7.02E+09); rows of different reports now share an id. "
                 "Export the column formatted as text or as a whole number",
                 c->name, KEPT_DIGITS, ct_frame_row_line(f, first), v, r);
        return 1;
    }
    return 0;
}

size_t ct_frame_explain_rounded_counts(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    /* a real count of 6 digits or more ends in 00 one time in 100: twenty
     * that all do, beside smaller counts that do not, were rounded */
    const double LARGE = 1e5, SMALL = 100;
    enum { MIN_LARGE = 20 };
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = f->cols[j];
        if (c->type != CT_TYPE_INT || !c->f64)
            continue;
        size_t large = 0, first = SIZE_MAX;
        int all_round = 1, small_exact = 0;
        for (size_t i = 0; i < f->nrows && all_round; i++) {
            if (c->miss[i])
                continue;
            const double v = fabs(c->f64[i]);
            /* a small value matters only until one is not round; a whole
             * number below 2^64 is a multiple of 100 as its integer is
             * (fmod, 2/3 of this scan before, only for the rest) */
            if (!(v >= LARGE) && (small_exact || !(v >= SMALL)))
                continue;
            const int round = v < 1.8e19 && v == (double)(uint64_t)v ? (uint64_t)v % 100 == 0
                                                                     : fmod(v, 100.0) == 0;
            if (v >= LARGE) {
                all_round = round;
                large++;
                if (first == SIZE_MAX)
                    first = i;
            } else if (!round) {
                small_exact = 1;
            }
        }
        if (!all_round || large < MIN_LARGE || !small_exact)
            continue;
        char v[40], n[32];
        ct_numfmt_auto(v, sizeof v, c->f64[first]);
        ct_numfmt_count(n, sizeof n, (uint64_t)large);
        snprintf(hint, cap,
                 "column '%s': every value from 100,000 up (%s of them; line %ld: %s) is a "
                 "multiple of 100, while smaller ones are not: the large counts look rounded, "
                 "as a spreadsheet saves numbers it shows in scientific notation (6.04E+05), "
                 "and their last digits are lost; export the column formatted as whole numbers",
                 c->name, n, ct_frame_row_line(f, first), v);
        return 1;
    }
    return 0;
}

/* The readings that turn a column written as text into numbers, each the
 * way pandas' read_csv would read it (decimal=',', thousands=) or, for a
 * percent sign, none: the sign must go. */
enum {
    READ_DEC_COMMA,
    READ_DEC_COMMA_DOTS,
    READ_THOUSANDS_COMMA,
    READ_PERCENT,
    /* '.' before every group of three digits, more than one ('4.133.201'):
     * a single one reads as a decimal point, and is weighed over the whole
     * column instead (dot_groups.c). Added 2026-12-06. */
    READ_THOUSANDS_DOTS,
    /* a space between digit groups ('1 234', '2 000 000'): ' ' as
     * --thousands=' ' reads it, or a no-break space U+00A0 or U+202F, as
     * spreadsheets in French and other locales write one, which no option
     * reads. Added 2026-12-07 (before, such a column was text without a
     * word: tests/cli/files_thousands_space_noted). The last that fits:
     * a verdict is 8 bits (level_verdicts). */
    READ_THOUSANDS_SPACE,
    READ_N
};

/* The length of the space between digit groups at s[0..len): ' ', U+00A0
 * or U+202F; 0 for anything else. */
static size_t group_space(const char *s, size_t len)
{
    if (len >= 1 && s[0] == ' ')
        return 1;
    if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0xAF)
        return 3;
    return 0;
}

/* s[0..len) is a number whose whole part is grouped by spaces (group_space)
 * before every group of exactly three digits, at least one, with an
 * optional fraction after the decimal mark dec; its digits, sign and
 * fraction (with '.') into buf (cap bytes). Returns their length, 0 when
 * s is not so written. */
static size_t space_grouped(const char *s, size_t len, char dec, char *buf, size_t cap)
{
    size_t i = 0, w = 0, groups = 0;
    if (len + 1 > cap)
        return 0;
    if (i < len && (s[i] == '-' || s[i] == '+'))
        buf[w++] = s[i++];
    const size_t first = i;
    while (i < len && isdigit((unsigned char)s[i]))
        buf[w++] = s[i++];
    if (i == first || i - first > 3)
        return 0;
    size_t g;
    while (i < len && (g = group_space(s + i, len - i)) != 0) {
        if (i + g + 3 > len || !isdigit((unsigned char)s[i + g]) ||
            !isdigit((unsigned char)s[i + g + 1]) || !isdigit((unsigned char)s[i + g + 2]) ||
            (i + g + 3 < len && isdigit((unsigned char)s[i + g + 3])))
            return 0;
        memcpy(buf + w, s + i + g, 3);
        w += 3;
        i += g + 3;
        groups++;
    }
    if (i < len && s[i] == dec && i + 1 < len) {
        buf[w++] = '.';
        for (i++; i < len && isdigit((unsigned char)s[i]); i++)
            buf[w++] = s[i];
    }
    return groups && i == len ? w : 0;
}

/* s[0..len) has '.' before every group of exactly three digits, at least
 * two of them, and no other mark: a count grouped by '.' ("4.133.201"). */
static int dot_grouped_count(const char *s, size_t len)
{
    size_t i = 0, dots = 0;
    if (i < len && (s[i] == '-' || s[i] == '+'))
        i++;
    const size_t first = i;
    while (i < len && isdigit((unsigned char)s[i]))
        i++;
    if (i == first || i - first > 3)
        return 0;
    while (i < len) {
        if (s[i] != '.' || i + 3 >= len + 0 || !isdigit((unsigned char)s[i + 1]) ||
            !isdigit((unsigned char)s[i + 2]) || !isdigit((unsigned char)s[i + 3]) ||
            (i + 4 < len && isdigit((unsigned char)s[i + 4])))
            return 0;
        dots++;
        i += 4;
    }
    return dots >= 2;
}

/* s[0..len) is a number under reading r (not the column's own format). */
static int reads_as(const ct_column *c, int r, const char *s, size_t len)
{
    char buf[COL_NUMBER_MAX];
    double v;
    int integral;
    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    size_t n = (size_t)-1;
    switch (r) {
    case READ_DEC_COMMA:
        if (c->dec != ',' && memchr(s, ',', len))
            n = ct_parse_number_local(s, len, ',', 0, buf, sizeof buf);
        break;
    case READ_DEC_COMMA_DOTS:
        if (c->dec != ',' && memchr(s, ',', len) && memchr(s, '.', len))
            n = ct_parse_number_local(s, len, ',', '.', buf, sizeof buf);
        break;
    case READ_THOUSANDS_COMMA: /* every ',' before three digits */
        if (c->tsep == ',' || !memchr(s, ',', len))
            return 0;
        /* the first group 1 to 3 digits, not led by 0: no thousands
         * format writes '0,057' or '1234,567', a decimal comma does
         * (before 2026-12-07 a ';' file's '0,057' ratios were said to be
         * thousands, --thousands=, reading them as 57:
         * tests/cli/files_decimal_comma_leading_zero) */
        {
            size_t i = s[0] == '+' || s[0] == '-', d = 0;
            while (i + d < len && isdigit((unsigned char)s[i + d]))
                d++;
            if (d < 1 || d > 3 || s[i] == '0')
                return 0;
        }
        for (size_t i = 0; i < len; i++)
            if (s[i] == ',' &&
                (i + 3 >= len + 0 || !isdigit((unsigned char)s[i + 1]) ||
                 !isdigit((unsigned char)s[i + 2]) || !isdigit((unsigned char)s[i + 3]) ||
                 (i + 4 < len && isdigit((unsigned char)s[i + 4]))))
                return 0;
        n = ct_parse_number_local(s, len, c->dec ? c->dec : '.', ',', buf, sizeof buf);
        break;
    case READ_THOUSANDS_DOTS: /* as --thousands=. reads it (its decimal mark ',') */
        if (c->tsep == '.' || !dot_grouped_count(s, len))
            return 0;
        n = ct_parse_number_local(s, len, ',', '.', buf, sizeof buf);
        break;
    case READ_THOUSANDS_SPACE:
        if (c->tsep == ' ' || !(n = space_grouped(s, len, c->dec ? c->dec : '.', buf, sizeof buf)))
            return 0;
        break;
    default: /* READ_PERCENT */
        if (len < 2 || s[len - 1] != '%')
            return 0;
        return col_parse_number(c, s, len - 1, &v, &integral, NULL) == 0 && isfinite(v);
    }
    return n != (size_t)-1 && ct_parse_number(buf, n, &v, &integral) == 0 && isfinite(v);
}

/* Row i's text in column c and its length in *len (a coded level's
 * length when the column gives none); NULL when missing. */
static const char *cell_text(const ct_column *c, size_t i, size_t *len)
{
    const char *v = ct_column_str(c, i, len);
    if (v && ct_column_codes(c) && *len == 0)
        *len = strlen(v);
    return v;
}

/* 0 when no reading can make s[0..len) a number: every number any reading
 * (reads_as) accepts starts, after spaces or tabs and one sign, with a
 * digit, a '.', a ',' or the column's decimal mark (ct_parse_number wants
 * a digit or '.' there, and ct_parse_number_local gives one only from
 * those). A transcript or a label is thus passed over at its first letter
 * instead of being copied and parsed four times. */
static int may_read_as_number(const ct_column *c, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i == len)
        return 0;
    const char ch = s[i];
    return (ch >= '0' && ch <= '9') || ch == '.' || ch == ',' || (c->dec && ch == c->dec);
}

/* What a value is: VERDICT_TEXT when not a number in the column's format,
 * VERDICT_HUGE too when beyond a double's range, VERDICT_READS << r when
 * reading r (asked with readings) makes it one; 0 for a number. */
enum { VERDICT_TEXT = 1, VERDICT_HUGE = 2, VERDICT_READS = 4 };

/* 1 when s[0..len) is text under every reading, known from its first
 * letter: in the column's plain format (no --decimal), ct_parse_number
 * reads a number only from a digit, a '.' or an 'i' (inf) after blanks and
 * one sign, and may_read_as_number adds ','. A transcript or a label is so
 * judged without being parsed. */
static inline int plainly_text(const ct_column *c, const char *v, size_t len)
{
    if (c->dec)
        return 0;
    size_t i = 0;
    while (i < len && (v[i] == ' ' || v[i] == '\t'))
        i++;
    if (i < len && (v[i] == '+' || v[i] == '-'))
        i++;
    const char ch = i < len ? v[i] : 'x';
    return !((ch >= '0' && ch <= '9') || ch == '.' || ch == ',' || ch == 'i' || ch == 'I');
}

static unsigned verdict(const ct_column *c, const char *v, size_t len, int readings)
{
    double x;
    int integral;
    if (plainly_text(c, v, len))
        return VERDICT_TEXT;
    const int r = col_parse_number(c, v, len, &x, &integral, NULL);
    if (r == 0)
        return 0;
    unsigned m = VERDICT_TEXT | (r == 1 ? VERDICT_HUGE : 0);
    if (readings && may_read_as_number(c, v, len))
        for (int k = 0; k < READ_N; k++)
            if (reads_as(c, k, v, len))
                m |= (unsigned)VERDICT_READS << k;
    return m;
}

/* A categorical column's verdicts, one per level, so that each level is
 * parsed once rather than on every row that holds it (a column of
 * 'claim'/'opinion' over 19,000 rows: two parses); the caller frees it
 * (ct_free). NULL for another column, or out of memory: then each row's
 * value is judged. */
static uint8_t *level_verdicts(const ct_column *c, int readings)
{
    if (c->type != CT_TYPE_CATEGORY || !c->codes || !c->nlevels)
        return NULL;
    uint8_t *lv = ct_malloc(c->nlevels);
    for (size_t k = 0; lv && k < c->nlevels; k++) {
        const size_t len = c->level_len[k] ? c->level_len[k] : strlen(c->levels[k]);
        lv[k] = (uint8_t)verdict(c, c->levels[k], len, readings);
    }
    return lv;
}

/* Row i's verdict in column c (lv: level_verdicts', or NULL); -1 when
 * missing. */
static inline int row_verdict(const ct_column *c, const uint8_t *lv, size_t i, int readings)
{
    size_t len = 0;
    if (lv)
        return c->miss[i] ? -1 : lv[c->codes[i]];
    if (c->slen && !c->codes && !c->f64 && c->type != CT_TYPE_CATEGORY && i < c->n)
    /* a text column's string as ct_column_str gives it, without the call */
    {
        if (c->miss[i])
            return -1;
        const char *v = col_sptr(c, i);
        return plainly_text(c, v, c->slen[i]) ? VERDICT_TEXT
                                              : (int)verdict(c, v, c->slen[i], readings);
    }
    const char *v = cell_text(c, i, &len);
    return v ? (int)verdict(c, v, len, readings) : -1;
}

/* What one pass over column j's values finds: values (not missing), bad
 * (not numbers as written), the first bad row and whether it is a number
 * beyond a double's range; with readings, fixes[r] the bad values reading
 * r makes numbers, the first of them in row at[r]. */
typedef struct verdict_counts {
    size_t values, bad, first;
    int huge;
    size_t fixes[READ_N], at[READ_N];
} verdict_counts;

/* The first row of coded column c whose level's verdict has a bit of
 * mask (lv: level_verdicts'), or n. */
static size_t level_first(const ct_column *c, const uint8_t *lv, size_t n, unsigned mask)
{
    for (size_t i = 0; i < n; i++)
        if (!c->miss[i] && (lv[c->codes[i]] & mask))
            return i;
    return n;
}

/* A categorical column's counts from its levels' verdicts lv: every
 * level judged alike (all labels, or all numbers: the usual case) needs no
 * pass over the rows beyond finding the first; else the rows of each
 * level are counted in one tight pass over the codes. 0, or -1 when out
 * of memory. */
static int count_by_level(const ct_column *c, const uint8_t *lv, size_t n, verdict_counts *vc)
{
    size_t nbad = 0;
    unsigned any = 0;
    for (size_t k = 0; k < c->nlevels; k++) {
        nbad += lv[k] != 0;
        any |= lv[k];
    }
    vc->values = c->n - c->nmiss;
    if (nbad == 0 || (nbad == c->nlevels && !(any & ~(unsigned)(VERDICT_TEXT | VERDICT_HUGE)))) {
        vc->bad = nbad ? vc->values : 0;
    } else {
        size_t *cnt = ct_calloc(c->nlevels, sizeof *cnt);
        if (!cnt)
            return -1;
        for (size_t i = 0; i < n; i++)
            if (!c->miss[i] && c->codes[i] >= 0)
                cnt[c->codes[i]]++;
        for (size_t k = 0; k < c->nlevels; k++) {
            if (!lv[k])
                continue;
            vc->bad += cnt[k];
            for (int r = 0; r < READ_N; r++)
                if (lv[k] & (VERDICT_READS << r))
                    vc->fixes[r] += cnt[k];
        }
        ct_free(cnt);
    }
    if (vc->bad) {
        vc->first = level_first(c, lv, n, 0xff);
        vc->huge = vc->first < n && (lv[c->codes[vc->first]] & VERDICT_HUGE) != 0;
    }
    for (int r = 0; r < READ_N; r++)
        if (vc->fixes[r])
            vc->at[r] = level_first(c, lv, n, (unsigned)VERDICT_READS << r);
    return 0;
}

/* Row i's verdict m (not 0) counted into vc: the first bad row, and each
 * reading's first row. */
static void tally_verdict(verdict_counts *vc, int m, size_t i)
{
    if (!vc->bad++) {
        vc->first = i;
        vc->huge = (m & VERDICT_HUGE) != 0;
    }
    for (int r = 0; m >= VERDICT_READS && r < READ_N; r++)
        if ((m & (VERDICT_READS << r)) && !vc->fixes[r]++)
            vc->at[r] = i;
}

/* Column j's verdict counts (readings: also each reading's), in one pass
 * over the values, or from the levels of a categorical column. */
static void count_verdicts(const ct_frame *f, size_t j, int readings, verdict_counts *vc)
{
    const ct_column *c = f->cols[j];
    memset(vc, 0, sizeof *vc);
    uint8_t *lv = level_verdicts(c, readings);
    if (lv && count_by_level(c, lv, f->nrows, vc) == 0) {
        ct_free(lv);
        return;
    }
    memset(vc, 0, sizeof *vc);
    if (!lv && c->slen && !c->codes && !c->f64 && c->type != CT_TYPE_CATEGORY && !c->dec &&
        c->n >= f->nrows) {
        /* a text column in the plain format: most values (a transcript,
         * a label) are judged at their first letter, in a loop of its own */
        const uint8_t *miss = c->miss;
        const uint32_t *slen = c->slen;
        for (size_t i = 0; i < f->nrows; i++) {
            if (miss[i])
                continue;
            vc->values++;
            const char *v = col_sptr(c, i);
            const int m =
                plainly_text(c, v, slen[i]) ? VERDICT_TEXT : (int)verdict(c, v, slen[i], readings);
            if (m)
                tally_verdict(vc, m, i);
        }
        return;
    }
    for (size_t i = 0; i < f->nrows; i++) {
        const int m = row_verdict(c, lv, i, readings);
        if (m < 0)
            continue;
        vc->values++;
        if (m)
            tally_verdict(vc, m, i);
    }
    ct_free(lv);
}

/* The reading that turns most of the non-numbers of vc into numbers:
 * *reading, and how many values it reads (0 when none does for most). The
 * first such value in *first. */
static size_t best_reading(const verdict_counts *vc, int *reading, size_t *first)
{
    int best = READ_DEC_COMMA;
    for (int r = 1; r < READ_N; r++)
        if (vc->fixes[r] > vc->fixes[best])
            best = r;
    /* "6,806": a decimal comma or a thousands separator, read as pandas
     * reads it by default (thousands) when both read as many */
    if (vc->fixes[READ_THOUSANDS_COMMA] == vc->fixes[best])
        best = READ_THOUSANDS_COMMA;
    if (!vc->bad || vc->fixes[best] * 2 <= vc->bad)
        return 0;
    *reading = best;
    *first = vc->at[best];
    return vc->fixes[best];
}

/* ct_frame_explain_number_format, its first value and line said when
 * with_line */
static size_t number_format(const ct_frame *f, size_t j, char *hint, size_t cap, int with_line,
                            const char *whose)
{
    if (cap)
        hint[0] = '\0';
    if (j >= f->ncols || ct_column_is_numeric(f->cols[j]))
        return 0;
    int r = 0;
    size_t first = 0;
    verdict_counts vc;
    count_verdicts(f, j, 1, &vc);
    const size_t n = best_reading(&vc, &r, &first);
    if (!n || !cap)
        return n;
    size_t len = 0;
    const char *v = ct_column_str(f->cols[j], first, &len);
    if (!ct_column_codes(f->cols[j]) || len == 0)
        len = ct_column_codes(f->cols[j]) ? strlen(v) : len;
    char val[80], cnt[32];
    ct_textwidth_snprintf(val, sizeof val, "%.*s", (int)(len < 40 ? len : 40), v);
    ct_numfmt_count(cnt, sizeof cnt, (uint64_t)n);
    static const char *const how[READ_N] = {
        "written with a decimal comma",
        "written with a decimal comma and '.' between digit groups",
        "written with ',' between digit groups (thousands separators)",
        "with a percent sign",
        "written with '.' between digit groups (thousands separators)",
        "written with ' ' between digit groups (thousands separators)"};
    static const char *const fix[READ_N] = {
        "--decimal=, reads such numbers (pandas' decimal=',')",
        "--decimal=, --thousands=. read such numbers (pandas' decimal=',', thousands='.')",
        "--thousands=, reads such numbers (pandas' thousands=',')",
        "pandas reads them as text too; write the numbers without the '%' (13.3% as 13.3, or "
        "0.133 as a share) before reading them",
        "--thousands=. reads such numbers (pandas' thousands='.'; a decimal mark is then ',')",
        "--thousands=' ' reads such numbers (pandas' thousands=' ')"};
    /* a decimal comma in a ','-delimited file (quoted, "343296,0"): the
     * CLI refuses --decimal=, there, so the fix is another delimiter, as
     * the loader's hint for a schema column says (before 2026-12-07 the
     * note gave --decimal=, and the rerun was a usage error:
     * tests/cli/files_decimal_comma_comma_delimited) */
    const char *const comma_file =
        r == READ_DEC_COMMA
            ? "a comma-delimited file cannot take --decimal=,: export it with ';' between fields "
              "and read it with --delimiter=';' --decimal=, (pandas' decimal=',')"
            : "a comma-delimited file cannot take --decimal=,: export it with ';' between fields "
              "and read it with --delimiter=';' --decimal=, --thousands=.";
    const char *const fx =
        f->delim == ',' && (r == READ_DEC_COMMA || r == READ_DEC_COMMA_DOTS) ? comma_file : fix[r];
    /* a no-break space between groups (U+00A0, U+202F): no option reads
     * it, a delimiter-safe sed deletes it between digits */
    const int nbsp = r == READ_THOUSANDS_SPACE && !memchr(v, ' ', len);
    const char *const hw =
        nbsp ? "written with a no-break space (U+00A0 or U+202F) between digit groups "
               "(thousands separators, as spreadsheets in French and other locales write them)"
             : how[r];
    char fxn[CT_DIAG_FILE_MAX + 160];
    const char *src = f->source && f->source[0] && f->source[0] != '<' && strcmp(f->source, "-")
                          ? f->source
                          : "FILE";
    if (nbsp)
        snprintf(fxn, sizeof fxn,
                 "no option reads that space; delete it between digits first: $ sed -E "
                 "'s/([0-9])(\\xC2\\xA0|\\xE2\\x80\\xAF)([0-9])/\\1\\3/g' %s > fixed.csv",
                 src);
    const char *const fxs = nbsp ? fxn : fx;
    const char *const one = n == 1 ? "is a number" : "are numbers";
    int w = with_line
                ? snprintf(hint, cap, "%s of %s %s %s (line %ld holds '%s%s'): %s", cnt, whose, one,
                           hw, ct_frame_row_line(f, first), val, len > 40 ? "..." : "", fxs)
                : snprintf(hint, cap, "%s of %s %s %s: %s", cnt, whose, one, hw, fxs);
    (void)w;
    return n;
}

size_t ct_frame_count_not_numeric(const ct_frame *f, size_t j, size_t *values, size_t *in_format)
{
    verdict_counts vc;
    int r = 0;
    size_t first = 0;
    if (j >= f->ncols || ct_column_is_numeric(f->cols[j]))
        memset(&vc, 0, sizeof vc);
    else
        count_verdicts(f, j, 1, &vc);
    if (values)
        *values = vc.values;
    if (in_format)
        *in_format = best_reading(&vc, &r, &first);
    return vc.bad;
}

size_t ct_frame_explain_number_format(const ct_frame *f, size_t j, char *hint, size_t cap)
{
    return number_format(f, j, hint, cap, 1, "its values");
}

size_t ct_frame_explain_not_numeric(const ct_frame *f, size_t j, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    if (j >= f->ncols || ct_column_is_numeric(f->cols[j]))
        return 0;
    const ct_column *c = f->cols[j];
    uint64_t hex;
    verdict_counts vc;
    count_verdicts(f, j, 0, &vc);
    const size_t bad = vc.bad, values = vc.values, first = vc.first;
    const int huge = vc.huge; /* the first is a number beyond a double's range */
    size_t flen = 0;
    const char *fs = bad ? cell_text(c, first, &flen) : NULL;
    if (!bad || !cap)
        return bad;
    char raw[80], esc[160], val[4 * 160];
    ct_textwidth_snprintf(raw, sizeof raw, "%.*s", (int)(flen < 60 ? flen : 60), fs);
    size_t w = 0; /* a line break or tab inside quotes, shown as \n, \t */
    for (const char *p = raw; *p && w + 3 < sizeof esc; p++) {
        if (*p == '\n' || *p == '\r' || *p == '\t') {
            esc[w++] = '\\';
            esc[w++] = *p == '\n' ? 'n' : *p == '\r' ? 'r' : 't';
        } else {
            esc[w++] = *p;
        }
    }
    esc[w] = '\0';
    /* and a space other than ASCII's by its code point, as the loader's
     * messages quote a value ('1<U+00A0>234'; before 2026-12-07 it printed
     * as a space: tests/cli/load_odd_space_value_shown) */
    (void)ct_utf8_visible_label(val, sizeof val, esc, w);
    const long line = ct_frame_row_line(f, first);
    const char *more = flen > 60 ? "..." : "";
    char reading[CT_DIAG_MSG_MAX];
    /* counts grouped as every other count ("6,000"; before 2026-12-04 the
     * hints below read "none of its 6000 values":
     * tests/cli/evaluate_not_numeric_counts_grouped) */
    char vals[32], nbad[32];
    ct_numfmt_count(vals, sizeof vals, (uint64_t)values);
    ct_numfmt_count(nbad, sizeof nbad, (uint64_t)bad);
    if (number_format(f, j, reading, sizeof reading, bad == values, "them")) {
        /* not labels: numbers in a format the reading names (before
         * 2026-12-04 a decimal-comma column was "labels, not measurements") */
        int k = bad == values
                    ? snprintf(hint, cap, "none of its %s values is a number as written: %s", vals,
                               reading)
                    : snprintf(hint, cap,
                               "line %ld holds '%s%s', not a number (%s of %s values "
                               "%s not); %s",
                               line, val, more, nbad, vals, bad == 1 ? "is" : "are", reading);
        (void)k;
    } else if (huge && flen < 64) { /* 1e400: before 2026-12-04 read as inf, where pandas
                                       reads text (tests/cli/inspect_beyond_double_text) */
        char field[64], word[160];
        snprintf(field, sizeof field, "%.*s", (int)flen, fs);
        ct_shell_option_value(word, sizeof word, field);
        snprintf(hint, cap,
                 "line %ld holds '%s', beyond the range of a number (a double holds at most "
                 "1.8e308; %s of %s values %s), which pandas reads as text too: "
                 "write it within range, or read it as missing with --na-values=%s",
                 line, val, nbad, vals, bad == 1 ? "is not a number" : "are not numbers", word);
    } else if (hex_number(fs, flen, &hex)) /* as the loader's hint (number_hint) */
        snprintf(hint, cap,
                 "line %ld holds '%s', a hexadecimal number (%s of %s values %s), "
                 "which pandas reads as text too: write it in decimal ('%s' is %s%" PRIu64 ")",
                 line, val, nbad, vals, bad == 1 ? "is not a number" : "are not numbers", val,
                 fs[0] == '-' ? "-" : "", hex);
    else if (bad == 1 && frame_is_totals_word(fs, flen)) /* ct_frame_explain_totals_row */
        snprintf(hint, cap,
                 "line %ld holds '%s', not a number (the only value that is not): a "
                 "spreadsheet's totals row, read as data",
                 line, val);
    else if (bad == values) /* labels, not measurements */
        snprintf(hint, cap,
                 "none of its %s values is a number (line %ld holds '%s%s'): it holds labels, "
                 "not measurements",
                 vals, line, val, more);
    else
        snprintf(hint, cap,
                 "line %ld holds '%s%s', not a number (%s of %s values %s not); a thousands "
                 "separator, a decimal comma, a unit or a placeholder makes pandas read the "
                 "column as text too (--thousands=C and --decimal=C read numbers so written, "
                 "--na-values=TOKEN reads a placeholder as missing)",
                 line, val, more, nbad, vals, bad == 1 ? "is" : "are");
    return bad;
}

void ct_frame_diag_absent(ct_diag *diag, const char *name)
{
    if (!diag || !name)
        return;
    diag->kind = CT_DIAG_CAUSE_COLUMN_ABSENT;
    snprintf(diag->cause_column, sizeof diag->cause_column, "%s", name);
}

ct_status ct_frame_find(const ct_frame *f, const char *name, size_t *j, ct_diag *diag)
{
    const size_t k = frame_names_get(f, name); /* the first column so named */
    if (k != SIZE_MAX) {
        *j = k;
        return CT_OK;
    }
    ct_diag_set(diag, CT_ECOLUMN, f->source, 0, 0, "required column '%s' is absent", name);
    ct_frame_diag_absent(diag, name);
    ct_frame_near_diag(f, name, diag);
    return CT_ECOLUMN;
}

ct_status ct_frame_find_as(const ct_frame *f, const char *name, const char *role,
                           const ct_column **c, ct_diag *diag)
{
    size_t j;
    if (ct_frame_find(f, name, &j, NULL) != CT_OK) {
        ct_diag_set(diag, CT_ECOLUMN, f->source, 0, 0, "%s column '%s' is not in the file", role,
                    name);
        ct_frame_diag_absent(diag, name);
        ct_frame_near_diag(f, name, diag);
        return CT_ECOLUMN;
    }
    *c = f->cols[j];
    return CT_OK;
}

const char *ct_column_name(const ct_column *c) { return c->name; }
ct_type ct_column_type(const ct_column *c) { return c->type; }
size_t ct_column_len(const ct_column *c) { return c->n; }
int ct_column_is_numeric(const ct_column *c) { return c->f64 != NULL; }
const double *ct_column_f64(const ct_column *c) { return c->f64; }
const int64_t *ct_column_i64(const ct_column *c) { return c->i64; }
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

const char *ct_column_level_near(const ct_column *c, const char *value)
{
    for (size_t k = 0; value && c->type == CT_TYPE_CATEGORY && k < c->nlevels; k++)
        if (strcmp(c->levels[k], value) != 0 && ct_textwidth_label_same(c->levels[k], value))
            return c->levels[k];
    return NULL;
}

int ct_column_bool_spellings(const ct_column *c)
{
    /* pandas 1.5 parsers: _true_values = {b"True", b"TRUE", b"true"},
     * _false_values = {b"False", b"FALSE", b"false"} */
    static const char *const spellings[] = {"True", "TRUE", "true", "False", "FALSE", "false"};
    if (c->type != CT_TYPE_CATEGORY || c->nlevels < 3)
        return 0;
    for (size_t k = 0; k < c->nlevels; k++) {
        int known = 0;
        for (size_t s = 0; s < 6 && !known; s++)
            known = strcmp(c->levels[k], spellings[s]) == 0;
        if (!known)
            return 0;
    }
    return 1; /* 3 or more levels of 2 values: some value is spelled twice */
}

/* A level's key for ct_column_level_variants: the bytes between its
 * surrounding spaces, ASCII letters lowered. */
typedef struct level_key {
    char *key;
    size_t k;
} level_key;

static int level_key_cmp(const void *x, const void *y)
{
    const level_key *a = x, *b = y;
    const int d = strcmp(a->key, b->key);
    return d ? d : (a->k > b->k) - (a->k < b->k);
}

long ct_column_level_variants(const ct_column *c, size_t *a, size_t *b)
{
    if (c->type != CT_TYPE_CATEGORY || c->nlevels < 2)
        return 0;
    const size_t n = c->nlevels;
    level_key *keys = ct_calloc(n, sizeof *keys);
    long fail = !keys;
    for (size_t k = 0; k < n && !fail; k++) {
        const char *s = c->levels[k];
        size_t len = c->level_len[k];
        while (len && *s == ' ')
            s++, len--;
        while (len && s[len - 1] == ' ')
            len--;
        keys[k].k = k;
        if (!(keys[k].key = ct_malloc(len + 1))) {
            fail = 1;
            break;
        }
        for (size_t i = 0; i < len; i++)
            keys[k].key[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
        keys[k].key[len] = 0;
    }
    long twins = 0;
    size_t fa = n, fb = n;
    if (!fail) {
        qsort(keys, n, sizeof *keys, level_key_cmp);
        for (size_t i = 0; i < n;) {
            size_t e = i + 1;
            while (e < n && strcmp(keys[e].key, keys[i].key) == 0)
                e++;
            if (e - i > 1) {
                twins += (long)(e - i);
                /* the pair whose later level comes first in code order */
                if (keys[i + 1].k < fb || (keys[i + 1].k == fb && keys[i].k < fa)) {
                    fa = keys[i].k;
                    fb = keys[i + 1].k;
                }
            }
            i = e;
        }
    }
    for (size_t k = 0; keys && k < n; k++)
        ct_free(keys[k].key);
    ct_free(keys);
    if (fail)
        return -1;
    if (twins && a)
        *a = fa;
    if (twins && b)
        *b = fb;
    return twins;
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
