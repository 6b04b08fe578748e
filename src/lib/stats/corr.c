/* corr.c — Pearson correlation and the p-values of a correlation (see
 * claimtriage/corr.h). */
#include "claimtriage/corr.h"
#include "claimtriage/stats.h"

#include <math.h>

/* The exponent bringing the largest finite |x[i]| near 1 (0 if none). */
static int magnitude_exp(const double *x, size_t n)
{
    double m = 0;
    for (size_t i = 0; i < n; i++)
        if (isfinite(x[i]) && fabs(x[i]) > m)
            m = fabs(x[i]);
    return ct_stats_scale_exp(m, 0);
}

/* Centred sums of x 2^-ex and y 2^-ey (two passes; ldexp is exact). */
static void centred_sums(const double *x, const double *y, size_t n, int ex, int ey, double *sxy,
                         double *sxx, double *syy)
{
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; i++) {
        mx += ldexp(x[i], -ex);
        my += ldexp(y[i], -ey);
    }
    mx /= (double)n;
    my /= (double)n;
    *sxy = *sxx = *syy = 0;
    for (size_t i = 0; i < n; i++) {
        const double u = ldexp(x[i], -ex) - mx, v = ldexp(y[i], -ey) - my;
        *sxy += u * v;
        *sxx += u * u;
        *syy += v * v;
    }
}

/* A sum of squares that overflowed (inf, or NaN from a mean that did),
 * underflowed to 0 or into the range where squares lose their bits. */
static int squares_lost(double s)
{
    return !isfinite(s) || s == 0 || ilogb(s) < -2 * CT_STATS_SQUARES_SAFE_EXP;
}

double ct_corr_pearson(const double *x, const double *y, size_t n)
{
    if (n < 2)
        return NAN;
    double sxy, sxx, syy;
    centred_sums(x, y, n, 0, 0, &sxy, &sxx, &syy);
    /* r is invariant to the scale of x and of y: where the squares left the
     * doubles' range (values near 1e-200 or 1e200: r came out 1 or 0, as
     * numpy's and pandas' do), the sums again on x 2^-ex and y 2^-ey, each
     * brought near 1 (stats.h, ct_stats_scale_exp), as scipy.stats.pearsonr
     * normalises first. Before 2026-12-04: tests/unit/test_stats.c,
     * test_pearson_far_scales. */
    if (squares_lost(sxx) || squares_lost(syy)) {
        const int ex = magnitude_exp(x, n), ey = magnitude_exp(y, n);
        if (ex || ey)
            centred_sums(x, y, n, ex, ey, &sxy, &sxx, &syy);
    }
    /* sxx * syy can underflow (or overflow) where neither factor does:
     * values of 1e-160 gave r = inf. Then the square roots are taken one at
     * a time, as numpy.corrcoef divides by each standard deviation; and r
     * is clipped to [-1, 1] as corrcoef clips it (rounding, or a sum of
     * squares that underflowed to 0, cannot make |r| > 1). NaN stays NaN. */
    const double den2 = sxx * syy;
    const double den = isnormal(den2) && isfinite(den2) ? sqrt(den2) : sqrt(sxx) * sqrt(syy);
    const double r = sxy / den;
    return r > 1 ? 1 : r < -1 ? -1 : r;
}

ct_pvalue ct_corr_pvalue(double r, size_t n)
{
    if (isnan(r) || n < 3)
        return (ct_pvalue){NAN, NAN};
    const double df = (double)n - 2, ar = fabs(r);
    if (ar >= 1)
        return (ct_pvalue){0., -INFINITY};
    /* (1 + r)(1 - r) as scipy writes it: no cancellation in 1 - r^2 */
    return ct_dist_t_sf2(ar * sqrt(df / ((1 + ar) * (1 - ar))), df);
}

/* |rho| of an ordering counted as reaching the observed one within this
 * (rho is a ratio of integers computed in floating point both ways) */
#define CORR_EXACT_TOL 1e-9

/* Heap's algorithm over perm[0..n): for each ordering, whether
 * sum (i - perm[i])^2 is at most dmax (|rho| at least the observed). */
static void count_orderings(int *perm, size_t n, double lo_d, double hi_d, uint64_t *hit,
                            uint64_t *all)
{
    size_t c[CT_CORR_EXACT_MAX] = {0};
    for (size_t i = 0;;) {
        double d = 0;
        for (size_t k = 0; k < n; k++)
            d += (double)(((int)k - perm[k]) * ((int)k - perm[k]));
        *hit += d <= lo_d || d >= hi_d;
        (*all)++;
        while (i < n && c[i] >= i) {
            c[i] = 0;
            i++;
        }
        if (i >= n)
            return;
        const size_t j = i % 2 ? c[i] : 0;
        const int t = perm[j];
        perm[j] = perm[i];
        perm[i] = t;
        c[i]++;
        i = 1;
    }
}

ct_pvalue ct_corr_spearman_pvalue(double rho, size_t n)
{
    if (isnan(rho) || n < 3)
        return (ct_pvalue){NAN, NAN};
    if (n > CT_CORR_EXACT_MAX)
        return ct_corr_pvalue(rho, n);
    /* rho = 1 - 6 D / (n (n^2 - 1)), D = sum of squared rank differences:
     * |rho'| >= |rho| is D' <= D(|rho|) or D' >= D(-|rho|) */
    const double nn = (double)n, k = nn * (nn * nn - 1) / 6, ar = fabs(rho) - CORR_EXACT_TOL;
    const double lo_d = (1 - ar) * k, hi_d = (1 + ar) * k;
    int perm[CT_CORR_EXACT_MAX];
    for (size_t i = 0; i < n; i++)
        perm[i] = (int)i;
    uint64_t hit = 0, all = 0;
    count_orderings(perm, n, lo_d, hi_d, &hit, &all);
    const double p = (double)hit / (double)all;
    return (ct_pvalue){p, log10(p)};
}
