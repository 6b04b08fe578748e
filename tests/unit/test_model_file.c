/* test_model_file.c — the feature pipeline and the model file: feature
 * sets, fit on one frame and transform another (unseen levels and missing
 * values counted, never an error), the file written atomically, loaded
 * back with bit-identical predictions, and every damaged form refused with
 * CT_EFORMAT: empty, truncated at every length, bit-flipped, foreign, newer
 * schema, inconsistent; the calibration's input (log-odds or probability). */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static const char train_csv[] = "id,label,views,kind,text\n"
                                "1,claim,1000,a,someone shared with me that the moon is hollow\n"
                                "2,opinion,10,b,i think that the moon is pretty\n"
                                "3,claim,2000,a,someone shared with me that drones deliver mail\n"
                                "4,opinion,20,b,i believe that drones are loud\n"
                                "5,claim,1500,b,someone learned that the moon has water\n"
                                "6,opinion,15,a,i think that mail is slow\n"
                                "7,claim,3000,a,someone shared with me that water boils\n"
                                "8,opinion,,b,i believe the moon is pretty\n"
                                "9,,50,a,unlabelled row\n";

static const char other_csv[] = "text,kind,views,label,id\n"
                                "someone shared that the moon is hollow,c,900,claim,10\n"
                                "i think drones are loud,,12,opinion,11\n"
                                ",a,,claim,12\n";

static ct_frame *load(const char *csv)
{
    ct_load_options lo = ct_load_options_default();
    return ct_test_load(csv, &lo, CT_OK, NULL);
}

static const char *const excl[] = {"label", "id"};

/* Fit pipeline + lr on the labelled rows of train_csv with feature set fs. */
static ct_model *fit_model(ct_frame *f, const char *fs_name)
{
    ct_feature_set fs;
    ct_diag d;
    assert_int_equal(ct_feature_set_resolve(f, fs_name, "text", excl, 2, NULL, 0, &fs, &d), CT_OK);
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    spec.text = "text";
    ct_feature_set_apply(&fs, &spec);
    const size_t rows[] = {0, 1, 2, 3, 4, 5, 6, 7};
    ct_model *m = ct_model_create();
    assert_int_equal(ct_pipeline_fit(f, rows, 8, &spec, &m->pipeline, &d), CT_OK);
    ct_feature_set_free(&fs);
    ct_csr *X = NULL;
    assert_int_equal(ct_pipeline_transform(m->pipeline, f, rows, 8, &X, NULL, &d), CT_OK);
    const double y[] = {1, 0, 1, 0, 1, 0, 1, 0};
    ct_lr_params p = ct_lr_params_default();
    m->type = ct_lr_type();
    assert_int_equal(m->type->fit(&p, X, y, NULL, NULL, NULL, &m->estimator, &d), CT_OK);
    ct_csr_free(X);
    m->target = ct_strdup("label");
    m->positive = ct_strdup("claim");
    m->id = ct_strdup("id");
    m->threshold_rule = ct_strdup("default 0.5");
    m->command_line = ct_strdup("claimtriage train t.csv -m m.ctm");
    m->input_hash = ct_strdup("crc32:00000000");
    m->rows_read = 9;
    m->rows_used = 8;
    m->rows_skipped = 1;
    m->seed = 42;
    m->threads = 1;
    return m;
}

