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
    return sxy / sqrt(sxx * syy);
}
