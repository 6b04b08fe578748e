/* test_htest.c — hypothesis tests against scipy 1.10.1 / statsmodels 0.13.5.
 * Every reference value is pasted from the Python call in the comment above
 * it (run with /usr/bin/python3), never from our own output. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOL 1e-9      /* small synthetic samples: closed forms agree closely */
#define TOL_DONE 1e-6 /* the "done when" tolerance on the real file */

static const double X[] = {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 6.1, 3.9, 4.0};
static const double Y[] = {5.5, 6.2, 4.9, 7.1, 6.6, 5.0, 8.3, 5.9};
static const double Z[] = {3.0, 3.1, 2.2, 4.8, 3.9, 4.1, 5.0, 3.6, 2.9};

static ct_htest_compare *compare(const double *const *x, const size_t *n, size_t k)
{
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    ct_diag d;
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, k, &o, &r, &d), CT_OK);
    return r;
}

static void test_two_groups(void **state)
{
    (void)state;
    const double *x[] = {X, Y};
    const size_t n[] = {10, 8};
    ct_htest_compare *r = compare(x, n, 2);
    /* scipy.stats.ttest_ind(X, Y, equal_var=False) */
    assert_rel(r->welch.statistic, -4.124586598414291, TOL);
    assert_rel(r->welch.p.p, 0.0007991234314001479, TOL);
    /* scipy.stats.ttest_ind(X, Y) */
    assert_rel(r->student.statistic, -4.037831802936468, TOL);
    assert_rel(r->student.p.p, 0.0009531532330582081, TOL);
    assert_rel(r->student.df1, 16, 0);
    /* scipy.stats.mannwhitneyu(X, Y): no ties and n <= 8 -> exact */
    assert_true(r->mw_exact);
    assert_rel(r->mann_whitney.statistic, 7.0, 0);
    assert_rel(r->mann_whitney.p.p, 0.0020567667626491155, TOL);
    /* scipy.stats.levene(X, Y, center='median') */
    assert_rel(r->levene.statistic, 0.2720718269623184, TOL);
    assert_rel(r->levene.p.p, 0.6090906659146504, TOL);
    /* scipy.stats.normaltest(X) */
    assert_rel(r->groups[0].normality.statistic, 0.43641268397638266, TOL);
    assert_rel(r->groups[0].normality.p.p, 0.8039595339416244, TOL);
    /* small samples, normality plausible -> Welch */
    assert_true(!r->large_samples);
    assert_int_equal(r->chosen, CT_HTEST_WELCH_T);
    assert_true(r->reject);
    /* rank-biserial r = 2 U1 / (n1 n2) - 1 */
    assert_rel(r->rank_biserial, 2 * 7.0 / 80 - 1, TOL);
    /* CI contains the estimate and is symmetric about it */
    assert_true(r->diff_lo < r->mean_diff && r->mean_diff < r->diff_hi);
    assert_rel(r->mean_diff - r->diff_lo, r->diff_hi - r->mean_diff, 1e-12);
    /* 8 values are fewer than the 10 a headline needs (base/headline.h):
     * the sentence does not call the gap more than chance */
    char *buf = ct_htest_text_compare_decision(r, NULL);
    assert_non_null(strstr(buf, "We cannot tell whether the measure differs between '1' and '2'"));
    assert_non_null(strstr(buf, "'2' has only 8 rows, fewer than the 10 a conclusion needs"));
    assert_null(strstr(buf, "unlikely to be chance"));
    assert_null(strstr(buf, "p =")); /* p-values are for the data team's line */
    ct_free(buf);
    ct_htest_compare_free(r);

    /* 30 values each: the gap is named, with its size in words */
    double lo30[30], hi30[30];
    for (int i = 0; i < 30; i++) {
        lo30[i] = i;
        hi30[i] = i + 20;
    }
    const double *x30[] = {lo30, hi30};
    const size_t n30[] = {30, 30};
    r = compare(x30, n30, 2);
    assert_true(r->reject);
    buf = ct_htest_text_compare_decision(r, NULL);
    assert_non_null(strstr(buf, "lower for '1' than for '2'"));
    assert_non_null(strstr(buf, "unlikely to be chance"));
    assert_non_null(strstr(buf, "Hedges' g")); /* the size of the effect, in words */
    assert_null(strstr(buf, "p ="));
    ct_free(buf);
    ct_htest_compare_free(r);
}

static void test_mwu_exact_unbalanced_and_ties(void **state)
{
    (void)state;
    /* scipy.stats.mannwhitneyu([0.5, 1.7, 2.2, 9.1, 3.3], [i + 0.25 for i in range(30)]) */
    double a[] = {0.5, 1.7, 2.2, 9.1, 3.3}, b[30];
    for (int i = 0; i < 30; i++)
        b[i] = i + 0.25;
    const double *x[] = {a, b};
    const size_t n[] = {5, 30};
    ct_htest_compare *r = compare(x, n, 2);
    assert_true(r->mw_exact);
    assert_rel(r->mann_whitney.statistic, 18.0, 0);
    assert_rel(r->mann_whitney.p.p, 0.004737672194977697, TOL);
    ct_htest_compare_free(r);
    /* scipy.stats.mannwhitneyu([1,2,2,3,3,3,4,5,5,6], [3,4,4,5,6,6,7,7,8,9,9]):
     * ties -> normal approximation with tie correction and continuity */
    const double c[] = {1, 2, 2, 3, 3, 3, 4, 5, 5, 6}, d[] = {3, 4, 4, 5, 6, 6, 7, 7, 8, 9, 9};
    const double *y[] = {c, d};
    const size_t m[] = {10, 11};
    r = compare(y, m, 2);
    assert_true(!r->mw_exact);
    assert_rel(r->mann_whitney.statistic, 15.5, 0);
    assert_rel(r->mann_whitney.p.p, 0.005625214779700691, TOL);
    ct_htest_compare_free(r);
    /* scipy.stats.kruskal(c, d, [2, 2, 3, 9]) */
    const double e[] = {2, 2, 3, 9};
    const double *z[] = {c, d, e};
    const size_t k[] = {10, 11, 4};
    r = compare(z, k, 3);
    assert_rel(r->kruskal.statistic, 7.954962076701217, TOL);
    assert_rel(r->kruskal.p.p, 0.01873276707818484, TOL);
    ct_htest_compare_free(r);
}

