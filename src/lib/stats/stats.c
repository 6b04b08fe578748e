/* stats.c — descriptive statistics (see claimtriage/stats.h). */
#include "claimtriage/stats.h"
#include "claimtriage/sort.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* numpy's pairwise summation: an 8-way unrolled loop for blocks of up to
 * 128 values, recursive halving above that (numpy/core/src/umath/loops). */
static double pairwise_sum(const double *a, size_t n)
{
    if (n < 8) {
        double r = 0.;
        for (size_t i = 0; i < n; i++)
            r += a[i];
        return r;
    }
    if (n <= 128) {
        double r[8];
        for (int k = 0; k < 8; k++)
            r[k] = a[k];
        size_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; k++)
                r[k] += a[i + k];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[i];
        return res;
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

/* Finite values whose sum leaves the range of a double on the way
 * (1e308 beside 1e308 and -1e308): numpy's sum gives inf, or NaN where
 * partial sums of both signs overflow, so pandas' mean is inf or NaN though
 * the mean lies between the least and the largest value. When every value
 * is finite, *e gets the exponent bringing the largest magnitude near 1
 * (a power of two: the scaled values are exact, but for bits below 2^-1074
 * of the scale, far below the rounding of a sum that large) and 1 is
 * returned; 0 when a value is infinite or NaN (then inf and NaN are true). */
static int finite_scale(const double *x, size_t n, int *e)
{
    double big = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(x[i]))
            return 0;
        big = fmax(big, fabs(x[i]));
    }
    *e = big > 0 ? ilogb(big) : 0;
    return 1;
}

/* The sum of x[i] * 2^-e, compensated (Neumaier 1974: the improved
 * Kahan–Babuska sum), so cancelling terms of 1e308 keep the small ones. */
static double scaled_sum(const double *x, size_t n, int e)
{
    double s = 0, c = 0;
    for (size_t i = 0; i < n; i++) {
        const double v = ldexp(x[i], -e), t = s + v;
        c += fabs(s) >= fabs(v) ? (s - t) + v : (v - t) + s;
        s = t;
    }
    return s + c;
}

double ct_stats_sum(const double *x, size_t n)
{
    const double s = pairwise_sum(x, n);
    int e;
    if (isfinite(s) || !finite_scale(x, n, &e))
        return s;
    /* a true sum beyond the range of a double cannot be given: NaN */
    const double t = ldexp(scaled_sum(x, n, e), e);
    return isfinite(t) ? t : NAN;
}

/* Whole numbers near 2^53 (counts that large, or codes): their pairwise sum
 * passes 2^53 and rounds, by an amount that depends on the order of the
 * values (inspect sums them sorted, eda in file order), so the mean is off
 * by units and a variance of 400 counts near 2^53 by 1e-5 relative (pandas'
 * by 1e-4; its Pearson r by 2e-2). When the sum reaches LARGE_SUM, every
 * value is a whole number below 2^53 in magnitude and the sum of their
 * magnitudes reaches 2^53 (below it every partial sum is exact, and so is
 * pandas' mean), the offsets x - min are
 * exact integers and summed exactly (in 64-bit parts), the mean is min +
 * (sum of offsets)/n, and the variance is the corrected two-pass formula of
 * Chan, Golub & LeVeque (1983) on the offsets. Smaller sums of whole
 * numbers are exact already, and everything else keeps numpy's algorithm,
 * so ordinary columns match pandas to the last bit as before. */
#define LARGE_SUM 4503599627370496.0   /* 2^52: partial sums may round past it */
#define EXACT_WHOLE 9007199254740992.0 /* 2^53: every whole double below is exact */

static int whole_below_2p53(const double *x, size_t n, double *lo)
{
    double mn = INFINITY, mag = 0;
    for (size_t i = 0; i < n; i++) {
        const double v = x[i];
        if (!(fabs(v) < EXACT_WHOLE) || v != trunc(v))
            return 0;
        mn = v < mn ? v : mn;
        mag += fabs(v);
    }
    *lo = mn;
    return n > 0 && mag >= EXACT_WHOLE;
}

/* Whether every value is a whole number below 2^53 in magnitude and so is
 * the sum of their magnitudes: then every partial sum is exact. */
static int whole_sum_exact(const double *x, size_t n)
{
    double mag = 0;
    for (size_t i = 0; i < n; i++) {
        const double v = x[i];
        if (!(fabs(v) < EXACT_WHOLE) || v != trunc(v))
            return 0;
        mag += fabs(v);
    }
    return mag < EXACT_WHOLE;
}

