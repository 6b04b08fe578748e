/* json_read.c — a strict, non-recursive RFC 8259 JSON parser building an
 * immutable tree (see the reader section of claimtriage/json.h).
 *
 * Algorithm: one left-to-right pass driven by a small state machine
 * (expect value / first item / first key / key / colon / comma-or-close)
 * with an explicit stack of open containers, so nesting depth costs heap,
 * never C stack. Values are appended to a node array in document order; the
 * finished children of every open container sit on a "pending" stack and
 * are moved to one shared child array when the container closes (the
 * technique of single-pass DOM builders such as sajson and yyjson). Indices,
 * not pointers, are used while arrays can still grow; one fix-up pass at the
 * end turns them into pointers, after which the document never changes.
 *
 * UTF-8 is validated with the well-formed byte sequence table of The Unicode
 * Standard, section 3.9, table 3-7 (no overlongs, no surrogates, <= U+10FFFF).
 * Numbers are checked against the RFC 8259 section 6 grammar, then converted
 * correctly rounded by ct_parse_number (Clinger's fast path, strtod else).
 */
#include "claimtriage/json.h"
#include "base/parse.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSON_DEFAULT_MAX_BYTES ((size_t)64 << 20)
#define JSON_DEFAULT_MAX_DEPTH 256
#define JSON_DEPTH_CEILING 100000
#define JSON_KEY_SHOWN 40 /* bytes of a duplicate key quoted in messages */

struct ct_json_value {
    unsigned char type;    /* ct_json_type */
    unsigned char boolean; /* for CT_JSON_BOOL */
    size_t n;              /* string/number text bytes; array elements; object members */
    size_t pos;            /* byte offset in the input */
    double num;
    union {
        size_t off;                 /* while parsing: arena or child offset */
        const char *s;              /* string or number text */
        const ct_json_value **kids; /* array: n items; object: 2n (key, value) */
    } u;
};

struct ct_json_doc {
    ct_json_value *nodes;
    size_t nnodes;
    char *arena;
    const ct_json_value **kids;
};

typedef struct frame {
    size_t node;       /* the container's node index */
    size_t pend_start; /* its first child on the pending stack */
} frame;

typedef struct parser {
    const unsigned char *start, *p, *end;
    const char *name;
    ct_json_read_options opt;
    ct_diag *d;
    ct_json_value *nodes;
    size_t nn, capn;
    char *arena;
    size_t na, capa;
    size_t *kids;
    size_t nk, capk;
    size_t *pend;
    size_t np, capp;
    frame *stack;
    size_t depth, caps;
} parser;

ct_json_read_options ct_json_read_options_default(void)
{
    ct_json_read_options o;
    o.max_bytes = JSON_DEFAULT_MAX_BYTES;
    o.max_depth = JSON_DEFAULT_MAX_DEPTH;
    o.allow_duplicate_keys = 0;
    return o;
}

const char *ct_json_read_options_check(const ct_json_read_options *opt)
{
    if (!opt)
        return "options are NULL";
    if (opt->max_bytes == 0)
        return "max_bytes must be at least 1";
    if (opt->max_depth < 1 || opt->max_depth > JSON_DEPTH_CEILING)
        return "max_depth must be between 1 and 100000";
    return NULL;
}

/* ------------------------------------------------------------ errors */

