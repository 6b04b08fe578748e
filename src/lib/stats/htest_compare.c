/* htest_compare.c — comparing a numeric measure across groups: normality,
 * Levene/Brown–Forsythe, Welch's and Student's t, Mann–Whitney U, ANOVA,
 * Welch's ANOVA, Kruskal–Wallis, effect sizes (see claimtriage/htest.h).
 * Every formula follows the scipy 1.10 function named beside it. */
#include "claimtriage/htest.h"
#include "claimtriage/numfmt.h"
#include "stats/htest_internal.h"
#include "claimtriage/sort.h"
#include "claimtriage/stats.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sf_gamma.h>

/* D'Agostino's skewness and kurtosis tests need at least this many values
 * (scipy.stats.skewtest raises below 8). */
#define NORMALTEST_MIN_N 8
/* Mann–Whitney exact distribution (scipy 'auto'): when a group has at most
 * this many values and there are no ties. */
#define MWU_EXACT_MAX_N 8

/* ------------------------------------------------------------ normality */

/* D'Agostino–Pearson K² = Zs² + Zk², chi-square(2) tail
 * (D'Agostino, Belanger & D'Agostino 1990; scipy.stats.skewtest,
 * kurtosistest, normaltest). Moments are the biased central moments. */
static ct_htest_stat normaltest(const double *x, size_t n, double mean)
{
    ct_htest_stat s = htest_stat_none();
    if (n < NORMALTEST_MIN_N) {
        /* "undefined", as every value that does not exist, in every place
         * that says it (before 2026-12-06 "untestable" here and in the
         * normality line, "cannot be tested" in the method's reason, the
         * table's cell "undefined": tests/cli/test_method_reason_names_evidence) */
        s.undefined = "undefined: needs at least 8 values (scipy's skewtest)";
        return s;
    }
    double m2 = 0, m3 = 0, m4 = 0;
    for (size_t i = 0; i < n; i++) {
        const double d = x[i] - mean, d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
    }
    m2 /= (double)n;
    m3 /= (double)n;
    m4 /= (double)n;
    if (!isfinite(mean) || isnan(m2)) { /* "inf" read as a number, as pandas does */
        s.undefined = "undefined: the group holds an infinite value (scipy returns not-a-number)";
        return s;
    }
    if (!isfinite(m2) || !isfinite(m4)) { /* finite values beyond ~1e77 */
        s.undefined = "undefined: the values' powers overflow a double (their fourth powers "
                      "beyond 1.8e308; scipy returns not-a-number)";
        return s;
    }
    if (!(m2 > 0.)) {
        s.undefined = "undefined: the group is constant (scipy returns not-a-number)";
        return s;
    }
    /* scipy's skew and kurtosis take a spread within rounding of the mean
     * (m2 <= (1e-15 * mean)^2, numpy's float64 resolution) as a constant
     * group: 26 values of 0.3, whose double mean is not 0.3, are constant
     * there, not "rejected, p = 3e-29" */
    if (m2 <= (1e-15 * mean) * (1e-15 * mean)) {
        s.undefined = "undefined: the group is constant to within rounding (its variance is "
                      "below (1e-15 x its mean)^2; scipy returns not-a-number)";
        return s;
    }
    const double N = (double)n;
    /* skewtest */
    const double b1 = m3 / pow(m2, 1.5);
    double y = b1 * sqrt(((N + 1) * (N + 3)) / (6.0 * (N - 2)));
    const double beta2 = (3.0 * (N * N + 27 * N - 70) * (N + 1) * (N + 3) /
                          ((N - 2.0) * (N + 5) * (N + 7) * (N + 9)));
    const double W2 = -1 + sqrt(2 * (beta2 - 1));
    const double delta = 1 / sqrt(0.5 * log(W2));
    const double alpha = sqrt(2.0 / (W2 - 1));
    if (y == 0)
        y = 1;
    const double zs = delta * log(y / alpha + sqrt((y / alpha) * (y / alpha) + 1));
    /* kurtosistest (Anscombe & Glynn 1983) */
    const double b2 = m4 / (m2 * m2);
    const double E = 3.0 * (N - 1) / (N + 1);
    const double varb2 = 24.0 * N * (N - 2) * (N - 3) / ((N + 1) * (N + 1.) * (N + 3) * (N + 5));
    const double xk = (b2 - E) / sqrt(varb2);
    const double sqrtbeta1 = 6.0 * (N * N - 5 * N + 2) / ((N + 7) * (N + 9)) *
                             sqrt((6.0 * (N + 3) * (N + 5)) / (N * (N - 2) * (N - 3)));
    const double A =
        6.0 + 8.0 / sqrtbeta1 * (2.0 / sqrtbeta1 + sqrt(1 + 4.0 / (sqrtbeta1 * sqrtbeta1)));
    const double term1 = 1 - 2 / (9.0 * A);
    const double denom = 1 + xk * sqrt(2 / (A - 4.0));
    if (denom == 0.) {
        s.undefined = "undefined: the kurtosis test's transform divides by 0";
        return s;
    }
    const double term2 = (denom > 0 ? 1. : -1.) * cbrt((1 - 2.0 / A) / fabs(denom));
    const double zk = (term1 - term2) / sqrt(2 / (9.0 * A));
    s.method = CT_HTEST_NORMALTEST;
    s.statistic = zs * zs + zk * zk;
    s.df1 = 2;
    s.p = ct_dist_chisq_sf(s.statistic, 2);
    return s;
}

/* ---------------------------------------------------------------- ranks */

/* Rank sums per group with mid-ranks for ties (scipy.stats.rankdata
 * 'average', through ct_sort_ranks on the pooled values) and the tie term
 * sum(t^3 - t) (scipy tiecorrect). Ranks are half-integers, so their sums
 * are exact in a double (for N below 10^8) whatever the order. */
static ct_status rank_sums(const double *const *x, const size_t *n, size_t k, size_t N,
                           double *rsum, double *tie_term)
{
    double *pool = ct_malloc((N ? N : 1) * sizeof *pool);
    double *rank = ct_malloc((N ? N : 1) * sizeof *rank);
    ct_sort_work *w = ct_sort_work_alloc(N);
    ct_status s = pool && rank && w ? CT_OK : CT_ENOMEM;
    if (s == CT_OK) {
        size_t off = 0;
        for (size_t g = 0; g < k; g++) {
            memcpy(pool + off, x[g], n[g] * sizeof *pool);
            off += n[g];
        }
        s = ct_sort_ranks(pool, N, rank, tie_term, w);
    }
    if (s == CT_OK) {
        size_t off = 0;
        for (size_t g = 0; g < k; g++) {
            rsum[g] = 0;
            for (size_t i = 0; i < n[g]; i++)
                rsum[g] += rank[off + i];
            off += n[g];
        }
    }
    ct_free(pool);
    ct_free(rank);
    ct_sort_work_free(w);
    return s;
}

/* Exact two-sided Mann–Whitney p (scipy _mwu 'exact': 2 * P(U' >= U),
 * U = max(U1, U2), clipped to 1). By symmetry P(U' >= U) = P(U' <= mn - U).
 * The counts of U' = 0..kmax are the coefficients of the Gaussian binomial
 * [m+n choose m]_q = prod_{i=1..m} (1 - q^{n+i}) / (1 - q^i) (Mann & Whitney
 * 1947): first the partitions into parts <= m (all positive sums), then the
 * numerator factors, which touch only coefficients >= n + 1. */
static ct_status mwu_exact(double u, size_t n1, size_t n2, ct_pvalue *out)
{
    const size_t m = n1 < n2 ? n1 : n2, nn = n1 < n2 ? n2 : n1;
    const double mn = (double)n1 * (double)n2;
    const size_t kmax = (size_t)(mn - u);
    double *c = ct_calloc(kmax + 1, sizeof *c);
    if (!c)
        return CT_ENOMEM;
    c[0] = 1;
    for (size_t j = 1; j <= m; j++)
        for (size_t q = j; q <= kmax; q++)
            c[q] += c[q - j];
    for (size_t i = 1; i <= m; i++) {
        const size_t sft = nn + i;
        for (size_t q = kmax; q >= sft && q != (size_t)-1; q--)
            c[q] -= c[q - sft];
    }
    double cdf = 0;
    for (size_t q = 0; q <= kmax; q++)
        cdf += c[q];
    ct_free(c);
    double p = 2. * cdf / gsl_sf_choose((unsigned)(n1 + n2), (unsigned)m);
    if (p > 1.)
        p = 1.;
    out->p = p;
    out->log10p = log10(p);
    return CT_OK;
}