static void test_feature_sets(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_feature_set fs;
    ct_diag d;
    assert_int_equal(ct_feature_set_resolve(f, "all", "text", excl, 2, NULL, 0, &fs, &d), CT_OK);
    assert_int_equal(fs.nnumeric, 1);
    assert_string_equal(fs.numeric[0], "views");
    assert_int_equal(fs.ncategorical, 1);
    assert_string_equal(fs.categorical[0], "kind");
    assert_true(fs.text_ngrams && fs.text_length);
    ct_feature_set_free(&fs);
    assert_int_equal(ct_feature_set_resolve(f, "text", "text", excl, 2, NULL, 0, &fs, &d), CT_OK);
    assert_true(fs.text_ngrams && !fs.text_length && fs.nnumeric == 0);
    ct_feature_set_free(&fs);
    static const char *const eng[] = {"views"};
    assert_int_equal(ct_feature_set_resolve(f, "engagement", "text", excl, 2, eng, 1, &fs, &d),
                     CT_OK);
    assert_int_equal(fs.nnumeric, 1);
    ct_feature_set_free(&fs);
    assert_int_equal(ct_feature_set_resolve(f, "views,text", "text", excl, 2, NULL, 0, &fs, &d),
                     CT_OK);
    assert_true(fs.nnumeric == 1 && fs.text_ngrams);
    ct_feature_set_free(&fs);
    assert_int_equal(ct_feature_set_resolve(f, "views,nope", "text", excl, 2, NULL, 0, &fs, &d),
                     CT_ECOLUMN);
    /* the option, what it takes, and the columns that can be features
     * (target and id left out) */
    assert_non_null(strstr(d.message, "--features: no column 'nope' in the file; give all, text, "
                                      "engagement or a comma-separated list of its columns: "));
    assert_non_null(strstr(d.message, "views, kind, text"));
    assert_null(strstr(d.message, "label"));
    assert_int_equal(ct_feature_set_resolve(f, "views,views", "text", excl, 2, NULL, 0, &fs, &d),
                     CT_EINVAL);
    /* the id column (excluded) listed: refused by name; the target too;
     * an identifier column not excluded is refused by its type */
    assert_int_equal(ct_feature_set_resolve(f, "id", "text", excl, 2, NULL, 0, &fs, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "it is the id column"));
    assert_int_equal(ct_feature_set_resolve(f, "views,label", "text", excl, 2, NULL, 0, &fs, &d),
                     CT_EINVAL);
    assert_non_null(strstr(d.message, "it is the target"));
    assert_int_equal(ct_feature_set_resolve(f, "id", "text", excl, 1, NULL, 0, &fs, &d), CT_ETYPE);
    assert_int_equal(ct_feature_set_resolve(f, "text", NULL, excl, 2, NULL, 0, &fs, &d), CT_EINVAL);
    ct_frame_destroy(f);
}

static void test_pipeline_transform(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv), *g = load(other_csv);
    ct_model *m = fit_model(f, "all");
    const ct_pipeline *p = m->pipeline;
    /* views, len(text), words(text), kind_b, then the n-grams */
    assert_string_equal(ct_pipeline_column(p, 0)->name, "views");
    assert_string_equal(ct_pipeline_column(p, 1)->name, "len(text)");
    assert_string_equal(ct_pipeline_column(p, 2)->name, "words(text)");
    assert_string_equal(ct_pipeline_column(p, 3)->name, "kind_b");
    assert_int_equal(ct_pipeline_column(p, 4)->kind, CT_PIPELINE_NGRAM);
    ct_csr *X = NULL;
    ct_pipeline_stats s;
    ct_diag d;
    assert_int_equal(ct_pipeline_transform(p, g, NULL, 0, &X, &s, &d), CT_OK);
    assert_int_equal(X->nrows, 3);
    assert_int_equal(s.unseen_levels, 1);   /* 'c' */
    assert_int_equal(s.missing_levels, 1);  /* row 2 */
    assert_int_equal(s.missing_numeric, 1); /* row 3's views */
    assert_int_equal(s.missing_text, 1);
    /* the missing text row has its lengths (0) and no n-gram */
    double prob[3];
    assert_int_equal(m->type->predict_proba(m->estimator, X, prob, &d), CT_OK);
    assert_true(prob[0] > 0.5 && prob[1] < 0.5);
    ct_csr_free(X);
    /* a frame without a feature column */
    ct_frame *h = load("views,kind\n1,a\n");
    assert_int_equal(ct_pipeline_transform(p, h, NULL, 0, &X, NULL, &d), CT_ECOLUMN);
    ct_frame_destroy(h);
    ct_model_free(m);
    ct_frame_destroy(f);
    ct_frame_destroy(g);
}

static char *slurp(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    *n = (size_t)ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = malloc(*n + 1);
    assert_int_equal(fread(b, 1, *n, fp), *n);
    fclose(fp);
    return b;
}

