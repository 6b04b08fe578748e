/* claimtriage/htest.h — hypothesis tests: comparing a numeric measure across
 * groups and the association of two categorical columns, with the method
 * chosen from checked assumptions and every figure scipy 1.10 would give.
 * Layer: stats (docs/design.md).
 *
 * Comparing groups (ct_htest_compare_*):
 *   - per group: n, mean, sd (ddof 1), median, D'Agostino–Pearson K² normality
 *     test (scipy.stats.normaltest: skewtest and kurtosistest, needs n >= 8);
 *   - Levene's test centred on the median = Brown–Forsythe
 *     (scipy.stats.levene(center='median'));
 *   - two groups (first in sorted label order = x): Welch's t with
 *     Welch–Satterthwaite dof, Student's t (pooled variance), Mann–Whitney U
 *     (scipy.stats.mannwhitneyu defaults: two-sided, continuity correction,
 *     method 'auto' = exact when a group has <= 8 values and there are no ties,
 *     else normal approximation with tie correction; U is U1 of x); the
 *     difference of means x - y with its CI (Welch–Satterthwaite), Hedges' g
 *     with a normal-approximation CI (Hedges & Olkin 1985), rank-biserial
 *     r = 2 U1 / (n1 n2) - 1 (Kerby 2014) and the common-language effect size
 *     U1 / (n1 n2);
 *   - more groups: one-way ANOVA (scipy.stats.f_oneway), Welch's ANOVA
 *     (Welch 1951), Kruskal–Wallis H with tie correction (scipy.stats.kruskal);
 *   - the method chosen: Welch's t (Welch's ANOVA) when every group is large
 *     (n >= large_n) or normality is plausible in every group (K² p >=
 *     assumption_alpha, 0.05 by default whatever the hypothesis' alpha),
 *     else Mann–Whitney U (Kruskal–Wallis); and the rank test when the
 *     preferred Welch test is undefined on the data but the rank test is
 *     not (a group constant with k > 2, both groups constant and equal, an
 *     infinite value): ct_htest_compare.chosen_reason says which rule chose.
 * Degenerate inputs follow scipy 1.10 where it defines a value: both groups
 * constant with different means give t = ±inf, p = 0 (Welch's dof set to 1,
 * as scipy does); constant and equal give NaN; every group constant around
 * its median makes Levene's W NaN (undefined, never "variances differ"), or
 * inf with p = 0 when the groups' deviations differ; all values tied give
 * Mann–Whitney p = 1 (continuity-corrected) and an undefined Kruskal–Wallis
 * H (scipy raises); ANOVA with constant groups gives inf, p = 0 (or NaN when
 * all are equal). Each such value carries its reason (ct_htest_stat.undefined).
 * Ranks come from one radix sort of all values (claimtriage/sort.h);
 * nothing is O(n^2).
 *
 * Association (ct_htest_assoc_*): the contingency table over observed levels
 * in sorted order (as pandas.crosstab), chi-square test of independence as
 * scipy.stats.chi2_contingency (Yates-corrected when dof is 1, both statistics
 * reported), expected counts and the share below min_expected (Cochran's rule:
 * adequate when no expected count < 1 and at most 20% < 5), Cramér's V from
 * the uncorrected statistic, and for 2×2 tables Fisher's exact test
 * (two-sided, as scipy.stats.fisher_exact), chosen when the expected counts
 * are not adequate. A larger table whose expected counts are not adequate
 * has no exact test in scipy; its p-value is then simulated, as R's
 * chisq.test(simulate.p.value = TRUE, B = 2000): B tables with the observed
 * margins drawn at random (the column labels of the N observations
 * shuffled, Fisher–Yates, stream CT_HTEST_MC_SEED of claimtriage/rng.h),
 * p = (1 + #{X² ≥ (1 − 64 ε) X²obs}) / (B + 1) on the uncorrected X²; the
 * same input always gives the same p.
 *
 * Missing values: with CT_HTEST_DROP_ALL (the default) a row missing any
 * column of the frame is dropped, as pandas df.dropna() in the course; with
 * CT_HTEST_DROP_USED only rows missing a column the test uses are dropped.
 *
 * The sentences that name a result are in claimtriage/htest_text.h (layer
 * report); p-values for people: ct_numfmt_pvalue (claimtriage/numfmt.h).
 *
 * Ownership: see common.h. Results are owned by the caller and freed with
 * their _free function (NULL accepted); their strings live as long as they do.
 * Thread-safety: all functions are reentrant.
 */