static void test_k_groups(void **state)
{
    (void)state;
    const double *x[] = {X, Y, Z};
    const size_t n[] = {10, 8, 9};
    ct_htest_compare *r = compare(x, n, 3);
    /* scipy.stats.f_oneway(X, Y, Z) */
    assert_rel(r->anova.statistic, 12.916320958612697, TOL);
    assert_rel(r->anova.p.p, 0.0001557284473305175, TOL);
    /* statsmodels.stats.oneway.anova_oneway([X, Y, Z], use_var='unequal') */
    assert_rel(r->welch_anova.statistic, 13.58268908841045, TOL);
    assert_rel(r->welch_anova.df2, 15.498913166383703, TOL);
    assert_rel(r->welch_anova.p.p, 0.00039090701808758033, TOL);
    /* scipy.stats.kruskal(X, Y, Z) */
    assert_rel(r->kruskal.statistic, 12.885126077513066, TOL);
    assert_rel(r->kruskal.p.p, 0.0015923202674733034, TOL);
    /* scipy.stats.levene(X, Y, Z, center='median') */
    assert_rel(r->levene.statistic, 0.5197892140374489, TOL);
    assert_rel(r->levene.p.p, 0.6011886154663262, TOL);
    assert_int_equal(r->chosen, CT_HTEST_WELCH_ANOVA);
    assert_true(isnan(r->welch.statistic));
    ct_htest_compare_free(r);
}

/* Large groups, one of them constant: Welch's ANOVA has an infinite weight
 * n/s^2 (statsmodels anova_oneway(use_var='unequal') returns nan), so it
 * cannot be the chosen test; Kruskal-Wallis is, and says why. With
 * a = (7i mod 30), b = 5 (x30), c = (11i mod 30) + 10, i = 0..29:
 * scipy.stats.kruskal(a, b, c) = (52.52939072715053, 3.920917773740138e-12).
 * Two constant, equal groups: Welch's t is undefined, Mann-Whitney p = 1
 * (scipy.stats.mannwhitneyu([3]*40, [3]*40)). Before, the undefined Welch
 * test was chosen and nothing was decided. */
static void test_undefined_welch_not_chosen(void **state)
{
    (void)state;
    double a[30], b[30], c[30];
    for (int i = 0; i < 30; i++) {
        a[i] = (i * 7) % 30;
        b[i] = 5;
        c[i] = (i * 11) % 30 + 10;
    }
    const double *x[] = {a, b, c};
    const size_t n[] = {30, 30, 30};
    ct_htest_compare *r = compare(x, n, 3);
    assert_true(r->large_samples);
    assert_true(isnan(r->welch_anova.p.p));
    assert_int_equal(r->chosen, CT_HTEST_KRUSKAL);
    assert_rel(r->primary.statistic, 52.52939072715053, TOL);
    assert_rel(r->primary.p.p, 3.920917773740138e-12, TOL);
    assert_true(r->reject);
    assert_non_null(strstr(r->chosen_reason, "Welch's ANOVA is undefined"));
    ct_htest_compare_free(r);

    double e[40], f[40];
    for (int i = 0; i < 40; i++)
        e[i] = f[i] = 3;
    const double *y[] = {e, f};
    const size_t m[] = {40, 40};
    r = compare(y, m, 2);
    assert_true(isnan(r->welch.p.p));
    assert_int_equal(r->chosen, CT_HTEST_MANN_WHITNEY);
    assert_rel(r->primary.p.p, 1, 0);
    assert_false(r->reject);
    assert_non_null(strstr(r->chosen_reason, "Welch's t is undefined"));
    ct_htest_compare_free(r);

    /* every value equal: no test has a value; the sentence says so in
     * grammatical English (it read "The Welch's ANOVA cannot ...") */
    const double *w[] = {e, f, e};
    const size_t nw[] = {40, 40, 40};
    r = compare(w, nw, 3);
    assert_true(isnan(r->primary.p.p));
    char *dec = ct_htest_text_compare_decision(r, NULL);
    assert_non_null(strstr(dec, "The chosen test, Welch's ANOVA, cannot decide anything here"));
    ct_free(dec);
    ct_htest_compare_free(r);

    /* the ordinary choice keeps its reason */
    const double *z[] = {a, c};
    const size_t nz[] = {30, 30};
    r = compare(z, nz, 2);
    assert_int_equal(r->chosen, CT_HTEST_WELCH_T);
    assert_string_equal(r->chosen_reason, "large samples; does not assume equal variances");
    ct_htest_compare_free(r);
}

static void test_compare_errors(void **state)
{
    (void)state;
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    ct_diag d;
    const double *x[] = {X, Y};
    const size_t n1[] = {0, 8}; /* one value is compared since 2026-12-06; none is refused */
    assert_int_equal(ct_htest_compare_groups(x, n1, NULL, 2, &o, &r, &d), CT_EDATA);
    assert_null(r);
    const size_t n[] = {10, 8};
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, 1, &o, &r, &d), CT_EINVAL);
    o.alpha = 1.5;
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, 2, &o, &r, &d), CT_EINVAL);
    assert_non_null(ct_htest_options_check(&o));
    o = ct_htest_options_default();
    assert_null(ct_htest_options_check(&o));
    /* allocation failures are reported, never crash or leak */
    for (long k = 0; k < 40; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_htest_compare_groups(x, n, NULL, 2, &o, &r, &d);
        ct_alloc_fail_after(-1);
        if (s == CT_OK) {
            ct_htest_compare_free(r);
            break;
        }
        assert_int_equal(s, CT_ENOMEM);
        assert_null(r);
    }
}

