/* test_encoder.c — the fitted encoder: fit on one file, transform another
 * (unseen levels counted and encoded as all zeros, as scikit-learn's
 * OneHotEncoder(handle_unknown='ignore')), columns matched by name and
 * levels by text, borrowed columns, save -> load -> identical matrices, and
 * the file checks. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ct_load_options infer_opts(void)
{
    ct_load_options lo = ct_load_options_default();
    lo.use_schema = 0;
    lo.schema = NULL;
    return lo;
}

/* Training file: kind has levels a, b, c; views is numeric; likes capped. */
static const char train_csv[] = "kind,views,likes\n"
                                "b,10,1\n"
                                "a,20,2\n"
                                "c,30,3\n"
                                "a,40,4\n"
                                "b,50,100\n";

/* Another file: columns in another order, levels in another order of first
 * appearance, a level the encoder has not seen (d) and a missing kind. */
static const char other_csv[] = "likes,views,kind\n"
                                "3,5,c\n"
                                "500,6,d\n"
                                "2,7,a\n"
                                "1,8,\n"
                                "4,9,b\n";

static const ct_encoder_feature feats[] = {
    {"views", NULL, 0}, {"kind", NULL, 0}, {"likes", NULL, 1}};

static ct_encoder *fit_train(ct_frame **train)
{
    ct_load_options lo = infer_opts();
    *train = ct_test_load(train_csv, &lo, CT_OK, NULL);
    ct_encoder_spec spec = ct_encoder_spec_default();
    spec.features = feats;
    spec.nfeatures = 3;
    ct_encoder *e = NULL;
    ct_diag dg;
    assert_int_equal(ct_encoder_fit(*train, NULL, 0, &spec, &e, &dg), CT_OK);
    return e;
}

static void assert_same_matrix(const ct_matrix *a, const ct_matrix *b)
{
    assert_int_equal(a->nrows, b->nrows);
    assert_int_equal(a->ncols, b->ncols);
    for (size_t j = 0; j < a->ncols; j++) {
        assert_string_equal(a->names[j], b->names[j]);
        assert_memory_equal(a->col[j], b->col[j], a->nrows * sizeof(double));
    }
}

/* The "Done when": fitted on one file, applied to another with a
 * level the first lacks, the row is counted as unseen and encoded as such;
 * saved and loaded, the encoder gives identical matrices. */