/* ------------------------------------------------------------- compare */

/* numpy.median of x[0..n), the centre scipy.stats.levene uses: for an even
 * n the mean of the middle two, (a + b) / 2, where the linear quantile
 * (`median`, already computed) is b - (b - a) / 2. The two can differ in the
 * last bit, and W turns on it when each group's deviations are equal in
 * exact arithmetic (two values per group): scipy's W is then infinite, p = 0,
 * where the other centre gave 4e31 and p = 2.5e-32. */
static double numpy_median(const double *x, size_t n, double *work, double median)
{
    if (n % 2 || !isfinite(median))
        return median;
    memcpy(work, x, n * sizeof *work);
    (void)ct_stats_median_select(work, n); /* work[lo] = a, the upper half >= a */
    const size_t lo = (n - 1) / 2;
    double a = work[lo], b = work[lo + 1];
    for (size_t i = lo + 2; i < n; i++)
        if (work[i] < b)
            b = work[i];
    const double m = (a + b) / 2;
    return isfinite(m) ? m : median; /* a + b overflowed: keep the finite centre */
}

/* Levene's test centred on the median = Brown–Forsythe (Brown & Forsythe
 * 1974; scipy.stats.levene(center='median')): W = (N-k)/(k-1) *
 * sum n_i (Zbar_i - Zbar)^2 / sum sum (Z_ij - Zbar_i)^2, Z_ij = |Y_ij - med_i|.
 */
static ct_htest_stat levene(const double *const *x, const size_t *n, size_t k, size_t N,
                            const ct_htest_group *grp, double *work)
{
    ct_htest_stat s = htest_stat_none();
    double *zbar = work + N; /* k doubles after the N-value scratch */
    double zall = 0, spread = 0;
    for (size_t g = 0; g < k; g++) {
        const double centre = numpy_median(x[g], n[g], work, grp[g].median);
        for (size_t i = 0; i < n[g]; i++)
            work[i] = fabs(x[g][i] - centre);
        zbar[g] = ct_stats_mean(work, n[g]);
        zall += zbar[g] * (double)n[g];
        for (size_t i = 0; i < n[g]; i++)
            spread += (work[i] - zbar[g]) * (work[i] - zbar[g]);
    }
    zall /= (double)N;
    double num = 0;
    for (size_t g = 0; g < k; g++)
        num += (double)n[g] * (zbar[g] - zall) * (zbar[g] - zall);
    s.method = CT_HTEST_LEVENE;
    s.df1 = (double)(k - 1);
    s.df2 = (double)(N - k);
    if (spread == 0) { /* scipy: 0/0 = nan, x/0 = inf with p = 0 */
        /* 0/0: every deviation |Y - median| is the same, in every group;
         * constant groups only when that deviation is 0 (before 2026-12-05
         * groups of two values each, 100 and 200 around 150, were called
         * "constant around its median" beside their std of 52:
         * tests/cli/test_levene_equal_deviations) */
        s.statistic = num > 0 ? INFINITY : NAN;
        s.undefined = num > 0 ? "infinite: each group's deviations from its median are constant "
                                "but differ between groups (scipy: W is infinite, p = 0)"
                      : zall == 0
                          ? "undefined: every group is constant, so there is no spread to "
                            "compare (scipy returns not-a-number)"
                          : "undefined: every value lies the same distance from its group's "
                            "median, in every group, so the deviations W compares do not vary "
                            "and W is 0/0 (scipy returns not-a-number)";
        s.p = num > 0 ? (ct_pvalue){0., -INFINITY} : (ct_pvalue){NAN, NAN};
        return s;
    }
    s.statistic = s.df2 * num / (s.df1 * spread);
    s.p = ct_dist_f_sf(s.statistic, s.df1, s.df2);
    return s;
}

/* Why t is not finite when the pooled or Welch variance is 0, or NULL. */
static const char *constant_pair_why(double diff)
{
    return diff != 0 ? "infinite: both groups are constant with different values (scipy: "
                       "t is infinite, p = 0)"
                     : "undefined: both groups are constant and equal (scipy returns not-a-number)";
}

static void two_group(ct_htest_compare *r, const ct_htest_options *o, double tie_term)
{
    const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
    const double na = (double)a->n, nb = (double)b->n, N = na + nb;
    const double va = a->sd * a->sd, vb = b->sd * b->sd;
    const double diff = a->mean - b->mean;
    /* Welch's t with Welch–Satterthwaite dof (scipy ttest_ind equal_var=False) */
    const double qa = va / na, qb = vb / nb, se = sqrt(qa + qb);
    r->welch.method = CT_HTEST_WELCH_T;
    r->welch.statistic = diff / se;
    r->welch.df1 = (qa + qb) * (qa + qb) / (qa * qa / (na - 1) + qb * qb / (nb - 1));
    if (qa + qb == 0) /* both constant: scipy sets the undefined dof to 1 */
        r->welch.df1 = 1;
    r->welch.p = ct_dist_t_sf2(r->welch.statistic, r->welch.df1);
    r->welch.undefined = qa + qb == 0 ? constant_pair_why(diff) : NULL;
    r->mean_diff = diff;
    r->se_diff = se;
    /* the intervals' quantiles solved on their tail (1 - conf_level) / 2,
     * exact, as scipy's _t_confidence_interval does for the lower bound;
     * 0.5 + conf_level / 2 rounds near 1 (by 11% at alpha 1e-15). Before
     * 2026-12-04: tests/cli/test_alpha_tiny_ci. */
    const double tail = (1. - o->conf_level) / 2.;
    const double tq = -ct_dist_t_quantile(tail, r->welch.df1);
    r->diff_lo = diff - tq * se;
    r->diff_hi = diff + tq * se;
    if (qa + qb == 0) /* the dof itself is 0/0: said undefined (t, p and the CI are
                       * scipy's, which do not depend on it) */
        r->welch.df1 = NAN;
    /* Student's t, pooled variance (scipy ttest_ind equal_var=True) */
    const double df = N - 2, sp2 = ((na - 1) * va + (nb - 1) * vb) / df;
    r->student.method = CT_HTEST_STUDENT_T;
    r->student.statistic = diff / sqrt(sp2 * (1 / na + 1 / nb));
    r->student.df1 = df;
    r->student.p = ct_dist_t_sf2(r->student.statistic, df);
    r->student.undefined = sp2 == 0 ? constant_pair_why(diff) : NULL;
    /* Hedges' g = J * d, J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)), m = N - 2
   * (Hedges 1981); SE = sqrt(N/(na nb) + g^2/(2N)) (Hedges & Olkin 1985). */
    const double d = sp2 > 0 ? diff / sqrt(sp2) : NAN;
    r->hedges_undefined =
        sp2 > 0 && isfinite(d) ? NULL
        : isnan(sp2) || !isfinite(diff)
            ? "undefined: a group holds an infinite value"
            : "undefined: the pooled standard deviation is 0 (both groups constant)";
    /* df = 1 (one row beside two): Gamma(0) is a pole; g is then undefined
     * anyway (one_row_reasons) */
    const double J =
        df > 1 ? exp(gsl_sf_lngamma(df / 2) - 0.5 * log(df / 2) - gsl_sf_lngamma((df - 1) / 2))
               : NAN;
    r->hedges_g = J * d;
    const double seg = sqrt(N / (na * nb) + r->hedges_g * r->hedges_g / (2 * N));
    const double zq = -ct_dist_normal_quantile(tail);
    r->g_lo = r->hedges_g - zq * seg;
    r->g_hi = r->hedges_g + zq * seg;
    /* Mann–Whitney U (scipy.stats.mannwhitneyu, two-sided, method 'auto') */
    const double u1 = a->rank_sum - na * (na + 1) / 2, u2 = na * nb - u1;
    const double u = u1 > u2 ? u1 : u2;
    r->mann_whitney.method = CT_HTEST_MANN_WHITNEY;
    r->mann_whitney.statistic = u1;
    r->rank_biserial = 2 * u1 / (na * nb) - 1; /* Kerby 2014, simple difference */
    r->cles = u1 / (na * nb);
    r->mw_z = NAN;
    r->mw_exact = (a->n <= MWU_EXACT_MAX_N || b->n <= MWU_EXACT_MAX_N) && tie_term == 0;
    if (r->mw_exact && mwu_exact(u, a->n, b->n, &r->mann_whitney.p) == CT_OK)
        return;
    r->mw_exact = 0;
    const double s = sqrt(na * nb / 12 * ((N + 1) - tie_term / (N * (N - 1))));
    if (!(s > 0)) { /* every value tied: scipy's z is -0.5/0 = -inf, p = 1 */
        r->mw_z_undefined = "undefined: every value is tied, so the normal approximation has "
                            "no variance";
        r->mann_whitney.p = o->continuity ? (ct_pvalue){1., 0.} : (ct_pvalue){NAN, NAN};
        if (!o->continuity)
            r->mann_whitney.undefined = "undefined: every value is tied";
        return;
    }
    r->mw_z = (u - na * nb / 2 - (o->continuity ? 0.5 : 0.)) / s;
    ct_pvalue p = ct_dist_normal_sf(r->mw_z);
    p.p *= 2;
    p.log10p += log10(2.);
    if (p.p > 1) {
        p.p = 1;
        p.log10p = 0;
    }
    r->mann_whitney.p = p;
}

