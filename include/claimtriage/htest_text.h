/* claimtriage/htest_text.h — the sentences that name a hypothesis test's
 * finding: a plain-language decision for stakeholders and a one-line
 * statistical summary for the data team.
 * Layer: report (docs/design.md).
 *
 * Decisions say which group is higher or which levels go together, the
 * p-value and the significance level, in words that do not assume a
 * statistics course: "video_view_count is lower for 'not verified' than
 * for 'verified' (mean 2.65e+05 vs 9.12e+04); a gap this large would be
 * very unlikely if the two groups were alike (p < 1e-300 ...), so the
 * difference is real." What the rows of the table are ("videos") comes
 * from the options, "rows" by default (the reports file's word is
 * ct_reports_htest_text_options(), claimtriage/reports_defaults.h).
 * Summaries give the statistic, its degrees of freedom, the p-value, effect
 * sizes and N. Numbers are formatted by claimtriage/numfmt.h
 * (ct_numfmt_sig3, ct_numfmt_pvalue).
 *
 * Every function writes a NUL-terminated sentence into buf (n bytes,
 * truncated to fit). o may be NULL (the defaults). Thread-safety:
 * reentrant. Ownership: see common.h.
 */
#ifndef CLAIMTRIAGE_HTEST_TEXT_H
#define CLAIMTRIAGE_HTEST_TEXT_H

#include "claimtriage/common.h"
#include "claimtriage/htest.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_htest_text_options {
    const char *unit_plural; /* what a counted row is, plural; default "rows" */
} ct_htest_text_options;

CT_API ct_htest_text_options ct_htest_text_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_htest_text_options_check(const ct_htest_text_options *o);

/* Comparison of groups: the decision, and the summary ("Welch t(df) = t,
 * p = ...; mean difference ... [95% CI ...]; Hedges' g ...; N = ..."). */
CT_API void ct_htest_text_compare_decision(const ct_htest_compare *r,
                                           const ct_htest_text_options *o, char *buf, size_t n);
CT_API void ct_htest_text_compare_summary(const ct_htest_compare *r, char *buf, size_t n);
/* Association: the decision (the share of the first row level within the
 * column levels where it is highest and lowest), and the summary (chi2 with
 * and without Yates, Fisher when chosen, Cramér's V, N, expected counts). */
CT_API void ct_htest_text_assoc_decision(const ct_htest_assoc *r, const ct_htest_text_options *o,
                                         char *buf, size_t n);
CT_API void ct_htest_text_assoc_summary(const ct_htest_assoc *r, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