static void test_unseen_level_and_round_trip(void **state)
{
    (void)state;
    ct_frame *train = NULL;
    ct_encoder *e = fit_train(&train);
    /* const, views, kind_b, kind_c (reference a: first in byte order), likes */
    assert_int_equal(ct_encoder_ncols(e), 5);
    static const char *const names[] = {"const", "views", "kind_b", "kind_c", "likes"};
    for (size_t j = 0; j < 5; j++)
        assert_string_equal(ct_encoder_column(e, j)->name, names[j]);
    const ct_encoder_info *likes = ct_encoder_feature_info(e, 2);
    /* np.quantile([1, 2, 3, 4, 100], [.25, .75]) = 2, 4; limit 4 + 1.5·2 = 7 */
    assert_true(likes->capped);
    assert_rel(likes->q1, 2, 0);
    assert_rel(likes->q3, 4, 0);
    assert_rel(likes->limit, 7, 0);

    ct_load_options lo = infer_opts();
    ct_frame *other = ct_test_load(other_csv, &lo, CT_OK, NULL);
    ct_matrix *m = NULL;
    ct_encoder_stats st;
    assert_int_equal(ct_encoder_transform(e, other, NULL, 0, &m, &st, NULL), CT_OK);
    assert_int_equal(st.rows, 5);
    assert_int_equal(st.unseen, 1);
    assert_int_equal(st.unseen_rows, 1);
    assert_int_equal(st.unseen_by_feature[1], 1);
    assert_int_equal(st.unseen_by_feature[0], 0);
    assert_int_equal(st.missing_by_feature[1], 1);
    assert_int_equal(st.capped, 1); /* likes 500 > 7 */
    /* row 1 (kind d, unseen): all-zero dummies; likes capped at 7 */
    static const double want[5][5] = {
        {1, 5, 0, 1, 3}, {1, 6, 0, 0, 7}, {1, 7, 0, 0, 2}, {1, 8, 0, 0, 1}, {1, 9, 1, 0, 4}};
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 5; j++)
            assert_rel(ct_matrix_get(m, i, j), want[i][j], 0);
    ct_encoder_stats_free(&st);

    /* save -> load -> transform: bit-identical */
    FILE *fp = tmpfile();
    assert_non_null(fp);
    assert_int_equal(ct_encoder_save(e, fp), CT_OK);
    long len = ftell(fp);
    rewind(fp);
    char *text = malloc((size_t)len + 1);
    assert_int_equal(fread(text, 1, (size_t)len, fp), (size_t)len);
    fclose(fp);
    ct_encoder *back = NULL;
    ct_diag dg;
    assert_int_equal(ct_encoder_load_mem(text, (size_t)len, "enc.json", &back, &dg), CT_OK);
    ct_matrix *m2 = NULL;
    assert_int_equal(ct_encoder_transform(back, other, NULL, 0, &m2, NULL, NULL), CT_OK);
    assert_same_matrix(m, m2);
    /* and from a file, with the training frame too */
    const char *path = ct_test_tmpfile(text, (size_t)len);
    ct_encoder *fromfile = NULL;
    assert_int_equal(ct_encoder_load(path, &fromfile, &dg), CT_OK);
    ct_matrix *t1 = NULL, *t2 = NULL;
    assert_int_equal(ct_encoder_transform(e, train, NULL, 0, &t1, NULL, NULL), CT_OK);
    assert_int_equal(ct_encoder_transform(fromfile, train, NULL, 0, &t2, NULL, NULL), CT_OK);
    assert_same_matrix(t1, t2);
    remove(path);
    free(text);
    ct_matrix_free(t1);
    ct_matrix_free(t2);
    ct_matrix_free(m);
    ct_matrix_free(m2);
    ct_encoder_free(back);
    ct_encoder_free(fromfile);
    ct_encoder_free(e);
    ct_frame_destroy(other);
    ct_frame_destroy(train);
}

/* A column used as it is points at the frame's own array; a filtered,
 * capped or standardized one is an owned copy. */
static void test_borrowed_columns(void **state)
{
    (void)state;
    ct_frame *train = NULL;
    ct_encoder *e = fit_train(&train);
    ct_matrix *m = NULL;
    assert_int_equal(ct_encoder_transform(e, train, NULL, 0, &m, NULL, NULL), CT_OK);
    size_t jv;
    assert_int_equal(ct_frame_find(train, "views", &jv, NULL), CT_OK);
    assert_ptr_equal(m->col[1], ct_column_f64(ct_frame_col(train, jv)));
    assert_false(ct_matrix_col_owned(m, 1));
    assert_true(ct_matrix_col_owned(m, 4)); /* likes: 100 capped to 7 */
    ct_matrix_free(m);
    /* the same rows given explicitly, in order: still borrowed */
    size_t all[] = {0, 1, 2, 3, 4}, some[] = {1, 3};
    assert_int_equal(ct_encoder_transform(e, train, all, 5, &m, NULL, NULL), CT_OK);
    assert_false(ct_matrix_col_owned(m, 1));
    ct_matrix_free(m);
    assert_int_equal(ct_encoder_transform(e, train, some, 2, &m, NULL, NULL), CT_OK);
    assert_true(ct_matrix_col_owned(m, 1));
    assert_rel(m->col[1][1], 40, 0);
    ct_matrix_free(m);
    ct_encoder_free(e);

    /* standardized: (x − mean)/scale, population sd (sklearn's StandardScaler) */
    ct_encoder_spec spec = ct_encoder_spec_default();
    spec.features = feats;
    spec.nfeatures = 1;
    spec.standardize = 1;
    spec.intercept = 0;
    assert_int_equal(ct_encoder_fit(train, NULL, 0, &spec, &e, NULL), CT_OK);
    assert_int_equal(ct_encoder_transform(e, train, NULL, 0, &m, NULL, NULL), CT_OK);
    assert_true(ct_matrix_col_owned(m, 0));
    /* StandardScaler().fit_transform([[10],[20],[30],[40],[50]])[0] = -1.414213562373095 */
    assert_rel(m->col[0][0], -1.414213562373095, 1e-12);
    assert_rel(ct_encoder_feature_info(e, 0)->scale, sqrt(200.0), 1e-15);
    ct_matrix_free(m);
    ct_encoder_free(e);
    ct_frame_destroy(train);
}

