/* test_report_plain.c — the report's plain reasons (report_plain.c) come
 * from the reason's kind and facts (ct_plan_reason, ct_diag_cause with
 * column, value and rows), never from a message's text: before 2026-12-05
 * they matched plan --status's words, and a reworded message lost them
 * (tests/cli/report_pmo_reason_kinds shows it end to end). */
#include "ct_test.h"
#include "app/report_internal.h"

#include <stdio.h>
#include <string.h>

static rep_reason reason(ct_plan_reason kind, const char *stage, const char *stopped)
{
    rep_reason r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    snprintf(r.stage, sizeof r.stage, "%s", stage ? stage : "");
    snprintf(r.stopped, sizeof r.stopped, "%s", stopped ? stopped : "");
    return r;
}

static void test_stage_kinds(void **state)
{
    (void)state;
    char buf[600];
    rep_reason r = reason(CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE, "score", "train");
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf,
                        "its queue ranking step was not started, as the run stopped at its model "
                        "training step");
    r = reason(CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE, "score", "nosuch");
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(
        buf, "its queue ranking step was not started, as the run stopped at an earlier step");
    r = reason(CT_PLAN_REASON_INTERRUPTED, "eda", NULL);
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(
        buf, "its exploratory analysis step was not started, as the run was interrupted");
    r = reason(CT_PLAN_REASON_STAGE_NOT_RUN, "evaluate", NULL);
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "its model evaluation step has not been run");
    r = reason(CT_PLAN_REASON_RUN_FAILED, NULL, "train");
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the run stopped at its model training step");
    r = reason(CT_PLAN_REASON_CHANGED_AFTER_RUN, "inspect", NULL);
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_non_null(strstr(buf, "changed after the run"));
    /* a failed stage whose cause is not said: the generic words */
    r = reason(CT_PLAN_REASON_STAGE_FAILED, "train", NULL);
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the model training step failed (the plan's table and the technical "
                             "appendix give the exact message)");
}

static void test_causes(void **state)
{
    (void)state;
    char buf[600];
    rep_reason r = reason(CT_PLAN_REASON_STAGE_FAILED, "train", NULL);
    r.cause = CT_DIAG_CAUSE_FOLDS_LACK_CLASS;
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the model training step failed: the file has too few claims or "
                             "opinions to train the model and check it");
    r = reason(CT_PLAN_REASON_DID_NOT_RUN, "test", NULL);
    r.cause = CT_DIAG_CAUSE_ONE_GROUP;
    snprintf(r.column, sizeof r.column, "verified_status");
    snprintf(r.value, sizeof r.value, "not verified");
    r.rows = 1482;
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the comparison did not run: every report of the 1,482 used has the "
                             "same verified status, 'not verified', so there is no other group "
                             "to compare it with");
    r.rows = 0; /* not said: no count */
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the comparison did not run: every report has the same verified "
                             "status, 'not verified', so there is no other group to compare it "
                             "with");
    r.cause = CT_DIAG_CAUSE_COLUMN_ABSENT;
    snprintf(r.column, sizeof r.column, "video_view_count");
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the comparison did not run: the file has no video view count column");
    r.column[0] = '\0'; /* a fact its words need, not said: the generic words */
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the comparison did not run (the plan's table gives why)");
    /* train on a file of one class (since 2026-12-06); rep_cause_words:
     * the cause alone, for the report's header */
    r = reason(CT_PLAN_REASON_STAGE_FAILED, "train", NULL);
    r.cause = CT_DIAG_CAUSE_ONE_CLASS;
    snprintf(r.column, sizeof r.column, "claim_status");
    snprintf(r.value, sizeof r.value, "claim");
    r.rows = 1000;
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "the model training step failed: all 1,000 labelled reports have the "
                             "claim status 'claim', so there is no other class for the model to "
                             "learn to tell them from");
    assert_int_equal(rep_cause_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "all 1,000 labelled reports have the claim status 'claim', so there "
                             "is no other class for the model to learn to tell them from");
    r.rows = 0;
    assert_int_equal(rep_cause_words(buf, sizeof buf, &r), 1);
    assert_string_equal(buf, "every labelled report has the claim status 'claim', so there is no "
                             "other class for the model to learn to tell them from");
    r.cause = CT_DIAG_CAUSE_NONE; /* no cause: nothing said */
    assert_int_equal(rep_cause_words(buf, sizeof buf, &r), 0);
    assert_string_equal(buf, "");
    r.cause = CT_DIAG_CAUSE_ONE_CLASS; /* stopped by someone: nothing failed */
    snprintf(r.stopped_by, sizeof r.stopped_by, "SIGTERM");
    assert_int_equal(rep_cause_words(buf, sizeof buf, &r), 0);
}

static void test_no_kind(void **state)
{
    (void)state;
    char buf[64] = "untouched";
    rep_reason r = reason(CT_PLAN_REASON_OTHER, "train", NULL);
    assert_int_equal(rep_reason_words(buf, sizeof buf, &r), 0);
    assert_string_equal(buf, "untouched");
    assert_int_equal(rep_reason_words(buf, sizeof buf, NULL), 0);
    /* the names: stable, and each the inverse of the other */
    for (int k = 1; ct_plan_reason_name(k); k++)
        assert_int_equal(ct_plan_reason_from_name(ct_plan_reason_name(k)), k);
    assert_string_equal(ct_plan_reason_name(CT_PLAN_REASON_DID_NOT_RUN), "did_not_run");
    assert_null(ct_plan_reason_name(CT_PLAN_REASON_OTHER));
    assert_int_equal(ct_plan_reason_from_name("nosuch"), CT_PLAN_REASON_OTHER);
    for (int k = 1; ct_diag_cause_name(k); k++)
        assert_int_equal(ct_diag_cause_from_name(ct_diag_cause_name(k)), k);
    assert_string_equal(ct_diag_cause_name(CT_DIAG_CAUSE_ONE_GROUP), "one_group");
    assert_string_equal(ct_diag_cause_name(CT_DIAG_CAUSE_ONE_CLASS), "one_class");
    assert_int_equal(ct_diag_cause_from_name(NULL), CT_DIAG_CAUSE_NONE);
}

