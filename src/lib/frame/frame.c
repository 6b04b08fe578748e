/* frame.c — column store, CSV loading, type inference, streaming batches.
 *
 * Loading is one engine used two ways. A builder appends validated records to
 * a frame whose column types are either fixed (schema columns, or all
 * columns once a stream has inferred them) or CT_TYPE_AUTO. AUTO columns keep
 * their raw strings until the builder is finished, when their type is
 * inferred over every row they hold and the strings are converted. A whole
 * load infers over the whole file; a stream infers over its first infer_rows
 * rows and then fixes the types for the batches that follow.
 */
#include "claimtriage/common.h"
#include "claimtriage/frame.h"

#include "claimtriage/csv.h"
#include "io/csv_internal.h"
#include "base/hash.h"
#include "base/helper.h"
#include "io/mapfile.h"
#include "base/parse.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <math.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ct_column {
    char *name;
    ct_type type;   /* final type; CT_TYPE_AUTO while still raw */
    ct_type forced; /* schema type: CT_TYPE_ID forces identifier, AUTO infers */
    size_t n, cap;
    double *f64; /* numeric columns */
    uint8_t *miss;
    size_t nmiss;
    int32_t *codes; /* categorical */
    char **levels;
    size_t *level_len;
    size_t nlevels, lcap;
    uint32_t *lslot; /* level hash table: level index + 1, 0 = empty */
    size_t lslots;
    /* Strings (text, raw AUTO and string identifiers): row i holds slen[i]
     * bytes at offset soff[i] of the source bytes base[0..base_len) (a mapped
     * file, shared by every column and owned by the frame) followed by the
     * column's own arena, which holds what could not be borrowed from base. */
    uint64_t *soff;
    uint32_t *slen;
    const char *base;
    size_t base_len;
    char *arena;
    size_t alen, acap;
    /* AUTO columns, while every value so far is a number: the values (NaN
     * where missing), so inference need not parse them again; spec_int
     * while every one is also written as a whole number */
    double *spec;
    int spec_int;
    /* raw_lazy: while every value is a canonical whole number (digits, no
     * leading zero, at most 15) or missing, an AUTO column keeps no strings
     * at all (soff and slen are NULL): each is the decimal form of its spec
     * value, printed only if the column turns out to need strings
     * (col_materialize). Ids and counts never do. */
    int raw_lazy;
};

/* Row i's string in a string column (not NUL-terminated in base). */
static inline const char *col_sptr(const ct_column *c, size_t i)
{
    uint64_t o = c->soff[i];
    return o < c->base_len ? c->base + o : c->arena + (o - c->base_len);
}

struct ct_frame {
    size_t nrows, ncols, cap;
    ct_column *cols;
    /* Physical line of each row. While every row starts on the line after
     * the previous one (most files), lines is NULL and row i's line is
     * line0 + i: 8 bytes a row less; the array appears at the first jump. */
    long *lines;
    long line0;
    char *source;
    ct_mapping map; /* the mapped source file the columns borrow text from */
};

/* ---------------------------------------------------------------- schema */

static const ct_schema_column tiktok_columns[] = {
    {"#", CT_TYPE_ID},
    {"claim_status", CT_TYPE_CATEGORY},
    {"video_id", CT_TYPE_ID},
    {"video_duration_sec", CT_TYPE_INT},
    {"video_transcription_text", CT_TYPE_TEXT},
    {"verified_status", CT_TYPE_CATEGORY},
    {"author_ban_status", CT_TYPE_CATEGORY},
    {"video_view_count", CT_TYPE_INT},
    {"video_like_count", CT_TYPE_INT},
    {"video_share_count", CT_TYPE_INT},
    {"video_download_count", CT_TYPE_INT},
    {"video_comment_count", CT_TYPE_INT},
};
static const ct_schema tiktok_schema = {tiktok_columns,
                                        sizeof tiktok_columns / sizeof tiktok_columns[0]};

const ct_schema *ct_schema_tiktok(void) { return &tiktok_schema; }

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

ct_load_options ct_load_options_default(void)
{
    ct_load_options o;
    memset(&o, 0, sizeof o);
    o.on_bad_row = CT_BAD_ROW_FAIL;
    o.schema = &tiktok_schema;
    o.use_schema = 1;
    o.delimiter = ',';
    o.infer_rows = 65536;
    o.max_categories = 64;
    o.parallel_min_bytes = (uint64_t)8 << 20;
    o.map_files = 1;
    return o;
}

const char *ct_load_options_check(const ct_load_options *o)
{
    if (o->on_bad_row != CT_BAD_ROW_FAIL && o->on_bad_row != CT_BAD_ROW_SKIP)
        return "on_bad_row must be CT_BAD_ROW_FAIL or CT_BAD_ROW_SKIP";
    if (o->delimiter == '"' || o->delimiter == '\n' || o->delimiter == '\r' || !o->delimiter)
        return "delimiter must not be a quote, a line end or NUL";
    if (o->infer_rows == 0)
        return "infer_rows must be at least 1";
    if (o->n_na_values && !o->na_values)
        return "na_values is NULL but n_na_values is not 0";
    return NULL;
}

/* ------------------------------------------------------ missing tokens */

static const char *const pandas_na[] = {
    "",        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
    "1.#QNAN", "<NA>", "N/A",      "NA",  "NULL",    "NaN",      "n/a",  "nan",  "null",
};

typedef struct na_set {
    const char *const *extra;
    size_t nextra;
    size_t base_len[sizeof pandas_na / sizeof pandas_na[0]];
    size_t *extra_len;
    uint64_t lenmask;   /* bit L set: some token has length L (L < 64) */
    uint8_t first[256]; /* some token starts with this byte */
    uint8_t last[256];  /* some token ends with this byte */
    int has_long;       /* some extra token is 64 bytes or longer */
} na_set;

static void na_add(na_set *s, const char *t)
{
    size_t L = strlen(t);
    if (L < 64)
        s->lenmask |= (uint64_t)1 << L;
    else
        s->has_long = 1;
    if (L) {
        s->first[(unsigned char)t[0]] = 1;
        s->last[(unsigned char)t[L - 1]] = 1;
    }
}

static int na_init(na_set *s, const ct_load_options *o)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < sizeof pandas_na / sizeof pandas_na[0]; i++) {
        na_add(s, pandas_na[i]);
        s->base_len[i] = strlen(pandas_na[i]);
    }
    s->extra = o->na_values;
    s->nextra = o->n_na_values;
    s->extra_len = ct_malloc((s->nextra ? s->nextra : 1) * sizeof *s->extra_len);
    if (!s->extra_len)
        return -1;
    for (size_t i = 0; i < s->nextra; i++) {
        na_add(s, s->extra[i]);
        s->extra_len[i] = strlen(s->extra[i]);
    }
    return 0;
}

static inline int is_na(const na_set *s, const char *p, size_t n)
{
    if (n == 0)
        return 1;
    if (n < 64 ? !(s->lenmask & ((uint64_t)1 << n)) : !s->has_long)
        return 0;
    if (!s->first[(unsigned char)p[0]] || !s->last[(unsigned char)p[n - 1]])
        return 0; /* numbers end in a digit, which no default token does */
    for (size_t i = 1; i < sizeof pandas_na / sizeof pandas_na[0]; i++)
        if (s->base_len[i] == n && memcmp(pandas_na[i], p, n) == 0)
            return 1;
    for (size_t i = 0; i < s->nextra; i++)
        if (s->extra_len[i] == n && memcmp(s->extra[i], p, n) == 0)
            return 1;
    return 0;
}

/* --------------------------------------------------------------- columns */

static void col_free(ct_column *c)
{
    ct_free(c->name);
    ct_free(c->f64);
    ct_free(c->miss);
    ct_free(c->codes);
    for (size_t k = 0; k < c->nlevels; k++)
        ct_free(c->levels[k]);
    ct_free(c->levels);
    ct_free(c->level_len);
    ct_free(c->lslot);
    ct_free(c->soff);
    ct_free(c->slen);
    ct_free(c->arena);
    ct_free(c->spec);
}

/* Grow every array the column uses to hold nc rows (nc > c->cap). */
static int col_grow(ct_column *c, size_t nc)
{
    uint8_t *m = ct_realloc(c->miss, nc);
    if (!m)
        return -1;
    c->miss = m;
    if (c->type == CT_TYPE_INT || c->type == CT_TYPE_FLOAT || (c->type == CT_TYPE_ID && c->f64)) {
        double *v = ct_realloc(c->f64, nc * sizeof *v);
        if (!v)
            return -1;
        c->f64 = v;
    } else if (c->type == CT_TYPE_CATEGORY) {
        int32_t *v = ct_realloc(c->codes, nc * sizeof *v);
        if (!v)
            return -1;
        c->codes = v;
    } else {
        if (!c->raw_lazy) {
            uint64_t *o = ct_realloc(c->soff, nc * sizeof *o);
            if (!o)
                return -1;
            c->soff = o;
            uint32_t *l = ct_realloc(c->slen, nc * sizeof *l);
            if (!l)
                return -1;
            c->slen = l;
        }
        if (c->spec) {
            double *v = ct_realloc(c->spec, nc * sizeof *v);
            if (!v)
                return -1;
            c->spec = v;
        }
    }
    c->cap = nc;
    return 0;
}

/* Make room for one more row. */
static int col_reserve(ct_column *c)
{
    if (c->n < c->cap)
        return 0;
    return col_grow(c, c->cap ? 2 * c->cap : 1024);
}

static int col_push_missing(ct_column *c)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = 1;
    c->nmiss++;
    if (c->f64)
        c->f64[c->n] = NAN;
    else if (c->type == CT_TYPE_CATEGORY)
        c->codes[c->n] = -1;
    else {
        if (!c->raw_lazy) {
            c->soff[c->n] = 0;
            c->slen[c->n] = 0;
        }
        if (c->spec)
            c->spec[c->n] = NAN;
    }
    c->n++;
    return 0;
}

/* s[0..len) is 1 to 15 plain digits: *u gets their value. padded: 8 bytes
 * past s + len are readable (eight digits at a time). */
static inline int plain_digits(const char *s, size_t len, int padded, uint64_t *u)
{
    if (padded)
        return ct_parse_digits_padded(s, len, u) == 0;
    if (len - 1 >= 15)
        return 0;
    uint64_t m = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned d = (unsigned)(unsigned char)s[i] - '0';
        if (d > 9)
            return 0;
        m = m * 10 + d;
    }
    *u = m;
    return 1;
}