/* McNemar's exact test on discordant counts (since 2026-12-07: the
 * report's paired test of the day's claims). References:
 * statsmodels.stats.contingency_tables.mcnemar([[100, b], [c, 50]],
 * exact=True).pvalue (the table [[a, b], [c, d]]) for (b, c) = (3, 0),
 * (2, 0), (10, 2), (30, 12), (40, 1), (200, 150), (2000, 1500); for
 * (2000, 0), below a double's range, log10 p = log10(2 x 2^-2000) =
 * -1999 * math.log10(2). */
static void test_mcnemar_exact(void **state)
{
    (void)state;
    assert_rel(ct_htest_mcnemar_exact(3, 0).p, 0.25, TOL);
    assert_rel(ct_htest_mcnemar_exact(0, 3).p, 0.25, TOL);
    assert_rel(ct_htest_mcnemar_exact(2, 0).p, 0.5, TOL);
    assert_rel(ct_htest_mcnemar_exact(10, 2).p, 0.03857421875, TOL);
    assert_rel(ct_htest_mcnemar_exact(30, 12).p, 0.007915897334896727, TOL);
    assert_rel(ct_htest_mcnemar_exact(40, 1).p, 3.8198777474462986e-11, TOL);
    assert_rel(ct_htest_mcnemar_exact(200, 150).p, 0.008720036530555943, TOL);
    assert_rel(ct_htest_mcnemar_exact(2000, 1500).p, 2.942363832253349e-17, TOL);
    assert_rel(ct_htest_mcnemar_exact(2000, 0).log10p, -601.7589613322984, TOL);
    assert_rel(ct_htest_mcnemar_exact(0, 0).p, 1, 0);
    assert_rel(ct_htest_mcnemar_exact(5, 5).p, 1, 0);
    assert_true(isnan(ct_htest_mcnemar_exact(UINT32_MAX, 1).p));
}

/* Wilcoxon's signed-rank test (since 2026-12-07: the report's paired test
 * of each claim's wait). References, scipy 1.10: scipy.stats.wilcoxon(d)
 * for the exact case (10 differences, no zero, no tie: R- = 14, p =
 * 0.193359375) and for zeros (its normal approximation: 0.2626182904425206);
 * with ties, scipy.stats.wilcoxon(d, method='approx') (0.03617080275646433;
 * scipy 1.10's default counts the exact distribution with half ranks
 * truncated, 0.0371, which is no null distribution under ties); 60
 * differences, np.round(np.sin(np.arange(1, 61)) * 100 + 20, 3): statistic
 * 584, p = 0.014822355953141709; np.arange(1, 201): 1.4361464127613523e-34. */
static void test_signed_rank(void **state)
{
    (void)state;
    ct_htest_signed_rank_result r;
    const double ex[] = {1.5, -0.5, 3, 4, -2.25, 6, 7.5, 8, 9, -10};
    assert_int_equal(ct_htest_signed_rank(ex, 10, &r), CT_OK);
    assert_true(r.exact);
    assert_rel(r.statistic, 14, 0);
    assert_rel(r.p.p, 0.193359375, TOL);
    const double ties[] = {1, -1, 2, 2, 3, -3, 4, 5, 5, 6};
    assert_int_equal(ct_htest_signed_rank(ties, 10, &r), CT_OK);
    assert_false(r.exact);
    assert_rel(r.statistic, 7, 0);
    assert_rel(r.p.p, 0.03617080275646433, TOL);
    const double zeros[] = {0, 1, -2, 3, 4, 0, 5, 6, 7, -8};
    assert_int_equal(ct_htest_signed_rank(zeros, 10, &r), CT_OK);
    assert_int_equal(r.n, 8);
    assert_int_equal(r.zeros, 2);
    assert_rel(r.statistic, 10, 0);
    assert_rel(r.p.p, 0.2626182904425206, TOL);
    double sn[60], up[200];
    for (int i = 0; i < 60; i++)
        sn[i] = round((sin(i + 1.0) * 100 + 20) * 1000) / 1000;
    assert_int_equal(ct_htest_signed_rank(sn, 60, &r), CT_OK);
    assert_rel(r.statistic, 584, 0);
    assert_rel(r.p.p, 0.014822355953141709, TOL);
    for (int i = 0; i < 200; i++)
        up[i] = i + 1;
    assert_int_equal(ct_htest_signed_rank(up, 200, &r), CT_OK);
    assert_rel(r.p.p, 1.4361464127613523e-34, 1e-9);
    const double none[] = {0, 0};
    assert_int_equal(ct_htest_signed_rank(none, 2, &r), CT_OK);
    assert_true(isnan(r.p.p));
    const double bad[] = {1, NAN};
    assert_int_equal(ct_htest_signed_rank(bad, 2, &r), CT_EINVAL);
}

/* The hypergeometric upper tail (since 2026-12-07: the report's test of
 * the queue's first day against random order). References:
 * scipy.stats.hypergeom.sf(k - 1, M, n, N) and logsf / ln 10 for (k, M, n,
 * N) = (3, 20, 10, 4), (10, 100, 30, 20), (2, 10, 3, 5), (480, 19084,
 * 9608, 480), (300, 19084, 9608, 300), (2000, 19084, 9608, 2000) and
 * (1900, 19084, 9608, 2000). */
static void test_hypergeom_sf(void **state)
{
    (void)state;
    assert_rel(ct_htest_hypergeom_sf(3, 20, 10, 4).p, 0.2910216718266254, TOL);
    assert_rel(ct_htest_hypergeom_sf(10, 100, 30, 20).p, 0.0306964293543367, TOL);
    assert_rel(ct_htest_hypergeom_sf(2, 10, 3, 5).p, 0.5, TOL);
    assert_rel(ct_htest_hypergeom_sf(480, 19084, 9608, 480).p, 1.9762525890253001e-146, 1e-9);
    assert_rel(ct_htest_hypergeom_sf(480, 19084, 9608, 480).log10p, -145.7041575481096, 1e-9);
    assert_rel(ct_htest_hypergeom_sf(300, 19084, 9608, 300).p, 3.684930232547947e-91, 1e-9);
    /* below a double's range: log10 from the log-space sum, as
     * scipy.stats.hypergeom.logsf(k - 1, ...) / ln 10 */
    assert_rel(ct_htest_hypergeom_sf(2000, 19084, 9608, 2000).p, 0, 0);
    assert_rel(ct_htest_hypergeom_sf(2000, 19084, 9608, 2000).log10p, -646.2764332049752, 1e-9);
    assert_rel(ct_htest_hypergeom_sf(1900, 19084, 9608, 2000).log10p, -466.19662998981056, 1e-9);
    assert_rel(ct_htest_hypergeom_sf(0, 20, 10, 4).p, 1, 0);
    assert_rel(ct_htest_hypergeom_sf(5, 20, 10, 4).p, 0, 0);
    assert_true(isnan(ct_htest_hypergeom_sf(1, 20, 21, 4).p));
}