/* the causes at their source: ct_diag.kind and its facts */
static void test_sources(void **state)
{
    (void)state;
    ct_diag d;
    ct_diag_clear(&d);
    ct_frame *f = ct_test_load("x,g\n1,a\n2,a\n3,a\n", NULL, CT_OK, NULL);
    size_t j;
    assert_int_equal(ct_frame_find(f, "nosuch", &j, &d), CT_ECOLUMN);
    assert_int_equal(d.kind, CT_DIAG_CAUSE_COLUMN_ABSENT);
    assert_string_equal(d.cause_column, "nosuch");
    ct_htest_options o = ct_htest_options_default();
    ct_htest_compare *cmp = NULL;
    ct_diag_clear(&d);
    assert_int_equal(ct_htest_compare_frame(f, "x", "g", &o, &cmp, &d), CT_EDATA);
    assert_int_equal(d.kind, CT_DIAG_CAUSE_ONE_GROUP);
    assert_string_equal(d.cause_column, "g");
    assert_string_equal(d.cause_value, "a");
    assert_int_equal(d.cause_rows, 3);
    /* ct_diag_set resets them */
    ct_diag_set(&d, CT_EDATA, NULL, 0, 0, "other");
    assert_int_equal(d.kind, 0);
    assert_string_equal(d.cause_column, "");
    assert_int_equal(d.cause_rows, 0);
    ct_htest_compare_free(cmp);
    ct_frame_destroy(f);
}

/* rep_split_clauses: '; ' outside parentheses and quotes becomes '. ' and
 * the next word is capitalised; not split where the next clause begins
 * with a quote, a digit or an identifier holding '_' (before 2026-12-06
 * quotes were not tracked, and a clause beginning with a quote or a
 * number became a sentence beginning in lower case); inside parentheses,
 * at the text's end or without the space it stays (before 2026-12-06 the
 * summary's clauses ran on: tests/cli/report_ops_sentences_short). */
static void test_split_clauses(void **state)
{
    (void)state;
    char s[200];
    snprintf(s, sizeof s, "%s",
             "it finds 5 claims; random order (the expected value; it may differ) "
             "finds 2; 'verified' lags; 3 of 4 are opinions;x; the end;");
    rep_split_clauses(s);
    assert_string_equal(s, "it finds 5 claims. Random order (the expected value; it may differ) "
                           "finds 2; 'verified' lags; 3 of 4 are opinions;x. The end;");
    snprintf(s, sizeof s, "%s", "a (b (c; d); e); f; ");
    rep_split_clauses(s);
    assert_string_equal(s, "a (b (c; d); e). F; ");
    snprintf(s, sizeof s, "%s", "unbalanced) x; y");
    rep_split_clauses(s);
    assert_string_equal(s, "unbalanced) x. Y");
    /* quotes, straight and curly, and backticks: nothing inside splits */
    const char *const cases[][2] = {
        {"say \"a; b\" now; next", "say \"a; b\" now. Next"},
        {"say \xE2\x80\x9C"
         "a; b\xE2\x80\x9D now; next",
         "say \xE2\x80\x9C"
         "a; b\xE2\x80\x9D now. Next"},
        {"say \xE2\x80\x98"
         "a; b\xE2\x80\x99 now; next",
         "say \xE2\x80\x98"
         "a; b\xE2\x80\x99 now. Next"},
        {"the level 'a; b' is odd; fine", "the level 'a; b' is odd. Fine"},
        {"run `x; y` here; then", "run `x; y` here. Then"},
        /* an apostrophe opens no quote; one inside a quote closes none */
        {"don't stop; go", "don't stop. Go"},
        {"'it's; x' y; z", "'it's; x' y. Z"},
        {"it\xE2\x80\x99s late; go", "it\xE2\x80\x99s late. Go"},
        /* a quote not closed is none */
        {"a \"b; c", "a \"b. C"},
        /* a clause beginning with a quoted word, a number or an identifier
         * is not a sentence of its own */
        {"x; `video_id` is missing", "x; `video_id` is missing"},
        {"x; \xE2\x80\x9C"
         "claim\xE2\x80\x9D leads",
         "x; \xE2\x80\x9C"
         "claim\xE2\x80\x9D leads"},
        {"x; 'Banned' too", "x; 'Banned' too"},
        {"x; 12 rows", "x; 12 rows"},
        {"x; video_id lags", "x; video_id lags"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        snprintf(s, sizeof s, "%s", cases[k][0]);
        rep_split_clauses(s);
        assert_string_equal(s, cases[k][1]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stage_kinds),   cmocka_unit_test(test_causes),
        cmocka_unit_test(test_no_kind),       cmocka_unit_test(test_sources),
        cmocka_unit_test(test_split_clauses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