/* Line and column (in characters: UTF-8 lead bytes) of byte offset pos. */
static void locate(const unsigned char *s, size_t pos, long *line, long *col)
{
    long l = 1, c = 1;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '\n') {
            l++;
            c = 1;
        } else if ((s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static ct_status fail_at(parser *ps, const unsigned char *at, ct_status s, const char *fmt, ...)
    CT_PRINTF(4, 5);
static ct_status fail_at(parser *ps, const unsigned char *at, ct_status s, const char *fmt, ...)
{
    if (!ps->d)
        return s;
    char msg[CT_DIAG_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    long line = 0, col = 0;
    if (at)
        locate(ps->start, (size_t)(at - ps->start), &line, &col);
    return ct_diag_set(ps->d, s, ps->name, line, col, "%s", msg);
}

static ct_status oom(parser *ps) { return fail_at(ps, NULL, CT_ENOMEM, "out of memory"); }

/* Describe the byte at p for a message: 'x', or 0xNN when not printable. */
static void show_byte(char *buf, size_t n, const unsigned char *p)
{
    if (*p >= 0x21 && *p < 0x7F)
        snprintf(buf, n, "'%c'", *p);
    else
        snprintf(buf, n, "byte 0x%02X", *p);
}

/* ------------------------------------------------------------ growth */

/* Make room for `more` elements of `size` bytes in *buf (capacity *cap,
 * used *len); doubling growth. Returns 0 or -1 on overflow/out of memory. */
static int reserve(void **buf, size_t *cap, size_t len, size_t more, size_t size)
{
    if (more <= *cap - len)
        return 0;
    if (more > SIZE_MAX / size - len)
        return -1;
    size_t need = len + more, nc = *cap ? *cap : 16;
    while (nc < need)
        nc = nc > SIZE_MAX / 2 / size ? need : nc * 2;
    void *b = ct_realloc(*buf, nc * size);
    if (!b)
        return -1;
    *buf = b;
    *cap = nc;
    return 0;
}

static ct_status new_node(parser *ps, ct_json_type t, const unsigned char *at, size_t *idx)
{
    if (reserve((void **)&ps->nodes, &ps->capn, ps->nn, 1, sizeof *ps->nodes) ||
        reserve((void **)&ps->pend, &ps->capp, ps->np, 1, sizeof *ps->pend))
        return oom(ps);
    ct_json_value *v = &ps->nodes[ps->nn];
    memset(v, 0, sizeof *v);
    v->type = (unsigned char)t;
    v->pos = (size_t)(at - ps->start);
    *idx = ps->nn;
    ps->pend[ps->np++] = ps->nn++;
    return CT_OK;
}

static int arena_put(parser *ps, const void *src, size_t n)
{
    if (reserve((void **)&ps->arena, &ps->capa, ps->na, n, 1))
        return -1;
    /* cppcheck-suppress uninitvar ; callers pass n initialised bytes */
    memcpy(ps->arena + ps->na, src, n);
    ps->na += n;
    return 0;
}

/* ------------------------------------------------------------ strings */

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at p (bounds checked); -1 when malformed. */
static long hex4(const unsigned char *p, const unsigned char *end)
{
    if (end - p < 4)
        return -1;
    long v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

static size_t utf8_encode(unsigned char *out, unsigned long cp)
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the well-formed UTF-8 sequence at p (Unicode table 3-7), or 0;
 * *bad is set to the first offending byte. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end, const unsigned char **bad)
{
    unsigned char b = p[0], lo = 0x80, hi = 0xBF;
    size_t n;
    if (b >= 0xC2 && b <= 0xDF)
        n = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        *bad = p;
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if (p + i >= end) {
            *bad = p + i;
            return 0;
        }
        unsigned char c = p[i];
        unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (c < l || c > h) {
            *bad = p + i;
            return 0;
        }
    }
    return n;
}

/* Parse the string whose opening quote is at ps->p into the arena (decoded,
 * NUL-terminated); *off and *len locate it. Leaves ps->p after the quote. */
static ct_status parse_string(parser *ps, size_t *off, size_t *len)
{
    const unsigned char *open = ps->p, *p = ps->p + 1, *end = ps->end;
    *off = ps->na;
    for (;;) {
        const unsigned char *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            p++;
        if (p > run && arena_put(ps, run, (size_t)(p - run)))
            return oom(ps);
        if (p == end)
            return fail_at(ps, open, CT_EDATA, "unterminated string");
        unsigned char c = *p;
        if (c == '"') {
            p++;
            break;
        }
        if (c < 0x20)
            return fail_at(ps, p, CT_EDATA,
                           "control character U+%04X in a string (write it as an escape)", c);
        if (c >= 0x80) {
            const unsigned char *bad = p;
            size_t n = utf8_seq(p, end, &bad);
            if (n == 0) {
                if (bad >= end)
                    return fail_at(ps, p, CT_EDATA, "truncated UTF-8 sequence in a string");
                return fail_at(ps, bad, CT_EDATA, "invalid UTF-8 byte 0x%02X in a string", *bad);
            }
            if (arena_put(ps, p, n))
                return oom(ps);
            p += n;
            continue;
        }
        /* backslash escape (RFC 8259 section 7) */
        const unsigned char *esc = p++;
        if (p == end)
            return fail_at(ps, open, CT_EDATA, "unterminated string");
        char out = 0;
        switch (*p) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u': break;
        default: {
            char what[16];
            show_byte(what, sizeof what, p);
            return fail_at(ps, esc, CT_EDATA, "invalid escape: backslash followed by %s", what);
        }
        }
        if (*p != 'u') {
            if (arena_put(ps, &out, 1))
                return oom(ps);
            p++;
            continue;
        }
        long cp = hex4(p + 1, end);
        if (cp < 0)
            return fail_at(ps, esc, CT_EDATA, "invalid \\u escape: expected four hex digits");
        p += 5;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail_at(ps, esc, CT_EDATA, "lone low surrogate \\u%04lX", (unsigned long)cp);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            /* UTF-16 surrogate pair: high \uD800-DBFF then low \uDC00-DFFF */
            long lo = (end - p >= 2 && p[0] == '\\' && p[1] == 'u') ? hex4(p + 2, end) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return fail_at(ps, esc, CT_EDATA,
                               "high surrogate \\u%04lX not followed by a low surrogate",
                               (unsigned long)cp);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        }
        unsigned char buf[4];
        if (arena_put(ps, buf, utf8_encode(buf, (unsigned long)cp)))
            return oom(ps);
    }
    *len = ps->na - *off;
    if (arena_put(ps, "", 1))
        return oom(ps);
    ps->p = p;
    return CT_OK;
}