#ifndef CLAIMTRIAGE_HTEST_H
#define CLAIMTRIAGE_HTEST_H

#include "claimtriage/common.h"
#include "claimtriage/dist.h"
#include "claimtriage/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ct_htest_dropna {
    CT_HTEST_DROP_ALL = 0, /* rows missing any column (df.dropna()) */
    CT_HTEST_DROP_USED = 1 /* rows missing a column the test uses */
} ct_htest_dropna;

/* The smallest significance level accepted (ct_htest_options.alpha,
 * ct_regress_options.alpha; test and regress --alpha): the intervals are
 * at the level 1 − alpha, and their quantile at 1 − alpha/2 (solved on
 * its tail: (1 − conf_level)/2 in test, as scipy's lower bound, and
 * alpha/2 itself in regress, ct_logit_params.ci_alpha), both doubles
 * of about 16 significant digits; below 1e-15 the quantile's level rounds
 * to 1, or so near it that its last digit decides the bound, and the
 * intervals are infinite or undefined ("100% CI [undefined, undefined]").
 * Before 2026-12-04 the CLI took any alpha above 0, then failed after
 * reading FILE on "conf_level must be strictly between 0 and 1" when
 * 1 − alpha rounded to 1 (tests/cli/options_alpha_smallest). */
#define CT_HTEST_ALPHA_MIN 1e-15

typedef struct ct_htest_options {
    double alpha;           /* significance level in [CT_HTEST_ALPHA_MIN, 1),
                               default 0.05 */
    double conf_level;      /* confidence intervals, default 0.95 */
    size_t large_n;         /* groups this large count as "large samples", default 30 */
    double min_expected;    /* expected-count threshold, default 5 */
    double max_share_below; /* adequate when at most this share of cells is below
                             min_expected, default 0.2 */
    int continuity;         /* Mann–Whitney continuity correction, default 1 */
    int yates;              /* Yates correction for 1-dof tables, default 1 */
    ct_htest_dropna dropna; /* default CT_HTEST_DROP_ALL */
    /* appended 2026-12-05: the level of the assumption pre-tests that pick
     * the method (K² normality per group) and of Levene's verdict on the
     * variances, in (0, 1), default CT_HTEST_ASSUMPTION_ALPHA whatever
     * alpha is: a stricter alpha for the hypothesis must not loosen the
     * check of an assumption (before, both used alpha, and at alpha 0.001 a
     * group with K² p = 0.0024 was "normality plausible", picking Welch's t
     * where the default picked Mann–Whitney U:
     * tests/cli/test_assumption_level_fixed) */
    double assumption_alpha;
} ct_htest_options;

/* The level of the assumption checks (ct_htest_options.assumption_alpha,
 * and regress's Box–Tidwell linearity: ct_regress_options) unless set
 * otherwise: the usual 5%, independent of the hypothesis' alpha. */
#define CT_HTEST_ASSUMPTION_ALPHA 0.05

/* The reason a figure needing a group's variance carries when a group has
 * one row (Student's and Welch's t, Welch's ANOVA, Hedges' g, the mean
 * difference's CI): scipy 1.10 returns nan for them. Added 2026-12-06. */
#define CT_HTEST_ONE_ROW_UNDEFINED                                                                 \
    "undefined: a group of one row has no sample variance (n - 1 = 0)"

CT_API ct_htest_options ct_htest_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_htest_options_check(const ct_htest_options *o);

typedef enum ct_htest_method {
    CT_HTEST_NONE = 0,
    CT_HTEST_WELCH_T = 1,
    CT_HTEST_STUDENT_T = 2,
    CT_HTEST_MANN_WHITNEY = 3,
    CT_HTEST_ANOVA = 4,
    CT_HTEST_WELCH_ANOVA = 5,
    CT_HTEST_KRUSKAL = 6,
    CT_HTEST_CHI2 = 7,
    CT_HTEST_FISHER = 8,
    CT_HTEST_LEVENE = 9,
    CT_HTEST_NORMALTEST = 10,
    CT_HTEST_CHI2_MC = 11 /* chi-square, Monte Carlo p-value (R's simulate.p.value) */
} ct_htest_method;

#define CT_HTEST_MC_TABLES 2000 /* B, as R's chisq.test */
#define CT_HTEST_MC_SEED 20260101u

