/* claimtriage/sort.h — sorting, argsort and ranks with ties: the one sort of
 * the library (descriptive statistics, EDA ranks, test rank sums, ROC AUC).
 * Layer: base (docs/design.md).
 *
 * Method: LSD radix sort (Knuth, TAOCP vol. 3, 5.2.5) on 11-bit digits of a
 * 64-bit key, the histograms of every digit counted in one read, a digit
 * every key shares skipped (whole-number data skip most low mantissa
 * digits): O(n), stable. Doubles are keyed by their IEEE-754 bit pattern
 * mapped so that unsigned order is numeric order (flip every bit of a
 * negative, the sign bit of the others: Terdiman's radix trick). Inputs of
 * fewer than 64 values take an insertion sort on the same keys, so the
 * order is the same whichever path runs.
 *
 * Order: ascending numeric order; -0.0 sorts just before +0.0 in
 * ct_sort_f64 (the values are written back bit for bit), and ties with it
 * in ct_sort_argsort / ct_sort_ranks (they compare equal). NaN values of
 * either sign sort last, as numpy.sort; ct_sort_f64 writes them back as one
 * quiet NaN (sign and payload not kept); in ranks they get rank NaN.
 *
 * Workspaces: ct_sort_f64 and ct_sort_u32 take caller scratch of n values;
 * argsort and ranks take a ct_sort_work made for at least n values (GSL's
 * _alloc/_free habit). One workspace serves one call at a time: give each
 * thread its own. No function keeps file-global state; all are reentrant.
 * Results never depend on the thread count (nothing here is parallel).
 *
 * Ownership: see common.h.
 */
#ifndef CLAIMTRIAGE_SORT_H
#define CLAIMTRIAGE_SORT_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest n that argsort and ranks accept (indices are 32-bit). */
#define CT_SORT_MAX_N ((size_t)UINT32_MAX)

/* Sort x[0..n) ascending in place; tmp holds n doubles of scratch (may be
 * NULL when n < 64). See the order above. */
CT_API void ct_sort_f64(double *x, size_t n, double *tmp);

/* Sort 32-bit keys ascending in place with scratch tmp (n keys): three
 * 11-bit digits at most (the inspect fast path for whole numbers stored as
 * offsets from their minimum). */
CT_API void ct_sort_u32(uint32_t *k, size_t n, uint32_t *tmp);

/* Workspace for argsort and ranks of up to n values; NULL when out of
 * memory (allocation through ct_malloc). ct_sort_work_free accepts NULL. */
typedef struct ct_sort_work ct_sort_work;
CT_API ct_sort_work *ct_sort_work_alloc(size_t n);
CT_API void ct_sort_work_free(ct_sort_work *w);

/* idx[0..n) = the indices of x in ascending order of x, equal values in
 * index order (a stable argsort, as numpy.argsort(kind='stable')).
 * CT_EINVAL when w is NULL, made for fewer than n values, or n exceeds
 * CT_SORT_MAX_N. */
CT_API ct_status ct_sort_argsort(const double *x, size_t n, size_t *idx, ct_sort_work *w);

/* rank[i] = the 1-based rank of x[i], tied values given the mean of their
 * positions (scipy.stats.rankdata(method='average'), pandas rank()); NaN
 * values get rank NaN and the others ranks 1..m (pandas'
 * na_option='keep'). When tie_term is not NULL it receives sum(t^3 - t)
 * over the groups of t tied values (scipy.stats.tiecorrect's term).
 * Errors as ct_sort_argsort. */
CT_API ct_status ct_sort_ranks(const double *x, size_t n, double *rank, double *tie_term,
                               ct_sort_work *w);

#ifdef __cplusplus
}
#endif
#endif