/* ------------------------------------------------------------ scalars */

static int is_digit(const unsigned char *p, const unsigned char *end)
{
    return p < end && *p >= '0' && *p <= '9';
}

/* RFC 8259 section 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static ct_status parse_number(parser *ps)
{
    const unsigned char *s = ps->p, *q = s, *end = ps->end;
    if (*q == '-')
        q++;
    if (!is_digit(q, end))
        return fail_at(ps, q, CT_EDATA, "invalid number: expected a digit after '-'");
    if (*q == '0') {
        q++;
        if (is_digit(q, end))
            return fail_at(ps, s, CT_EDATA, "invalid number: leading zeros are not allowed");
    } else {
        while (is_digit(q, end))
            q++;
    }
    if (q < end && *q == '.') {
        q++;
        if (!is_digit(q, end))
            return fail_at(ps, q, CT_EDATA, "invalid number: expected a digit after '.'");
        while (is_digit(q, end))
            q++;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        if (!is_digit(q, end))
            return fail_at(ps, q, CT_EDATA, "invalid number: expected a digit in the exponent");
        while (is_digit(q, end))
            q++;
    }
    size_t idx, n = (size_t)(q - s), off = ps->na;
    ct_status st = new_node(ps, CT_JSON_NUMBER, s, &idx);
    if (st)
        return st;
    if (arena_put(ps, s, n) || arena_put(ps, "", 1))
        return oom(ps);
    double x = 0;
    int integral;
    if (ct_parse_number((const char *)s, n, &x, &integral) != 0) {
        /* long literal (>= 512 bytes): glibc strtod is correctly rounded */
        char *e;
        errno = 0;
        x = strtod(ps->arena + off, &e);
        if (e != ps->arena + off + n)
            return fail_at(ps, s, CT_EDATA, "number could not be converted");
    }
    if (!isfinite(x))
        return fail_at(ps, s, CT_EDATA, "number out of range for a double");
    ct_json_value *v = &ps->nodes[idx];
    v->num = x;
    v->n = n;
    v->u.off = off;
    ps->p = q;
    return CT_OK;
}