/* Display name, e.g. "Welch's t-test"; static storage. */
CT_API const char *ct_htest_method_name(ct_htest_method m);

/* One test's outcome. Fields that do not apply are NaN; so is Welch's t's
 * df1 when both groups are constant (Welch–Satterthwaite gives 0/0) or a
 * variance is infinite (inf/inf); scipy uses 1 internally, which leaves t
 * and p as they are. */
typedef struct ct_htest_stat {
    ct_htest_method method;
    double statistic;
    double df1, df2;
    ct_pvalue p;
    /* NULL, or why the statistic is not a finite number (static English):
     * undefined (statistic and p NaN: "both groups are constant and equal"),
     * or infinite where scipy defines it so (statistic ±INFINITY, p = 0:
     * "both groups are constant with different values"). A test with a
     * reason set never decides anything it cannot (reject is 0 when p is
     * NaN). */
    const char *undefined;
} ct_htest_stat;

/* The size of an effect in words, by a stated convention. */
typedef enum ct_htest_size {
    CT_HTEST_SIZE_UNDEFINED = 0,
    CT_HTEST_SIZE_NEGLIGIBLE = 1,
    CT_HTEST_SIZE_SMALL = 2,
    CT_HTEST_SIZE_MEDIUM = 3,
    CT_HTEST_SIZE_LARGE = 4
} ct_htest_size;

/* "negligible", "small", "medium", "large" or "undefined"; static. */
CT_API const char *ct_htest_size_name(ct_htest_size s);

/* The effect size a decision is worded by:
 *   Welch's t: Hedges' g, |g| small from 0.2, medium 0.5, large 0.8;
 *   Mann-Whitney U: rank-biserial r, |r| small from 0.1, medium 0.3, large 0.5;
 *   Welch's ANOVA: eta² = SSB/SST, small from 0.01, medium 0.06, large 0.14;
 *   Kruskal-Wallis: epsilon² = H/(N − 1) (Tomczak & Tomczak 2014), same cuts;
 *   association: Cramér's V, Cohen's w cuts 0.1/0.3/0.5 divided by
 *   √(min(r, c) − 1) (Cohen 1988, §7.2).
 * All cuts are Cohen's (Statistical Power Analysis for the Behavioral
 * Sciences, 2nd ed., 1988); below "small" is negligible. eta² and epsilon²
 * are biased upwards: with no effect at all their expected value is
 * (k − 1)/(N − 1) for k groups of N values (eta²: E[SSB/SST] under the null
 * of a one-way ANOVA; epsilon²: E[H] = k − 1), which passes Cohen's 0.01 once
 * the groups are many (56 groups of 2,951 values: 0.0186). A value no larger
 * than that chance level is negligible whatever the cuts say (before
 * 2026-12-05 an eta² of 0.0167 was called "small" there: tester W,
 * tests/cli/test_effect_chance_level). */
typedef struct ct_htest_effect {
    const char *name;            /* "Hedges' g", ...; static */
    double value;                /* NaN when undefined */
    ct_htest_size size;          /* UNDEFINED when value is NaN */
    double small, medium, large; /* the cuts used (on |value|) */
    const char *convention;      /* "Cohen 1988"...; static */
    const char *undefined;       /* NULL, or why value is NaN; static */
    double chance;               /* eta², epsilon²: (k − 1)/(N − 1), the value
                                  * with no effect; NaN for the others */
} ct_htest_effect;

/* The size of |value| against the cuts small < medium < large. */
CT_API ct_htest_size ct_htest_size_of(double value, double small, double medium, double large);
/* The size e's statistic would have at value v: e's cuts, and negligible
 * at or below e->chance when that is a number (eta², epsilon²). Pure. */
CT_API ct_htest_size ct_htest_effect_size(const ct_htest_effect *e, double v);

typedef struct ct_htest_group {
    char *label;
    size_t n;
    double mean, sd, median;
    double rank_sum;
    ct_htest_stat normality; /* D'Agostino–Pearson K² (df1 = 2); NaN when n < 8 */
} ct_htest_group;

