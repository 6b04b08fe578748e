/* fit_model.c — a helper for the CLI tests of score / merge / queue-eval
 * (not a test itself): fits a model through the library, as
 * tests/unit/test_model_file.c does, on a reports file and saves it, so
 * the tests need no `train` command.
 *   fit_model TRAIN.csv MODEL.ctm
 * Features: every column but claim_status, video_id and # ("all": counts,
 * duration, verified and ban status, the transcript's n-grams and
 * lengths); target claim_status == "claim"; rows without a label are left
 * out (and counted); logistic regression with the library's defaults; no
 * calibration, threshold 0.5; the mean training probability is recorded as
 * the metric "mean_probability" (split "train") for the drift check. */
#include <claimtriage/claimtriage.h>

#include <stdio.h>
#include <string.h>

static int fail(const char *what, const ct_diag *d)
{
    fprintf(stderr, "fit_model: %s: %s:%ld: %s\n", what, d->file, d->line, d->message);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fit_model TRAIN.csv MODEL.ctm\n");
        return 2;
    }
    ct_diag d;
    ct_diag_clear(&d);
    ct_load_options lo = ct_load_options_default();
    lo.schema = ct_reports_schema();
    ct_frame *f = NULL;
    ct_load_stats st;
    if (ct_frame_load(argv[1], &lo, &f, &st, &d) != CT_OK)
        return fail("load", &d);
    size_t jl;
    if (ct_frame_find(f, "claim_status", &jl, &d) != CT_OK)
        return fail("label", &d);
    const ct_column *lab = ct_frame_col(f, jl);
    const size_t n = ct_frame_nrows(f);
    size_t *rows = ct_malloc((n ? n : 1) * sizeof *rows);
    double *y = ct_malloc((n ? n : 1) * sizeof *y);
    size_t nr = 0;
    for (size_t i = 0; i < n; i++) {
        const char *v = ct_column_str(lab, i, NULL);
        if (!v)
            continue;
        rows[nr] = i;
        y[nr++] = strcmp(v, "claim") == 0;
    }
    static const char *const excl[] = {"claim_status", "video_id", "#"};
    ct_feature_set fs;
    if (ct_feature_set_resolve(f, "all", "video_transcription_text", excl, 3, NULL, 0, &fs, &d))
        return fail("features", &d);
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    spec.text = "video_transcription_text";
    ct_feature_set_apply(&fs, &spec);
    ct_model *m = ct_model_create();
    if (ct_pipeline_fit(f, rows, nr, &spec, &m->pipeline, &d) != CT_OK)
        return fail("pipeline", &d);
    ct_feature_set_free(&fs);
    ct_csr *X = NULL;
    if (ct_pipeline_transform(m->pipeline, f, rows, nr, &X, NULL, &d) != CT_OK)
        return fail("transform", &d);
    ct_lr_params p = ct_lr_params_default();
    m->type = ct_lr_type();
    ct_status s = m->type->fit(&p, X, y, NULL, NULL, NULL, &m->estimator, &d);
    if (s != CT_OK && s != CT_ENOCONVERGE)
        return fail("fit", &d);
    double *pr = ct_malloc((nr ? nr : 1) * sizeof *pr), sum = 0;
    if (m->type->predict_proba(m->estimator, X, pr, &d) != CT_OK)
        return fail("predict", &d);
    for (size_t i = 0; i < nr; i++)
        sum += pr[i];
    ct_csr_free(X);
    m->target = ct_strdup("claim_status");
    m->positive = ct_strdup("claim");
    m->id = ct_strdup("video_id");
    m->threshold_rule = ct_strdup("default 0.5");
    m->command_line = ct_strdup("fit_model (tests/unit/fit_model.c)");
    m->input_hash = ct_strdup("none");
    m->rows_read = st.rows_read;
    m->rows_used = st.rows_used; /* the loader's, as train writes them */
    m->rows_skipped = st.rows_skipped;
    m->unlabelled = st.rows_used > nr ? st.rows_used - nr : 0;
    m->seed = 0;
    m->threads = 1;
    m->metrics = ct_calloc(1, sizeof *m->metrics);
    m->nmetrics = 1;
    memcpy(m->metrics[0].split, "train", 6);
    memcpy(m->metrics[0].name, "mean_probability", 17);
    m->metrics[0].value = nr ? sum / (double)nr : 0;
    s = ct_model_file_save(argv[2], m, &d);
    ct_free(pr);
    ct_free(rows);
    ct_free(y);
    ct_model_free(m);
    ct_frame_destroy(f);
    if (s != CT_OK)
        return fail("save", &d);
    return 0;
}
