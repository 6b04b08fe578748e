/* rng.c — seeded random streams on GSL's MT19937 (see claimtriage/rng.h).
 * The generator's state is allocated through ct_malloc (not gsl_rng_alloc),
 * so allocation failures are statuses, never GSL's error handler, and tests
 * can inject them. Draws are GSL's own functions on that generator. */
#include "claimtriage/rng.h"

#include <math.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

struct ct_rng {
    gsl_rng g; /* type and state, as gsl_rng_alloc would make them */
};

struct ct_rng_discrete {
    gsl_ran_discrete_t *t;
};

/* SplitMix64 finaliser (Steele, Lea & Flood 2014): a strong 64-bit mixer. */
static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint32_t ct_rng_stream_seed(uint64_t seed, uint64_t stream)
{
    if (stream == 0)
        return (uint32_t)(seed & 0xffffffffULL); /* what MT19937 keeps of gsl_rng_set's seed */
    const uint64_t m = mix64(seed ^ mix64(stream * 0x9E3779B97F4A7C15ULL));
    return (uint32_t)((m ^ (m >> 32)) & 0xffffffffULL);
}

ct_status ct_rng_create(uint64_t seed, uint64_t stream, ct_rng **out)
{
    *out = NULL;
    ct_rng *r = ct_malloc(sizeof *r);
    if (!r)
        return CT_ENOMEM;
    r->g.type = gsl_rng_mt19937;
    r->g.state = ct_calloc(1, gsl_rng_mt19937->size);
    if (!r->g.state) {
        ct_free(r);
        return CT_ENOMEM;
    }
    gsl_rng_set(&r->g, (unsigned long)ct_rng_stream_seed(seed, stream));
    *out = r;
    return CT_OK;
}

void ct_rng_destroy(ct_rng *r)
{
    if (!r)
        return;
    ct_free(r->g.state);
    ct_free(r);
}

double ct_rng_uniform(ct_rng *r) { return gsl_rng_uniform(&r->g); }

double ct_rng_flat(ct_rng *r, double a, double b) { return gsl_ran_flat(&r->g, a, b); }

uint64_t ct_rng_uniform_int(ct_rng *r, uint64_t n)
{
    /* gsl_rng_uniform_int calls the GSL error handler (which aborts by
     * default) for n = 0 and for n above MT19937's range 2^32 - 1; n = 2^32
     * is every 32-bit output equally: the raw draw, without rejection (what
     * GSL's scale = range / n loop means there). */
    if (n == 0)
        return 0;
    if (n == 0x100000000ULL)
        return gsl_rng_get(&r->g);
    if (n < 0x100000000ULL)
        return gsl_rng_uniform_int(&r->g, (unsigned long)n);
    /* above 2^32, GSL's rejection on 64 bits: scale = (2^64 - 1) / n, each
     * k in 0..n-1 is x / scale for exactly `scale` values x, the rest
     * (x >= n scale) drawn again (fewer than half of them) */
    const uint64_t scale = UINT64_MAX / n;
    for (;;) {
        const uint64_t hi = gsl_rng_get(&r->g) & 0xffffffffULL;
        const uint64_t x = hi << 32 | (gsl_rng_get(&r->g) & 0xffffffffULL);
        /* cppcheck-suppress zerodivcond ; scale >= 1: n <= UINT64_MAX */
        const uint64_t k = x / scale;
        if (k < n)
            return k;
    }
}

void ct_rng_shuffle(ct_rng *r, void *base, size_t n, size_t size)
{
    if (n > 1)
        gsl_ran_shuffle(&r->g, base, n, size);
}

ct_status ct_rng_discrete_create(const double *w, size_t k, ct_rng_discrete **out)
{
    *out = NULL;
    double sum = 0;
    for (size_t i = 0; i < k; i++) {
        if (!(w[i] >= 0) || !isfinite(w[i]))
            return CT_EINVAL;
        sum += w[i];
    }
    if (k == 0 || !(sum > 0))
        return CT_EINVAL;
    ct_rng_discrete *d = ct_malloc(sizeof *d);
    if (!d)
        return CT_ENOMEM;
    /* finite weights whose sum overflows: scaled by the power of two that
     * brings the largest near 1, exact, so every ratio is kept (GSL would
     * divide by the infinite sum) */
    double *scaled = NULL;
    if (!isfinite(sum)) {
        double m = 0;
        for (size_t i = 0; i < k; i++)
            m = fmax(m, w[i]);
        if (!(scaled = ct_malloc(k * sizeof *scaled))) {
            ct_free(d);
            return CT_ENOMEM;
        }
        for (size_t i = 0; i < k; i++)
            scaled[i] = ldexp(w[i], -ilogb(m));
    }
    /* GSL allocates the table with malloc, outside ct_malloc's failure
     * injection; the checks above keep its error handler from being called
     * for bad weights. */
    d->t = gsl_ran_discrete_preproc(k, scaled ? scaled : w);
    ct_free(scaled);
    if (!d->t) {
        ct_free(d);
        return CT_ENOMEM;
    }
    *out = d;
    return CT_OK;
}

void ct_rng_discrete_destroy(ct_rng_discrete *d)
{
    if (!d)
        return;
    gsl_ran_discrete_free(d->t);
    ct_free(d);
}

size_t ct_rng_discrete_draw(ct_rng *r, const ct_rng_discrete *d)
{
    return gsl_ran_discrete(&r->g, d->t);
}