/* One-way ANOVA (scipy.stats.f_oneway), Welch's ANOVA (Welch 1951:
 * w_i = n_i / s_i^2, F = [sum w_i (m_i - mw)^2 / (k-1)] / [1 + 2(k-2)/(k^2-1)
 * L], L = sum (1 - w_i/W)^2 / (n_i - 1), df2 = (k^2 - 1) / (3 L)), and
 * Kruskal–Wallis H with tie correction (scipy.stats.kruskal). */
/* Welch's weight n/s^2 of a group, or n (u/s)^2 relative to an sd u > 0. */
static double welch_weight(const ct_htest_group *G, double unit)
{
    if (!(unit > 0))
        return (double)G->n / (G->sd * G->sd);
    const double q = unit / G->sd;
    return (double)G->n * q * q;
}

static void k_group(ct_htest_compare *r, double tie_term, size_t nconst, int all_same)
{
    const int all_const = nconst == r->ngroups;
    const size_t k = r->ngroups;
    const double K = (double)k, N = (double)r->n;
    double gm = 0, ssb = 0, ssw = 0, W = 0, L = 0, h = 0;
    for (size_t g = 0; g < k; g++)
        gm += (double)r->groups[g].n * r->groups[g].mean;
    gm /= N;
    for (size_t g = 0; g < k; g++) {
        const ct_htest_group *G = &r->groups[g];
        const double ng = (double)G->n;
        ssb += ng * (G->mean - gm) * (G->mean - gm);
        if (G->n > 1) /* a one-row group adds 0, where 0 * NaN (its sd) would read NaN */
            ssw += (ng - 1) * G->sd * G->sd;
        W += ng / (G->sd * G->sd);
        h += G->rank_sum * G->rank_sum / ng;
    }
    /* Groups whose sds differ beyond the squares' range (views beside
     * 1e300s): a weight n/s^2 overflows though no group is constant. The
     * weights are then taken relative to the smallest sd u, n (u/s)^2,
     * which changes neither F nor its dof (both use w_i / W only). */
    double unit = 0;
    if (!isfinite(W) && !nconst) {
        unit = INFINITY;
        for (size_t g = 0; g < k; g++)
            if (r->groups[g].sd > 0 && r->groups[g].sd < unit)
                unit = r->groups[g].sd;
        W = 0;
        for (size_t g = 0; g < k; g++)
            W += welch_weight(&r->groups[g], unit);
    }
    /* sum w_i (m_i - mw)^2 = sum_{i<j} w_i w_j (m_i - m_j)^2 / W and
     * 1 - w_i/W = sum_{j!=i} w_j / W: no difference of nearly equal
     * numbers. With a group of variance 3e-33 (25 values of 1/3, constant
     * but for rounding) its weight is 8e33 and mw rounds to within an ulp of
     * its mean: w (m - mw)^2, mw = sum w_i m_i / W, then read 23 for the limit 0 (F 13.07, p 1e-4,
     * where statsmodels and the limit give F 1.378, p 0.27). */
    double A = 0;
    for (size_t g = 0; g < k; g++) {
        const ct_htest_group *G = &r->groups[g];
        const double w = welch_weight(G, unit);
        double others = 0;
        for (size_t j = 0; j < k; j++) {
            if (j == g)
                continue;
            const ct_htest_group *H = &r->groups[j];
            const double wj = welch_weight(H, unit);
            others += wj;
            if (j > g && !(unit > 0))
                A += w * (wj / W) * (G->mean - H->mean) * (G->mean - H->mean);
            else if (j > g) { /* w_i w_j dm^2 / W as (w_small / W) n_big (dm / s_big)^2:
                               * the wider group's weight alone underflows */
                const ct_htest_group *wide = G->sd >= H->sd ? G : H;
                const double dm = (G->mean - H->mean) / wide->sd;
                A += ((wide == G ? wj : w) / W) * (double)wide->n * dm * dm;
            }
        }
        L += (others / W) * (others / W) / ((double)G->n - 1);
    }
    r->anova.method = CT_HTEST_ANOVA;
    r->anova.df1 = K - 1;
    r->anova.df2 = N - K;
    r->anova.statistic = (ssb / (K - 1)) / (ssw / (N - K));
    r->anova.p = ct_dist_f_sf(r->anova.statistic, K - 1, N - K);
    /* scipy.stats.f_oneway decides "constant" by the values, not by the
     * sums: 0.1 in every row leaves ssw and ssb the mean's rounding (F read
     * 60.1, p = 1.8e-23, where scipy returns nan) */
    if (all_const || ssw == 0) { /* scipy: inf, p = 0; nan when all are equal */
        const int differ = all_const ? !all_same : ssb > 0;
        r->anova.statistic = differ ? INFINITY : NAN;
        r->anova.p = differ ? (ct_pvalue){0., -INFINITY} : (ct_pvalue){NAN, NAN};
        r->anova.undefined =
            differ ? "infinite: every group is constant and they differ "
                     "(scipy: F is infinite, p = 0)"
                   : "undefined: every value is the same (scipy returns not-a-number)";
    }
    r->eta_sq = all_const ? (all_same ? NAN : 1.) : ssb + ssw > 0 ? ssb / (ssb + ssw) : NAN;
    r->welch_anova.method = CT_HTEST_WELCH_ANOVA;
    r->welch_anova.df1 = K - 1;
    r->welch_anova.df2 = (K * K - 1) / (3 * L);
    r->welch_anova.statistic = (A / (K - 1)) / (1 + 2 * (K - 2) / (K * K - 1) * L);
    r->welch_anova.p = ct_dist_f_sf(r->welch_anova.statistic, K - 1, r->welch_anova.df2);
    /* a group constant by its values has variance 0 whatever the sums'
     * rounding left (0.1 in every row: 1e-33, a weight of 1e34 that made F
     * rounding noise: 16 here, 149 in statsmodels) */
    if (!isfinite(W) || nconst) {
        r->welch_anova.statistic = r->welch_anova.df2 = NAN;
        r->welch_anova.p = (ct_pvalue){NAN, NAN};
        r->welch_anova.undefined = "undefined: a group has zero variance, so its weight n/s^2 is "
                                   "infinite";
    }
    r->kruskal.method = CT_HTEST_KRUSKAL;
    r->kruskal.df1 = K - 1;
    const double corr = 1 - tie_term / (N * N * N - N);
    r->kruskal.statistic = (12 / (N * (N + 1)) * h - 3 * (N + 1)) / corr;
    r->kruskal.p = ct_dist_chisq_sf(r->kruskal.statistic, K - 1);
    if (!(corr > 0)) {
        r->kruskal.statistic = NAN;
        r->kruskal.p = (ct_pvalue){NAN, NAN};
        r->kruskal.undefined = "undefined: every value is the same (scipy raises 'All numbers "
                               "are identical')";
    }
    r->epsilon_sq = r->kruskal.statistic / (N - 1); /* Tomczak & Tomczak 2014 */
}