/* An AUTO column's value s[0..len) (not missing) is about to be pushed:
 * keep the numeric guess going, or give it up at the first non-number. */
static void col_spec_value(ct_column *c, const char *s, size_t len, int padded)
{
    double v;
    int integral;
    uint64_t u;
    if (plain_digits(s, len, padded, &u)) { /* row numbers, ids: whole, no '.' */
        c->spec[c->n] = (double)u;
        return;
    }
    if (ct_parse_number(s, len, &v, &integral) == 0) {
        c->spec[c->n] = v;
        c->spec_int &= integral && isfinite(v) && !memchr(s, '.', len);
    } else {
        ct_free(c->spec);
        c->spec = NULL;
    }
}

static int col_push_num(ct_column *c, double v)
{
    if (col_reserve(c))
        return -1;
    c->miss[c->n] = 0;
    c->f64[c->n++] = v;
    return 0;
}

/* Store s[0..len) as row c->n's string (room reserved; n not advanced). */
static int col_put_str(ct_column *c, const char *s, size_t len)
{
    if (len > UINT32_MAX - 1)
        return -1;
    uintptr_t at = (uintptr_t)s, b = (uintptr_t)c->base;
    if (at - b < c->base_len) { /* borrowed from the mapped file: no copy */
        c->soff[c->n] = at - b;
        c->slen[c->n] = (uint32_t)len;
        return 0;
    }
    if (c->alen + len + 1 + CT_CSV_PAD > c->acap) {
        size_t na = c->acap ? c->acap : 4096;
        while (na < c->alen + len + 1 + CT_CSV_PAD)
            na *= 2;
        char *a = ct_realloc(c->arena, na);
        if (!a)
            return -1;
        c->arena = a;
        c->acap = na;
    }
    memcpy(c->arena + c->alen, s, len);
    memset(c->arena + c->alen + len, 0, 1 + CT_CSV_PAD); /* NUL, then the padding */
    c->soff[c->n] = c->base_len + c->alen;
    c->slen[c->n] = (uint32_t)len;
    c->alen += len + 1;
    return 0;
}

static int col_push_str(ct_column *c, const char *s, size_t len)
{
    if (col_reserve(c) || col_put_str(c, s, len))
        return -1;
    c->miss[c->n++] = 0;
    return 0;
}

/* s[0..len) is a canonical whole number (raw_lazy above): *u gets it.
 * padded: 8 bytes past s + len are readable. */
static inline int canonical_uint(const char *s, size_t len, int padded, uint64_t *u)
{
    return len > 0 && (s[0] != '0' || len == 1) && plain_digits(s, len, padded, u);
}

/* Leave raw_lazy: give rows 0..n-1 their strings, printed from the values
 * (room for c->cap rows). */
static int col_materialize(ct_column *c)
{
    if (!c->raw_lazy)
        return 0;
    size_t cap = c->cap ? c->cap : 1;
    uint64_t *soff = ct_malloc(cap * sizeof *soff);
    uint32_t *slen = ct_malloc(cap * sizeof *slen);
    if (!soff || !slen) {
        ct_free(soff);
        ct_free(slen);
        return -1;
    }
    c->soff = soff;
    c->slen = slen;
    c->raw_lazy = 0;
    size_t n = c->n;
    for (size_t i = 0; i < n; i++) {
        if (c->miss[i]) {
            c->soff[i] = 0;
            c->slen[i] = 0;
            continue;
        }
        char num[24];
        int len = snprintf(num, sizeof num, "%llu", (unsigned long long)c->spec[i]);
        c->n = i; /* col_put_str stores at row c->n */
        if (col_put_str(c, num, (size_t)len)) {
            c->n = n;
            return -1;
        }
    }
    c->n = n;
    return 0;
}

/* Store an AUTO column's value s[0..len) (not missing) at row c->n, room
 * reserved, n not advanced. */
static int col_put_auto(ct_column *c, const char *s, size_t len, int padded)
{
    uint64_t u;
    if (c->raw_lazy) {
        if (canonical_uint(s, len, padded, &u)) {
            c->spec[c->n] = (double)u;
            return 0;
        }
        if (col_materialize(c))
            return -1;
    }
    if (c->spec)
        col_spec_value(c, s, len, padded);
    return col_put_str(c, s, len);
}

static int32_t col_add_level(ct_column *c, const char *s, size_t len, size_t slot);

/* Level index of s, inserting it when absent; -1 on allocation failure.
 * Columns with few levels (most categorical data) are searched linearly,
 * which beats hashing the value; the hash table takes over above that. */
#define FEW_LEVELS 8
static int32_t col_intern(ct_column *c, const char *s, size_t len)
{
    if (c->nlevels <= FEW_LEVELS) {
        for (size_t k = 0; k < c->nlevels; k++)
            if (c->level_len[k] == len && memcmp(c->levels[k], s, len) == 0)
                return (int32_t)k;
        if (c->nlevels < FEW_LEVELS)
            return col_add_level(c, s, len, (size_t)-1);
    }
    if (c->nlevels * 2 >= c->lslots) {
        /* (re)build at most half full: the table may have been dropped with
         * many levels in it (an undone row, a truncated block) */
        size_t ns = c->lslots ? 2 * c->lslots : 64;
        while (ns <= 2 * c->nlevels)
            ns *= 2;
        uint32_t *t = ct_calloc(ns, sizeof *t);
        if (!t)
            return -1;
        for (size_t k = 0; k < c->nlevels; k++) {
            size_t h = ct_hash_bytes(c->levels[k], c->level_len[k], 0) & (ns - 1);
            while (t[h])
                h = (h + 1) & (ns - 1);
            t[h] = (uint32_t)k + 1;
        }
        ct_free(c->lslot);
        c->lslot = t;
        c->lslots = ns;
    }
    size_t h = ct_hash_bytes(s, len, 0) & (c->lslots - 1);
    while (c->lslot[h]) {
        size_t k = c->lslot[h] - 1;
        if (c->level_len[k] == len && memcmp(c->levels[k], s, len) == 0)
            return (int32_t)k;
        h = (h + 1) & (c->lslots - 1);
    }
    return col_add_level(c, s, len, h);
}

/* col_intern for a value with 16 readable bytes past its end (the fast
 * path's buffers): a short value is compared with each of a few levels in
 * one 16-byte step (levels are stored with 16 bytes of zero padding). */
static int32_t col_intern_padded(ct_column *c, const char *s, size_t len)
{
#if defined(__SSE2__)
    if (len <= 16 && c->nlevels <= FEW_LEVELS) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned want = len == 16 ? 0xFFFFu : (1u << len) - 1;
        for (size_t k = 0; k < c->nlevels; k++) {
            if (c->level_len[k] != len)
                continue;
            __m128i l = _mm_loadu_si128((const __m128i *)(const void *)c->levels[k]);
            if (((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, l)) & want) == want)
                return (int32_t)k;
        }
        if (c->nlevels < FEW_LEVELS)
            return col_add_level(c, s, len, (size_t)-1);
    }
#endif
    return col_intern(c, s, len);
}

/* Append level s; slot is its free hash slot, or (size_t)-1 when the hash
 * table is not in use yet (it is built from every level once needed). */
static int32_t col_add_level(ct_column *c, const char *s, size_t len, size_t slot)
{
    if (c->nlevels == c->lcap) {
        size_t nc = c->lcap ? 2 * c->lcap : 8;
        char **l = ct_realloc(c->levels, nc * sizeof *l);
        if (!l)
            return -1;
        c->levels = l;
        size_t *ll = ct_realloc(c->level_len, nc * sizeof *ll);
        if (!ll)
            return -1;
        c->level_len = ll;
        c->lcap = nc;
    }
    char *copy = ct_malloc(len + 1 + CT_CSV_PAD); /* NUL, padding (col_intern_padded) */
    if (!copy)
        return -1;
    memcpy(copy, s, len);
    memset(copy + len, 0, 1 + CT_CSV_PAD);
    c->levels[c->nlevels] = copy;
    c->level_len[c->nlevels] = len;
    if (slot != (size_t)-1)
        c->lslot[slot] = (uint32_t)c->nlevels + 1;
    return (int32_t)c->nlevels++;
}

static int col_push_cat(ct_column *c, const char *s, size_t len)
{
    if (col_reserve(c))
        return -1;
    int32_t k = col_intern(c, s, len);
    if (k < 0)
        return -1;
    c->miss[c->n] = 0;
    c->codes[c->n++] = k;
    return 0;
}

/* ---------------------------------------------------------------- frame */

static ct_frame *frame_new(size_t ncols, const char *source)
{
    ct_frame *f = ct_calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->cols = ct_calloc(ncols ? ncols : 1, sizeof *f->cols);
    f->source = ct_malloc(strlen(source) + 1);
    if (!f->cols || !f->source) {
        ct_free(f->cols);
        ct_free(f->source);
        ct_free(f);
        return NULL;
    }
    memcpy(f->source, source, strlen(source) + 1);
    f->ncols = ncols;
    return f;
}

void ct_frame_destroy(ct_frame *f)
{
    if (!f)
        return;
    for (size_t j = 0; j < f->ncols; j++)
        col_free(&f->cols[j]);
    ct_free(f->cols);
    ct_free(f->lines);
    ct_free(f->source);
    ct_unmap(&f->map);
    ct_free(f);
}

static long frame_line(const ct_frame *f, size_t i)
{
    return f->lines ? f->lines[i] : f->line0 + (long)i;
}

/* Give up the dense form: write out the lines of the rows so far, with room
 * for cap rows. */
static int frame_lines_array(ct_frame *f, size_t cap)
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

