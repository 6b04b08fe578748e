/* infer.c — type inference of a column the schema does not name.
 *
 * Over the rows a load has read (the whole file, or a stream's inference
 * window), an AUTO column becomes, as pandas' read_csv would type it:
 *   int    every value a number written as a whole number (no '.', finite);
 *   float  every value a number otherwise, or every value missing;
 *   identifier  numbers as int, when named like an id ("#", "id", "*_id")
 *          and all distinct; strings all distinct without spaces, named
 *          like an id or at most 40 bytes long on average;
 *   categorical  at most max_categories distinct strings of at most 64
 *          bytes on average (levels in order of first appearance);
 *   text   anything else.
 * A schema's CT_TYPE_ID column is inferred too, numeric or string, but is
 * an identifier whatever its values. So is a column of whole numbers any
 * of which is beyond 2^53 (no count gets there; a double cannot hold such
 * values exactly: they are codes or ids).
 * Numeric identifiers beyond 2^53 keep their exact values (int64) beside
 * the doubles when every value is a whole number in digits that fits;
 * ones that do not fit (over 19 digits) stay strings. Below 2^53 the
 * doubles are exact and no int64 copy is kept. Distinct ids beyond 2^53 that
 * share a double thus stay distinct in every count and comparison. An
 * identifier any of whose values is written with a leading zero ("0071")
 * stays strings too, as written. The numeric guess kept while loading
 * (spec, spec_int; column.c) spares parsing the values again. */
#include "frame/frame_internal.h"

#include "base/hash.h"

#include <strings.h>

/* The usual names of a row-number column, in any case: a column of
 * distinct whole numbers so named counts rows (the reports file is sorted
 * by class, so its row numbers alone separate the classes: before
 * 2026-12-05 a 'row' column was an int feature that the shortcut audit
 * flagged; tests/cli/row_number_names_id). */
static const char *const row_number_names[] = {
    "row", "rownum", "row_num", "row_number", "rowid",  "row_id", "no",
    "no.", "line",   "lineno",  "line_no",    "record", "recno",  "record_no"};

static int is_row_number_name(const char *nm)
{
    for (size_t k = 0; k < sizeof row_number_names / sizeof row_number_names[0]; k++)
        if (strcasecmp(nm, row_number_names[k]) == 0)
            return 1;
    return 0;
}

/* "#", "id" in any case, a name ending in "id" in any case after a word
 * separator ('_', '.', ' ', '-': video_id, R's video.id, a spreadsheet's
 * "Video ID", video-id) or after a lower-case letter as "Id" or "ID"
 * (camelCase: videoId, VideoID), or a usual row-number name. Before
 * 2026-12-06 only "_id" and "_ID" ended one: a file re-saved by R
 * (read.csv makes "video id" video.id) or titled by a spreadsheet ("Video
 * Id") had its ids typed int and trained on as a numeric feature
 * (tests/cli/id_names_other_spellings). */
int ct_name_is_id(const char *nm)
{
    size_t L = strlen(nm);
    if (strcmp(nm, "#") == 0 || strcasecmp(nm, "id") == 0 || is_row_number_name(nm))
        return 1;
    if (L > 3 && strchr("_. -", nm[L - 3]) && strcasecmp(nm + L - 2, "id") == 0)
        return 1;
    return L > 2 && nm[L - 3] >= 'a' && nm[L - 3] <= 'z' && nm[L - 2] == 'I' &&
           (nm[L - 1] == 'd' || nm[L - 1] == 'D');
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

/* Some value of an all-whole-number raw column is beyond 2^53 in
 * magnitude (the numeric guess, else the values parsed). */
static int beyond_2_53(const ct_column *c)
{
    const double lim = 9007199254740992.0;
    if (c->spec) { /* the values parsed on the way in: one tight pass */
        int any = 0;
        for (size_t i = 0; i < c->n; i++)
            any |= !c->miss[i] & (fabs(c->spec[i]) >= lim);
        return any;
    }
    for (size_t i = 0; i < c->n; i++) {
        if (c->miss[i])
            continue;
        double v;
        int integral;
        if (col_parse_number(c, col_sptr(c, i), c->slen[i], &v, &integral, NULL) != 0)
            continue;
        if (v >= lim || v <= -lim)
            return 1;
    }
    return 0;
}

/* Give a numeric identifier its exact values (c->i64) when every value is
 * a whole number in digits that fits an int64: 1; 0 when one is not; -1
 * when out of memory. */
static int exact_ids(ct_column *c)
{
    int64_t *x = ct_malloc((c->cap ? c->cap : 1) * sizeof *x);
    if (!x)
        return -1;
    for (size_t i = 0; i < c->n; i++) {
        if (c->miss[i])
            x[i] = 0;
        else if (c->raw_lazy) /* canonical, at most 15 digits: the double is exact */
            x[i] = (int64_t)c->spec[i];
        else if (!parse_exact_i64(col_sptr(c, i), c->slen[i], &x[i])) {
            ct_free(x);
            return 0;
        }
    }
    c->i64 = x;
    return 1;
}

/* 1 when a value is a whole number written with a leading zero ("0071"):
 * as a number an identifier would lose it ("71"), and "0071" and "71" would
 * be one id. A raw_lazy column holds canonical numbers only. */
static int zero_padded(const ct_column *c)
{
    if (c->raw_lazy)
        return 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->miss[i])
            continue;
        const char *v = col_sptr(c, i);
        size_t n = c->slen[i], k = 0;
        while (k < n && v[k] == ' ')
            k++;
        if (k < n && (v[k] == '-' || v[k] == '+'))
            k++;
        if (k + 1 < n && v[k] == '0' && v[k + 1] >= '0' && v[k + 1] <= '9')
            return 1;
    }
    return 0;
}

