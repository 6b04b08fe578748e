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

/* A target recall chosen on other rows than those reported (train's
 * pooled calibration rows, since 2026-12-05): the threshold is ys/ss's
 * (R 0.75 -> 0.4, recall 5/6 at precision 5/8 there, as above), the
 * metrics and costs are the reported rows' (at 0.4: 0.45 a claim and 0.5
 * an opinion flagged, 0.3 a claim missed: recall 1/2, precision 1/2), and
 * `why` says both. The other rules ignore the rows. */
static void test_target_recall_other_rows(void **state)
{
    (void)state;
    static const double yr[] = {1, 1, 0, 0}, pr[] = {0.45, 0.3, 0.5, 0.1};
    ct_threshold_options o = ct_threshold_options_default();
    o.rule = CT_THRESHOLD_TARGET_RECALL;
    o.target_recall = 0.75;
    o.choose_y = ys;
    o.choose_p = ss;
    o.choose_n = NS;
    o.choose_rows_name = "calibration";
    ct_threshold_choice c;
    assert_int_equal(ct_threshold_choose(yr, pr, 4, &o, &c, NULL), CT_OK);
    assert_true(c.threshold == 0.4);
    assert_string_equal(c.chosen_on, "calibration");
    assert_int_equal(c.chosen_on_n, NS);
    assert_rel(c.chosen_on_recall, 5.0 / 6, 1e-15);
    assert_rel(c.chosen_on_precision, 0.625, 1e-15);
    assert_int_equal(c.at.n, 4);
    assert_rel(c.at.recall, 0.5, 0);
    assert_rel(c.at.precision, 0.5, 0);
    assert_rel(c.cost_observed, 2.0, 0); /* 1 missed + 1 false alarm */
    assert_non_null(strstr(c.why, "with calibration recall >= 0.75: 0.4 gives recall 0.833333 at "
                                  "precision 0.625 on those 12 rows; on the validation rows "
                                  "recall 0.5 at precision 0.5 (1 false alarms in 4 rows)"));
    /* on the rows reported, as before: named as such */
    o.choose_n = 0;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_string_equal(c.chosen_on, "validation");
    assert_int_equal(c.chosen_on_n, NS);
    assert_rel(c.chosen_on_recall, c.at.recall, 0);
    /* a bad row among those chosen on is named as theirs */
    static const double ybad[] = {0, 2, 1};
    ct_diag d;
    o.choose_y = ybad;
    o.choose_n = 3;
    assert_int_equal(ct_threshold_choose(yr, pr, 4, &o, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "calibration row 1: label 2"));
    o.choose_y = NULL;
    assert_int_equal(ct_threshold_choose(yr, pr, 4, &o, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "rows to choose the threshold on are NULL"));
    /* another rule chooses on no rows */
    o.choose_y = ys;
    o.choose_n = NS;
    o.rule = CT_THRESHOLD_COST_RATIO;
    assert_int_equal(ct_threshold_choose(yr, pr, 4, &o, &c, NULL), CT_OK);
    assert_string_equal(c.chosen_on, "");
    assert_int_equal(c.chosen_on_n, 0);
    assert_true(isnan(c.chosen_on_recall));
}

/* The step a target recall takes whole and the threshold above it: for
 * R = 0.75 the step at 0.4 (three rows, one claim) takes the recall from
 * 4/6 at 0.5 (5 rows flagged, precision 0.8) to 5/6, 0.0833 past R: an
 * overshoot beyond the default margin 0.02, none beyond 0.1. A step of one
 * row (R = 1: 0.35) is no overshoot, whatever the margin; nor is a margin
 * below 0 allowed. */
