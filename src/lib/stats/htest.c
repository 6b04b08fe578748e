/* htest.c — hypothesis tests (see claimtriage/htest.h). Every formula follows
 * the scipy 1.10 function named beside it, so figures agree with scipy. */
#include "claimtriage/htest.h"
#include "claimtriage/stats.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sf_gamma.h>

/* scipy.stats.fisher_exact: probabilities within this relative distance of
 * the observed table's count as "not more extreme" (its epsilon = 1 - 1e-7). */
#define FISHER_REL_TOL 1e-7
/* Fisher: steps of the pmf recurrence between exact lnchoose anchors */
#define FISHER_REANCHOR 256
/* D'Agostino's skewness and kurtosis tests need at least this many values
 * (scipy.stats.skewtest raises below 8). */
#define NORMALTEST_MIN_N 8
/* Mann–Whitney exact distribution (scipy 'auto'): when a group has at most
 * this many values and there are no ties. */
#define MWU_EXACT_MAX_N 8

static const double LN10 = 2.302585092994045684;

ct_htest_options ct_htest_options_default(void)
{
    ct_htest_options o;
    o.alpha = 0.05;
    o.conf_level = 0.95;
    o.large_n = 30;
    o.min_expected = 5.;
    o.max_share_below = 0.2;
    o.continuity = 1;
    o.yates = 1;
    o.dropna = CT_HTEST_DROP_ALL;
    return o;
}

const char *ct_htest_options_check(const ct_htest_options *o)
{
    if (!o)
        return "options are NULL";
    if (!(o->alpha > 0. && o->alpha < 1.))
        return "alpha must be strictly between 0 and 1";
    if (!(o->conf_level > 0. && o->conf_level < 1.))
        return "conf_level must be strictly between 0 and 1";
    if (o->large_n < 2)
        return "large_n must be at least 2";
    if (!(o->min_expected > 0.))
        return "min_expected must be positive";
    if (!(o->max_share_below >= 0. && o->max_share_below <= 1.))
        return "max_share_below must be between 0 and 1";
    if (o->dropna != CT_HTEST_DROP_ALL && o->dropna != CT_HTEST_DROP_USED)
        return "dropna must be CT_HTEST_DROP_ALL or CT_HTEST_DROP_USED";
    return NULL;
}

const char *ct_htest_method_name(ct_htest_method m)
{
    switch (m) {
    case CT_HTEST_NONE: return "none";
    case CT_HTEST_WELCH_T: return "Welch's t-test";
    case CT_HTEST_STUDENT_T: return "Student's t-test";
    case CT_HTEST_MANN_WHITNEY: return "Mann-Whitney U test";
    case CT_HTEST_ANOVA: return "one-way ANOVA";
    case CT_HTEST_WELCH_ANOVA: return "Welch's ANOVA";
    case CT_HTEST_KRUSKAL: return "Kruskal-Wallis H test";
    case CT_HTEST_CHI2: return "chi-square test of independence";
    case CT_HTEST_FISHER: return "Fisher's exact test";
    case CT_HTEST_LEVENE: return "Levene's test (median, Brown-Forsythe)";
    case CT_HTEST_NORMALTEST: return "D'Agostino-Pearson K2";
    }
    return "unknown";
}

static ct_htest_stat stat_none(void)
{
    ct_htest_stat s = {CT_HTEST_NONE, NAN, NAN, NAN, {NAN, NAN}};
    return s;
}

