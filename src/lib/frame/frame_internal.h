/* frame_internal.h — internal: the column store's structures, shared by the
 * files of the frame layer, and the hot helpers of the loader's two paths.
 *
 * The helpers the fast path calls for every value (col_reserve,
 * col_put_str, col_spec_value, col_intern_padded, frame_push_line, the digit
 * readers) are static inline here, so that fast_path.c inlines them across
 * files as it did when the loader was one file; their slow halves (growing,
 * the hashed level lookup, the lines array) are ordinary functions.
 *
 * Files: frame.c (the frame object and its accessors), frame_names.c (its
 * name index), column.c (column
 * storage), levels.c (level dictionaries), infer.c (type inference),
 * frame_build.c (public building), frame_schema.c (schemas), distinct.c
 * (distinct values, distinct.h), loader.c /
 * fast_path.c / parallel_load.c / prefault.c (loading), reader.c
 * (streaming), frame_write.c (CSV writing). Hidden symbols (not CT_API).
 */
#ifndef CT_FRAME_INTERNAL_H
#define CT_FRAME_INTERNAL_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"

#include "base/parse.h"
#include "io/csv_internal.h"
#include "io/mapfile.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <math.h>
#include <stdint.h>
#include <string.h>

/* What to do about a column name with spaces around it, said by the
 * "did you mean" hint (frame.c) and inspect's note (spaced_names.c). */
#define FRAME_SPACED_FIX                                                                           \
    "pandas keeps such spaces in the name: remove them from the header line, or give the name "    \
    "exactly, in quotes, where an option names the column"

/* Room for a numeric column's spellings of infinity (inf_spelling.c). */
#define COL_INFW_BYTES 128
#define COL_INFW_MAX 6

struct ct_column {
    char *name;
    /* 1 + the column whose header name this one's repeats as written (it
     * was renamed "NAME.k" by pandas' rule, header_names.c), 0 when its
     * name is as written or the frame was built in memory */
    size_t repeat_of;
    ct_type type;   /* final type; CT_TYPE_AUTO while still raw */
    ct_type forced; /* schema type: CT_TYPE_ID forces identifier, AUTO infers */
    size_t n, cap;
    double *f64; /* numeric columns */
    /* numeric identifiers whose every value is a whole number that fits,
     * and int columns from their first value beyond 2^53 (a count of 2^53 + 1
     * next to 2^53 + 2 is two values, as in pandas' int64): the exact values
     * (0 where missing); f64 holds them as doubles, which are exact only
     * below 2^53 (ct_column_i64). i64_lost: an int column with a value
     * beyond int64, which no exact array can hold (doubles only, as
     * pandas' float64) */
    int64_t *i64;
    int i64_lost;
    uint8_t *miss;
    size_t nmiss;
    int32_t *codes; /* categorical */
    char **levels;
    size_t *level_len;
    size_t nlevels, lcap;
    uint32_t *lslot; /* level hash table: level index + 1, 0 = empty */
    size_t lslots;
    /* fixed: the levels are a given dictionary (a schema's, or a stream's
     * after its inference window): a value not among them is coded
     * CT_CODE_UNSEEN, marked missing and counted in nunseen, never added */
    int fixed;
    size_t nunseen;
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
    /* The number format of the column's text (ct_load_options decimal and
     * thousands): dec 0 for the plain one ('.', no separator) */
    char dec, tsep;
    /* numeric columns: the infinite values' fields as written ('Infinity',
     * '-INF'), distinct, NUL-separated in infw, in the order met
     * (inf_spelling.c); infw_more: more than infw holds */
    char infw[COL_INFW_BYTES];
    uint8_t ninfw, infw_more;
    /* float columns inferred from their text: how many values look like
     * a whole number with '.' between digit groups ("459.352") and how
     * many are whole numbers below 1,000 ("925"), when every value is one
     * or the other; dot_first the first row of the former (dot_groups.c).
     * 0 when a value is neither, or the column is not so read */
    size_t dot_grouped, dot_whole, dot_first;
    /* numeric columns read with a thousands separator (tsep): how many
     * values hold it between digits where no group of exactly three digits
     * follows ("12.0", "3.5" with --thousands=.: read as 120 and 35, as
     * pandas reads them), the first one's row and text as written
     * (thousands_misread.c) */
    size_t tsep_odd, tsep_odd_first;
    char tsep_odd_text[40];
};

