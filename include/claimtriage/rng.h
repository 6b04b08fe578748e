/* claimtriage/rng.h — seeded random streams: the library's one source of
 * random numbers (the stratified splits and folds, the synthetic reports,
 * the trees' draws, permutation importance, the Monte Carlo chi-square).
 * Layer: base (docs/design.md).
 *
 * Generator: GSL's MT19937 (gsl_rng_mt19937; Matsumoto & Nishimura 1998),
 * so every draw is GSL's, bit for bit on every platform.
 *
 * Streams: a generator is made from (seed, stream). Stream 0 seeds MT19937
 * with `seed` itself, exactly as gsl_rng_set(r, seed) (MT19937 keeps its low
 * 32 bits; 0 is GSL's default seed 4357): the split and the synthetic
 * reports draw from stream 0 and give the numbers they always gave. Stream
 * s > 0 seeds it with
 *     mix(seed ^ mix(s * 0x9E3779B97F4A7C15)), folded to 32 bits (x ^ x >> 32),
 * mix being SplitMix64's finaliser (Steele, Lea & Flood 2014): a distinct,
 * well-mixed seed per stream, a documented function of (seed, stream) only.
 * Give each independent task (a tree, a fold, a chunk of rows) its own
 * stream number: its draws are then the same whichever thread runs it and
 * however many threads there are. (Two streams can share an MT seed with
 * probability 2^-32 per pair: MT19937 takes 32-bit seeds.)
 *
 * Ownership: a ct_rng is created and destroyed by the caller
 * (ct_rng_destroy accepts NULL); allocation through ct_malloc. Thread-safety:
 * one ct_rng is not to be used by two threads at once; distinct ones may.
 */
#ifndef CLAIMTRIAGE_RNG_H
#define CLAIMTRIAGE_RNG_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_rng ct_rng;

/* The 32-bit MT19937 seed of (seed, stream), as described above. */
CT_API uint32_t ct_rng_stream_seed(uint64_t seed, uint64_t stream);

/* A generator for (seed, stream). CT_ENOMEM; *out is NULL on failure. */
CT_API ct_status ct_rng_create(uint64_t seed, uint64_t stream, ct_rng **out);
CT_API void ct_rng_destroy(ct_rng *r);

/* Uniform on [0, 1) (gsl_rng_uniform: 32 random bits / 2^32). */
CT_API double ct_rng_uniform(ct_rng *r);
/* Uniform on [a, b): a (1 - u) + b u (gsl_ran_flat). */
CT_API double ct_rng_flat(ct_rng *r, double a, double b);
/* Uniform integer on 0..n-1, without modulo bias, for any n >= 1: up to
 * 2^32 gsl_rng_uniform_int's draw (rejection sampling on one 32-bit
 * output; the streams match GSL's), above it the same rejection on a
 * 64-bit value made of two outputs, the first the high half. 0 when n is
 * 0 (no draw). Before 2026-12-04 n above 2^32 returned 0 without a draw
 * (tests/unit/test_rng.c, test_uniform_int_wide). */
CT_API uint64_t ct_rng_uniform_int(ct_rng *r, uint64_t n);
/* Shuffle base[0..n) of elements of `size` bytes in place: Fisher–Yates
 * (Knuth, TAOCP 3.4.2, Algorithm P) as gsl_ran_shuffle. */
CT_API void ct_rng_shuffle(ct_rng *r, void *base, size_t n, size_t size);

/* Draws from a fixed discrete distribution in O(1): Walker's alias method
 * (Walker 1977) as gsl_ran_discrete. */
typedef struct ct_rng_discrete ct_rng_discrete;
/* Table for weights w[0..k) (>= 0, finite, not all 0; need not sum to 1;
 * their sum may exceed the largest double: they are then scaled by a power
 * of two, which keeps every ratio, where before 2026-12-04 {1e308, 1e308}
 * was CT_EINVAL). Errors: CT_EINVAL (k = 0 or a bad weight), CT_ENOMEM. */
CT_API ct_status ct_rng_discrete_create(const double *w, size_t k, ct_rng_discrete **out);
CT_API void ct_rng_discrete_destroy(ct_rng_discrete *d);
/* An index 0..k-1 drawn with probability w[i] / sum(w). */
CT_API size_t ct_rng_discrete_draw(ct_rng *r, const ct_rng_discrete *d);

#ifdef __cplusplus
}
#endif
#endif