/* The encoder inside a design reproduces the design's matrix on its rows. */
static void test_transform_reproduces_design(void **state)
{
    (void)state;
    ct_load_options lo = infer_opts();
    ct_frame *f = ct_test_load("kind,views,likes,y\n"
                               "b,10,1,yes\n"
                               "a,,2,no\n" /* dropped: missing views */
                               "c,30,3,no\n"
                               "a,40,4,yes\n"
                               "b,50,100,no\n"
                               "c,60,5,yes\n",
                               &lo, CT_OK, NULL);
    ct_design_options o = ct_design_options_default();
    o.target = "y";
    o.positive = "yes";
    o.features = feats;
    o.nfeatures = 3;
    const char *cap[] = {"likes"};
    o.cap = cap;
    o.ncap = 1;
    ct_design *d = NULL;
    assert_int_equal(ct_design_build(f, &o, &d, NULL), CT_OK);
    assert_int_equal(d->n, 5);
    ct_matrix *m = NULL;
    assert_int_equal(ct_encoder_transform(d->enc, f, d->rows, d->n, &m, NULL, NULL), CT_OK);
    assert_same_matrix(d->x, m);
    ct_matrix_free(m);
    ct_design_free(d);
    ct_frame_destroy(f);
}

static ct_status load_text(const char *text, ct_diag *dg)
{
    ct_encoder *e = NULL;
    ct_status s = ct_encoder_load_mem(text, strlen(text), "t.json", &e, dg);
    if (s == CT_OK)
        ct_encoder_free(e);
    else
        assert_null(e);
    return s;
}

static void test_load_rejects(void **state)
{
    (void)state;
    ct_frame *train = NULL;
    ct_encoder *e = fit_train(&train);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_encoder_save(e, fp), CT_OK);
    fclose(fp);
    ct_diag dg;
    assert_int_equal(load_text(buf, &dg), CT_OK);
    /* truncated: every proper prefix is rejected as a format error, but
     * the whole object without its final line end, which is JSON */
    assert_true(len > 1 && buf[len - 1] == '\n');
    for (size_t cut = 0; cut < len - 1; cut += 7) {
        char *t = strndup(buf, cut);
        assert_int_equal(load_text(t, &dg), CT_EFORMAT);
        free(t);
    }
    assert_non_null(strstr(dg.message, "not a valid encoder file"));
    /* another kind, another version, another tool */
    char *k = strdup(buf);
    memcpy(strstr(k, "\"encoder\""), "\"regress\"", 9);
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    assert_non_null(strstr(dg.message, "'regress'"));
    memcpy(k, buf, len + 1); /* same length */
    *(strstr(k, "\"schema_version\": 1") + 18) = '7';
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    assert_non_null(strstr(dg.message, "schema_version 7"));
    memcpy(k, buf, len + 1);
    memcpy(strstr(k, "claimtriage"), "claimtriagX", 11);
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    /* inconsistent state: levels out of order, a reference not a level */
    memcpy(k, buf, len + 1);
    char *lv = strstr(k, "\"a\",");
    assert_non_null(lv);
    lv[1] = 'z';
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    memcpy(k, buf, len + 1);
    char *ref = strstr(k, "\"reference\": \"a\"");
    assert_non_null(ref);
    ref[14] = 'q';
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    /* a cap_iqr the fit refuses (below 0, as ct_encoder_spec_check says):
     * loaded and used before 2026-12-05 (tester 4) */
    memcpy(k, buf, len + 1);
    char *cap = strstr(k, "\"cap_iqr\": ");
    assert_non_null(cap);
    assert_memory_equal(cap + 11, "1.5", 3);
    memcpy(cap + 11, "-15", 3);
    assert_int_equal(load_text(k, &dg), CT_EFORMAT);
    assert_non_null(strstr(dg.message, "cap_iqr"));
    /* a file that is not there */
    ct_encoder *none = NULL;
    assert_int_equal(ct_encoder_load("/nonexistent/enc.json", &none, &dg), CT_EIO);
    free(k);
    free(buf);
    ct_encoder_free(e);
    ct_frame_destroy(train);
}