/* Groups named in a reason: the first few, then "and N more". */
#define REASON_MAX_NAMED 3

static void reason_cat(char *buf, size_t cap, const char *s);

/* A group holding an infinite value makes the tests on means and
 * variances NaN (scipy gives nan): each such one, and the mean difference's
 * CI, gets the reason naming the group(s) (r->infinite_reason_text), as a
 * constant group's tests say theirs. 1 when out of memory. */
static int infinite_reasons(ct_htest_compare *r, const double *const *x, const size_t *n,
                            size_t nconst)
{
    size_t count = 0, cap = 160, first = 0;
    for (size_t g = 0; g < r->ngroups; g++) {
        size_t i = 0;
        while (i < n[g] && !isinf(x[g][i]))
            i++;
        if (i == n[g])
            continue;
        if (count++ == 0)
            first = g;
        if (count <= REASON_MAX_NAMED)
            cap += strlen(r->groups[g].label) + 8;
    }
    if (!count)
        return 0;
    char *buf = ct_malloc(cap);
    if (!buf)
        return 1;
    buf[0] = '\0';
    reason_cat(buf, cap, count == 1 ? "undefined: group '" : "undefined: groups '");
    size_t shown = 0;
    for (size_t g = first; g < r->ngroups && shown < REASON_MAX_NAMED; g++) {
        size_t i = 0;
        while (i < n[g] && !isinf(x[g][i]))
            i++;
        if (i == n[g])
            continue;
        if (shown)
            reason_cat(buf, cap, shown + 1 == count ? "' and '" : "', '");
        reason_cat(buf, cap, r->groups[g].label);
        shown++;
    }
    if (count > shown) {
        char more[64];
        snprintf(more, sizeof more, "' and %zu more", count - shown);
        reason_cat(buf, cap, more);
    } else
        reason_cat(buf, cap, "'");
    reason_cat(buf, cap,
               count == 1 ? " holds an infinite value (scipy returns not-a-number)"
                          : " hold infinite values (scipy returns not-a-number)");
    r->infinite_reason_text = buf;
    ct_htest_stat *const st[] = {&r->welch, &r->student, &r->levene, &r->anova, &r->welch_anova};
    for (size_t s = 0; s < sizeof st / sizeof *st; s++)
        if (st[s]->method != CT_HTEST_NONE && !st[s]->undefined &&
            (isnan(st[s]->statistic) || isnan(st[s]->p.p)))
            st[s]->undefined = buf;
    /* k_group's "a group has zero variance" read an infinite variance as a
     * zero one when no group is constant */
    if (!nconst && r->welch_anova.method != CT_HTEST_NONE && isnan(r->welch_anova.statistic))
        r->welch_anova.undefined = buf;
    if (r->hedges_undefined && strstr(r->hedges_undefined, "infinite value"))
        r->hedges_undefined = buf;
    if (r->ngroups == 2 && (isnan(r->diff_lo) || isnan(r->diff_hi)))
        r->diff_ci_undefined = buf;
    return 0;
}

/* Appends s to buf (size cap, NUL-terminated, truncating). */
static void reason_cat(char *buf, size_t cap, const char *s)
{
    const size_t len = strlen(buf);
    if (len + 1 < cap)
        snprintf(buf + len, cap - len, "%s", s);
}

/* A p-value in a reason: "p = 0.0123", "p = 2.2e-16", "p < 1e-300". */
static void reason_p(char *out, size_t cap, ct_pvalue p)
{
    if (p.p > 0)
        snprintf(out, cap, "p = %.3g", p.p);
    else
        snprintf(out, cap, "p < 1e-300");
}

/* The groups of one kind of normality evidence, with the figure for each:
 * kind 0 undefined for too few values (n below NORMALTEST_MIN_N), 1 rejected (K^2 p below
 * alpha), 2 undefined (no p: a constant group, an infinite value). */
ct_htest_normal_kind ct_htest_normality_kind(const ct_htest_group *G, double alpha)
{
    if (G->normality.p.p >= alpha)
        return CT_HTEST_NORMAL_PLAUSIBLE;
    if (G->n < NORMALTEST_MIN_N)
        return CT_HTEST_NORMAL_UNTESTABLE;
    return isnan(G->normality.p.p) ? CT_HTEST_NORMAL_UNDEFINED : CT_HTEST_NORMAL_REJECTED;
}

static void reason_groups(char *buf, size_t cap, const ct_htest_compare *r, int kind)
{
    size_t shown = 0, count = 0, total = 0;
    for (size_t g = 0; g < r->ngroups; g++)
        total += (int)ct_htest_normality_kind(&r->groups[g], r->assumption_alpha) == kind;
    const int only = total == 1;
    for (size_t g = 0; g < r->ngroups; g++) {
        const ct_htest_group *G = &r->groups[g];
        if ((int)ct_htest_normality_kind(G, r->assumption_alpha) != kind)
            continue;
        if (++count > REASON_MAX_NAMED)
            continue;
        char fig[64];
        if (kind == 0 && count == 1 && only)
            snprintf(fig, sizeof fig, "n = %zu, below the %d the test needs", G->n,
                     NORMALTEST_MIN_N);
        else if (kind == 0)
            snprintf(fig, sizeof fig, "n = %zu", G->n);
        else if (kind == 1)
            reason_p(fig, sizeof fig, G->normality.p);
        else
            snprintf(fig, sizeof fig, "no p-value: %s",
                     !isfinite(G->mean) ? "an infinite value"
                     : G->normality.undefined && strstr(G->normality.undefined, "constant")
                         ? "the group is constant"
                     : G->normality.undefined && strstr(G->normality.undefined, "precision")
                         ? "its values differ only beyond a double's precision"
                         : "its values overflow");
        reason_cat(buf, cap, shown ? ", '" : "'");
        reason_cat(buf, cap, G->label);
        reason_cat(buf, cap, "' (");
        reason_cat(buf, cap, fig);
        reason_cat(buf, cap, ")");
        shown++;
    }
    if (count > shown) {
        char more[64];
        snprintf(more, sizeof more, " and %zu more", count - shown);
        reason_cat(buf, cap, more);
    }
}

/* Why the rank test: the normality evidence by kind, each group named with
 * its figure ("normality undefined in 'c' (n = 5, below the 8 the
 * test needs)", "normality rejected in 'x' (p = 0.0123)", both joined by
 * "; "), after the sample sizes that did not settle it. A fresh string
 * through ct_malloc; NULL when out of memory. */
static char *rank_reason(const ct_htest_compare *r)
{
    size_t cap = 320;
    for (size_t g = 0; g < r->ngroups; g++)
        cap += strlen(r->groups[g].label) + 48;
    char *buf = ct_malloc(cap);
    if (!buf)
        return NULL;
    char large[32];
    snprintf(large, sizeof large, "%zu", r->large_n);
    snprintf(buf, cap, "distribution-free: not every group has n >= %s, and ", large);
    int any = 0;
    for (int kind = 0; kind < 3; kind++) {
        int present = 0;
        for (size_t g = 0; g < r->ngroups; g++)
            present |= (int)ct_htest_normality_kind(&r->groups[g], r->assumption_alpha) == kind;
        if (!present)
            continue;
        static const char *const lead[2][3] = {
            {"normality undefined in ", "normality rejected in ", "normality undefined in "},
            {"undefined in ", "rejected in ", "undefined in "}};
        reason_cat(buf, cap, any ? "; " : "");
        reason_cat(buf, cap, lead[any][kind]);
        reason_groups(buf, cap, r, kind);
        size_t count = 0;
        for (size_t g = 0; g < r->ngroups; g++)
            count += (int)ct_htest_normality_kind(&r->groups[g], r->assumption_alpha) == kind;
        if (kind == 0 && count > 1) {
            char need[64];
            snprintf(need, sizeof need, ": each below the %d the test needs", NORMALTEST_MIN_N);
            reason_cat(buf, cap, need);
        }
        any = 1;
    }
    if (!any) /* not reached: a failed normality verdict has a group */
        reason_cat(buf, cap, "normality not plausible");
    return buf;
}

