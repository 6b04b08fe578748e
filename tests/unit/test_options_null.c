/* test_options_null.c — every parameter struct's _check() takes NULL:
 * "options are NULL" where the options are required, valid where NULL means
 * the defaults; and the functions that require options refuse NULL with
 * CT_EINVAL instead of dereferencing it. Eight of the checks (calibration,
 * CSV writing, cross-validation, holdout, importance, loading, threshold,
 * train) once crashed on NULL, and so did ct_folds_holdout,
 * ct_threshold_choose and ct_calib_fit given NULL options. */
#include "ct_test.h"

#include <string.h>

static void test_checks_take_null(void **state)
{
    (void)state;
    /* required: a message */
    assert_non_null(ct_calib_options_check(NULL));
    assert_non_null(ct_holdout_options_check(NULL));
    assert_non_null(ct_threshold_options_check(NULL));
    assert_non_null(ct_train_options_check(NULL));
    assert_non_null(ct_htest_options_check(NULL));
    assert_non_null(ct_lr_params_check(NULL));
    assert_non_null(ct_gbdt_params_check(NULL));
    assert_non_null(ct_rf_params_check(NULL));
    assert_non_null(ct_pipeline_spec_check(NULL));
    assert_non_null(ct_score_options_check(NULL));
    /* NULL means the defaults where they are taken: valid */
    assert_null(ct_load_options_check(NULL));
    assert_null(ct_csv_write_options_check(NULL));
    assert_null(ct_cv_options_check(NULL));
    assert_null(ct_importance_options_check(NULL));
}

static void test_functions_refuse_null(void **state)
{
    (void)state;
    const double y[6] = {0, 1, 0, 1, 0, 1}, p[6] = {.1, .8, .3, .6, .2, .9};
    ct_diag d;
    int32_t role[6];
    assert_int_equal(ct_folds_holdout(y, 6, NULL, role, NULL, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "NULL"));
    ct_threshold_choice c;
    assert_int_equal(ct_threshold_choose(y, p, 6, NULL, &c, &d), CT_EINVAL);
    ct_calibrator *cal = (ct_calibrator *)1;
    assert_int_equal(ct_calib_fit(NULL, p, y, NULL, 6, &cal, &d), CT_EINVAL);
    assert_null(cal);
    ct_train_result *tr = (ct_train_result *)1;
    ct_frame *f = ct_test_load("a,y\n1,0\n2,1\n", NULL, CT_OK, NULL);
    assert_int_equal(ct_train_run(f, NULL, &tr, &d), CT_EINVAL);
    assert_null(tr);
    ct_frame_destroy(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_checks_take_null),
        cmocka_unit_test(test_functions_refuse_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