typedef struct ct_htest_compare {
    char *measure, *by;     /* column names ("" from the array API) */
    size_t ngroups;         /* >= 2 */
    ct_htest_group *groups; /* sorted label order */
    size_t n;               /* values used */
    uint64_t rows_dropped;  /* rows dropped for missing values (frame API) */
    int normal_plausible;   /* every group n >= 8 with K² p >= assumption_alpha */
    int large_samples;      /* every group n >= large_n */
    ct_htest_stat levene;   /* Brown–Forsythe, df (k-1, N-k) */
    ct_htest_method chosen;
    ct_htest_stat primary; /* a copy of the chosen test */
    int reject;            /* primary p < alpha */
    double alpha, conf_level;
    size_t large_n; /* options.large_n */
    /* two groups (NaN otherwise) */
    ct_htest_stat welch, student, mann_whitney; /* MW: statistic = U1, df NaN */
    double mw_z;                                /* normal approximation z (NaN when exact) */
    int mw_exact;
    double mean_diff, se_diff, diff_lo, diff_hi;
    double hedges_g, g_lo, g_hi;
    double rank_biserial, cles;
    /* more than two groups (method NONE otherwise) */
    ct_htest_stat anova, welch_anova, kruskal;
    double eta_sq, epsilon_sq; /* SSB/SST and H/(N − 1) (k > 2; NaN otherwise) */
    /* appended: what the numbers above cannot say alone */
    int variances_equal;          /* 1 Levene p >= assumption_alpha, 0 below, -1 undefined
                                   (levene.undefined says why; never a verdict) */
    const char *hedges_undefined; /* NULL, or why hedges_g and its CI are NaN */
    const char *mw_z_undefined;   /* NULL, or why mw_z is NaN while the test is
                                     normal-approximated */
    ct_htest_effect effect;       /* the chosen test's effect size in words */
    const char *chosen_reason;    /* why that test, a phrase ("large samples;
                                     does not assume equal variances"; for the
                                     rank test the evidence: "... normality
                                     undefined in 'c' (n = 5, below the 8 the
                                     test needs)", "normality rejected in
                                     'x' (p = 0.0123)"); points to
                                     chosen_reason_text, owned by the result */
    char *chosen_reason_text;     /* storage of chosen_reason; freed by
                                     ct_htest_compare_free */
    /* appended 2026-12-03: why the mean difference's CI (diff_lo, diff_hi)
     * is NaN, or NULL; and when a group holds an infinite value ("inf" read
     * as a number, as pandas does), the reason every test and estimate it
     * makes NaN carries, naming the group(s): "undefined: group 'a' holds
     * an infinite value (scipy returns not-a-number)"; the undefined fields
     * above (welch, student, levene, anova, welch_anova, hedges_undefined)
     * and diff_ci_undefined then point to infinite_reason_text, owned by
     * the result and freed by ct_htest_compare_free (NULL when no group
     * holds one). */
    const char *diff_ci_undefined;
    char *infinite_reason_text;
    /* appended 2026-12-05: two groups whose Welch's t (means) and
     * Mann-Whitney U (ranks) both reject at alpha in opposite directions
     * (mean_diff and rank_biserial of opposite signs): skewed data, where
     * neither group is simply higher; 0 otherwise */
    int directions_disagree;
    /* appended 2026-12-05: options.assumption_alpha, the level of
     * normal_plausible, variances_equal and ct_htest_normality_kind's
     * verdicts (alpha stays the hypothesis') */
    double assumption_alpha;
    /* appended 2026-12-06 (frame API): the groups of `by` the file holds
     * that the test cannot see, every row of each dropped for a missing
     * value, said as "group 'c' has no v value in any of its 6 rows" (or
     * "group 'c': every one of its 6 rows misses a value in a column other
     * than v", or "... (v in 2)", other columns under CT_HTEST_DROP_ALL),
     * joined by "; "; NULL when none. Owned by the
     * result, freed by ct_htest_compare_free. */
    char *groups_left_out;
} ct_htest_compare;

/* Compare groups given as arrays (values borrowed; NaN not allowed).
 * k >= 2 groups, each with at least 1 value and one with at least 2 (a
 * group of one row leaves the figures that need its variance NaN with
 * CT_HTEST_ONE_ROW_UNDEFINED and the rank test chosen; before 2026-12-06
 * every group needed 2); labels in the order to use
 * (NULL: "1", "2", ..., in the messages too; before 2026-12-04 these said
 * '?'), copied into the result as given: they need not be distinct (they
 * only name the groups), but each must be a string. o is required
 * (ct_htest_options_default()). CT_EINVAL for bad arguments or options (o
 * NULL, x or n NULL, k < 2, a NULL group, a NULL entry in labels, a NaN
 * value, more than 2^32 values), CT_EDATA when a group has no values or
 * every group has one, CT_ENOMEM. *out is NULL on failure. */
