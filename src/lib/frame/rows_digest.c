/* rows_digest.c — an order-independent digest of a frame's rows: the same
 * rows in any order give the same digest (ct_frame_rows_digest in
 * claimtriage/frame.h), so that evaluate knows a shuffled or re-sorted
 * copy of a model's training file (claimtriage/model_file.h,
 * ct_model.rows_digest). */
#include "claimtriage/frame.h"

#include "base/hash.h"

#include <math.h>
#include <stdio.h>

/* Seeds of the two row hashes (arbitrary odd constants). */
#define SEED_A 0x2545F4914F6CDD1Dull
#define SEED_B 0x9E3779B97F4A7C15ull

/* One value's hash, by what it is rather than how the column holds it: a
 * number by value (an exact identifier by its integer), a string (a
 * category's level, a text, a string identifier) by its bytes, so that a
 * column read as categorical here and as text there (evaluate's schema
 * reads a model's text columns as text) hashes alike; category codes,
 * which follow the order levels are first seen in, are never hashed. */
static uint64_t value_hash(const ct_column *c, size_t i, size_t j)
{
    const uint64_t js = SEED_A ^ ((uint64_t)(j + 1) * 0xff51afd7ed558ccdull);
    if (ct_column_missing(c)[i])
        return ct_hash_mix(js ^ 0x5bd1e9955bd1e995ull);
    const int64_t *ix = ct_column_i64(c);
    const double *v = ct_column_f64(c);
    if (ix)
        return ct_hash_mix(js ^ (uint64_t)ix[i]);
    if (v)
        return ct_hash_double(v[i], js);
    size_t len = 0;
    const char *s = ct_column_str(c, i, &len);
    if (!s) /* an unseen level: a value, unlike missing, whose text is gone */
        return ct_hash_mix(js ^ 0x27d4eb2f165667c5ull);
    if (ct_column_codes(c))
        len = strlen(s);
    return ct_hash_bytes(s, len, js);
}

void ct_frame_rows_digest(const ct_frame *f, char *out, size_t cap)
{
    if (!out || !cap)
        return;
    out[0] = '\0';
    if (!f)
        return;
    const size_t n = ct_frame_nrows(f), nc = ct_frame_ncols(f);
    /* each row's two 64-bit hashes over its values in column order, summed
     * over the rows modulo 2^64: addition commutes, so the order of the
     * rows does not matter, and a repeated row counts as often as it is
     * repeated (a multiset hash, as Clarke et al. 2003, "Incremental
     * multiset hash functions", MSet-Add-Hash) */
    uint64_t sa = 0, sb = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t a = SEED_A, b = SEED_B;
        for (size_t j = 0; j < nc; j++) {
            const uint64_t x = value_hash(ct_frame_col(f, j), i, j);
            a = ct_hash_mix(a ^ x);
            b = ct_hash_mix((b + x) * SEED_B);
        }
        sa += a;
        sb += b;
    }
    /* the column names, in order, and the row count */
    uint64_t h = ct_hash_mix(SEED_A ^ n);
    for (size_t j = 0; j < nc; j++) {
        const char *name = ct_column_name(ct_frame_col(f, j));
        h = ct_hash_mix(h ^ ct_hash_bytes(name, strlen(name), SEED_B + j));
    }
    snprintf(out, cap, "rowsum:%016llx%016llx", (unsigned long long)(sa ^ h),
             (unsigned long long)(sb + h));
}

/* The decimal digits of x (a sign first when negative) at the start of
 * buf, as "%lld" writes them, without its cost (the keys of every value of
 * a large file); their count. */
static size_t whole_digits(char *buf, size_t cap, int64_t x)
{
    char t[24];
    size_t k = 0;
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        t[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t len = 0;
    if (x < 0)
        buf[len++] = '-';
    while (k && len < cap)
        buf[len++] = t[--k];
    return len;
}

/* A value's key hash, by its text as a person reads it, so that a column
 * read as numbers in one file and as levels in another (labels 1/0) keys
 * alike: a whole number below 2^53 by its decimal digits, any other
 * number by its "%.17g" text, a string by its bytes, a missing value as
 * missing. */
static uint64_t key_hash(const ct_column *c, size_t i, uint64_t seed)
{
    if (!c || ct_column_missing(c)[i])
        return ct_hash_mix(seed ^ 0x5bd1e9955bd1e995ull);
    const int64_t *ix = ct_column_i64(c);
    const double *v = ct_column_f64(c);
    char buf[40];
    if (ix || v) {
        const double x = ix ? (double)ix[i] : v[i];
        int len;
        if (ix && (ix[i] > (int64_t)1 << 53 || ix[i] < -((int64_t)1 << 53)))
            len = snprintf(buf, sizeof buf, "%lld", (long long)ix[i]);
        else if (x == floor(x) && fabs(x) < 9007199254740992.0)
            len = (int)whole_digits(buf, sizeof buf, (int64_t)x);
        else
            len = snprintf(buf, sizeof buf, "%.17g", x);
        return ct_hash_bytes(buf, (size_t)len, seed);
    }
    size_t len = 0;
    const char *s = ct_column_str(c, i, &len);
    if (!s)
        return ct_hash_mix(seed ^ 0x27d4eb2f165667c5ull);
    if (ct_column_codes(c))
        len = strlen(s);
    return ct_hash_bytes(s, len, seed);
}

void ct_frame_row_keys(const ct_frame *f, const size_t *cols, size_t ncols, uint64_t *out)
{
    if (!f || !out)
        return;
    const size_t n = ct_frame_nrows(f);
    for (size_t i = 0; i < n; i++) {
        uint64_t h = SEED_B ^ ncols;
        for (size_t k = 0; k < ncols; k++) {
            const ct_column *c =
                cols && cols[k] < ct_frame_ncols(f) ? ct_frame_col(f, cols[k]) : NULL;
            h = ct_hash_mix(h ^ key_hash(c, i, SEED_A + k));
        }
        out[i] = h;
    }
}
