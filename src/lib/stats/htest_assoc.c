/* htest_assoc.c — association of two categorical columns: contingency
 * table, chi-square (Yates for 1 dof), expected-count check, Cramér's V,
 * Fisher's exact test for 2x2 tables (see claimtriage/htest.h). */
#include "claimtriage/htest.h"
#include "stats/htest_internal.h"

#include "claimtriage/rng.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <gsl/gsl_sf_gamma.h>

/* scipy.stats.fisher_exact: probabilities within this relative distance of
 * the observed table's count as "not more extreme" (its epsilon = 1 - 1e-7). */
#define FISHER_REL_TOL 1e-7
/* Fisher: steps of the pmf recurrence between exact lnchoose anchors */
#define FISHER_REANCHOR 256

static const double LN10 = 2.302585092994045684;

/* ---------------------------------------------------------- association */

ct_pvalue ct_htest_fisher_2x2(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    /* the sum below walks every table with the margins and lnchoose takes
     * unsigned ints: beyond 2^32 - 1 observations there is no exact p (the
     * sums of larger cells could also wrap round, and did: a lnchoose domain
     * error, which aborted through GSL's handler; or a silent p = 1) */
    if (a > UINT32_MAX || b > UINT32_MAX || c > UINT32_MAX || d > UINT32_MAX ||
        a + b + c + d > UINT32_MAX)
        return (ct_pvalue){NAN, NAN};
    const uint64_t n1 = a + b, n2 = c + d, t = a + c, N = n1 + n2;
    if (n1 == 0 || n2 == 0 || t == 0 || b + d == 0)
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

ct_pvalue ct_htest_mcnemar_exact(uint64_t b, uint64_t c)
{
    if (b > UINT32_MAX || c > UINT32_MAX || b + c > UINT32_MAX)
        return (ct_pvalue){NAN, NAN};
    const uint64_t N = b + c, m = b < c ? b : c;
    if (N == 0 || 2 * m == N)
        return (ct_pvalue){1., 0.};
    /* ln P(X <= m) = ln sum_x C(N, x) 2^-N, summed relative to its largest
     * term, C(N, m) (x <= m < N / 2, so the terms rise with x) */
    const double top = gsl_sf_lnchoose((unsigned)N, (unsigned)m);
    double sum = 0;
    for (uint64_t x = 0; x <= m; x++)
        sum += exp(gsl_sf_lnchoose((unsigned)N, (unsigned)x) - top);
    const double lnp = log(2.) + top + log(sum) - (double)N * log(2.);
    if (lnp >= 0)
        return (ct_pvalue){1., 0.};
    return (ct_pvalue){exp(lnp), lnp / log(10.)};
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
        if (!(dst[i] = htest_dupstr(src ? src[i] : num)))
            return -1;
    }
    return 0;
}

/* The Monte Carlo p-value of Pearson's X² (uncorrected) for an r × c table
 * with N observations, as R's chisq.test(simulate.p.value = TRUE, B =
 * 2000): each replicate shuffles the N observations' column labels
 * (Fisher–Yates) and deals them to the rows in order, which draws a table
 * with the observed margins uniformly over the ways to arrange the
 * observations (the hypergeometric law Patefield's algorithm samples);
 * p = (1 + #{X²_b >= (1 - 64 eps) X²obs}) / (B + 1). */
