/* lr_bench.c — the bench driver for bench/lr.sh: on a CSV's text column,
 * times the vectorizer fit + transform (ct_vectorizer) and the
 * logistic-regression fit (ct_lr_type, TRON), the same steps bench/lr_peer.py
 * times for scikit-learn's TfidfVectorizer + LogisticRegression. Public API
 * only; built by `make bench-build` (never by make check).
 *   lr_bench FILE [--text COL] [--target COL] [--positive V] [--ngrams A,B]
 *            [--min-df N] [--max-features N] [--C X] [--threads N]
 *            [--tol X] [--cg-tol X] [--max-iter N]   (ct_lr_params)
 *            [--repeat N]   (fit N times, report the fastest)
 *            [--probs OUT]   (one probability a row, %.17g)
 */
#include <claimtriage/claimtriage.h>

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

/* CPU time of the whole process (all threads): on a shared machine it counts
 * only the time we ran, not the time others ran in our place. */
static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int die(const char *what, const ct_diag *d)
{
    fprintf(stderr, "lr_bench: %s: %s\n", what, d->message);
    return 1;
}

int main(int argc, char **argv)
{
    const char *file = NULL, *text = "video_transcription_text", *target = "claim_status",
               *positive = "claim", *probs = NULL;
    ct_vectorizer_params vp = ct_vectorizer_params_default();
    vp.max_features = 0;
    ct_lr_params lp = ct_lr_params_default();
    int threads = 1, repeat = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--text") && v)
            text = argv[++i];
        else if (!strcmp(a, "--target") && v)
            target = argv[++i];
        else if (!strcmp(a, "--positive") && v)
            positive = argv[++i];
        else if (!strcmp(a, "--probs") && v)
            probs = argv[++i];
        else if (!strcmp(a, "--ngrams") && v) {
            char *e;
            vp.ngram_min = strtoul(argv[++i], &e, 10);
            vp.ngram_max = strtoul(e + 1, NULL, 10);
        } else if (!strcmp(a, "--min-df") && v)
            vp.min_df = strtod(argv[++i], NULL);
        else if (!strcmp(a, "--max-features") && v)
            vp.max_features = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(a, "--C") && v)
            lp.C = strtod(argv[++i], NULL);
        else if (!strcmp(a, "--tol") && v)
            lp.tol = strtod(argv[++i], NULL);
        else if (!strcmp(a, "--cg-tol") && v)
            lp.cg_tol = strtod(argv[++i], NULL);
        else if (!strcmp(a, "--max-iter") && v)
            lp.max_iter = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--no-intercept"))
            lp.fit_intercept = 0;
        else if (!strcmp(a, "--repeat") && v)
            repeat = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(a, "--threads") && v)
            threads = (int)strtol(argv[++i], NULL, 10);
        else
            file = a;
    }
    if (!file) {
        fprintf(stderr, "usage: lr_bench FILE [options]\n");
        return 2;
    }
    ct_threads_set(threads);
    ct_diag d;
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = NULL;
    double t0 = now();
    if (ct_frame_load(file, &lo, &f, NULL, &d) != CT_OK)
        return die("load", &d);
    const double t_load = now() - t0;
    size_t jt, jy;
    if (ct_frame_find(f, text, &jt, &d) != CT_OK || ct_frame_find(f, target, &jy, &d) != CT_OK)
        return die("column", &d);
    const ct_column *ct = ct_frame_col(f, jt), *cy = ct_frame_col(f, jy);
    const size_t n0 = ct_frame_nrows(f);
    const char **docs = malloc(n0 * sizeof *docs);
    size_t *lens = malloc(n0 * sizeof *lens);
    double *y = malloc(n0 * sizeof *y);
    size_t n = 0;
    for (size_t i = 0; i < n0; i++) {
        size_t yl = 0;
        const char *ys = ct_column_str(cy, i, &yl);
        if (!ys)
            continue; /* unlabelled rows are not trained on (counted below) */
        docs[n] = ct_column_str(ct, i, &lens[n]);
        y[n] = strlen(positive) == yl && memcmp(ys, positive, yl) == 0;
        n++;
    }
    t0 = now();
    ct_vectorizer *v = NULL;
    if (ct_vectorizer_fit(&vp, docs, lens, n, &v, &d) != CT_OK)
        return die("vectorizer fit", &d);
    ct_csr *X = NULL;
    if (ct_vectorizer_transform(v, docs, lens, n, &X, &d) != CT_OK)
        return die("transform", &d);
    const double t_vec = now() - t0;
    const ct_estimator_type *T = ct_lr_type();
    void *model = NULL;
    double t_fit = 0, c_fit = 0;
    for (int r = 0; r < (repeat > 0 ? repeat : 1); r++) {
        /* the best of --repeat fits: this machine is shared and noisy */
        T->destroy(model);
        model = NULL;
        const double c0 = cpu();
        t0 = now();
        ct_status s = T->fit(&lp, X, y, NULL, NULL, NULL, &model, &d);
        const double t = now() - t0, c = cpu() - c0;
        if (s != CT_OK && s != CT_ENOCONVERGE)
            return die("fit", &d);
        if (r == 0 || t < t_fit)
            t_fit = t;
        if (r == 0 || c < c_fit)
            c_fit = c;
    }
    double *p = malloc(n * sizeof *p);
    t0 = now();
    T->predict_proba(model, X, p, &d);
    const double t_pred = now() - t0;
    printf("rows %zu unlabelled %zu terms %zu nnz %zu\n", n, n0 - n, ct_vectorizer_nterms(v),
           X->nnz);
    printf("load_s %.6f\nvectorize_s %.6f\nfit_s %.6f\nfit_cpu_s %.6f\npredict_s %.6f\nn_iter %d\n",
           t_load, t_vec, t_fit, c_fit, t_pred, ct_lr_n_iter(model));
    if (probs) {
        FILE *fp = fopen(probs, "w");
        if (!fp)
            return 1;
        for (size_t i = 0; i < n; i++)
            fprintf(fp, "%.17g\n", p[i]);
        fclose(fp);
    }
    free(p);
    T->destroy(model);
    ct_csr_free(X);
    ct_vectorizer_free(v);
    free(docs);
    free(lens);
    free(y);
    ct_frame_destroy(f);
    return 0;
}