/* The encoder file's header has "kind" where every other artifact has
 * "command", as claimtriage/artifact.h says since 2026-12-04 (before, it
 * said "command", and ct_artifact_load on the file failed; tester K). */
static void test_header_is_kind(void **state)
{
    (void)state;
    ct_frame *train = NULL;
    ct_encoder *e = fit_train(&train);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_encoder_save(e, fp), CT_OK);
    fclose(fp);
    assert_non_null(strstr(buf, "\"kind\": \"encoder\""));
    assert_null(strstr(buf, "\"command\""));
    ct_json_doc *doc = NULL;
    assert_int_equal(ct_json_parse(buf, len, "enc.json", NULL, &doc, NULL), CT_OK);
    ct_diag dg;
    assert_int_equal(ct_artifact_check(ct_json_doc_root(doc), "encoder", NULL, NULL, &dg),
                     CT_EFORMAT);
    assert_string_equal(dg.message, "no \"command\" key");
    ct_json_doc_free(doc);
    char cmd[16] = "x";
    assert_int_equal(ct_artifact_sniff(buf, len, cmd, sizeof cmd), 1);
    assert_string_equal(cmd, "");
    assert_int_equal(load_text(buf, &dg), CT_OK);
    free(buf);
    ct_encoder_free(e);
    ct_frame_destroy(train);
}

static void test_fit_errors_and_alloc_failures(void **state)
{
    (void)state;
    ct_load_options lo = infer_opts();
    ct_frame *f = ct_test_load("kind,one,views,note\n"
                               "a,x,1,some words here\n"
                               "b,x,2,more words there\n"
                               "a,x,3,and a third text\n",
                               &lo, CT_OK, NULL);
    ct_encoder_spec spec = ct_encoder_spec_default();
    ct_encoder_feature fs[1] = {{"nope", NULL, 0}};
    spec.features = fs;
    spec.nfeatures = 1;
    ct_encoder *e = NULL;
    ct_diag dg;
    assert_int_equal(ct_encoder_fit(f, NULL, 0, &spec, &e, &dg), CT_ECOLUMN);
    assert_non_null(strstr(dg.message, "'nope'"));
    fs[0].column = "one";
    assert_int_equal(ct_encoder_fit(f, NULL, 0, &spec, &e, &dg), CT_EDATA);
    fs[0].column = "kind";
    fs[0].reference = "q";
    assert_int_equal(ct_encoder_fit(f, NULL, 0, &spec, &e, &dg), CT_EINVAL);
    /* b occurs only in row 1: fitted on rows 0 and 2, kind has one level */
    size_t rows[] = {0, 2};
    fs[0].reference = NULL;
    assert_int_equal(ct_encoder_fit(f, rows, 2, &spec, &e, &dg), CT_EDATA);
    if (ct_column_type(ct_frame_col(f, 3)) == CT_TYPE_TEXT) {
        fs[0].column = "note";
        assert_int_equal(ct_encoder_fit(f, NULL, 0, &spec, &e, &dg), CT_ETYPE);
    }
    assert_null(e);
    /* every allocation failure of fit, transform and load is CT_ENOMEM */
    ct_encoder_feature ok[] = {{"kind", NULL, 0}, {"views", NULL, 1}};
    spec.features = ok;
    spec.nfeatures = 2;
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_encoder_fit(f, NULL, 0, &spec, &e, NULL);
        ct_alloc_fail_after(-1);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
        assert_null(e);
    }
    ct_matrix *m = NULL;
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_encoder_transform(e, f, NULL, 0, &m, NULL, NULL);
        ct_alloc_fail_after(-1);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
        assert_null(m);
    }
    ct_matrix_free(m);
    ct_encoder_free(e);
    ct_frame_destroy(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unseen_level_and_round_trip),
        cmocka_unit_test(test_borrowed_columns),
        cmocka_unit_test(test_transform_reproduces_design),
        cmocka_unit_test(test_load_rejects),
        cmocka_unit_test(test_header_is_kind),
        cmocka_unit_test(test_fit_errors_and_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