static void test_fisher_chi2(void **state)
{
    (void)state;
    /* scipy.stats.fisher_exact([[3,1],[1,3]]), ([[8,2],[1,5]]), ([[10,0],[0,10]]), ([[2,7],[8,2]]) */
    assert_rel(ct_htest_fisher_2x2(3, 1, 1, 3).p, 0.48571428571428565, TOL);
    assert_rel(ct_htest_fisher_2x2(8, 2, 1, 5).p, 0.034965034965034975, TOL);
    assert_rel(ct_htest_fisher_2x2(10, 0, 0, 10).p, 1.082508822446903e-05, TOL);
    assert_rel(ct_htest_fisher_2x2(2, 7, 8, 2).p, 0.02301413756522116, TOL);
    assert_rel(ct_htest_fisher_2x2(0, 0, 3, 4).p, 1, 0);

    ct_htest_options o = ct_htest_options_default();
    ct_htest_assoc *a = NULL;
    ct_diag d;
    const uint64_t t[] = {8, 2, 1, 5};
    assert_int_equal(ct_htest_assoc_table(t, 2, 2, NULL, NULL, &o, &a, &d), CT_OK);
    /* scipy.stats.chi2_contingency([[8,2],[1,5]]) and correction=False */
    assert_true(a->yates_applied);
    assert_rel(a->chi2.statistic, 3.8095238095238093, TOL);
    assert_rel(a->chi2.p.p, 0.050961936967763424, TOL);
    assert_rel(a->chi2_uncorrected.statistic, 6.112169312169312, TOL);
    assert_rel(a->chi2_uncorrected.p.p, 0.013425424881491248, TOL);
    assert_rel(a->expected[0], 5.625, TOL);
    /* expected counts 4.375, 3.375 and 2.625 < 5: Fisher is chosen */
    assert_int_equal(a->cells_below, 3);
    assert_true(!a->expected_ok);
    assert_int_equal(a->chosen, CT_HTEST_FISHER);
    assert_rel(a->fisher.statistic, 20.0, TOL);
    assert_rel(a->primary.p.p, 0.034965034965034975, TOL);
    ct_htest_assoc_free(a);

    /* scipy.stats.chi2_contingency([[10,20,30],[15,15,15],[30,20,5]]) */
    const uint64_t u[] = {10, 20, 30, 15, 15, 15, 30, 20, 5};
    assert_int_equal(ct_htest_assoc_table(u, 3, 3, NULL, NULL, &o, &a, &d), CT_OK);
    assert_true(!a->yates_applied && !a->has_fisher);
    assert_rel(a->chi2.statistic, 27.548209366391184, TOL);
    assert_rel(a->chi2.p.p, 1.5398680739545727e-05, TOL);
    assert_rel(a->chi2.df1, 4, 0);
    assert_true(!a->has_mc && a->chosen == CT_HTEST_CHI2);
    /* Cramer's V = sqrt(27.548 / (210 * 2)) = 0.2561 against the cuts
     * 0.1, 0.3, 0.5 over sqrt(2), said in four digits ("medium 0.21" for
     * 0.2121 before 2026-12-03) */
    const ct_htest_text_options to = ct_htest_text_options_default();
    char *dec = ct_htest_text_assoc_decision(a, &to);
    assert_non_null(dec);
    assert_non_null(strstr(dec, "small from 0.07071, medium 0.2121, large 0.3536"));
    ct_free(dec);
    ct_htest_assoc_free(a);

    /* a 2×3 table failing Cochran's rule: the p-value simulated from 2,000
     * tables with its margins. The exact conditional p (every table with
     * margins (7, 5) x (6, 3, 3) enumerated, hypergeometric weights, X² >=
     * the observed 3.0857) is 0.431818...; the simulation's standard error
     * is 0.011, so 4 of them is the bound; the same p every time */
    const uint64_t m[] = {5, 1, 1, 1, 2, 2};
    assert_int_equal(ct_htest_assoc_table(m, 2, 3, NULL, NULL, &o, &a, &d), CT_OK);
    assert_true(!a->expected_ok && a->has_mc && a->chosen == CT_HTEST_CHI2_MC);
    assert_true(fabs(a->primary.p.p - 0.4318181818181818) < 0.044);
    assert_rel(a->chi2_mc.statistic, a->chi2_uncorrected.statistic, 0);
    const double p1 = a->primary.p.p;
    ct_htest_assoc_free(a);
    assert_int_equal(ct_htest_assoc_table(m, 2, 3, NULL, NULL, &o, &a, &d), CT_OK);
    assert_true(a->primary.p.p == p1);
    ct_htest_assoc_free(a);

    const uint64_t z[] = {3, 0, 4, 0};
    assert_int_equal(ct_htest_assoc_table(z, 2, 2, NULL, NULL, &o, &a, &d), CT_EDATA);
    assert_null(a);
}

static const char SMALL_CSV[] = "g,h,v,w\n"
                                "a,x,1,1\n"
                                "a,y,2,\n"
                                "b,x,3,1\n"
                                "b,y,4,1\n"
                                "b,x,5,1\n"
                                "a,y,6,1\n"
                                ",x,7,1\n";

