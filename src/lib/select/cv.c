/* cv.c — the cross-validation driver: (candidate, fold) tasks in parallel
 * through the caller's fit-and-predict callback, scores into per-task
 * slots, means, ranks and the champion (see claimtriage/cv.h). */
#include "claimtriage/cv.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

ct_cv_options ct_cv_options_default(void)
{
    return (ct_cv_options){.metric = CT_METRIC_AVERAGE_PRECISION, .threshold = 0.5};
}

const char *ct_cv_options_check(const ct_cv_options *o)
{
    if (!o) /* NULL options are the defaults wherever they are taken */
        return NULL;
    if ((unsigned)o->metric >= CT_METRIC_COUNT)
        return "unknown metric";
    if (!isfinite(o->threshold))
        return "the threshold must be a finite number";
    if (o->max_parallel < 0)
        return "max_parallel must be 0 (the thread count) or positive";
    return NULL;
}

void ct_cv_result_destroy(ct_cv_result *r)
{
    if (!r)
        return;
    ct_free(r->score);
    ct_free(r->note);
    ct_free(r->mean);
    ct_free(r->std);
    ct_free(r->rank);
    ct_free(r->n_noconverge);
    ct_free(r->n_failed);
    if (r->fit_error)
        for (size_t c = 0; c < r->n_candidates; c++)
            ct_free(r->fit_error[c]);
    ct_free(r->fit_error);
    ct_free(r->oof);
    ct_free(r);
}

static ct_cv_result *result_alloc(size_t nc, size_t k, size_t n, int keep_oof)
{
    ct_cv_result *r = ct_calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->n_candidates = nc;
    r->n_folds = k;
    r->n = n;
    r->score = ct_malloc(nc * k * sizeof *r->score);
    r->note = ct_calloc(nc * k, 1);
    r->mean = ct_malloc(nc * sizeof *r->mean);
    r->std = ct_malloc(nc * sizeof *r->std);
    r->rank = ct_calloc(nc, sizeof *r->rank);
    r->n_noconverge = ct_calloc(nc, sizeof *r->n_noconverge);
    r->n_failed = ct_calloc(nc, sizeof *r->n_failed);
    r->fit_error = ct_calloc(nc, sizeof *r->fit_error);
    if (keep_oof && n && (r->oof = ct_malloc(nc * n * sizeof *r->oof)))
        for (size_t i = 0; i < nc * n; i++)
            r->oof[i] = NAN;
    if (!r->score || !r->note || !r->mean || !r->std || !r->rank || !r->n_noconverge ||
        !r->n_failed || !r->fit_error || (keep_oof && n && !r->oof)) {
        ct_cv_result_destroy(r);
        return NULL;
    }
    return r;
}

typedef struct cv_run {
    const double *y;
    size_t n;
    const int32_t *fold;
    size_t k;
    const size_t *rows;
    ct_cv_fit_predict_fn fn;
    void *user;
    const ct_cv_options *o;
    ct_cv_result *r;
    /* shared between the workers */
    long first_fail; /* lowest failing task, or LONG_MAX */
    int stop;        /* the progress callback asked to stop */
    uint64_t done;
    ct_diag fail;
    ct_diag *task_fail; /* [task]: the fit's failure (status CT_OK: none); see cv.h */
} cv_run;

int ct_cv_fit_failed(ct_status s) { return s == CT_EDATA || s == CT_EINVAL || s == CT_EEMPTY; }

