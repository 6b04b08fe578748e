/* test_clean.c — cleaning rules fitted on one frame and applied unchanged to
 * another: rows missing a used column, exact duplicates (pandas
 * drop_duplicates, first kept), repeated ids, caps learned once. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static ct_load_options infer_opts(void)
{
    ct_load_options lo = ct_load_options_default();
    lo.use_schema = 0;
    lo.schema = NULL;
    return lo;
}

static void test_fit_then_apply(void **state)
{
    (void)state;
    ct_load_options lo = infer_opts();
    ct_frame *a = ct_test_load("id,x,y,z\n"
                               "1,10,1,\n" /* z missing: not a used column, kept */
                               "2,,2,q\n"  /* x missing: dropped */
                               "3,30,3,q\n"
                               "3,30,3,q\n" /* exact duplicate of the row before: dropped */
                               "3,40,4,r\n" /* id 3 repeated */
                               "5,50,100,r\n",
                               &lo, CT_OK, NULL);
    const char *used[] = {"x", "y"}, *cap[] = {"y"};
    ct_clean_spec spec = ct_clean_spec_default();
    spec.columns = used;
    spec.ncolumns = 2;
    spec.cap = cap;
    spec.ncap = 1;
    spec.id_column = "id";
    ct_clean *c = NULL;
    ct_clean_rows r;
    assert_int_equal(ct_clean_fit(a, &spec, &c, &r, NULL), CT_OK);
    static const size_t kept[] = {0, 2, 4, 5};
    assert_int_equal(r.n, 4);
    assert_memory_equal(r.rows, kept, sizeof kept);
    assert_int_equal(r.rows_in, 6);
    assert_int_equal(r.dropped_missing, 1);
    assert_int_equal(r.dropped_duplicate, 1);
    assert_int_equal(r.repeated_ids, 1);
    /* y over kept rows 1, 3, 4, 100: np.quantile(.., [.25, .75]) = 2.5, 28;
     * limit 28 + 1.5·25.5 = 66.25; one value above it */
    assert_rel(c->caps[0].q1, 2.5, 1e-15);
    assert_rel(c->caps[0].q3, 28, 1e-15);
    assert_rel(c->caps[0].limit, 66.25, 1e-15);
    assert_int_equal(r.ncapped[0], 1);
    ct_clean_rows_free(&r);

    /* another frame: the same rules, the stored limit (not relearned) */
    ct_frame *b = ct_test_load("x,y,id\n"
                               "1,70,9\n"
                               "2,60,8\n"
                               "3,1000,7\n",
                               &lo, CT_OK, NULL);
    assert_int_equal(ct_clean_apply(c, b, &r, NULL), CT_OK);
    assert_int_equal(r.n, 3);
    assert_int_equal(r.ncapped[0], 2);
    double v[3];
    assert_int_equal(ct_clean_capped(c, 0, b, NULL, 0, v, NULL), CT_OK);
    assert_rel(v[0], 66.25, 0);
    assert_rel(v[1], 60, 0);
    assert_rel(v[2], 66.25, 0);
    ct_clean_rows_free(&r);
    ct_clean_free(c);

    /* errors: an absent column, a text cap, nothing left */
    used[1] = "nope";
    ct_diag dg;
    assert_int_equal(ct_clean_fit(a, &spec, &c, &r, &dg), CT_ECOLUMN);
    assert_non_null(strstr(dg.message, "'nope'"));
    assert_null(c);
    used[1] = "z";
    cap[0] = "z";
    assert_int_equal(ct_clean_fit(a, &spec, &c, &r, &dg), CT_ETYPE);
    cap[0] = "y";
    ct_frame *empty = ct_test_load("x,y\n,1\n", &lo, CT_OK, NULL);
    used[1] = "y";
    assert_int_equal(ct_clean_fit(empty, &spec, &c, &r, &dg), CT_EEMPTY);
    assert_int_equal(r.n, 0);
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_clean_fit(a, &spec, &c, &r, NULL);
        ct_alloc_fail_after(-1);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
        assert_null(c);
    }
    ct_clean_rows_free(&r);
    ct_clean_free(c);
    ct_frame_destroy(empty);
    ct_frame_destroy(b);
    ct_frame_destroy(a);
}

/* 13 rows whose 19-digit ids differ (7301234567890123456 + k) but share
 * one double, other columns equal: pandas (int64 ids) drop_duplicates()
 * keeps all 13 and df.video_id.duplicated().sum() is 0. Rows that are not
 * duplicates are never dropped as ones. */
static void test_exact_ids_not_duplicates(void **state)
{
    (void)state;
    char csv[1024];
    size_t w = (size_t)snprintf(csv, sizeof csv, "video_id,x,y\n");
    for (int k = 0; k < 13; k++)
        w += (size_t)snprintf(csv + w, sizeof csv - w, "%lld,1,2\n", 7301234567890123456LL + k);
    w += (size_t)snprintf(csv + w, sizeof csv - w, "7301234567890123456,1,2\n"); /* a real one */
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    const char *used[] = {"x", "y"};
    ct_clean_spec spec = ct_clean_spec_default();
    spec.columns = used;
    spec.ncolumns = 2;
    spec.id_column = "video_id";
    ct_clean *c = NULL;
    ct_clean_rows r;
    assert_int_equal(ct_clean_fit(f, &spec, &c, &r, NULL), CT_OK);
    assert_int_equal(r.rows_in, 14);
    assert_int_equal(r.dropped_duplicate, 1);
    assert_int_equal(r.n, 13);
    assert_int_equal(r.repeated_ids, 0);
    ct_clean_rows_free(&r);
    ct_clean_free(c);
    ct_frame_destroy(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fit_then_apply),
        cmocka_unit_test(test_exact_ids_not_duplicates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