static void test_frame_errors_and_dropna(void **state)
{
    (void)state;
    ct_load_options lo = ct_load_options_default();
    lo.use_schema = 0;
    ct_frame *f = ct_test_load(SMALL_CSV, &lo, CT_OK, NULL);
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    ct_diag d;
    /* drop rows missing any column: rows 2 and 7 go */
    assert_int_equal(ct_htest_compare_frame(f, "v", "g", &o, &r, &d), CT_OK);
    assert_int_equal(r->n, 5);
    assert_int_equal(r->rows_dropped, 2);
    assert_string_equal(r->groups[0].label, "a");
    assert_int_equal(r->groups[0].n, 2);
    ct_htest_compare_free(r);
    o.dropna = CT_HTEST_DROP_USED; /* only g and v count: row 2 stays */
    assert_int_equal(ct_htest_compare_frame(f, "v", "g", &o, &r, &d), CT_OK);
    assert_int_equal(r->n, 6);
    ct_htest_compare_free(r);
    o = ct_htest_options_default();
    assert_int_equal(ct_htest_compare_frame(f, "nope", "g", &o, &r, &d), CT_ECOLUMN);
    assert_non_null(strstr(d.message, "nope"));
    assert_int_equal(ct_htest_compare_frame(f, "g", "h", &o, &r, &d), CT_ETYPE);
    assert_non_null(strstr(d.message, "not numeric"));
    ct_htest_assoc *a = NULL;
    assert_int_equal(ct_htest_assoc_frame(f, "g", "h", &o, &a, &d), CT_OK);
    assert_int_equal(a->n, 5);
    assert_int_equal(a->counts[0], 1); /* a, x */
    ct_htest_assoc_free(a);
    ct_frame_destroy(f);

    f = ct_test_load("g,v\na,1\na,2\na,3\n", &lo, CT_OK, NULL);
    assert_int_equal(ct_htest_compare_frame(f, "v", "g", &o, &r, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "only one group"));
    ct_frame_destroy(f);
}

/* An integer code as groups (pandas groups any column): groups ordered by
 * value, not by text (10 after 9), named by the value; a float or an
 * integer column with more than 100 values is refused. Reference: scipy
 * 1.10.1, stats.kruskal([5.0,6.5,5.5],[1.5,2.5,2.0],[3.5,4.0,3.0]):
 * the groups -1, 9, 10. */
static void test_integer_groups(void **state)
{
    (void)state;
    ct_load_options lo = ct_load_options_default();
    lo.use_schema = 0;
    ct_frame *f = ct_test_load("g,v,x,k\n"
                               "9,1.5,0.5,1\n10,3.5,1.5,2\n-1,5.0,2.5,3\n"
                               "9,2.5,3.5,4\n10,4.0,4.5,5\n-1,6.5,5.5,6\n"
                               "9,2.0,6.5,7\n10,3.0,7.5,8\n-1,5.5,8.5,9\n",
                               &lo, CT_OK, NULL);
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    ct_diag d;
    assert_int_equal(ct_htest_compare_frame(f, "v", "g", &o, &r, &d), CT_OK);
    assert_int_equal(r->ngroups, 3);
    assert_string_equal(r->groups[0].label, "-1");
    assert_string_equal(r->groups[1].label, "9");
    assert_string_equal(r->groups[2].label, "10");
    assert_int_equal(r->groups[1].n, 3);
    assert_true(fabs(r->kruskal.statistic - 7.200000000000003) < 1e-12);
    assert_true(fabs(r->kruskal.p.p - 0.02732372244729252) < 1e-14);
    ct_htest_compare_free(r);
    ct_htest_assoc *a = NULL;
    assert_int_equal(ct_htest_assoc_frame(f, "g", "g", &o, &a, &d), CT_OK);
    assert_int_equal(a->n, 9);
    ct_htest_assoc_free(a);
    assert_int_equal(ct_htest_compare_frame(f, "v", "x", &o, &r, &d), CT_ETYPE);
    assert_non_null(strstr(d.message, "not categorical"));
    ct_frame_destroy(f);

    char csv[4096] = "g,v\n";
    for (int i = 0; i < 101; i++)
        snprintf(csv + strlen(csv), sizeof csv - strlen(csv), "%d,%d\n", i, i % 7);
    f = ct_test_load(csv, &lo, CT_OK, NULL);
    assert_int_equal(ct_htest_compare_frame(f, "v", "g", &o, &r, &d), CT_ETYPE);
    assert_non_null(strstr(d.message, "101 distinct values"));
    ct_frame_destroy(f);
}

/* The "done when": the real file after pandas df.dropna() (19,084
 * rows), reference values from
 *   d = pd.read_csv(path).dropna()
 *   a = d.loc[d.verified_status == "not verified", "video_view_count"]
 *   b = d.loc[d.verified_status == "verified", "video_view_count"]
 * with scipy 1.10.1 (bench/htest_peer.py recomputes them). */
