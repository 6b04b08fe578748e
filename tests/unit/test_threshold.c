/* test_threshold.c — the threshold rules on validation rows: target recall
 * against sklearn's precision_recall_curve, the cost ratio's threshold and
 * costs by hand, the default, errors. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

static const double ys[] = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1};
static const double ss[] = {0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9, 0.55, 0.6, 0.05, 0.5};
#define NS 12

/* p, r, t = precision_recall_curve(ys, ss); for R: the largest t[k] with
 * r[k] >= R and its precision p[k]:
 *   0.5  -> 0.55 0.75     0.75 -> 0.4 0.625     1.0 -> 0.35 0.6666666666666666 */
static void test_target_recall(void **state)
{
    (void)state;
    static const double R[] = {0.5, 0.75, 1.0}, t[] = {0.55, 0.4, 0.35};
    static const double prec[] = {0.75, 0.625, 0.6666666666666666};
    for (int k = 0; k < 3; k++) {
        ct_threshold_options o = ct_threshold_options_default();
        o.rule = CT_THRESHOLD_TARGET_RECALL;
        o.target_recall = R[k];
        ct_threshold_choice c;
        assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
        assert_true(c.threshold == t[k]);
        assert_rel(c.at.precision, prec[k], 1e-15);
        assert_true(c.at.recall >= R[k]);
        assert_rel(c.target_recall, R[k], 0);
        assert_non_null(strstr(c.why, "highest threshold"));
    }
}

static void test_cost_ratio(void **state)
{
    (void)state;
    ct_threshold_options o = ct_threshold_options_default();
    o.rule = CT_THRESHOLD_COST_RATIO;
    o.cost_ratio = 3;
    ct_threshold_choice c;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 0.25, 0);
    /* flagged: the 9 rows with p >= 0.25 (6 positives, 3 negatives) */
    assert_int_equal(c.at.tp, 6);
    assert_int_equal(c.at.fp, 3);
    assert_int_equal(c.at.fn, 0);
    assert_rel(c.cost_observed, 3.0, 1e-15);            /* 3 * 0 + 3 */
    assert_rel(c.cost_expected, 4.1 + 3 * 0.35, 1e-12); /* sum(1-p) flagged + 3 sum(p) */
    assert_rel(c.cost_review_all, 6.0, 0);
    assert_rel(c.cost_review_none, 18.0, 0);
    assert_rel(c.cost_observed_per_row, 3.0 / 12, 1e-15);
    assert_non_null(strstr(c.why, "costs 3 wasted reviews"));
    /* default: 0.5, K = 1 */
    o = ct_threshold_options_default();
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 0.5, 0);
    assert_int_equal(c.at.tp, 4);
    assert_rel(c.cost_ratio, 1, 0);
    assert_true(isnan(c.target_recall));
    o.rule = CT_THRESHOLD_FIXED;
    o.fixed = 0.39;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 0.39, 0);
    assert_string_equal(ct_threshold_rule_name(CT_THRESHOLD_COST_RATIO), "cost_ratio");
}

static void test_errors(void **state)
{
    (void)state;
    ct_threshold_options o = ct_threshold_options_default();
    ct_threshold_choice c;
    ct_diag d;
    o.rule = CT_THRESHOLD_TARGET_RECALL;
    o.target_recall = 0;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, &d), CT_EINVAL);
    o.target_recall = 0.9;
    const double y0[3] = {0, 0, 0}, p3[3] = {0.2, 0.5, 0.7};
    assert_int_equal(ct_threshold_choose(y0, p3, 3, &o, &c, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "no positive"));
    o.rule = CT_THRESHOLD_COST_RATIO;
    o.cost_ratio = -1;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, &d), CT_EINVAL);
    o = ct_threshold_options_default();
    const double pb[3] = {0.2, 1.5, 0.7};
    assert_int_equal(ct_threshold_choose(y0, pb, 3, &o, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "row 1"));
    assert_int_equal(ct_threshold_choose(y0, p3, 0, &o, &c, &d), CT_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_recall),
        cmocka_unit_test(test_cost_ratio),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