static char *dupstr(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = ct_malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

/* ------------------------------------------------------------ normality */

/* D'Agostino–Pearson K² = Zs² + Zk², chi-square(2) tail
 * (D'Agostino, Belanger & D'Agostino 1990; scipy.stats.skewtest,
 * kurtosistest, normaltest). Moments are the biased central moments. */
static ct_htest_stat normaltest(const double *x, size_t n, double mean)
{
    ct_htest_stat s = stat_none();
    if (n < NORMALTEST_MIN_N)
        return s;
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
    if (!(m2 > 0.))
        return s;
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
    if (denom == 0.)
        return s;
    const double term2 = (denom > 0 ? 1. : -1.) * cbrt((1 - 2.0 / A) / fabs(denom));
    const double zk = (term1 - term2) / sqrt(2 / (9.0 * A));
    s.method = CT_HTEST_NORMALTEST;
    s.statistic = zs * zs + zk * zk;
    s.df1 = 2;
    s.p = ct_dist_chisq_sf(s.statistic, 2);
    return s;
}

/* ---------------------------------------------------------------- ranks */

/* Order-preserving map of a double to an unsigned key (IEEE 754 sign flip). */
static uint64_t key_of(double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return (u >> 63) ? ~u : (u | (UINT64_C(1) << 63));
}

static double val_of(uint64_t u)
{
    u = (u >> 63) ? (u & ~(UINT64_C(1) << 63)) : ~u;
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* LSD radix sort of (key, group) pairs, 16-bit digits, digits that are equal
 * in every key skipped (Knuth TAOCP 5.2.5). O(n) passes, stable. */
static ct_status radix_sort(uint64_t *key, uint32_t *gid, size_t n)
{
    uint64_t *k2 = ct_malloc(n * sizeof *k2);
    uint32_t *g2 = ct_malloc(n * sizeof *g2);
    size_t *cnt = ct_malloc(65536 * sizeof *cnt);
    if (!k2 || !g2 || !cnt) {
        ct_free(k2);
        ct_free(g2);
        ct_free(cnt);
        return CT_ENOMEM;
    }
    uint64_t *ka = key, *kb = k2;
    uint32_t *ga = gid, *gb = g2;
    for (int shift = 0; shift < 64; shift += 16) {
        memset(cnt, 0, 65536 * sizeof *cnt);
        for (size_t i = 0; i < n; i++)
            cnt[(ka[i] >> shift) & 0xFFFF]++;
        if (n && cnt[(ka[0] >> shift) & 0xFFFF] == n)
            continue;
        size_t sum = 0;
        for (size_t b = 0; b < 65536; b++) {
            const size_t c = cnt[b];
            cnt[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) {
            const size_t pos = cnt[(ka[i] >> shift) & 0xFFFF]++;
            kb[pos] = ka[i];
            gb[pos] = ga[i];
        }
        uint64_t *tk = ka;
        ka = kb;
        kb = tk;
        uint32_t *tg = ga;
        ga = gb;
        gb = tg;
    }
    if (ka != key) {
        memcpy(key, ka, n * sizeof *key);
        memcpy(gid, ga, n * sizeof *gid);
    }
    ct_free(k2);
    ct_free(g2);
    ct_free(cnt);
    return CT_OK;
}

/* Rank sums per group with mid-ranks for ties (scipy.stats.rankdata
 * 'average'), and the tie term sum(t^3 - t) (scipy tiecorrect). */
static ct_status rank_sums(const double *const *x, const size_t *n, size_t k, size_t N,
                           double *rsum, double *tie_term)
{
    uint64_t *key = ct_malloc((N ? N : 1) * sizeof *key);
    uint32_t *gid = ct_malloc((N ? N : 1) * sizeof *gid);
    if (!key || !gid) {
        ct_free(key);
        ct_free(gid);
        return CT_ENOMEM;
    }
    size_t w = 0;
    for (size_t g = 0; g < k; g++)
        for (size_t i = 0; i < n[g]; i++) {
            key[w] = key_of(x[g][i]);
            gid[w++] = (uint32_t)g;
        }
    ct_status s = radix_sort(key, gid, N);
    if (s) {
        ct_free(key);
        ct_free(gid);
        return s;
    }
    for (size_t g = 0; g < k; g++)
        rsum[g] = 0;
    double tt = 0;
    for (size_t i = 0; i < N;) {
        size_t j = i + 1;
        const double v = val_of(key[i]);
        while (j < N && val_of(key[j]) == v)
            j++;
        const double r = 0.5 * ((double)i + 1 + (double)j); /* mean of ranks i+1..j */
        for (size_t t = i; t < j; t++)
            rsum[gid[t]] += r;
        const double t = (double)(j - i);
        tt += t * t * t - t;
        i = j;
    }
    *tie_term = tt;
    ct_free(key);
    ct_free(gid);
    return CT_OK;
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

/* Levene's test centred on the median = Brown–Forsythe (Brown & Forsythe
 * 1974; scipy.stats.levene(center='median')): W = (N-k)/(k-1) *
 * sum n_i (Zbar_i - Zbar)^2 / sum sum (Z_ij - Zbar_i)^2, Z_ij = |Y_ij - med_i|.
 */
static ct_htest_stat levene(const double *const *x, const size_t *n, size_t k, size_t N,
                            const ct_htest_group *grp, double *work)
{
    ct_htest_stat s = stat_none();
    double *zbar = work + N; /* k doubles after the N-value scratch */
    double zall = 0, spread = 0;
    for (size_t g = 0; g < k; g++) {
        for (size_t i = 0; i < n[g]; i++)
            work[i] = fabs(x[g][i] - grp[g].median);
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
    s.statistic = s.df2 * num / (s.df1 * spread);
    s.p = ct_dist_f_sf(s.statistic, s.df1, s.df2);
    return s;
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
    r->welch.p = ct_dist_t_sf2(r->welch.statistic, r->welch.df1);
    r->mean_diff = diff;
    r->se_diff = se;
    const double tq = ct_dist_t_quantile(0.5 + o->conf_level / 2., r->welch.df1);
    r->diff_lo = diff - tq * se;
    r->diff_hi = diff + tq * se;
    /* Student's t, pooled variance (scipy ttest_ind equal_var=True) */
    const double df = N - 2, sp2 = ((na - 1) * va + (nb - 1) * vb) / df;
    r->student.method = CT_HTEST_STUDENT_T;
    r->student.statistic = diff / sqrt(sp2 * (1 / na + 1 / nb));
    r->student.df1 = df;
    r->student.p = ct_dist_t_sf2(r->student.statistic, df);
    /* Hedges' g = J * d, J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)), m = N - 2
   * (Hedges 1981); SE = sqrt(N/(na nb) + g^2/(2N)) (Hedges & Olkin 1985). */
    const double d = diff / sqrt(sp2);
    const double J = exp(gsl_sf_lngamma(df / 2) - 0.5 * log(df / 2) - gsl_sf_lngamma((df - 1) / 2));
    r->hedges_g = J * d;
    const double seg = sqrt(N / (na * nb) + r->hedges_g * r->hedges_g / (2 * N));
    const double zq = ct_dist_normal_quantile(0.5 + o->conf_level / 2.);
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
static void k_group(ct_htest_compare *r, double tie_term)
{
    const size_t k = r->ngroups;
    const double K = (double)k, N = (double)r->n;
    double gm = 0, ssb = 0, ssw = 0, W = 0, mw = 0, L = 0, h = 0;
    for (size_t g = 0; g < k; g++)
        gm += (double)r->groups[g].n * r->groups[g].mean;
    gm /= N;
    for (size_t g = 0; g < k; g++) {
        const ct_htest_group *G = &r->groups[g];
        const double ng = (double)G->n;
        ssb += ng * (G->mean - gm) * (G->mean - gm);
        ssw += (ng - 1) * G->sd * G->sd;
        W += ng / (G->sd * G->sd);
        mw += ng / (G->sd * G->sd) * G->mean;
        h += G->rank_sum * G->rank_sum / ng;
    }
    mw /= W;
    double A = 0;
    for (size_t g = 0; g < k; g++) {
        const ct_htest_group *G = &r->groups[g];
        const double w = (double)G->n / (G->sd * G->sd);
        A += w * (G->mean - mw) * (G->mean - mw);
        L += (1 - w / W) * (1 - w / W) / ((double)G->n - 1);
    }
    r->anova.method = CT_HTEST_ANOVA;
    r->anova.df1 = K - 1;
    r->anova.df2 = N - K;
    r->anova.statistic = (ssb / (K - 1)) / (ssw / (N - K));
    r->anova.p = ct_dist_f_sf(r->anova.statistic, K - 1, N - K);
    r->welch_anova.method = CT_HTEST_WELCH_ANOVA;
    r->welch_anova.df1 = K - 1;
    r->welch_anova.df2 = (K * K - 1) / (3 * L);
    r->welch_anova.statistic = (A / (K - 1)) / (1 + 2 * (K - 2) / (K * K - 1) * L);
    r->welch_anova.p = ct_dist_f_sf(r->welch_anova.statistic, K - 1, r->welch_anova.df2);
    r->kruskal.method = CT_HTEST_KRUSKAL;
    r->kruskal.df1 = K - 1;
    const double corr = 1 - tie_term / (N * N * N - N);
    r->kruskal.statistic = (12 / (N * (N + 1)) * h - 3 * (N + 1)) / corr;
    r->kruskal.p = ct_dist_chisq_sf(r->kruskal.statistic, K - 1);
}

void ct_htest_compare_free(ct_htest_compare *r)
{
    if (!r)
        return;
    for (size_t g = 0; g < r->ngroups && r->groups; g++)
        ct_free(r->groups[g].label);
    ct_free(r->groups);
    ct_free(r->measure);
    ct_free(r->by);
    ct_free(r);
}

ct_status ct_htest_compare_groups(const double *const *x, const size_t *n,
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
    for (size_t g = 0; g < k; g++) {
        if (n[g] < 2)
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                               "group '%s' has %zu value%s; each group needs at least 2",
                               labels ? labels[g] : "?", n[g], n[g] == 1 ? "" : "s");
        N += n[g];
    }
    if (N > UINT32_MAX)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many values");
    ct_htest_compare *r = ct_calloc(1, sizeof *r);
    double *work = ct_malloc((N + k) * sizeof *work);
    double *rsum = ct_calloc(k, sizeof *rsum);
    if (!r || !work || !rsum)
        goto nomem;
    r->groups = ct_calloc(k, sizeof *r->groups);
    r->measure = dupstr("");
    r->by = dupstr("");
    if (!r->groups || !r->measure || !r->by)
        goto nomem;
    r->ngroups = k;
    r->n = N;
    r->alpha = o->alpha;
    r->conf_level = o->conf_level;
    r->large_n = o->large_n;
    r->normal_plausible = 1;
    r->large_samples = 1;
    for (size_t g = 0; g < k; g++) {
        ct_htest_group *G = &r->groups[g];
        char num[32];
        snprintf(num, sizeof num, "%zu", g + 1);
        if (!(G->label = dupstr(labels ? labels[g] : num)))
            goto nomem;
        G->n = n[g];
        G->mean = ct_stats_mean(x[g], n[g]);
        G->sd = sqrt(ct_stats_var(x[g], n[g], 1));
        memcpy(work, x[g], n[g] * sizeof *work);
        G->median = ct_stats_quantile_select(work, n[g], 0.5);
        G->normality = normaltest(x[g], n[g], G->mean);
        if (!(G->normality.p.p >= o->alpha))
            r->normal_plausible = 0;
        if (n[g] < o->large_n)
            r->large_samples = 0;
    }
    double tie_term = 0;
    if (rank_sums(x, n, k, N, rsum, &tie_term))
        goto nomem;
    for (size_t g = 0; g < k; g++)
        r->groups[g].rank_sum = rsum[g];
    r->levene = levene(x, n, k, N, r->groups, work);
    r->welch = r->student = r->mann_whitney = stat_none();
    r->anova = r->welch_anova = r->kruskal = stat_none();
    r->mean_diff = r->se_diff = r->diff_lo = r->diff_hi = NAN;
    r->hedges_g = r->g_lo = r->g_hi = r->rank_biserial = r->cles = r->mw_z = NAN;
    const int parametric = r->large_samples || r->normal_plausible;
    if (k == 2) {
        two_group(r, o, tie_term);
        r->chosen = parametric ? CT_HTEST_WELCH_T : CT_HTEST_MANN_WHITNEY;
        r->primary = parametric ? r->welch : r->mann_whitney;
    } else {
        k_group(r, tie_term);
        r->chosen = parametric ? CT_HTEST_WELCH_ANOVA : CT_HTEST_KRUSKAL;
        r->primary = parametric ? r->welch_anova : r->kruskal;
    }
    r->reject = r->primary.p.p < o->alpha;
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

/* ------------------------------------------------------- frame helpers */

/* Row i is kept unless it is missing in a column that counts (every column
 * with CT_HTEST_DROP_ALL, else only cols[]). Missing values are those of the
 * frame's missing masks (which cover the NaN of numeric columns, frame.h).
 * Returns a fresh mask (nonzero = drop). */
static uint8_t *drop_mask(const ct_frame *f, const size_t *cols, size_t ncols, ct_htest_dropna how,
                          uint64_t *ndropped)
{
    const size_t nr = ct_frame_nrows(f);
    uint8_t *m = ct_calloc(nr ? nr : 1, 1);
    if (!m)
        return NULL;
    *ndropped = ct_frame_missing_rows(f, how == CT_HTEST_DROP_ALL ? NULL : cols, ncols, m);
    return m;
}

typedef struct level_ref {
    const char *name;
    size_t idx;
} level_ref;

static int cmp_level(const void *a, const void *b)
{
    return strcmp(((const level_ref *)a)->name, ((const level_ref *)b)->name);
}

/* Observed levels (count > 0) of a categorical column in sorted order:
 * fills order[] with level indices and names[] with every level's text;
 * returns how many were observed; (size_t)-1 when out of memory. */
static size_t observed_sorted(const ct_column *c, const uint64_t *count, size_t *order,
                              const char **names)
{
    const size_t L = ct_column_nlevels(c);
    level_ref *ref = ct_malloc((L ? L : 1) * sizeof *ref);
    if (!ref)
        return (size_t)-1;
    size_t k = 0;
    for (size_t l = 0; l < L; l++) {
        names[l] = ct_column_level(c, l);
        if (count[l])
            ref[k++] = (level_ref){names[l], l};
    }
    /* strcmp byte order on UTF-8 equals code-point order (Python's sorted) */
    qsort(ref, k, sizeof *ref, cmp_level);
    for (size_t i = 0; i < k; i++)
        order[i] = ref[i].idx;
    ct_free(ref);
    return k;
}

static ct_status find_typed(const ct_frame *f, const char *name, int want_numeric, size_t *j,
                            ct_diag *diag)
{
    ct_status s = ct_frame_find(f, name, j, diag);
    if (s)
        return s;
    const ct_column *c = ct_frame_col(f, *j);
    if (want_numeric && !ct_column_is_numeric(c))
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                           "column '%s' is not numeric (it is %s); a measure must be numeric", name,
                           ct_type_name(ct_column_type(c)));
    if (!want_numeric && !ct_column_codes(c))
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                           "column '%s' is not categorical (it is %s); groups come from a "
                           "categorical column",
                           name, ct_type_name(ct_column_type(c)));
    return CT_OK;
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
    if ((s = find_typed(f, measure, 1, &cols[0], diag)) ||
        (s = find_typed(f, by, 0, &cols[1], diag)))
        return s;
    const ct_column *mc = ct_frame_col(f, cols[0]), *bc = ct_frame_col(f, cols[1]);
    const double *v = ct_column_f64(mc);
    const int32_t *code = ct_column_codes(bc);
    const size_t nr = ct_frame_nrows(f), L = ct_column_nlevels(bc);
    uint64_t dropped = 0;
    uint8_t *drop = drop_mask(f, cols, 2, o->dropna, &dropped);
    uint64_t *count = ct_calloc(L + 1, sizeof *count);
    size_t *order = ct_calloc(L + 1, sizeof *order), *pos = ct_calloc(L + 1, sizeof *pos);
    const char **names = ct_calloc(L + 1, sizeof *names);
    double *vals = ct_malloc((nr ? nr : 1) * sizeof *vals);
    const double **xs = ct_calloc(L + 1, sizeof *xs);
    size_t *ns = ct_calloc(L + 1, sizeof *ns);
    const char **labs = ct_calloc(L + 1, sizeof *labs);
    ct_htest_compare *r = NULL;
    if (!drop || !count || !order || !pos || !names || !vals || !xs || !ns || !labs) {
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
    const size_t k = observed_sorted(bc, count, order, names);
    if (k == (size_t)-1) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if (k < 2) {
        s = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                        k ? "column '%s' has only one group ('%s') among the %llu rows used; "
                            "a comparison needs at least two"
                          : "column '%s' has no groups among the rows used%s",
                        by, k ? names[order[0]] : "", (unsigned long long)(nr - dropped));
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
        if (!drop[i])
            vals[pos[code[i]]++] = v[i];
    s = ct_htest_compare_groups(xs, ns, labs, k, o, &r, diag);
    if (s == CT_OK) {
        ct_free(r->measure);
        ct_free(r->by);
        r->measure = dupstr(measure);
        r->by = dupstr(by);
        r->rows_dropped = dropped;
        if (!r->measure || !r->by) {
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
    ct_free(names);
    ct_free(vals);
    ct_free(xs);
    ct_free(ns);
    ct_free(labs);
    *out = r;
    return s;
}

/* ---------------------------------------------------------- association */

ct_pvalue ct_htest_fisher_2x2(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    const uint64_t n1 = a + b, n2 = c + d, t = a + c, N = n1 + n2;
    if (n1 == 0 || n2 == 0 || t == 0 || b + d == 0 || N > UINT32_MAX)
        return (ct_pvalue){1., 0.};
    /* hypergeometric log pmf of the top-left cell x given the margins */
    const uint64_t lo = t > n2 ? t - n2 : 0, hi = t < n1 ? t : n1;
    const double lnorm = gsl_sf_lnchoose((unsigned)N, (unsigned)t);
#define LPMF(x)                                                                                    \
    (gsl_sf_lnchoose((unsigned)n1, (unsigned)(x)) +                                                \
     gsl_sf_lnchoose((unsigned)n2, (unsigned)(t - (x))) - lnorm)
    const double lexact = LPMF(a), lim = lexact + log1p(FISHER_REL_TOL);
    /* two-sided p: total probability of tables no more likely than the
   * observed one (scipy.stats.fisher_exact; Agresti 2002, 3.5.1), summed
   * relative to the observed probability so far tails do not underflow.
   * The pmf walks by its ratio pmf(x+1)/pmf(x) = (n1-x)(t-x) /
   * ((x+1)(n2-t+x+1)), re-anchored on lnchoose every FISHER_REANCHOR steps to
   * bound rounding. */
    double sum = 0, l = 0;
    for (uint64_t x = lo; x <= hi; x++) {
        if ((x - lo) % FISHER_REANCHOR == 0)
            l = LPMF(x);
        else
            l += log((double)(n1 - x + 1) * (double)(t - x + 1)) -
                 log((double)x * (double)(n2 - t + x));
        if (l <= lim)
            sum += exp(l - lexact);
    }
#undef LPMF
    /* the observed table itself is always in the sum, so sum >= 1 up to rounding
   */
    const double lnp = lexact + (sum > 0 ? log(sum) : 0.);
    if (lnp >= 0)
        return (ct_pvalue){1., 0.};
    return (ct_pvalue){exp(lnp), lnp / LN10};
}

void ct_htest_assoc_free(ct_htest_assoc *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nrows && r->row_levels; i++)
        ct_free(r->row_levels[i]);
    for (size_t j = 0; j < r->ncols && r->col_levels; j++)
        ct_free(r->col_levels[j]);
    ct_free(r->row_levels);
    ct_free(r->col_levels);
    ct_free(r->counts);
    ct_free(r->expected);
    ct_free(r->row);
    ct_free(r->col);
    ct_free(r);
}

static int fill_labels(char **dst, const char *const *src, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char num[32];
        snprintf(num, sizeof num, "%zu", i + 1);
        if (!(dst[i] = dupstr(src ? src[i] : num)))
            return -1;
    }
    return 0;
}

ct_status ct_htest_assoc_table(const uint64_t *counts, size_t r, size_t c,
                               const char *const *row_labels, const char *const *col_labels,
                               const ct_htest_options *o, ct_htest_assoc **out, ct_diag *diag)
{
    *out = NULL;
    const char *bad = ct_htest_options_check(o);
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", bad);
    if (r < 2 || c < 2 || !counts)
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                           "a contingency table needs at least 2 rows and 2 "
                           "columns (got %zu x %zu)",
                           r, c);
    ct_htest_assoc *a = ct_calloc(1, sizeof *a);
    if (!a)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    a->nrows = r;
    a->ncols = c;
    a->row_levels = ct_calloc(r, sizeof *a->row_levels);
    a->col_levels = ct_calloc(c, sizeof *a->col_levels);
    a->counts = ct_malloc(r * c * sizeof *a->counts);
    a->expected = ct_malloc(r * c * sizeof *a->expected);
    double *rs = ct_calloc(r + c, sizeof *rs), *cs = rs ? rs + r : NULL;
    a->row = dupstr("");
    a->col = dupstr("");
    if (!a->row_levels || !a->col_levels || !a->counts || !a->expected || !rs || !a->row ||
        !a->col || fill_labels(a->row_levels, row_labels, r) ||
        fill_labels(a->col_levels, col_labels, c)) {
        ct_free(rs);
        ct_htest_assoc_free(a);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    memcpy(a->counts, counts, r * c * sizeof *counts);
    uint64_t N = 0;
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++) {
            rs[i] += (double)counts[i * c + j];
            cs[j] += (double)counts[i * c + j];
            N += counts[i * c + j];
        }
    for (size_t i = 0; i < r; i++)
        if (rs[i] == 0) {
            ct_free(rs);
            ct_htest_assoc_free(a);
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0, "row %zu of the table is empty", i + 1);
        }
    for (size_t j = 0; j < c; j++)
        if (cs[j] == 0) {
            ct_free(rs);
            ct_htest_assoc_free(a);
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0, "column %zu of the table is empty",
                               j + 1);
        }
    a->n = N;
    a->alpha = o->alpha;
    /* scipy.stats.chi2_contingency: expected = outer(row sums, col sums) / N,
   * Pearson's statistic; for dof 1 Yates' correction moves each observed
   * count up to 0.5 towards its expected count. */
    const double dof = (double)((r - 1) * (c - 1));
    double x2 = 0, x2y = 0, emin = INFINITY;
    size_t below = 0, below1 = 0;
    for (size_t q = 0; q < r * c; q++) {
        const double e = rs[q / c] * cs[q % c] / (double)N, obs = (double)counts[q];
        a->expected[q] = e;
        x2 += (obs - e) * (obs - e) / e;
        const double dlt = e - obs, mag = fabs(dlt) < 0.5 ? fabs(dlt) : 0.5;
        const double oc = obs + (dlt > 0 ? mag : dlt < 0 ? -mag : 0);
        x2y += (oc - e) * (oc - e) / e;
        if (e < emin)
            emin = e;
        below += e < o->min_expected;
        below1 += e < 1.;
    }
    ct_free(rs);
    a->yates_applied = dof == 1 && o->yates;
    a->chi2_uncorrected = (ct_htest_stat){CT_HTEST_CHI2, x2, dof, NAN, ct_dist_chisq_sf(x2, dof)};
    a->chi2 = a->chi2_uncorrected;
    if (a->yates_applied) {
        a->chi2.statistic = x2y;
        a->chi2.p = ct_dist_chisq_sf(x2y, dof);
    }
    a->min_expected = emin;
    a->expected_threshold = o->min_expected;
    a->cells_below = below;
    a->share_below = (double)below / (double)(r * c);
    a->expected_ok = below1 == 0 && a->share_below <= o->max_share_below;
    /* Cramér's V from the uncorrected statistic
   * (scipy.stats.contingency.association) */
    const double mdim = (double)((r < c ? r : c) - 1);
    a->cramers_v = sqrt(x2 / ((double)N * mdim));
    a->fisher = stat_none();
    a->chosen = CT_HTEST_CHI2;
    if (r == 2 && c == 2) {
        const uint64_t *t = counts;
        a->has_fisher = 1;
        a->fisher.method = CT_HTEST_FISHER;
        a->fisher.statistic =
            t[1] && t[2] ? (double)t[0] * (double)t[3] / ((double)t[1] * (double)t[2]) : INFINITY;
        a->fisher.p = ct_htest_fisher_2x2(t[0], t[1], t[2], t[3]);
        if (!a->expected_ok)
            a->chosen = CT_HTEST_FISHER;
    }
    a->primary = a->chosen == CT_HTEST_FISHER ? a->fisher : a->chi2;
    a->reject = a->primary.p.p < o->alpha;
    *out = a;
    return CT_OK;
}

ct_status ct_htest_assoc_frame(const ct_frame *f, const char *row, const char *col,
                               const ct_htest_options *o, ct_htest_assoc **out, ct_diag *diag)
{
    *out = NULL;
    const char *bad = ct_htest_options_check(o);
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", bad);
    size_t cols[2];
    ct_status s;
    if ((s = find_typed(f, row, 0, &cols[0], diag)) || (s = find_typed(f, col, 0, &cols[1], diag)))
        return s;
    const ct_column *rc = ct_frame_col(f, cols[0]), *cc = ct_frame_col(f, cols[1]);
    const int32_t *ra = ct_column_codes(rc), *ca = ct_column_codes(cc);
    const size_t nr = ct_frame_nrows(f), R = ct_column_nlevels(rc), C = ct_column_nlevels(cc);
    uint64_t dropped = 0;
    uint8_t *drop = drop_mask(f, cols, 2, o->dropna, &dropped);
    uint64_t *full = ct_calloc(R * C + 1, sizeof *full);
    uint64_t *rcount = ct_calloc(R + C + 2, sizeof *rcount),
             *ccount = rcount ? rcount + R + 1 : NULL;
    size_t *ro = ct_calloc(R + 1, sizeof *ro), *co = ct_calloc(C + 1, sizeof *co);
    const char **rn = ct_calloc(R + 1, sizeof *rn), **cn = ct_calloc(C + 1, sizeof *cn);
    const char **rl = ct_calloc(R + 1, sizeof *rl), **cl = ct_calloc(C + 1, sizeof *cl);
    uint64_t *tab = ct_calloc(R * C + 1, sizeof *tab);
    ct_htest_assoc *a = NULL;
    if (!drop || !full || !rcount || !ro || !co || !rn || !cn || !rl || !cl || !tab) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nr; i++)
        if (!drop[i]) {
            full[(size_t)ra[i] * C + (size_t)ca[i]]++;
            rcount[ra[i]]++;
            ccount[ca[i]]++;
        }
    const size_t kr = observed_sorted(rc, rcount, ro, rn), kc = observed_sorted(cc, ccount, co, cn);
    if (kr == (size_t)-1 || kc == (size_t)-1) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if (kr < 2 || kc < 2) {
        s = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                        "column '%s' has only %zu value%s among the rows used; a test of "
                        "association needs at least two in each column",
                        kr < 2 ? row : col, kr < 2 ? kr : kc, (kr < 2 ? kr : kc) == 1 ? "" : "s");
        goto done;
    }
    for (size_t i = 0; i < kr; i++) {
        rl[i] = rn[ro[i]];
        for (size_t j = 0; j < kc; j++)
            tab[i * kc + j] = full[ro[i] * C + co[j]];
    }
    for (size_t j = 0; j < kc; j++)
        cl[j] = cn[co[j]];
    s = ct_htest_assoc_table(tab, kr, kc, rl, cl, o, &a, diag);
    if (s == CT_OK) {
        ct_free(a->row);
        ct_free(a->col);
        a->row = dupstr(row);
        a->col = dupstr(col);
        a->rows_dropped = dropped;
        if (!a->row || !a->col) {
            ct_htest_assoc_free(a);
            a = NULL;
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        }
    }
done:
    ct_free(drop);
    ct_free(full);
    ct_free(rcount);
    ct_free(ro);
    ct_free(co);
    ct_free(rn);
    ct_free(cn);
    ct_free(rl);
    ct_free(cl);
    ct_free(tab);
    *out = a;
    return s;
}

