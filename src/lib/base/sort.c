/* sort.c — the library's one sort: LSD radix sort of doubles on their IEEE
 * bit patterns, of 32-bit keys, a stable argsort and average ranks with ties
 * (see claimtriage/sort.h). The digit histograms and their prefix sums are
 * shared by every variant. */
#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

#define RADIX_BITS 11
#define RADIX_SIZE (1u << RADIX_BITS)
#define RADIX_MASK (RADIX_SIZE - 1)
#define RADIX_PASSES 6 /* ceil(64 / 11) */
/* Below this many values an insertion sort on the same keys is faster. */
#define RADIX_MIN_N 64

typedef uint32_t radix_counts[RADIX_PASSES][RADIX_SIZE];

struct ct_sort_work {
    size_t cap;
    uint64_t *key[2];
    uint32_t *idx[2];
    radix_counts count;
};

static const uint64_t SIGN = 0x8000000000000000ull;

/* Order-preserving map of a double's bits to an unsigned key: flip every
 * bit of negatives, only the sign bit of the others (Terdiman). NaN of
 * either sign maps to the largest key, so it sorts last. */
static inline uint64_t key_of(double d)
{
    if (isnan(d))
        return UINT64_MAX;
    uint64_t u;
    memcpy(&u, &d, 8);
    return (u & SIGN) ? ~u : u ^ SIGN;
}

/* The key for ties: -0.0 and +0.0 compare equal, so they share a key. */
static inline uint64_t tie_key_of(double d) { return key_of(d == 0 ? 0.0 : d); }

static inline double value_of(uint64_t k)
{
    uint64_t u = (k & SIGN) ? k ^ SIGN : ~k;
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* Keys live in the callers' double buffers; they are read and written
 * through memcpy so no lvalue of another type aliases them. */
static inline uint64_t kget(const double *buf, size_t i)
{
    uint64_t k;
    memcpy(&k, buf + i, 8);
    return k;
}

static inline void kput(double *buf, size_t i, uint64_t k) { memcpy(buf + i, &k, 8); }

static inline void count_key(radix_counts c, uint64_t k)
{
    for (int p = 0; p < RADIX_PASSES; p++)
        c[p][(k >> (p * RADIX_BITS)) & RADIX_MASK]++;
}

/* Turn one digit's counts into the first output slot of each digit value.
 * Returns 0 when every key has the same digit (the pass can be skipped). */
static int radix_offsets(uint32_t *c, uint64_t n)
{
    uint32_t sum = 0;
    for (size_t d = 0; d < RADIX_SIZE; d++) {
        const uint32_t t = c[d];
        if (t == n)
            return 0;
        c[d] = sum;
        sum += t;
    }
    return 1;
}

/* ------------------------------------------------------------ values */

/* Insertion sort of the keys in buf[0..n) (stable; small n only). */
static void insertion_keys(double *buf, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        const uint64_t k = kget(buf, i);
        size_t j = i;
        while (j > 0 && kget(buf, j - 1) > k) {
            kput(buf, j, kget(buf, j - 1));
            j--;
        }
        kput(buf, j, k);
    }
}

/* Heapsort of the keys in buf[0..n) (Williams 1964): in place, O(n log n),
 * for large inputs without scratch. Equal keys are equal bit patterns, so
 * the result is the same as a stable sort's. */
static void sift_down(double *buf, size_t root, size_t n)
{
    const uint64_t k = kget(buf, root);
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            break;
        if (child + 1 < n && kget(buf, child + 1) > kget(buf, child))
            child++;
        if (kget(buf, child) <= k)
            break;
        kput(buf, root, kget(buf, child));
        root = child;
    }
    kput(buf, root, k);
}

static void heapsort_keys(double *buf, size_t n)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(buf, i, n);
    for (size_t end = n; end-- > 1;) {
        const uint64_t top = kget(buf, 0);
        kput(buf, 0, kget(buf, end));
        kput(buf, end, top);
        sift_down(buf, 0, end);
    }
}

void ct_sort_f64(double *x, size_t n, double *tmp)
{
    if (n < 2)
        return;
    if (n < RADIX_MIN_N || !tmp || n > CT_SORT_MAX_N) {
        /* the same order without the radix passes: insertion for small
         * inputs, heapsort without scratch (or beyond 32-bit counts) */
        for (size_t i = 0; i < n; i++)
            kput(x, i, key_of(x[i]));
        if (n < RADIX_MIN_N)
            insertion_keys(x, n);
        else
            heapsort_keys(x, n);
        for (size_t i = 0; i < n; i++)
            x[i] = value_of(kget(x, i));
        return;
    }
    radix_counts count;
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) {
        const uint64_t k = key_of(x[i]);
        kput(x, i, k);
        count_key(count, k);
    }
    double *a = x, *b = tmp;
    for (int p = 0; p < RADIX_PASSES; p++) {
        uint32_t *c = count[p];
        const unsigned shift = (unsigned)(p * RADIX_BITS);
        if (!radix_offsets(c, n))
            continue; /* every key has this digit */
        for (size_t i = 0; i < n; i++) {
            const uint64_t k = kget(a, i);
            kput(b, c[(k >> shift) & RADIX_MASK]++, k);
        }
        double *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < n; i++)
        x[i] = value_of(kget(a, i));
}

