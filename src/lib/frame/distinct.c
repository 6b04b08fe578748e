/* distinct.c — the distinct values of one column (pandas' Series.nunique()),
 * compared as every duplicate count compares them: exact identifiers by
 * their int64 values, other numbers by their doubles, strings by their
 * bytes as written, categories by level. One rule for inspect's distinct
 * and duplicate counts and for the rounded-ids note (frame.c), so the two
 * never disagree about whether ids repeat (before 2026-12-04 the note
 * compared a string id's double: tests/cli/files_ids_long_not_rounded). */
#include "frame/frame_internal.h"
#include "frame/distinct.h"

#include "base/hash.h"

/* Row i's string hash: the caller's, else computed here. */
static uint64_t str_hash_of(const ct_column *c, size_t i, const uint64_t *str_hash)
{
    if (str_hash)
        return str_hash[i];
    size_t len;
    const char *s = ct_column_str(c, i, &len);
    return s ? ct_hash_bytes(s, len, 0) : 0;
}

int frame_column_distinct(const ct_column *c, size_t n, const uint64_t *str_hash, size_t *out)
{
    const uint8_t *miss = ct_column_missing(c);
    const double *v = ct_column_f64(c);
    const int64_t *x = ct_column_i64(c);
    const int32_t *codes = ct_column_codes(c);
    if (codes) {
        /* every level appears at least once (levels are made from the data) */
        size_t nl = ct_column_nlevels(c), d = 0;
        uint8_t *seen = ct_calloc(nl ? nl : 1, 1);
        if (!seen)
            return -1;
        for (size_t i = 0; i < n; i++)
            if (codes[i] >= 0 && !seen[codes[i]]) {
                seen[codes[i]] = 1;
                d++;
            }
        ct_free(seen);
        *out = d;
        return 0;
    }
    size_t cap = ct_hash_capacity(n);
    uint32_t *slot = ct_hash_slots(cap);
    if (!slot)
        return -1;
    size_t d = 0;
    for (size_t i = 0; i < n; i++) {
        if (miss[i])
            continue;
        uint64_t h = x   ? ct_hash_mix((uint64_t)x[i])
                     : v ? ct_hash_double(v[i], 0)
                         : str_hash_of(c, i, str_hash);
        size_t s = h & (cap - 1);
        for (;;) {
            if (!slot[s]) {
                slot[s] = (uint32_t)i + 1;
                d++;
                break;
            }
            size_t o = slot[s] - 1;
            int eq;
            if (x) {
                eq = x[o] == x[i];
            } else if (v) {
                eq = v[o] == v[i];
            } else if (str_hash_of(c, o, str_hash) != str_hash_of(c, i, str_hash)) {
                eq = 0;
            } else {
                size_t la, lb;
                const char *a = ct_column_str(c, o, &la), *b = ct_column_str(c, i, &lb);
                eq = la == lb && memcmp(a, b, la) == 0;
            }
            if (eq)
                break;
            s = (s + 1) & (cap - 1);
        }
    }
    ct_free(slot);
    *out = d;
    return 0;
}

int frame_column_first_rows(const ct_column *c, size_t n, size_t *first)
{
    const uint8_t *miss = ct_column_missing(c);
    const double *v = ct_column_f64(c);
    const int64_t *x = ct_column_i64(c);
    const int32_t *codes = ct_column_codes(c);
    for (size_t i = 0; i < n; i++)
        first[i] = i;
    if (codes) {
        size_t nl = ct_column_nlevels(c);
        size_t *at = ct_malloc((nl ? nl : 1) * sizeof *at);
        if (!at)
            return -1;
        for (size_t l = 0; l < nl; l++)
            at[l] = SIZE_MAX;
        for (size_t i = 0; i < n; i++)
            if (codes[i] >= 0) {
                if (at[codes[i]] == SIZE_MAX)
                    at[codes[i]] = i;
                first[i] = at[codes[i]];
            }
        ct_free(at);
        return 0;
    }
    if (n > UINT32_MAX - 1)
        return -1; /* the slots hold row + 1 in 32 bits */
    size_t cap = ct_hash_capacity(n);
    uint32_t *slot = ct_hash_slots(cap);
    if (!slot)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (miss[i])
            continue;
        size_t la = 0;
        const char *a = x || v ? NULL : ct_column_str(c, i, &la);
        if (!x && !v && (!a || la == 0))
            continue; /* an empty id: a group of its own */
        uint64_t h = x   ? ct_hash_mix((uint64_t)x[i])
                     : v ? ct_hash_double(v[i], 0)
                         : ct_hash_bytes(a, la, 0);
        size_t s = h & (cap - 1);
        for (;;) {
            if (!slot[s]) {
                slot[s] = (uint32_t)i + 1;
                break;
            }
            size_t o = slot[s] - 1;
            int eq;
            if (x) {
                eq = x[o] == x[i];
            } else if (v) {
                eq = v[o] == v[i];
            } else {
                size_t lb;
                const char *b = ct_column_str(c, o, &lb);
                eq = la == lb && memcmp(a, b, la) == 0;
            }
            if (eq) {
                first[i] = o;
                break;
            }
            s = (s + 1) & (cap - 1);
        }
    }
    ct_free(slot);
    return 0;
}