static int frame_push_line(ct_frame *f, long line)
{
    if (!f->lines) {
        if (f->nrows == 0)
            f->line0 = line;
        if (line == f->line0 + (long)f->nrows) {
            f->nrows++;
            return 0;
        }
        if (frame_lines_array(f, 2 * f->nrows))
            return -1;
    }
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

/* Set up column j with a name and a starting type. */
static int frame_col_init(ct_frame *f, size_t j, const char *name, ct_type type, ct_type forced,
                          int numeric_id)
{
    ct_column *c = &f->cols[j];
    size_t L = strlen(name);
    c->name = ct_malloc(L + 1);
    if (!c->name)
        return -1;
    memcpy(c->name, name, L + 1);
    c->type = type;
    c->forced = forced;
    if (type == CT_TYPE_ID && numeric_id) {
        /* a numeric identifier: col_reserve grows f64 once it exists */
        c->f64 = ct_malloc(sizeof(double));
        if (!c->f64)
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

/* -------------------------------------------------------------- loading */

typedef struct loader {
    const ct_load_options *opt;
    na_set na;
    ct_csv *csv;
    const char *name;
    ct_frame *f;   /* the frame being built */
    char **header; /* column names after de-duplication */
    size_t ncols;
    ct_type *types; /* per column: fixed type or CT_TYPE_AUTO */
    ct_type *forced;
    uint8_t *numeric_id; /* per column, for fixed CT_TYPE_ID: 1 = numeric */
    double *vals;        /* per column scratch for one row */
    uint8_t *vmiss;
    size_t *mark;       /* per column, fast path: levels or arena bytes before the row */
    uint8_t *spec_save; /* per column, fast path: 1 + spec_int before the row, 0 = untouched */
    ct_load_stats stats;
    uint64_t next_progress;
    ct_diag first_bad;
    int have_bad;
    uint64_t blank_base; /* blank lines and bytes counted before L->csv began */
    uint64_t bytes_base;
    ct_mapping map;                 /* the mapped source file, handed to the frame at the end */
    struct prefaulter *pf;          /* helper faulting column pages in ahead, or NULL */
    char namebuf[CT_DIAG_FILE_MAX]; /* the source name (L->name), own copy */
} loader;

static void prefaulter_stop(struct prefaulter *pf);

static void loader_free(loader *L)
{
    prefaulter_stop(L->pf);
    L->pf = NULL;
    if (L->header)
        for (size_t j = 0; j < L->ncols; j++)
            ct_free(L->header[j]);
    ct_free(L->header);
    ct_free(L->types);
    ct_free(L->forced);
    ct_free(L->numeric_id);
    ct_free(L->vals);
    ct_free(L->vmiss);
    ct_free(L->mark);
    ct_free(L->spec_save);
    ct_free(L->na.extra_len);
    ct_frame_destroy(L->f);
    ct_csv_close(L->csv);
    ct_unmap(&L->map);
}

static void report_bad(loader *L, const ct_diag *d)
{
    L->stats.bad_rows++;
    if (!L->have_bad) {
        L->first_bad = *d;
        L->have_bad = 1;
    }
    if (L->opt->on_bad_row_fn)
        L->opt->on_bad_row_fn(L->opt->on_bad_row_user, d);
}

/* Copy up to n bytes of a value for a message, made printable. */
static void quote_value(char *dst, size_t cap, const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n && w + 5 < cap; i++) {
        unsigned char ch = (unsigned char)s[i];
        dst[w++] = (ch < 0x20 || ch == 0x7f) ? '?' : (char)ch;
        if (i + 1 < n && w + 5 >= cap) {
            memcpy(dst + w, "...", 3);
            w += 3;
            break;
        }
    }
    dst[w] = '\0';
}

/* Mangle header names as pandas does: empty -> "Unnamed: j", repeats -> "x.1". */
static ct_status loader_header(loader *L, const ct_csv_record *rec, ct_diag *diag)
{
    if (rec->error != CT_CSV_OK)
        return ct_diag_set(diag, CT_EDATA, L->name, 1, 0, "the header line is not valid CSV%s",
                           rec->error == CT_CSV_BAD_UTF8 ? " (invalid UTF-8)" : "");
    L->ncols = rec->nfields;
    L->header = ct_calloc(L->ncols, sizeof *L->header);
    L->types = ct_calloc(L->ncols, sizeof *L->types);
    L->forced = ct_calloc(L->ncols, sizeof *L->forced);
    L->numeric_id = ct_calloc(L->ncols, 1);
    L->vals = ct_calloc(L->ncols, sizeof *L->vals);
    L->vmiss = ct_calloc(L->ncols, 1);
    L->mark = ct_calloc(L->ncols, sizeof *L->mark);
    L->spec_save = ct_calloc(L->ncols, 1);
    if (!L->header || !L->types || !L->forced || !L->numeric_id || !L->vals || !L->vmiss ||
        !L->mark || !L->spec_save)
        return ct_diag_set(diag, CT_ENOMEM, L->name, 1, 0, "out of memory");
    for (size_t j = 0; j < L->ncols; j++) {
        const ct_csv_field *fd = &rec->fields[j];
        char buf[64];
        const char *base = fd->ptr;
        size_t blen = fd->len;
        if (blen == 0) {
            snprintf(buf, sizeof buf, "Unnamed: %zu", j);
            base = buf;
            blen = strlen(buf);
        }
        size_t extra = 24;
        char *nm = ct_malloc(blen + extra);
        if (!nm)
            return ct_diag_set(diag, CT_ENOMEM, L->name, 1, 0, "out of memory");
        memcpy(nm, base, blen);
        nm[blen] = '\0';
        for (unsigned k = 1;; k++) {
            int dup = 0;
            for (size_t i = 0; i < j && !dup; i++)
                dup = strcmp(L->header[i], nm) == 0;
            if (!dup)
                break;
            snprintf(nm + blen, extra, ".%u", k);
        }
        L->header[j] = nm;
        ct_type t = CT_TYPE_AUTO;
        if (L->opt->use_schema && L->opt->schema) {
            const ct_schema *s = L->opt->schema;
            for (size_t k = 0; k < s->ncolumns; k++)
                if (strcmp(s->columns[k].name, nm) == 0)
                    t = s->columns[k].type;
        }
        L->forced[j] = t;
        /* identifiers are inferred (numeric or string) like AUTO columns */
        L->types[j] = t == CT_TYPE_ID ? CT_TYPE_AUTO : t;
    }
    return CT_OK;
}

static ct_status loader_new_frame(loader *L, ct_frame **out)
{
    ct_frame *f = frame_new(L->ncols, L->name);
    if (!f)
        return CT_ENOMEM;
    for (size_t j = 0; j < L->ncols; j++) {
        if (frame_col_init(f, j, L->header[j], L->types[j], L->forced[j], L->numeric_id[j])) {
            ct_frame_destroy(f);
            return CT_ENOMEM;
        }
        f->cols[j].base = L->map.data;
        f->cols[j].base_len = L->map.len;
    }
    *out = f;
    return CT_OK;
}

static const char *wrapped_hint(const ct_csv_record *rec, char delim, size_t expected)
{
    if (rec->nfields == 1 && expected > 1 && rec->fields[0].quoted &&
        memchr(rec->fields[0].ptr, delim, rec->fields[0].len))
        return "the whole line is wrapped in quotes - a spreadsheet export?";
    if (rec->nfields > expected)
        return "a text field holding the delimiter may be missing its quotes";
    if (rec->nfields < expected && rec->nfields > 1)
        return "the line may have been cut short or split across lines";
    return "";
}

/* The fast path's field scanner: the first delimiter (or, inside quotes,
 * quote), '\n' or '\r' at or after q, 16 bytes at a time while they lie
 * before end. Bytes >= 0x80 and NULs are gathered over whole blocks, which
 * may reach into the next record: a byte flagged there only costs the exact
 * UTF-8 check or the general path, never a wrong result. */
typedef struct fast_scan_state {
#if defined(__SSE2__)
    __m128i stop[2], nl, cr, zero, hi, nul;
#endif
    char stopc[2];
    int flags;
} fast_scan_state;

static inline void fast_scan_init(fast_scan_state *sc, char delim)
{
    sc->stopc[0] = delim;
    sc->stopc[1] = '"';
    sc->flags = 0;
#if defined(__SSE2__)
    sc->stop[0] = _mm_set1_epi8(delim);
    sc->stop[1] = _mm_set1_epi8('"');
    sc->nl = _mm_set1_epi8('\n');
    sc->cr = _mm_set1_epi8('\r');
    sc->zero = _mm_setzero_si128();
    sc->hi = sc->nul = sc->zero;
#endif
}

static inline size_t fast_scan(fast_scan_state *sc, const char *buf, size_t q, size_t end,
                               int quoted)
{
#if defined(__SSE2__)
    for (; q + 16 <= end; q += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(buf + q));
        sc->hi = _mm_or_si128(sc->hi, w);
        sc->nul = _mm_or_si128(sc->nul, _mm_cmpeq_epi8(w, sc->zero));
        unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(w, sc->stop[quoted]), _mm_cmpeq_epi8(w, sc->nl)),
            _mm_cmpeq_epi8(w, sc->cr)));
        if (stop)
            return q + (size_t)__builtin_ctz(stop);
    }
#endif
    char sc0 = sc->stopc[quoted];
    for (; q < end && buf[q] != sc0 && buf[q] != '\n' && buf[q] != '\r'; q++) {
        unsigned char c = (unsigned char)buf[q];
        sc->flags |= (c >= 0x80) | ((c == 0) << 1);
    }
    return q;
}

/* Bit 1: a byte >= 0x80 was seen, bit 2: a NUL. */
static inline int fast_scan_flags(const fast_scan_state *sc)
{
    int f = sc->flags;
#if defined(__SSE2__)
    f |= (_mm_movemask_epi8(sc->hi) != 0) | ((_mm_movemask_epi8(sc->nul) != 0) << 1);
#endif
    return f;
}

/* The fast path: one record of a borrowed buffer (a mapped file or a block)
 * tokenized, validated and stored in one pass, each value written straight
 * into row n of its column and the row committed at the end. It takes the
 * common record: one line, fields unquoted or quoted without doubled quotes,
 * the right field count, every value valid. Anything else (a doubled quote,
 * a quoted line break, a blank line, a wrong field count, a value that does
 * not fit, a NUL, non-ASCII bytes that are not valid UTF-8) is undone and
 * left to the general path (ct_csv_next + loader_row), which reports it
 * exactly. Returns 1 when a row was added, else 0. */
