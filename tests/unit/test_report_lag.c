/* test_report_lag.c — rep_group_lag (report_audience.c): the group whose
 * recall lags behind, its kind (a gap Fisher's exact test tells from
 * chance, or one chance could make) and the two recalls as every section
 * says them, computed once for the Operations Lead's point and the
 * summary's monitor point. Before 2026-12-07 each of the two built the
 * percentages with its own copy of the code, and rep_group_lag returned
 * the groups alone. */
#include "ct_test.h"
#include "app/report_internal.h"

#include <stdlib.h>
#include <string.h>

/* evaluate.json's by.groups with two groups: caught tp of pos claims each */
static ct_json_doc *groups(double tp_a, double pos_a, double tp_b, double pos_b)
{
    char text[1024];
    snprintf(text, sizeof text,
             "{\"by\": {\"column\": \"verified_status\", \"groups\": ["
             "{\"level\": \"not verified\", \"metrics\": {\"recall\": %.17g, \"positives\": %g, "
             "\"confusion\": {\"tp\": %g}}},"
             "{\"level\": \"verified\", \"metrics\": {\"recall\": %.17g, \"positives\": %g, "
             "\"confusion\": {\"tp\": %g}}}]}}",
             tp_a / pos_a, pos_a, tp_a, tp_b / pos_b, pos_b, tp_b);
    ct_json_doc *doc = NULL;
    ct_diag d;
    memset(&d, 0, sizeof d);
    assert_int_equal(ct_json_parse(text, strlen(text), NULL, NULL, &doc, &d), CT_OK);
    return doc;
}

static void test_lag_said(void **state)
{
    (void)state;
    rep_ctx *c = calloc(1, sizeof *c);
    assert_non_null(c);
    /* 90 of 113 against 23 of 111: Fisher p far below 0.05 */
    ct_json_doc *doc = groups(90, 113, 23, 111);
    rep_group_gap g;
    assert_int_equal(rep_group_lag(c, ct_json_doc_root(doc), &g), REP_GROUP_LAGS);
    assert_int_equal(g.kind, REP_GROUP_LAGS);
    assert_string_equal(g.worst_level, "verified");
    assert_string_equal(g.best_level, "not verified");
    assert_string_equal(g.worst_pct, "20.72%");
    assert_string_equal(g.best_pct, "79.65%");
    char col[64];
    rep_by_column_words(ct_json_doc_root(doc), col, sizeof col);
    assert_string_equal(col, "verified status");
    ct_json_doc_free(doc);
    /* 173 of 482 against 2 of 11: Fisher p = 0.34, a gap chance could make */
    doc = groups(173, 482, 2, 11);
    assert_int_equal(rep_group_lag(c, ct_json_doc_root(doc), &g), REP_GROUP_GAP_CHANCE);
    assert_string_equal(g.worst_pct, "18.18%");
    assert_string_equal(g.best_pct, "35.89%");
    ct_json_doc_free(doc);
    /* level: no lag, no percentages */
    doc = groups(50, 100, 25, 50);
    assert_int_equal(rep_group_lag(c, ct_json_doc_root(doc), &g), 0);
    assert_string_equal(g.worst_pct, "");
    assert_null(g.worst_level);
    ct_json_doc_free(doc);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lag_said),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