/* One (candidate, fold) task. Only its own slots are written. */
static ct_status run_task(cv_run *cv, size_t task, int *noconv, ct_diag *dg)
{
    const size_t c = task / cv->k, f = task % cv->k, n = cv->n;
    size_t *tr = ct_malloc((n ? n : 1) * sizeof *tr);
    size_t *te = ct_malloc((n ? n : 1) * sizeof *te);
    double *p = ct_malloc((n ? n : 1) * sizeof *p);
    double *yt = ct_malloc((n ? n : 1) * sizeof *yt);
    ct_status s = CT_OK;
    if (!tr || !te || !p || !yt) {
        s = ct_diag_set(dg, CT_ENOMEM, NULL, 0, 0, "out of memory for a cross-validation fold");
        goto done;
    }
    size_t ntr = 0, nte = 0;
    for (size_t i = 0; i < n; i++) {
        const int32_t fi = cv->fold[i];
        if (fi < 0)
            continue;
        const size_t row = cv->rows ? cv->rows[i] : i;
        if ((size_t)fi == f) {
            yt[nte] = cv->y[i];
            te[nte++] = row;
        } else
            tr[ntr++] = row;
    }
    s = cv->fn(cv->user, c, tr, ntr, te, nte, p, dg);
    *noconv = s == CT_ENOCONVERGE;
    if (ct_cv_fit_failed(s)) {
        cv->task_fail[task] = *dg;
        cv->task_fail[task].status = s;
        cv->r->score[task] = NAN;
        s = CT_OK;
        goto done;
    }
    if (s && s != CT_ENOCONVERGE)
        goto done;
    ct_metric_note note = CT_NOTE_NONE;
    s = ct_metrics_score(cv->o->metric, yt, p, nte, cv->o->threshold, &cv->r->score[task], &note,
                         dg);
    if (s) {
        char msg[CT_DIAG_MSG_MAX];
        snprintf(msg, sizeof msg, "%s", dg->message);
        ct_diag_set(dg, s, NULL, 0, 0, "candidate %zu, fold %zu: %s", c, f, msg);
        goto done;
    }
    cv->r->note[task] = (unsigned char)note;
    if (cv->r->oof) {
        size_t j = 0;
        for (size_t i = 0; i < n; i++)
            if (cv->fold[i] >= 0 && (size_t)cv->fold[i] == f)
                cv->r->oof[c * n + i] = p[j++];
    }
done:
    ct_free(tr);
    ct_free(te);
    ct_free(p);
    ct_free(yt);
    return s;
}

static void run_all(cv_run *cv)
{
    const size_t ntask = cv->r->n_candidates * cv->k;
    const int mp = cv->o->max_parallel;
    const int nthr = mp > 0 && mp < ct_threads() ? mp : ct_threads();
    long t;
    /* With one thread the region is inactive (OpenMP), so the callback's own
     * parallel regions get every thread. */
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthr)
    for (t = 0; t < (long)ntask; t++) {
        long ff;
        int stop;
#pragma omp atomic read
        ff = cv->first_fail;
#pragma omp atomic read
        stop = cv->stop;
        if (t > ff || stop)
            continue;
        ct_diag dg;
        ct_diag_clear(&dg);
        int noconv = 0;
        ct_status s = run_task(cv, (size_t)t, &noconv, &dg);
        if (s && s != CT_ENOCONVERGE) {
#pragma omp critical(ct_cv_state)
            if (t < cv->first_fail) {
#pragma omp atomic write
                cv->first_fail = t;
                cv->fail = dg;
                cv->fail.status = s;
            }
            continue;
        }
#pragma omp critical(ct_cv_state)
        {
            if (noconv)
                cv->r->n_noconverge[(size_t)t / cv->k]++;
            cv->done++;
            if (cv->o->progress && !cv->stop &&
                cv->o->progress(cv->o->progress_user, cv->done, ntask)) {
#pragma omp atomic write
                cv->stop = 1;
            }
        }
    }
}

/* Each candidate's failed folds and the first one's message (fold order:
 * the same whatever the thread count); the lowest failed task, or -1. */
static long failures(ct_cv_result *r, const ct_diag *task_fail, ct_diag *diag)
{
    long first = -1;
    for (size_t c = 0; c < r->n_candidates; c++)
        for (size_t f = 0; f < r->n_folds; f++) {
            const ct_diag *e = &task_fail[c * r->n_folds + f];
            if (e->status == CT_OK)
                continue;
            if (first < 0)
                first = (long)(c * r->n_folds + f);
            if (r->n_failed[c]++ == 0 && !(r->fit_error[c] = ct_strdup(e->message))) {
                ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for cross-validation");
                return -2;
            }
        }
    return first;
}