struct ct_frame {
    size_t nrows, ncols, cap;
    /* one allocation per column, so a ct_column pointer stays valid while
     * columns are added (ct_frame_add_*); colcap: room in cols */
    ct_column **cols;
    size_t colcap;
    /* Name index (frame_names.c): open-addressing slots holding 1 + the
     * index of the first column of each name (0 = empty), nslots a power of
     * two at least twice nnamed; kept by frame_col_init and ct_frame_add_*
     * as names are set, so ct_frame_find is one probe, not a scan. */
    size_t *nslot;
    size_t nslots, nnamed;
    /* Physical line of each row. While every row starts on the line after
     * the previous one (most files), lines is NULL and row i's line is
     * line0 + i: 8 bytes a row less; the array appears at the first jump.
     * A frame built in memory has neither (line0 == 0: lines unknown; a
     * loaded row is never on line 0 or 1, the header's). */
    long *lines;
    long line0;
    char *source;
    /* the delimiter of the file it was loaded from, 0 when built in
     * memory: a hint naming an option says one the CLI takes with it
     * (--decimal=, is no fix for a ','-delimited file) */
    char delim;
    ct_mapping map; /* the mapped source file the columns borrow text from */
};

/* Row i's string in a string column (not NUL-terminated in base). */
static inline const char *col_sptr(const ct_column *c, size_t i)
{
    uint64_t o = c->soff[i];
    return o < c->base_len ? c->base + o : c->arena + (o - c->base_len);
}

/* ------------------------------------------------------------ column.c */

void col_free(ct_column *c);
/* Grow every array the column uses to hold nc rows (nc > c->cap). */
int col_grow(ct_column *c, size_t nc);

/* Make room for one more row. */
static inline int col_reserve(ct_column *c)
{
    if (c->n < c->cap)
        return 0;
    return col_grow(c, c->cap ? 2 * c->cap : 1024);
}

int col_push_missing(ct_column *c);
int col_push_num(ct_column *c, double v);
/* Push an exact identifier value (c->i64 columns). */
int col_push_i64(ct_column *c, int64_t x);
/* Give an int column its exact values (c->i64) from its rows so far, all
 * below 2^53 in magnitude (their doubles exact). -1 when out of memory. */
int col_make_i64(ct_column *c);
/* The magnitude from which an int column keeps exact values: 2^53. */
#define COL_EXACT_LIMIT 9007199254740992.0
int col_push_str(ct_column *c, const char *s, size_t len);
/* Push value s as a level of a categorical column (interned; coded
 * CT_CODE_UNSEEN when the levels are fixed and s is not one). -1 when out
 * of memory. */
int col_push_cat(ct_column *c, const char *s, size_t len);
/* Push a code of this column's dictionary: -1 missing, CT_CODE_UNSEEN, or
 * a level index. */
int col_push_code(ct_column *c, int32_t code);
/* Take back the last row (its missing and unseen counts with it). */
void col_pop(ct_column *c);
/* ------------------------------------------------------ inf_spelling.c */

/* Field s[0..len) of numeric column c was read as an infinite value: keep
 * its spelling (once; beyond the room, infw_more is set). */
void col_note_infinite(ct_column *c, const char *s, size_t len);
/* Every spelling src kept, kept by dst too (rows copied or appended). */
void col_note_infinite_from(ct_column *dst, const ct_column *src);