static int loader_fast_row(loader *L)
{
    const char *buf;
    size_t pos, end;
    if (ct_csv_view(L->csv, &buf, &pos, &end) || pos >= end || buf[pos] == '\n' || buf[pos] == '\r')
        return 0;
    ct_frame *f = L->f;
    const char delim = L->opt->delimiter;
    const size_t ncols = L->ncols, n = f->nrows;
    size_t p = pos, q = pos, j;
    fast_scan_state sc;
    fast_scan_init(&sc, delim);
    for (j = 0; j < ncols; j++) {
        ct_column *c = &f->cols[j];
        if (p >= end || col_reserve(c))
            goto undo;
        const char *s;
        size_t len;
        if (buf[p] == '"') { /* quoted: no doubled quote, no line break */
            size_t qc = fast_scan(&sc, buf, p + 1, end, 1);
            if (qc >= end || buf[qc] != '"' || (qc + 1 < end && buf[qc + 1] == '"'))
                goto undo;
            s = buf + p + 1;
            len = qc - p - 1;
            q = qc + 1;
            if (q < end && buf[q] != delim && buf[q] != '\n' && buf[q] != '\r')
                goto undo; /* text after the closing quote */
        } else {
            q = fast_scan(&sc, buf, p, end, 0);
            s = buf + p;
            len = q - p;
        }
        if (j + 1 < ncols ? q == end || buf[q] != delim : q < end && buf[q] == delim)
            goto undo;
        uint8_t m = (uint8_t)is_na(&L->na, s, len);
        c->miss[n] = m;
        if (c->f64) {
            double v = NAN;
            int integral;
            uint64_t u;
            if (m)
                ;
            else if (ct_parse_digits_padded(s, len, &u) == 0)
                v = (double)u;
            else if (ct_parse_number(s, len, &v, &integral) != 0 ||
                     (c->type == CT_TYPE_INT && !integral))
                goto undo;
            c->f64[n] = v;
        } else if (c->type == CT_TYPE_CATEGORY) {
            L->mark[j] = c->nlevels;
            int32_t k = m ? -1 : col_intern_padded(c, s, len);
            if (!m && k < 0)
                goto undo;
            c->codes[n] = k;
        } else {
            uint64_t u;
            L->mark[j] = c->alen;
            if (m) {
                if (!c->raw_lazy) {
                    c->soff[n] = 0;
                    c->slen[n] = 0;
                }
                if (c->spec)
                    c->spec[n] = NAN;
            } else if (c->raw_lazy && canonical_uint(s, len, 1, &u)) {
                c->spec[n] = (double)u;
            } else {
                if (c->raw_lazy && col_materialize(c))
                    goto undo;
                L->mark[j] = c->alen; /* the strings printed belong to committed rows */
                if (c->spec) {
                    L->spec_save[j] = (uint8_t)(1 + c->spec_int); /* for undo */
                    col_spec_value(c, s, len, 1);
                }
                if (col_put_str(c, s, len))
                    goto undo;
            }
        }
        p = q + 1;
    }
    int flags = fast_scan_flags(&sc);
    if ((flags & 2) || ((flags & 1) && !ct_utf8_valid(buf + pos, q - pos)))
        goto undo;
    size_t next = q == end                                              ? end
                  : buf[q] == '\r' && q + 1 < end && buf[q + 1] == '\n' ? q + 2
                                                                        : q + 1;
    if (frame_push_line(f, ct_csv_line(L->csv)))
        goto undo;
    for (j = 0; j < ncols; j++) {
        ct_column *c = &f->cols[j];
        c->nmiss += c->miss[n];
        c->n = n + 1;
        L->spec_save[j] = 0;
    }
    ct_csv_skip_line(L->csv, next);
    L->stats.rows_read++;
    L->stats.rows_used++;
    return 1;
undo:
    /* values written past the columns' ends are simply not committed; what
     * the row added to levels or arenas, or took from a numeric guess's
     * "all whole", is taken back */
    for (size_t k = 0; k <= j && k < ncols; k++) {
        ct_column *c = &f->cols[k];
        if (L->spec_save[k]) {
            c->spec_int = L->spec_save[k] - 1;
            L->spec_save[k] = 0;
        }
        if (k == j)
            break; /* the column being read: only its guess was touched */
        if (c->type == CT_TYPE_CATEGORY && c->nlevels > L->mark[k]) {
            for (size_t l = L->mark[k]; l < c->nlevels; l++)
                ct_free(c->levels[l]);
            c->nlevels = L->mark[k];
            ct_free(c->lslot); /* rebuilt from the levels on the next lookup */
            c->lslot = NULL;
            c->lslots = 0;
        } else if (!c->f64 && c->type != CT_TYPE_CATEGORY) {
            c->alen = L->mark[k];
        }
    }
    return 0;
}

/* Validate one record against the column types; on success append it. */
static ct_status loader_row(loader *L, const ct_csv_record *rec, ct_diag *diag)
{
    ct_diag d;
    ct_frame *f = L->f;
    L->stats.rows_read++;
    if (rec->error != CT_CSV_OK) {
        static const char *const what[] = {"", "unterminated quoted field (runs to end of file)",
                                           "unexpected character after a closing quote",
                                           "invalid UTF-8", "NUL byte in the data"};
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)rec->error_field + 1, "%s",
                    what[rec->error]);
        if (rec->error == CT_CSV_UNTERMINATED)
            snprintf(d.hint, sizeof d.hint, "the quote opening field %zu is never closed",
                     rec->error_field + 1);
        else if (rec->error == CT_CSV_AFTER_QUOTE)
            snprintf(d.hint, sizeof d.hint, "%s",
                     rec->error_field == 0
                         ? "the whole line may be wrapped in quotes - a spreadsheet export?"
                         : "a quote inside a quoted field must be doubled (\"\")");
        else if (rec->error == CT_CSV_BAD_UTF8)
            snprintf(d.hint, sizeof d.hint, "in field %zu (%s); re-save the file as UTF-8",
                     rec->error_field + 1,
                     rec->error_field < L->ncols ? L->header[rec->error_field] : "extra field");
        report_bad(L, &d);
        return CT_EDATA;
    }
    if (rec->nfields != L->ncols) {
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, 0, "expected %zu fields, found %zu", L->ncols,
                    rec->nfields);
        snprintf(d.hint, sizeof d.hint, "%s", wrapped_hint(rec, L->opt->delimiter, L->ncols));
        report_bad(L, &d);
        return CT_EDATA;
    }
    for (size_t j = 0; j < L->ncols; j++) {
        const ct_csv_field *fd = &rec->fields[j];
        ct_column *c = &f->cols[j];
        L->vmiss[j] = (uint8_t)is_na(&L->na, fd->ptr, fd->len);
        if (L->vmiss[j] || !c->f64)
            continue;
        int integral;
        if (ct_parse_number(fd->ptr, fd->len, &L->vals[j], &integral) != 0 ||
            (c->type == CT_TYPE_INT && !integral)) {
            char v[48];
            quote_value(v, sizeof v, fd->ptr, fd->len);
            ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)j + 1,
                        "column '%s': '%s' is not %s", c->name, v,
                        c->type == CT_TYPE_INT ? "a whole number" : "a number");
            report_bad(L, &d);
            return CT_EDATA;
        }
    }
    for (size_t j = 0; j < L->ncols; j++) {
        const ct_csv_field *fd = &rec->fields[j];
        ct_column *c = &f->cols[j];
        int rc;
        if (L->vmiss[j])
            rc = col_push_missing(c);
        else if (c->f64)
            rc = col_push_num(c, L->vals[j]);
        else if (c->type == CT_TYPE_CATEGORY)
            rc = col_push_cat(c, fd->ptr, fd->len);
        else {
            rc = col_reserve(c);
            if (!rc)
                rc = c->type == CT_TYPE_AUTO ? col_put_auto(c, fd->ptr, fd->len, 0)
                                             : col_put_str(c, fd->ptr, fd->len);
            if (!rc)
                c->miss[c->n++] = 0;
        }
        if (rc) {
            /* roll back the partial row so columns stay aligned */
            for (size_t k = 0; k < j; k++) {
                f->cols[k].n--;
                f->cols[k].nmiss -= f->cols[k].miss[f->cols[k].n];
            }
            return ct_diag_set(diag, CT_ENOMEM, L->name, rec->line, 0, "out of memory");
        }
    }
    if (frame_push_line(f, rec->line)) {
        for (size_t k = 0; k < L->ncols; k++) {
            f->cols[k].n--;
            f->cols[k].nmiss -= f->cols[k].miss[f->cols[k].n];
        }
        return ct_diag_set(diag, CT_ENOMEM, L->name, rec->line, 0, "out of memory");
    }
    L->stats.rows_used++;
    return CT_OK;
}

static int name_is_idish(const char *nm)
{
    size_t L = strlen(nm);
    return strcmp(nm, "#") == 0 || strcmp(nm, "id") == 0 || strcmp(nm, "ID") == 0 ||
           strcmp(nm, "Id") == 0 ||
           (L > 3 && (strcmp(nm + L - 3, "_id") == 0 || strcmp(nm + L - 3, "_ID") == 0));
}

/* Count distinct strings of a raw column, stopping once above `limit`. */
static size_t raw_distinct(const ct_column *c, size_t limit, int *fail)
{
    size_t cap = ct_hash_capacity(limit + 1 < c->n ? limit + 1 : c->n);
    uint32_t *slot = ct_calloc(cap, sizeof *slot);
    if (!slot) {
        *fail = 1;
        return 0;
    }
    size_t d = 0;
    for (size_t i = 0; i < c->n && d <= limit; i++) {
        if (c->miss[i])
            continue;
        if (c->raw_lazy) { /* canonical numbers: distinct strings are distinct values */
            size_t h = ct_hash_double(c->spec[i], 0) & (cap - 1);
            while (slot[h] && c->spec[slot[h] - 1] != c->spec[i])
                h = (h + 1) & (cap - 1);
            if (!slot[h]) {
                slot[h] = (uint32_t)i + 1;
                d++;
            }
            continue;
        }
        const char *s = col_sptr(c, i);
        size_t h = ct_hash_bytes(s, c->slen[i], 0) & (cap - 1);
        for (;;) {
            if (!slot[h]) {
                slot[h] = (uint32_t)i + 1;
                d++;
                break;
            }
            size_t o = slot[h] - 1;
            if (c->slen[o] == c->slen[i] && memcmp(col_sptr(c, o), s, c->slen[i]) == 0)
                break;
            h = (h + 1) & (cap - 1);
        }
    }
    ct_free(slot);
    return d;
}

