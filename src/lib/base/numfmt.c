/* numfmt.c — numbers for people (see claimtriage/numfmt.h). Every
 * formatter prints its digits with snprintf and hands them to one grouping
 * routine, so thousands separators, signs and truncation behave alike. */
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tolerance of "v is a whole number" / "these decimals show v" tests. */
#define NUMFMT_REL_TOL 1e-9

/* Words for a value that is not a finite number: no person is shown a bare
 * "nan" or "inf", nor "n/a" or a dash; a value that does not exist is
 * "undefined" (the text that says why comes from the caller). */
static const char *nonfinite(double v)
{
    return isnan(v) ? CT_NUMFMT_UNDEFINED : v > 0 ? "infinite" : "-infinite";
}

/* Copy digits ("1234567" or "1234567.25") into buf with ',' between groups
 * of three integer digits, after a '-' when neg. */
static size_t group(char *buf, size_t n, int neg, const char *digits)
{
    if (n == 0)
        return 0;
    const char *dot = strchr(digits, '.');
    const size_t ilen = dot ? (size_t)(dot - digits) : strlen(digits);
    /* digits that do not fit the buffer (1e308 in 309 digits) would be cut
     * to a number of another magnitude: scientific notation instead */
    const size_t need = (neg ? 1 : 0) + ilen + (ilen ? (ilen - 1) / 3 : 0) + strlen(digits + ilen);
    if (need + 1 > n) {
        const int k = snprintf(buf, n, "%s%.4g", neg ? "-" : "", strtod(digits, NULL));
        return k < 0 ? 0 : (size_t)k < n ? (size_t)k : n - 1;
    }
    size_t w = 0;
    if (neg && w + 1 < n)
        buf[w++] = '-';
    for (size_t i = 0; i < ilen && w + 1 < n; i++) {
        if (i > 0 && (ilen - i) % 3 == 0 && w + 2 < n)
            buf[w++] = ',';
        buf[w++] = digits[i];
    }
    for (size_t i = ilen; digits[i] && w + 1 < n; i++)
        buf[w++] = digits[i];
    buf[w] = '\0';
    return w;
}

/* snprintf into buf, returning the length actually written. */
static size_t put(char *buf, size_t n, const char *fmt, ...) CT_PRINTF(3, 4);
static size_t put(char *buf, size_t n, const char *fmt, ...)
{
    if (n == 0)
        return 0;
    va_list ap;
    va_start(ap, fmt);
    const int k = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    if (k < 0) {
        buf[0] = '\0';
        return 0;
    }
    return (size_t)k < n ? (size_t)k : n - 1;
}

size_t ct_numfmt_count(char *buf, size_t n, uint64_t v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    return group(buf, n, 0, tmp);
}

size_t ct_numfmt_value(char *buf, size_t n, double v)
{
    /* a whole number in full, as a count is written: 99999999999 read
     * "1e+11" in the out-of-range note beside "99,999,999,999" in the
     * reasons before 2026-12-05 */
    if (isfinite(v) && v == floor(v) && fabs(v) < 1.8e19) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)fabs(v));
        return group(buf, n, v < 0, tmp);
    }
    /* beyond that, three significant digits as a headline writes them
     * ("5.9e+301"), not a table's seven ("5.900000e+301" in queue-eval's
     * "views of claims" before 2026-12-07: tests/cli/queue_eval_views_huge) */
    if (isfinite(v) && fabs(v) >= 1e15)
        return ct_numfmt_headline(buf, n, v);
    return ct_numfmt_auto(buf, n, v);
}

size_t ct_numfmt_fixed(char *buf, size_t n, double v, int decimals)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    if (decimals < 0)
        decimals = 0;
    if (decimals > 6)
        decimals = 6;
    char tmp[400]; /* DBL_MAX has 309 integer digits */
    snprintf(tmp, sizeof tmp, "%.*f", decimals, fabs(v));
    const int neg = v < 0 && strspn(tmp, "0.") != strlen(tmp); /* no "-0" */
    return group(buf, n, neg, tmp);
}