/* Leave raw_lazy: give rows 0..n-1 their strings, printed from the values. */
int col_materialize(ct_column *c);
/* Store an AUTO column's value s[0..len) (not missing) at row c->n, room
 * reserved, n not advanced. padded: 8 bytes past s + len are readable. */
int col_put_auto(ct_column *c, const char *s, size_t len, int padded);

/* Store s[0..len) as row c->n's string (room reserved; n not advanced):
 * borrowed when it lies in the mapped source, else copied into the arena
 * with a NUL and CT_CSV_PAD zero bytes after it. */
static inline int col_put_str(ct_column *c, const char *s, size_t len)
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

/* Digit groups of three after a first group of 1 to 3 digits that does
 * not start with 0, read from p[i] on in p[0..n): a spreadsheet's
 * thousands separators ("459.352", "1,234,567", "343 296", "1'000",
 * Python's "1_000"), one separator kind ("0.001" is a fraction, never a
 * grouped 1). Returns how many groups follow the first (0: none), *sep
 * the separator, *end where the groups end (p[*end] may be a decimal
 * mark and more). The one reading of a grouped number: the loader's
 * hint on a bad value (loader.c) and the evidence on an inferred column
 * (dot_groups.c) both take it. */
static inline size_t digit_groups(const char *p, size_t n, size_t i, char *sep, size_t *end)
{
    size_t j = i, first = 0, groups = 0;
    *sep = 0;
    while (j < n && p[j] >= '0' && p[j] <= '9')
        j++, first++;
    while (first >= 1 && first <= 3 && p[i] != '0' && j < n && p[j] && strchr(",. '_", p[j]) &&
           (!*sep || p[j] == *sep)) {
        size_t k = j + 1, d = 0;
        while (k < n && p[k] >= '0' && p[k] <= '9')
            k++, d++;
        if (d != 3)
            break;
        *sep = p[j];
        j = k;
        groups++;
    }
    *end = j;
    return groups;
}

/* s[0..len) is a whole number written in digits (an optional sign, no
 * point or exponent) that fits an int64: *x gets it exactly. */
static inline int parse_exact_i64(const char *s, size_t len, int64_t *x)
{
    size_t i = 0;
    int neg = 0;
    if (len && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        i = 1;
    }
    if (i == len || len - i > 19)
        return 0;
    uint64_t m = 0;
    for (; i < len; i++) {
        unsigned d = (unsigned)(unsigned char)s[i] - '0';
        if (d > 9)
            return 0;
        m = m * 10 + d; /* at most 19 digits: no wrap */
    }
    if (m > (uint64_t)INT64_MAX + (uint64_t)neg)
        return 0;
    *x = neg ? (int64_t)(0 - m) : (int64_t)m;
    return 1;
}

/* s[0..len) is a hexadecimal number as C and Python write it (an optional
 * sign, 0x or 0X, 1 to 15 hex digits; no spaces): *x gets its magnitude.
 * pandas reads it as text; the hints give its decimal value. */
static inline int hex_number(const char *s, size_t len, uint64_t *x)
{
    size_t i = len && (s[0] == '-' || s[0] == '+');
    if (len < i + 3 || len > i + 17 || s[i] != '0' || (s[i + 1] | 0x20) != 'x')
        return 0;
    *x = 0;
    for (size_t k = i + 2; k < len; k++) {
        const unsigned d = (unsigned char)s[k];
        const unsigned v = d - '0' <= 9            ? d - '0'
                           : (d | 0x20) - 'a' <= 5 ? (d | 0x20) - 'a' + 10
                                                   : 16;
        if (v > 15)
            return 0;
        *x = *x * 16 + v;
    }
    return 1;
}

/* s[0..len) is a whole number written with a leading zero ("0071", "-007"):
 * as a number an identifier would lose the zeros (infer.c's zero_padded,
 * for one value). */
