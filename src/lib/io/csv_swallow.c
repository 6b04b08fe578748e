/* csv_swallow.c — a quoted field that swallowed rows: the evidence that a
 * stray quote read the lines after it as one field's text (see
 * ct_csv_swallowed in claimtriage/csv.h). */
#include "claimtriage/csv.h"

#include "io/csv_internal.h"

#include <string.h>

/* The shape of s[0..n): each byte's kind (digit 'd', letter or byte >= 0x80
 * 'a', space ' ', any other byte as it is), runs of one kind taken as one,
 * at most cap - 1 kinds kept; returns the kinds written. */
static size_t shape(char *dst, size_t cap, const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n && w + 1 < cap; i++) {
        const unsigned char c = (unsigned char)s[i];
        char k = c >= '0' && c <= '9'                     ? 'd'
                 : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 'a'
                 : c >= 0x80                              ? 'a'
                 : c == ' ' || c == '\t'                  ? ' '
                                                          : (char)c;
        if (!w || dst[w - 1] != k)
            dst[w++] = k;
    }
    dst[w] = '\0';
    return w;
}

static size_t count_byte(const char *s, size_t n, char c)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == c;
    return k;
}

int ct_csv_swallowed(const ct_csv_record *rec, size_t header_fields, char delimiter,
                     ct_csv_swallow *out)
{
    if (!rec || !rec->fields || header_fields < 3)
        return 0;
    const size_t need = header_fields - 1;
    int weak = 0;
    char shape0[24] = "";
    long line = rec->line;
    for (size_t k = 0; k < rec->nfields; k++) {
        const ct_csv_field *f = &rec->fields[k];
        /* only a quoted field holds a line end (an unquoted one stops at
         * it), so only quoted fields are searched, and with memchr: this
         * runs on every record the loader reads */
        const size_t nl = f->quoted && f->ptr ? ct_csv_line_breaks(f->ptr, f->len) : 0;
        if (k == 0 && f->ptr && f->len && !nl)
            shape(shape0, sizeof shape0, f->ptr, f->len);
        if (!nl)
            continue;
        /* the lines after the field's first: after each line break */
        size_t lines = 0, like = 0, whole = 0;
        const int unterminated = rec->error == CT_CSV_UNTERMINATED && rec->error_field == k;
        /* every line break counts: LF, CRLF, a lone CR (ct_csv_line_breaks) */
        size_t blen;
        const char *end = f->ptr + f->len;
        const char *p = f->ptr + ct_csv_break_at(f->ptr, f->len, &blen);
        while (p < end) {
            const char *s = p + blen;
            const char *e = s + ct_csv_break_at(s, (size_t)(end - s), &blen);
            size_t len = (size_t)(e - s);
            if (e == end)
                e = NULL; /* the field's last line: no break after it */
            if (len) {
                lines++;
                /* the field's last line goes on after its closing quote */
                size_t delims =
                    count_byte(s, len, delimiter) + (e                      ? 0
                                                     : rec->nfields > k + 1 ? rec->nfields - k - 1
                                                                            : 0);
                int ok = delims >= need;
                if (ok && shape0[0] && k > 0) {
                    const char *d = memchr(s, delimiter, len);
                    char sh[24];
                    shape(sh, sizeof sh, s, d ? (size_t)(d - s) : len);
                    ok = strcmp(sh, shape0) == 0;
                }
                like += ok;
                /* a line wholly inside the field (the rest of the file, for
                 * a quote never closed): the last line's start alone is
                 * too weak ("4, five" after a line break) */
                whole += ok && (e || unterminated);
            }
            p = e ? e : end;
        }
        if (like && 2 * like >= lines) {
            if (out) {
                /* a quote never closed: the file's last line end is in it */
                const int eof_end =
                    unterminated && (f->ptr[f->len - 1] == '\n' || f->ptr[f->len - 1] == '\r');
                out->field = k;
                out->first_line = line;
                out->last_line = line + (long)nl - eof_end;
                out->lines = lines;
                out->like_rows = like;
            }
            if (whole)
                return 1;
            weak = 1; /* *out keeps the first; a stronger field later wins */
            out = NULL;
        }
        line += (long)nl;
    }
    return weak ? 2 : 0;
}