size_t ct_numfmt_prob(char *buf, size_t n, double p)
{
    size_t r = ct_numfmt_auto(buf, n, p);
    if (!isfinite(p) || p == 0 || p == 1 || n == 0 || (strcmp(buf, "1") && strcmp(buf, "0")))
        return r;
    for (int sig = 7; sig <= 17; sig++) {
        r = put(buf, n, "%.*g", sig, p);
        if (strcmp(buf, "1") && strcmp(buf, "0"))
            break;
    }
    return r;
}

size_t ct_numfmt_sci(char *buf, size_t n, double v)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    return ct_numfmt_sci_at(buf, n, v, CT_NUMFMT_SCI_SIG);
}

/* At most this many significant digits in fixed notation: a double holds
 * 15 whole (DBL_DIG); past them the digits are rounding noise. */
#define NUMFMT_FIXED_SIG DBL_DIG

/* The decimals ct_numfmt_auto writes |v| = a (finite, 1e-3 <= a < 1e15)
 * with before trailing zeros are dropped: by size, and no more than leave
 * 15 significant digits ("565,147,263,867,914", never the "...914.25"
 * of a double's noise, as before 2026-12-05: tests/unit/test_numfmt.c,
 * tests/cli/inspect_huge_row_sci). */
static int auto_places(double a, int want)
{
    char tmp[32];
    const int whole = a < 1 ? 0 : snprintf(tmp, sizeof tmp, "%.0f", floor(a));
    const int room = NUMFMT_FIXED_SIG - whole;
    return want < room ? want : room > 0 ? room : 0;
}

/* Whether ct_numfmt_auto writes v in "%.4g" (|v| below 0.001, not 0). */
static int auto_tiny(double a) { return a != 0 && a < 1e-3; }

int ct_numfmt_auto_sci(double v)
{
    /* decided on the value as fixed notation would round it: from
     * 1e15 - 0.5 up (no decimals are left there) the digits would read
     * 1e15 or more; before 2026-12-05 999999999999999.9 printed as
     * "1,000,000,000,000,000" (tests/unit/test_numfmt.c) */
    return isfinite(v) && fabs(v) >= 1e15 - 0.5;
}

size_t ct_numfmt_auto(char *buf, size_t n, double v)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    const double a = fabs(v);
    if (auto_tiny(a))
        return put(buf, n, "%.4g", v);
    /* from 1e15 up, seven significant digits as pandas displays a float in
     * scientific notation (1.152922e+18): with four, a mean, its quartiles
     * and its max beyond 2^53 all read 1.153e+18. "%.6e", not "%.7g",
     * which drops trailing zeros (3.22818e+18 beside 4.455312e+18 before
     * 2026-12-04: tests/unit/test_numfmt.c, tests/cli/inspect_big_trailing_zero) */
    if (ct_numfmt_auto_sci(v))
        return ct_numfmt_sci(buf, n, v);
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*f", auto_places(a, a >= 1000 ? 2 : a >= 1 ? 4 : 6), a);
    char *dot = strchr(tmp, '.');
    if (dot) { /* trailing zeros, then a bare point, dropped */
        char *e = tmp + strlen(tmp) - 1;
        while (e > dot && *e == '0')
            *e-- = '\0';
        if (e == dot)
            *e = '\0';
    }
    return group(buf, n, v < 0, tmp);
}

int ct_numfmt_auto_decimals(double v)
{
    char b[64];
    ct_numfmt_auto(b, sizeof b, v);
    if (!isfinite(v) || strchr(b, 'e'))
        return -1;
    const char *dot = strchr(b, '.');
    return dot ? (int)strlen(dot + 1) : 0;
}

size_t ct_numfmt_auto_at(char *buf, size_t n, double v, int decimals)
{
    const int own = ct_numfmt_auto_decimals(v);
    if (own < 0 || decimals <= own)
        return ct_numfmt_auto(buf, n, v);
    if (decimals > CT_NUMFMT_AUTO_DECIMALS_MAX)
        decimals = CT_NUMFMT_AUTO_DECIMALS_MAX;
    /* the value's own digits at the column's places, never zeros standing
     * for digits ct_numfmt_auto rounded away (501,029.4527 beside 32.4869,
     * not 501,029.4500) */
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*f", auto_places(fabs(v), decimals), fabs(v));
    const int neg = v < 0 && strspn(tmp, "0.") != strlen(tmp); /* no "-0" */
    return group(buf, n, neg, tmp);
}

