/* claimtriage/htest_text.h — the sentences that name a hypothesis test's
 * finding: a plain-language decision for stakeholders and a one-line
 * statistical summary for the data team.
 * Layer: report (docs/design.md).
 *
 * Decisions say which group is higher or which levels go together and how
 * large the effect is, in words that do not assume a statistics course and
 * without p-values: "video_view_count is lower for 'not verified' than for
 * 'verified' (mean 2.65e+05 vs 9.12e+04); a gap this large is unlikely to
 * be chance, and the difference is large (Hedges' g = -1.20; Cohen 1988:
 * small from 0.2, medium 0.5, large 0.8)." The size in words comes from
 * the result's ct_htest_effect (conventions in claimtriage/htest.h); a test
 * whose p-value is undefined decides nothing and says why. When Welch's
 * test on means is chosen and the rank test beside it decides the other way
 * at alpha, a second sentence says so with the medians and its p. A
 * direction read from the ranks (the rank-biserial r) whose medians go the
 * other way is worded by pairs ("a value from 'a' exceeds one from 'b' in
 * 71% of pairs ..., though the medians go the other way"). The effect
 * size has as many decimals (2 to 6) as keep it on its side of the cuts.
 * What the rows of
 * the table are ("videos") comes from the options, "rows" by default (the
 * reports file's word is ct_reports_htest_text_options(),
 * claimtriage/reports_defaults.h). Summaries, for the data team, give the
 * statistic, its degrees of freedom, the p-value, effect sizes and N; a
 * statistic that is not a finite number is written in words with its
 * reason. Numbers are formatted by claimtriage/numfmt.h.
 *
 * Every function returns a NUL-terminated sentence, whole whatever the
 * lengths of the names in it, allocated with ct_malloc: the caller frees it
 * with ct_free. NULL when out of memory. o may be NULL (the defaults).
 * Thread-safety: reentrant. Ownership: see common.h.
 */
#ifndef CLAIMTRIAGE_HTEST_TEXT_H
#define CLAIMTRIAGE_HTEST_TEXT_H

#include "claimtriage/common.h"
#include "claimtriage/htest.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_htest_text_options {
    const char *unit;        /* what a counted row is, one; default "row" */
    const char *unit_plural; /* what a counted row is, plural; default "rows" */
    /* the row level whose share an association's sentence gives: this one
     * when it has the rows a headline needs (min(30, 1% of N), at least
     * 10), else (and when NULL, the default) the most frequent row level;
     * never the first level by sort order ('Claim' of 29 rows before
     * 'claim') */
    const char *positive;
} ct_htest_text_options;

CT_API ct_htest_text_options ct_htest_text_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_htest_text_options_check(const ct_htest_text_options *o);

/* Comparison of groups: the decision (with more than two groups, the
 * highest and lowest named among the groups with the rows a headline
 * needs; the others named as in the test but not compared, with the rule
 * that set the number), and the summary ("Welch t(df) = t,
 * p = ...; mean difference ... [95% CI ...]; Hedges' g ...; N = ..."). */
CT_API char *ct_htest_text_compare_decision(const ct_htest_compare *r,
                                            const ct_htest_text_options *o);
CT_API char *ct_htest_text_compare_summary(const ct_htest_compare *r);
/* Association: the decision (the share of the row level o->positive
 * picks within the column levels where it is highest and lowest, among
 * those with the rows a headline needs; the others are named as in the
 * test but not compared, with the rule that set the number), and the
 * summary (chi2 with
 * and without Yates, Fisher when chosen, Cramér's V, N, expected counts). */
CT_API char *ct_htest_text_assoc_decision(const ct_htest_assoc *r, const ct_htest_text_options *o);
CT_API char *ct_htest_text_assoc_summary(const ct_htest_assoc *r);
/* The row level whose shares the association's decision gives (index into
 * r->row_levels), by the rule of ct_htest_text_options.positive; *held (may
 * be NULL) receives the rows of the level named o->positive (0 when no row
 * holds it or o->positive is NULL), *min (may be NULL) the rows a headline
 * group needs. So a caller can say when --positive was not the level used
 * (tests/cli/test_positive_not_used_noted). Reentrant. */
CT_API size_t ct_htest_text_assoc_class(const ct_htest_assoc *r, const ct_htest_text_options *o,
                                        uint64_t *held, uint64_t *min);

/* An effect size for people, held against its cuts: e->value with at least
 * `decimals` fixed decimals (ct_numfmt_stat), more when fewer would print
 * a number on the other side of a cut than the value (g = 0.49996, small,
 * reads "0.49996", not "0.5000" beside "small"): the one rule behind the
 * decision's sentence (2 decimals), the summary (3) and test's table (4).
 * From 1e9 up, and when not finite, as ct_numfmt_stat. Returns the length
 * written (strlen(buf)); buf of n bytes, as claimtriage/numfmt.h. */
CT_API size_t ct_htest_text_effect_value(char *buf, size_t n, const ct_htest_effect *e,
                                         int decimals);

#ifdef __cplusplus
}
#endif
#endif
