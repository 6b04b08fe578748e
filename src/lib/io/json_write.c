/* json_write.c — streaming JSON writer (see claimtriage/json.h). */
#include "claimtriage/json.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/utf8.h"

#include <math.h>
#include <inttypes.h>
#include <string.h>

#define JSON_MAX_DEPTH 64

struct ct_json {
    FILE *fp;
    int depth;
    int bad;                           /* structure error */
    int io;                            /* write error */
    int after_key;                     /* a key was written, its value comes next */
    int values;                        /* top-level values begun (one makes a document) */
    uint8_t count[JSON_MAX_DEPTH + 1]; /* 0 = no element yet at this level */
    char kind[JSON_MAX_DEPTH + 1];     /* '{' or '[' */
};

ct_json *ct_json_new(FILE *fp)
{
    ct_json *w = ct_calloc(1, sizeof *w);
    if (w)
        w->fp = fp;
    return w;
}

ct_status ct_json_finish(ct_json *w)
{
    if (!w)
        return CT_ENOMEM;
    if (!w->io && w->depth == 0 && !w->bad)
        fputc('\n', w->fp);
    if (fflush(w->fp) != 0 || ferror(w->fp))
        w->io = 1;
    ct_status s = w->io ? CT_EIO : (w->bad || w->depth || w->values != 1) ? CT_EINTERNAL : CT_OK;
    ct_free(w);
    return s;
}

static void put(ct_json *w, const char *s)
{
    if (!w->io && fputs(s, w->fp) < 0)
        w->io = 1;
}

static void indent(ct_json *w)
{
    put(w, "\n");
    for (int i = 0; i < w->depth; i++)
        put(w, "  ");
}

/* Separator and indentation before a value (or key). */
static void before_value(ct_json *w)
{
    if (w->depth == 0 && w->values++ > 0)
        w->bad = 1; /* a second top-level value: "12" is no JSON document */
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        if (w->count[w->depth])
            put(w, ",");
        indent(w);
        w->count[w->depth] = 1;
    }
}

/* Before a value (not a key): inside an object a key must come first.
 * Before 2026-12-04 "{ 1 }" was written and finish returned CT_OK
 * (tests/unit/test_json_read.c, test_writer_one_value). */
static void value_start(ct_json *w)
{
    if (w->depth > 0 && w->kind[w->depth] == '{' && !w->after_key)
        w->bad = 1;
    before_value(w);
}

static void open_(ct_json *w, char k)
{
    value_start(w);
    if (w->depth >= JSON_MAX_DEPTH) {
        w->bad = 1;
        return;
    }
    put(w, k == '{' ? "{" : "[");
    w->depth++;
    w->count[w->depth] = 0;
    w->kind[w->depth] = k;
}

static void close_(ct_json *w, char k)
{
    if (w->depth == 0 || w->kind[w->depth] != k || w->after_key) {
        w->bad = 1; /* unbalanced, or a key without its value */
        return;
    }
    int had = w->count[w->depth];
    w->depth--;
    if (had)
        indent(w);
    put(w, k == '{' ? "}" : "]");
}

void ct_json_object_begin(ct_json *w) { open_(w, '{'); }
void ct_json_object_end(ct_json *w) { close_(w, '{'); }
void ct_json_array_begin(ct_json *w) { open_(w, '['); }
void ct_json_array_end(ct_json *w) { close_(w, '['); }

int ct_json_write_string(FILE *fp, const char *s, size_t n)
{
    if (fputc('"', fp) == EOF)
        return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int rc;
        switch (c) {
        case '"': rc = fputs("\\\"", fp); break;
        case '\\': rc = fputs("\\\\", fp); break;
        case '\n': rc = fputs("\\n", fp); break;
        case '\r': rc = fputs("\\r", fp); break;
        case '\t': rc = fputs("\\t", fp); break;
        default:
            if (c < 0x20 || c == 0x7f)
                rc = fprintf(fp, "\\u%04x", c);
            else if (c < 0x80)
                rc = fputc(c, fp) == EOF ? -1 : 0;
            else {
                /* a valid UTF-8 sequence as is; a byte that starts none as
                 * U+FFFD, as RFC 8259 needs UTF-8 and the reader refuses
                 * anything else (before 2026-12-04 written raw: "caf\xe9"
                 * made a file ct_json_parse refused; tests/unit/test_json_read.c,
                 * test_writer_invalid_utf8) */
                uint32_t cp;
                const int k = ct_utf8_decode(s + i, n - i, &cp);
                if (k > 0) {
                    rc = fwrite(s + i, 1, (size_t)k, fp) == (size_t)k ? 0 : -1;
                    i += (size_t)k - 1;
                } else
                    rc = fputs("\xEF\xBF\xBD", fp);
            }
        }
        if (rc < 0)
            return -1;
    }
    return fputc('"', fp) == EOF ? -1 : 0;
}

void ct_json_key(ct_json *w, const char *key)
{
    if (w->depth == 0 || w->kind[w->depth] != '{' || w->after_key) {
        w->bad = 1;
        return;
    }
    before_value(w);
    if (!w->io && ct_json_write_string(w->fp, key, strlen(key)) < 0)
        w->io = 1;
    put(w, ": ");
    w->after_key = 1;
}

void ct_json_strn(ct_json *w, const char *s, size_t n)
{
    value_start(w);
    if (!s) {
        put(w, "null");
        return;
    }
    if (!w->io && ct_json_write_string(w->fp, s, n) < 0)
        w->io = 1;
}

void ct_json_str(ct_json *w, const char *s) { ct_json_strn(w, s, s ? strlen(s) : 0); }

void ct_json_num(ct_json *w, double x)
{
    value_start(w);
    if (!isfinite(x)) {
        put(w, "null");
        return;
    }
    char buf[CT_NUMFMT_SHORTEST_MAX];
    if (x == 0)
        x = 0; /* no "-0" */
    /* the fewest digits that read back to x: 0.1, not %.17g's
     * 0.10000000000000001 (before 2026-12-03; tests/unit/test_json_read.c) */
    ct_numfmt_shortest(buf, sizeof buf, x);
    put(w, buf);
}

void ct_json_int(ct_json *w, int64_t x)
{
    value_start(w);
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, x);
    put(w, buf);
}

void ct_json_uint(ct_json *w, uint64_t x)
{
    /* above INT64_MAX the reader's integers (int64) cannot hold it: the
     * nearest double, with an exponent, so it reads back as a number
     * (before 2026-12-04 "9223372036854775808", which it refused) */
    if (x > (uint64_t)INT64_MAX) {
        ct_json_num(w, (double)x);
        return;
    }
    value_start(w);
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRIu64, x);
    put(w, buf);
}

void ct_json_bool(ct_json *w, int b)
{
    value_start(w);
    put(w, b ? "true" : "false");
}

void ct_json_null(ct_json *w)
{
    value_start(w);
    put(w, "null");
}