/* 1 when the formatted number s shows no digit but 0 ("0.0000", "-0.00"). */
static int all_zeros(const char *s) { return s[strspn(s, "-0.,")] == '\0'; }

size_t ct_numfmt_stat(char *buf, size_t n, double v, int decimals)
{
    if (!isfinite(v) || fabs(v) >= 1e9)
        return ct_numfmt_auto(buf, n, v);
    decimals = decimals < 0 ? 0 : decimals > 6 ? 6 : decimals;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    /* a value that is not 0 but rounds to 0 at these decimals keeps
     * `decimals` significant digits (at least 1): "W = 3.2e-05", never a
     * misleading "W = 0.0000" (before 2026-12-03) */
    if (v != 0 && all_zeros(tmp))
        return put(buf, n, "%.*g", decimals ? decimals : 1, v);
    return put(buf, n, "%s", tmp);
}

size_t ct_numfmt_stat_below1(char *buf, size_t n, double v, int decimals)
{
    size_t k = ct_numfmt_stat(buf, n, v, decimals);
    if (!(fabs(v) < 1) || n == 0)
        return k;
    for (int d = decimals + 1; d <= 6 && fabs(strtod(buf, NULL)) >= 1; d++)
        k = ct_numfmt_stat(buf, n, v, d);
    for (int sig = 7; sig <= 17 && fabs(strtod(buf, NULL)) >= 1; sig++)
        k = put(buf, n, "%.*g", sig, v);
    return k;
}

/* statsmodels' iolib.summary.forg: fixed decimals inside [1e-4, 1e4),
 * "%.*g" outside; here the scientific mantissa keeps its zeros ("%.*e"),
 * so the cells of a column share their digits. */
size_t ct_numfmt_summary(char *buf, size_t n, double v, int decimals)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    decimals = decimals < 1 ? 1 : decimals > 6 ? 6 : decimals;
    const double a = fabs(v);
    if (v == 0 || (a >= 1e-4 && a < 1e4)) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        /* a value that rounds to 0 there (|v| from 1e-4 up: not at 4
         * decimals) is written in the scientific branch, never "0.00" */
        if (v == 0 || !all_zeros(tmp))
            return put(buf, n, "%s", v == 0 ? tmp + (tmp[0] == '-') : tmp);
    }
    return put(buf, n, "%.*e", decimals - 1, v);
}

size_t ct_numfmt_metric(char *buf, size_t n, double v)
{
    const double a = fabs(v);
    if (!isfinite(v) || a == 0 || a >= 1e-3)
        return ct_numfmt_auto(buf, n, v);
    size_t r = ct_numfmt_fixed(buf, n, v, 6);
    /* not 0 but below what 6 decimals show: two significant digits
     * ("1.2e-07"), never "0.000000" (a near-perfect model's log loss read
     * as exactly 0 before 2026-12-03), a trailing zero kept: 1.046e-10
     * is "1.0e-10" (before 2026-12-06 "1e-10", one digit, read as exactly
     * 1e-10: a one-row file's log loss) */
    if (all_zeros(buf))
        return put(buf, n, "%#.2g", v);
    /* trailing zeros dropped */
    while (r > 0 && buf[r - 1] == '0' && strspn(buf, "-0.") < r)
        buf[--r] = '\0';
    return r;
}

size_t ct_numfmt_sig3(char *buf, size_t n, double v)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    if (fabs(v) < 1000)
        return put(buf, n, "%.3g", v);
    /* from 1e9 up as the tables write it (ct_numfmt_auto): a 1e17 mean
     * difference read "235,787,572,916,666,656", 18 digits of which the
     * last are rounding noise, beside the table's 2.357876e+17 before
     * 2026-12-04 (tests/cli/test_huge_mean_difference_words) */
    if (fabs(v) >= 1e9)
        return ct_numfmt_auto(buf, n, v);
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.0f", fabs(v));
    return group(buf, n, v < 0, tmp);
}