/* Means in fold order, std with divisor k, ranks and the champion. */
static ct_status summarise(ct_cv_result *r, const ct_diag *task_fail, ct_diag *diag)
{
    const long first_failed = failures(r, task_fail, diag);
    if (first_failed == -2)
        return CT_ENOMEM;
    const int up = ct_metric_greater_is_better(r->metric);
    const size_t k = r->n_folds;
    int any = 0;
    for (size_t c = 0; c < r->n_candidates; c++) {
        double sum = 0;
        for (size_t f = 0; f < k; f++)
            sum += r->score[c * k + f];
        const double mean = sum / (double)k;
        double ss = 0;
        for (size_t f = 0; f < k; f++) {
            const double d = r->score[c * k + f] - mean;
            ss += d * d;
        }
        r->mean[c] = mean;
        r->std[c] = sqrt(ss / (double)k);
        if (!isnan(mean)) {
            const int better =
                !any || (up ? mean > r->mean[r->champion] : mean < r->mean[r->champion]);
            if (better)
                r->champion = c;
            any = 1;
        }
    }
    for (size_t c = 0; c < r->n_candidates; c++) {
        if (isnan(r->mean[c]))
            continue;
        size_t rank = 1;
        for (size_t d = 0; d < r->n_candidates; d++)
            if (!isnan(r->mean[d]) && (up ? r->mean[d] > r->mean[c] : r->mean[d] < r->mean[c]))
                rank++;
        r->rank[c] = rank;
    }
    if (!any && first_failed >= 0) {
        /* every candidate failed somewhere: the first failure, as it came */
        if (diag)
            *diag = task_fail[first_failed];
        return task_fail[first_failed].status;
    }
    if (!any) {
        const ct_metric_note why = (ct_metric_note)r->note[0];
        return ct_diag_set(
            diag, CT_EDATA, NULL, 0, 0, "%s is undefined on the folds for every candidate (%s)",
            ct_metric_name(r->metric), why ? ct_metric_note_str(why) : "a fold score is NaN");
    }
    return CT_OK;
}

ct_status ct_cv_run(const double *y, size_t n, const int32_t *fold, size_t n_folds,
                    const size_t *rows, size_t n_candidates, ct_cv_fit_predict_fn fn, void *user,
                    const ct_cv_options *o, ct_cv_result **out, ct_diag *diag)
{
    *out = NULL;
    const ct_cv_options def = ct_cv_options_default();
    if (!o)
        o = &def;
    const char *why = ct_cv_options_check(o);
    if (why)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", why);
    if (!n_candidates || n_folds < 2 || !fn)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "cross-validation needs a callback, a candidate and at least 2 folds");
    if (n_candidates > (size_t)LONG_MAX / n_folds)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many candidates and folds");
    size_t *held = ct_calloc(n_folds, sizeof *held);
    if (!held)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for cross-validation");
    ct_status s = CT_OK;
    for (size_t i = 0; i < n && !s; i++) {
        if (fold[i] < 0)
            continue;
        if ((size_t)fold[i] >= n_folds)
            s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "position %zu: fold %d is not below %zu",
                            i, (int)fold[i], n_folds);
        else if (y[i] != 0 && y[i] != 1)
            s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "position %zu: label %g is not 0 or 1", i,
                            y[i]);
        else
            held[fold[i]]++;
    }
    for (size_t f = 0; f < n_folds && !s; f++)
        if (!held[f])
            s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "fold %zu holds no row", f);
    ct_free(held);
    if (s)
        return s;
    ct_cv_result *r = result_alloc(n_candidates, n_folds, n, o->keep_oof);
    if (!r)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for cross-validation");
    r->metric = o->metric;
    cv_run cv = {.y = y,
                 .n = n,
                 .fold = fold,
                 .k = n_folds,
                 .rows = rows,
                 .fn = fn,
                 .user = user,
                 .o = o,
                 .r = r,
                 .first_fail = LONG_MAX,
                 .task_fail = ct_calloc(n_candidates * n_folds, sizeof(ct_diag))};
    if (!cv.task_fail) {
        ct_cv_result_destroy(r);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for cross-validation");
    }
    ct_diag_clear(&cv.fail);
    run_all(&cv);
    if (cv.first_fail != LONG_MAX) {
        if (diag)
            *diag = cv.fail;
        s = cv.fail.status;
    } else if (cv.stop)
        s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "cross-validation stopped by the caller");
    else
        s = summarise(r, cv.task_fail, diag);
    ct_free(cv.task_fail);
    if (s) {
        ct_cv_result_destroy(r);
        return s;
    }
    *out = r;
    return CT_OK;
}
