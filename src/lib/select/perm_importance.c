/* perm_importance.c — the permutation importance driver: a baseline score,
 * then (group, repeat) tasks in parallel, each with its own random stream
 * and result slot (see claimtriage/importance.h). */
#include "claimtriage/importance.h"
#include "claimtriage/rng.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>

ct_importance_options ct_importance_options_default(void)
{
    return (ct_importance_options){
        .metric = CT_METRIC_AVERAGE_PRECISION, .threshold = 0.5, .n_repeats = 5, .seed = 42};
}

const char *ct_importance_options_check(const ct_importance_options *o)
{
    if (!o) /* NULL options are the defaults wherever they are taken */
        return NULL;
    if ((unsigned)o->metric >= CT_METRIC_COUNT)
        return "unknown metric";
    if (!isfinite(o->threshold))
        return "the threshold must be a finite number";
    if (o->n_repeats < 1 || o->n_repeats > 100000)
        return "n_repeats must be 1 to 100000";
    return NULL;
}

void ct_importance_result_destroy(ct_importance_result *r)
{
    if (!r)
        return;
    ct_free(r->importances);
    ct_free(r->mean);
    ct_free(r->std);
    ct_free(r);
}

typedef struct imp_run {
    const double *y;
    size_t n;
    ct_importance_predict_fn fn;
    void *user;
    const ct_importance_options *o;
    ct_importance_result *r;
    long first_fail;
    int stop;
    uint64_t done;
    ct_diag fail;
} imp_run;

/* Score of proba against y; NaN-valued metrics are CT_EDATA. */
static ct_status score(const imp_run *ir, const double *p, double *v, ct_diag *dg)
{
    ct_metric_note note;
    ct_status s = ct_metrics_score(ir->o->metric, ir->y, p, ir->n, ir->o->threshold, v, &note, dg);
    if (!s && isnan(*v))
        s = ct_diag_set(dg, CT_EDATA, NULL, 0, 0, "%s is undefined on these rows: %s",
                        ct_metric_name(ir->o->metric), ct_metric_note_str(note));
    return s;
}

static ct_status run_task(imp_run *ir, size_t task, ct_diag *dg)
{
    const size_t g = task / ir->o->n_repeats, n = ir->n;
    size_t *perm = ct_malloc(n * sizeof *perm);
    double *p = ct_malloc(n * sizeof *p);
    ct_rng *rng = NULL;
    ct_status s = CT_OK;
    if (!perm || !p || ct_rng_create(ir->o->seed, 1 + (uint64_t)task, &rng)) {
        s = ct_diag_set(dg, CT_ENOMEM, NULL, 0, 0, "out of memory for permutation importance");
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    ct_rng_shuffle(rng, perm, n, sizeof *perm);
    double v;
    if ((s = ir->fn(ir->user, g, perm, n, p, dg)) || (s = score(ir, p, &v, dg)))
        goto done;
    ir->r->importances[task] =
        ct_metric_greater_is_better(ir->o->metric) ? ir->r->baseline - v : v - ir->r->baseline;
done:
    ct_rng_destroy(rng);
    ct_free(perm);
    ct_free(p);
    return s;
}

static void run_all(imp_run *ir, size_t ntask)
{
    long t;
#pragma omp parallel for schedule(dynamic, 1) num_threads(ct_threads())
    for (t = 0; t < (long)ntask; t++) {
        long ff;
        int stop;
#pragma omp atomic read
        ff = ir->first_fail;
#pragma omp atomic read
        stop = ir->stop;
        if (t > ff || stop)
            continue;
        ct_diag dg;
        ct_diag_clear(&dg);
        ct_status s = run_task(ir, (size_t)t, &dg);
#pragma omp critical(ct_importance_state)
        {
            if (s) {
                if (t < ir->first_fail) {
#pragma omp atomic write
                    ir->first_fail = t;
                    ir->fail = dg;
                    ir->fail.status = s;
                }
            } else {
                ir->done++;
                if (ir->o->progress && !ir->stop &&
                    ir->o->progress(ir->o->progress_user, ir->done, ntask)) {
#pragma omp atomic write
                    ir->stop = 1;
                }
            }
        }
    }
}

ct_status ct_importance_permutation(const double *y, size_t n, size_t n_groups,
                                    ct_importance_predict_fn fn, void *user,
                                    const ct_importance_options *o, ct_importance_result **out,
                                    ct_diag *diag)
{
    *out = NULL;
    const ct_importance_options def = ct_importance_options_default();
    if (!o)
        o = &def;
    const char *why = ct_importance_options_check(o);
    if (why)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", why);
    if (!n || !n_groups || !fn)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "permutation importance needs rows, a feature group and a callback");
    if (n_groups > (size_t)LONG_MAX / o->n_repeats)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many groups and repeats");
    for (size_t i = 0; i < n; i++)
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu: label %g is not 0 or 1", i,
                               y[i]);
    /* Average precision of rows that are all positive is 1 whatever the
     * scores (every threshold has precision 1): no shuffle can move it, and
     * a table of zeros would read as a model that uses nothing. */
    if (o->metric == CT_METRIC_AVERAGE_PRECISION) {
        size_t npos = 0;
        for (size_t i = 0; i < n; i++)
            npos += y[i] == 1;
        if (npos == n)
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                               "every labelled row is positive: %s is 1 whatever the order",
                               ct_metric_name(o->metric));
    }
    const size_t ntask = n_groups * o->n_repeats;
    ct_importance_result *r = ct_calloc(1, sizeof *r);
    double *p = ct_malloc(n * sizeof *p);
    if (r) {
        r->importances = ct_malloc(ntask * sizeof *r->importances);
        r->mean = ct_malloc(n_groups * sizeof *r->mean);
        r->std = ct_malloc(n_groups * sizeof *r->std);
    }
    if (!r || !p || !r->importances || !r->mean || !r->std) {
        ct_importance_result_destroy(r);
        ct_free(p);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for permutation importance");
    }
    r->n_groups = n_groups;
    r->n_repeats = o->n_repeats;
    r->metric = o->metric;
    imp_run ir = {.y = y, .n = n, .fn = fn, .user = user, .o = o, .r = r, .first_fail = LONG_MAX};
    ct_diag_clear(&ir.fail);
    ct_status s = fn(user, 0, NULL, n, p, diag);
    if (!s)
        s = score(&ir, p, &r->baseline, diag);
    ct_free(p);
    if (!s) {
        run_all(&ir, ntask);
        if (ir.first_fail != LONG_MAX) {
            if (diag)
                *diag = ir.fail;
            s = ir.fail.status;
        } else if (ir.stop)
            s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                            "permutation importance stopped by the caller");
    }
    if (s) {
        ct_importance_result_destroy(r);
        return s;
    }
    const size_t R = o->n_repeats;
    for (size_t g = 0; g < n_groups; g++) {
        double sum = 0, ss = 0;
        for (size_t k = 0; k < R; k++)
            sum += r->importances[g * R + k];
        const double mean = sum / (double)R;
        for (size_t k = 0; k < R; k++) {
            const double d = r->importances[g * R + k] - mean;
            ss += d * d;
        }
        r->mean[g] = mean;
        r->std[g] = sqrt(ss / (double)R);
    }
    *out = r;
    return CT_OK;
}