static inline int id_zero_padded(const char *s, size_t len)
{
    size_t k = 0;
    while (k < len && s[k] == ' ')
        k++;
    if (k < len && (s[k] == '-' || s[k] == '+'))
        k++;
    return k + 1 < len && s[k] == '0' && s[k + 1] >= '0' && s[k + 1] <= '9';
}

/* s[0..len) is a canonical whole number (raw_lazy): *u gets it.
 * padded: 8 bytes past s + len are readable. */
static inline int canonical_uint(const char *s, size_t len, int padded, uint64_t *u)
{
    return len > 0 && (s[0] != '0' || len == 1) && plain_digits(s, len, padded, u);
}

/* A number written as a whole number: neither a '.' nor an exponent. pandas
 * reads "1e3" and "343296.0" as float64 however whole their values are, so
 * a column holding one is float (and "1e20" is never taken for an id). */
static inline int int_literal(const char *s, size_t len)
{
    return !memchr(s, '.', len) && !memchr(s, 'e', len) && !memchr(s, 'E', len);
}

/* -------------------------------------------------- thousands_misread.c */

/* 1 when s[0..len) holds separator t right after a digit where no group
 * of exactly three digits follows it (before the decimal mark dec, another
 * t or the end): "12.0", "3.5", "1.2345" with t '.'; "1.234,5" is not. */
static inline int tsep_misplaced(const char *s, size_t len, char t, char dec)
{
    for (size_t i = 1; i < len && s[i] != dec; i++) {
        if (s[i] != t || s[i - 1] < '0' || s[i - 1] > '9')
            continue;
        size_t d = 0;
        while (i + 1 + d < len && s[i + 1 + d] >= '0' && s[i + 1 + d] <= '9')
            d++;
        if (d != 3)
            return 1;
    }
    return 0;
}

/* Row `row` of numeric column c holds s[0..len), read in its format:
 * counted (c->tsep_odd) when tsep_misplaced, the first kept. */
void col_note_tsep(ct_column *c, size_t row, const char *s, size_t len);
/* src's counts added to dst's, src's rows following dst's first n. */
void col_note_tsep_from(ct_column *dst, const ct_column *src, size_t n);

/* The longest number read in a format other than the plain one. */
#define COL_NUMBER_MAX 512

/* s[0..len) as a number of column c's format: ct_parse_number, through
 * ct_parse_number_local for a decimal comma or thousands separators; lit
 * (may be NULL) gets int_literal of the number as rewritten ("1.234" with
 * thousands '.' is a whole number). 0, -1 when it is not a number, 1
 * when it is beyond a double's range (ct_parse_number). */
static inline int col_parse_number(const ct_column *c, const char *s, size_t len, double *v,
                                   int *integral, int *lit)
{
    if (!c->dec) {
        if (lit)
            *lit = int_literal(s, len);
        return ct_parse_number(s, len, v, integral);
    }
    char buf[COL_NUMBER_MAX];
    const size_t n = ct_parse_number_local(s, len, c->dec, c->tsep, buf, sizeof buf);
    if (n == (size_t)-1)
        return -1;
    if (lit)
        *lit = int_literal(buf, n);
    return ct_parse_number(buf, n, v, integral);
}

/* An AUTO column's value s[0..len) (not missing) is about to be pushed:
 * keep the numeric guess going, or give it up at the first non-number. */
static inline void col_spec_value(ct_column *c, const char *s, size_t len, int padded)
{
    double v;
    int integral;
    uint64_t u;
    if (plain_digits(s, len, padded, &u)) { /* row numbers, ids: whole, no '.' */
        c->spec[c->n] = (double)u;
        return;
    }
    int lit;
    if (col_parse_number(c, s, len, &v, &integral, &lit) == 0) {
        c->spec[c->n] = v;
        c->spec_int &= integral && isfinite(v) && lit;
        if (c->tsep)
            col_note_tsep(c, c->n, s, len);
    } else {
        ct_free(c->spec);
        c->spec = NULL;
    }
}

