/* train_internal.h — internal: the pieces the training workflow
 * (train.c), the audit (train_audit.c) and evaluation (evaluate.c) share:
 * labels, a candidate's hyperparameters from the grid, one fit of pipeline
 * and estimator on given rows, its predictions, log-odds. */
#ifndef CT_TRAIN_INTERNAL_H
#define CT_TRAIN_INTERNAL_H

#include "claimtriage/pipeline.h"
#include "claimtriage/train.h"

/* A pipeline and an estimator fitted on some rows. */
typedef struct tr_fit {
    ct_pipeline *pipe;
    const ct_estimator_type *type;
    void *est;
    int n_iter, converged;
    ct_csr *X; /* the training design, kept when asked (else NULL) */
} tr_fit;

/* y[i] for every row of f: 1 where target == positive, 0 for another
 * value, NaN when missing. *npos and *nunl count positives and unlabelled
 * rows. CT_ECOLUMN, CT_EDATA (no row holds positive; one class only),
 * CT_ENOMEM is not possible (y is the caller's). */
ct_status tr_labels(const ct_frame *f, const char *target, const char *positive, double *y,
                    size_t *npos, size_t *nunl, ct_diag *d);

/* Candidate c of grid g (NULL: the options' own hyperparameters). CT_EINVAL
 * for an unknown key or a bad value (named). */
ct_status tr_config(const ct_grid *g, size_t c, const ct_train_options *o, ct_train_config *cfg,
                    ct_diag *d);

/* Fit spec (its vectorizer replaced by cfg's) and the family `type` with
 * cfg's C and class weights on rows[0..n) of f, labels y (indexed by frame
 * row). CT_ENOCONVERGE is folded into out->converged = 0 (CT_OK). */
ct_status tr_fit_rows(const ct_frame *f, const double *y, const size_t *rows, size_t n,
                      const ct_pipeline_spec *spec, const ct_train_config *cfg,
                      const ct_train_options *o, const ct_estimator_type *type, int keep_design,
                      tr_fit *out, ct_diag *d);
/* The estimator alone on design X with labels ys (X's rows), cfg's C and
 * class weights: out->est, n_iter, converged (CT_ENOCONVERGE folded in). */
ct_status tr_fit_estimator(const ct_csr *X, const double *ys, const ct_train_config *cfg,
                           const ct_train_options *o, const ct_estimator_type *type, tr_fit *out,
                           ct_diag *d);
/* Raw P(y = 1) of rows[0..n) of f. */
ct_status tr_predict_rows(const tr_fit *m, const ct_frame *f, const size_t *rows, size_t n,
                          double *p, ct_diag *d);
void tr_fit_free(tr_fit *m);

/* The log-odds of a probability, ln(p) - ln(1 - p); a p of exactly 0 or 1
 * (the estimator's log-odds beyond what a double probability can carry)
 * gives the log-odds of the nearest probability a double can hold:
 * logit(DBL_TRUE_MIN) = -744.4 and logit(1 - DBL_EPSILON / 2) = 36.7. */
double tr_logit(double p);

/* The shortcut audit (train.h), in parts: the single-column AUCs on the
 * training rows trn (numeric, categorical, text lengths), then the n-grams
 * from a text-only fit whose training design was kept (fit->X, rows trn).
 * The models comparison (a->models) is filled by the caller. */
ct_status tr_audit_columns(ct_audit *a, const ct_frame *f, const double *y, const size_t *trn,
                           size_t ntrn, const ct_train_options *o, ct_diag *d);
ct_status tr_audit_ngrams(ct_audit *a, const tr_fit *fit, const double *y, const size_t *trn,
                          size_t ntrn, size_t keep, ct_diag *d);
void tr_audit_free(ct_audit *a);

/* The model's calibration as a calibrator (NULL for "none"). */
ct_status tr_model_calibrator(const ct_model *m, ct_calibrator **out, ct_diag *d);

#endif
