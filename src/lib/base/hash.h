/* hash.h — internal: a fast 64-bit hash for strings and doubles, and the
 * slots of a small open-addressing set of row indices. Not part of the
 * public API. */
#ifndef CT_HASH_H
#define CT_HASH_H

#include "claimtriage/common.h"

#include <stdint.h>
#include <string.h>

/* Multiply-xorshift mixing over 8-byte words (a simplified wyhash-style
 * construction; quality is ample for hash tables, not for cryptography). */
static inline uint64_t ct_hash_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

static inline uint64_t ct_hash_bytes(const void *data, size_t n, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ull);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ w ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ull;
    return ct_hash_mix(h);
}

/* Hash of a double by value: -0.0 and 0.0 hash alike, as they compare equal. */
static inline uint64_t ct_hash_double(double x, uint64_t seed)
{
    if (x == 0)
        x = 0;
    uint64_t w;
    memcpy(&w, &x, 8);
    return ct_hash_mix(w ^ seed);
}

/* Smallest power of two >= 2n (load factor <= 0.5). */
static inline size_t ct_hash_capacity(size_t n)
{
    size_t c = 16;
    while (c < 2 * n)
        c <<= 1;
    return c;
}

/* cap zeroed hash slots (row index + 1, 0 = empty), NULL when out of
 * memory. Written at once, so the pages are faulted in writable: calloc's
 * fresh pages would first be mapped to the shared zero page on the first
 * read, then copied on the first write, a TLB flush that interrupts every
 * CPU the process runs on (inspect's helper thread's too). */
static inline uint32_t *ct_hash_slots(size_t cap)
{
    uint32_t *p = ct_malloc(cap * sizeof *p);
    if (p)
        memset(p, 0, cap * sizeof *p);
    return p;
}

#endif
