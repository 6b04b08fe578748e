/* header_line.c — a line inside the data that is a header line: its
 * fields are the file's column names, as where CSV exports were joined
 * with cat. The header's names in the header's order are a repeated header
 * (a bad row under a numeric column, whose hint drops such lines; read as
 * data, as pandas does, when every column is text). The names in another
 * order, or with columns added or missing, are the header of another
 * export whose rows follow its own order: read under the first header
 * (as pandas reads them, without a word) their values would land in the
 * wrong columns, views read as likes, so the load is refused
 * (CT_EFORMAT), also when bad rows are skipped (before 2026-12-04 such a
 * line was "the header repeated", and skipping it loaded the rows after it
 * swapped: tests/cli/files_joined_exports_other_order).
 *
 * A record is looked at when its first or second field is one of the
 * file's names (a byte-order mark before the first skipped: a joined file
 * that had one), which data rows rarely are; it is a header line when at
 * least two of its fields, at least half of them, name columns, and it
 * names at least half of the header's columns (a two-column header's
 * names swapped, and nothing else, is read as a row). */
#include "frame/loader.h"

#include "base/parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* s[0..n) without the byte-order marks it starts with. */
static const char *skip_boms(const char *s, size_t *n)
{
    while (*n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3, *n -= 3;
    return s;
}

int header_line_init(loader *L, const ct_csv_field *fields, size_t n)
{
    L->raw_names = ct_calloc(n ? n : 1, sizeof *L->raw_names);
    L->raw_lens = ct_calloc(n ? n : 1, sizeof *L->raw_lens);
    if (!L->raw_names || !L->raw_lens)
        return -1;
    memset(L->name_byte, 0, sizeof L->name_byte);
    L->name_lens = 0;
    for (size_t j = 0; j < n; j++) {
        size_t len = fields[j].len;
        const char *s = fields[j].ptr ? skip_boms(fields[j].ptr, &len) : "";
        if (!(L->raw_names[j] = ct_malloc(len + 1)))
            return -1;
        memcpy(L->raw_names[j], s, len);
        L->raw_names[j][len] = '\0';
        L->raw_lens[j] = len;
        L->name_lens |= (uint64_t)1 << (len < 63 ? len : 63);
        if (len)
            L->name_byte[(unsigned char)s[0]] = 1;
    }
    L->name_byte[0xEF] = 1; /* a byte-order mark before a name */
    return 0;
}

void header_line_free(loader *L)
{
    for (size_t j = 0; L->raw_names && j < L->ncols; j++)
        ct_free(L->raw_names[j]);
    ct_free(L->raw_names);
    ct_free(L->raw_lens);
    L->raw_names = NULL;
    L->raw_lens = NULL;
}

/* The column whose name as written is s[0..n), or -1 (an empty field
 * names the column the header leaves unnamed, as pandas' to_csv writes
 * its row index). */
static long name_index(const loader *L, const char *s, size_t n)
{
    if (n && !L->name_byte[(unsigned char)s[0]])
        return -1;
    /* no name of this length (a value such as 'claim' under names that
     * start with 'c'): no comparison; a byte-order mark shortens it */
    if (!(n && (unsigned char)s[0] == 0xEF) && !(L->name_lens >> (n < 63 ? n : 63) & 1))
        return -1;
    s = skip_boms(s, &n);
    for (size_t j = 0; j < L->ncols; j++)
        if (L->raw_lens[j] == n && memcmp(L->raw_names[j], s, n) == 0)
            return (long)j;
    return -1;
}

int header_line_is_name(const loader *L, const char *s, size_t n)
{
    return L->raw_names && n && name_index(L, s, n) >= 0;
}

/* Column of field k of rec by its name, or -1. */
static long field_index(const loader *L, const ct_csv_record *rec, size_t k)
{
    const ct_csv_field *fd = &rec->fields[k];
    return fd->ptr ? name_index(L, fd->ptr, fd->len) : -1;
}

int header_line_kind(const loader *L, const ct_csv_record *rec)
{
    if (!L->raw_names || L->ncols < 2 || rec->nfields < 2 || rec->error != CT_CSV_OK)
        return HEADER_LINE_NONE;
    /* a name in one of the first two fields, not an empty one (which
     * matches an unnamed column's empty name, but a row of delimiters only
     * names nothing): the fast path's rule (header_line_is_name), so that
     * both paths judge the same rows (before 2026-12-07 ';;' under 'a;;'
     * was refused from memory and read from a mapped file: fuzz_load) */
    if (!(rec->fields[0].len && field_index(L, rec, 0) >= 0) &&
        !(rec->fields[1].len && field_index(L, rec, 1) >= 0))
        return HEADER_LINE_NONE;
    size_t named = 0, other = 0, same = rec->nfields == L->ncols;
    for (size_t k = 0; k < rec->nfields; k++) {
        const long j = field_index(L, rec, k);
        if (j < 0) {
            /* a number, or nothing, is a value, not a column's name: a
             * row whose text happens to hold names */
            const ct_csv_field *fd = &rec->fields[k];
            double v;
            int integral;
            if (!fd->len || ct_parse_number(fd->ptr, fd->len, &v, &integral) == 0)
                return HEADER_LINE_NONE;
            same = 0;
            if (2 * ++other > rec->nfields)
                return HEADER_LINE_NONE; /* mostly values: a row */
            continue;
        }
        named++;
        /* as written at k (a name the header gives twice matches its
         * first column above) */
        if (same) {
            size_t n = rec->fields[k].len;
            const char *f = skip_boms(rec->fields[k].ptr, &n);
            same = L->raw_lens[k] == n && memcmp(L->raw_names[k], f, n) == 0;
        }
    }
    if (named < 2 || 2 * named < L->ncols)
        return HEADER_LINE_NONE;
    /* another order of a two-column header needs a third name: two
     * columns of text whose values are their names ("away,home" under
     * "home,away") are rows as often
     * (before 2026-12-04 refused: tests/cli/files_two_names_as_values_read) */
    if (!same && named < 3 && rec->nfields == L->ncols)
        return HEADER_LINE_NONE;
    return same ? HEADER_LINE_SAME : HEADER_LINE_OTHER;
}

/* Append to dst[*w..cap) (always terminated). */
static void put(char *dst, size_t cap, size_t *w, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void put(char *dst, size_t cap, size_t *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int k = *w < cap ? vsnprintf(dst + *w, cap - *w, fmt, ap) : 0;
    va_end(ap);
    if (k > 0)
        *w = *w + (size_t)k < cap ? *w + (size_t)k : cap - 1;
}

/* Names are shown whole up to this many bytes, then cut with "...". */
#define SHOWN_NAME 40
/* At most this many moved, added or missing columns are named. */
#define SHOWN_COLS 3

ct_status header_line_refuse(loader *L, const ct_csv_record *rec, ct_diag *diag)
{
    if (!diag)
        return CT_EFORMAT;
    /* the matched columns in the line's order: another order when their
     * header positions do not rise */
    size_t added = 0, moved = 0;
    long last = -1;
    int order = 0;
    for (size_t k = 0; k < rec->nfields; k++) {
        const long j = field_index(L, rec, k);
        if (j < 0) {
            added++;
            continue;
        }
        order |= j < last;
        last = j;
        moved += (size_t)j != k;
    }
    size_t missing = 0;
    for (size_t j = 0; j < L->ncols; j++) {
        size_t k = 0;
        while (k < rec->nfields && field_index(L, rec, k) != (long)j)
            k++;
        missing += k == rec->nfields;
    }
    char msg[CT_DIAG_MSG_MAX];
    size_t w = 0;
    /* every name in its place but some written otherwise ('Video View
     * Count' for 'video_view_count'): the rows after it are in the right
     * columns, and a header line is still no row (before 2026-12-04 this
     * was said to put values in the wrong columns:
     * tests/cli/files_joined_exports_renamed_in_place) */
    if (!order && !moved && added && rec->nfields == L->ncols) {
        put(msg, sizeof msg, &w,
            "a header line inside the data: the file's column names in the header's order, %zu "
            "written otherwise (",
            added);
        size_t shown = 0;
        for (size_t k = 0; k < rec->nfields && shown < SHOWN_COLS; k++)
            if (field_index(L, rec, k) < 0) {
                const ct_csv_field *fd = &rec->fields[k];
                put(msg, sizeof msg, &w, "%s'%.*s%s' as '%.*s%s'", shown++ ? ", " : "", SHOWN_NAME,
                    L->raw_names[k], L->raw_lens[k] > SHOWN_NAME ? "..." : "",
                    (int)(fd->len > SHOWN_NAME ? SHOWN_NAME : fd->len), fd->ptr ? fd->ptr : "",
                    fd->len > SHOWN_NAME ? "..." : "");
            }
        put(msg, sizeof msg, &w, "%s)", added > shown ? ", ..." : "");
        ct_diag_set(diag, CT_EFORMAT, L->name, rec->line, 0, "%s", msg);
        snprintf(diag->hint, sizeof diag->hint,
                 "the file joins exports (as cat does) whose headers name a column otherwise; "
                 "the rows after line %ld are in the header's columns, but the line itself is "
                 "no row: drop it (and check that the renamed column holds the same quantity), "
                 "or load each export separately",
                 rec->line);
        return CT_EFORMAT;
    }
    put(msg, sizeof msg, &w, "a header line inside the data: the file's column names");
    if (order) {
        put(msg, sizeof msg, &w, " in another order (");
        size_t shown = 0;
        for (size_t k = 0; k < rec->nfields && shown < SHOWN_COLS; k++) {
            const long j = field_index(L, rec, k);
            if (j < 0 || (size_t)j == k)
                continue;
            if (shown++ == 0)
                put(msg, sizeof msg, &w, "'%.*s%s' is column %zu here and %ld in the header",
                    SHOWN_NAME, L->raw_names[j], L->raw_lens[j] > SHOWN_NAME ? "..." : "", k + 1,
                    j + 1);
            else
                put(msg, sizeof msg, &w, ", '%.*s%s' %zu and %ld", SHOWN_NAME, L->raw_names[j],
                    L->raw_lens[j] > SHOWN_NAME ? "..." : "", k + 1, j + 1);
        }
        put(msg, sizeof msg, &w, "%s)", moved > shown ? ", ..." : "");
    }
    if (added) {
        put(msg, sizeof msg, &w, "%s with %zu column%s the header lacks (", order ? "," : "", added,
            added == 1 ? "" : "s");
        size_t shown = 0;
        for (size_t k = 0; k < rec->nfields && shown < SHOWN_COLS; k++)
            if (field_index(L, rec, k) < 0) {
                const ct_csv_field *fd = &rec->fields[k];
                put(msg, sizeof msg, &w, "%s'%.*s%s'", shown++ ? ", " : "",
                    (int)(fd->len > SHOWN_NAME ? SHOWN_NAME : fd->len), fd->ptr ? fd->ptr : "",
                    fd->len > SHOWN_NAME ? "..." : "");
            }
        put(msg, sizeof msg, &w, "%s)", added > shown ? ", ..." : "");
    }
    if (missing) {
        put(msg, sizeof msg, &w, "%s without %zu of its columns (", order || added ? "," : "",
            missing);
        size_t shown = 0;
        for (size_t j = 0; j < L->ncols && shown < SHOWN_COLS; j++) {
            size_t k = 0;
            while (k < rec->nfields && field_index(L, rec, k) != (long)j)
                k++;
            if (k == rec->nfields)
                put(msg, sizeof msg, &w, "%s'%.*s%s'", shown++ ? ", " : "", SHOWN_NAME,
                    L->raw_names[j], L->raw_lens[j] > SHOWN_NAME ? "..." : "");
        }
        put(msg, sizeof msg, &w, "%s)", missing > shown ? ", ..." : "");
    }
    put(msg, sizeof msg, &w, "; the rows after it follow its order");
    ct_diag_set(diag, CT_EFORMAT, L->name, rec->line, 0, "%s", msg);
    snprintf(diag->hint, sizeof diag->hint,
             "the file joins exports (as cat does) whose columns differ: read under the "
             "header on line %ld, the rows after line %ld would have their values in the wrong "
             "columns%s, so the file is refused; skipping "
             "bad rows would not help: load each export separately, or join them by column "
             "name (pandas: pd.concat([pd.read_csv(f) for f in files]).to_csv('joined.csv', "
             "index=False)), not with cat",
             L->header_line, rec->line,
             /* more fields than the header: pandas stops ("Expected 12
              * fields ..."); as many or fewer it reads in silence */
             rec->nfields <= L->ncols ? " (pandas reads them so, without a word)" : "");
    return CT_EFORMAT;
}

void header_line_repeat_hint(const loader *L, char *hint, size_t cap)
{
    char cmd[768];
    ct_shell_drop_header_lines(cmd, sizeof cmd, L->name, L->gzip);
    snprintf(hint, cap,
             "the value is the column's own name: the header line is repeated here, as when "
             "CSV files are joined with cat; drop the repeated header lines: $ %s",
             cmd);
}

/* a[0..an) and b[0..bn) equal up to ASCII letter case, the word separators
 * ' ', '_' and '-' (one for one) and surrounding spaces; *how receives
 * bit 1 for letter case, 2 for separators, 4 for spaces. Byte-identical
 * names are not "near" (0). */
static int near_eq(const char *a, size_t an, const char *b, size_t bn, int *how)
{
    int h = 0;
    size_t a0 = 0, b0 = 0;
    while (a0 < an && (a[a0] == ' ' || a[a0] == '\t'))
        a0++;
    while (an > a0 && (a[an - 1] == ' ' || a[an - 1] == '\t'))
        an--;
    while (b0 < bn && (b[b0] == ' ' || b[b0] == '\t'))
        b0++;
    while (bn > b0 && (b[bn - 1] == ' ' || b[bn - 1] == '\t'))
        bn--;
    if (an - a0 != bn - b0 || an == a0)
        return 0;
    if (a0 || b0)
        h |= 4;
    for (size_t i = 0; i < an - a0; i++) {
        const char x = a[a0 + i], y = b[b0 + i];
        if (x == y)
            continue;
        if (strchr(" _-", x) && strchr(" _-", y))
            h |= 2;
        else if ((x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z')
            h |= 1;
        else
            return 0;
    }
    *how = h;
    return h != 0;
}

int header_line_near_hint(const loader *L, const ct_csv_record *rec, size_t j, char *hint,
                          size_t cap)
{
    int how = 0, h = 0;
    const ct_csv_field *fd = &rec->fields[j];
    if (!L->raw_names || j >= L->ncols || !fd->ptr ||
        !near_eq(fd->ptr, fd->len, L->raw_names[j], L->raw_lens[j], &how))
        return 0;
    /* every field its own column's name, as written or near it */
    size_t inplace = rec->nfields == L->ncols;
    for (size_t k = 0; inplace && k < rec->nfields; k++) {
        const ct_csv_field *e = &rec->fields[k];
        size_t n = e->len;
        const char *t = e->ptr ? skip_boms(e->ptr, &n) : "";
        inplace = (L->raw_lens[k] == n && memcmp(L->raw_names[k], t, n) == 0) ||
                  near_eq(t, n, L->raw_names[k], L->raw_lens[k], &h);
        how |= inplace ? h : 0, h = 0;
    }
    char what[96];
    size_t w = 0;
    what[0] = '\0';
    put(what, sizeof what, &w, "%s", how & 1 ? "letter case" : "");
    put(what, sizeof what, &w, "%s%s", w && (how & 2) ? ", " : "",
        how & 2 ? "word separators" : "");
    put(what, sizeof what, &w, "%s%s", w && (how & 4) ? ", " : "",
        how & 4 ? "surrounding spaces" : "");
    if (inplace)
        snprintf(
            hint, cap,
            "the value is the column's own name written otherwise (%s): line %ld is a header line, "
            "every name in the header's order, as when CSV exports are joined with cat; "
            "it is no row: drop it (--on-bad-row=skip skips it and moves no value)",
            what, rec->line);
    else
        snprintf(hint, cap,
                 "the value is the column's own name written otherwise (%s): line %ld may be the "
                 "header of "
                 "another export joined below this one (as with cat); compare its fields with "
                 "the header on line %ld before dropping it: rows after it may be in another "
                 "column order",
                 what, rec->line, L->header_line);
    return 1;
}