/* ------------------------------------------------------------ sentences */

typedef struct sbuf {
    char *b;
    size_t n, w;
} sbuf;

static void sb_add(sbuf *s, const char *fmt, ...) CT_PRINTF(2, 3);
static void sb_add(sbuf *s, const char *fmt, ...)
{
    if (s->w >= s->n)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(s->b + s->w, s->n - s->w, fmt, ap);
    va_end(ap);
    if (k > 0)
        s->w += (size_t)k < s->n - s->w ? (size_t)k : s->n - s->w;
}

/* A number for people: thousands separators above 1,000, 3 significant
 * digits below. */
static void human(char *buf, size_t n, double v)
{
    if (isnan(v)) {
        snprintf(buf, n, "n/a");
        return;
    }
    if (fabs(v) < 1000) {
        snprintf(buf, n, "%.3g", v);
        return;
    }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.0f", fabs(v));
    size_t len = strlen(tmp), w = 0;
    if (v < 0 && w + 1 < n)
        buf[w++] = '-';
    for (size_t i = 0; i < len && w + 1 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0 && w + 2 < n)
            buf[w++] = ',';
        buf[w++] = tmp[i];
    }
    buf[w] = '\0';
}

void ct_htest_format_p(ct_pvalue p, char *buf, size_t n)
{
    if (isnan(p.p))
        snprintf(buf, n, "p = n/a");
    else if (p.p < 1e-300)
        snprintf(buf, n, "p < 1e-300 (log10 p = %.1f)", p.log10p);
    else if (p.p < 1e-4)
        snprintf(buf, n, "p = %.3g", p.p);
    else
        snprintf(buf, n, "p = %.4f", p.p);
}

