/* json_read.c — the JSON reader on jansson: options, the strict parse, and
 * an immutable index over jansson's tree (see the reader section of
 * claimtriage/json.h; errors are put in words by io/json_error.c).
 *
 * Parsing is jansson's json_loadb() with JSON_REJECT_DUPLICATES,
 * JSON_DECODE_ANY and JSON_ALLOW_NUL. Two things are checked before jansson
 * sees the text (ct_json_scan_cut): NUL bytes, which jansson's buffer reader
 * can take for the end of the input ("1\0" would parse), and the depth
 * limit, which jansson only has as a compile-time ceiling of its recursive
 * parser. jansson is then handed the text up to the first such place, so it
 * reports any error that comes earlier and never recurses past max_depth.
 *
 * The index: one ct_json_value per value, laid out breadth first so that the
 * children of every array or object are contiguous (ct_json_at is O(1)),
 * built with the node array itself as the queue (no recursion); each object
 * of two or more members also gets its members sorted by key bytes, so
 * ct_json_get is a binary search.
 */
#include "claimtriage/json.h"
#include "io/json_error.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <threads.h>

#if JANSSON_VERSION_HEX < 0x020e00
#error "jansson 2.14 or later is needed (json_error_code, json_object_iter_key_len)"
#endif

#define JSON_DEFAULT_MAX_BYTES ((size_t)64 << 20)
#define JSON_DEFAULT_MAX_DEPTH 256
#define JSON_READ_CHUNK 65536

struct ct_json_value {
    json_t *j;       /* jansson's value, owned through the document's root */
    const char *key; /* a member of an object: its key (jansson's copy); else NULL */
    size_t key_len;
    size_t n; /* elements of an array, members of an object */
    union {
        size_t first;              /* while building: index of the first child */
        const ct_json_value *kids; /* then: the n children, in document order */
    } u;
    const ct_json_value **by_key; /* object of n >= 2: its members sorted by key */
    unsigned char type;           /* ct_json_type */
};

struct ct_json_doc {
    json_t *root;
    ct_json_value *nodes;
    const ct_json_value **sorted; /* storage of every object's by_key */
};

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
    if (opt->max_depth < 1 || opt->max_depth > CT_JSON_DEPTH_CEILING)
        return "max_depth must be between 1 and 2047 (the ceiling of jansson's parser)";
    return NULL;
}

/* ------------------------------------------------------------ allocation */

/* Set by a failed allocation inside jansson during this thread's parse:
 * jansson does not always say that memory ran out (a failed string copy
 * becomes an "invalid token"), so the reader asks this instead. */
static _Thread_local int jansson_oom;
static once_flag alloc_once = ONCE_FLAG_INIT;

static void *jansson_malloc(size_t n)
{
    void *p = ct_malloc(n);
    if (!p)
        jansson_oom = 1;
    return p;
}

static void jansson_free(void *p) { ct_free(p); }

/* Route jansson's allocations through ct_malloc/ct_free, once for the
 * process (jansson keeps one allocator pair for the whole process); a pair
 * a host program installed before is left alone. */
static void install_alloc(void)
{
    json_malloc_t m;
    json_free_t f;
    json_get_alloc_funcs(&m, &f);
    if (m == malloc && f == free)
        json_set_alloc_funcs(jansson_malloc, jansson_free);
}

/* ------------------------------------------------------------ the index */

static ct_json_type type_of_jansson(const json_t *j)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: return CT_JSON_OBJECT;
    case JSON_ARRAY: return CT_JSON_ARRAY;
    case JSON_STRING: return CT_JSON_STRING;
    case JSON_INTEGER:
    case JSON_REAL: return CT_JSON_NUMBER;
    case JSON_TRUE:
    case JSON_FALSE: return CT_JSON_BOOL;
    case JSON_NULL: return CT_JSON_NULL;
    }
    return CT_JSON_NONE;
}

static void set_node(ct_json_value *v, json_t *j, const char *key, size_t key_len)
{
    memset(v, 0, sizeof *v);
    v->j = j;
    v->key = key;
    v->key_len = key_len;
    v->type = (unsigned char)type_of_jansson(j);
}

