/* claimtriage/stats.h — descriptive statistics on double arrays.
 * Layer: stats (docs/design.md).
 *
 * Conventions follow numpy/pandas so figures match them: sums are pairwise
 * (numpy's summation), the variance is two-pass (mean first, then squared
 * deviations, as pandas' nanvar), quantiles interpolate linearly between
 * order statistics (numpy's default method, "linear" / type 7).
 *
 * All functions are reentrant. Input arrays are borrowed and not modified
 * unless the parameter is called `work` or the name says so.
 */
#ifndef CLAIMTRIAGE_STATS_H
#define CLAIMTRIAGE_STATS_H

#include "claimtriage/common.h"
#include "claimtriage/sort.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Pairwise sum (blocks of 128, as numpy). 0 for n == 0. Where that sum
 * overflows though every value is finite (1e308 + 1e308 - 1e308; numpy
 * gives inf, or NaN), the compensated sum of the values scaled by a power
 * of two, scaled back: the true sum, or NaN when it is beyond the range of
 * a double (never an inf the values do not hold). */
CT_API double ct_stats_sum(const double *x, size_t n);
/* Mean; NaN for n == 0. Where the pairwise sum overflows though every
 * value is finite, the mean of the scaled values (ct_stats_sum), scaled
 * back: finite, as the true mean (pandas' is inf or NaN there). */
CT_API double ct_stats_mean(const double *x, size_t n);
/* Variance with divisor n - ddof (two-pass); NaN when n <= ddof. Where
 * the pairwise sum overflows though every value is finite, two passes on
 * the scaled values; a variance beyond the range of a double is inf, as
 * whenever the squares overflow (scale first: ct_stats_scale_exp). */
CT_API double ct_stats_var(const double *x, size_t n, size_t ddof);

/* Magnitudes whose powers leave the range of a double: squares beyond
 * 2^500 (about 3e150) overflow and below 2^-500 lose their bits; fourth
 * powers past 2^240 (2^256 is 1.2e77, less the room for deviations and a
 * sum of 2^50 terms). */
#define CT_STATS_SQUARES_SAFE_EXP 500
#define CT_STATS_FOURTH_POWERS_SAFE_EXP 240
/* The exponent e for an exact power-of-two scale 2^-e bringing magnitude
 * m near 1 when |ilogb(m)| > limit (one of the two above), else 0; 0 for
 * m zero, negative or not finite. Statistics invariant to scale (r, t,
 * K^2, a p-value) are computed on values times 2^-e; locations and spreads
 * scaled back by 2^e (exact in binary). */
CT_API int ct_stats_scale_exp(double m, int limit);

/* Copy the values of x whose missing flag is 0 (missing may be NULL) and
 * that are not NaN into out (room for n); returns how many were copied. */
CT_API size_t ct_stats_gather(const double *x, const uint8_t *missing, size_t n, double *out);

/* Sorting and ranks: claimtriage/sort.h (layer base). */
/* Number of distinct values in sorted data (as pandas' nunique()). */
CT_API size_t ct_stats_distinct_sorted(const double *sorted, size_t n);
/* numpy's _lerp: a + (b - a) t, computed from b's side when t >= 0.5 so
 * the result is exact at both ends; every linear quantile goes through it.
 * Finite a and b whose difference overflows are interpolated on their
 * halves: the value between them, where numpy's is inf or -inf. */
CT_API double ct_stats_lerp(double a, double b, double t);
/* q-quantile (0 <= q <= 1) of sorted data, linear interpolation; NaN for n == 0. */
CT_API double ct_stats_quantile_sorted(const double *sorted, size_t n, double q);
/* q-quantile of unsorted data in O(n) expected time by selection. Reorders
 * work (the data, n values) but does not sort it fully. */
CT_API double ct_stats_quantile_select(double *work, size_t n, double q);
/* The median as pandas' median() and numpy.median take it: the 0.5-quantile
 * above, except beside an infinite value, where numpy's percentile gives NaN
 * (inf * 0 in its interpolation: describe()'s 50% of [1, 3, inf]) and the
 * median is the middle value (3), or the mean of the middle two (inf for 2
 * and inf). NaN for n == 0. Reorders work (n values, no NaN) as above. */
CT_API double ct_stats_median_select(double *work, size_t n);

/* pandas describe() of one numeric column. */
typedef struct ct_summary {
    size_t count;
    double mean, std, min, q25, q50, q75, max;
} ct_summary;

/* Summary of sorted data without NaN (count n). The mean as ct_stats_mean;
 * the std from values scaled by a power of two where their squares leave
 * the range of a double, NaN where the std itself is beyond it (for
 * {-1.5e308, 1.5e308}, whose std is 2.1e308; {-1.5e308, -1.5e308, 1.5e308,
 * 1.5e308} gives the finite 1.7320508075688772e+308), never a false inf.
 * (Before 2026-12-04 this said "values of +-1.5e308", whatever their count.) */
CT_API void ct_stats_summary_sorted(const double *sorted, size_t n, ct_summary *out);

/* Summary of the non-missing values of x, as ct_stats_summary_sorted.
 * work must hold n doubles.
 * With count 0 every field but count is NaN; with count 1 std is NaN. */
CT_API void ct_stats_summary(const double *x, const uint8_t *missing, size_t n, double *work,
                             ct_summary *out);

#ifdef __cplusplus
}
#endif
#endif