/* The method: the rank test when a group has one row (Welch's test needs
 * every group's variance), else Welch's t (Welch's ANOVA) when every group is large or
 * normality is plausible in every group, else the rank test, the reason
 * naming the groups whose normality failed and why. A Welch test
 * that is undefined on these data (a zero-variance group makes Welch's
 * ANOVA weights infinite; constant equal groups or an infinite value leave
 * t without a value) decides nothing, while the rank test still does: the
 * rank test is chosen then, and the reason says so. Nonzero when out of
 * memory. */
static int choose(ct_htest_compare *r)
{
    const int two = r->ngroups == 2;
    const ct_htest_stat *par = two ? &r->welch : &r->welch_anova;
    const ct_htest_stat *rank = two ? &r->mann_whitney : &r->kruskal;
    const int parametric = r->large_samples || r->normal_plausible;
    const char *reason;
    size_t one = r->ngroups;
    for (size_t g = 0; g < r->ngroups && one == r->ngroups; g++)
        if (r->groups[g].n == 1)
            one = g;
    if (one < r->ngroups) { /* never an undefined test: the rank test is defined */
        r->chosen = rank->method;
        r->primary = *rank;
        char buf[400]; /* a label beyond 160 bytes is cut in the reason */
        snprintf(buf, sizeof buf,
                 "group '%.*s' has one row, so %s is undefined (no sample variance); "
                 "the rank test is not",
                 160, r->groups[one].label, two ? "Welch's t" : "Welch's ANOVA");
        r->chosen_reason_text = htest_dupstr(buf);
        r->chosen_reason = r->chosen_reason_text;
        return r->chosen_reason_text == NULL;
    }
    if (parametric && isnan(par->p.p) && !isnan(rank->p.p)) {
        r->chosen = rank->method;
        reason = two ? "Welch's t is undefined here; the rank test is not"
                     : "Welch's ANOVA is undefined here; the rank test is not";
    } else if (parametric) {
        r->chosen = par->method;
        reason = r->large_samples ? "large samples; does not assume equal variances"
                                  : "normality plausible; does not assume equal variances";
    } else {
        r->chosen = rank->method;
        reason = NULL;
    }
    r->primary = r->chosen == par->method ? *par : *rank;
    r->chosen_reason_text = reason ? htest_dupstr(reason) : rank_reason(r);
    r->chosen_reason = r->chosen_reason_text;
    return r->chosen_reason_text == NULL;
}

/* The chosen test's effect size in words (conventions in htest.h). */
static void set_effect(ct_htest_compare *r)
{
    static const char cohen[] = "Cohen 1988";
    switch (r->chosen) {
    case CT_HTEST_WELCH_T:
        r->effect =
            htest_effect("Hedges' g", r->hedges_g, 0.2, 0.5, 0.8, cohen, r->hedges_undefined);
        break;
    case CT_HTEST_MANN_WHITNEY:
        r->effect = htest_effect("rank-biserial r", r->rank_biserial, 0.1, 0.3, 0.5,
                                 "Cohen 1988, for r", NULL);
        break;
    case CT_HTEST_WELCH_ANOVA:
        r->effect = htest_effect("eta squared", r->eta_sq, 0.01, 0.06, 0.14, cohen,
                                 "undefined: every value is the same");
        break;
    default:
        r->effect = htest_effect("epsilon squared", r->epsilon_sq, 0.01, 0.06, 0.14,
                                 "Cohen 1988 cuts for eta squared (Tomczak & Tomczak 2014)",
                                 "undefined: every value is the same");
    }
    /* eta² and epsilon²: no larger than chance alone gives is negligible
     * (ct_htest_effect) */
    if (r->chosen == CT_HTEST_WELCH_ANOVA || r->chosen == CT_HTEST_KRUSKAL) {
        r->effect.chance = r->n > 1 ? (double)(r->ngroups - 1) / (double)(r->n - 1) : NAN;
        r->effect.size = ct_htest_effect_size(&r->effect, r->effect.value);
    }
}

void ct_htest_compare_free(ct_htest_compare *r)
{
    if (!r)
        return;
    for (size_t g = 0; g < r->ngroups && r->groups; g++)
        ct_free(r->groups[g].label);
    ct_free(r->groups);
    ct_free(r->chosen_reason_text);
    ct_free(r->infinite_reason_text);
    ct_free(r->groups_left_out);
    ct_free(r->measure);
    ct_free(r->by);
    ct_free(r);
}

static ct_status compare_groups(const double *const *x, const double *const *keys, const size_t *n,
                                const char *const *labels, size_t k, const ct_htest_options *o,
                                ct_htest_compare **out, ct_diag *diag);

/* Whole numbers near 2^53 (counts that large): each group's mean rounds to
 * a unit there, so a difference of means of -26.83 came out -27 (scipy's
 * -26) and t, g and K^2 moved with it by 1e-2. Every statistic but the
 * groups' means and medians is unchanged by a shift, so such values are
 * compared shifted down by their (whole) minimum, exactly, and the shift is
 * added back to the means and medians. The shift to take, or 0. */
static double large_whole_shift(const double *const *x, const size_t *n, size_t k)
{
    double lo = INFINITY, mag = 0;
    size_t N = 0;
    for (size_t g = 0; g < k; g++) {
        if (!x[g])
            return 0;
        for (size_t i = 0; i < n[g]; i++) {
            const double v = x[g][i];
            if (!(fabs(v) < 9007199254740992.0) || v != trunc(v)) /* 2^53 */
                return 0;
            lo = v < lo ? v : lo;
            mag += fabs(v);
        }
        N += n[g];
    }
    return N && mag >= 9007199254740992.0 ? lo : 0; /* partial sums may pass 2^53 */
}

/* Values whose squares leave the range of a double: beyond 2^500 (1e200s)
 * the variances overflow, so the sd read infinite, Welch's t 0 with no p
 * and Hedges' g -0 (scipy's t = 0, p = 1 come from the same overflow);
 * below 2^-500 they underflow and a spread reads 0. Fourth powers leave it
 * sooner, beyond 2^256 (1.2e77) or below 2^-256: normaltest's m4 and the
 * Welch-Satterthwaite dof's (s^2/n)^2, so groups near 1e78 read K^2 and
 * Welch's dof "undefined" (tests/cli/test_normality_fourth_powers_1e78).
 * A power-of-two scale is exact in binary and changes no statistic but the
 * locations and spreads, so values beyond 2^CT_STATS_FOURTH_POWERS_SAFE_EXP are compared
 * scaled to a largest magnitude in [1, 2), and the means, medians, sds and
 * the mean difference with its interval scaled back; 2^240 leaves room for
 * the deviations (up to twice the largest value) and the sum of 2^50
 * fourth powers. The exponent e of the scale 2^-e, or 0. */
static int powers_scale(const double *const *x, const size_t *n, size_t k)
{
    double m = 0;
    for (size_t g = 0; g < k; g++) {
        if (!x[g])
            return 0;
        for (size_t i = 0; i < n[g]; i++) {
            const double v = fabs(x[g][i]);
            if (isfinite(v) && v > m)
                m = v;
        }
    }
    return ct_stats_scale_exp(m, CT_STATS_FOURTH_POWERS_SAFE_EXP);
}

/* A group's mean, sd and normality on its own power-of-two scale when its
 * magnitudes leave the fourth powers' range: the groups' common scale brings the
 * largest value near 1, so a group of views beside one of 1e300 was read at
 * 1e-293, its squares underflowed, and it was "constant", sd 0, beside
 * pandas' and scipy's 317,024 (tests/cli/test_group_scale_beside_1e300).
 * K^2 does not change with a scale; the mean and sd scale back exactly.
 * work holds n values. */
static void group_moments(const double *x, size_t n, double *work, ct_htest_group *G)
{
    const int e = powers_scale(&x, &n, 1);
    const double *v = x;
    if (e != 0) {
        for (size_t i = 0; i < n; i++)
            work[i] = ldexp(x[i], -e);
        v = work;
    }
    const double mean = ct_stats_mean(v, n);
    G->normality = normaltest(v, n, mean);
    G->mean = ldexp(mean, e);
    G->sd = ldexp(sqrt(ct_stats_var(v, n, 1)), e);
}