/* Infer the type of a raw (AUTO) column and convert its storage. */
static int col_infer(ct_column *c, size_t max_categories)
{
    size_t nonnull = c->n - c->nmiss;
    int all_num = nonnull > 0, all_int = 1;
    if (c->spec) /* every value was parsed on the way in */
        all_int = c->spec_int;
    if (c->raw_lazy && nonnull == 0 && col_materialize(c))
        return -1; /* an all-missing string id keeps (empty) strings */
    for (size_t i = 0; i < c->n && all_num && !c->spec; i++) {
        if (c->miss[i])
            continue;
        double v;
        int integral;
        if (ct_parse_number(col_sptr(c, i), c->slen[i], &v, &integral) != 0)
            all_num = 0;
        else if (!integral || memchr(col_sptr(c, i), '.', c->slen[i]) || !isfinite(v))
            all_int = 0;
    }
    int fail = 0;
    if (nonnull == 0 && c->forced != CT_TYPE_ID) {
        all_num = 1; /* an all-missing column is float, as in pandas */
        all_int = 0;
    }
    ct_type t;
    if (all_num) {
        t = all_int ? CT_TYPE_INT : CT_TYPE_FLOAT;
        if (c->forced == CT_TYPE_ID ||
            (all_int && name_is_idish(c->name) && raw_distinct(c, nonnull, &fail) == nonnull))
            t = CT_TYPE_ID;
        if (fail)
            return -1;
        double *v = c->spec;
        c->spec = NULL;
        if (!v) {
            v = ct_malloc((c->cap ? c->cap : 1) * sizeof *v);
            if (!v)
                return -1;
            for (size_t i = 0; i < c->n; i++) {
                int integral;
                if (c->miss[i] ||
                    ct_parse_number(col_sptr(c, i), c->slen[i], &v[i], &integral) != 0)
                    v[i] = NAN;
            }
        }
        ct_free(c->soff);
        ct_free(c->slen);
        ct_free(c->arena);
        c->soff = NULL;
        c->slen = NULL;
        c->arena = NULL;
        c->alen = c->acap = 0;
        c->f64 = v;
        c->type = t;
        return 0;
    }
    if (c->forced == CT_TYPE_ID) {
        c->type = CT_TYPE_ID;
        return 0;
    }
    size_t d = raw_distinct(c, nonnull > max_categories ? nonnull : max_categories, &fail);
    if (fail)
        return -1;
    size_t total_len = 0, spaces = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->miss[i])
            continue;
        total_len += c->slen[i];
        spaces += memchr(col_sptr(c, i), ' ', c->slen[i]) != NULL;
    }
    double avg = nonnull ? (double)total_len / (double)nonnull : 0;
    if (d == nonnull && spaces == 0 && name_is_idish(c->name)) {
        c->type = CT_TYPE_ID;
        return 0;
    }
    if (d <= max_categories && avg <= 64) {
        /* dictionary-code */
        int32_t *codes = ct_malloc((c->cap ? c->cap : 1) * sizeof *codes);
        if (!codes)
            return -1;
        c->codes = codes;
        c->type = CT_TYPE_CATEGORY;
        for (size_t i = 0; i < c->n; i++) {
            if (c->miss[i]) {
                codes[i] = -1;
                continue;
            }
            int32_t k = col_intern(c, col_sptr(c, i), c->slen[i]);
            if (k < 0)
                return -1; /* type is CATEGORY with codes; caller destroys */
            codes[i] = k;
        }
        ct_free(c->soff);
        ct_free(c->slen);
        ct_free(c->arena);
        c->soff = NULL;
        c->slen = NULL;
        c->arena = NULL;
        c->alen = c->acap = 0;
        return 0;
    }
    if (d == nonnull && spaces == 0 && (name_is_idish(c->name) || avg <= 40))
        c->type = CT_TYPE_ID;
    else
        c->type = CT_TYPE_TEXT;
    return 0;
}

static ct_status loader_finish_types(loader *L, ct_diag *diag)
{
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = &L->f->cols[j];
        if (c->type != CT_TYPE_AUTO)
            continue;
        if (col_infer(c, L->opt->max_categories))
            return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
        L->types[j] = c->type;
        L->numeric_id[j] = c->type == CT_TYPE_ID && c->f64 != NULL;
    }
    return CT_OK;
}

/* Open the source (path, or data[0..len) when path is NULL) and read the
 * header. may_map: a regular file may be mapped (whole loads only: a stream's
 * batches must not borrow from the reader). */
static ct_status loader_open(loader *L, const char *path, const char *data, size_t len,
                             const char *name, const ct_load_options *opt, int may_map,
                             ct_diag *diag)
{
    memset(L, 0, sizeof *L);
    L->opt = opt;
    const char *msg = ct_load_options_check(opt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, name, 0, 0, "%s", msg);
    if (na_init(&L->na, opt))
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    ct_csv_options co = ct_csv_options_default();
    co.delimiter = opt->delimiter;
    ct_status s;
    if (path && may_map && opt->map_files && strcmp(path, "-") != 0 &&
        ct_map_file(path, &L->map) == 0) {
        ct_helper_wake(); /* so that it is up when the columns are sized */
        s = ct_csv_open_buffer(L->map.data, L->map.len, path, opt->delimiter, 1, 1, &L->csv);
    } else {
        s = path ? ct_csv_open_path(path, &co, &L->csv, diag)
                 : ct_csv_open_mem(data, len, name, &co, &L->csv, diag);
    }
    if (s == CT_ENOMEM && L->map.addr)
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    if (s)
        return s;
    snprintf(L->namebuf, sizeof L->namebuf, "%s", ct_csv_name(L->csv));
    L->name = L->namebuf;
    ct_csv_record rec;
    s = ct_csv_next(L->csv, &rec, diag);
    if (s)
        return s;
    if (!rec.fields)
        return ct_diag_set(diag, CT_EEMPTY, L->name, 1, 0, "empty file: no header line");
    s = loader_header(L, &rec, diag);
    if (s)
        return s;
    if (loader_new_frame(L, &L->f))
        return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    return CT_OK;
}

static void loader_progress(loader *L)
{
    if (!L->opt->progress)
        return;
    uint64_t b = ct_csv_bytes_read(L->csv);
    if (b >= L->next_progress) {
        L->opt->progress(L->opt->progress_user, b, ct_csv_bytes_total(L->csv));
        L->next_progress = b + (1u << 22);
    }
}

/* Once PRESIZE_ROWS rows are in, estimate the file's row count from the
 * bytes they took and grow every column to it (plus 10%), so loads neither
 * copy their columns at each doubling nor leave the small early arrays
 * behind as touched, unused heap (about 0.4 MB of RSS on the reports file).
 * Capacity past the rows stored is never touched and costs no RSS; an
 * underestimate only means a late doubling. Arena sizes are estimated the
 * same way. */
#define PRESIZE_ROWS 256
/* A job for the helper thread (helper.h): fault in the pages the columns
 * will fill, ahead of the loader (Linux 5.14's MADV_POPULATE_WRITE: the
 * pages are made present and writable, their contents untouched, so it may
 * run while the loader writes). A page fault costs about 2 us on the VMs
 * this runs on, and the loader would take one every 4 KiB of every column:
 * with the helper ahead on the other core, it takes none. The loader never
 * waits: it stops the job at its end, and stale ranges (a column grown and
 * moved) only get pages faulted in, no byte changed. Whichever of loader
 * and helper leaves the job last frees it. */
#define PF_CHUNK ((size_t)64 << 10)
typedef struct pf_range {
    uintptr_t a, b; /* page-aligned [a, b) */
} pf_range;
struct prefaulter {
    ct_help_job job; /* first: the helper's handle */
    atomic_int stop, refs;
    size_t nr;
    pf_range r[];
};

static void prefaulter_release(struct prefaulter *pf)
{
    if (atomic_fetch_sub_explicit(&pf->refs, 1, memory_order_acq_rel) == 1)
        ct_free(pf);
}

static void prefaulter_run(ct_help_job *job)
{
    struct prefaulter *pf = (struct prefaulter *)(void *)job;
    for (int more = 1; more && !atomic_load_explicit(&pf->stop, memory_order_relaxed);) {
        more = 0;
        for (size_t i = 0; i < pf->nr && !atomic_load_explicit(&pf->stop, memory_order_relaxed);
             i++) {
            pf_range *g = &pf->r[i];
            if (g->a >= g->b)
                continue;
            uintptr_t e = g->b - g->a > PF_CHUNK ? g->a + PF_CHUNK : g->b;
#if defined(__linux__)
            if (madvise((void *)g->a, e - g->a, 23 /* MADV_POPULATE_WRITE */) != 0) {
                g->b = g->a; /* not supported (or gone): leave this range */
                continue;
            }
#endif
            g->a = e;
            more |= g->a < g->b;
        }
    }
    prefaulter_release(pf);
}

static void prefaulter_stop(struct prefaulter *pf)
{
    if (!pf)
        return;
    atomic_store_explicit(&pf->stop, 1, memory_order_relaxed);
    if (ct_helper_withdraw(&pf->job))
        ct_free(pf); /* never picked up */
    else
        prefaulter_release(pf);
}

/* Start the helper on rows [c->n, rows) of every column of f. */
static struct prefaulter *prefaulter_start(const ct_frame *f, size_t rows)
{
#if defined(__linux__)
    struct prefaulter *pf = ct_calloc(1, sizeof *pf + 5 * f->ncols * sizeof(pf_range));
    if (!pf)
        return NULL;
    const uintptr_t pg = 4096;
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = &f->cols[j];
        if (rows <= c->n)
            continue;
        const void *p[5] = {c->miss, c->f64, c->codes, c->spec, c->soff};
        size_t w[5] = {1, 8, 4, 8, 8};
        if (c->soff) { /* string columns have no codes: take the lengths */
            p[2] = c->slen;
            w[2] = 4;
        }
        for (int k = 0; k < 5; k++) {
            if (!p[k])
                continue;
            uintptr_t a = ((uintptr_t)p[k] + c->n * w[k] + pg - 1) & ~(pg - 1);
            uintptr_t b = ((uintptr_t)p[k] + rows * w[k]) & ~(pg - 1);
            if (b > a)
                pf->r[pf->nr++] = (pf_range){a, b};
        }
    }
    pf->job.run = prefaulter_run;
    atomic_init(&pf->stop, 0);
    atomic_init(&pf->refs, 2);
    if (pf->nr == 0 || !ct_helper_offer(&pf->job)) {
        ct_free(pf);
        return NULL;
    }
    return pf;
