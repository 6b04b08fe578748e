/* test_design.c — the design as a composition of cleaning, encoder and
 * matrix: missing and duplicate rows, capping at Q3 + 1.5·IQR (numpy linear
 * quartiles), one-hot against a reference. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

#define TOL 1e-12

static const char small_csv[] = "kind,status,views,likes,label\n"
                                "a,x,10,1,yes\n"
                                "b,y,20,2,no\n"
                                "c,x,,3,no\n"    /* missing views: dropped */
                                "a,x,10,1,yes\n" /* exact duplicate of the first row: dropped */
                                "b,z,40,100,no\n"
                                "c,y,50,5,yes\n"
                                "a,z,60,6,no\n";

static void test_small_design(void **state)
{
    (void)state;
    ct_load_options lo = ct_load_options_default();
    lo.use_schema = 0;
    lo.schema = NULL;
    ct_frame *f = ct_test_load(small_csv, &lo, CT_OK, NULL);
    ct_encoder_feature feats[] = {{"views", NULL, 0}, {"kind", "b", 0}, {"status", NULL, 0}};
    const char *cap[] = {"likes"};
    ct_design_options o = ct_design_options_default();
    o.target = "label";
    o.positive = "yes";
    o.features = feats;
    o.nfeatures = 3;
    o.cap = cap;
    o.ncap = 1;
    ct_design *d = NULL;
    ct_diag dg;
    assert_int_equal(ct_design_build(f, &o, &d, &dg), CT_OK);
    assert_int_equal(d->kept.rows_in, 7);
    assert_int_equal(d->kept.dropped_missing, 1);
    assert_int_equal(d->kept.dropped_duplicate, 1);
    assert_int_equal(d->n, 5);
    /* const, views, kind_a, kind_c (reference b), status_y, status_z (reference x) */
    assert_int_equal(d->p, 6);
    static const char *const names[] = {"const",  "views",    "kind_a",
                                        "kind_c", "status_y", "status_z"};
    for (size_t j = 0; j < 6; j++)
        assert_string_equal(d->x->names[j], names[j]);
    const ct_encoder_info *kind = ct_encoder_feature_info(d->enc, 1);
    const ct_encoder_info *status = ct_encoder_feature_info(d->enc, 2);
    assert_string_equal(kind->levels[kind->reference], "b");
    assert_string_equal(status->levels[status->reference], "x");
    assert_int_equal(ct_encoder_feature_info(d->enc, 0)->kind, CT_ENCODER_NUMERIC);
    /* kept frame rows 0, 1, 4, 5, 6; row 5 = c,y,50 -> 1,50,0,1,1,0; y = 1 */
    static const size_t rows[] = {0, 1, 4, 5, 6};
    assert_memory_equal(d->rows, rows, sizeof rows);
    static const double r3[] = {1, 50, 0, 1, 1, 0};
    for (size_t j = 0; j < 6; j++)
        assert_rel(ct_matrix_get(d->x, 3, j), r3[j], TOL);
    assert_int_equal(d->npositive, 2);
    /* likes over kept rows 1, 2, 100, 5, 6: np.quantile(.., [.25, .75]) = 2, 6;
     * limit 6 + 1.5·4 = 12; one value (100) capped */
    assert_rel(d->clean->caps[0].q1, 2, TOL);
    assert_rel(d->clean->caps[0].q3, 6, TOL);
    assert_rel(d->clean->caps[0].limit, 12, TOL);
    assert_int_equal(d->kept.ncapped[0], 1);
    double capped[5];
    assert_int_equal(ct_clean_capped(d->clean, 0, f, d->rows, d->n, capped, NULL), CT_OK);
    assert_rel(capped[2], 12, TOL);
    ct_design_free(d);

    /* errors: absent column named, bad reference, text feature */
    feats[0].column = "nope";
    assert_int_equal(ct_design_build(f, &o, &d, &dg), CT_ECOLUMN);
    assert_non_null(strstr(dg.message, "'nope'"));
    assert_null(d);
    feats[0].column = "views";
    feats[1].reference = "q";
    assert_int_equal(ct_design_build(f, &o, &d, &dg), CT_EINVAL);
    feats[1].reference = NULL;
    o.positive = "maybe"; /* no kept row has it: a fact of the data, the values named */
    assert_int_equal(ct_design_build(f, &o, &d, &dg), CT_EDATA);
    assert_non_null(strstr(dg.message, "the kept rows hold"));
    assert_non_null(strstr(dg.hint, "--positive"));
    o.positive = "yes";
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_design_build(f, &o, &d, NULL);
        ct_alloc_fail_after(-1);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
        assert_null(d);
    }
    ct_design_free(d);
    ct_frame_destroy(f);
}

