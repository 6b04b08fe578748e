/* train_bench.c — our side of bench/train.sh, the same steps as
 * bench/train_peer.py: the claim classifier's features (feature set "all"
 * or "text", claimtriage/pipeline.h) fitted on the labelled rows of TRAIN,
 * the logistic regression (C), 5-fold stratified cross-validation (each
 * fold fitting its own features), predictions on EVAL (rows/s), and
 * EVAL's metrics from the raw probabilities (no calibration, as the peer's
 * LogisticRegression). Public API only; built by `make bench-build`.
 *   train_bench TRAIN.csv EVAL.csv [C] [all|text] [threads]
 * Prints "name value" lines.
 */
#include <claimtriage/claimtriage.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void die(const char *what, const ct_diag *d)
{
    fprintf(stderr, "train_bench: %s: %s\n", what, d->message);
    exit(1);
}

typedef struct ctx {
    const ct_frame *f;
    const double *y; /* by frame row */
    const ct_pipeline_spec *spec;
    ct_lr_params lp;
} ctx;

static ct_status fold_task(void *user, size_t c, const size_t *tr, size_t ntr, const size_t *te,
                           size_t nte, double *out, ct_diag *d)
{
    (void)c;
    const ctx *x = user;
    ct_pipeline *p = NULL;
    ct_csr *A = NULL, *B = NULL;
    void *m = NULL;
    double *ys = malloc(ntr * sizeof *ys);
    for (size_t i = 0; i < ntr; i++)
        ys[i] = x->y[tr[i]];
    ct_status st = ct_pipeline_fit(x->f, tr, ntr, x->spec, &p, d);
    if (!st)
        st = ct_pipeline_transform(p, x->f, tr, ntr, &A, NULL, d);
    if (!st)
        st = ct_pipeline_transform(p, x->f, te, nte, &B, NULL, d);
    if (!st)
        st = ct_lr_type()->fit(&x->lp, A, ys, NULL, NULL, NULL, &m, d);
    if (!st)
        st = ct_lr_type()->predict_proba(m, B, out, d);
    if (m)
        ct_lr_type()->destroy(m);
    ct_csr_free(A);
    ct_csr_free(B);
    ct_pipeline_free(p);
    free(ys);
    return st;
}

/* y per row: 1 claim, 0 opinion, NaN missing */
static double *labels(const ct_frame *f, size_t *nlab)
{
    size_t j;
    ct_diag d;
    if (ct_frame_find(f, "claim_status", &j, &d))
        die("labels", &d);
    const ct_column *c = ct_frame_col(f, j);
    const size_t n = ct_frame_nrows(f);
    double *y = malloc(n * sizeof *y);
    const int32_t k = ct_column_level_find(c, "claim");
    *nlab = 0;
    for (size_t i = 0; i < n; i++) {
        y[i] = ct_column_missing(c)[i] ? NAN : ct_column_codes(c)[i] == k;
        *nlab += !isnan(y[i]);
    }
    return y;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: train_bench TRAIN.csv EVAL.csv [C] [all|text] [threads]\n");
        return 2;
    }
    const double C = argc > 3 ? strtod(argv[3], NULL) : 1.0;
    const char *set = argc > 4 ? argv[4] : "all";
    ct_threads_set(argc > 5 ? atoi(argv[5]) : 1);
    ct_load_options lo = ct_load_options_default();
    lo.schema = ct_reports_schema();
    ct_frame *fa = NULL, *fb = NULL;
    ct_diag d;
    if (ct_frame_load(argv[1], &lo, &fa, NULL, &d) || ct_frame_load(argv[2], &lo, &fb, NULL, &d))
        die("load", &d);
    size_t na, nb;
    double *ya = labels(fa, &na), *yb = labels(fb, &nb);
    size_t *ra = malloc(na * sizeof *ra), *rb = malloc(nb * sizeof *rb);
    double *yra = malloc(na * sizeof *yra), *yrb = malloc(nb * sizeof *yrb);
    for (size_t i = 0, k = 0; i < ct_frame_nrows(fa); i++)
        if (!isnan(ya[i])) {
            yra[k] = ya[i];
            ra[k++] = i;
        }
    for (size_t i = 0, k = 0; i < ct_frame_nrows(fb); i++)
        if (!isnan(yb[i])) {
            yrb[k] = yb[i];
            rb[k++] = i;
        }
    ct_train_options to = ct_reports_train_options();
    const char *exclude[2] = {to.target, to.id};
    ct_feature_set fs;
    if (ct_feature_set_resolve(fa, set, to.text, exclude, 2, to.engagement, to.nengagement, &fs,
                               &d))
        die("features", &d);
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    ct_feature_set_apply(&fs, &spec);
    spec.text = to.text;
    ctx x = {fa, ya, &spec, ct_lr_params_default()};
    x.lp.C = C;
    /* vectorize: the pipeline fitted on TRAIN's labelled rows and applied */
    double t0 = now();
    ct_pipeline *p = NULL;
    ct_csr *A = NULL, *B = NULL;
    if (ct_pipeline_fit(fa, ra, na, &spec, &p, &d) ||
        ct_pipeline_transform(p, fa, ra, na, &A, NULL, &d))
        die("vectorize", &d);
    printf("vectorize_s %.6f\n", now() - t0);
    t0 = now();
    void *m = NULL;
    if (ct_lr_type()->fit(&x.lp, A, yra, NULL, NULL, NULL, &m, &d))
        die("fit", &d);
    printf("fit_s %.6f\n", now() - t0);
    printf("n_iter %d\n", ct_lr_n_iter(m));
    /* 5-fold CV, each fold its own features */
    int32_t *fold = malloc(na * sizeof *fold);
    if (ct_folds_kfold(yra, na, 5, 42, fold, NULL, &d))
        die("folds", &d);
    ct_cv_result *cv = NULL;
    t0 = now();
    if (ct_cv_run(yra, na, fold, 5, ra, 1, fold_task, &x, NULL, &cv, &d))
        die("cv", &d);
    printf("cv5_s %.6f\n", now() - t0);
    printf("cv_average_precision %.6f\n", cv->mean[0]);
    /* predict EVAL */
    double *pb = malloc(nb * sizeof *pb);
    t0 = now();
    if (ct_pipeline_transform(p, fb, rb, nb, &B, NULL, &d))
        die("transform", &d);
    const double t1 = now();
    if (ct_lr_type()->predict_proba(m, B, pb, &d))
        die("predict", &d);
    const double t2 = now();
    printf("predict_rows_per_s %.0f\n", (double)nb / (t2 - t1));
    printf("score_rows_per_s %.0f\n", (double)nb / (t2 - t0));
    printf("columns %zu\n", ct_pipeline_ncols(p));
    ct_metrics_binary mb;
    if (ct_metrics_binary_compute(yrb, pb, nb, 0.5, &mb, &d))
        die("metrics", &d);
    printf("roc_auc %.6f\naverage_precision %.6f\nrecall %.6f\nprecision %.6f\nece %.6f\n", mb.auc,
           mb.average_precision, mb.recall, mb.precision, mb.ece);
    ct_cv_result_destroy(cv);
    ct_lr_type()->destroy(m);
    ct_csr_free(A);
    ct_csr_free(B);
    ct_pipeline_free(p);
    ct_feature_set_free(&fs);
    ct_frame_destroy(fa);
    ct_frame_destroy(fb);
    free(ya);
    free(yb);
    free(ra);
    free(rb);
    free(yra);
    free(yrb);
    free(fold);
    free(pb);
    return 0;
}
