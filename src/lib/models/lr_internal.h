/* lr_internal.h — internal: the logistic-regression solver (lr_tron.c)
 * called by the estimator (lr.c). Not part of the public API. */
#ifndef CT_LR_INTERNAL_H
#define CT_LR_INTERNAL_H

#include "claimtriage/lr.h"
#include "claimtriage/matrix.h"

typedef struct lr_model {
    ct_lr_params params;
    size_t p;
    double *coef; /* p */
    double intercept;
    int n_iter;
    int converged;
} lr_model;

/* Minimise the objective of claimtriage/lr.h over w[0..p] (w[p] the
 * intercept, kept 0 without one), starting from w = 0 and the intercept at
 * the weighted classes' log-odds (w is output only). s[i] is row
 * i's total weight (sample x class weight), y[i] 0 or 1. Returns CT_OK
 * (converged), CT_ENOCONVERGE (max_iter reached; w holds the last
 * iterate), CT_EINVAL (stopped by the progress callback), CT_ENOMEM. */
ct_status lr_tron(const ct_lr_params *prm, const ct_csr *X, const double *y, const double *s,
                  double *w, int *n_iter, ct_progress_fn progress, void *user);

#endif
