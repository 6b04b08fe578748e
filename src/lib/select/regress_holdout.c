/* regress_holdout.c — the held-out view of the regression: a stratified
 * split of the design rows, the fitted encoder applied unchanged to the
 * training and test rows, a (class-weighted) fit on the training rows and
 * classification metrics on the test rows (see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include "claimtriage/split.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The design's encoder applied to design rows idx[0..k) (frame rows
 * d->rows[idx[t]]): the same values as those rows of d->x. */
static ct_status encode_rows(const ct_design *d, const ct_frame *f, const size_t *idx, size_t k,
                             size_t *frame_rows, ct_matrix **out, ct_diag *diag)
{
    for (size_t t = 0; t < k; t++)
        frame_rows[t] = d->rows[idx[t]];
    return ct_encoder_transform(d->enc, f, frame_rows, k, out, NULL, diag);
}

/* The baseline beside accuracy, from the confusion matrix: the
 * no-information rate (the majority class's share of the test rows, what
 * always predicting it scores; caret's confusionMatrix), balanced accuracy
 * (sklearn's balanced_accuracy_score: the mean of recall and specificity)
 * and whether every test row got one class; the first two from the metrics
 * module (claimtriage/metrics.h). */
static void baseline(ct_regress_holdout *h)
{
    const ct_metrics_binary *m = &h->metrics;
    h->no_information_rate = m->nir;
    h->balanced_accuracy = m->balanced_accuracy; /* undefined (NaN) with one class */
    h->single_class = m->tp + m->fp == 0 ? 0 : m->tn + m->fn == 0 ? 1 : -1;
}

static ct_status holdout(ct_regress_holdout *h, const ct_design *d, const ct_frame *f,
                         const ct_regress_options *o, ct_diag *dg)
{
    size_t n = d->n;
    size_t *tr = ct_malloc(n * sizeof *tr), *te = ct_malloc(n * sizeof *te);
    size_t *fr = ct_malloc(n * sizeof *fr);
    double *yt = ct_malloc(n * sizeof *yt), *wt = ct_malloc(n * sizeof *wt);
    double *prob = ct_malloc(n * sizeof *prob), *ye = ct_malloc(n * sizeof *ye);
    ct_matrix *xt = NULL, *xe = NULL;
    ct_status s = CT_ENOMEM;
    if (!tr || !te || !fr || !yt || !wt || !prob || !ye)
        goto out;
    if ((s = ct_split_stratified(d->y, n, o->test_size, o->seed, tr, &h->ntrain, te, &h->ntest,
                                 dg)))
        goto out;
    for (size_t t = 0; t < h->ntrain; t++) {
        yt[t] = d->y[tr[t]];
        h->ntrain_pos += yt[t] != 0;
    }
    /* class weights n/(2·n_c), sklearn's class_weight="balanced" */
    h->w_pos = (double)h->ntrain / (2.0 * (double)h->ntrain_pos);
    h->w_neg = (double)h->ntrain / (2.0 * (double)(h->ntrain - h->ntrain_pos));
    for (size_t t = 0; t < h->ntrain; t++)
        wt[t] = yt[t] != 0 ? h->w_pos : h->w_neg;
    ct_logit_params par = o->logit;
    par.names = NULL; /* the matrix's column names */
    par.weights = o->balance ? wt : NULL;
    if ((s = encode_rows(d, f, tr, h->ntrain, fr, &xt, dg)) ||
        (s = ct_logit_fit(xt, yt, &par, &h->fit, dg)))
        goto out;
    for (size_t t = 0; t < h->ntest; t++) {
        ye[t] = d->y[te[t]];
        h->ntest_pos += ye[t] != 0;
    }
    if ((s = encode_rows(d, f, te, h->ntest, fr, &xe, dg)) ||
        (s = ct_logit_predict(h->fit, xe, prob)))
        goto out;
    if ((s = ct_metrics_binary_compute(ye, prob, h->ntest, o->threshold, &h->metrics, dg)))
        goto out;
    baseline(h);
out:
    ct_matrix_free(xt);
    ct_matrix_free(xe);
    ct_free(tr);
    ct_free(te);
    ct_free(fr);
    ct_free(yt);
    ct_free(wt);
    ct_free(prob);
    ct_free(ye);
    return s;
}

void ct_regress_holdout_(ct_regress *r, const ct_frame *f, const ct_regress_options *o)
{
    ct_regress_holdout *h = &r->holdout;
    h->test_size = o->test_size;
    h->seed = o->seed;
    h->balance = o->balance;
    h->single_class = -1;
    h->no_information_rate = h->balanced_accuracy = NAN;
    ct_diag dg;
    ct_diag_clear(&dg);
    h->status = holdout(h, r->design, f, o, &dg);
    if (h->status)
        snprintf(h->message, sizeof h->message, "%s",
                 dg.message[0] ? dg.message : ct_status_str(h->status));
}