static void assert_refused(const char *text, size_t len, const char *want)
{
    ct_model *m = NULL;
    ct_diag d;
    ct_status s = ct_model_file_load_mem(text, len, "m.ctm", &m, &d);
    if (s != CT_EFORMAT)
        fail_msg("status %d for '%s': %s", s, want, d.message);
    assert_null(m);
    if (want && !strstr(d.message, want))
        fail_msg("message '%s' lacks '%s'", d.message, want);
}

static void test_file_round_trip_and_damage(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv), *g = load(other_csv);
    ct_model *m = fit_model(f, "all");
    char dir[] = "/tmp/ct_model_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/m.ctm", dir);
    ct_diag d;
    assert_int_equal(ct_model_file_save(path, m, &d), CT_OK);
    ct_model *b = NULL;
    assert_int_equal(ct_model_file_load(path, &b, &d), CT_OK);
    double p1[3], p2[3];
    assert_int_equal(ct_model_predict_raw(m, g, NULL, 0, p1, NULL, &d), CT_OK);
    assert_int_equal(ct_model_predict_raw(b, g, NULL, 0, p2, NULL, &d), CT_OK);
    assert_memory_equal(p1, p2, sizeof p1);
    assert_string_equal(b->target, "label");
    assert_int_equal(b->rows_skipped, 1);
    assert_true(b->threshold == 0.5);
    /* saving the loaded model gives the same bytes */
    char path2[256];
    snprintf(path2, sizeof path2, "%s/m2.ctm", dir);
    assert_int_equal(ct_model_file_save(path2, b, &d), CT_OK);
    size_t n, n2;
    char *text = slurp(path, &n), *text2 = slurp(path2, &n2);
    assert_int_equal(n, n2);
    assert_memory_equal(text, text2, n);
    free(text2);
    /* damaged forms */
    assert_refused(text, 0, "empty");
    for (size_t k = 1; k < n - 2; k += (k < 400 ? 1 : 97))
        assert_refused(text, k, NULL);
    assert_refused(text, n / 2, "truncated");
    for (size_t k = 200; k < n; k += 131) {
        char *c = malloc(n);
        memcpy(c, text, n);
        c[k] ^= 0x04;
        ct_model *x = NULL;
        ct_status s = ct_model_file_load_mem(c, n, "flip", &x, &d);
        /* a flip in the payload must be caught; outside it (whitespace of
         * the header) a load that succeeds must predict the same */
        if (s == CT_OK) {
            double p3[3];
            assert_int_equal(ct_model_predict_raw(x, g, NULL, 0, p3, NULL, &d), CT_OK);
            assert_memory_equal(p1, p3, sizeof p1);
            ct_model_free(x);
        } else {
            assert_int_equal(s, CT_EFORMAT);
        }
        free(c);
    }
    /* a flip inside the payload: a checksum mismatch */
    {
        char *c = malloc(n);
        memcpy(c, text, n);
        char *q = strstr(c, "\"coef\"");
        assert_non_null(q);
        q += strcspn(q, "123456789");
        *q ^= 0x01; /* another digit: still JSON, another coefficient */
        assert_refused(c, n, "checksum");
        free(c);
    }
    /* newer schema */
    {
        char *c = malloc(n);
        memcpy(c, text, n);
        char *q = strstr(c, "\"schema_version\": 1");
        q[18] = '7';
        assert_refused(c, n, "newer");
        free(c);
    }
    static const char foreign[] =
        "{\"tool\": \"claimtriage\", \"version\": \"0.1.0\", \"command\": "
        "\"encoder\", \"schema_version\": 1}";
    assert_refused(foreign, strlen(foreign), "not a claimtriage model file");
    assert_refused("PK\x03\x04zip", 7, "not a model file");
    assert_refused("\x1f\x8b\x08\x00gz", 6, "gzip-compressed");
    assert_refused("[1,2]", 5, "not a claimtriage model file");
    /* an unwritable folder: CT_EIO, nothing left behind */
    assert_int_equal(ct_model_file_save("/nonexistent-dir/m.ctm", m, &d), CT_EIO);
    assert_non_null(strstr(d.hint, "folder does not exist"));
    free(text);
    ct_model_free(b);
    unlink(path);
    unlink(path2);
    rmdir(dir);
    ct_model_free(m);
    ct_frame_destroy(f);
    ct_frame_destroy(g);
}