size_t ct_numfmt_headline(char *buf, size_t n, double v)
{
    const double a = fabs(v);
    /* below 0.1, two decimals keep fewer than two significant digits (and
     * 1e-12 would read "0"): two significant digits instead */
    if (isfinite(v) && a != 0 && a < 0.1)
        return put(buf, n, "%.2g", v);
    /* from 1e15 up (doubles hold 15-17 digits), three significant digits */
    if (isfinite(v) && a >= 1e15)
        return put(buf, n, "%.3g", v);
    return ct_numfmt_fixed(buf, n, v,
                           fabs(v - round(v)) < NUMFMT_REL_TOL || a >= 100 ? 0
                           : a < 10                                        ? 2
                                                                           : 1);
}

size_t ct_numfmt_median(char *buf, size_t n, double v)
{
    /* 2v whole and v not: exactly half-way (no tolerance: a median of whole
     * values is x.5 exactly, and 7070.4999 is no half) */
    if (isfinite(v) && fabs(v) < 1e15 && v != floor(v) && 2 * v == floor(2 * v))
        return ct_numfmt_fixed(buf, n, v, 1);
    return ct_numfmt_headline(buf, n, v);
}

int ct_numfmt_decimals(double v, int max)
{
    for (int d = 0; d < max; d++) {
        const double p = pow(10, d), r = round(v * p) / p;
        if (fabs(r - v) <= NUMFMT_REL_TOL * fmax(1.0, fabs(v)))
            return d;
    }
    return max;
}

