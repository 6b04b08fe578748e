/* claimtriage/split.h — stratified, seeded train/test split.
 * Layer: select (docs/design.md).
 *
 * Within each class (y = 0, y = 1) the row indices are shuffled with stream
 * 0 of `seed` (claimtriage/rng.h: GSL's Mersenne Twister seeded with `seed`;
 * ct_rng_shuffle, a Fisher–Yates shuffle; class 0 first, then class 1, from
 * one stream) and the first round(test_size·n_c) go to the test
 * set, so both sets keep the class proportions. Outputs list row indices in
 * increasing order. The same seed gives the same split on every platform.
 * This is our own split; it does not reproduce sklearn's train_test_split.
 *
 * Ownership: see common.h. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_SPLIT_H
#define CLAIMTRIAGE_SPLIT_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* y holds n labels (0 is class 0, any other value class 1: no label
 * check); train and test must each hold n indices; *ntrain + *ntest = n.
 * Errors: CT_EINVAL (test_size not in (0, 1), or a set would be empty),
 * CT_ENOMEM. */
CT_API ct_status ct_split_stratified(const double *y, size_t n, double test_size,
                                     unsigned long seed, size_t *train, size_t *ntrain,
                                     size_t *test, size_t *ntest, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