/* Write m to memory (the file's bytes). */
static char *to_text(const ct_model *m, size_t *n)
{
    char *buf = NULL;
    FILE *mem = open_memstream(&buf, n);
    assert_non_null(mem);
    assert_int_equal(ct_model_file_write(mem, m), CT_OK);
    fclose(mem);
    return buf;
}

/* The checksum of an edited payload recomputed as the writer does (zlib's
 * CRC-32 of the payload's bytes, its '{' to its '}'), so the loader's
 * member checks are reached. */
static void reseal(char *t, size_t n)
{
    char *b = strstr(t, "\"payload\": ");
    assert_non_null(b);
    b += strlen("\"payload\": ");
    size_t e = n;
    while (e > 0 && t[e - 1] != '}')
        e--;
    e--; /* the file's closing brace; the payload's is the one before */
    while (e > 0 && t[e - 1] != '}')
        e--;
    char hex[9];
    snprintf(hex, sizeof hex, "%08lx",
             crc32(crc32(0L, Z_NULL, 0), (const Bytef *)b, (uInt)(t + e - b)));
    char *c = strstr(t, "\"crc32\": \"");
    assert_non_null(c);
    memcpy(c + strlen("\"crc32\": \""), hex, 8);
}

/* Calibrated p of raw p0 through model text t. */
static double calibrated(const char *t, size_t n, double p0, int *logodds)
{
    ct_model *m = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m.ctm", &m, &d), CT_OK);
    ct_calibrator *c = NULL;
    assert_int_equal(ct_model_calibrator(m, &c, &d), CT_OK);
    ct_model_calibrate(m, c, &p0, 1);
    *logodds = m->calibration_logodds;
    ct_calib_destroy(c);
    ct_model_free(m);
    return p0;
}

/* calibration.input: isotonic on log-odds or on probabilities, a file
 * without the key read as written before it (isotonic on probabilities),
 * Platt on probabilities and unknown inputs refused */
