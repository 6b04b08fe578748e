/* corr.c — Pearson correlation (see claimtriage/corr.h). */
#include "claimtriage/corr.h"

#include <math.h>

double ct_corr_pearson(const double *x, const double *y, size_t n)
{
    if (n < 2)
        return NAN;
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= (double)n;
    my /= (double)n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < n; i++) {
        double u = x[i] - mx, v = y[i] - my;
        sxy += u * v;
        sxx += u * u;
        syy += v * v;
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
