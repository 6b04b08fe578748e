/* htest_paired.c — Wilcoxon's signed-rank test of paired differences and
 * the hypergeometric upper tail of a count drawn without replacement
 * (claimtriage/htest.h): the report's tests of a queue's waits against
 * another order's, claim by claim, and of its first day's claims against
 * random order's. */
#include "claimtriage/htest.h"

#include "claimtriage/sort.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>

/* The exact null distribution of R+ for m differences without zeros or
 * ties: cnt[w] = the subsets of {1..m} whose sum is w (w = 0..m(m+1)/2),
 * scipy's _get_wilcoxon_distr; two-sided p = 2 min(P(R+ <= r), P(R+ >=
 * r)), 1 at the middle, as scipy.stats.wilcoxon(method='exact'). */
static ct_pvalue signed_rank_exact(size_t m, double r_plus)
{
    const size_t top = m * (m + 1) / 2;
    double *cnt = ct_calloc(top + 1, sizeof *cnt);
    if (!cnt)
        return (ct_pvalue){NAN, NAN};
    cnt[0] = 1;
    for (size_t k = 1; k <= m; k++)
        for (size_t w = k * (k + 1) / 2; w >= k; w--)
            cnt[w] += cnt[w - k];
    const size_t r = (size_t)r_plus;
    double lo = 0, hi = 0;
    for (size_t w = 0; w <= top; w++) {
        if (w <= r)
            lo += cnt[w];
        if (w >= r)
            hi += cnt[w];
    }
    ct_free(cnt);
    if (r == top / 2 && top % 2 == 0)
        return (ct_pvalue){1., 0.};
    const double p = fmin(1, 2 * fmin(lo, hi) / ldexp(1, (int)m));
    return (ct_pvalue){p, log10(p)};
}

ct_status ct_htest_signed_rank(const double *d, size_t n, ct_htest_signed_rank_result *out)
{
    memset(out, 0, sizeof *out);
    out->statistic = out->z = NAN;
    out->p = (ct_pvalue){NAN, NAN};
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(d[i]))
            return CT_EINVAL;
        m += d[i] != 0;
    }
    out->n = m;
    out->zeros = n - m;
    if (m == 0)
        return CT_OK; /* nothing to rank: p undefined (scipy raises) */
    double *a = ct_malloc(m * sizeof *a), *rank = ct_malloc(m * sizeof *rank);
    ct_sort_work *w = ct_sort_work_alloc(m);
    ct_status s = a && rank && w ? CT_OK : CT_ENOMEM;
    double tie = 0;
    if (s == CT_OK) {
        size_t j = 0;
        for (size_t i = 0; i < n; i++)
            if (d[i] != 0)
                a[j++] = fabs(d[i]);
        s = ct_sort_ranks(a, m, rank, &tie, w);
    }
    if (s == CT_OK) {
        double rp = 0, rm = 0;
        size_t j = 0;
        for (size_t i = 0; i < n; i++)
            if (d[i] != 0) {
                if (d[i] > 0)
                    rp += rank[j];
                else
                    rm += rank[j];
                j++;
            }
        out->r_plus = rp;
        out->r_minus = rm;
        out->statistic = fmin(rp, rm);
        const double M = (double)m;
        if (m <= CT_SIGNED_RANK_EXACT_MAX && out->zeros == 0 && tie == 0) {
            out->exact = 1;
            out->p = signed_rank_exact(m, rp);
            if (isnan(out->p.p))
                s = CT_ENOMEM;
        } else {
            /* normal approximation, variance less the ties' term, no
             * continuity correction (scipy's defaults) */
            const double mean = M * (M + 1) / 4;
            const double var = (M * (M + 1) * (2 * M + 1) - tie / 2) / 24;
            out->z = var > 0 ? (out->statistic - mean) / sqrt(var) : NAN;
            out->p = var > 0 ? ct_dist_normal_sf2(out->z) : (ct_pvalue){1., 0.};
        }
    }
    ct_free(a);
    ct_free(rank);
    ct_sort_work_free(w);
    return s;
}

ct_pvalue ct_htest_hypergeom_sf(uint64_t k, uint64_t population, uint64_t successes, uint64_t draws)
{
    if (population > UINT32_MAX || successes > population || draws > population)
        return (ct_pvalue){NAN, NAN};
    const uint64_t failures = population - successes;
    const uint64_t lo = draws > failures ? draws - failures : 0;
    const uint64_t hi = draws < successes ? draws : successes;
    if (k <= lo)
        return (ct_pvalue){1., 0.};
    if (k > hi)
        return (ct_pvalue){0., -INFINITY};
    /* P(X >= k) = P(X > k - 1): GSL's upper tail */
    const double p = gsl_cdf_hypergeometric_Q((unsigned)(k - 1), (unsigned)successes,
                                              (unsigned)failures, (unsigned)draws);
    if (p > 0)
        return (ct_pvalue){p, log10(p)};
    /* underflowed: ln P summed in log space over x = k..hi, relative to its
     * largest term, the first (the pmf falls past the mode, below k here) */
    const double lnall = gsl_sf_lnchoose((unsigned)population, (unsigned)draws);
    const double first = gsl_sf_lnchoose((unsigned)successes, (unsigned)k) +
                         gsl_sf_lnchoose((unsigned)failures, (unsigned)(draws - k)) - lnall;
    double sum = 1;
    for (uint64_t x = k + 1; x <= hi; x++) {
        const double t = gsl_sf_lnchoose((unsigned)successes, (unsigned)x) +
                         gsl_sf_lnchoose((unsigned)failures, (unsigned)(draws - x)) - lnall;
        const double e = exp(t - first);
        sum += e;
        if (e < DBL_EPSILON / 16 * sum) /* the rest, falling faster, adds nothing */
            break;
    }
    return (ct_pvalue){0., (first + log(sum)) / log(10.)};
}