static void test_parse_features(void **state)
{
    (void)state;
    char buf[] = "a,b:ref,c";
    ct_encoder_feature fs[4];
    size_t n;
    assert_int_equal(ct_encoder_parse_features(buf, fs, 4, &n, NULL), CT_OK);
    assert_int_equal(n, 3);
    assert_string_equal(fs[1].column, "b");
    assert_string_equal(fs[1].reference, "ref");
    assert_null(fs[2].reference);
    char bad[] = "a,,b";
    assert_int_equal(ct_encoder_parse_features(bad, fs, 4, &n, NULL), CT_EINVAL);
    char bad2[] = "a:";
    assert_int_equal(ct_encoder_parse_features(bad2, fs, 4, &n, NULL), CT_EINVAL);
    /* a name holding ',' is quoted, its reference inside the quotes */
    char quoted[] = "\"views, total:low\",likes";
    assert_int_equal(ct_encoder_parse_features(quoted, fs, 4, &n, NULL), CT_OK);
    assert_int_equal(n, 2);
    assert_string_equal(fs[0].column, "views, total");
    assert_string_equal(fs[0].reference, "low");
    assert_string_equal(fs[1].column, "likes");
    char many[] = "a,b,c,d,e";
    ct_diag d;
    assert_int_equal(ct_encoder_parse_features(many, fs, 4, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "5 names, at most 4");
}

/* The course's cleaning on the real file: df.dropna() (every column) then
 * drop_duplicates() keeps 19,084 rows, the same as our rule (only used
 * columns); quartiles as pandas Series.quantile on the cleaned rows:
 *   video_like_count 810.75 125020.0 -> limit 311333.875, 1726 capped
 *   video_comment_count 1.0 292.0 -> limit 728.5, 2789 capped */
static void test_real_cleaning(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path)
        skip();
    ct_frame *f = NULL;
    ct_load_options lo = ct_load_options_default();
    assert_int_equal(ct_frame_load(path, &lo, &f, NULL, NULL), CT_OK);
    ct_design_options o;
    ct_reports_regress_options(&o, NULL);
    ct_design *d = NULL;
    assert_int_equal(ct_design_build(f, &o, &d, NULL), CT_OK);
    assert_int_equal(d->n, 19084);
    assert_int_equal(d->kept.dropped_missing, 298);
    assert_int_equal(d->kept.dropped_duplicate, 0);
    assert_int_equal(d->kept.repeated_ids, 0);
    assert_int_equal(d->npositive, 1200);
    const ct_clean_cap *caps = d->clean->caps;
    assert_rel(caps[0].q1, 810.75, TOL);
    assert_rel(caps[0].q3, 125020.0, TOL);
    assert_rel(caps[0].limit, 311333.875, TOL);
    assert_int_equal(d->kept.ncapped[0], 1726);
    assert_rel(caps[1].limit, 728.5, TOL);
    assert_int_equal(d->kept.ncapped[1], 2789);
    /* the encoder learned the comment cap on the same rows: the same bound */
    const ct_encoder_info *comments = ct_encoder_feature_info(d->enc, 6);
    assert_true(comments->capped);
    assert_true(comments->limit == caps[1].limit);
    /* rows with a missing value in ANY column: the same 298 */
    size_t any = 0;
    for (size_t i = 0; i < ct_frame_nrows(f); i++) {
        int m = 0;
        for (size_t j = 0; j < ct_frame_ncols(f); j++)
            m |= ct_column_missing(ct_frame_col(f, j))[i];
        any += (size_t)m;
    }
    assert_int_equal(any, 298);
    ct_design_free(d);
    ct_frame_destroy(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_design),
        cmocka_unit_test(test_parse_features),
        cmocka_unit_test(test_real_cleaning),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
