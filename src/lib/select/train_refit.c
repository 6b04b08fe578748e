/* train_refit.c — the final refit on the training and validation rows
 * (claimtriage/train.h, refit; docs/train.md step 4a): after the champion,
 * its calibration and its threshold are chosen on the training part and
 * the validation rows, the champion's settings are fitted once more on
 * both sets together, the test rows still untouched, and that fit is the
 * model saved and the one the test rows measure.
 *
 * With CT_REFIT_TRAIN_VALIDATION_CV the calibration is refitted too, as
 * scikit-learn's CalibratedClassifierCV(ensemble=False) does: a k-fold of
 * the same rows with the champion's settings gives every row a score from
 * a model that did not see it (cross_val_predict), and the calibrator is
 * fitted on those scores alone.
 *
 * The fits are independent (the k fold fits and the final one): one
 * parallel loop, each task writing its own slot, so nothing depends on
 * the thread count (above TR_SERIAL_ROWS rows one fit at a time, each with
 * every thread inside, as train_final.c). */
#include "select/train_internal.h"

#include <math.h>
#include <string.h>

static ct_status nomem(ct_diag *d)
{
    return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

typedef struct refit_task {
    const size_t *rows; /* fitted on */
    size_t n;
    const size_t *prows; /* predicted: NULL for the final fit */
    size_t np;
    double *p;
    const ct_train_options *o;
    tr_fit fit;
    ct_status st;
    ct_diag d;
} refit_task;

static void refit_run(refit_task *t, const ct_frame *f, const double *y,
                      const ct_pipeline_spec *spec, const ct_train_config *cfg)
{
    t->st = tr_fit_rows(f, y, t->rows, t->n, NULL, 0, spec, cfg, t->o, 0, &t->fit, &t->d);
    if (t->st == CT_OK && t->prows)
        t->st = tr_predict_rows(&t->fit, f, t->prows, t->np, t->p, &t->d);
    if (t->prows) /* a fold's fit is wanted for its scores only */
        tr_fit_free(&t->fit);
}

/* rows[0] and rows[1] (each ascending) merged into out, ascending. */
static size_t merge_rows(const tr_work *w, size_t *out)
{
    size_t i = 0, j = 0, k = 0;
    while (i < w->nrows[0] || j < w->nrows[1]) {
        if (j >= w->nrows[1] || (i < w->nrows[0] && w->rows[0][i] < w->rows[1][j]))
            out[k++] = w->rows[0][i++];
        else
            out[k++] = w->rows[1][j++];
    }
    return k;
}

ct_status tr_refit(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                   const ct_pipeline_spec *spec, tr_work *w, double **oof, double **oofy,
                   size_t *noof, ct_diag *d)
{
    *oof = *oofy = NULL;
    *noof = 0;
    const size_t n = w->nrows[0] + w->nrows[1];
    const int cv = o->refit == CT_REFIT_TRAIN_VALIDATION_CV;
    const size_t k = cv ? o->folds : 0;
    size_t *rows = ct_malloc((n ? n : 1) * sizeof *rows);
    double *ys = cv ? ct_malloc((n ? n : 1) * sizeof *ys) : NULL;
    int32_t *fold = cv ? ct_malloc((n ? n : 1) * sizeof *fold) : NULL;
    size_t *frows = cv ? ct_malloc((2 * n + 1) * k * sizeof *frows) : NULL;
    double *p = cv ? ct_malloc((n ? n : 1) * sizeof *p) : NULL;
    refit_task *t = ct_calloc(k + 1, sizeof *t);
    ct_status st = CT_OK;
    if (!rows || !t || (cv && (!ys || !fold || !frows || !p)))
        st = nomem(d);
    ct_train_options ocv = *o; /* the fold fits' tolerance, as cross-validation's */
    if (o->cv_tol > ocv.lr.tol)
        ocv.lr.tol = o->cv_tol;
    if (st == CT_OK) {
        merge_rows(w, rows);
        t[k].rows = rows;
        t[k].n = n;
        t[k].o = o;
    }
    if (st == CT_OK && cv) {
        for (size_t i = 0; i < n; i++)
            ys[i] = w->y[rows[i]];
        st = ct_folds_kfold(ys, n, k, o->seed, fold, NULL, d);
        for (size_t c = 0; c < k && st == CT_OK; c++) {
            size_t *tr = frows + c * 2 * n, *te = tr + n, ntr = 0, nte = 0;
            for (size_t i = 0; i < n; i++) {
                if (fold[i] == (int32_t)c)
                    te[nte++] = rows[i];
                else if (fold[i] >= 0)
                    tr[ntr++] = rows[i];
            }
            t[c].rows = tr;
            t[c].n = ntr;
            t[c].prows = te;
            t[c].np = nte;
            t[c].p = ct_malloc((nte ? nte : 1) * sizeof *t[c].p);
            t[c].o = &ocv;
            if (!t[c].p)
                st = nomem(d);
        }
    }
    if (st == CT_OK) {
        const long nt = (long)(k + 1);
        const int nthr = n > TR_SERIAL_ROWS ? 1 : ct_threads();
#pragma omp parallel for num_threads(nthr) schedule(dynamic, 1)
        for (long c = 0; c < nt; c++)
            refit_run(&t[c], f, w->y, spec, &r->chosen);
        for (size_t c = 0; c <= k && st == CT_OK; c++)
            if (t[c].st != CT_OK) {
                st = t[c].st;
                if (d)
                    *d = t[c].d;
            }
    }
    if (st == CT_OK && cv) { /* the scores in the rows' order */
        size_t *at = ct_calloc(k, sizeof *at);
        if (!at)
            st = nomem(d);
        for (size_t i = 0; at && i < n; i++)
            p[i] = fold[i] >= 0 ? t[fold[i]].p[at[fold[i]]++] : NAN;
        ct_free(at);
    }
    if (st == CT_OK && cv) {
        *oof = p;
        *oofy = ys;
        *noof = n;
        p = NULL;
        ys = NULL;
    }
    if (st == CT_OK)
        st = tr_predict_rows(&t[k].fit, f, w->rows[2], w->nrows[2], w->raw[2], d);
    if (st == CT_OK) {
        tr_fit_free(&w->fit);
        w->fit = t[k].fit;
        memset(&t[k].fit, 0, sizeof t[k].fit);
        r->n_features = ct_pipeline_ncols(w->fit.pipe);
        r->n_iter = w->fit.n_iter;
        r->converged = w->fit.converged;
        r->refit_rows = n;
    }
    for (size_t c = 0; t && c <= k; c++) {
        tr_fit_free(&t[c].fit);
        if (c < k)
            ct_free(t[c].p);
    }
    ct_free(t);
    ct_free(rows);
    ct_free(ys);
    ct_free(fold);
    ct_free(frows);
    ct_free(p);
    return st;
}