/* The offsets' mean, (sum of x - lo) / n, as a whole part (returned) and a
 * fraction in [0, 1) (*frac). The offsets are whole, below 2^54, and their
 * sum is exact: split at 2^32, each part summed in 64 bits, then divided
 * by n as long division. A double sum of the offsets rounds once it passes
 * 2^53 (20 counts of 1e15 in 1,000 rows: the mean read ...985.47 for the
 * exact ...985.48 before 2026-12-05: tests/cli/inspect_mean_counts_sum_past_2p53).
 * Beyond 2^31 values the parts could overflow: the double sum, as before. */
#define SPLIT_ROWS 2147483648.0 /* 2^31: n * 2^32 stays below 2^63 */

static int64_t offset_mean(const double *x, size_t n, double lo, double *frac)
{
    if ((double)n >= SPLIT_ROWS) {
        double s = 0;
        for (size_t i = 0; i < n; i++)
            s += x[i] - lo;
        *frac = s / (double)n;
        return 0;
    }
    const int64_t base = (int64_t)lo;
    uint64_t hi = 0, low = 0;
    for (size_t i = 0; i < n; i++) {
        const uint64_t d = (uint64_t)((int64_t)x[i] - base);
        hi += d >> 32;
        low += d & 0xffffffffu;
    }
    hi += low >> 32;
    low &= 0xffffffffu;
    const uint64_t m = n, rest = ((hi % m) << 32) | low;
    *frac = (double)(rest % m) / (double)n;
    return (int64_t)(((hi / m) << 32) + rest / m);
}

double ct_stats_mean(const double *x, size_t n)
{
    if (!n)
        return NAN;
    const double s = pairwise_sum(x, n);
    double lo;
    int e;
    if (fabs(s) >= LARGE_SUM && whole_below_2p53(x, n, &lo)) {
        /* lo + the whole part is a value between the least and the largest
         * (exact): one rounding, adding the fraction */
        double frac;
        const int64_t q = offset_mean(x, n, lo, &frac);
        return (double)((int64_t)lo + q) + frac;
    }
    /* the sum overflowed: the mean of the scaled values, scaled back (it
     * lies within the values' range; before 2026-12-04 "-infinite" where
     * it is -8.3e305: tests/cli/stats_mean_sum_overflows) */
    if (!isfinite(s) && finite_scale(x, n, &e))
        return ldexp(scaled_sum(x, n, e) / (double)n, e);
    return s / (double)n;
}

double ct_stats_var(const double *x, size_t n, size_t ddof)
{
    if (n <= ddof)
        return NAN;
    const double sum = pairwise_sum(x, n);
    double lo;
    int sc;
    if (!isfinite(sum) && finite_scale(x, n, &sc)) {
        /* the sum overflowed (ct_stats_mean): two passes on the scaled
         * values; a variance beyond the range of a double stays inf, as
         * for any values whose squares overflow (callers scale those) */
        const double m = scaled_sum(x, n, sc) / (double)n;
        double ss = 0;
        for (size_t i = 0; i < n; i++) {
            const double d = ldexp(x[i], -sc) - m;
            ss += d * d;
        }
        return ldexp(ss / (double)(n - ddof), 2 * sc);
    }
    if (fabs(sum) >= LARGE_SUM && whole_below_2p53(x, n, &lo)) {
        double frac;
        const double c = (double)offset_mean(x, n, lo, &frac) + frac;
        double ss = 0, se = 0;
        for (size_t i = 0; i < n; i++) {
            const double e = (x[i] - lo) - c;
            ss += e * e;
            se += e;
        }
        return (ss - se * se / (double)n) / (double)(n - ddof);
    }
    const double m = sum / (double)n;
    /* pairwise sum of squared deviations, in blocks to avoid a buffer */
    double blk[128], total = 0.;
    size_t i = 0;
    double acc[64];
    size_t na = 0;
    while (i < n) {
        size_t k = n - i < 128 ? n - i : 128;
        for (size_t t = 0; t < k; t++) {
            double d = x[i + t] - m;
            blk[t] = d * d;
        }
        acc[na++] = pairwise_sum(blk, k);
        if (na == 64) {
            total += pairwise_sum(acc, na);
            na = 0;
        }
        i += k;
    }
    total += pairwise_sum(acc, na);
    /* The mean's rounding: m = sum/n rounds to a unit of its last place
     * (0.125 for counts near 1e15), and the sum of squares about m exceeds
     * the one about the exact mean by r^2/n, r = sum - n*m. When the sum is
     * exact (whole numbers, magnitudes summing below 2^53) r is too (one
     * fma), and the corrected two-pass formula of Chan, Golub & LeVeque
     * (1983) subtracts it: 3 counts near 1e15 had a std 2.2e-9 off (pandas'
     * 1.3e-5). The term reaches total's last bit only when the mean is
     * large beside the spread, so other columns keep numpy's bits. */
    const double r = fma(-m, (double)n, sum);
    if (r != 0 && total - r * r / (double)n != total && whole_sum_exact(x, n))
        total -= r * r / (double)n;
    return total / (double)(n - ddof);
}