static void test_calibration_input(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "all");
    snprintf(m->calibration, sizeof m->calibration, "isotonic");
    m->niso = 2;
    m->iso_x = malloc(2 * sizeof(double));
    m->iso_y = malloc(2 * sizeof(double));
    m->iso_x[0] = -2;
    m->iso_x[1] = 2;
    m->iso_y[0] = 0;
    m->iso_y[1] = 1;
    m->calibration_logodds = 1;
    size_t n;
    char *t = to_text(m, &n);
    assert_non_null(strstr(t, "\"input\": \"log-odds\""));
    int lo;
    /* raw p = sigmoid(1): log-odds 1, three quarters of the way from -2 to 2 */
    assert_true(fabs(calibrated(t, n, 1 / (1 + exp(-1.0)), &lo) - 0.75) < 1e-12);
    assert_int_equal(lo, 1);
    free(t);
    /* on probabilities: knots 0.2 and 0.8 */
    m->iso_x[0] = 0.2;
    m->iso_x[1] = 0.8;
    m->calibration_logodds = 0;
    t = to_text(m, &n);
    assert_true(fabs(calibrated(t, n, 0.65, &lo) - 0.75) < 1e-12);
    assert_int_equal(lo, 0);
    /* the key absent (files before 2026-12-01): isotonic on probabilities */
    char *k = strstr(t, "\"input\": \"probability\",");
    assert_non_null(k);
    const size_t kl = strlen("\"input\": \"probability\",");
    memmove(k, k + kl, n - (size_t)(k - t) - kl);
    n -= kl;
    reseal(t, n);
    assert_true(fabs(calibrated(t, n, 0.65, &lo) - 0.75) < 1e-12);
    assert_int_equal(lo, 0);
    free(t);
    /* an unknown input */
    t = to_text(m, &n);
    k = strstr(t, "\"probability\"");
    memcpy(k + 1, "odds", 4);
    reseal(t, n);
    assert_refused(t, n, "input\" must be log-odds or probability");
    free(t);
    /* Platt on probabilities */
    snprintf(m->calibration, sizeof m->calibration, "platt");
    m->platt_a = -1;
    m->platt_b = 0;
    t = to_text(m, &n);
    assert_refused(t, n, "Platt calibration takes log-odds");
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* The first number after key in t (the file's text) overwritten with v,
 * padded with spaces (v no longer than the number), and the file resealed:
 * an edit whose checksum was recomputed, so the member checks are what
 * refuse it. */
static void set_num(char *t, size_t n, const char *key, const char *v)
{
    char *k = t;
    for (;;) { /* the first occurrence whose value is a number */
        k = strstr(k, key);
        assert_non_null(k);
        k += strlen(key);
        k += strspn(k, " \n");
        if (*k == '-' || (*k >= '0' && *k <= '9'))
            break;
    }
    const size_t len = strspn(k, "-+.0123456789eE");
    assert_true(strlen(v) <= len);
    memset(k, ' ', len);
    memcpy(k, v, strlen(v));
    reseal(t, n);
}

/* Every loaded field in its domain (tester 3, 2026-12-03): edited files
 * with a recomputed checksum that held a scale of 0 (every value infinite)
 * or a negative one, an empty positive class, a Platt slope that reverses
 * the order or of 1e308, a coefficient of 1e308, loaded and predicted. */
static void test_field_domains(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "all");
    size_t n;
    char *t = to_text(m, &n);
    assert_non_null(strstr(t, "\"scale\""));
    static const struct {
        const char *key, *value, *want;
    } edits[] = {
        {"\"scale\": ", "0", "\"scale\" must be a finite number > 0"},
        {"\"scale\": ", "-1", "\"scale\" must be a finite number > 0"},
        {"\"mean\": ", "1e999", "number"},        /* out of range for a double: the parse */
        {"\"coef\": [", "1e308", "beyond 1e100"}, /* JSON's [ then a number */
        {"\"intercept\": ", "-1e200", "beyond 1e100"},
    };
    for (size_t k = 0; k < sizeof edits / sizeof edits[0]; k++) {
        char *c = malloc(n + 1);
        memcpy(c, t, n + 1);
        set_num(c, n, edits[k].key, edits[k].value);
        assert_refused(c, n, edits[k].want);
        free(c);
    }
    free(t);
    /* an empty positive class */
    char *pos = m->positive;
    m->positive = ct_strdup("");
    t = to_text(m, &n);
    assert_refused(t, n, "\"positive\" is empty");
    free(t);
    ct_free(m->positive);
    m->positive = pos;
    /* Platt: a slope >= 0 (train never saves one), or beyond 1e100 */
    snprintf(m->calibration, sizeof m->calibration, "platt");
    m->calibration_logodds = 1;
    const double slopes[][2] = {{0.5, 0}, {0, 0}, {-1e308, 0}, {-1, 1e200}};
    const char *want[] = {"must be < 0", "must be < 0", "within 1e100", "within 1e100"};
    for (size_t k = 0; k < 4; k++) {
        m->platt_a = slopes[k][0];
        m->platt_b = slopes[k][1];
        t = to_text(m, &n);
        assert_refused(t, n, want[k]);
        free(t);
    }
    /* a valid Platt slope loads */
    m->platt_a = -1.5;
    m->platt_b = 0.25;
    t = to_text(m, &n);
    ct_model *b = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m.ctm", &b, &d), CT_OK);
    ct_model_free(b);
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* text-only models: the pipeline is the n-grams alone */
static void test_text_only(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "text");
    for (size_t j = 0; j < ct_pipeline_ncols(m->pipeline); j++)
        assert_int_equal(ct_pipeline_column(m->pipeline, j)->kind, CT_PIPELINE_NGRAM);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_model_file_write(fp, m), CT_OK);
    fclose(fp);
    ct_model *b = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(buf, len, "mem", &b, &d), CT_OK);
    assert_int_equal(ct_pipeline_ncols(b->pipeline), ct_pipeline_ncols(m->pipeline));
    free(buf);
    ct_model_free(b);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* A seed above 2^63 - 1 was written as an integer the loader refuses
 * (int64 only): the file could not be loaded back. Writing refuses it. */