/* compare_groups on a copy of the groups, each value x - shift scaled by
 * 2^-e (both exact where they are used: whole numbers below 2^53, a power
 * of two); *out in the copy's units. */
static ct_status compare_moved(const double *const *x, const double *const *keys, const size_t *n,
                               const char *const *labels, size_t k, double shift, int e,
                               const ct_htest_options *o, ct_htest_compare **out, ct_diag *diag)
{
    size_t N = 0;
    for (size_t g = 0; g < k; g++)
        N += n[g];
    double *buf = ct_malloc((N ? N : 1) * sizeof *buf);
    const double **xs = ct_malloc(k * sizeof *xs);
    if (!buf || !xs) {
        ct_free(buf);
        ct_free(xs);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t g = 0, at = 0; g < k; at += n[g], g++) {
        for (size_t i = 0; i < n[g]; i++)
            buf[at + i] = ldexp(x[g][i] - shift, -e);
        xs[g] = buf + at;
    }
    ct_status s = compare_groups(xs, keys, n, labels, k, o, out, diag);
    ct_free(buf);
    ct_free(xs);
    return s;
}

/* Compare x scaled by 2^-e (exact), the results in x's units. */
static ct_status compare_scaled(const double *const *x, const double *const *keys, const size_t *n,
                                const char *const *labels, size_t k, int e,
                                const ct_htest_options *o, ct_htest_compare **out, ct_diag *diag)
{
    ct_status s = compare_moved(x, keys, n, labels, k, 0, e, o, out, diag);
    if (s != CT_OK)
        return s;
    ct_htest_compare *r = *out;
    for (size_t g = 0; g < k; g++) {
        r->groups[g].mean = ldexp(r->groups[g].mean, e);
        r->groups[g].median = ldexp(r->groups[g].median, e);
        r->groups[g].sd = ldexp(r->groups[g].sd, e);
    }
    r->mean_diff = ldexp(r->mean_diff, e);
    r->se_diff = ldexp(r->se_diff, e);
    r->diff_lo = ldexp(r->diff_lo, e);
    r->diff_hi = ldexp(r->diff_hi, e);
    return s;
}

static ct_status compare_dispatch(const double *const *x, const double *const *keys,
                                  const size_t *n, const char *const *labels, size_t k,
                                  const ct_htest_options *o, ct_htest_compare **out, ct_diag *diag)
{
    *out = NULL;
    const double shift = x && n ? large_whole_shift(x, n, k) : 0;
    const int e = x && n && shift == 0 ? powers_scale(x, n, k) : 0;
    if (e != 0)
        return compare_scaled(x, keys, n, labels, k, e, o, out, diag);
    if (shift == 0)
        return compare_groups(x, keys, n, labels, k, o, out, diag);
    /* exact: whole numbers below 2^53 */
    ct_status s = compare_moved(x, keys, n, labels, k, shift, 0, o, out, diag);
    if (s == CT_OK)
        for (size_t g = 0; g < k; g++) {
            (*out)->groups[g].mean += shift;
            (*out)->groups[g].median += shift;
        }
    return s;
}

ct_status ct_htest_compare_groups(const double *const *x, const size_t *n,
                                  const char *const *labels, size_t k, const ct_htest_options *o,
                                  ct_htest_compare **out, ct_diag *diag)
{
    return compare_dispatch(x, NULL, n, labels, k, o, out, diag);
}

static int cmp_i64(const void *a, const void *b)
{
    const int64_t u = *(const int64_t *)a, v = *(const int64_t *)b;
    return (u > v) - (u < v);
}

/* Rank keys of exact whole numbers: each value's index among the distinct
 * values, a double that orders and ties as the int64s do (2^60 and 2^60 + 1
 * are one double but two keys). keys[0..N) through ct_malloc, or NULL. */
static double *exact_keys(const int64_t *const *xi, const size_t *n, size_t k, size_t N)
{
    int64_t *u = ct_malloc((N ? N : 1) * sizeof *u);
    double *keys = ct_malloc((N ? N : 1) * sizeof *keys);
    if (!u || !keys) {
        ct_free(u);
        ct_free(keys);
        return NULL;
    }
    size_t m = 0;
    for (size_t g = 0; g < k; g++)
        for (size_t i = 0; i < n[g]; i++)
            u[m++] = xi[g][i];
    qsort(u, N, sizeof *u, cmp_i64);
    size_t d = 0;
    for (size_t i = 0; i < N; i++)
        if (i == 0 || u[i] != u[d - 1])
            u[d++] = u[i];
    m = 0;
    for (size_t g = 0; g < k; g++)
        for (size_t i = 0; i < n[g]; i++) {
            const int64_t *hit = bsearch(&xi[g][i], u, d, sizeof *u, cmp_i64);
            keys[m++] = (double)(hit - u);
        }
    ct_free(u);
    return keys;
}

ct_status ct_htest_compare_groups_exact(const double *const *x, const int64_t *const *xi,
                                        const size_t *n, const char *const *labels, size_t k,
                                        const ct_htest_options *o, ct_htest_compare **out,
                                        ct_diag *diag)
{
    if (!xi || !x || !n || k < 2)
        return ct_htest_compare_groups(x, n, labels, k, o, out, diag);
    *out = NULL;
    size_t N = 0;
    for (size_t g = 0; g < k; g++) {
        if (!xi[g] || !x[g])
            return ct_htest_compare_groups(x, n, labels, k, o, out, diag);
        N += n[g];
    }
    if (N > UINT32_MAX)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many values");
    double *buf = exact_keys(xi, n, k, N);
    const double **keys = ct_malloc(k * sizeof *keys);
    if (!buf || !keys) {
        ct_free(buf);
        ct_free(keys);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t g = 0, at = 0; g < k; at += n[g], g++)
        keys[g] = buf + at;
    const ct_status s = compare_dispatch(x, keys, n, labels, k, o, out, diag);
    ct_free(buf);
    ct_free(keys);
    return s;
}

/* Why a figure is undefined or infinite when the values, whole numbers
 * beyond 2^53, differ exactly but not as doubles: pandas and scipy compute
 * the moments on the doubles, where such a group is one value, so their
 * NaN (or inf) is kept, but "constant" would be false. */
#define PRECISION_GROUP                                                                            \
    "undefined: the values differ only beyond a double's precision (whole numbers beyond 2^53 "    \
    "that round to one double, as pandas and scipy read them; scipy returns not-a-number)"
#define PRECISION_UNDEFINED                                                                        \
    "undefined: the values differ only beyond a double's precision (whole numbers beyond 2^53; "   \
    "as doubles, as pandas and scipy read them, each group is one value; scipy returns "           \
    "not-a-number)"
#define PRECISION_INFINITE                                                                         \
    "infinite: the values differ only beyond a double's precision (whole numbers beyond 2^53; "    \
    "as doubles, as pandas and scipy read them, each group is one value and the groups differ; "   \
    "scipy: infinite, p = 0)"

static int values_constant(const double *x, size_t n)
{
    size_t i = 1;
    while (i < n && x[i] == x[0])
        i++;
    return i >= n;
}

static void precision_why(const char **why)
{
    if (!*why || !(strstr(*why, "constant") || strstr(*why, "every value is the same")))
        return;
    *why = strncmp(*why, "infinite", 8) == 0 ? PRECISION_INFINITE : PRECISION_UNDEFINED;
}

/* Rewrite the "constant" reasons of groups constant as doubles whose exact
 * values (keys) differ; nothing when no group is such. */
static void precision_reasons(ct_htest_compare *r, const double *const *x,
                              const double *const *keys, const size_t *n)
{
    int any = 0;
    for (size_t g = 0; g < r->ngroups; g++) {
        if (!values_constant(x[g], n[g]) || values_constant(keys[g], n[g]))
            continue;
        any = 1;
        ct_htest_stat *nt = &r->groups[g].normality;
        if (nt->undefined && strstr(nt->undefined, "constant"))
            nt->undefined = PRECISION_GROUP;
    }
    if (!any)
        return;
    precision_why(&r->welch.undefined);
    precision_why(&r->student.undefined);
    precision_why(&r->levene.undefined);
    precision_why(&r->anova.undefined);
    precision_why(&r->welch_anova.undefined);
    if (r->hedges_undefined && strstr(r->hedges_undefined, "constant"))
        r->hedges_undefined = PRECISION_UNDEFINED; /* g is NaN, never infinite */
}