size_t ct_stats_gather(const double *x, const uint8_t *missing, size_t n, double *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!(missing && missing[i]) && !isnan(x[i]))
            out[k++] = x[i];
    return k;
}

/* Sort x[0..n) (base/sort.h) with scratch when it can be had; without it
 * ct_sort_f64 falls back to an in-place sort giving the same order. */
static void sort_range(double *x, size_t n)
{
    double *tmp = n >= 64 ? ct_malloc(n * sizeof *tmp) : NULL;
    ct_sort_f64(x, n, tmp);
    ct_free(tmp);
}

size_t ct_stats_distinct_sorted(const double *s, size_t n)
{
    size_t d = n > 0;
    for (size_t i = 1; i < n; i++)
        d += s[i] != s[i - 1];
    return d;
}

/* Every value the same: the mean is that value and the std exactly 0.
 * Two-pass sums leave the mean's rounding instead (0.1 in 49 rows: std
 * 1.4e-17; pandas' describe gives 2.8e-17 or 1.9e-16 by its own rounding,
 * its groupby std, by Welford's update, exactly 0). */
static void summary_constant(ct_summary *out)
{
    if (out->count > 1 && out->min == out->max && isfinite(out->min) && out->std != 0) {
        out->mean = out->min;
        out->std = 0;
    }
}

/* Finite values whose squares leave the range of a double: beyond 2^500
 * (1e200s) the variance overflows though the std does not, below 2^-500
 * (1e-200s) it underflows to 0 or to a few bits. Their std (n-1) is the
 * two-pass sum on the values scaled by a power of two (exact), the std
 * scaled back; pandas reads inf and 0 there. */
int ct_stats_scale_exp(double m, int limit)
{
    if (!(m > 0) || !isfinite(m))
        return 0;
    const int e = ilogb(m);
    return e > limit || e < -limit ? e : 0;
}

static int squares_out_of_range(double mean, double mn, double mx)
{
    if (!isfinite(mean) || !isfinite(mn) || !isfinite(mx) || mn == mx)
        return 0;
    return ct_stats_scale_exp(fmax(fabs(mn), fabs(mx)), CT_STATS_SQUARES_SAFE_EXP) != 0;
}

static double sd_scaled(const double *s, size_t n, double mean, double mn, double mx)
{
    const int e = ilogb(fmax(fabs(mn), fabs(mx)));
    const double m = ldexp(mean, -e);
    double ss = 0;
    for (size_t i = 0; i < n; i++) {
        const double d = ldexp(s[i], -e) - m;
        ss += d * d;
    }
    /* a std beyond the range of a double (values of +-1.5e308) cannot be
     * given: NaN, "undefined", not a false "infinite" */
    const double sd = ldexp(sqrt(ss / (double)(n - 1)), e);
    return isfinite(sd) ? sd : NAN;
}

void ct_stats_summary_sorted(const double *s, size_t n, ct_summary *out)
{
    out->count = n;
    if (n == 0) {
        out->mean = out->std = out->min = out->q25 = out->q50 = out->q75 = out->max = NAN;
        return;
    }
    out->mean = ct_stats_mean(s, n);
    out->std = n > 1 ? sqrt(ct_stats_var(s, n, 1)) : NAN;
    if (n > 1 && squares_out_of_range(out->mean, s[0], s[n - 1]))
        out->std = sd_scaled(s, n, out->mean, s[0], s[n - 1]);
    out->min = s[0];
    out->max = s[n - 1];
    out->q25 = ct_stats_quantile_sorted(s, n, 0.25);
    out->q50 = ct_stats_quantile_sorted(s, n, 0.50);
    out->q75 = ct_stats_quantile_sorted(s, n, 0.75);
    summary_constant(out);
}

double ct_stats_lerp(double a, double b, double t)
{
    double d = b - a;
    /* finite ends whose difference overflows (-1.7e308 and 1.7e308): on
     * halves, exact, where numpy's quartiles read inf and -inf (before
     * 2026-12-04 here too: tests/cli/stats_mean_sum_overflows) */
    if (isinf(d) && isfinite(a) && isfinite(b))
        return 2.0 * ct_stats_lerp(0.5 * a, 0.5 * b, t);
    return t >= 0.5 ? b - d * (1. - t) : a + d * t;
}

double ct_stats_quantile_sorted(const double *s, size_t n, double q)
{
    if (n == 0)
        return NAN;
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        return s[n - 1];
    double frac = h - (double)lo;
    double a = s[lo], b = s[lo + 1];
    return ct_stats_lerp(a, b, frac);
}

static void swap_d(double *a, double *b)
{
    double t = *a;
    *a = *b;
    *b = t;
}