static void test_real_file(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path) {
        skip();
        return;
    }
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = NULL;
    ct_diag d;
    assert_int_equal(ct_frame_load(path, &lo, &f, NULL, &d), CT_OK);
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    assert_int_equal(ct_htest_compare_frame(f, "video_view_count", "verified_status", &o, &r, &d),
                     CT_OK);
    assert_int_equal(r->n, 19084);
    assert_string_equal(r->groups[0].label, "not verified");
    assert_int_equal(r->groups[0].n, 17884);
    assert_int_equal(r->groups[1].n, 1200);
    /* st.ttest_ind(a, b, equal_var=False) */
    assert_rel(r->welch.statistic, 25.499441780633777, TOL_DONE);
    assert_rel(r->welch.p.p, 2.6088823687177823e-120, TOL_DONE);
    /* va, vb = a.var(ddof=1)/len(a), b.var(ddof=1)/len(b);
     * (va+vb)**2 / (va**2/(len(a)-1) + vb**2/(len(b)-1)) */
    assert_rel(r->welch.df1, 1571.1630743874202, TOL_DONE);
    /* st.ttest_ind(a, b, equal_var=True) */
    assert_rel(r->student.statistic, 18.250939509545823, TOL_DONE);
    assert_rel(r->student.p.p, 8.632160883925904e-74, TOL_DONE);
    /* st.mannwhitneyu(a, b) */
    assert_rel(r->mann_whitney.statistic, 14477078.5, TOL_DONE);
    assert_rel(r->mann_whitney.p.p, 1.9312984413553236e-91, TOL_DONE);
    /* st.levene(a, b, center='median') */
    assert_rel(r->levene.statistic, 392.01297439069697, TOL_DONE);
    assert_rel(r->levene.p.p, 2.221527997940107e-86, TOL_DONE);
    /* st.normaltest(a).statistic (p underflows to 0.0 in scipy), st.normaltest(b) */
    assert_rel(r->groups[0].normality.statistic, 2882.470335814871, TOL_DONE);
    assert_rel(r->groups[0].normality.p.log10p, -2882.470335814871 / (2 * log(10)), TOL_DONE);
    assert_rel(r->groups[1].normality.p.p, 8.1570821204894e-136, TOL_DONE);
    assert_int_equal(r->chosen, CT_HTEST_WELCH_T);
    ct_htest_compare_free(r);

    ct_htest_assoc *a = NULL;
    assert_int_equal(ct_htest_assoc_frame(f, "claim_status", "author_ban_status", &o, &a, &d),
                     CT_OK);
    /* st.chi2_contingency(pd.crosstab(d.claim_status, d.author_ban_status)):
     * (1902.5933827784893, 0.0, 2); correction=False gives the same (dof 2) */
    assert_rel(a->chi2.statistic, 1902.5933827784893, TOL_DONE);
    assert_rel(a->chi2_uncorrected.statistic, 1902.5933827784893, TOL_DONE);
    assert_rel(a->chi2.df1, 2, 0);
    assert_true(a->chi2.p.p == 0);
    /* scipy's p underflows: log10 p = -chi2 / (2 ln 10) exactly for dof 2 */
    assert_rel(a->chi2.p.log10p, -1902.5933827784893 / (2 * log(10)), 1e-12);
    assert_int_equal(a->counts[1], 1439); /* claim, banned */
    ct_htest_assoc_free(a);

    assert_int_equal(ct_htest_assoc_frame(f, "claim_status", "verified_status", &o, &a, &d), CT_OK);
    /* st.chi2_contingency(pd.crosstab(d.claim_status, d.verified_status)) and correction=False */
    assert_rel(a->chi2.statistic, 554.0240857139472, TOL_DONE);
    assert_rel(a->chi2.p.p, 1.6772342420486568e-122, TOL_DONE);
    assert_rel(a->chi2_uncorrected.statistic, 555.4288112726199, TOL_DONE);
    assert_rel(a->chi2_uncorrected.p.p, 8.298766149192768e-123, TOL_DONE);
    assert_rel(a->chi2.df1, 1, 0);
    /* st.fisher_exact(pd.crosstab(d.claim_status, d.verified_status)) */
    assert_rel(a->fisher.statistic, 5.2523924854725337, TOL_DONE);
    assert_rel(a->fisher.p.p, 2.9919767228688311e-132, TOL_DONE);
    ct_htest_assoc_free(a);
    ct_frame_destroy(f);
}

/* The decision names what the rows are: "rows" by default, the caller's
 * word otherwise (the reports file's "videos" comes from app/). */
static void test_sentence_units(void **state)
{
    (void)state;
    const uint64_t t[4] = {90, 10, 20, 80};
    const char *rl[] = {"claim", "opinion"}, *cl[] = {"banned", "active"};
    ct_htest_options o = ct_htest_options_default();
    ct_htest_assoc *a = NULL;
    assert_int_equal(ct_htest_assoc_table(t, 2, 2, rl, cl, &o, &a, NULL), CT_OK);
    char *buf = ct_htest_text_assoc_decision(a, NULL);
    assert_non_null(strstr(buf, "of 'banned' rows but"));
    ct_free(buf);
    ct_htest_text_options to = ct_htest_text_options_default();
    assert_null(ct_htest_text_options_check(&to));
    to.unit_plural = "videos";
    buf = ct_htest_text_assoc_decision(a, &to);
    assert_non_null(strstr(buf, "of 'banned' videos but"));
    assert_null(strstr(buf, "rows"));
    ct_free(buf);
    to.unit_plural = "";
    assert_non_null(ct_htest_text_options_check(&to));
    buf = ct_htest_text_assoc_summary(a);
    assert_non_null(strstr(buf, "Cramer's V"));
    ct_free(buf);
    ct_htest_assoc_free(a);
}

/* FC16: both groups constant with different values (scipy 1.10.1 on
 * ../shared/cases/FC16/input.csv): ttest_ind(equal_var=False) and Student's
 * give t = inf, p = 0; mannwhitneyu U 108, p 9.391579956570258e-06;
 * levene(center='median') nan: undefined, never "variances differ". */