static int key_cmp_n(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

static int member_cmp(const void *x, const void *y)
{
    const ct_json_value *a = *(const ct_json_value *const *)x;
    const ct_json_value *b = *(const ct_json_value *const *)y;
    return key_cmp_n(a->key, a->key_len, b->key, b->key_len);
}

/* Breadth-first layout: nodes[i]'s children are appended when node i is
 * reached, so they are contiguous. */
static ct_status build_nodes(ct_json_doc *doc, json_t *root, size_t *count)
{
    size_t cap = 64, n = 0;
    ct_json_value *nodes = ct_malloc(cap * sizeof *nodes);
    if (!nodes)
        return CT_ENOMEM;
    set_node(&nodes[n++], root, NULL, 0);
    for (size_t i = 0; i < n; i++) {
        json_t *j = nodes[i].j;
        size_t kids = json_is_array(j)    ? json_array_size(j)
                      : json_is_object(j) ? json_object_size(j)
                                          : 0;
        nodes[i].u.first = n;
        nodes[i].n = kids;
        if (kids > cap - n) {
            size_t nc = cap;
            while (nc - n < kids)
                nc = nc > SIZE_MAX / 2 / sizeof *nodes ? SIZE_MAX / sizeof *nodes : nc * 2;
            ct_json_value *grown = nc - n >= kids ? ct_realloc(nodes, nc * sizeof *nodes) : NULL;
            if (!grown) {
                ct_free(nodes);
                return CT_ENOMEM;
            }
            nodes = grown;
            cap = nc;
        }
        if (json_is_array(j)) {
            for (size_t k = 0; k < kids; k++)
                set_node(&nodes[n++], json_array_get(j, k), NULL, 0);
        } else if (kids) {
            /* jansson iterates an object in insertion (document) order */
            for (void *it = json_object_iter(j); it; it = json_object_iter_next(j, it))
                set_node(&nodes[n++], json_object_iter_value(it), json_object_iter_key(it),
                         json_object_iter_key_len(it));
        }
    }
    for (size_t i = 0; i < n; i++)
        nodes[i].u.kids = nodes + nodes[i].u.first;
    doc->nodes = nodes;
    *count = n;
    return CT_OK;
}

static ct_status build_key_order(ct_json_doc *doc, size_t count)
{
    size_t total = 0;
    for (size_t i = 0; i < count; i++)
        if (doc->nodes[i].type == CT_JSON_OBJECT && doc->nodes[i].n >= 2)
            total += doc->nodes[i].n;
    if (!total)
        return CT_OK;
    doc->sorted = ct_malloc(total * sizeof *doc->sorted);
    if (!doc->sorted)
        return CT_ENOMEM;
    const ct_json_value **slot = doc->sorted;
    for (size_t i = 0; i < count; i++) {
        ct_json_value *o = &doc->nodes[i];
        if (o->type != CT_JSON_OBJECT || o->n < 2)
            continue;
        for (size_t k = 0; k < o->n; k++)
            slot[k] = &o->u.kids[k];
        qsort(slot, o->n, sizeof *slot, member_cmp);
        o->by_key = slot;
        slot += o->n;
    }
    return CT_OK;
}

/* ------------------------------------------------------------ parsing */

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static ct_status oom(ct_diag *d, const char *name)
{
    return ct_diag_set(d, CT_ENOMEM, name, 0, 0, "out of memory");
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
    static const char none[1] = "";
    const unsigned char *s = (const unsigned char *)(text ? text : none);
    /* RFC 8259 section 8.1: a parser MAY ignore a leading byte order mark */
    size_t base = len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0, k = base;
    while (k < len && is_ws(s[k]))
        k++;
    if (k == len)
        return ct_json_diag_empty(d, name, s, len);

    ct_json_cut cut = ct_json_scan_cut(s + base, len - base, o.max_depth);
    call_once(&alloc_once, install_alloc);
    size_t flags = JSON_DECODE_ANY | JSON_ALLOW_NUL;
    if (!o.allow_duplicate_keys)
        flags |= JSON_REJECT_DUPLICATES;
    json_error_t e;
    jansson_oom = 0;
    json_t *root = json_loadb((const char *)s + base, cut.at, flags, &e);
    if (jansson_oom) {
        json_decref(root);
        return oom(d, name);
    }
    if (!root)
        return ct_json_diag_jansson(d, name, s, base, cut, o.max_depth, &e);
    if (cut.why != CT_JSON_CUT_NONE) {
        json_decref(root);
        return ct_json_diag_cut(d, name, s, base, cut, o.max_depth);
    }

    ct_json_doc *doc = ct_calloc(1, sizeof *doc);
    size_t count = 0;
    if (!doc) {
        json_decref(root);
        return oom(d, name);
    }
    doc->root = root;
    if (build_nodes(doc, root, &count) != CT_OK || build_key_order(doc, count) != CT_OK) {
        ct_json_doc_free(doc);
        return oom(d, name);
    }
    *out = doc;
    return CT_OK;
}

static const char json_not_regular[] = "not a regular file (a FIFO, a device or a folder)";

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
    /* only a regular file is opened: a FIFO without a writer blocks the
     * open and /dev/zero never ends (before 2026-12-04 report, run and plan
     * --status hung on a run folder's manifest.json made so:
     * tests/cli/report_part_not_regular); stat first, as ct_map_file does,
     * since a FIFO opened and closed unread would lose its writer */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
        return ct_diag_set(d, CT_EIO, path, 0, 0, "%s", json_not_regular);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ct_diag_set(d, CT_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    if (fstat(fileno(fp), &sb) == 0 && !S_ISREG(sb.st_mode)) {
        fclose(fp);
        return ct_diag_set(d, CT_EIO, path, 0, 0, "%s", json_not_regular);
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    ct_status st = CT_OK;
    for (;;) {
        if (cap - len < JSON_READ_CHUNK) {
            size_t nc = cap ? cap * 2 : JSON_READ_CHUNK;
            char *grown = nc > cap ? ct_realloc(buf, nc) : NULL;
            if (!grown) {
                st = oom(d, path);
                break;
            }
            buf = grown;
            cap = nc;
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
    json_decref(doc->root);
    ct_free(doc->nodes);
    ct_free(doc->sorted);
    ct_free(doc);
}

/* ------------------------------------------------------------ access */

const ct_json_value *ct_json_doc_root(const ct_json_doc *doc) { return doc ? doc->nodes : NULL; }

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

int ct_json_bool_value(const ct_json_value *v) { return v && json_is_true(v->j); }

double ct_json_number(const ct_json_value *v)
{
    if (!v || v->type != CT_JSON_NUMBER)
        return NAN;
    /* int64 -> double rounds to nearest, as strtod of the same digits */
    return json_is_integer(v->j) ? (double)json_integer_value(v->j) : json_real_value(v->j);
}

ct_status ct_json_int64(const ct_json_value *v, int64_t *out)
{
    if (!v || v->type != CT_JSON_NUMBER || !out)
        return CT_ETYPE;
    if (json_is_integer(v->j)) {
        *out = (int64_t)json_integer_value(v->j);
        return CT_OK;
    }
    /* a real: integral and in [-2^63, 2^63) (2^63 is exact in a double) */
    const double x = json_real_value(v->j), lim = 9223372036854775808.0;
    if (x != floor(x) || x < -lim || x >= lim)
        return CT_ETYPE;
    *out = (int64_t)x;
    return CT_OK;
}

const char *ct_json_string(const ct_json_value *v, size_t *len)
{
    if (!v || v->type != CT_JSON_STRING)
        return NULL;
    if (len)
        *len = json_string_length(v->j);
    return json_string_value(v->j);
}

size_t ct_json_size(const ct_json_value *v)
{
    return v && (v->type == CT_JSON_ARRAY || v->type == CT_JSON_OBJECT) ? v->n : 0;
}

const ct_json_value *ct_json_at(const ct_json_value *v, size_t i)
{
    return v && i < ct_json_size(v) ? &v->u.kids[i] : NULL;
}

const char *ct_json_key_at(const ct_json_value *v, size_t i, size_t *len)
{
    if (!v || v->type != CT_JSON_OBJECT || i >= v->n)
        return NULL;
    if (len)
        *len = v->u.kids[i].key_len;
    return v->u.kids[i].key;
}

const ct_json_value *ct_json_get(const ct_json_value *v, const char *key)
{
    if (!v || v->type != CT_JSON_OBJECT || !key || v->n == 0)
        return NULL;
    size_t n = strlen(key);
    if (!v->by_key) /* a single member */
        return key_cmp_n(v->u.kids[0].key, v->u.kids[0].key_len, key, n) == 0 ? &v->u.kids[0]
                                                                              : NULL;
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = key_cmp_n(v->by_key[mid]->key, v->by_key[mid]->key_len, key, n);
        if (c == 0)
            return v->by_key[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