#else
    (void)f, (void)rows;
    return NULL;
#endif
}

static void loader_presize(loader *L, size_t max_rows, uint64_t used, uint64_t total)
{
    if (!total || !used || total <= used)
        return;
    double scale = (double)total / (double)used * 1.10;
    size_t rows = (size_t)((double)L->f->nrows * scale);
    if (rows > max_rows)
        rows = max_rows;
    ct_frame *f = L->f;
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = &f->cols[j];
        if (rows > c->cap && col_grow(c, rows))
            return; /* not fatal: columns keep growing by doubling */
        size_t want = (size_t)((double)c->alen * scale);
        if (c->arena && want > c->acap) {
            char *a = ct_realloc(c->arena, want);
            if (a) {
                c->arena = a;
                c->acap = want;
            }
        }
    }
    if (f->lines && rows > f->cap) {
        long *l = ct_realloc(f->lines, rows * sizeof *l);
        if (l) {
            f->lines = l;
            f->cap = rows;
        }
    }
    /* the rows surely to come: the estimate without its margin, less 5% */
    size_t sure = (size_t)((double)rows / 1.10 * 0.95);
    if (L->map.data && !L->pf && sure > 2 * PRESIZE_ROWS)
        L->pf = prefaulter_start(f, sure);
}

/* Read records until end of input or until max_rows rows were added.
 * Returns CT_OK, CT_EDATA (a bad row under CT_BAD_ROW_FAIL when stop_on_bad),
 * or a hard error. *eof is set at end of input. */
static ct_status loader_run(loader *L, size_t max_rows, int stop_on_bad, int *eof, ct_diag *diag)
{
    size_t added = 0;
    *eof = 0;
    while (added < max_rows) {
        if (loader_fast_row(L)) {
            added++;
            if (L->f->nrows == PRESIZE_ROWS)
                loader_presize(L, max_rows, ct_csv_bytes_read(L->csv), ct_csv_bytes_total(L->csv));
            loader_progress(L);
            continue;
        }
        ct_csv_record rec;
        ct_status s = ct_csv_next(L->csv, &rec, diag);
        if (s)
            return s;
        if (!rec.fields) {
            *eof = 1;
            break;
        }
        size_t before = L->f->nrows;
        s = loader_row(L, &rec, diag);
        if (s == CT_EDATA) {
            if (L->opt->on_bad_row == CT_BAD_ROW_SKIP)
                L->stats.rows_skipped++;
            else if (stop_on_bad)
                break;
            continue;
        }
        if (s)
            return s;
        added += L->f->nrows - before;
        if (L->f->nrows == PRESIZE_ROWS)
            loader_presize(L, max_rows, ct_csv_bytes_read(L->csv), ct_csv_bytes_total(L->csv));
        loader_progress(L);
    }
    L->stats.blank_lines = L->blank_base + ct_csv_blank_lines(L->csv);
    L->stats.bytes = L->bytes_base + ct_csv_bytes_read(L->csv);
    if (L->have_bad && L->opt->on_bad_row == CT_BAD_ROW_FAIL) {
        if (diag)
            *diag = L->first_bad;
        return CT_EDATA;
    }
    return CT_OK;
}

/* ------------------------------------------------ parallel whole-file load
 *
 * A large regular file is read in blocks of one part per thread. Each block
 * is cut at line ends where the count of quote characters since the block's
 * start is even (outside quoted fields, for well-formed CSV); every part is
 * tokenized and validated by its own thread into its own frame, then the
 * parts are appended in order, bad rows replayed in file order, line numbers
 * shifted. The cut is verified, not trusted: a part whose last record runs
 * past its cut (an unterminated quote) means the parity guess was wrong (a
 * literal quote in an unquoted field), and so does a part with many bad rows;
 * the load then goes on serially from the block's start, so results never
 * depend on the guess. Column types are inferred after the whole file, as in
 * the serial load. */

#define PAR_PART_BYTES ((size_t)16 << 20) /* bytes per thread per block */
#define PAR_MAX_BAD 64                    /* more bad rows: go serial */
#define CT_EAGAIN_SERIAL ((ct_status)-1)  /* internal: use the serial loader */

typedef struct par_part {
    loader W;
    ct_load_options opt;
    size_t a, b; /* byte range in the block */
    ct_diag *bad;
    size_t nbad;
    int overflow; /* more than PAR_MAX_BAD bad rows */
    int cut_open; /* the last record ran to the end of the part unterminated */
    long lines;   /* physical lines the part spans */
    ct_status status;
    ct_diag diag;
} par_part;

static void part_collect(void *user, const ct_diag *d)
{
    par_part *p = user;
    if (p->nbad < PAR_MAX_BAD)
        p->bad[p->nbad++] = *d;
    else
        p->overflow = 1;
}

static void part_free(par_part *p)
{
    ct_free(p->W.vals);
    ct_free(p->W.vmiss);
    ct_free(p->W.mark);
    ct_free(p->W.spec_save);
    ct_csv_close(p->W.csv);
    ct_free(p->bad);
    memset(&p->W, 0, sizeof p->W);
    p->bad = NULL;
}

/* Empty a frame for reuse, keeping its capacity and category levels. */
static void frame_reset(ct_frame *f)
{
    for (size_t j = 0; j < f->ncols; j++) {
        f->cols[j].n = f->cols[j].nmiss = 0;
        f->cols[j].alen = 0;
        f->cols[j].spec_int = 1;
    }
    f->nrows = 0;
}

/* Column state saved before a block, so a doubtful block can be undone. */
typedef struct col_mark {
    size_t alen, nlevels;
} col_mark;

static void frame_mark(const ct_frame *f, col_mark *m)
{
    for (size_t j = 0; j < f->ncols; j++) {
        m[j].alen = f->cols[j].alen;
        m[j].nlevels = f->cols[j].nlevels;
    }
}

/* Drop rows from nrows on, and levels and text added after the mark. */
static int frame_truncate(ct_frame *f, size_t nrows, const col_mark *m)
{
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = &f->cols[j];
        for (size_t i = nrows; i < c->n; i++)
            c->nmiss -= c->miss[i];
        c->n = nrows;
        c->alen = m[j].alen;
        if (c->raw_lazy && col_materialize(c))
            return -1;
        ct_free(c->spec); /* spec_int may stem from dropped rows: parse again */
        c->spec = NULL;
        if (c->nlevels > m[j].nlevels) {
            for (size_t k = m[j].nlevels; k < c->nlevels; k++)
                ct_free(c->levels[k]);
            c->nlevels = m[j].nlevels;
            ct_free(c->lslot); /* rebuilt from the levels on the next lookup */
            c->lslot = NULL;
            c->lslots = 0;
        }
    }
    f->nrows = nrows;
    return 0;
}

/* Tokenize and validate block[p->a, p->b) into frame `into` (rows appended),
 * numbering lines from first_line. */
static void part_run(const loader *L, par_part *p, const char *block, ct_frame *into,
                     long first_line)
{
    ct_free(p->W.vals);
    ct_free(p->W.vmiss);
    ct_free(p->W.mark);
    ct_free(p->W.spec_save);
    ct_csv_close(p->W.csv);
    ct_free(p->bad);
    p->W = *L; /* shares header, types, NA set: read-only */
    p->opt = *L->opt;
    p->opt.on_bad_row_fn = part_collect;
    p->opt.on_bad_row_user = p;
    p->opt.progress = NULL;
    p->W.opt = &p->opt;
    p->W.f = into;
    p->W.csv = NULL;
    p->W.have_bad = 0;
    p->nbad = 0;
    p->overflow = p->cut_open = 0;
    p->status = CT_OK;
    p->lines = 0;
    memset(&p->W.stats, 0, sizeof p->W.stats);
    p->W.vals = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *p->W.vals);
    p->W.vmiss = ct_malloc(L->ncols ? L->ncols : 1);
    p->W.mark = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *p->W.mark);
    p->W.spec_save = ct_calloc(L->ncols ? L->ncols : 1, 1);
    p->bad = ct_malloc(PAR_MAX_BAD * sizeof *p->bad);
    if (!p->W.vals || !p->W.vmiss || !p->W.mark || !p->W.spec_save || !p->bad ||
        ct_csv_open_buffer(block + p->a, p->b - p->a, L->name, L->opt->delimiter, first_line, 0,
                           &p->W.csv)) {
        p->status = ct_diag_set(&p->diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
        return;
    }
    for (;;) {
        if (loader_fast_row(&p->W))
            continue;
        ct_csv_record rec;
        ct_status s = ct_csv_next(p->W.csv, &rec, &p->diag);
        if (s) {
            p->status = s;
            return;
        }
        if (!rec.fields)
            break;
        if (rec.error == CT_CSV_UNTERMINATED)
            p->cut_open = 1;
        s = loader_row(&p->W, &rec, &p->diag);
        if (s == CT_EDATA) {
            if (p->opt.on_bad_row == CT_BAD_ROW_SKIP)
                p->W.stats.rows_skipped++;
            continue;
        }
        if (s) {
            p->status = s;
            return;
        }
    }
    p->lines = ct_csv_line(p->W.csv) - first_line;
}

/* Append the rows of src (same column types) to dst, shifting line numbers
 * by line_offset. Columns are independent, so they are copied in parallel. */