static void alpha_str(char *buf, size_t n, double alpha) { snprintf(buf, n, "%g", alpha); }

void ct_htest_compare_sentence(const ct_htest_compare *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char al[32], pv[96], m1[48], m2[48];
    alpha_str(al, sizeof al, r->alpha);
    ct_htest_format_p(r->primary.p, pv, sizeof pv);
    const int ranks = r->chosen == CT_HTEST_MANN_WHITNEY || r->chosen == CT_HTEST_KRUSKAL;
    const char *stat = ranks ? "median" : "mean";
    if (r->ngroups == 2) {
        const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
        const double va = ranks ? a->median : a->mean, vb = ranks ? b->median : b->mean;
        human(m1, sizeof m1, va);
        human(m2, sizeof m2, vb);
        const int higher = ranks ? r->rank_biserial > 0 : a->mean > b->mean;
        if (r->reject)
            sb_add(&s,
                   "%s is %s for '%s' than for '%s' (%s %s vs %s); a gap this large "
                   "would be "
                   "very unlikely if the two groups were alike (%s, below %s), so the "
                   "difference is real.",
                   r->measure[0] ? r->measure : "The measure", higher ? "higher" : "lower",
                   a->label, b->label, stat, m1, m2, pv, al);
        else
            sb_add(&s,
                   "We found no convincing difference in %s between '%s' and '%s' "
                   "(%s %s vs "
                   "%s); a gap this size could easily arise by chance (%s, not below "
                   "%s).",
                   r->measure[0] ? r->measure : "the measure", a->label, b->label, stat, m1, m2, pv,
                   al);
        return;
    }
    size_t hi = 0, lo = 0;
    for (size_t g = 1; g < r->ngroups; g++) {
        const double v = ranks ? r->groups[g].median : r->groups[g].mean;
        if (v > (ranks ? r->groups[hi].median : r->groups[hi].mean))
            hi = g;
        if (v < (ranks ? r->groups[lo].median : r->groups[lo].mean))
            lo = g;
    }
    human(m1, sizeof m1, ranks ? r->groups[hi].median : r->groups[hi].mean);
    human(m2, sizeof m2, ranks ? r->groups[lo].median : r->groups[lo].mean);
    if (r->reject)
        sb_add(&s,
               "%s differs between the %s groups (highest %s: '%s' at %s, lowest: "
               "'%s' at %s); "
               "differences this large would be very unlikely by chance (%s, below "
               "%s).",
               r->measure[0] ? r->measure : "The measure", r->by[0] ? r->by : "", stat,
               r->groups[hi].label, m1, r->groups[lo].label, m2, pv, al);
    else
        sb_add(&s,
               "We found no convincing difference in %s between the %s groups (%s "
               "from %s to "
               "%s); such differences could easily arise by chance (%s, not below "
               "%s).",
               r->measure[0] ? r->measure : "the measure", r->by[0] ? r->by : "", stat, m2, m1, pv,
               al);
}

