/* claimtriage/queue_baseline.h — a baseline order's expected figures at
 * any number of reviews, from its groups of tied keys: the order by weight
 * alone (views) and by probability alone that queue-eval sets beside a
 * queue (claimtriage/queue_eval.h). Layer: triage (docs/design.md).
 *
 * A baseline knows its key and nothing else, so rows whose keys tie stand
 * in random order among themselves, and rows without a place in it (not in
 * the labels: no label, no views) at uniformly random places among the
 * others; its figures are expected values under that randomness, computed
 * exactly. They need no more than the tied groups in key order, largest
 * first: per group its rows and its positives (and, for the weighted
 * recall, the positives' weight). queue-eval computes its curves and its
 * figures at capacity with ct_queue_baseline_curve, and writes the groups
 * to its JSON (`views_groups`, `probability_groups`: docs/formats.md), so
 * that `report`, rebuilding a review day of another length, calls the same
 * function on the same groups and gets what `queue-eval --capacity K`
 * prints, to the last digit (before 2026-12-05 it read the baselines off
 * the curve's 101 points: 12.81% where queue-eval gave 12.78%,
 * tests/cli/report_day_baselines_exact).
 *
 * Method. With the groups' rows adding up to L of the n reviews and
 * H[m] the expected positives among the first m placed rows (a group of s
 * rows holding h positives, t of its rows counted, adds h t / s, as a
 * random order within the group gives: hypergeometric mean), then
 *   L = n: E[positives among the first K] = H[K];
 *   L < n: the U = n - L other rows fall at uniformly random places, the
 *     placed rows' positions a uniformly random L-subset of 1..n, so
 *     E[...] = sum_m Hyp(m; n, L, K) H[m], M_K ~ Hypergeometric(n, L, K)
 *     the placed rows among the first K (the sum over m within 12
 *     standard deviations of the mean, the rest weighing < 1e-30,
 *     renormalised).
 * The weight of those positives likewise. Each positive of a group with a
 * rows before it stands on average at a + (s + 1) / 2 among the placed
 * rows, and the j-th placed row at j (n + 1) / (L + 1) among all: the mean
 * position. Since 2026-12-05 (before, in queue_eval.c alone).
 *
 * Ownership: arrays are borrowed. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_QUEUE_BASELINE_H
#define CLAIMTRIAGE_QUEUE_BASELINE_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One group of rows whose keys tie, in a baseline order (largest key
 * first). */
typedef struct ct_queue_tie_group {
    size_t rows;      /* s >= 1 */
    size_t positives; /* h <= s */
    double weight;    /* the h positives' total weight (0 when no weight is known) */
} ct_queue_tie_group;

/* The baseline order given by its ngroups groups g (in order), placed
 * among n reviews (the groups' rows, L, at most n; the others at random
 * places), for K = k_first .. k_first + k_count - 1 (K <= n):
 *   recall[i]   = E[positives among the first K] / P  (P: the groups'
 *                 positives; NaN when P = 0)
 *   weighted[i] = E[their weight] / weight_total (NaN unless weight_total
 *                 > 0; weighted NULL: not computed)
 *   *mean_position = the positives' mean expected 1-based position among
 *                 the n (NaN when P = 0; mean_position NULL: not computed).
 * recall may be NULL too. recall and weighted are at most 1 (a sum that
 * rounds above its exact value is taken as 1). The arithmetic is the same whatever k_first and
 * k_count, so one K asked alone gives the bits a whole curve gives at it.
 * CT_EINVAL (n = 0, a group of 0 rows or more positives than rows, the
 * groups' rows more than n, K beyond n), CT_ENOMEM (O(n) work space). */
CT_API ct_status ct_queue_baseline_curve(const ct_queue_tie_group *g, size_t ngroups, size_t n,
                                         double weight_total, size_t k_first, size_t k_count,
                                         double *recall, double *weighted, double *mean_position);

#ifdef __cplusplus
}
#endif

#endif