static int frame_append(ct_frame *dst, ct_frame *src, long line_offset)
{
    size_t n = src->nrows, need = dst->nrows + n;
    int fail = 0;
#pragma omp parallel for schedule(dynamic, 1) reduction(| : fail) num_threads(ct_threads())
    for (size_t j = 0; j < dst->ncols; j++) {
        ct_column *d = &dst->cols[j];
        ct_column *c = &src->cols[j];
        if (need > d->cap && col_grow(d, need > 2 * d->cap ? need : 2 * d->cap)) {
            fail = 1;
            continue;
        }
        memcpy(d->miss + d->n, c->miss, n);
        d->nmiss += c->nmiss;
        if (d->f64) {
            memcpy(d->f64 + d->n, c->f64, n * sizeof *d->f64);
        } else if (d->type == CT_TYPE_CATEGORY) {
            int32_t *map = ct_malloc((c->nlevels ? c->nlevels : 1) * sizeof *map);
            if (!map) {
                fail = 1;
                continue;
            }
            for (size_t k = 0; k < c->nlevels && !fail; k++)
                fail |= (map[k] = col_intern(d, c->levels[k], c->level_len[k])) < 0;
            for (size_t i = 0; i < n && !fail; i++)
                d->codes[d->n + i] = c->codes[i] < 0 ? -1 : map[c->codes[i]];
            ct_free(map);
        } else if (d->raw_lazy != c->raw_lazy && (col_materialize(d) || col_materialize(c))) {
            fail = 1;
            continue;
        } else if (d->raw_lazy) { /* both keep values only */
            memcpy(d->spec + d->n, c->spec, n * sizeof *d->spec);
            d->spec_int &= c->spec_int;
        } else {
            if (c->alen && d->alen + c->alen + CT_CSV_PAD > d->acap) {
                size_t na = d->acap ? d->acap : 4096;
                while (na < d->alen + c->alen + CT_CSV_PAD)
                    na *= 2;
                char *ar = ct_realloc(d->arena, na);
                if (!ar) {
                    fail = 1;
                    continue;
                }
                d->arena = ar;
                d->acap = na;
            }
            if (c->alen) {
                memcpy(d->arena + d->alen, c->arena, c->alen);
                memset(d->arena + d->alen + c->alen, 0, CT_CSV_PAD);
            }
            if (d->spec && c->spec) {
                memcpy(d->spec + d->n, c->spec, n * sizeof *d->spec);
                d->spec_int &= c->spec_int;
            } else if (d->spec) {
                ct_free(d->spec);
                d->spec = NULL;
            }
            /* both borrow from the same base; arena offsets move by d->alen */
            for (size_t i = 0; i < n; i++) {
                uint64_t o = c->soff[i];
                d->soff[d->n + i] = o < c->base_len ? o : o + d->alen;
                d->slen[d->n + i] = c->slen[i];
            }
            d->alen += c->alen;
        }
        if (!fail)
            d->n = need;
    }
    if (fail)
        return -1;
    if (n == 0)
        return 0;
    if (!dst->lines && !src->lines &&
        (dst->nrows == 0 || src->line0 + line_offset == dst->line0 + (long)dst->nrows)) {
        if (dst->nrows == 0)
            dst->line0 = src->line0 + line_offset;
        dst->nrows = need; /* still one line a row */
        return 0;
    }
    if (!dst->lines && frame_lines_array(dst, need))
        return -1;
    if (need > dst->cap) {
        size_t nc = need > 2 * dst->cap ? need : 2 * dst->cap;
        long *l = ct_realloc(dst->lines, nc * sizeof *l);
        if (!l)
            return -1;
        dst->lines = l;
        dst->cap = nc;
    }
    for (size_t i = 0; i < n; i++)
        dst->lines[dst->nrows + i] = frame_line(src, i) + line_offset;
    dst->nrows = need;
    return 0;
}

/* Count quote characters in s[0..n). */
static size_t count_quotes(const char *s, size_t n)
{
    size_t c = 0;
    const char *e = s + n;
    while ((s = memchr(s, '"', (size_t)(e - s))) != NULL) {
        c++;
        s++;
    }
    return c;
}

/* First cut at or after `from`: the position just past a '\n' with an even
 * number of quotes in buf[0..pos). q is the quote count of buf[0..from).
 * Returns n when there is none. */
static size_t next_cut(const char *buf, size_t n, size_t from, size_t q)
{
    size_t pos = from;
    while (pos < n) {
        const char *nl = memchr(buf + pos, '\n', n - pos);
        if (!nl)
            return n;
        size_t at = (size_t)(nl - buf);
        q += count_quotes(buf + pos, at - pos);
        if (q % 2 == 0)
            return at + 1;
        pos = at + 1;
    }
    return n;
}

/* Last cut in buf[0..n): past the last '\n' with even quote parity; 0 if none. */
static size_t last_cut(const char *buf, size_t n)
{
    size_t q = count_quotes(buf, n), pos = n;
    while (pos > 0) {
        size_t at = pos;
        while (at > 0 && buf[at - 1] != '\n')
            at--;
        if (at == 0)
            return 0;
        at--; /* the '\n' */
        q -= count_quotes(buf + at, pos - at);
        if (q % 2 == 0)
            return at + 1;
        pos = at;
    }
    return 0;
}

/* Load the rest of the file (after the header, at byte `start`, line
 * `line`) in parallel blocks; on a doubtful cut, hand over to the serial
 * loader at the start of the current block. A mapped file is one block, cut
 * in place; otherwise blocks are read from `path`. */
static ct_status loader_run_parallel(loader *L, const char *path, ct_diag *diag)
{
    uint64_t start = ct_csv_bytes_read(L->csv), total = ct_csv_bytes_total(L->csv);
    long line = ct_csv_line(L->csv);
    const int mapped = L->map.data != NULL;
    int T = ct_threads();
    if (T > 8)
        T = 8;
    FILE *fp = NULL;
    if (!mapped) {
        fp = fopen(path, "rb");
        if (!fp || fseeko(fp, (off_t)start, SEEK_SET) != 0) {
            if (fp)
                fclose(fp);
            return CT_EAGAIN_SERIAL;
        }
    }
    ct_csv_close(L->csv);
    L->csv = NULL;
    /* parts of at most PAR_PART_BYTES; a small file is one block */
    uint64_t per = (total - start) / (uint64_t)T + ((uint64_t)1 << 16);
    size_t part = per < PAR_PART_BYTES ? (size_t)per : PAR_PART_BYTES;
    size_t cap = (size_t)T * part, have = 0;
    char *buf = NULL; /* the block read from fp */
    const char *blk;  /* the block: buf, or the mapped file from `start` */
    int eof = 0;
    if (mapped) {
        blk = L->map.data + start;
        have = cap = (size_t)(total - start);
        eof = 1;
    } else {
        blk = buf = ct_malloc(cap + CT_CSV_PAD);
    }
    par_part *parts = ct_calloc((size_t)T, sizeof *parts);
    /* part 0 appends straight to L->f; the others fill their own frames,
     * kept across blocks, which are then appended in order */
    ct_frame **own = ct_calloc((size_t)T, sizeof *own);
    col_mark *mark = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *mark);
    uint64_t pos = start; /* file offset of blk[0] */
    ct_status st = CT_OK;
    int serial = 0;
    if (!blk || !parts || !own || !mark)
        st = ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    for (int k = 1; k < T && !st; k++)
        if (loader_new_frame(L, &own[k]))
            st = ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    while (!st && !serial && !(eof && have == 0)) {
        if (!eof && have == cap) { /* one record longer than a block */
            char *nb = ct_realloc(buf, 2 * cap + CT_CSV_PAD);
            if (!nb) {
                st = ct_diag_set(diag, CT_ENOMEM, L->name, line, 0, "out of memory");
                break;
            }
            blk = buf = nb;
            cap *= 2;
        }
        if (!eof) {
            size_t got = fread(buf + have, 1, cap - have, fp);
            if (got < cap - have) {
                if (ferror(fp)) {
                    st = ct_diag_set(diag, CT_EIO, L->name, line, 0, "read error");
                    break;
                }
                eof = 1;
            }
            have += got;
            memset(buf + have, 0, CT_CSV_PAD);
        }
        size_t end = eof ? have : last_cut(blk, have);
        if (end == 0)
            continue; /* no complete record yet: read more */
        /* cut [0, end) into T parts near equal sizes */
        size_t q = 0, prev = 0;
        for (int k = 0; k < T; k++) {
            size_t target = k == T - 1 ? end : (end / (size_t)T) * (size_t)(k + 1);
            size_t cut = end;
            if (k < T - 1 && target > prev) {
                q += count_quotes(blk + prev, target - prev);
                cut = next_cut(blk, end, target, q);
                q += count_quotes(blk + target, cut - target);
            } else if (k < T - 1) {
                cut = prev;
            }
            parts[k].a = prev;
            parts[k].b = cut;
            prev = cut;
        }
        if (pos == start) {
            /* first block: size every frame from the line density of its
             * first 256 KiB, so the parts do not grow their columns (and
             * fault pages) concurrently; untouched capacity costs no RSS */
            size_t probe = end < ((size_t)1 << 18) ? end : (size_t)1 << 18, nl = 1;
            for (const char *p = blk, *e = blk + probe; (p = memchr(p, '\n', (size_t)(e - p))); p++)
                nl++;
            double lines_total = (double)nl * (double)(total - start) / (double)probe;
            double lines_block = (double)nl * (double)end / (double)probe;
            size_t est = (size_t)(lines_total * 1.05) + 16;
            size_t per_part = (size_t)(lines_block / T * 1.1) + 16;
            for (size_t j = 0; j < L->ncols; j++)
                if (est > L->f->cols[j].cap)
                    (void)col_grow(&L->f->cols[j], est); /* best effort */
            for (int k = 1; k < T; k++)
                for (size_t j = 0; j < L->ncols; j++)
                    if (per_part > own[k]->cols[j].cap)
                        (void)col_grow(&own[k]->cols[j], per_part);
        }
        size_t rows_before = L->f->nrows;
        frame_mark(L->f, mark);
        for (int k = 1; k < T; k++)
            frame_reset(own[k]);
#pragma omp parallel for schedule(static, 1) num_threads(T)
        for (int k = 0; k < T; k++)
            part_run(L, &parts[k], blk, k ? own[k] : L->f, k ? 1 : line);
        int doubt = 0;
        for (int k = 0; k < T; k++) {
            par_part *p = &parts[k];
            int at_eof = eof && p->b == have;
            if (p->status == CT_ENOMEM || p->status == CT_EIO) {
                st = p->status;
                *diag = p->diag;
            }
            doubt |= p->overflow || (p->cut_open && !at_eof) || p->status != CT_OK;
        }
        if (!st && !doubt) {
            for (int k = 0; k < T && !st; k++) {
                par_part *p = &parts[k];
                long offset = k ? line - 1 : 0;
                if (k && frame_append(L->f, own[k], offset)) {
                    st = ct_diag_set(diag, CT_ENOMEM, L->name, line, 0, "out of memory");
                    break;
                }
                if (k && mapped) { /* one block only: free the part's memory now */
                    ct_frame_destroy(own[k]);
                    own[k] = NULL;
                }
                for (size_t b = 0; b < p->nbad; b++) {
                    ct_diag d = p->bad[b];
                    d.line += offset;
                    report_bad(L, &d);
                }
                L->stats.rows_read += p->W.stats.rows_read;
                L->stats.rows_used += p->W.stats.rows_used;
                L->stats.rows_skipped += p->W.stats.rows_skipped;
                L->blank_base += ct_csv_blank_lines(p->W.csv);
                line += p->lines;
            }
            if (pos == start && !st)
                loader_presize(L, (size_t)-1, end, total - start);
            if (buf)
                memmove(buf, buf + end, have - end);
            else
                blk += end;
            have -= end;
            pos += end;
            L->bytes_base = pos;
            if (L->opt->progress)
                L->opt->progress(L->opt->progress_user, pos, total);
        } else if (!st) {
            if (frame_truncate(L->f, rows_before, mark)) /* undo part 0 */
                st = ct_diag_set(diag, CT_ENOMEM, L->name, line, 0, "out of memory");
            serial = 1;
        }
    }
    for (int k = 0; parts && k < T; k++) {
        part_free(&parts[k]);
        if (own)
            ct_frame_destroy(own[k]);
    }
    ct_free(buf);
    ct_free(parts);
    ct_free(own);
    ct_free(mark);
    if (st) {
        if (fp)
            fclose(fp);
        return st;
    }
    if (serial) {
        /* go on serially from the start of the doubtful block */
        if (mapped) {
            st = ct_csv_open_buffer(L->map.data + pos, (size_t)(total - pos), L->name,
                                    L->opt->delimiter, line, 0, &L->csv);
            if (st)
                return ct_diag_set(diag, st, L->name, line, 0, "out of memory");
        } else {
            if (fseeko(fp, (off_t)pos, SEEK_SET) != 0) {
                fclose(fp);
                return ct_diag_set(diag, CT_EIO, L->name, line, 0, "cannot seek");
            }
            ct_csv_options co = ct_csv_options_default();
            co.delimiter = L->opt->delimiter;
            st = ct_csv_open_file(fp, L->name, &co, &L->csv, diag);
            if (st) {
                fclose(fp);
                return st;
            }
            ct_csv_resume(L->csv, line);
        }
        L->bytes_base = pos;
        int e;
        st = loader_run(L, (size_t)-1, 0, &e, diag);
        if (fp)
            fclose(fp); /* the reader does not own fp */
        return st;
    }
    if (fp)
        fclose(fp);
    L->stats.blank_lines = L->blank_base;
    L->stats.bytes = L->bytes_base;
    if (L->have_bad && L->opt->on_bad_row == CT_BAD_ROW_FAIL) {
        if (diag)
            *diag = L->first_bad;
        return CT_EDATA;
    }
    return CT_OK;
}