/* "name(df) = stat, p = ..." with an optional note after the dof */
static void stat_part(sbuf *s, const char *name, const char *note, const ct_htest_stat *t)
{
    char pv[96];
    ct_htest_format_p(t->p, pv, sizeof pv);
    if (!isnan(t->df2))
        sb_add(s, "%s(%.4g, %.6g%s) = %.4f, %s", name, t->df1, t->df2, note, t->statistic, pv);
    else if (!isnan(t->df1))
        sb_add(s, "%s(%.6g%s) = %.4f, %s", name, t->df1, note, t->statistic, pv);
    else
        sb_add(s, "%s%s = %.6g, %s", name, note, t->statistic, pv);
}

void ct_htest_compare_stats_line(const ct_htest_compare *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char a[48], b[48], c[48];
    int cl = (int)lround(r->conf_level * 100);
    if (r->ngroups == 2) {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_T ? "Welch t" : "Mann-Whitney U1", "",
                  r->chosen == CT_HTEST_WELCH_T ? &r->welch : &r->mann_whitney);
        human(a, sizeof a, r->mean_diff);
        human(b, sizeof b, r->diff_lo);
        human(c, sizeof c, r->diff_hi);
        sb_add(&s,
               "; mean difference (%s - %s) %s [%d%% CI %s, %s]; Hedges' g = %.3f "
               "[%.3f, %.3f]",
               r->groups[0].label, r->groups[1].label, a, cl, b, c, r->hedges_g, r->g_lo, r->g_hi);
        if (r->chosen == CT_HTEST_WELCH_T) {
            sb_add(&s, "; Mann-Whitney ");
            ct_htest_format_p(r->mann_whitney.p, a, sizeof a);
            sb_add(&s, "%s", a);
        } else {
            sb_add(&s, "; Welch t ");
            ct_htest_format_p(r->welch.p, a, sizeof a);
            sb_add(&s, "%s", a);
        }
        sb_add(&s, ", rank-biserial r = %.3f", r->rank_biserial);
    } else {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_ANOVA ? "Welch ANOVA F" : "Kruskal-Wallis H", "",
                  r->chosen == CT_HTEST_WELCH_ANOVA ? &r->welch_anova : &r->kruskal);
    }
    human(a, sizeof a, (double)r->n);
    sb_add(&s, "; N = %s.", a);
}