/* Place the k-th smallest value at x[k], smaller-or-equal ones before,
 * greater-or-equal after. Quickselect with a median-of-three pivot and
 * Hoare's partition, which stops on keys equal to the pivot and so splits
 * runs of ties evenly (Sedgewick, Algorithms, 2.3); after too many rounds
 * the remaining range is sorted instead (introselect's guard). */
static void select_kth(double *x, size_t n, size_t k)
{
    size_t lo = 0, hi = n - 1; /* inclusive */
    int budget = 2 * 64;
    while (hi > lo + 16) {
        if (budget-- == 0) {
            sort_range(x + lo, hi - lo + 1);
            return;
        }
        size_t mid = lo + (hi - lo) / 2;
        /* order x[lo], x[mid], x[hi]; the median becomes the pivot */
        if (x[mid] < x[lo])
            swap_d(&x[mid], &x[lo]);
        if (x[hi] < x[lo])
            swap_d(&x[hi], &x[lo]);
        if (x[hi] < x[mid])
            swap_d(&x[hi], &x[mid]);
        double p = x[mid];
        size_t i = lo, j = hi;
        for (;;) {
            while (x[i] < p)
                i++;
            while (p < x[j])
                j--;
            if (i >= j)
                break;
            swap_d(&x[i], &x[j]);
            i++;
            j--;
        }
        /* now x[lo..j] <= p <= x[j+1..hi] */
        if (k <= j)
            hi = j;
        else
            lo = j + 1;
    }
    sort_range(x + lo, hi - lo + 1);
}

static double min_of(const double *x, size_t n)
{
    double m = x[0];
    for (size_t i = 1; i < n; i++)
        if (x[i] < m)
            m = x[i];
    return m;
}

double ct_stats_quantile_select(double *x, size_t n, double q)
{
    if (n == 0)
        return NAN;
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        lo = n - 1;
    select_kth(x, n, lo);
    double a = x[lo];
    if (lo == n - 1)
        return a;
    double b = min_of(x + lo + 1, n - lo - 1), frac = h - (double)lo;
    return ct_stats_lerp(a, b, frac);
}

double ct_stats_median_select(double *x, size_t n)
{
    if (n == 0)
        return NAN;
    const size_t lo = (n - 1) / 2;
    select_kth(x, n, lo);
    const double a = x[lo];
    if (n % 2)
        return a;
    const double b = min_of(x + lo + 1, n - lo - 1);
    /* finite: the linear quantile's own value, bit for bit; else numpy's
     * mean of the middle two (inf, or NaN for -inf and inf) */
    return isfinite(a) && isfinite(b) ? ct_stats_lerp(a, b, 0.5) : (a + b) / 2;
}

/* q-quantile of x[0..n) when x[0..k] already hold the k+1 smallest values
 * (k below the quantile's lower position): select within x[k+1..n). */
static double quantile_from(double *x, size_t n, size_t k, double q)
{
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        lo = n - 1;
    if (lo <= k || k + 1 >= n)
        return ct_stats_quantile_select(x, n, q);
    select_kth(x + k + 1, n - k - 1, lo - k - 1);
    double a = x[lo];
    if (lo == n - 1)
        return a;
    double b = min_of(x + lo + 1, n - lo - 1), frac = h - (double)lo;
    return ct_stats_lerp(a, b, frac);
}

void ct_stats_summary(const double *x, const uint8_t *missing, size_t n, double *work,
                      ct_summary *out)
{
    size_t m = ct_stats_gather(x, missing, n, work);
    out->count = m;
    if (m == 0) {
        out->mean = out->std = out->min = out->q25 = out->q50 = out->q75 = out->max = NAN;
        return;
    }
    out->mean = ct_stats_mean(work, m);
    out->std = m > 1 ? sqrt(ct_stats_var(work, m, 1)) : NAN;
    double mn = work[0], mx = work[0];
    for (size_t i = 1; i < m; i++) {
        if (work[i] < mn)
            mn = work[i];
        if (work[i] > mx)
            mx = work[i];
    }
    if (m > 1 && squares_out_of_range(out->mean, mn, mx))
        out->std = sd_scaled(work, m, out->mean, mn, mx);
    out->min = mn;
    out->max = mx;
    out->q25 = ct_stats_quantile_select(work, m, 0.25);
    /* after selecting position k, everything above k is >= x[k]: the later
     * quantiles select within that upper part only */
    size_t k25 = (size_t)floor((double)(m - 1) * 0.25);
    out->q50 = quantile_from(work, m, k25, 0.50);
    size_t k50 = (size_t)floor((double)(m - 1) * 0.50);
    out->q75 = quantile_from(work, m, k50, 0.75);
    summary_constant(out);
}