static void test_seed_range(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "all");
    m->seed = (uint64_t)INT64_MAX + 1;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    assert_int_equal(ct_model_file_write(mem, m), CT_EINVAL);
    fclose(mem);
    free(buf);
    m->seed = (uint64_t)INT64_MAX;
    size_t n = 0;
    char *t = to_text(m, &n);
    ct_model *back = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_true(back->seed == (uint64_t)INT64_MAX);
    ct_model_free(back);
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* holdout_grouped: written only when set (a model whose split kept ids
 * together), read back; absent reads 0; true without a holdout refused. */
static void test_holdout_grouped(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "all");
    size_t n = 0;
    char *t = to_text(m, &n);
    assert_null(strstr(t, "holdout_grouped"));
    ct_model *back = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_int_equal(back->holdout_grouped, 0);
    ct_model_free(back);
    free(t);
    m->holdout[0] = 0.6;
    m->holdout[1] = m->holdout[2] = 0.2;
    m->holdout_grouped = 1;
    t = to_text(m, &n);
    assert_non_null(strstr(t, "\"holdout_grouped\": true"));
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_int_equal(back->holdout_grouped, 1);
    ct_model_free(back);
    free(t);
    m->holdout[0] = m->holdout[1] = m->holdout[2] = 0;
    t = to_text(m, &n);
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "holdout_grouped"));
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* ct_frame_rows_digest: the same rows in any order give one digest; a
 * changed value, a row repeated in place of another, or another column
 * order give another. The model file's rows_digest (since 2026-12-06):
 * written only when recorded and read back, absent (older files) read as
 * "", a malformed one refused, and no part of the fingerprint. */
static void test_rows_digest(void **state)
{
    (void)state;
    static const char shuffled[] = "id,label,views,kind,text\n"
                                   "9,,50,a,unlabelled row\n"
                                   "4,opinion,20,b,i believe that drones are loud\n"
                                   "8,opinion,,b,i believe the moon is pretty\n"
                                   "1,claim,1000,a,someone shared with me that the moon is hollow\n"
                                   "6,opinion,15,a,i think that mail is slow\n"
                                   "2,opinion,10,b,i think that the moon is pretty\n"
                                   "7,claim,3000,a,someone shared with me that water boils\n"
                                   "5,claim,1500,b,someone learned that the moon has water\n"
                                   "3,claim,2000,a,someone shared with me that drones deliver mail\n";
    ct_frame *f = load(train_csv), *g = load(shuffled);
    char a[CT_FRAME_ROWS_DIGEST_SIZE], b[CT_FRAME_ROWS_DIGEST_SIZE];
    ct_frame_rows_digest(f, a, sizeof a);
    ct_frame_rows_digest(g, b, sizeof b);
    assert_int_equal(strlen(a), CT_FRAME_ROWS_DIGEST_SIZE - 1);
    assert_int_equal(strncmp(a, "rowsum:", 7), 0);
    assert_string_equal(a, b);
    ct_frame_destroy(g);
    /* one value changed (views 20 -> 21) */
    char *t = ct_strdup(shuffled);
    char *p = strstr(t, "opinion,20,");
    p[9] = '1';
    g = load(t);
    ct_frame_rows_digest(g, b, sizeof b);
    assert_string_not_equal(a, b);
    ct_frame_destroy(g);
    /* row 9 repeated in place of row 3: the same rows as a set, not as a
     * multiset */
    static const char nine[] = "9,,50,a,unlabelled row\n";
    memcpy(strstr(t, "3,claim,2000"), nine, sizeof nine);
    memcpy(strstr(t, "opinion,21,"), "opinion,20,", 11);
    g = load(t);
    ct_frame_rows_digest(g, b, sizeof b);
    assert_string_not_equal(a, b);
    ct_frame_destroy(g);
    ct_free(t);
    /* "kind" read as text, not categorical: the same values, one digest */
    ct_load_options lo = ct_load_options_default();
    ct_schema_column sc[] = {{.name = "kind", .type = CT_TYPE_TEXT}};
    ct_schema schema = {.columns = sc, .ncolumns = 1};
    lo.schema = &schema;
    lo.use_schema = 1;
    g = ct_test_load(train_csv, &lo, CT_OK, NULL);
    assert_int_equal(ct_column_type(ct_frame_col(g, 3)), CT_TYPE_TEXT);
    ct_frame_rows_digest(g, b, sizeof b);
    assert_string_equal(a, b);
    ct_frame_destroy(g);
    ct_frame_rows_digest(NULL, b, sizeof b);
    assert_string_equal(b, "");

    /* the model file */
    ct_model *m = fit_model(f, "all");
    size_t n = 0;
    t = to_text(m, &n);
    assert_null(strstr(t, "rows_digest"));
    ct_model *back = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_string_equal(back->rows_digest, "");
    char fp[9];
    memcpy(fp, back->fingerprint, sizeof fp);
    ct_model_free(back);
    free(t);
    memcpy(m->rows_digest, a, sizeof a);
    t = to_text(m, &n);
    assert_non_null(strstr(t, "\"rows_digest\": \"rowsum:"));
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_string_equal(back->rows_digest, a);
    assert_string_equal(back->fingerprint, fp);
    ct_model_free(back);
    free(t);
    memcpy(m->rows_digest, "rowsum:xyz", 11);
    t = to_text(m, &n);
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "rows_digest"));
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
}

