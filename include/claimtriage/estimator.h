/* claimtriage/estimator.h — the one small interface every classifier
 * implements: fit, predict probabilities, per-row contributions, save, load.
 * Layer: models (docs/design.md).
 *
 * A table of function pointers, as redis's dictType; each family (logistic
 * regression now, tree ensembles next) provides one static ct_estimator_type
 * and its own parameter struct with a _default() and a _check() (liblinear's
 * problem / parameter / model split with check_parameter).
 *
 * Inputs: X is a CSR matrix (claimtriage/matrix.h) of n rows and p columns
 * — every feature family (standardised numbers, one-hot levels, TF-IDF
 * n-grams) arrives as sparse rows; y holds n labels, 0 or 1; w holds n
 * sample weights (> 0) or is NULL for all 1. Probabilities are P(y = 1).
 *
 * Ownership: see common.h. A fitted model (void *) is owned by the caller and
 * released with type->destroy. Thread-safety: fit and predict are reentrant
 * (no global state), so folds and candidates may be fitted on several
 * threads at once; a fitted model is read-only and may be shared.
 */
#ifndef CLAIMTRIAGE_ESTIMATOR_H
#define CLAIMTRIAGE_ESTIMATOR_H

#include "claimtriage/common.h"
#include "claimtriage/json.h"
#include "claimtriage/matrix.h"

/* The largest magnitude a loaded model's fitted parameter may have (a
 * coefficient, an intercept, a Platt parameter): no fit on finite data in
 * double precision yields one beyond it, and products of such a value
 * with a feature overflow to infinity, so a file holding one was edited.
 * Loaders refuse it (CT_EFORMAT, naming the field). */
#define CT_ESTIMATOR_PARAM_MAX 1e100

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_estimator_type {
    /* Short family name as written in model files and on the command line:
     * "lr" (logistic regression), "rf", "gbdt". */
    const char *name;
    /* Size of the family's parameter struct; params_default fills one. */
    size_t params_size;
    void (*params_default)(void *params);
    /* NULL when valid, else a static message naming the bad parameter. */
    const char *(*params_check)(const void *params);
    /* Fit on X (n x p), y (n labels 0/1), w (n weights or NULL). progress
     * may be NULL (units: the family's iterations). Returns CT_OK with
     * *model set; CT_EINVAL (bad parameters or shapes; *diag says which),
     * CT_EDATA (one class only), CT_ENOCONVERGE (no convergence: *model is
     * still set to the last iterate, usable, and *diag says so), CT_ENOMEM.
     * A progress callback that asks to stop gives CT_EINVAL. Otherwise
     * *model is NULL. */
    ct_status (*fit)(const void *params, const ct_csr *X, const double *y, const double *w,
                     ct_progress_fn progress, void *progress_user, void **model, ct_diag *diag);
    /* p[i] = P(y = 1 | row i of X) for every row (p holds X->nrows
     * doubles, in [0, 1]); X must have the column count the model was
     * fitted with (CT_EINVAL otherwise); CT_ENOMEM (trees' scratch). */
    ct_status (*predict_proba)(const void *model, const ct_csr *X, double *p, ct_diag *diag);
    /* Exact additive contributions of one row on the raw score's scale:
     * phi[j] for each of the p columns and phi[p] the base value (the
     * intercept, or the trees' expected value), so that sum(phi) is the
     * raw score — logit(p) for lr and gbdt, p itself for a forest, which
     * averages probabilities (ct_tree_contrib_scale) — coefficient x value
     * for linear models, TreeSHAP for trees. phi holds p + 1 doubles. CT_EINVAL when X's column count
     * is not the model's or row >= X->nrows; CT_ENOMEM (trees' scratch). */
    ct_status (*contributions)(const void *model, const ct_csr *X, size_t row, double *phi);
    /* Number of columns the model was fitted on. */
    size_t (*ncols)(const void *model);
    /* Write the fitted model as one JSON object (numbers %.17g: it reads
     * back bit-identical), and read it back. save returns CT_OK (the
     * writer's errors are sticky: ct_json_finish reports them). load returns
     * CT_EFORMAT for a malformed or inconsistent object, with *diag saying
     * what is wrong, or CT_ENOMEM; *model is NULL unless CT_OK. */
    ct_status (*save)(const void *model, ct_json *w);
    ct_status (*load)(const ct_json_value *v, void **model, ct_diag *diag);
    void (*destroy)(void *model);
} ct_estimator_type;

#ifdef __cplusplus
}
#endif
#endif