size_t ct_numfmt_tick(char *buf, size_t n, double v, int suffix)
{
    /* short scale: thousand, million, billion, trillion; beyond a
     * thousand trillion, scientific notation ("1e15", "2.5e17") */
    static const struct {
        double unit;
        const char *sym;
    } sc[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    const double a = fabs(v);
    char t[48];
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    if (suffix && a >= 1e15 * (1 - NUMFMT_REL_TOL)) {
        int e = (int)floor(log10(a));
        double m = v / pow(10, e);
        if (fabs(m) >= 10 * (1 - NUMFMT_REL_TOL)) { /* 9.9999999999e15 is 1e16 */
            m /= 10;
            e++;
        }
        return put(buf, n, "%.*fe%d", ct_numfmt_decimals(m, 2), m, e);
    }
    for (size_t k = 0; suffix && k < sizeof sc / sizeof sc[0]; k++)
        if (a >= sc[k].unit * (1 - NUMFMT_REL_TOL)) {
            ct_numfmt_fixed(t, sizeof t, v / sc[k].unit, ct_numfmt_decimals(v / sc[k].unit, 3));
            return put(buf, n, "%s%s", t, sc[k].sym);
        }
    /* a tick that 3 decimals cannot show (1e-12 would read "0", 0.0015
     * "0.002"): three significant digits ("1e-12", "0.0015", "2.5e-07") */
    if (a != 0 && a < 1 && fabs(round(v * 1e3) / 1e3 - v) > NUMFMT_REL_TOL * a)
        return put(buf, n, "%.3g", v);
    return ct_numfmt_fixed(buf, n, v, ct_numfmt_decimals(v, 3));
}

size_t ct_numfmt_pct(char *buf, size_t n, double pct, int decimals)
{
    if (!isfinite(pct))
        return put(buf, n, "%s", nonfinite(pct));
    return put(buf, n, "%.*f%%", decimals < 0 ? 0 : decimals > 6 ? 6 : decimals, pct);
}

size_t ct_numfmt_level_pct(char *buf, size_t n, double level)
{
    if (!isfinite(level))
        return put(buf, n, "%s", nonfinite(level));
    const double pct = 100 * level;
    size_t r = put(buf, n, "%.6g", pct);
    /* by the printed digits: a level short of 1 is never labelled "100" */
    for (int sig = 7;
         sig <= 17 && pct > 0 && pct < 100 && (!strcmp(buf, "100") || !strcmp(buf, "0")); sig++)
        r = put(buf, n, "%.*g", sig, pct);
    return r;
}

size_t ct_numfmt_pct_within(char *buf, size_t n, double pct, int decimals)
{
    if (!isfinite(pct))
        return put(buf, n, "%s", nonfinite(pct));
    const int d = decimals < 0 ? 0 : decimals > 6 ? 6 : decimals;
    /* by the printed digits, not by edges: %.*f rounds half to even, so
     * 99.5 printed as a false "100%" and 0.5 as a false "0%" */
    char t[64];
    snprintf(t, sizeof t, "%.*f", d, pct);
    const double unit = pow(10, -d); /* the last digit's unit: 1, 0.01 */
    if (pct > 0 && pct < 100 && strtod(t, NULL) == 0)
        return put(buf, n, "under %.*f%%", d, unit);
    if (pct < 100 && pct > 0 && strtod(t, NULL) == 100)
        return put(buf, n, "over %.*f%%", d, 100 - unit);
    return put(buf, n, "%s%%", t);
}

size_t ct_numfmt_pct_bounded(char *buf, size_t n, double pct)
{
    return ct_numfmt_pct_within(buf, n, pct, 0);
}

size_t ct_numfmt_ratio(char *buf, size_t n, double ratio)
{
    if (!isfinite(ratio))
        return put(buf, n, "%s", nonfinite(ratio));
    return ratio >= 10 ? put(buf, n, "~%.0fx", ratio) : put(buf, n, "%.1fx", ratio);
}

size_t ct_numfmt_pvalue(char *buf, size_t n, double p, double log10p)
{
    if (isnan(p))
        return put(buf, n, "p " CT_NUMFMT_UNDEFINED);
    if (p == 0 && !(log10p > -INFINITY))
        return put(buf, n, "p = 0"); /* exactly 0, as scipy gives for t = inf */
    if (p < 1e-300)
        return put(buf, n, "p < 1e-300 (log10 p = %.1f)", log10p);
    /* below 0.01 three significant digits, as the tables: 0.000184, not
     * 0.0002; 0.00224, not 0.0022 beside a table's 0.00224 (before
     * 2026-12-05 from 1e-3: tests/cli/test_directions_disagree) */
    if (p < 1e-2)
        return put(buf, n, "p = %.3g", p);
    return put(buf, n, "p = %.4f", p);
}

/* Whether printed (v read back) stands where v does against alpha. */
static int same_side(double printed, double v, double alpha)
{
    if (printed == alpha)
        return v == alpha;
    return (printed < alpha) == (v < alpha);
}

size_t ct_numfmt_g_vs(char *buf, size_t n, double v, int sig, double alpha)
{
    size_t k = 0;
    for (int d = sig; d <= 17; d++) {
        k = put(buf, n, "%.*g", d, v);
        if (!isfinite(v) || isnan(alpha) || same_side(strtod(buf, NULL), v, alpha))
            break;
    }
    return k;
}

size_t ct_numfmt_pvalue_vs(char *buf, size_t n, double p, double log10p, double alpha)
{
    const size_t k = ct_numfmt_pvalue(buf, n, p, log10p);
    const char *eq = strstr(buf, "= ");
    if (!(p >= 1e-300) || isnan(alpha) || !eq || same_side(strtod(eq + 2, NULL), p, alpha))
        return k;
    char num[40];
    ct_numfmt_g_vs(num, sizeof num, p, 4, alpha);
    return put(buf, n, "p = %s", num);
}

size_t ct_numfmt_pvalue_cell(char *buf, size_t n, double p, double log10p)
{
    if (isnan(p))
        return put(buf, n, CT_NUMFMT_UNDEFINED);
    if (p == 0 && !(log10p > -INFINITY))
        return put(buf, n, "0");
    if (p < 1e-300)
        return put(buf, n, "< 1e-300 (log10 %.1f)", log10p);
    return put(buf, n, "%.3g", p);
}

size_t ct_numfmt_pvalue_cell_vs(char *buf, size_t n, double p, double log10p, double alpha)
{
    const size_t k = ct_numfmt_pvalue_cell(buf, n, p, log10p);
    if (!(p >= 1e-300) || isnan(alpha) || same_side(strtod(buf, NULL), p, alpha))
        return k;
    return ct_numfmt_g_vs(buf, n, p, 3, alpha);
}

/* Shortest round trip: the correctly rounded 15-digit form reads back
 * whenever any shorter decimal does (15-digit decimals are more than 1e-15
 * apart, a double's neighbours 2^-53 relative), and %g drops its trailing
 * zeros; else 16, else 17 (always enough: IEEE 754-2008, 5.12.2). A
 * subnormal has fewer significant bits: its digits are tried from 1 up. */
size_t ct_numfmt_shortest(char *buf, size_t n, double v)
{
    if (!isfinite(v))
        return put(buf, n, "%g", v);
    char tmp[CT_NUMFMT_SHORTEST_MAX];
    for (int p = v != 0 && fabs(v) < DBL_MIN ? 1 : 15; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*g", p, v);
        if (p == 17 || strtod(tmp, NULL) == v)
            break;
    }
    return put(buf, n, "%s", tmp);
}

size_t ct_numfmt_sci_at(char *buf, size_t n, double v, int sig)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    sig = sig < 1 ? 1 : sig > 17 ? 17 : sig;
    return put(buf, n, "%.*e", sig - 1, v);
}