void ct_sort_u32(uint32_t *k, size_t n, uint32_t *tmp)
{
    uint32_t count[3][RADIX_SIZE];
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) {
        const uint32_t v = k[i];
        count[0][v & RADIX_MASK]++;
        count[1][(v >> RADIX_BITS) & RADIX_MASK]++;
        count[2][v >> (2 * RADIX_BITS)]++;
    }
    uint32_t *a = k, *b = tmp;
    for (int p = 0; p < 3; p++) {
        uint32_t *c = count[p];
        const unsigned shift = (unsigned)(p * RADIX_BITS);
        if (n == 0 || !radix_offsets(c, n))
            continue; /* every key has this digit */
        for (size_t i = 0; i < n; i++)
            b[c[(a[i] >> shift) & RADIX_MASK]++] = a[i];
        uint32_t *t = a;
        a = b;
        b = t;
    }
    if (a != k)
        memcpy(k, a, n * sizeof *k);
}

/* ----------------------------------------------------- argsort, ranks */

ct_sort_work *ct_sort_work_alloc(size_t n)
{
    ct_sort_work *w = ct_calloc(1, sizeof *w);
    if (!w)
        return NULL;
    const size_t m = n ? n : 1;
    w->cap = n;
    for (int k = 0; k < 2; k++) {
        w->key[k] = ct_malloc(m * sizeof *w->key[k]);
        w->idx[k] = ct_malloc(m * sizeof *w->idx[k]);
        if (!w->key[k] || !w->idx[k]) {
            ct_sort_work_free(w);
            return NULL;
        }
    }
    return w;
}

void ct_sort_work_free(ct_sort_work *w)
{
    if (!w)
        return;
    for (int k = 0; k < 2; k++) {
        ct_free(w->key[k]);
        ct_free(w->idx[k]);
    }
    ct_free(w);
}

/* Sort (tie key, index) pairs of x; returns the buffers holding the
 * sorted keys and indices (inside w). Stable: equal keys keep index order. */
static void sort_pairs(const double *x, size_t n, ct_sort_work *w, const uint64_t **kout,
                       const uint32_t **iout)
{
    uint64_t *ka = w->key[0], *kb = w->key[1];
    uint32_t *ia = w->idx[0], *ib = w->idx[1];
    if (n < RADIX_MIN_N) {
        for (size_t i = 0; i < n; i++) {
            const uint64_t k = tie_key_of(x[i]);
            size_t j = i;
            while (j > 0 && ka[j - 1] > k) {
                ka[j] = ka[j - 1];
                ia[j] = ia[j - 1];
                j--;
            }
            ka[j] = k;
            ia[j] = (uint32_t)i;
        }
        *kout = ka;
        *iout = ia;
        return;
    }
    memset(w->count, 0, sizeof w->count);
    for (size_t i = 0; i < n; i++) {
        const uint64_t k = tie_key_of(x[i]);
        ka[i] = k;
        ia[i] = (uint32_t)i;
        count_key(w->count, k);
    }
    for (int p = 0; p < RADIX_PASSES; p++) {
        uint32_t *c = w->count[p];
        const unsigned shift = (unsigned)(p * RADIX_BITS);
        if (!radix_offsets(c, n))
            continue;
        for (size_t i = 0; i < n; i++) {
            const uint32_t pos = c[(ka[i] >> shift) & RADIX_MASK]++;
            kb[pos] = ka[i];
            ib[pos] = ia[i];
        }
        uint64_t *tk = ka;
        ka = kb;
        kb = tk;
        uint32_t *ti = ia;
        ia = ib;
        ib = ti;
    }
    *kout = ka;
    *iout = ia;
}

static ct_status check_work(size_t n, const ct_sort_work *w)
{
    return w && n <= w->cap && n <= CT_SORT_MAX_N ? CT_OK : CT_EINVAL;
}

ct_status ct_sort_argsort(const double *x, size_t n, size_t *idx, ct_sort_work *w)
{
    ct_status s = check_work(n, w);
    if (s)
        return s;
    const uint64_t *k;
    const uint32_t *ix;
    sort_pairs(x, n, w, &k, &ix);
    for (size_t i = 0; i < n; i++)
        idx[i] = ix[i];
    return CT_OK;
}

ct_status ct_sort_ranks(const double *x, size_t n, double *rank, double *tie_term, ct_sort_work *w)
{
    ct_status s = check_work(n, w);
    if (s)
        return s;
    const uint64_t *k;
    const uint32_t *ix;
    sort_pairs(x, n, w, &k, &ix);
    double tt = 0;
    for (size_t lo = 0; lo < n;) {
        size_t hi = lo + 1;
        while (hi < n && k[hi] == k[lo])
            hi++;
        if (k[lo] == UINT64_MAX && isnan(x[ix[lo]])) {
            for (size_t t = lo; t < n; t++) /* NaN sort last: the rest */
                rank[ix[t]] = NAN;
            break;
        }
        const double avg = 0.5 * (double)(lo + 1 + hi); /* mean of positions lo+1 .. hi */
        for (size_t t = lo; t < hi; t++)
            rank[ix[t]] = avg;
        const double t = (double)(hi - lo);
        tt += t * t * t - t;
        lo = hi;
    }
    if (tie_term)
        *tie_term = tt;
    return CT_OK;
}