static void test_fc16_constant_groups(void **state)
{
    (void)state;
    const char *dir = getenv("CLAIMTRIAGE_CASES");
    char path[1024];
    snprintf(path, sizeof path, "%s/FC16/input.csv", dir ? dir : "");
    FILE *fp = dir ? fopen(path, "r") : NULL;
    if (!fp) {
        fprintf(stderr, "SKIP: case FC16 not found (set CLAIMTRIAGE_CASES)\n");
        skip();
    }
    fclose(fp);
    ct_frame *f = NULL;
    ct_load_options lo = ct_load_options_default();
    lo.schema = ct_reports_schema();
    assert_int_equal(ct_frame_load(path, &lo, &f, NULL, NULL), CT_OK);
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    assert_int_equal(ct_htest_compare_frame(f, "video_view_count", "verified_status", &o, &r, NULL),
                     CT_OK);
    assert_true(isinf(r->welch.statistic) && r->welch.statistic > 0);
    assert_true(r->welch.p.p == 0);
    assert_true(isnan(r->welch.df1)); /* Welch-Satterthwaite 0/0: undefined */
    assert_non_null(r->welch.undefined);
    assert_true(isinf(r->student.statistic) && r->student.p.p == 0);
    assert_rel(r->mann_whitney.statistic, 108, 0);
    assert_rel(r->mann_whitney.p.p, 9.391579956570258e-06, 1e-6);
    assert_true(isnan(r->levene.statistic) && isnan(r->levene.p.p));
    assert_non_null(r->levene.undefined);
    assert_int_equal(r->variances_equal, -1);
    assert_true(isnan(r->hedges_g));
    assert_non_null(r->hedges_undefined);
    assert_int_equal(r->chosen, CT_HTEST_MANN_WHITNEY);
    assert_true(r->reject);
    char *t = ct_htest_text_compare_summary(r);
    assert_null(strstr(t, "nan"));
    assert_non_null(strstr(t, "Welch t p = 0"));
    ct_free(t);
    ct_htest_compare_free(r);
    /* all values tied: scipy's mannwhitneyu p = 1, t undefined */
    const double a[] = {5, 5, 5, 5}, b[] = {5, 5, 5};
    const double *x[] = {a, b};
    const size_t n[] = {4, 3};
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, 2, &o, &r, NULL), CT_OK);
    assert_true(isnan(r->welch.statistic) && r->welch.undefined);
    assert_rel(r->mann_whitney.p.p, 1.0, 0);
    assert_false(r->reject);
    ct_htest_compare_free(r);
    ct_frame_destroy(f);
}

/* Mann-Whitney's U1 in the data-team sentence as the tests table prints it:
 * "%.6g" read "U1 = 1.96875e+06" for a U of 1,968,750 (2026-12-03). The
 * method is set by hand after the computation: what is tested is the
 * sentence's number, not the choice. */
static void test_sentence_large_u(void **state)
{
    (void)state;
    enum { N = 1500 };
    static double a[N], b[N];
    for (int i = 0; i < N; i++) {
        a[i] = i + 750;
        b[i] = i;
    }
    const double *x[] = {a, b};
    const size_t n[] = {N, N};
    const ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *r = NULL;
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, 2, &o, &r, NULL), CT_OK);
    assert_rel(r->mann_whitney.statistic, 1968750, 0); /* scipy 1.10 mannwhitneyu */
    r->chosen = CT_HTEST_MANN_WHITNEY;
    char *t = ct_htest_text_compare_summary(r);
    assert_non_null(t);
    assert_non_null(strstr(t, "Mann-Whitney U1 = 1,968,750, "));
    assert_null(strstr(t, "e+0"));
    ct_free(t);
    ct_htest_compare_free(r);
}

/* Inputs the manual rules out or bounds: a NaN value (forbidden) once
 * gave CT_OK; counts whose sums wrap past 2^64 reached gsl_sf_lnchoose with
 * n < m and GSL's default error handler aborted the process; a 2x2 table
 * of more than 2^32 - 1 observations gave p = 1 (its cells truncated). */
static void test_extreme_inputs(void **state)
{
    (void)state;
    const ct_htest_options o = ct_htest_options_default();
    ct_diag d;
    const double g1[] = {1, 2, 3, 4, 5}, g2[] = {1, NAN, 3};
    const double *gx[2] = {g1, g2};
    const size_t gn[2] = {5, 3};
    const char *lab[2] = {"a", "b"};
    ct_htest_compare *c = (ct_htest_compare *)1;
    assert_int_equal(ct_htest_compare_groups(gx, gn, lab, 2, &o, &c, &d), CT_EINVAL);
    assert_null(c);
    assert_non_null(strstr(d.message, "NaN"));

    const uint64_t q = 1ull << 62;
    const uint64_t wrap[4] = {q, q, q, q};
    ct_htest_assoc *a = (ct_htest_assoc *)1;
    assert_int_equal(ct_htest_assoc_table(wrap, 2, 2, NULL, NULL, &o, &a, &d), CT_EDATA);
    assert_null(a);
    ct_pvalue p = ct_htest_fisher_2x2(q, q, q, q);
    assert_true(isnan(p.p) && isnan(p.log10p));
    p = ct_htest_fisher_2x2(1ull << 40, 3, 5, 1ull << 40);
    assert_true(isnan(p.p));
    p = ct_htest_fisher_2x2(0, 0, q, q); /* wraps too: no p, not a crash */
    assert_true(isnan(p.p));
}

/* An effect size printed on its side of the cuts: the table's 4 decimals,
 * the summary's 3, more near a cut (ct_htest_text_effect_value). */
static void test_effect_value_digits(void **state)
{
    (void)state;
    char b[64];
    ct_htest_effect e = {"Hedges' g", 0.49996, CT_HTEST_SIZE_SMALL, 0.2, 0.5, 0.8, "Cohen 1988",
                         NULL,        NAN};
    ct_htest_text_effect_value(b, sizeof b, &e, 4);
    assert_string_equal(b, "0.49996");
    {
        /* eta² past Cohen's 0.01 but at or below its chance level
         * (k-1)/(N-1) is negligible, and printed on that side of it */
        ct_htest_effect c = {"eta squared", 0.0167, CT_HTEST_SIZE_NEGLIGIBLE,
                             0.01,          0.06,   0.14,
                             "Cohen 1988",  NULL,   55. / 2950.};
        assert_int_equal(ct_htest_effect_size(&c, c.value), CT_HTEST_SIZE_NEGLIGIBLE);
        assert_int_equal(ct_htest_effect_size(&c, 0.0187), CT_HTEST_SIZE_SMALL);
        ct_htest_text_effect_value(b, sizeof b, &c, 3);
        assert_string_equal(b, "0.017");
        c.value = 0.01855;
        ct_htest_text_effect_value(b, sizeof b, &c, 3);
        assert_string_equal(b, "0.0186"); /* "0.019" would pass the chance level */
    }
    ct_htest_text_effect_value(b, sizeof b, &e, 3);
    assert_string_equal(b, "0.49996");
    e.value = -0.19996, e.size = CT_HTEST_SIZE_NEGLIGIBLE;
    ct_htest_text_effect_value(b, sizeof b, &e, 3);
    assert_string_equal(b, "-0.19996");
    e.value = 0.31234, e.size = CT_HTEST_SIZE_SMALL;
    ct_htest_text_effect_value(b, sizeof b, &e, 4);
    assert_string_equal(b, "0.3123");
    e.value = 0.49999999, e.size = CT_HTEST_SIZE_SMALL; /* past 6 decimals */
    ct_htest_text_effect_value(b, sizeof b, &e, 2);
    assert_string_equal(b, "0.49999999");
    e.value = NAN, e.size = CT_HTEST_SIZE_UNDEFINED;
    ct_htest_text_effect_value(b, sizeof b, &e, 2);
    assert_string_equal(b, "undefined");
}