size_t ct_numfmt_places(char *buf, size_t n, double v, int decimals)
{
    if (!isfinite(v))
        return put(buf, n, "%s", nonfinite(v));
    decimals = decimals < 0 ? 0 : decimals > CT_NUMFMT_PLACES_MAX ? CT_NUMFMT_PLACES_MAX : decimals;
    char tmp[400]; /* DBL_MAX has 309 integer digits */
    snprintf(tmp, sizeof tmp, "%.*f", decimals, fabs(v));
    const int neg = v < 0 && strspn(tmp, "0.") != strlen(tmp); /* no "-0" */
    return group(buf, n, neg, tmp);
}

/* The number a formatted cell reads as: its grouping commas dropped. */
static double read_back(const char *s)
{
    char t[400];
    size_t w = 0;
    for (; *s && w + 1 < sizeof t; s++)
        if (*s != ',')
            t[w++] = *s;
    t[w] = '\0';
    return strtod(t, NULL);
}

/* Whether every two neighbours of the sorted finite values s[0..n) that
 * differ read back apart when written by fmt with parameter p. Rounding to
 * a fixed number of digits is monotone, so two values apart read apart
 * exactly when each pair of neighbours between them does. */
static int read_apart(const double *s, size_t n, size_t (*fmt)(char *, size_t, double, int), int p)
{
    char a[400], b[400];
    for (size_t i = 1; i < n; i++) {
        if (s[i] == s[i - 1])
            continue;
        fmt(a, sizeof a, s[i - 1], p);
        fmt(b, sizeof b, s[i], p);
        if (read_back(a) == read_back(b))
            return 0;
    }
    return 1;
}

/* The finite values of v sorted into a new array (*m of them); NULL when
 * out of memory or when fewer than two are finite (then *m < 2). */
static double *finite_sorted(const double *v, size_t n, size_t *m)
{
    *m = 0;
    for (size_t i = 0; i < n; i++)
        *m += isfinite(v[i]) != 0;
    if (*m < 2)
        return NULL;
    double *s = ct_malloc(2 * *m * sizeof *s);
    if (!s)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (isfinite(v[i]))
            s[k++] = v[i];
    ct_sort_f64(s, k, s + k);
    return s;
}

int ct_numfmt_sci_apart(const double *v, size_t n, int sig)
{
    sig = sig < 1 ? 1 : sig > 17 ? 17 : sig;
    size_t m;
    double *s = finite_sorted(v, n, &m);
    if (!s)
        return m < 2 ? sig : 17; /* out of memory: digits that always suffice */
    while (sig < 17 && !read_apart(s, m, ct_numfmt_sci_at, sig))
        sig++;
    ct_free(s);
    return sig;
}

/* Most decimals that keep |v| = a to 17 significant digits (a double's
 * digits: IEEE 754-2008, 5.12.2). */
static int places_17(double a)
{
    if (a == 0)
        return CT_NUMFMT_PLACES_MAX;
    const int p = 16 - (int)floor(log10(a));
    return p < 0 ? 0 : p > CT_NUMFMT_PLACES_MAX ? CT_NUMFMT_PLACES_MAX : p;
}

int ct_numfmt_places_apart(const double *v, size_t n, int decimals)
{
    decimals = decimals < 0 ? 0 : decimals > CT_NUMFMT_PLACES_MAX ? CT_NUMFMT_PLACES_MAX : decimals;
    size_t m;
    double *s = finite_sorted(v, n, &m);
    if (!s)
        return m < 2 ? decimals : CT_NUMFMT_PLACES_MAX;
    const int most = places_17(fmax(fabs(s[0]), fabs(s[m - 1])));
    int d = decimals;
    while (d < most && !read_apart(s, m, ct_numfmt_places, d))
        d++;
    ct_free(s);
    return d;
}