static ct_status parse_literal(parser *ps)
{
    static const struct {
        const char *text;
        size_t len;
        ct_json_type type;
        unsigned char b;
    } lit[] = {
        {"true", 4, CT_JSON_BOOL, 1}, {"false", 5, CT_JSON_BOOL, 0}, {"null", 4, CT_JSON_NULL, 0}};
    for (size_t i = 0; i < sizeof lit / sizeof lit[0]; i++) {
        if ((size_t)(ps->end - ps->p) >= lit[i].len &&
            memcmp(ps->p, lit[i].text, lit[i].len) == 0) {
            size_t idx;
            ct_status st = new_node(ps, lit[i].type, ps->p, &idx);
            if (st)
                return st;
            ps->nodes[idx].boolean = lit[i].b;
            ps->p += lit[i].len;
            return CT_OK;
        }
    }
    return fail_at(ps, ps->p, CT_EDATA, "invalid literal (expected true, false or null)");
}

/* ------------------------------------------------------------ structure */

enum expect { EXP_VALUE, EXP_FIRST_ITEM, EXP_FIRST_KEY, EXP_KEY, EXP_COLON, EXP_NEXT };

static ct_status open_container(parser *ps, ct_json_type t)
{
    if (ps->depth >= (size_t)ps->opt.max_depth)
        return fail_at(ps, ps->p, CT_EDATA, "nesting deeper than %d levels", ps->opt.max_depth);
    if (reserve((void **)&ps->stack, &ps->caps, ps->depth, 1, sizeof *ps->stack))
        return oom(ps);
    size_t idx;
    ct_status st = new_node(ps, t, ps->p, &idx);
    if (st)
        return st;
    ps->stack[ps->depth].node = idx;
    ps->stack[ps->depth].pend_start = ps->np;
    ps->depth++;
    ps->p++;
    return CT_OK;
}

static ct_status close_container(parser *ps)
{
    frame f = ps->stack[--ps->depth];
    size_t count = ps->np - f.pend_start;
    if (reserve((void **)&ps->kids, &ps->capk, ps->nk, count, sizeof *ps->kids))
        return oom(ps);
    if (count)
        memcpy(ps->kids + ps->nk, ps->pend + f.pend_start, count * sizeof *ps->kids);
    ct_json_value *v = &ps->nodes[f.node];
    v->u.off = ps->nk;
    v->n = v->type == CT_JSON_OBJECT ? count / 2 : count;
    ps->nk += count;
    ps->np = f.pend_start;
    ps->p++;
    return CT_OK;
}

