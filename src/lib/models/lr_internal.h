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

/* The design the solver reads (lr_merge.c): X's rows in order of their
 * length, columns that are multiples of one another merged. perm[r] is the
 * row of X at position r; column j of X is q-column group[j] and its
 * coefficient is coef[j] times that column's. */
typedef struct lr_design {
    ct_csr X;        /* n × q; its arrays are owned here */
    size_t *perm;    /* n */
    size_t q;        /* columns of the merged design */
    uint32_t *group; /* p */
    double *coef;    /* p */
    int nonfinite;   /* X holds a value that is NaN or infinite (checked in the copy) */
} lr_design;

/* Make D from X; merge = 0 keeps every column (q = p: the rows reordered
 * only). X's structure is checked here (as ct_csr_check would). 0, -1 when
 * out of memory, -2 when X is malformed (D then holds nothing). */
int lr_design_make(const ct_csr *X, int merge, lr_design *D);
void lr_design_free(lr_design *D);

/* Minimise the objective of claimtriage/lr.h over w[0..p] (w[p] the
 * intercept, kept 0 without one), starting from w = 0 and the intercept at
 * the weighted classes' log-odds (w is output only). s[i] is row
 * i's total weight (sample x class weight), y[i] 0 or 1. Returns CT_OK
 * (converged), CT_ENOCONVERGE (max_iter reached; w holds the last
 * iterate), CT_EINVAL (stopped by the progress callback), CT_EDATA (a value
 * of X is not finite: nothing fitted), CT_EFORMAT (X is not a well-formed
 * CSR matrix: ct_csr_check says why), CT_ENOMEM.
 * merge: solve on the design with multiple columns merged (lr_merge.c;
 * the estimator always does); 0 solves on X's columns as they are (the
 * plain path the tests compare it with). */
ct_status lr_tron(const ct_lr_params *prm, const ct_csr *X, const double *y, const double *s,
                  int merge, double *w, int *n_iter, ct_progress_fn progress, void *user);

#endif