/* With labels NULL the groups are "1", "2" in the messages as in the
 * result (before 2026-12-04 the messages said '?'; tester K); a NULL entry
 * in labels is CT_EINVAL, repeated labels are kept as given. */
/* A group of one row (since 2026-12-06; refused before): the rank test is
 * computed and chosen, each figure needing the group's variance is NaN with
 * CT_HTEST_ONE_ROW_UNDEFINED. scipy 1.10: mannwhitneyu([1, 2, 3], [4])
 * U = 0, p = 0.5; ttest_ind nan (both forms). */
static void test_group_of_one_row(void **state)
{
    (void)state;
    const ct_htest_options o = ct_htest_options_default();
    const double a[] = {1, 2, 3}, b[] = {4};
    const double *x[] = {a, b};
    const size_t n[] = {3, 1};
    ct_htest_compare *r = NULL;
    ct_diag d;
    assert_int_equal(ct_htest_compare_groups(x, n, NULL, 2, &o, &r, &d), CT_OK);
    assert_int_equal(r->chosen, CT_HTEST_MANN_WHITNEY);
    assert_non_null(strstr(r->chosen_reason, "group '2' has one row"));
    assert_true(r->mann_whitney.statistic == 0);
    assert_true(fabs(r->mann_whitney.p.p - 0.5) < 1e-15);
    assert_true(isnan(r->welch.p.p) && isnan(r->student.p.p) && isnan(r->hedges_g));
    assert_true(isnan(r->diff_lo) && isnan(r->diff_hi));
    assert_string_equal(r->welch.undefined, CT_HTEST_ONE_ROW_UNDEFINED);
    assert_string_equal(r->student.undefined, CT_HTEST_ONE_ROW_UNDEFINED);
    assert_string_equal(r->hedges_undefined, CT_HTEST_ONE_ROW_UNDEFINED);
    assert_string_equal(r->diff_ci_undefined, CT_HTEST_ONE_ROW_UNDEFINED);
    assert_true(r->mean_diff == -2);
    ct_htest_compare_free(r);
}

static void test_group_labels(void **state)
{
    (void)state;
    const ct_htest_options o = ct_htest_options_default();
    const double a[] = {1, 2, 3}, b[] = {4}, c[] = {4, NAN, 6};
    const double *x1[] = {a, b}, *x2[] = {a, c}, *x3[] = {a, a};
    const size_t n2[] = {3, 3};
    ct_htest_compare *r = NULL;
    ct_diag d;
    const size_t n0[] = {3, 0}, n11[] = {1, 1};
    assert_int_equal(ct_htest_compare_groups(x1, n0, NULL, 2, &o, &r, &d), CT_EDATA);
    assert_string_equal(d.message, "group '2' has no values; each group needs at least 1");
    assert_int_equal(ct_htest_compare_groups(x1, n11, NULL, 2, &o, &r, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "every group has 1 value ('1' and 1 other)"));
    assert_null(r);
    assert_int_equal(ct_htest_compare_groups(x2, n2, NULL, 2, &o, &r, &d), CT_EINVAL);
    assert_string_equal(d.message, "group '2' value 2 is NaN; drop missing values first");
    const char *const named[] = {"alpha", "beta"};
    assert_int_equal(ct_htest_compare_groups(x1, n0, named, 2, &o, &r, &d), CT_EDATA);
    assert_string_equal(d.message, "group 'beta' has no values; each group needs at least 1");
    const char *const holed[] = {"alpha", NULL};
    assert_int_equal(ct_htest_compare_groups(x3, n2, holed, 2, &o, &r, &d), CT_EINVAL);
    assert_string_equal(d.message, "group 2 has no label (NULL)");
    assert_null(r);
    const char *const same[] = {"g", "g"};
    assert_int_equal(ct_htest_compare_groups(x3, n2, same, 2, &o, &r, &d), CT_OK);
    assert_string_equal(r->groups[1].label, "g");
    ct_htest_compare_free(r);
    assert_int_equal(ct_htest_compare_groups(x3, n2, NULL, 2, &o, &r, &d), CT_OK);
    assert_string_equal(r->groups[0].label, "1");
    assert_string_equal(r->groups[1].label, "2");
    ct_htest_compare_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fc16_constant_groups),
        cmocka_unit_test(test_two_groups),
        cmocka_unit_test(test_mwu_exact_unbalanced_and_ties),
        cmocka_unit_test(test_k_groups),
        cmocka_unit_test(test_undefined_welch_not_chosen),
        cmocka_unit_test(test_compare_errors),
        cmocka_unit_test(test_fisher_chi2),
        cmocka_unit_test(test_mcnemar_exact),
        cmocka_unit_test(test_signed_rank),
        cmocka_unit_test(test_hypergeom_sf),
        cmocka_unit_test(test_extreme_inputs),
        cmocka_unit_test(test_frame_errors_and_dropna),
        cmocka_unit_test(test_integer_groups),
        cmocka_unit_test(test_real_file),
        cmocka_unit_test(test_sentence_units),
        cmocka_unit_test(test_sentence_large_u),
        cmocka_unit_test(test_effect_value_digits),
        cmocka_unit_test(test_group_labels),
        cmocka_unit_test(test_group_of_one_row),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