CT_API ct_status ct_htest_compare_groups(const double *const *x, const size_t *n,
                                         const char *const *labels, size_t k,
                                         const ct_htest_options *o, ct_htest_compare **out,
                                         ct_diag *diag);
/* ct_htest_compare_groups with the groups' exact values besides: xi[g]
 * holds group g's values as int64 (whole numbers beyond 2^53, as
 * ct_column_i64 keeps them), x[g] the same values as doubles. The rank
 * tests (Mann-Whitney, Kruskal-Wallis, rank-biserial r) rank the exact
 * values, ties by exact equality, as scipy ranks pandas' int64 columns;
 * the means, sds, medians and the tests on them stay on the doubles, as
 * pandas and scipy compute them, and where a group is one value as doubles
 * but not exactly, their reasons say so instead of "constant" (added
 * 2026-12-05). xi NULL: ct_htest_compare_groups. Statuses as there. */
CT_API ct_status ct_htest_compare_groups_exact(const double *const *x, const int64_t *const *xi,
                                               const size_t *n, const char *const *labels, size_t k,
                                               const ct_htest_options *o, ct_htest_compare **out,
                                               ct_diag *diag);
/* Compare column `measure` (numeric) across the levels of `by` (categorical;
 * an integer code or a text column whose values repeat, at most 100 distinct
 * values each twice on average, is taken as one; levels in sorted order).
 * CT_ECOLUMN when a column is absent, CT_ETYPE when measure is not numeric or
 * by is none of these, CT_EEMPTY when dropping
 * rows with missing values (o->dropna) leaves none, CT_EDATA when fewer than
 * two groups remain or a group has fewer than 2 values, CT_EINVAL, CT_ENOMEM.
 */
CT_API ct_status ct_htest_compare_frame(const ct_frame *f, const char *measure, const char *by,
                                        const ct_htest_options *o, ct_htest_compare **out,
                                        ct_diag *diag);
CT_API void ct_htest_compare_free(ct_htest_compare *r);

/* The normality evidence of one group at level alpha (a result's
 * assumption_alpha), the one rule the method's reason and the text's
 * normality line use: CT_HTEST_NORMAL_PLAUSIBLE (K² p >= alpha),
 * _UNTESTABLE (n below the 8 scipy's normaltest needs; said "undefined",
 * as _UNDEFINED, with that reason), _REJECTED (K² p
 * below alpha), _UNDEFINED (no p: a constant group, an infinite value).
 * Thread-safety: pure. */
typedef enum {
    CT_HTEST_NORMAL_PLAUSIBLE = -1,
    CT_HTEST_NORMAL_UNTESTABLE = 0,
    CT_HTEST_NORMAL_REJECTED = 1,
    CT_HTEST_NORMAL_UNDEFINED = 2
} ct_htest_normal_kind;
CT_API ct_htest_normal_kind ct_htest_normality_kind(const ct_htest_group *g, double alpha);

typedef struct ct_htest_assoc {
    char *row, *col; /* column names ("" from the table API) */
    size_t nrows, ncols;
    char **row_levels, **col_levels;
    uint64_t *counts; /* nrows × ncols, row-major */
    double *expected; /* nrows × ncols */
    uint64_t n;
    uint64_t rows_dropped;
    ct_htest_stat chi2; /* scipy's default: Yates-corrected when dof 1 */
    ct_htest_stat chi2_uncorrected;
    int yates_applied;
    double min_expected;       /* smallest expected count */
    double expected_threshold; /* options.min_expected */
    size_t cells_below;        /* expected < expected_threshold */
    double share_below;
    int expected_ok; /* Cochran's rule holds */
    double cramers_v;
    int has_fisher;         /* 2×2 tables */
    ct_htest_stat fisher;   /* statistic = sample odds ratio (inf when a cross cell is 0) */
    int has_mc;             /* larger tables failing Cochran's rule */
    ct_htest_stat chi2_mc;  /* uncorrected X², its p simulated from CT_HTEST_MC_TABLES
                             * tables (no df) */
    ct_htest_method chosen; /* CHI2; FISHER for 2×2 tables failing Cochran's rule, CHI2_MC
                             * for larger ones */
    ct_htest_stat primary;
    int reject;
    double alpha;
    ct_htest_effect effect; /* Cramér's V in words */
} ct_htest_assoc;