/* Infer the type of a raw (AUTO) column and convert its storage. */
int col_infer(ct_column *c, size_t max_categories, int id_text)
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
        int lit;
        if (col_parse_number(c, col_sptr(c, i), c->slen[i], &v, &integral, &lit) != 0)
            all_num = 0;
        else if (!integral || !lit || !isfinite(v))
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
        int big = all_int && beyond_2_53(c);
        /* exact int64 values only where doubles are not exact: beyond 2^53
         * (below it every whole number has its own double, and ids cost
         * nothing extra) */
        if (c->forced == CT_TYPE_ID || big ||
            (all_int && ct_name_is_id(c->name) && raw_distinct(c, nonnull, &fail) == nonnull))
            t = CT_TYPE_ID;
        if (fail)
            return -1;
        if (t == CT_TYPE_ID && (id_text || zero_padded(c))) {
            /* an identifier written with leading zeros, or any in a
             * stream: kept as written (a raw_lazy column's values are
             * canonical numbers: their text is the number's) */
            if (col_materialize(c))
                return -1;
            ct_free(c->spec);
            c->spec = NULL;
            c->type = CT_TYPE_ID;
            return 0;
        }
        int exact = t == CT_TYPE_ID && big ? exact_ids(c) : 0;
        if (exact < 0)
            return -1;
        if (t == CT_TYPE_ID && !exact && big) {
            /* whole numbers too long for an int64: exact only as strings */
            ct_free(c->spec);
            c->spec = NULL;
            c->type = CT_TYPE_ID;
            return col_materialize(c);
        }
        double *v = c->spec;
        c->spec = NULL;
        if (!v) {
            v = ct_malloc((c->cap ? c->cap : 1) * sizeof *v);
            if (!v)
                return -1;
            c->tsep_odd = 0; /* counted again here, on every value */
            for (size_t i = 0; i < c->n; i++) {
                int integral;
                if (c->miss[i] ||
                    col_parse_number(c, col_sptr(c, i), c->slen[i], &v[i], &integral, NULL) != 0)
                    v[i] = NAN;
                else if (c->tsep)
                    col_note_tsep(c, i, col_sptr(c, i), c->slen[i]);
            }
        }
        /* thousands grouped by '.' read as decimals, weighed before the
         * text goes (dot_groups.c) */
        if (t == CT_TYPE_FLOAT)
            col_weigh_dot_groups(c);
        /* infinity as written, before the text goes: looked for only when
         * some value is infinite (a missing one is NaN here) */
        int inf = 0;
        for (size_t i = 0; i < c->n; i++)
            inf |= isinf(v[i]) != 0;
        for (size_t i = 0; inf && i < c->n; i++)
            if (!c->miss[i] && isinf(v[i]))
                col_note_infinite(c, col_sptr(c, i), c->slen[i]);
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
    if (d == nonnull && spaces == 0 && ct_name_is_id(c->name)) {
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
    if (d == nonnull && spaces == 0 && (ct_name_is_id(c->name) || avg <= 40))
        c->type = CT_TYPE_ID;
    else
        c->type = CT_TYPE_TEXT;
    return 0;
}