/* ------------------------------------------------------------ levels.c */

/* Columns with few levels (most categorical data) are searched linearly,
 * which beats hashing the value; the hash table takes over above that. */
#define FEW_LEVELS 8
/* Internal result of the interning functions when out of memory (level
 * indexes are >= 0; CT_CODE_UNSEEN is -2). */
#define COL_NOMEM ((int32_t)-1)

/* Level index of s, inserting it when absent (or CT_CODE_UNSEEN when the
 * levels are fixed); COL_NOMEM on allocation failure. */
int32_t col_intern(ct_column *c, const char *s, size_t len);
/* A value that is not a level yet: appended (slot: its free hash slot, or
 * (size_t)-1 while the hash table is not in use), or CT_CODE_UNSEEN when
 * the levels are fixed. */
int32_t col_new_level(ct_column *c, const char *s, size_t len, size_t slot);
/* Append a level unconditionally (building dictionaries). */
int32_t col_add_level(ct_column *c, const char *s, size_t len, size_t slot);
/* Give an empty column the dictionary levels[0..n) (lens may be NULL:
 * strlen) and fix it. 0, or -1 when out of memory. */
int col_set_levels(ct_column *c, const char *const *levels, const size_t *lens, size_t n);
/* Drop the levels from `keep` on (an undone row or block). */
void col_drop_levels(ct_column *c, size_t keep);

/* col_intern for a value with 16 readable bytes past its end (the fast
 * path's buffers): a short value is compared with each of a few levels in
 * one 16-byte step (levels are stored with 16 bytes of zero padding). */
static inline int32_t col_intern_padded(ct_column *c, const char *s, size_t len)
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
            return col_new_level(c, s, len, (size_t)-1);
    }
#endif
    return col_intern(c, s, len);
}

/* ------------------------------------------------------------- frame.c */

/* A frame of ncols empty columns (not yet initialised) named `source`. */
ct_frame *frame_new(size_t ncols, const char *source);
/* frame_names.c: make room in f's name index for one more name (0, or -1
 * when memory runs out; the index is unchanged then). */
int frame_names_reserve(ct_frame *f);
/* Record column j's name (set) in the index, after frame_names_reserve:
 * the first column of a name keeps it (ct_frame_find's rule). */
void frame_names_put(ct_frame *f, size_t j);
/* The index of the first column named name, SIZE_MAX when none. */
size_t frame_names_get(const ct_frame *f, const char *name);

static inline long frame_line(const ct_frame *f, size_t i)
{
    return f->lines ? f->lines[i] : f->line0 + (long)i;
}

/* Give up the dense form: write out the lines of the rows so far, with room
 * for cap rows. */
int frame_lines_array(ct_frame *f, size_t cap);
int frame_push_line_array(ct_frame *f, long line);

/* Count one more row, which started on physical line `line`. */
static inline int frame_push_line(ct_frame *f, long line)
{
    if (!f->lines) {
        if (f->nrows == 0)
            f->line0 = line;
        if (line == f->line0 + (long)f->nrows) {
            f->nrows++;
            return 0;
        }
    }
    return frame_push_line_array(f, line);
}

/* Set up column j with a name and a starting type. */
int frame_col_init(ct_frame *f, size_t j, const char *name, ct_type type, ct_type forced,
                   int numeric_id);

/* ------------------------------------------------------------- infer.c */

/* Infer the type of a raw (AUTO) column and convert its storage.
 * id_text: an identifier column keeps its values as strings (as written),
 * numeric or not. */
int col_infer(ct_column *c, size_t max_categories, int id_text);

/* --------------------------------------------------------- dot_groups.c */

/* Column c, just inferred float from its text (still held), weighed for
 * thousands grouped by '.' (c->dot_grouped and the counts beside it). */
void col_weigh_dot_groups(ct_column *c);

#endif
