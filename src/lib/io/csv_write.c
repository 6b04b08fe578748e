/* csv_write.c — the CSV writer: RFC 4180 records, fields quoted only where
 * a reader needs it, numbers written so that they read back to the same
 * double (see claimtriage/csv.h). */
#include "claimtriage/csv.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ct_csv_writer {
    FILE *fp;
    ct_csv_write_options opt;
    char newline[3];
    char *rec; /* the record being assembled */
    size_t len, cap;
    size_t nfields;
    int empty_only;  /* every field of the record so far is empty and unquoted */
    int first;       /* nothing written yet: a leading BOM must be quoted */
    ct_status error; /* the first error, sticky */
    int err_no;
    char name[CT_DIAG_FILE_MAX];
};

ct_csv_write_options ct_csv_write_options_default(void)
{
    ct_csv_write_options o;
    o.delimiter = ',';
    o.newline = "\n";
    return o;
}

const char *ct_csv_write_options_check(const ct_csv_write_options *o)
{
    if (!o) /* NULL options are the defaults wherever they are taken */
        return NULL;
    if (o->delimiter == '"' || o->delimiter == '\n' || o->delimiter == '\r' || !o->delimiter)
        return "delimiter must not be a quote, a line end or NUL";
    if (!o->newline || (strcmp(o->newline, "\n") != 0 && strcmp(o->newline, "\r\n") != 0))
        return "newline must be \"\\n\" or \"\\r\\n\"";
    return NULL;
}

/* ----------------------------------------------------------- numbers */

/* The shortest significant digits of x (finite, positive) that read back
 * to x: for a normal double, the correctly rounded 15-digit form when it
 * reads back (then trailing zeros dropped give the shortest: a shorter
 * decimal that reads back lies within 2^-53 relative of x, while 15-digit
 * decimals are more than 1e-15 apart, so it is that rounding), else 16,
 * else 17 (always enough: IEEE 754-2008, 5.12.2). A subnormal has fewer
 * bits, so its digits are tried from 1 up. digits gets them without a
 * point; returns their count, *exp10 the decimal exponent of the first. */
static int shortest_digits(double x, char digits[20], int *exp10)
{
    char buf[40];
    for (int p = x < DBL_MIN ? 1 : 15; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (p == 17 || strtod(buf, NULL) == x)
            break;
    }
    int n = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *exp10 = (int)strtol(s + 1, NULL, 10);
    return n;
}

size_t ct_csv_format_num(char *buf, double x, ct_csv_num_style style)
{
    const size_t cap = CT_CSV_NUM_MAX;
    if (isnan(x)) {
        buf[0] = '\0';
        return 0;
    }
    if (isinf(x))
        return (size_t)snprintf(buf, cap, "%s", x < 0 ? "-inf" : "inf");
    if (style == CT_CSV_NUM_INT && x == floor(x) && fabs(x) < 1e21)
        return (size_t)snprintf(buf, cap, "%.0f", x);
    size_t w = 0;
    if (signbit(x))
        buf[w++] = '-';
    if (x == 0)
        return w + (size_t)snprintf(buf + w, cap - w, "0.0");
    char d[20];
    int e, n = shortest_digits(fabs(x), d, &e);
    if (e < -4 || e >= 16) { /* d[.ddd]e±XX, as Python's repr */
        buf[w++] = d[0];
        if (n > 1) {
            buf[w++] = '.';
            memcpy(buf + w, d + 1, (size_t)n - 1);
            w += (size_t)n - 1;
        }
        return w + (size_t)snprintf(buf + w, cap - w, "e%c%02d", e < 0 ? '-' : '+', abs(e));
    }
    if (e < 0) { /* 0.000ddd */
        buf[w++] = '0';
        buf[w++] = '.';
        for (int k = 0; k < -e - 1; k++)
            buf[w++] = '0';
        memcpy(buf + w, d, (size_t)n);
        w += (size_t)n;
    } else { /* the integer part, padded with zeros, then the fraction or ".0" */
        for (int k = 0; k <= e; k++)
            buf[w++] = k < n ? d[k] : '0';
        buf[w++] = '.';
        if (n > e + 1) {
            memcpy(buf + w, d + e + 1, (size_t)(n - e - 1));
            w += (size_t)(n - e - 1);
        } else {
            buf[w++] = '0';
        }
    }
    buf[w] = '\0';
    return w;
}

/* ------------------------------------------------------------ fields */

int ct_csv_needs_quotes(const char *s, size_t n, char delimiter)
{
    if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        return 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return 1;
    }
    return 0;
}