static ct_status parse_value(parser *ps, enum expect *state)
{
    unsigned char c = *ps->p;
    ct_status st;
    if (c == '{' || c == '[') {
        st = open_container(ps, c == '{' ? CT_JSON_OBJECT : CT_JSON_ARRAY);
        *state = c == '{' ? EXP_FIRST_KEY : EXP_FIRST_ITEM;
        return st;
    }
    *state = EXP_NEXT;
    if (c == '"') {
        size_t idx, off, len;
        if ((st = new_node(ps, CT_JSON_STRING, ps->p, &idx)) != CT_OK ||
            (st = parse_string(ps, &off, &len)) != CT_OK)
            return st;
        ps->nodes[idx].u.off = off;
        ps->nodes[idx].n = len;
        return CT_OK;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parse_number(ps);
    if (c == 't' || c == 'f' || c == 'n')
        return parse_literal(ps);
    char what[16];
    show_byte(what, sizeof what, ps->p);
    return fail_at(ps, ps->p, CT_EDATA, "unexpected %s, expected a value", what);
}

static const char *expected_text(enum expect e, int in_object)
{
    switch (e) {
    case EXP_VALUE: return "a value";
    case EXP_FIRST_ITEM: return "a value or ']'";
    case EXP_FIRST_KEY: return "a string key or '}'";
    case EXP_KEY: return "a string key";
    case EXP_COLON: return "':'";
    case EXP_NEXT: return in_object ? "',' or '}'" : "',' or ']'";
    }
    return "a value";
}

static ct_status run(parser *ps)
{
    enum expect state = EXP_VALUE;
    /* RFC 8259 section 8.1: a parser MAY ignore a leading byte order mark */
    if (ps->end - ps->p >= 3 && ps->p[0] == 0xEF && ps->p[1] == 0xBB && ps->p[2] == 0xBF)
        ps->p += 3;
    for (;;) {
        while (ps->p < ps->end &&
               (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
            ps->p++;
        int in_object =
            ps->depth && ps->nodes[ps->stack[ps->depth - 1].node].type == CT_JSON_OBJECT;
        if (ps->p == ps->end) {
            if (ps->depth == 0 && state == EXP_NEXT)
                return CT_OK;
            if (ps->nn == 0)
                return fail_at(ps, ps->p, CT_EEMPTY, "empty input: no JSON value");
            return fail_at(ps, ps->p, CT_EDATA, "unexpected end of input, expected %s",
                           expected_text(state, in_object));
        }
        unsigned char c = *ps->p;
        ct_status st = CT_OK;
        char what[16];
        switch (state) {
        case EXP_FIRST_ITEM:
            if (c == ']') {
                st = close_container(ps);
                state = EXP_NEXT;
                break;
            }
            st = parse_value(ps, &state);
            break;
        case EXP_VALUE: st = parse_value(ps, &state); break;
        case EXP_FIRST_KEY:
        case EXP_KEY:
            if (c == '}' && state == EXP_FIRST_KEY) {
                st = close_container(ps);
                state = EXP_NEXT;
            } else if (c == '"') {
                size_t idx, off, len;
                if ((st = new_node(ps, CT_JSON_STRING, ps->p, &idx)) == CT_OK &&
                    (st = parse_string(ps, &off, &len)) == CT_OK) {
                    ps->nodes[idx].u.off = off;
                    ps->nodes[idx].n = len;
                }
                state = EXP_COLON;
            } else {
                show_byte(what, sizeof what, ps->p);
                st = fail_at(ps, ps->p, CT_EDATA, "unexpected %s, expected %s", what,
                             expected_text(state, 1));
            }
            break;
        case EXP_COLON:
            if (c != ':') {
                show_byte(what, sizeof what, ps->p);
                return fail_at(ps, ps->p, CT_EDATA, "unexpected %s, expected ':' after a key",
                               what);
            }
            ps->p++;
            state = EXP_VALUE;
            break;
        case EXP_NEXT:
            if (ps->depth == 0) {
                show_byte(what, sizeof what, ps->p);
                return fail_at(ps, ps->p, CT_EDATA, "unexpected %s after the JSON value", what);
            }
            if (c == ',') {
                ps->p++;
                state = in_object ? EXP_KEY : EXP_VALUE;
            } else if (c == (in_object ? '}' : ']')) {
                st = close_container(ps);
            } else {
                show_byte(what, sizeof what, ps->p);
                st = fail_at(ps, ps->p, CT_EDATA, "unexpected %s, expected %s", what,
                             expected_text(state, in_object));
            }
            break;
        }
        if (st)
            return st;
    }
}

/* ------------------------------------------------------------ finish */

static int key_cmp(const void *a, const void *b)
{
    const ct_json_value *x = *(const ct_json_value *const *)a,
                        *y = *(const ct_json_value *const *)b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = n ? memcmp(x->u.s, y->u.s, n) : 0;
    if (c)
        return c;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Reject repeated keys: sort each object's keys (by bytes, then position)
 * and compare neighbours, O(n log n) per object. */
static ct_status check_duplicates(parser *ps, ct_json_doc *doc)
{
    const ct_json_value **tmp = NULL;
    size_t cap = 0;
    ct_status st = CT_OK;
    for (size_t i = 0; i < doc->nnodes && !st; i++) {
        const ct_json_value *o = &doc->nodes[i];
        if (o->type != CT_JSON_OBJECT || o->n < 2)
            continue;
        if (reserve((void **)&tmp, &cap, 0, o->n, sizeof *tmp)) {
            st = oom(ps);
            break;
        }
        for (size_t k = 0; k < o->n; k++)
            tmp[k] = o->u.kids[2 * k];
        qsort(tmp, o->n, sizeof *tmp, key_cmp);
        for (size_t k = 1; k < o->n; k++) {
            if (tmp[k]->n == tmp[k - 1]->n &&
                memcmp(tmp[k]->u.s, tmp[k - 1]->u.s, tmp[k]->n) == 0) {
                int shown = tmp[k]->n > JSON_KEY_SHOWN ? JSON_KEY_SHOWN : (int)tmp[k]->n;
                st = fail_at(ps, ps->start + tmp[k]->pos, CT_EDATA, "duplicate key \"%.*s%s\"",
                             shown, tmp[k]->u.s, (size_t)shown < tmp[k]->n ? "..." : "");
                break;
            }
        }
    }
    ct_free(tmp);
    return st;
}

/* Turn offsets into pointers; the document is immutable afterwards. */
static ct_status fix_up(parser *ps, ct_json_doc *doc)
{
    doc->kids = ps->nk ? ct_malloc(ps->nk * sizeof *doc->kids) : NULL;
    if (ps->nk && !doc->kids)
        return oom(ps);
    for (size_t i = 0; i < ps->nk; i++)
        doc->kids[i] = &ps->nodes[ps->kids[i]];
    for (size_t i = 0; i < ps->nn; i++) {
        ct_json_value *v = &ps->nodes[i];
        if (v->type == CT_JSON_STRING || v->type == CT_JSON_NUMBER)
            v->u.s = ps->arena + v->u.off;
        else if (v->type == CT_JSON_ARRAY || v->type == CT_JSON_OBJECT)
            v->u.kids = v->n ? doc->kids + v->u.off : NULL;
    }
    doc->nodes = ps->nodes;
    doc->nnodes = ps->nn;
    doc->arena = ps->arena;
    ps->nodes = NULL;
    ps->arena = NULL;
    return CT_OK;
}

ct_status ct_json_parse(const char *text, size_t len, const char *name,
                        const ct_json_read_options *opt, ct_json_doc **out, ct_diag *d)
{
    if (out)
        *out = NULL;
    ct_json_read_options o = opt ? *opt : ct_json_read_options_default();
    const char *why = ct_json_read_options_check(&o);
    if (!name)
        name = "<json>";
    if (!out || (!text && len))
        return ct_diag_set(d, CT_EINVAL, name, 0, 0, "ct_json_parse: NULL argument");
    if (why)
        return ct_diag_set(d, CT_EINVAL, name, 0, 0, "invalid JSON reader options: %s", why);
    if (len > o.max_bytes)
        return ct_diag_set(d, CT_EDATA, name, 0, 0,
                           "input is %zu bytes, more than the limit of %zu", len, o.max_bytes);
    static const unsigned char none[1] = {0};
    parser ps;
    memset(&ps, 0, sizeof ps);
    ps.start = ps.p = text ? (const unsigned char *)text : none;
    ps.end = ps.start + len;
    ps.name = name;
    ps.opt = o;
    ps.d = d;
    ct_json_doc *doc = ct_calloc(1, sizeof *doc);
    ct_status st = doc ? run(&ps) : oom(&ps);
    if (!st)
        st = fix_up(&ps, doc);
    if (!st && !o.allow_duplicate_keys)
        st = check_duplicates(&ps, doc);
    ct_free(ps.nodes);
    ct_free(ps.arena);
    ct_free(ps.kids);
    ct_free(ps.pend);
    ct_free(ps.stack);
    if (st) {
        ct_json_doc_free(doc);
        return st;
    }
    *out = doc;
    return CT_OK;
}

ct_status ct_json_parse_file(const char *path, const ct_json_read_options *opt, ct_json_doc **out,
                             ct_diag *d)
{
    if (out)
        *out = NULL;
    if (!path || !out)
        return ct_diag_set(d, CT_EINVAL, path, 0, 0, "ct_json_parse_file: NULL argument");
    ct_json_read_options o = opt ? *opt : ct_json_read_options_default();
    const char *why = ct_json_read_options_check(&o);
    if (why)
        return ct_diag_set(d, CT_EINVAL, path, 0, 0, "invalid JSON reader options: %s", why);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ct_diag_set(d, CT_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    char *buf = NULL;
    size_t len = 0, cap = 0;
    ct_status st = CT_OK;
    for (;;) {
        if (reserve((void **)&buf, &cap, len, 65536, 1)) {
            st = ct_diag_set(d, CT_ENOMEM, path, 0, 0, "out of memory");
            break;
        }
        size_t got = fread(buf + len, 1, cap - len, fp);
        len += got;
        if (len > o.max_bytes) {
            st = ct_diag_set(d, CT_EDATA, path, 0, 0, "file is larger than the limit of %zu bytes",
                             o.max_bytes);
            break;
        }
        if (got == 0) {
            if (ferror(fp))
                st = ct_diag_set(d, CT_EIO, path, 0, 0, "read error: %s", strerror(errno));
            break;
        }
    }
    fclose(fp);
    if (!st)
        st = ct_json_parse(buf, len, path, &o, out, d);
    ct_free(buf);
    return st;
}

void ct_json_doc_free(ct_json_doc *doc)
{
    if (!doc)
        return;
    ct_free(doc->nodes);
    ct_free(doc->arena);
    ct_free(doc->kids);
    ct_free(doc);
}

/* ------------------------------------------------------------ access */

const ct_json_value *ct_json_doc_root(const ct_json_doc *doc)
{
    return doc && doc->nnodes ? &doc->nodes[0] : NULL;
}

ct_json_type ct_json_type_of(const ct_json_value *v)
{
    return v ? (ct_json_type)v->type : CT_JSON_NONE;
}

const char *ct_json_type_name(ct_json_type t)
{
    switch (t) {
    case CT_JSON_NONE: return "none";
    case CT_JSON_NULL: return "null";
    case CT_JSON_BOOL: return "boolean";
    case CT_JSON_NUMBER: return "number";
    case CT_JSON_STRING: return "string";
    case CT_JSON_ARRAY: return "array";
    case CT_JSON_OBJECT: return "object";
    }
    return "none";
}

int ct_json_bool_value(const ct_json_value *v)
{
    return v && v->type == CT_JSON_BOOL && v->boolean;
}

double ct_json_number(const ct_json_value *v)
{
    return v && v->type == CT_JSON_NUMBER ? v->num : NAN;
}

ct_status ct_json_int64(const ct_json_value *v, int64_t *out)
{
    if (!v || v->type != CT_JSON_NUMBER || !out)
        return CT_ETYPE;
    if (!strpbrk(v->u.s, ".eE")) {
        /* plain integer literal: exact, whatever its size */
        char *e;
        errno = 0;
        long long x = strtoll(v->u.s, &e, 10);
        if (errno == ERANGE || *e)
            return CT_ETYPE;
        *out = (int64_t)x;
        return CT_OK;
    }
    /* 2^63 is exactly representable; the range is [-2^63, 2^63) */
    const double lim = 9223372036854775808.0;
    if (v->num != floor(v->num) || v->num < -lim || v->num >= lim)
        return CT_ETYPE;
    *out = (int64_t)v->num;
    return CT_OK;
}

const char *ct_json_string(const ct_json_value *v, size_t *len)
{
    if (!v || v->type != CT_JSON_STRING)
        return NULL;
    if (len)
        *len = v->n;
    return v->u.s;
}

const char *ct_json_number_text(const ct_json_value *v, size_t *len)
{
    if (!v || v->type != CT_JSON_NUMBER)
        return NULL;
    if (len)
        *len = v->n;
    return v->u.s;
}

size_t ct_json_size(const ct_json_value *v)
{
    return v && (v->type == CT_JSON_ARRAY || v->type == CT_JSON_OBJECT) ? v->n : 0;
}

const ct_json_value *ct_json_at(const ct_json_value *v, size_t i)
{
    if (!v || i >= ct_json_size(v))
        return NULL;
    return v->type == CT_JSON_ARRAY ? v->u.kids[i] : v->u.kids[2 * i + 1];
}

const char *ct_json_key_at(const ct_json_value *v, size_t i, size_t *len)
{
    if (!v || v->type != CT_JSON_OBJECT || i >= v->n)
        return NULL;
    return ct_json_string(v->u.kids[2 * i], len);
}

const ct_json_value *ct_json_get(const ct_json_value *v, const char *key)
{
    if (!v || v->type != CT_JSON_OBJECT || !key)
        return NULL;
    size_t n = strlen(key);
    for (size_t i = 0; i < v->n; i++) {
        const ct_json_value *k = v->u.kids[2 * i];
        if (k->n == n && memcmp(k->u.s, key, n) == 0)
            return v->u.kids[2 * i + 1];
    }
    return NULL;
}

size_t ct_json_offset(const ct_json_value *v) { return v ? v->pos : 0; }