/* Group g's label: labels[g], or "1", "2", ... when labels is NULL, in
 * the messages as in the result (before 2026-12-04 the messages said '?':
 * tests/unit/test_htest.c, test_group_labels). */
static const char *group_label(const char *const *labels, size_t g, char *num, size_t cap)
{
    if (labels)
        return labels[g];
    snprintf(num, cap, "%zu", g + 1);
    return num;
}

/* A group of one row: its sample variance is 0/0 (n - 1 = 0), so every
 * figure that needs a group's variance is undefined, as scipy 1.10 returns
 * nan for ttest_ind (both forms) on it; the rank tests, the one-way ANOVA
 * (ssw sums the other groups) and Levene's test are defined and computed
 * (scipy: mannwhitneyu([1], [2, 3, 4]) U = 0, p = 0.5; kruskal H = 1.8;
 * f_oneway F = 3.0; levene W = 1.0). Before 2026-12-06 such a group was
 * refused (tests/cli/test_group_of_one_two_groups). */
static void one_row_reasons(ct_htest_compare *r)
{
    int any = 0;
    for (size_t g = 0; g < r->ngroups; g++)
        any |= r->groups[g].n == 1;
    if (!any)
        return;
    if (r->ngroups == 2) {
        r->welch.statistic = r->welch.df1 = NAN;
        r->welch.p = (ct_pvalue){NAN, NAN};
        r->welch.undefined = CT_HTEST_ONE_ROW_UNDEFINED;
        r->student.statistic = NAN;
        r->student.p = (ct_pvalue){NAN, NAN};
        r->student.undefined = CT_HTEST_ONE_ROW_UNDEFINED;
        r->se_diff = r->diff_lo = r->diff_hi = NAN;
        r->diff_ci_undefined = CT_HTEST_ONE_ROW_UNDEFINED;
        r->hedges_g = r->g_lo = r->g_hi = NAN;
        r->hedges_undefined = CT_HTEST_ONE_ROW_UNDEFINED;
    } else {
        r->welch_anova.statistic = r->welch_anova.df2 = NAN;
        r->welch_anova.p = (ct_pvalue){NAN, NAN};
        r->welch_anova.undefined = CT_HTEST_ONE_ROW_UNDEFINED;
    }
}

/* Every group one row: no group has a variance, so the t tests, the ANOVAs
 * and Levene's test are undefined (scipy: f_oneway([1], [2]) and levene
 * are nan, N - k = 0); scipy's rank tests do return a value (mannwhitneyu
 *([1], [2]) p = 1.0, kruskal([1], [2], [3]) H = 2.0, p = 0.368), but they
 * only order k single values and cannot tell groups apart from rows:
 * refused, CT_EDATA, with why. */
static ct_status all_one_row(const char *const *labels, size_t k, ct_diag *diag)
{
    char num[32];
    const char *first = group_label(labels, 0, num, sizeof num);
    return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                       "every group has 1 value ('%s' and %zu other%s); a comparison needs a "
                       "group of at least 2: a group of one row has no sample variance "
                       "(n - 1 = 0), and a rank test of one value per group only orders them",
                       first, k - 1, k - 1 == 1 ? "" : "s");
}

static ct_status compare_groups(const double *const *x, const double *const *keys, const size_t *n,
                                const char *const *labels, size_t k, const ct_htest_options *o,
                                ct_htest_compare **out, ct_diag *diag)
{
    *out = NULL;
    const char *bad = ct_htest_options_check(o);
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", bad);
    if (k < 2 || !x || !n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "a comparison needs at least two groups");
    size_t N = 0;
    char num[32];
    for (size_t g = 0; g < k; g++) {
        if (labels && !labels[g])
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "group %zu has no label (NULL)", g + 1);
        const char *label = group_label(labels, g, num, sizeof num);
        if (n[g] == 0)
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                               "group '%s' has no values; each group needs at least 1", label);
        /* the header forbids NaN: a missing value ranked and summed as a
         * number once gave a result (CT_OK) with NaN means and a rank test
         * that counted it */
        if (!x[g])
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "group %zu has no values (NULL)",
                               g + 1);
        for (size_t i = 0; i < n[g]; i++)
            if (isnan(x[g][i]))
                return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                                   "group '%s' value %zu is NaN; drop missing values first", label,
                                   i + 1);
        N += n[g];
    }
    if (N > UINT32_MAX)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many values");
    if (N == k) /* every group one row: see all_one_row */
        return all_one_row(labels, k, diag);
    ct_htest_compare *r = ct_calloc(1, sizeof *r);
    double *work = ct_malloc((N + k) * sizeof *work);
    double *rsum = ct_calloc(k, sizeof *rsum);
    if (!r || !work || !rsum)
        goto nomem;
    r->groups = ct_calloc(k, sizeof *r->groups);
    r->measure = htest_dupstr("");
    r->by = htest_dupstr("");
    if (!r->groups || !r->measure || !r->by)
        goto nomem;
    r->ngroups = k;
    r->n = N;
    r->alpha = o->alpha;
    r->assumption_alpha = o->assumption_alpha;
    r->conf_level = o->conf_level;
    r->large_n = o->large_n;
    r->normal_plausible = 1;
    r->large_samples = 1;
    for (size_t g = 0; g < k; g++) {
        ct_htest_group *G = &r->groups[g];
        if (!(G->label = htest_dupstr(group_label(labels, g, num, sizeof num))))
            goto nomem;
        G->n = n[g];
        group_moments(x[g], n[g], work, G);
        memcpy(work, x[g], n[g] * sizeof *work);
        G->median = ct_stats_median_select(work, n[g]);
        if (!(G->normality.p.p >= o->assumption_alpha))
            r->normal_plausible = 0;
        if (n[g] < o->large_n)
            r->large_samples = 0;
    }
    double tie_term = 0;
    /* ranks by the exact values when given (keys: whole numbers beyond
     * 2^53 that round to one double stay apart, as scipy's ranks of
     * pandas' int64 columns keep them) */
    if (rank_sums(keys ? keys : x, n, k, N, rsum, &tie_term))
        goto nomem;
    for (size_t g = 0; g < k; g++)
        r->groups[g].rank_sum = rsum[g];
    r->levene = levene(x, n, k, N, r->groups, work);
    /* constant groups by their values, as scipy's f_oneway tells them */
    size_t nconst = 0;
    for (size_t g = 0; g < k; g++) {
        size_t i = 1;
        while (i < n[g] && x[g][i] == x[g][0])
            i++;
        nconst += i >= n[g];
    }
    const int all_const = nconst == k;
    int all_same = all_const;
    for (size_t g = 0; g < k && all_same; g++)
        all_same = x[g][0] == x[0][0];
    r->welch = r->student = r->mann_whitney = htest_stat_none();
    r->anova = r->welch_anova = r->kruskal = htest_stat_none();
    r->mean_diff = r->se_diff = r->diff_lo = r->diff_hi = NAN;
    r->eta_sq = r->epsilon_sq = NAN;
    r->hedges_g = r->g_lo = r->g_hi = r->rank_biserial = r->cles = r->mw_z = NAN;
    if (k == 2)
        two_group(r, o, tie_term);
    else
        k_group(r, tie_term, nconst, all_same);
    one_row_reasons(r);
    if (keys)
        precision_reasons(r, x, keys, n);
    if (infinite_reasons(r, x, n, nconst) || choose(r))
        goto nomem;
    r->reject = r->primary.p.p < o->alpha; /* false when p is NaN */
    r->directions_disagree =
        k == 2 && r->welch.p.p < o->alpha && r->mann_whitney.p.p < o->alpha &&
        ((r->mean_diff > 0 && r->rank_biserial < 0) || (r->mean_diff < 0 && r->rank_biserial > 0));
    r->variances_equal = isnan(r->levene.p.p) ? -1 : r->levene.p.p >= o->assumption_alpha ? 1 : 0;
    set_effect(r);
    ct_free(work);
    ct_free(rsum);
    *out = r;
    return CT_OK;