ct_status ct_csv_writer_open(FILE *fp, const char *name, const ct_csv_write_options *opt,
                             ct_csv_writer **out, ct_diag *diag)
{
    *out = NULL;
    ct_csv_write_options def = ct_csv_write_options_default();
    if (!opt)
        opt = &def;
    const char *msg = ct_csv_write_options_check(opt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, name, 0, 0, "%s", msg);
    ct_csv_writer *w = ct_calloc(1, sizeof *w);
    if (!w)
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    w->fp = fp;
    w->opt = *opt;
    snprintf(w->newline, sizeof w->newline, "%s", opt->newline);
    w->opt.newline = w->newline;
    w->empty_only = 1;
    w->first = 1;
    snprintf(w->name, sizeof w->name, "%s", name ? name : "<output>");
    *out = w;
    return CT_OK;
}

/* Room for `more` bytes in the record. */
static int rec_room(ct_csv_writer *w, size_t more)
{
    if (w->len + more <= w->cap)
        return 0;
    size_t nc = w->cap ? w->cap : 256;
    while (nc < w->len + more)
        nc *= 2;
    char *r = ct_realloc(w->rec, nc);
    if (!r) {
        if (!w->error)
            w->error = CT_ENOMEM;
        return -1;
    }
    w->rec = r;
    w->cap = nc;
    return 0;
}

/* The delimiter before every field but the first. */
static ct_status field_begin(ct_csv_writer *w, size_t more)
{
    if (w->error)
        return w->error;
    if (rec_room(w, more + 1))
        return CT_ENOMEM;
    if (w->nfields++)
        w->rec[w->len++] = w->opt.delimiter;
    return CT_OK;
}

ct_status ct_csv_write_field(ct_csv_writer *w, const char *s, size_t n)
{
    int bom = w->first && w->nfields == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
    if (!bom && !ct_csv_needs_quotes(s, n, w->opt.delimiter)) {
        ct_status st = field_begin(w, n);
        if (st)
            return st;
        memcpy(w->rec + w->len, s, n);
        w->len += n;
        w->empty_only &= n == 0;
        return CT_OK;
    }
    size_t quotes = 0;
    for (size_t i = 0; i < n; i++)
        quotes += s[i] == '"';
    ct_status st = field_begin(w, n + quotes + 2);
    if (st)
        return st;
    char *o = w->rec + w->len;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) { /* RFC 4180: a quote inside is doubled */
        if (s[i] == '"')
            *o++ = '"';
        *o++ = s[i];
    }
    *o++ = '"';
    w->len = (size_t)(o - w->rec);
    w->empty_only = 0;
    return CT_OK;
}

ct_status ct_csv_write_num(ct_csv_writer *w, double x, ct_csv_num_style style)
{
    char buf[CT_CSV_NUM_MAX];
    size_t n = ct_csv_format_num(buf, x, style);
    ct_status st = field_begin(w, n);
    if (st)
        return st;
    memcpy(w->rec + w->len, buf, n);
    w->len += n;
    w->empty_only &= n == 0;
    return CT_OK;
}

ct_status ct_csv_write_missing(ct_csv_writer *w) { return field_begin(w, 0); }

ct_status ct_csv_write_end_record(ct_csv_writer *w)
{
    if (w->error)
        return w->error;
    size_t nl = strlen(w->newline);
    if (rec_room(w, nl + 2))
        return CT_ENOMEM;
    if (w->nfields == 1 && w->empty_only) { /* not a blank line: "" */
        w->rec[w->len++] = '"';
        w->rec[w->len++] = '"';
    }
    memcpy(w->rec + w->len, w->newline, nl);
    w->len += nl;
    errno = 0;
    if (fwrite(w->rec, 1, w->len, w->fp) != w->len) {
        w->error = CT_EIO;
        w->err_no = errno;
    }
    w->len = 0;
    w->nfields = 0;
    w->empty_only = 1;
    w->first = 0;
    return w->error;
}

ct_status ct_csv_writer_close(ct_csv_writer *w, ct_diag *diag)
{
    if (!w)
        return CT_OK;
    errno = 0;
    if (fflush(w->fp) != 0 && !w->error) {
        w->error = CT_EIO;
        w->err_no = errno;
    }
    if (!w->error && ferror(w->fp)) {
        w->error = CT_EIO;
        w->err_no = errno;
    }
    ct_status st = w->error;
    if (st == CT_EIO)
        ct_diag_set(diag, st, w->name, 0, 0, "write error: %s",
                    w->err_no ? strerror(w->err_no) : "the stream reports an error");
    else if (st)
        ct_diag_set(diag, st, w->name, 0, 0, "out of memory");
    const int e = w->err_no;
    ct_free(w->rec);
    ct_free(w);
    if (st == CT_EIO && e)
        errno = e; /* the cause, for a caller that reports it (ct_atomic_fail) */
    return st;
}
