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

/* Rows o and i hold the same value, compared as the header says. */
static int same_value(const ct_column *c, size_t o, size_t i, const uint64_t *str_hash)
{
    const int64_t *x = ct_column_i64(c);
    const double *v = ct_column_f64(c);
    if (x)
        return x[o] == x[i];
    if (v)
        return v[o] == v[i];
    if (str_hash && str_hash[o] != str_hash[i])
        return 0;
    size_t la = 0, lb = 0;
    const char *a = ct_column_str(c, o, &la), *b = ct_column_str(c, i, &lb);
    return la == lb && (la == 0 || memcmp(a, b, la) == 0);
}

/* Looks row i's value up in the open-addressing table slot[cap] (row + 1
 * per slot, 0 = empty): returns the first row holding the same value, or
 * SIZE_MAX after adding row i as the first of a new value. */
static size_t slot_find_or_add(const ct_column *c, uint32_t *slot, size_t cap, size_t i,
                               const uint64_t *str_hash)
{
    const int64_t *x = ct_column_i64(c);
    const double *v = ct_column_f64(c);
    uint64_t h = x   ? ct_hash_mix((uint64_t)x[i])
                 : v ? ct_hash_double(v[i], 0)
                     : str_hash_of(c, i, str_hash);
    for (size_t s = h & (cap - 1);; s = (s + 1) & (cap - 1)) {
        if (!slot[s]) {
            slot[s] = (uint32_t)i + 1;
            return SIZE_MAX;
        }
        size_t o = slot[s] - 1;
        if (same_value(c, o, i, str_hash))
            return o;
    }
}

int frame_column_distinct(const ct_column *c, size_t n, const uint64_t *str_hash, size_t *out)
{
    const uint8_t *miss = ct_column_missing(c);
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
    if (n > UINT32_MAX - 1)
        return -1; /* the slots hold row + 1 in 32 bits */
    size_t cap = ct_hash_capacity(n);
    uint32_t *slot = ct_hash_slots(cap);
    if (!slot)
        return -1;
    size_t d = 0;
    for (size_t i = 0; i < n; i++)
        if (!miss[i] && slot_find_or_add(c, slot, cap, i, str_hash) == SIZE_MAX)
            d++;
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
        if (!x && !v) {
            size_t la = 0;
            if (!ct_column_str(c, i, &la) || la == 0)
                continue; /* an empty id: a group of its own */
        }
        size_t o = slot_find_or_add(c, slot, cap, i, NULL);
        if (o != SIZE_MAX)
            first[i] = o;
    }
    ct_free(slot);
    return 0;
}