void ct_htest_assoc_sentence(const ct_htest_assoc *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char al[32], pv[96];
    alpha_str(al, sizeof al, r->alpha);
    ct_htest_format_p(r->primary.p, pv, sizeof pv);
    const char *rn = r->row[0] ? r->row : "the row variable";
    const char *cn = r->col[0] ? r->col : "the column variable";
    if (!r->reject) {
        sb_add(&s,
               "We found no convincing link between %s and %s: the mix of %s "
               "values is "
               "similar across %s groups (%s, not below %s).",
               rn, cn, rn, cn, pv, al);
        return;
    }
    /* share of the first row level within each column level: highest and lowest
   */
    size_t hi = 0, lo = 0;
    double shi = -1, slo = 2;
    for (size_t j = 0; j < r->ncols; j++) {
        uint64_t tot = 0;
        for (size_t i = 0; i < r->nrows; i++)
            tot += r->counts[i * r->ncols + j];
        const double sh = (double)r->counts[j] / (double)tot;
        if (sh > shi) {
            shi = sh;
            hi = j;
        }
        if (sh < slo) {
            slo = sh;
            lo = j;
        }
    }
    sb_add(&s,
           "%s and %s are related: '%s' makes up %.1f%% of '%s' videos but "
           "%.1f%% of '%s' "
           "videos, far more of a gap than chance would explain (%s, below %s).",
           rn, cn, r->row_levels[0], 100 * shi, r->col_levels[hi], 100 * slo, r->col_levels[lo], pv,
           al);
}

void ct_htest_assoc_stats_line(const ct_htest_assoc *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char a[48];
    if (r->chosen == CT_HTEST_FISHER) {
        ct_htest_format_p(r->fisher.p, a, sizeof a);
        sb_add(&s,
               "Fisher exact (expected counts too small for chi-square): odds "
               "ratio %.4g, %s; ",
               r->fisher.statistic, a);
    }
    stat_part(&s, "chi2", r->yates_applied ? ", Yates" : "", &r->chi2);
    if (r->yates_applied) {
        ct_htest_format_p(r->chi2_uncorrected.p, a, sizeof a);
        sb_add(&s, "; uncorrected chi2 = %.4f, %s", r->chi2_uncorrected.statistic, a);
    }
    human(a, sizeof a, (double)r->n);
    sb_add(&s,
           "; Cramer's V = %.3f; N = %s; expected counts below %g: %zu of %zu "
           "cells.",
           r->cramers_v, a, r->expected_threshold, r->cells_below, r->nrows * r->ncols);
}
