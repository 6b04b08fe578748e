/* trees_bench.c — the bench driver for bench/trees.sh: on a reports CSV,
 * builds a design with the feature pipeline (public API), splits the
 * labelled rows (every 5th row, from the 5th, is a test row), writes the
 * design as svmlight so bench/trees_peer.py fits scikit-learn and XGBoost on
 * exactly the same numbers, then times our random forest and boosting:
 * fit (wall and CPU), 5-fold CV fit time, prediction rows/s on one thread,
 * test ROC AUC / recall / precision at 0.5. Built by `make bench-build`.
 *   trees_bench FILE --features SET [--ngrams A,B] [--max-ngrams N]
 *               [--weighting tfidf|binary] [--svm OUT] [--threads N]
 *               [--cv 0|1] [--rf 0|1] [--gbdt 0|1] [--repeat N] [--predict 0|1]
 * --weighting: the n-grams' weights (default the pipeline's, TF-IDF; binary
 * is what `train` gives tree models).
 * --repeat N fits N times and reports the fastest wall and the least CPU
 * (for A/B runs on a shared machine); --predict 0 skips the 0.5 s of
 * prediction timing (predict_rows_per_s then reports one pass).
 * The forest: 200 trees, max_features 0.6, max_samples 0.7; the boosting:
 * 300 rounds, depth 4, learning rate 0.1, min_child_weight 5 (issue 13). */
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
static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}
static int die(const char *what, const ct_diag *d)
{
    fprintf(stderr, "trees_bench: %s: %s\n", what, d->message);
    exit(1);
}

/* rows of X listed in idx, as a new CSR */
static ct_csr *take(const ct_csr *X, const size_t *idx, size_t k)
{
    ct_csr *o = NULL;
    ct_csr_create(X->ncols, &o);
    for (size_t q = 0; q < k; q++) {
        size_t i = idx[q];
        if (ct_csr_append_row(o, X->indices + X->indptr[i], X->data + X->indptr[i],
                              X->indptr[i + 1] - X->indptr[i]) != CT_OK)
            exit(1);
    }
    return o;
}

static int g_repeat = 1, g_predict = 1;

static void report(const char *name, const ct_estimator_type *T, const void *params,
                   const ct_csr *Xtr, const double *ytr, const ct_csr *Xte, const double *yte,
                   int cv, int threads)
{
    ct_diag d;
    void *m = NULL;
    ct_threads_set(threads);
    double t_fit = INFINITY, c_fit = INFINITY, c0, t0;
    for (int k = 0; k < g_repeat; k++) {
        if (m)
            T->destroy(m);
        m = NULL;
        c0 = cpu();
        t0 = now();
        if (T->fit(params, Xtr, ytr, NULL, NULL, NULL, &m, &d) != CT_OK)
            die("fit", &d);
        t_fit = fmin(t_fit, now() - t0);
        c_fit = fmin(c_fit, cpu() - c0);
    }
    double t_cv = NAN;
    if (cv) {
        /* 5 folds of the training rows (row i in fold i % 5), fits only */
        size_t *idx = malloc(Xtr->nrows * sizeof *idx);
        double *yy = malloc(Xtr->nrows * sizeof *yy);
        t0 = now();
        for (int k = 0; k < 5; k++) {
            size_t n = 0;
            for (size_t i = 0; i < Xtr->nrows; i++)
                if ((int)(i % 5) != k) {
                    yy[n] = ytr[i];
                    idx[n++] = i;
                }
            ct_csr *Xk = take(Xtr, idx, n);
            void *mk = NULL;
            if (T->fit(params, Xk, yy, NULL, NULL, NULL, &mk, &d) != CT_OK)
                die("cv fit", &d);
            T->destroy(mk);
            ct_csr_free(Xk);
        }
        t_cv = now() - t0;
        free(idx);
        free(yy);
    }
    double *p = malloc(Xte->nrows * sizeof *p);
    ct_threads_set(1);
    /* prediction speed on one thread: repeat until 0.5 s */
    size_t rows = 0;
    t0 = now();
    c0 = cpu();
    do {
        if (T->predict_proba(m, Xte, p, &d) != CT_OK)
            die("predict", &d);
        rows += Xte->nrows;
    } while (g_predict && now() - t0 < 0.5);
    const double rps = (double)rows / (now() - t0), rps_cpu = (double)rows / (cpu() - c0);
    double auc = NAN;
    ct_metrics_roc_auc(yte, p, Xte->nrows, &auc);
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < Xte->nrows; i++) {
        const int pr = p[i] >= 0.5;
        tp += pr && yte[i] == 1;
        fp += pr && yte[i] == 0;
        fn += !pr && yte[i] == 1;
    }
    printf("%s fit_s %.4f fit_cpu_s %.4f cv5_s %.4f predict_rows_per_s %.0f predict_rows_per_cpu_s %.0f auc %.6f "
           "recall %.6f precision %.6f trees %zu\n",
           name, t_fit, c_fit, t_cv, rps, rps_cpu, auc, tp + fn ? (double)tp / (double)(tp + fn) : NAN,
           tp + fp ? (double)tp / (double)(tp + fp) : NAN, ct_tree_model_ntrees(m));
    fflush(stdout);
    free(p);
    T->destroy(m);
}