static void test_target_recall_overshoot(void **state)
{
    (void)state;
    ct_threshold_options o = ct_threshold_options_default();
    assert_rel(o.overshoot_margin, 0.02, 0);
    o.rule = CT_THRESHOLD_TARGET_RECALL;
    o.target_recall = 0.75;
    o.overshoot_advice = "try another calibration";
    ct_threshold_choice c;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_true(c.threshold == 0.4);
    assert_int_equal(c.step_rows, 3);
    assert_true(c.above_threshold == 0.5);
    assert_rel(c.above_recall, 4.0 / 6, 1e-15);
    assert_rel(c.above_precision, 0.8, 1e-15);
    assert_int_equal(c.overshoot, 1);
    assert_non_null(strstr(c.overshoot_note,
                           "the step holds 3 of the 12 validation rows (25.0%): across it the "
                           "recall jumps from 0.666667 at the next threshold up (0.5, precision "
                           "0.8) to 0.833333, 0.0833 past the target 0.75, and the precision "
                           "falls to 0.625; try another calibration"));
    o.overshoot_margin = 0.1;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_int_equal(c.overshoot, 0);
    assert_string_equal(c.overshoot_note, "");
    assert_int_equal(c.step_rows, 3);
    o.overshoot_margin = 0;
    o.target_recall = 1;
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_true(c.threshold == 0.35);
    assert_int_equal(c.step_rows, 1);
    assert_int_equal(c.overshoot, 0);
    /* the highest step: nothing flagged above it */
    static const double y2[] = {1, 0, 1}, p2[] = {0.7, 0.7, 0.2};
    o.target_recall = 0.4;
    assert_int_equal(ct_threshold_choose(y2, p2, 3, &o, &c, NULL), CT_OK);
    assert_int_equal(c.step_rows, 2);
    assert_true(isnan(c.above_threshold));
    assert_rel(c.above_recall, 0, 0);
    assert_true(isnan(c.above_precision));
    assert_int_equal(c.overshoot, 1);
    assert_non_null(strstr(c.overshoot_note, "jumps from 0 (no row is above it) to 0.5,"));
    o.overshoot_margin = -1;
    ct_diag d;
    assert_int_equal(ct_threshold_choose(y2, p2, 3, &o, &c, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "overshoot margin"));
    /* other rules: no step */
    o = ct_threshold_options_default();
    assert_int_equal(ct_threshold_choose(ys, ss, NS, &o, &c, NULL), CT_OK);
    assert_int_equal(c.step_rows, 0);
    assert_true(isnan(c.above_recall));
    assert_int_equal(c.overshoot, 0);
}

/* A cost ratio's 1/(1 + K) inside an isotonic tie band of an end step
 * (2026-12-06): the step values decide, as scikit-learn's IsotonicRegression
 * values would (0 and 1 exactly), not the tie-break's order. Rows: a step
 * at 0 lifted to 1e-10..9e-10, a step at 1 lowered to 1 - 9e-10..1 - 1e-10,
 * and 0.5. */
static void test_cost_ratio_tie_band(void **state)
{
    (void)state;
    static const double y[] = {0, 0, 1, 0, 1, 1, 1, 0};
    static const double p[] = {1e-10, 9e-10, 5e-10, 0.5, 1 - 9e-10, 1 - 1e-10, 1 - 5e-10, 1 - 2e-10};
    ct_threshold_options o = ct_threshold_options_default();
    o.rule = CT_THRESHOLD_COST_RATIO;
    o.cost_ratio = 1e12; /* 1/(1 + K) = 1e-12: inside the step at 0's band */
    ct_threshold_choice c;
    /* without a band (before): the lifted step at 0 is flagged whole */
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_OK);
    assert_int_equal(c.at.tp + c.at.fp, 8);
    o.tie_band = 1e-9;
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 1e-9, 0);
    assert_int_equal(c.at.tp + c.at.fp, 5); /* 0.5 and the step at 1; none of the step at 0 */
    assert_int_equal(c.at.fn, 1);
    /* expected: the step at 0 counts 0 (K p would be 1e12 * 5e-10 = 500 a row),
     * the step at 1 counts 1 - 1 = 0, the 0.5 row 1 - 0.5 */
    assert_rel(c.cost_expected, 0.5, 1e-15);
    assert_non_null(strstr(c.why, "lifts a step at 0: threshold 1e-09, so that step is not flagged"));
    /* K = 1e-10: 1/(1 + K) = 0.9999999999, inside the step at 1's band */
    o.cost_ratio = 1e-10;
    o.tie_band = 0;
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_OK);
    assert_int_equal(c.at.tp + c.at.fp, 1); /* before: only 1 - 1e-10 of the step flagged */
    o.tie_band = 1e-9;
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 1 - 1e-9, 0);
    assert_int_equal(c.at.tp + c.at.fp, 4); /* the step at 1 whole */
    assert_non_null(strstr(c.why, "lowers a step at 1: threshold 0.999999999, so that step is flagged"));
    /* a K whose 1/(1 + K) lies outside the band is untouched */
    o.cost_ratio = 3;
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_OK);
    assert_rel(c.threshold, 0.25, 0);
    assert_null(strstr(c.why, "tie-break"));
    /* a band outside [0, 0.5) is refused */
    o.tie_band = 0.5;
    assert_int_equal(ct_threshold_choose(y, p, 8, &o, &c, NULL), CT_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_recall),
        cmocka_unit_test(test_cost_ratio),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_target_recall_other_rows),
        cmocka_unit_test(test_target_recall_overshoot),
        cmocka_unit_test(test_cost_ratio_tie_band),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
