/* claimtriage/corr.h — Pearson's product-moment correlation.
 * Layer: stats (docs/design.md).
 *
 * r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), two passes (means first,
 * then centred sums, each accumulated in row order), as numpy.corrcoef and
 * pandas' Series.corr(method='pearson') define it. A constant input gives
 * NaN (0/0), as numpy does; otherwise r is in [-1, 1] (clipped, as
 * numpy.corrcoef clips: rounding, or sums of squares of values near the
 * doubles' limits, cannot push it past). r is invariant to the scale of
 * x and of y: where a sum of squares overflows, underflows or loses its
 * bits (values beyond about 1e150 or below 1e-150), the sums are taken
 * again on x and y each multiplied by a power of two bringing its largest
 * magnitude near 1 (exact; stats.h, ct_stats_scale_exp), so r is
 * scipy.stats.pearsonr's, which normalises first, where numpy and pandas
 * give 0 or a false 1 (before 2026-12-04 so did this: x = {1..5}e-200
 * against {2, 1, 4, 3, 7} gave r = 1, scipy 0.8242).
 *
 * Ownership: see common.h. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_CORR_H
#define CLAIMTRIAGE_CORR_H

#include "claimtriage/common.h"
#include "claimtriage/dist.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Correlation of x[0..n) and y[0..n) (no NaN expected); NaN for n < 2. */
CT_API double ct_corr_pearson(const double *x, const double *y, size_t n);

/* Two-sided p-value of a correlation r (Pearson's, or Spearman's: Pearson's
 * of the ranks) on n rows against no correlation: t = r·√((n − 2)/(1 − r²))
 * on n − 2 degrees of freedom, as scipy.stats.spearmanr gives it (and
 * pearsonr, whose exact beta distribution is the same). |r| = 1 gives
 * p = 0 (log10 -inf); NaN r, or n < 3, gives NaN. */
CT_API ct_pvalue ct_corr_pvalue(double r, size_t n);

/* Rows up to which ct_corr_spearman_pvalue enumerates (8! = 40,320). */
#define CT_CORR_EXACT_MAX 8

/* Two-sided p-value of Spearman's rho on n rows against no correlation:
 * for 3 <= n <= CT_CORR_EXACT_MAX the exact permutation p, the share of the
 * n! orderings of the ranks 1..n whose |rho| reaches |rho| (untied ranks;
 * as scipy.stats.permutation_test on spearmanr, which enumerates when n! is
 * small): 3 rows with rho = 1 give p = 2/6, where the t approximation
 * gives 0 and a 3-row headline read "move together most". From n > 8 as
 * ct_corr_pvalue. NaN rho, or n < 3, gives NaN. */
CT_API ct_pvalue ct_corr_spearman_pvalue(double rho, size_t n);

#ifdef __cplusplus
}
#endif
#endif