/* ct_model_seen_record / ct_model_seen_count and the model file's
 * seen_rows (since 2026-12-07): the rows a model was trained on, by
 * content over named columns, counted in a file whose columns are in
 * another order, with an extra one and other rows among them; a label
 * read as numbers in one file and as levels in another keys alike; the
 * keys round-trip through the file (no part of the fingerprint), and a
 * damaged encoding is refused. */
static void test_seen_rows(void **state)
{
    (void)state;
    /* rows 1 (line 3), 3, 4 of train_csv, reordered, an extra column, a
     * new row and row 3 with its views changed */
    static const char other[] = "extra,text,kind,views,label,id\n"
                                "x,i believe that drones are loud,b,20,opinion,40\n"
                                "x,a new row,a,7,claim,41\n"
                                "x,i think that the moon is pretty,b,10,opinion,42\n"
                                "x,someone shared with me that drones deliver mail,a,2001,claim,43\n"
                                "x,someone learned that the moon has water,b,1500,claim,44\n"
                                "x,i believe that drones are loud,b,20,opinion,45\n";
    ct_frame *f = load(train_csv), *g = load(other);
    ct_model *m = fit_model(f, "all");
    static const char *const cols[] = {"label", "views", "kind", "text"};
    static const size_t rows[] = {1, 2, 3, 4};
    size_t k = 99;
    uint8_t flags[6];
    assert_int_equal(ct_model_seen_count(m, g, NULL, ct_frame_nrows(g), &k, NULL), -1);
    assert_int_equal(k, 0);
    assert_int_equal(ct_model_seen_record(m, f, cols, 4, rows, 4), CT_OK);
    assert_int_equal(m->nseen_rows, 4);
    for (size_t i = 1; i < m->nseen_rows; i++)
        assert_true(m->seen_rows[i] > m->seen_rows[i - 1]);
    /* rows 1, 3 (twice) and 4; row 2 has other views, row 0 is not there */
    assert_int_equal(ct_model_seen_count(m, g, NULL, ct_frame_nrows(g), &k, flags), 0);
    assert_int_equal(k, 4);
    static const uint8_t want[] = {1, 0, 1, 0, 1, 1};
    assert_memory_equal(flags, want, sizeof want);
    static const size_t some[] = {0, 1};
    assert_int_equal(ct_model_seen_count(m, g, some, 2, &k, NULL), 0);
    assert_int_equal(k, 1);
    assert_int_equal(ct_model_seen_count(m, f, NULL, ct_frame_nrows(f), &k, NULL), 0);
    assert_int_equal(k, 4);

    /* labels 1/0 read as numbers in one file and as levels in another */
    ct_frame *n1 = load("label,views\n1,5\n0,6\n1,7\n");
    ct_load_options lo = ct_load_options_default();
    ct_schema_column sc[] = {{.name = "label", .type = CT_TYPE_CATEGORY}};
    ct_schema schema = {.columns = sc, .ncolumns = 1};
    lo.schema = &schema;
    lo.use_schema = 1;
    ct_frame *n2 = ct_test_load("views,label\n7,1\n6,1\n", &lo, CT_OK, NULL);
    ct_model *mn = ct_model_create();
    static const char *const lv[] = {"label", "views"};
    assert_int_equal(ct_model_seen_record(mn, n1, lv, 2, NULL, 3), CT_OK);
    assert_int_equal(ct_model_seen_count(mn, n2, NULL, 2, &k, NULL), 0);
    assert_int_equal(k, 1);
    ct_model_free(mn);
    ct_frame_destroy(n1);
    ct_frame_destroy(n2);

    /* the file: read back, the same fingerprint as without the key */
    size_t n = 0;
    char *t = to_text(m, &n);
    assert_non_null(strstr(t, "\"seen_rows\": {"));
    ct_model *back = NULL;
    ct_diag d;
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_int_equal(back->nseen_columns, 4);
    assert_string_equal(back->seen_columns[3], "text");
    assert_int_equal(back->nseen_rows, 4);
    assert_memory_equal(back->seen_rows, m->seen_rows, 4 * sizeof *m->seen_rows);
    assert_int_equal(ct_model_seen_count(back, g, NULL, ct_frame_nrows(g), &k, NULL), 0);
    assert_int_equal(k, 4);
    char fp[9];
    memcpy(fp, back->fingerprint, sizeof fp);
    ct_model_free(back);
    free(t);
    ct_model *plain = fit_model(f, "all");
    t = to_text(plain, &n);
    assert_null(strstr(t, "seen_rows"));
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_OK);
    assert_int_equal(back->nseen_columns, 0);
    assert_string_equal(back->fingerprint, fp);
    ct_model_free(back);
    ct_model_free(plain);
    free(t);
    /* keys out of order: their differences do not encode, refused */
    const uint64_t k0 = m->seen_rows[0];
    m->seen_rows[0] = m->seen_rows[1];
    m->seen_rows[1] = k0;
    t = to_text(m, &n);
    assert_int_equal(ct_model_file_load_mem(t, n, "m", &back, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "seen_rows"));
    free(t);
    ct_model_free(m);
    ct_frame_destroy(f);
    ct_frame_destroy(g);
}

