/* sniff_space_after.c — fields separated by a delimiter and a space
 * (", "), a file-level diagnosis of ct_csv_sniff (claimtriage/csv.h,
 * CT_FILE_SPACE_AFTER_DELIMITER). A file written with sep=", " by hand,
 * or a pandas to_csv output edited so, reads every name and value after
 * the first with a space before it (RFC 4180, and pandas without
 * skipinitialspace=True): no column matches a name a command asks for,
 * numbers read as text, and a quoted field after the space splits at its
 * delimiters. Before 2026-12-07 each command said one of those symptoms
 * (a "did you mean ' claim_status'?" per column, or bad rows with a hint
 * for the quoted ones only): tests/cli/files_space_after_delimiter. The
 * evidence: on the header and on (nearly) every complete line of the
 * window, read as pandas' skipinitialspace=True reads them, every field
 * after the first begins with a space (or is empty), and the lines hold
 * as many fields as the header. */
#include "claimtriage/csv.h"
#include "claimtriage/textwidth.h"
#include "io/csv_internal.h"

#include <stdio.h>
#include <string.h>

#define SPACE_LINES 32 /* data lines looked at, as the delimiter's check */

/* One line from s[*k..n): its fields counted as skipinitialspace reads
 * them (spaces after a delimiter skipped, a quote after them opening a
 * quoted field); *spaced set when every field after the first begins with
 * a space, or is empty when allow_empty (a data line's missing value;
 * never the header's: "a,," names no column), and one at least begins
 * with a space. Returns the field count, 0 when the line is cut by the window
 * (*k left at its end otherwise, past the line break). */
static size_t read_line(const char *s, size_t n, size_t *k, char delim, int allow_empty,
                        int *spaced)
{
    size_t i = *k, nf = 1;
    int all = 1, any = 0, field_start = 1;
    int inq = 0;
    for (;;) {
        if (i >= n)
            return 0; /* cut by the window (or no line end at the end) */
        const char c = s[i];
        if (inq) {
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"')
                    i++;
                else
                    inq = 0;
            }
            i++;
            continue;
        }
        if (field_start) {
            field_start = 0;
            size_t sp = 0;
            while (i + sp < n && s[i + sp] == ' ')
                sp++;
            const int empty = i + sp < n &&
                              (s[i + sp] == delim || s[i + sp] == '\n' || s[i + sp] == '\r') &&
                              sp == 0;
            if (nf > 1 && !sp && (!empty || !allow_empty))
                all = 0;
            any |= nf > 1 && sp;
            i += sp;
            if (i < n && s[i] == '"') {
                inq = 1;
                i++;
            }
            continue;
        }
        if (c == delim) {
            nf++;
            field_start = 1;
            i++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            i += c == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
            break;
        }
        i++;
    }
    *k = i;
    *spaced = all && any;
    return nf;
}

/* The header's second name, as written (its space and any quotes kept),
 * fitted in 40 columns. The fields are split outside quotes, as the
 * header was counted: before 2026-12-07 the first name's delimiter was
 * looked for inside its quotes ('"id, x", claim_status' named ' x"') and
 * the name was cut at 40 bytes, inside a UTF-8 character too
 * (tests/cli/files_space_after_quoted_names). */
static void second_name(const char *s, size_t n, size_t k, char delim, char *buf, size_t cap)
{
    int inq = 0;
    for (; k < n && (inq || (s[k] != delim && s[k] != '\n' && s[k] != '\r')); k++)
        inq ^= s[k] == '"';
    if (k >= n) { /* no second field (the header was counted as two) */
        buf[0] = '\0';
        return;
    }
    size_t e = ++k;
    for (inq = 0; e < n && (inq || (s[e] != delim && s[e] != '\n' && s[e] != '\r')); e++)
        inq ^= s[e] == '"';
    ct_textwidth_fit(buf, cap, s + k, e - k, 40, "...", '?');
}

ct_file_kind ct_sniff_space_after_delimiter(const char *s, size_t n, char delim, ct_file_sniff *o)
{
    if (delim == ' ' || delim == '"')
        return CT_FILE_TEXT;
    size_t k = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    const size_t h0 = k;
    int spaced = 0;
    const size_t head = read_line(s, n, &k, delim, 0, &spaced);
    if (head < 2 || !spaced)
        return CT_FILE_TEXT;
    size_t data = 0, agree = 0;
    while (k < n && data < SPACE_LINES) {
        if (s[k] == '\n' || s[k] == '\r') { /* a blank line, skipped as the reader does */
            k++;
            continue;
        }
        const size_t nf = read_line(s, n, &k, delim, 1, &spaced);
        if (!nf)
            break;
        data++;
        agree += nf == head && spaced;
    }
    if (!data || agree * 5 < data * 4)
        return CT_FILE_TEXT;
    char second[160], d[8], py[24] = ""; /* ", delimiter=chr(255)" is the longest */
    second_name(s, n, h0, delim, second, sizeof second);
    if (delim == '\t')
        snprintf(d, sizeof d, "tab");
    else
        snprintf(d, sizeof d, "'%c'", delim);
    /* Python's csv reads and writes ',' by default */
    if (delim == '\t')
        snprintf(py, sizeof py, ", delimiter='\\t'");
    else if (strchr("'\\\"`$!", delim)) /* no quoting to get right in the shell and Python */
        snprintf(py, sizeof py, ", delimiter=chr(%d)", (unsigned char)delim);
    else if (delim != ',')
        snprintf(py, sizeof py, ", delimiter='%c'", delim);
    o->kind = CT_FILE_SPACE_AFTER_DELIMITER;
    o->delimiter = delim;
    o->cmd[0] = o->cmd_out[0] = '\0';
    o->cmd_arg = 1;
    o->cmd_lf_lines = 0;
    snprintf(o->message, sizeof o->message,
             "line %zu (the header) and %zu of the next %zu lines: every field after the first "
             "begins with a space (the second name is '%s'), so the fields are separated by %s "
             "and a space, not %s alone: each name and value after the first would be read with "
             "the space before it, and a quoted field after it would split at its %s",
             ct_csv_line_breaks(s, h0) + 1, agree, data, second, d, d, d);
    snprintf(o->hint, sizeof o->hint,
             "pandas reads such a file with skipinitialspace=True; to remove the space after each "
             "delimiter, quoted fields kept as they are (replacing every '%c ' with '%c' would "
             "change the texts holding '%c ' too): $ /usr/bin/python3 -c \"import csv, sys; f = "
             "open(sys.argv[1] + "
             "'.csv', 'w', newline='', encoding='utf-8'); csv.writer(f%s, lineterminator='\\n')"
             ".writerows(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')%s, "
             "skipinitialspace=True)); f.close()\" FILE",
             delim, delim, delim, py, py);
    snprintf(o->pipe_hint, sizeof o->pipe_hint,
             "remove the spaces, quoted fields kept: $ ... | /usr/bin/python3 "
             "-c \"import csv, sys; csv.writer(sys.stdout%s, lineterminator='\\n').writerows("
             "csv.reader(sys.stdin%s, skipinitialspace=True))\" > data.csv",
             py, py);
    return o->kind;
}
