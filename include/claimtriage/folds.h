/* claimtriage/folds.h — stratified, seeded train/validation/test split and
 * stratified k-fold assignment, for honest model selection.
 * Layer: select (docs/design.md).
 *
 * Labels: y[i] is 0, 1, or NaN for a row without a label. Unlabelled rows go
 * to no set (role or fold -1) and are counted; any other value is CT_EINVAL.
 * Rows are never taken by position: the reports file is sorted by class.
 *
 * Randomness: claimtriage/rng.h streams of the caller's seed, one per class,
 * so an assignment depends on (y, sizes, seed) only:
 *   holdout: class c's rows shuffled with stream CT_FOLDS_STREAM_HOLDOUT + c,
 *   k-fold:  class c's fold labels shuffled with stream CT_FOLDS_STREAM_KFOLD + c.
 * Same input and seed give the same assignment on every platform and thread
 * count (nothing here is parallel).
 *
 * Ownership: see common.h; outputs are caller arrays. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_FOLDS_H
#define CLAIMTRIAGE_FOLDS_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CT_FOLDS_STREAM_HOLDOUT 1
#define CT_FOLDS_STREAM_KFOLD 3

/* Roles in a holdout split. */
enum { CT_ROLE_NONE = -1, CT_ROLE_TRAIN = 0, CT_ROLE_VALIDATION = 1, CT_ROLE_TEST = 2 };

typedef struct ct_holdout_options {
    double train, validation, test; /* fractions: >= 0, train > 0, sum 1 (±1e-9);
                                     * default 0.6, 0.2, 0.2 */
    uint64_t seed;                  /* default 42 */
    /* 1: validation shared apart, over the rows test left (the rule before
     * 2026-12-04), to find the held-out rows of a model trained then;
     * default 0: cumulative quotas (ct_folds_holdout) */
    int sequential_quotas;
    /* the classes as messages name them, y 0 and y 1, as shown ("'opinion'",
     * quoted by the caller); NULL: "class 0", "class 1" (default) */
    const char *labels[2];
    /* n group keys, each < n, or NULL (default): every row its own group.
     * Rows with equal keys (the reports sharing a video id) go to one set
     * together, so no id is on both sides of the split (step 3 below); a
     * caller gives each row without an id a key of its own. */
    const size_t *groups;
} ct_holdout_options;

typedef struct ct_holdout_counts {
    size_t n_unlabeled;           /* rows with y NaN: in no set */
    size_t rows[3], positives[3]; /* per role (train, validation, test) */
} ct_holdout_counts;

CT_API ct_holdout_options ct_holdout_options_default(void);
/* NULL when valid, else a static message naming the bad field (o NULL:
 * "options are NULL"). */
CT_API const char *ct_holdout_options_check(const ct_holdout_options *o);

/* Stratified three-way split. With N labelled rows, m_c of class c
 * (with groups: m_c the rows of the groups of class c, a group's class the
 * label most of its labelled rows carry, a tie the label of its first):
 *  1. set sizes: n_test = round(test N), n_val = round(validation N)
 *     (half away from zero), n_train = N - n_test - n_val;
 *  2. per class, on cumulative quotas, by largest remainder (Hamilton):
 *     share(n) gives class c floor(n m_c / N) rows, and the units still
 *     missing go one each to the classes with the largest fractional parts
 *     (ties: the larger class, then class 0); class c gets t_c =
 *     share(n_test)_c test rows and v_c = share(n_test + n_val)_c - t_c
 *     validation rows, train the rest (share(n_train)_c, as the tie rule is
 *     the same). So every set's class counts are the whole numbers nearest
 *     its quotas n_S m_c / N (floor or ceiling), and the sizes are exact.
 *     Before 2026-12-04 validation was shared apart, over the rows test
 *     left, which broke a tie the same way twice (12 and 12 rows at
 *     60/20/20: train 8 and 6, not 7 and 7);
 *  3. class c's row indices, in increasing order, are shuffled (Fisher–
 *     Yates, stream CT_FOLDS_STREAM_HOLDOUT + c); the first t_c go to test,
 *     the next v_c to validation, the rest to train. With groups the
 *     shuffle deals class c's groups instead (each by its first labelled
 *     row, in increasing order), a group of s rows occupying positions
 *     p..p+s-1 of the dealt order; the whole group takes the set of its
 *     middle position p + floor((s-1)/2), so a set's size can miss its
 *     quota by less than a group. With every group one row this is the
 *     same shuffle and the same sets as without groups, row for row
 *     (tests/cli/train_split_ids_grouped).
 * role[i] receives CT_ROLE_* for each of the n rows. counts may be NULL.
 * Errors: CT_EINVAL (bad options: *diag says which; a label not 0/1/NaN;
 * a group key not below n),
 * CT_EDATA (a set with a nonzero fraction left empty: too few labelled rows;
 * train left without both classes; facts of the data, diag->hint says why), CT_EEMPTY (no labelled row), CT_ENOMEM. */
CT_API ct_status ct_folds_holdout(const double *y, size_t n, const ct_holdout_options *o,
                                  int32_t *role, ct_holdout_counts *counts, ct_diag *diag);

/* Stratified k-fold, as scikit-learn's StratifiedKFold(shuffle=True) does
 * it, with our random streams:
 *  1. the per-fold class counts: the N labels sorted (all 0s, then all 1s)
 *     are dealt to folds 0, 1, ..., k-1, 0, 1, ... in turn; fold f gets
 *     a_fc rows of class c (so fold sizes differ by at most one and each
 *     class is spread as evenly as whole numbers allow);
 *  2. for class c, the list of fold numbers (f repeated a_fc times, f
 *     ascending) is shuffled (stream CT_FOLDS_STREAM_KFOLD + c) and given to
 *     the class's rows in increasing row order.
 * fold[i] receives 0..k-1, or -1 for an unlabelled row. fold_rows (may be
 * NULL) receives the k fold sizes. Errors: CT_EINVAL (k < 2, a label not
 * 0/1/NaN), CT_EDATA (a class with fewer than k rows: a fold would lack it
 * and its ROC AUC would be undefined; a fact of the data, diag->hint says
 * what to do), CT_EEMPTY (no labelled row), CT_ENOMEM. */
CT_API ct_status ct_folds_kfold(const double *y, size_t n, size_t k, uint64_t seed, int32_t *fold,
                                size_t *fold_rows, ct_diag *diag);

/* The rows i (ascending) with assign[i] == which, written to rows (room for
 * n); returns how many. With assign a fold array, which = f gives fold f's
 * test rows; ct_folds_complement gives the rows with assign[i] >= 0 and
 * != which (fold f's training rows). */
CT_API size_t ct_folds_select(const int32_t *assign, size_t n, int32_t which, size_t *rows);
CT_API size_t ct_folds_complement(const int32_t *assign, size_t n, int32_t which, size_t *rows);

#ifdef __cplusplus
}
#endif
#endif