int main(int argc, char **argv)
{
    const char *file = NULL, *features = NULL, *svm = NULL;
    int threads = 2, cv = 1, do_rf = 1, do_gb = 1;
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--features") && v)
            features = argv[++i];
        else if (!strcmp(a, "--svm") && v)
            svm = argv[++i];
        else if (!strcmp(a, "--threads") && v)
            threads = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--cv") && v)
            cv = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--rf") && v)
            do_rf = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--repeat") && v)
            g_repeat = (int)strtol(argv[++i], NULL, 10) > 0 ? (int)strtol(argv[i], NULL, 10) : 1;
        else if (!strcmp(a, "--predict") && v)
            g_predict = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--gbdt") && v)
            do_gb = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--weighting") && v) {
            const char *wv = argv[++i];
            if (strcmp(wv, "tfidf") && strcmp(wv, "binary")) {
                fprintf(stderr, "trees_bench: --weighting takes tfidf or binary\n");
                return 2;
            }
            spec.vectorizer.weighting = strcmp(wv, "binary") ? CT_VECTORIZER_TFIDF : CT_VECTORIZER_BINARY;
        } else if (!strcmp(a, "--max-ngrams") && v)
            spec.vectorizer.max_features = (size_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(a, "--ngrams") && v) {
            char *end;
            spec.vectorizer.ngram_min = strtoul(argv[++i], &end, 10);
            spec.vectorizer.ngram_max = *end == ',' ? strtoul(end + 1, NULL, 10) : spec.vectorizer.ngram_min;
        } else if (!file && a[0] != '-')
            file = a;
        else {
            fprintf(stderr, "usage: trees_bench FILE --features SET [options]\n");
            return 2;
        }
    }
    if (!file || !features) {
        fprintf(stderr, "usage: trees_bench FILE --features SET [options]\n");
        return 2;
    }
    ct_diag d;
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = NULL;
    if (ct_frame_load(file, &lo, &f, NULL, &d) != CT_OK)
        die("load", &d);
    const char *target = "claim_status", *text = "video_transcription_text";
    const char *exclude[] = {"claim_status", "video_id", "#"};
    const char *engagement[] = {"video_view_count", "video_like_count", "video_share_count",
                                "video_download_count", "video_comment_count"};
    ct_feature_set fs;
    if (ct_feature_set_resolve(f, features, text, exclude, 3, engagement, 5, &fs, &d) != CT_OK)
        die("features", &d);
    ct_feature_set_apply(&fs, &spec);
    spec.text = text;
    size_t jy;
    if (ct_frame_find(f, target, &jy, &d) != CT_OK)
        die("target", &d);
    const ct_column *cy = ct_frame_col(f, jy);
    const size_t n0 = ct_frame_nrows(f);
    size_t *lab = malloc(n0 * sizeof *lab), n = 0;
    double *y = malloc(n0 * sizeof *y);
    for (size_t i = 0; i < n0; i++) {
        size_t yl = 0;
        const char *ys = ct_column_str(cy, i, &yl);
        if (!ys)
            continue; /* unlabelled: neither trained nor scored (counted below) */
        y[n] = yl == 5 && !memcmp(ys, "claim", 5);
        lab[n++] = i;
    }
    size_t *tr = malloc(n * sizeof *tr), *te = malloc(n * sizeof *te), ntr = 0, nte = 0;
    double *ytr = malloc(n * sizeof *ytr), *yte = malloc(n * sizeof *yte);
    for (size_t k = 0; k < n; k++) {
        if (k % 5 == 4) {
            yte[nte] = y[k];
            te[nte++] = lab[k];
        } else {
            ytr[ntr] = y[k];
            tr[ntr++] = lab[k];
        }
    }
    ct_pipeline *pl = NULL;
    if (ct_pipeline_fit(f, tr, ntr, &spec, &pl, &d) != CT_OK)
        die("pipeline", &d);
    ct_csr *Xtr = NULL, *Xte = NULL;
    if (ct_pipeline_transform(pl, f, tr, ntr, &Xtr, NULL, &d) != CT_OK ||
        ct_pipeline_transform(pl, f, te, nte, &Xte, NULL, &d) != CT_OK)
        die("transform", &d);
    printf("design rows %zu (unlabelled %zu left out) train %zu test %zu columns %zu nnz %zu\n",
           n, n0 - n, ntr, nte, Xtr->ncols, Xtr->nnz + Xte->nnz);
    if (svm) {
        /* train rows then test rows; the peer splits at ntr */
        FILE *fp = fopen(svm, "w");
        if (!fp)
            return 1;
        for (int part = 0; part < 2; part++) {
            const ct_csr *X = part ? Xte : Xtr;
            const double *yy = part ? yte : ytr;
            for (size_t i = 0; i < X->nrows; i++) {
                fprintf(fp, "%d", (int)yy[i]);
                for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                    fprintf(fp, " %u:%.17g", X->indices[e] + 1, X->data[e]);
                fputc('\n', fp);
            }
        }
        fclose(fp);
        printf("svm %s ntrain %zu ncols %zu\n", svm, ntr, Xtr->ncols);
    }
    if (do_rf) {
        ct_rf_params rp = ct_rf_params_default();
        rp.n_estimators = 200;
        rp.max_features = 0.6;
        rp.max_samples = 0.7;
        report("ours_rf", ct_rf_type(), &rp, Xtr, ytr, Xte, yte, cv, threads);
    }
    if (do_gb) {
        ct_gbdt_params gp = ct_gbdt_params_default();
        gp.n_estimators = 300;
        gp.max_depth = 4;
        gp.learning_rate = 0.1;
        gp.min_child_weight = 5;
        report("ours_gbdt", ct_gbdt_type(), &gp, Xtr, ytr, Xte, yte, cv, threads);
    }
    ct_csr_free(Xtr);
    ct_csr_free(Xte);
    ct_pipeline_free(pl);
    ct_feature_set_free(&fs);
    ct_frame_destroy(f);
    free(lab);
    free(y);
    free(tr);
    free(te);
    free(ytr);
    free(yte);
    return 0;
}