static ct_status frame_load_any(const char *path, const char *data, size_t len, const char *name,
                                const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                                ct_diag *diag)
{
    ct_load_options def = ct_load_options_default();
    if (!opt)
        opt = &def;
    *out = NULL;
    loader L;
    ct_status s = loader_open(&L, path, data, len, name, opt, 1, diag);
    int eof = 0;
    if (!s && path && ct_csv_bytes_total(L.csv) >= opt->parallel_min_bytes &&
        ct_threads() > 1 && strcmp(path, "-") != 0) {
        s = loader_run_parallel(&L, path, diag);
        if (s == CT_EAGAIN_SERIAL)
            s = loader_run(&L, (size_t)-1, 0, &eof, diag);
    } else if (!s) {
        s = loader_run(&L, (size_t)-1, 0, &eof, diag);
    }
    if (!s)
        s = loader_finish_types(&L, diag);
    if (!s && L.opt->progress)
        L.opt->progress(L.opt->progress_user, L.stats.bytes, L.stats.bytes);
    if (stats)
        *stats = L.stats;
    if (!s) {
        int borrows = 0;
        for (size_t j = 0; j < L.f->ncols; j++)
            borrows |= L.f->cols[j].soff != NULL;
        if (borrows) { /* else nothing points into it: unmapped below */
            L.f->map = L.map;
            memset(&L.map, 0, sizeof L.map);
        }
        *out = L.f;
        L.f = NULL;
    }
    loader_free(&L);
    return s;
}

ct_status ct_frame_load(const char *path, const ct_load_options *opt, ct_frame **out,
                        ct_load_stats *stats, ct_diag *diag)
{
    return frame_load_any(path, NULL, 0, path, opt, out, stats, diag);
}

ct_status ct_frame_load_mem(const char *data, size_t len, const char *name,
                            const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                            ct_diag *diag)
{
    return frame_load_any(NULL, data, len, name ? name : "<memory>", opt, out, stats, diag);
}

/* ------------------------------------------------------------ streaming */

struct ct_reader {
    loader L;
    ct_load_options opt;
    ct_frame *pending; /* rows read during inference, not yet handed out */
    size_t pending_pos;
    int eof;
};

/* Append row i of src to dst (same column types). */
static int frame_copy_row(ct_frame *dst, const ct_frame *src, size_t i)
{
    for (size_t j = 0; j < src->ncols; j++) {
        const ct_column *s = &src->cols[j];
        ct_column *d = &dst->cols[j];
        int rc;
        if (s->miss[i])
            rc = col_push_missing(d);
        else if (s->f64)
            rc = col_push_num(d, s->f64[i]);
        else if (s->type == CT_TYPE_CATEGORY)
            rc = col_push_cat(d, s->levels[s->codes[i]], strlen(s->levels[s->codes[i]]));
        else
            rc = col_push_str(d, col_sptr(s, i), s->slen[i]);
        if (rc)
            return -1;
    }
    return frame_push_line(dst, frame_line(src, i));
}

ct_status ct_reader_open(const char *path, const ct_load_options *opt, ct_reader **out,
                         ct_diag *diag)
{
    *out = NULL;
    ct_reader *r = ct_calloc(1, sizeof *r);
    if (!r)
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    r->opt = opt ? *opt : ct_load_options_default();
    ct_status s = loader_open(&r->L, path, NULL, 0, path, &r->opt, 0, diag);
    int eof = 0;
    if (!s)
        s = loader_run(&r->L, r->opt.infer_rows, 1, &eof, diag);
    if (!s)
        s = loader_finish_types(&r->L, diag);
    if (s) {
        loader_free(&r->L);
        ct_free(r);
        return s;
    }
    r->eof = eof;
    r->pending = r->L.f;
    r->L.f = NULL;
    *out = r;
    return CT_OK;
}

ct_status ct_reader_next(ct_reader *r, size_t max_rows, ct_frame **out, ct_diag *diag)
{
    *out = NULL;
    if (max_rows == 0)
        return ct_diag_set(diag, CT_EINVAL, r->L.name, 0, 0, "max_rows must be at least 1");
    ct_frame *f;
    if (loader_new_frame(&r->L, &f))
        return ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    if (r->pending) {
        size_t end = r->pending_pos + max_rows;
        if (end > r->pending->nrows)
            end = r->pending->nrows;
        for (size_t i = r->pending_pos; i < end; i++)
            if (frame_copy_row(f, r->pending, i)) {
                ct_frame_destroy(f);
                return ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
            }
        r->pending_pos = end;
        if (end == r->pending->nrows) {
            ct_frame_destroy(r->pending);
            r->pending = NULL;
        }
    }
    if (!r->pending && !r->eof && f->nrows < max_rows) {
        r->L.f = f;
        r->L.have_bad = 0;
        int eof;
        ct_status s = loader_run(&r->L, max_rows - f->nrows, 1, &eof, diag);
        r->L.f = NULL;
        if (s) {
            ct_frame_destroy(f);
            return s;
        }
        r->eof = eof;
    }
    if (f->nrows == 0) {
        ct_frame_destroy(f);
        return CT_OK;
    }
    *out = f;
    return CT_OK;
}

const ct_load_stats *ct_reader_stats(const ct_reader *r) { return &r->L.stats; }

void ct_reader_close(ct_reader *r)
{
    if (!r)
        return;
    ct_frame_destroy(r->pending);
    loader_free(&r->L);
    ct_free(r);
}

/* --------------------------------------------------------------- access */

size_t ct_frame_nrows(const ct_frame *f) { return f->nrows; }
size_t ct_frame_ncols(const ct_frame *f) { return f->ncols; }
const ct_column *ct_frame_col(const ct_frame *f, size_t j)
{
    return j < f->ncols ? &f->cols[j] : NULL;
}
long ct_frame_row_line(const ct_frame *f, size_t i) { return i < f->nrows ? frame_line(f, i) : 0; }
const char *ct_frame_source(const ct_frame *f) { return f->source; }

size_t ct_frame_missing_rows(const ct_frame *f, const size_t *cols, size_t ncols, uint8_t *out)
{
    size_t n = f->nrows, marked = 0;
    memset(out, 0, n);
    if (!cols)
        ncols = f->ncols;
    for (size_t k = 0; k < ncols; k++) {
        const ct_column *c = &f->cols[cols ? cols[k] : k];
        if (c->nmiss)
            for (size_t i = 0; i < n; i++)
                out[i] |= c->miss[i];
    }
    for (size_t i = 0; i < n; i++)
        marked += out[i];
    return marked;
}

ct_status ct_frame_find(const ct_frame *f, const char *name, size_t *j, ct_diag *diag)
{
    for (size_t k = 0; k < f->ncols; k++)
        if (strcmp(f->cols[k].name, name) == 0) {
            *j = k;
            return CT_OK;
        }
    return ct_diag_set(diag, CT_ECOLUMN, f->source, 0, 0, "required column '%s' is absent", name);
}

const char *ct_column_name(const ct_column *c) { return c->name; }
ct_type ct_column_type(const ct_column *c) { return c->type; }
size_t ct_column_len(const ct_column *c) { return c->n; }
int ct_column_is_numeric(const ct_column *c) { return c->f64 != NULL; }
const double *ct_column_f64(const ct_column *c) { return c->f64; }
const uint8_t *ct_column_missing(const ct_column *c)
{
    static const uint8_t none[1] = {0};
    return c->miss ? c->miss : none;
}
size_t ct_column_nmissing(const ct_column *c) { return c->nmiss; }
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

const char *ct_column_str(const ct_column *c, size_t i, size_t *len)
{
    if (i >= c->n || c->miss[i] || c->f64)
        return NULL;
    if (c->type == CT_TYPE_CATEGORY) {
        const char *s = c->levels[c->codes[i]];
        if (len)
            *len = strlen(s);
        return s;
    }
    if (len)
        *len = c->slen[i];
    return col_sptr(c, i);
}