nomem:
    ct_free(work);
    ct_free(rsum);
    ct_htest_compare_free(r);
    return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

/* The groups the file holds every row of which the missing-value rule
 * dropped (count[g] == 0, code[i] == g on some row): told in buf as
 * "group 'c' has no v value in any of its 6 rows" (the measure missing in
 * all of them), else "group 'c': every one of its 6 rows misses a value in
 * a column other than v" ("its one row misses ..." for one row) or "... (v in 2)" (other columns, under
 * df.dropna()), joined by "; ". A group that vanishes so
 * was left out unsaid before 2026-12-06, and with two groups the one left
 * was blamed as "only one group" (FC16 kind: tests/cli/test_group_all_missing).
 * Returns how many; 0 and "" when none or out of memory. */
static size_t emptied_groups(const ct_frame *f, size_t mcol, const htest_groups *grp,
                             const uint64_t *count, const char *measure, char *buf, size_t cap)
{
    buf[0] = '\0';
    const size_t nr = ct_frame_nrows(f), L = grp->L;
    uint64_t *tot = ct_calloc(2 * L + 1, sizeof *tot), *miss = tot ? tot + L : NULL;
    uint8_t *mm = ct_calloc(nr ? nr : 1, 1);
    size_t k = 0, w = 0;
    if (!tot || !mm)
        goto done;
    ct_frame_missing_rows(f, &mcol, 1, mm);
    for (size_t i = 0; i < nr; i++)
        if (grp->code[i] >= 0) {
            tot[grp->code[i]]++;
            miss[grp->code[i]] += mm[i] != 0;
        }
    for (size_t g = 0; g < L; g++) {
        if (count[g] || !tot[g])
            continue;
        char n[32];
        ct_numfmt_count(n, sizeof n, tot[g]);
        int m;
        if (miss[g] == tot[g])
            m = snprintf(buf + w, cap - w, "%sgroup '%s' has no %s value in %s%s row%s",
                         k ? "; " : "", grp->names[g], measure,
                         tot[g] == 1 ? "its " : "any of its ", tot[g] == 1 ? "1" : n,
                         tot[g] == 1 ? "" : "s");
        else if (!miss[g])
            m = snprintf(
                buf + w, cap - w, "%sgroup '%s': %s%s%s misses a value in a column other than %s",
                k ? "; " : "", grp->names[g], tot[g] == 1 ? "its one row" : "every one of its ",
                tot[g] == 1 ? "" : n, tot[g] == 1 ? "" : " rows", measure);
        else
            m = snprintf(buf + w, cap - w,
                         "%sgroup '%s': every one of its %s rows misses a value (%s in %llu)",
                         k ? "; " : "", grp->names[g], n, measure, (unsigned long long)miss[g]);
        k++;
        if (m < 0 || (size_t)m >= cap - w) {
            buf[w] = '\0';
            break;
        }
        w += (size_t)m;
    }
done:
    ct_free(tot);
    ct_free(mm);
    return k;
}

ct_status ct_htest_compare_frame(const ct_frame *f, const char *measure, const char *by,
                                 const ct_htest_options *o, ct_htest_compare **out, ct_diag *diag)
{
    *out = NULL;
    const char *bad = ct_htest_options_check(o);
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", bad);
    size_t cols[2];
    ct_status s;
    htest_groups grp;
    if ((s = htest_find_numeric(f, measure, &cols[0], diag)) ||
        (s = htest_groups_find(f, by, &cols[1], &grp, diag)))
        return s;
    const double *v = ct_column_f64(ct_frame_col(f, cols[0]));
    const int32_t *code = grp.code;
    const char *const *names = grp.names;
    const size_t nr = ct_frame_nrows(f), L = grp.L;
    uint64_t dropped = 0;
    uint8_t *drop = htest_drop_mask(f, cols, 2, o->dropna, &dropped);
    uint64_t *count = ct_calloc(L + 1, sizeof *count);
    size_t *order = ct_calloc(L + 1, sizeof *order), *pos = ct_calloc(L + 1, sizeof *pos);
    double *vals = ct_malloc((nr ? nr : 1) * sizeof *vals);
    const double **xs = ct_calloc(L + 1, sizeof *xs);
    const int64_t *vi = ct_column_i64(ct_frame_col(f, cols[0]));
    int64_t *ivals = vi ? ct_malloc((nr ? nr : 1) * sizeof *ivals) : NULL;
    const int64_t **ixs = vi ? ct_calloc(L + 1, sizeof *ixs) : NULL;
    size_t *ns = ct_calloc(L + 1, sizeof *ns);
    const char **labs = ct_calloc(L + 1, sizeof *labs);
    ct_htest_compare *r = NULL;
    if (!drop || !count || !order || !pos || !vals || !xs || !ns || !labs ||
        (vi && (!ivals || !ixs))) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nr; i++) {
        if (!drop[i] && isnan(v[i])) { /* defensive: NaN is a missing value */
            drop[i] = 1;
            dropped++;
        }
        if (!drop[i])
            count[code[i]]++;
    }
    if ((s = htest_all_dropped(f, cols, o->dropna, dropped, diag)))
        goto done;
    const size_t k = htest_observed_sorted(&grp, count, order);
    if (k == (size_t)-1) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if (k < 2) {
        if (k) { /* "the 1 row used", not "rows"; the count grouped as everywhere */
            char used[32];
            ct_numfmt_count(used, sizeof used, (uint64_t)(nr - dropped));
            char gone[CT_DIAG_MSG_MAX / 2];
            const size_t ng =
                dropped ? emptied_groups(f, cols[0], &grp, count, measure, gone, sizeof gone) : 0;
            s = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                            "column '%s' has only one group ('%s') among the %s row%s used; "
                            "a comparison needs at least two%s%s",
                            by, names[order[0]], used, nr - dropped == 1 ? "" : "s", ng ? ": " : "",
                            ng ? gone : "");
            if (diag) { /* the cause and its facts, for a caller that words it */
                diag->kind = CT_DIAG_CAUSE_ONE_GROUP;
                snprintf(diag->cause_column, sizeof diag->cause_column, "%s", by);
                snprintf(diag->cause_value, sizeof diag->cause_value, "%s", names[order[0]]);
                diag->cause_rows = (uint64_t)(nr - dropped);
            }
        } else
            s = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                            "column '%s' has no groups among the rows used", by);
        goto done;
    }
    size_t off = 0;
    for (size_t g = 0; g < k; g++) {
        pos[order[g]] = off;
        xs[g] = vals + off;
        ns[g] = count[order[g]];
        labs[g] = names[order[g]];
        off += ns[g];
    }
    for (size_t i = 0; i < nr; i++)
        if (!drop[i]) {
            if (vi)
                ivals[pos[code[i]]] = vi[i];
            vals[pos[code[i]]++] = v[i];
        }
    if (vi)
        for (size_t g = 0; g < k; g++)
            ixs[g] = ivals + (xs[g] - vals);
    /* an int column beyond 2^53 ranks on its exact values (ct_column_i64) */
    s = vi ? ct_htest_compare_groups_exact(xs, ixs, ns, labs, k, o, &r, diag)
           : ct_htest_compare_groups(xs, ns, labs, k, o, &r, diag);
    if (s == CT_OK) {
        ct_free(r->measure);
        ct_free(r->by);
        r->measure = htest_dupstr(measure);
        r->by = htest_dupstr(by);
        r->rows_dropped = dropped;
        char gone[CT_DIAG_MSG_MAX / 2];
        if (dropped && emptied_groups(f, cols[0], &grp, count, measure, gone, sizeof gone) &&
            !(r->groups_left_out = htest_dupstr(gone))) {
            ct_htest_compare_free(r);
            r = NULL;
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        } else if (!r->measure || !r->by) {
            ct_htest_compare_free(r);
            r = NULL;
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        }
    }
done:
    ct_free(drop);
    ct_free(count);
    ct_free(order);
    ct_free(pos);
    htest_groups_free(&grp);
    ct_free(vals);
    ct_free(ivals);
    ct_free(ixs);
    ct_free(xs);
    ct_free(ns);
    ct_free(labs);
    *out = r;
    return s;
}