static ct_status mc_pvalue(const uint64_t *counts, size_t r, size_t c, uint64_t N, double x2obs,
                           ct_htest_stat *out)
{
    const size_t B = CT_HTEST_MC_TABLES;
    double *rs = ct_calloc(r + c, sizeof *rs), *cs = rs ? rs + r : NULL;
    uint32_t *lab = ct_malloc((size_t)(N ? N : 1) * sizeof *lab);
    uint64_t *tab = ct_malloc(r * c * sizeof *tab);
    ct_rng *g = NULL;
    ct_status st = rs && lab && tab ? ct_rng_create(CT_HTEST_MC_SEED, 0, &g) : CT_ENOMEM;
    if (st == CT_OK && N > UINT32_MAX)
        st = CT_ENOMEM;
    if (st != CT_OK) {
        ct_free(rs);
        ct_free(lab);
        ct_free(tab);
        ct_rng_destroy(g);
        return CT_ENOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++) {
            rs[i] += (double)counts[i * c + j];
            cs[j] += (double)counts[i * c + j];
            for (uint64_t t = 0; t < counts[i * c + j]; t++)
                lab[k++] = (uint32_t)j;
        }
    const double almost = (1 - 64 * DBL_EPSILON) * x2obs;
    size_t ge = 0;
    for (size_t b = 0; b < B; b++) {
        for (size_t q = (size_t)N; q > 1; q--) {
            const size_t u = (size_t)ct_rng_uniform_int(g, q);
            const uint32_t t = lab[q - 1];
            lab[q - 1] = lab[u];
            lab[u] = t;
        }
        memset(tab, 0, r * c * sizeof *tab);
        size_t pos = 0;
        for (size_t i = 0; i < r; i++)
            for (uint64_t t = 0; t < (uint64_t)rs[i]; t++)
                tab[i * c + lab[pos++]]++;
        double x2 = 0;
        for (size_t q = 0; q < r * c; q++) {
            const double e = rs[q / c] * cs[q % c] / (double)N, d = (double)tab[q] - e;
            x2 += d * d / e;
        }
        ge += x2 >= almost;
    }
    const double p = (double)(1 + ge) / (double)(B + 1);
    *out = (ct_htest_stat){CT_HTEST_CHI2_MC, x2obs, NAN, NAN, {p, log10(p)}, NULL};
    ct_free(rs);
    ct_free(lab);
    ct_free(tab);
    ct_rng_destroy(g);
    return CT_OK;
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
    a->row = htest_dupstr("");
    a->col = htest_dupstr("");
    if (!a->row_levels || !a->col_levels || !a->counts || !a->expected || !rs || !a->row ||
        !a->col || fill_labels(a->row_levels, row_labels, r) ||
        fill_labels(a->col_levels, col_labels, c)) {
        ct_free(rs);
        ct_htest_assoc_free(a);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    memcpy(a->counts, counts, r * c * sizeof *counts);
    uint64_t N = 0;
    int wrapped = 0;
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++) {
            rs[i] += (double)counts[i * c + j];
            cs[j] += (double)counts[i * c + j];
            wrapped |= N + counts[i * c + j] < N;
            N += counts[i * c + j];
        }
    if (wrapped) {
        ct_free(rs);
        ct_htest_assoc_free(a);
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                           "the table's counts add up to more than 2^64 - 1");
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
    a->chi2_uncorrected =
        (ct_htest_stat){CT_HTEST_CHI2, x2, dof, NAN, ct_dist_chisq_sf(x2, dof), NULL};
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
    a->effect = htest_effect("Cramer's V", a->cramers_v, 0.1 / sqrt(mdim), 0.3 / sqrt(mdim),
                             0.5 / sqrt(mdim), "Cohen 1988, w cuts / sqrt(min(r, c) - 1)", NULL);
    a->fisher = htest_stat_none();
    a->chosen = CT_HTEST_CHI2;
    if (r == 2 && c == 2) {
        const uint64_t *t = counts;
        a->has_fisher = 1;
        a->fisher.method = CT_HTEST_FISHER;
        a->fisher.statistic =
            t[1] && t[2] ? (double)t[0] * (double)t[3] / ((double)t[1] * (double)t[2]) : INFINITY;
        a->fisher.p = ct_htest_fisher_2x2(t[0], t[1], t[2], t[3]);
        if (isinf(a->fisher.statistic))
            a->fisher.undefined = "infinite: an off-diagonal cell is 0, so one combination never "
                                  "occurs (scipy: an infinite odds ratio)";
        if (!a->expected_ok)
            a->chosen = CT_HTEST_FISHER;
    } else if (!a->expected_ok) {
        a->has_mc = 1;
        ct_status ms = mc_pvalue(counts, r, c, N, x2, &a->chi2_mc);
        if (ms != CT_OK) {
            ct_htest_assoc_free(a);
            return ct_diag_set(diag, ms, NULL, 0, 0, "out of memory");
        }
        a->chosen = CT_HTEST_CHI2_MC;
    }
    a->primary = a->chosen == CT_HTEST_FISHER    ? a->fisher
                 : a->chosen == CT_HTEST_CHI2_MC ? a->chi2_mc
                                                 : a->chi2;
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
    htest_groups rg, cg = {0};
    if ((s = htest_groups_find(f, row, &cols[0], &rg, diag)))
        return s;
    if ((s = htest_groups_find(f, col, &cols[1], &cg, diag))) {
        htest_groups_free(&rg);
        return s;
    }
    const int32_t *ra = rg.code, *ca = cg.code;
    const char *const *rn = rg.names, *const *cn = cg.names;
    const size_t nr = ct_frame_nrows(f), R = rg.L, C = cg.L;
    uint64_t dropped = 0;
    uint8_t *drop = htest_drop_mask(f, cols, 2, o->dropna, &dropped);
    uint64_t *full = ct_calloc(R * C + 1, sizeof *full);
    uint64_t *rcount = ct_calloc(R + C + 2, sizeof *rcount),
             *ccount = rcount ? rcount + R + 1 : NULL;
    size_t *ro = ct_calloc(R + 1, sizeof *ro), *co = ct_calloc(C + 1, sizeof *co);
    const char **rl = ct_calloc(R + 1, sizeof *rl), **cl = ct_calloc(C + 1, sizeof *cl);
    uint64_t *tab = ct_calloc(R * C + 1, sizeof *tab);
    ct_htest_assoc *a = NULL;
    if (!drop || !full || !rcount || !ro || !co || !rl || !cl || !tab) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if ((s = htest_all_dropped(f, cols, o->dropna, dropped, diag)))
        goto done;
    for (size_t i = 0; i < nr; i++)
        if (!drop[i]) {
            full[(size_t)ra[i] * C + (size_t)ca[i]]++;
            rcount[ra[i]]++;
            ccount[ca[i]]++;
        }
    const size_t kr = htest_observed_sorted(&rg, rcount, ro),
                 kc = htest_observed_sorted(&cg, ccount, co);
    if (kr == (size_t)-1 || kc == (size_t)-1) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if (kr < 2 || kc < 2) {
        s = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                        "column '%s' has only %zu value%s among the rows used; a test of "
                        "association needs at least two in each column",
                        kr < 2 ? row : col, kr < 2 ? kr : kc, (kr < 2 ? kr : kc) == 1 ? "" : "s");
        if (diag && (kr < 2 ? kr : kc) == 1) { /* the cause, as the comparison's one group */
            diag->kind = CT_DIAG_CAUSE_ONE_GROUP;
            snprintf(diag->cause_column, sizeof diag->cause_column, "%s", kr < 2 ? row : col);
            snprintf(diag->cause_value, sizeof diag->cause_value, "%s",
                     kr < 2 ? rn[ro[0]] : cn[co[0]]);
            diag->cause_rows = (uint64_t)(nr - dropped);
        }
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
        a->row = htest_dupstr(row);
        a->col = htest_dupstr(col);
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
    htest_groups_free(&rg);
    htest_groups_free(&cg);
    ct_free(rl);
    ct_free(cl);
    ct_free(tab);
    *out = a;
    return s;
}