/* Decimals a formatted number shows (0 without a point or in scientific
 * notation). */
static int shown_places(const char *s)
{
    const char *dot = strchr(s, '.');
    return dot && !strpbrk(s, "eE") ? (int)strspn(dot + 1, "0123456789") : 0;
}

/* Digits after the point of a mantissa ("1.784e-04": 3). */
static int mantissa_places(const char *s)
{
    const char *dot = strchr(s, '.'), *e = strpbrk(s, "eE");
    return dot && (!e || dot < e) ? (int)strspn(dot + 1, "0123456789") : 0;
}

/* Significant digits fmt showed in scientific notation ("1.15e+18": 3),
 * or 0 when s is not in it. */
static int shown_sig(const char *s) { return strpbrk(s, "eE") ? mantissa_places(s) + 1 : 0; }

void ct_numfmt_pair(char *a, char *b, size_t n, double va, double vb,
                    size_t (*fmt)(char *, size_t, double))
{
    fmt(a, n, va);
    fmt(b, n, vb);
    if (n == 0 || va == vb || !isfinite(va) || !isfinite(vb) || read_back(a) != read_back(b))
        return;
    const double v[2] = {va, vb};
    if (ct_numfmt_auto_sci(va) || ct_numfmt_auto_sci(vb)) {
        /* from the digits fmt showed (a headline's three, a table's seven) */
        const int ga = shown_sig(a), gb = shown_sig(b), g = ga > gb ? ga : gb;
        const int sig = ct_numfmt_sci_apart(v, 2, g > 0 ? g : CT_NUMFMT_SCI_SIG);
        ct_numfmt_sci_at(a, n, va, sig);
        ct_numfmt_sci_at(b, n, vb, sig);
        return;
    }
    const int pa = shown_places(a), pb = shown_places(b);
    const int d = ct_numfmt_places_apart(v, 2, pa > pb ? pa : pb);
    ct_numfmt_places(a, n, va, d);
    ct_numfmt_places(b, n, vb, d);
}

/* Whether s is a number as snprintf or the grouping wrote it (a sign,
 * digits, commas, a point, an exponent): no word, no "~" or "%". */
static int plain_number(const char *s)
{
    const char *p = s + (*s == '-' || *s == '+');
    if (!(*p >= '0' && *p <= '9'))
        return 0;
    p += strspn(p, "0123456789,.");
    if (*p == 'e' || *p == 'E') {
        p += 1 + (p[1] == '-' || p[1] == '+');
        p += strspn(p, "0123456789");
    }
    return *p == '\0';
}

void ct_numfmt_interval(char *lo, char *hi, size_t n, double a, double b)
{
    if (n == 0 || !isfinite(a) || !isfinite(b) || !plain_number(lo) || !plain_number(hi))
        return;
    const int grouped = strchr(lo, ',') || strchr(hi, ',');
    if (strpbrk(lo, "eE") || strpbrk(hi, "eE")) {
        /* one in scientific notation: both, with one count of digits */
        const int pl = strpbrk(lo, "eE") ? mantissa_places(lo) : 0,
                  ph = strpbrk(hi, "eE") ? mantissa_places(hi) : 0;
        const int k = pl > ph ? pl : ph;
        if (a != 0) /* an exact 0 stays "0", not "0.000000e+00" */
            put(lo, n, "%.*e", k, a);
        if (b != 0)
            put(hi, n, "%.*e", k, b);
        return;
    }
    const int pl = shown_places(lo), ph = shown_places(hi);
    const int d = pl > ph ? pl : ph;
    char *out[2] = {lo, hi};
    const double v[2] = {a, b};
    for (int q = 0; q < 2; q++) {
        ct_numfmt_places(out[q], n, v[q], d);
        if (!grouped) { /* as the caller wrote it: no grouping commas */
            char *w = out[q];
            for (const char *r = out[q]; *r; r++)
                if (*r != ',')
                    *w++ = *r;
            *w = '\0';
        }
    }
}