/* A model file is written whole or not at all: when memory runs out
 * encoding seen_rows the write fails with CT_ENOMEM, and a write that
 * succeeds holds the rows. Before 2026-12-07 the key was left out in
 * silence, and the file read as a model that records no training rows. */
static void test_seen_rows_write_nomem(void **state)
{
    (void)state;
    ct_frame *f = load(train_csv);
    ct_model *m = fit_model(f, "all");
    static const char *const cols[] = {"label", "views", "kind", "text"};
    assert_int_equal(ct_model_seen_record(m, f, cols, 4, NULL, ct_frame_nrows(f)), CT_OK);
    size_t failed = 0;
    for (long k = 0;; k++) {
        char *buf = NULL;
        size_t n = 0;
        FILE *mem = open_memstream(&buf, &n);
        assert_non_null(mem);
        ct_alloc_fail_after(k);
        const ct_status st = ct_model_file_write(mem, m);
        ct_alloc_fail_after(-1);
        fclose(mem);
        if (st == CT_OK) {
            ct_model *back = NULL;
            ct_diag d;
            assert_int_equal(ct_model_file_load_mem(buf, n, "m", &back, &d), CT_OK);
            assert_int_equal(back->nseen_rows, m->nseen_rows); /* never dropped */
            ct_model_free(back);
            free(buf);
            break;
        }
        assert_int_equal(st, CT_ENOMEM);
        assert_int_equal(n, 0); /* nothing written */
        failed++;
        free(buf);
    }
    assert_true(failed > 0);
    ct_model_free(m);
    ct_frame_destroy(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feature_sets),
        cmocka_unit_test(test_pipeline_transform),
        cmocka_unit_test(test_file_round_trip_and_damage),
        cmocka_unit_test(test_text_only),
        cmocka_unit_test(test_calibration_input),
        cmocka_unit_test(test_field_domains),
        cmocka_unit_test(test_seed_range),
        cmocka_unit_test(test_holdout_grouped),
        cmocka_unit_test(test_rows_digest),
        cmocka_unit_test(test_seen_rows),
        cmocka_unit_test(test_seen_rows_write_nomem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