/* Association from a table of counts (borrowed, row-major r × c, r, c >= 2,
 * every row and column total positive). Labels may be NULL (then "1", "2"...).
 * CT_EDATA (r or c below 2, an empty row or column, counts adding up past
 * 2^64 - 1), CT_EINVAL (bad options), CT_ENOMEM (also a simulated p-value
 * over more than 2^32 - 1 observations). *out is NULL on failure. */
CT_API ct_status ct_htest_assoc_table(const uint64_t *counts, size_t r, size_t c,
                                      const char *const *row_labels, const char *const *col_labels,
                                      const ct_htest_options *o, ct_htest_assoc **out,
                                      ct_diag *diag);
/* Association of two categorical columns (or integer codes, or text columns
 * whose values repeat, as for ct_htest_compare_frame's `by`). CT_ECOLUMN,
 * CT_ETYPE (none of these), CT_EEMPTY (no row left after dropna), CT_EDATA (fewer than
 * two observed levels), CT_EINVAL, CT_ENOMEM. */
CT_API ct_status ct_htest_assoc_frame(const ct_frame *f, const char *row, const char *col,
                                      const ct_htest_options *o, ct_htest_assoc **out,
                                      ct_diag *diag);
CT_API void ct_htest_assoc_free(ct_htest_assoc *r);

/* Fisher's exact test for the 2×2 table {{a, b}, {c, d}}: two-sided p as
 * scipy.stats.fisher_exact (sum of hypergeometric probabilities not above
 * the observed one, relative tolerance 1e-7), in log space. 1 when a
 * margin is 0 (as scipy); NaN in both fields when a + b + c + d exceeds
 * 2^32 - 1 (the exact sum visits every table; no p is computed). */
CT_API ct_pvalue ct_htest_fisher_2x2(uint64_t a, uint64_t b, uint64_t c, uint64_t d);

/* McNemar's exact test of paired binary outcomes from its discordant
 * counts: b pairs where only the first is a success, c where only the
 * second is. Two-sided p = min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c,
 * 1/2), the exact sign test on the discordant pairs, as statsmodels'
 * mcnemar(table, exact=True) (McNemar 1947; Dietterich 1998 recommends it
 * to compare two classifiers on one test set); summed in log space, so a
 * tiny p keeps its log10. 1 when b + c = 0; NaN in both fields when b + c
 * exceeds 2^32 - 1. Since 2026-12-07. */
CT_API ct_pvalue ct_htest_mcnemar_exact(uint64_t b, uint64_t c);

/* Wilcoxon's signed-rank test of n paired differences d (borrowed; every
 * one finite): zeros dropped (zero_method 'wilcox'), |d| ranked with ties
 * averaged, R+ and R- the ranks' sums over positive and negative d,
 * statistic min(R+, R-); two-sided p, as scipy.stats.wilcoxon(d) with its
 * defaults (method 'auto'): exact (the null distribution of R+ counted)
 * when at most CT_SIGNED_RANK_EXACT_MAX differences remain and none was 0
 * nor ties another's size, else the normal approximation with the ties'
 * variance term and no continuity correction (z in the result, NaN when
 * exact). p undefined (NaN) when every difference is 0. CT_EINVAL (a
 * difference not finite), CT_ENOMEM. Since 2026-12-07. */
#define CT_SIGNED_RANK_EXACT_MAX 50
typedef struct ct_htest_signed_rank_result {
    size_t n, zeros; /* differences ranked; differences of 0, dropped */
    double r_plus, r_minus, statistic, z;
    int exact;
    ct_pvalue p;
} ct_htest_signed_rank_result;
CT_API ct_status ct_htest_signed_rank(const double *d, size_t n, ct_htest_signed_rank_result *out);

/* The upper tail P(X >= k) of X ~ Hypergeometric: draws made without
 * replacement from population items of which successes count, as
 * scipy.stats.hypergeom.sf(k - 1, population, successes, draws), from
 * GSL's gsl_cdf_hypergeometric_Q; its log10 summed in log space where p
 * underflows. 1 at or below the least possible count, 0 above the most.
 * NaN in both fields when population exceeds 2^32 - 1 or successes or
 * draws exceed it. Since 2026-12-07. */
CT_API ct_pvalue ct_htest_hypergeom_sf(uint64_t k, uint64_t population, uint64_t successes,
                                       uint64_t draws);

#ifdef __cplusplus
}
#endif
#endif
