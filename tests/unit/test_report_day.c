/* test_report_day.c — a short review day judged per comparison
 * (report_brief.c: rep_day_counts_close, rep_day_blind_to): two counts of
 * claims found in the day are too close to tell apart when they differ by
 * no more than 2 sqrt(b) against random order's expected count b, or
 * 2 sqrt(a + b) between two counted orders; only on a short day (random
 * order expects fewer than REP_DAY_FEW_CLAIMS). Before 2026-12-06 the rule
 * was per day: a 16-review day whose queue found 16 claims against random
 * order's 4.1 was said "too short to tell the orders apart"
 * (tests/cli/report_short_day_tells, tests/cli/report_day_too_short). */
#include "ct_test.h"
#include "app/report_internal.h"

#include <math.h>
#include <string.h>

static void test_counts_close(void **state)
{
    (void)state;
    /* against an expected count: 2 sqrt(4.1) = 4.05 */
    assert_int_equal(rep_day_counts_close(16, 4.1, 1), 0);
    assert_int_equal(rep_day_counts_close(8, 4.1, 1), 1);
    assert_int_equal(rep_day_counts_close(0, 0.5, 1), 1);
    assert_int_equal(rep_day_counts_close(1, 0.5, 1), 1);
    assert_int_equal(rep_day_counts_close(0, 4, 1), 1);   /* 4 <= 2 sqrt(4), the edge */
    assert_int_equal(rep_day_counts_close(0, 4.1, 1), 0); /* 4.1 > 4.05 */
    /* two counts: 2 sqrt(a + b) */
    assert_int_equal(rep_day_counts_close(16, 16, 0), 1);
    assert_int_equal(rep_day_counts_close(8, 7, 0), 1);
    assert_int_equal(rep_day_counts_close(0, 0, 0), 1);
    assert_int_equal(rep_day_counts_close(16, 2, 0), 0); /* 14 > 2 sqrt(18) = 8.49 */
    assert_int_equal(rep_day_counts_close(NAN, 2, 0), 0);
}

static rep_finance day(double reviews, double n, double claims, double q, double v)
{
    rep_finance f;
    memset(&f, 0, sizeof f);
    f.ok = 1;
    f.day_reviews = reviews;
    f.n = n;
    f.claims = claims;
    f.recall_random = reviews / n;
    f.recall_queue = q / claims;
    f.recall_views = v / claims;
    /* the day's tests not made (a queue_eval.json without claim places
     * or groups): the spread of a day's count decides */
    f.p_random = f.p_random_below = f.p_views = f.p_wait_views = NAN;
    f.wait_random.p = NAN;
    return f;
}

/* The queue's day against random order gated on the hypergeometric test
 * (rep_finance.p_random, since 2026-12-07): 22 of 37 claims in the first
 * 40 of 78 reviews, random order about 18.97, p = 0.1259 (scipy.stats.
 * hypergeom.sf(21, 78, 37, 40)): no gain counted, said "not shown" with p;
 * the same figures untested (p NaN, an older queue_eval.json) or with p
 * below 0.05 keep the gain (tests/cli/report_random_test). */
static void test_random_gate(void **state)
{
    (void)state;
    rep_finance f = day(40, 78, 37, 22, 22);
    f.reviews_saved = 6;
    f.p_random = f.p_wait_views = NAN;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_YES);
    f.p_random = 0.12588;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_NO);
    assert_int_equal(rep_random_untold(&f), 1);
    char buf[256];
    assert_int_equal(rep_random_said(&f, 0, buf, sizeof buf), 1);
    assert_non_null(strstr(buf, "hypergeometric test of the day's claims, p = 0.1259"));
    /* plain: the outcome alone (since 2026-12-07) */
    assert_int_equal(rep_random_said(&f, 1, buf, sizeof buf), 1);
    assert_string_equal(buf, "a lead random order reaches by chance too often to count");
    f.p_random = 0.001;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_YES);
    assert_int_equal(rep_random_said(&f, 0, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
}

/* A day that holds the whole queue: its gain is the whole queue's wait,
 * gated on the Mann-Whitney test of the claims' places (rep_finance.
 * wait_random, since 2026-12-07): 2.31 hours against random order's 2.45
 * with p = 0.0717 (tests/cli/report_wait_random_test) is no gain, said
 * "not shown" with the test; untested (NaN) or below 0.05 it is one. */
static void test_wait_random_gate(void **state)
{
    (void)state;
    rep_finance f = day(100000, 293, 153, 153, 153);
    f.hours_queue_mean = 2.3078;
    f.hours_random_mean = 2.45;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_YES);
    f.wait_random.p = 0.0717;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_NO);
    char buf[256];
    assert_int_equal(rep_random_said(&f, 0, buf, sizeof buf), 1);
    assert_non_null(strstr(buf, "Mann-Whitney test of the claims' places against the others', "
                                "p = 0.0717"));
    assert_int_equal(rep_random_said(&f, 1, buf, sizeof buf), 1);
    assert_null(strstr(buf, "Mann-Whitney"));
    assert_null(strstr(buf, "p = "));
    f.wait_random.p = 0.001;
    assert_int_equal(rep_queue_gain(&f), REP_GAIN_YES);
    assert_int_equal(rep_random_said(&f, 0, buf, sizeof buf), 0);
}

static void test_blind_to(void **state)
{
    (void)state;
    /* 16 reviews of 390, 99 claims: random order about 4.06 */
    rep_finance f = day(16, 390, 99, 16, 16);
    assert_int_equal(rep_day_blind(&f), REP_DAY_SHORT);
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_VIEWS);
    f = day(16, 390, 99, 16, 2);
    assert_int_equal(rep_day_blind_to(&f), 0);
    /* 1 review of 393, 200 claims: random order about 0.5 */
    f = day(1, 393, 200, 0, 0);
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_RANDOM | REP_BLIND_VIEWS);
    /* no view counts: the queue against random order alone */
    f = day(1, 393, 200, 0, 0);
    f.recall_views = NAN;
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_RANDOM);
    /* the tests, where made, decide instead of the spread (since
     * 2026-12-07: tests/cli/report_short_day_test_rules): 6 claims in 6
     * reviews of 592, 296 claims, random order 3.0, within 2 sqrt(3) but
     * p = 0.015230 (scipy.stats.hypergeom.sf(5, 592, 296, 6)): told from
     * random order */
    f = day(6, 592, 296, 6, 6);
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_RANDOM | REP_BLIND_VIEWS);
    f.p_random = 0.015230;
    f.p_random_below = 1;
    f.p_views = 1;
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_VIEWS);
    /* counts apart by the spread (16 against 2) but McNemar's p at 0.05
     * or above: a tie against views alone */
    f = day(16, 390, 99, 16, 2);
    f.p_views = 0.06;
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_VIEWS);
    /* fewer than random order's expected count: the lower tail decides */
    f = day(1, 393, 200, 0, 0);
    f.p_random = 1;
    f.p_random_below = 0.49;
    f.p_views = 1;
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_RANDOM | REP_BLIND_VIEWS);
    /* not a short day (random order about 6): judged by its shares */
    f = day(12, 393, 200, 7, 6);
    assert_int_equal(rep_day_blind(&f), REP_DAY_TELLS);
    assert_int_equal(rep_day_blind_to(&f), 0);
}

/* A short day's sentence names the test that decided it in the technical
 * sections and says the outcome alone in the plain ones (REP_MOST_PLAIN,
 * since 2026-12-07: tests/cli/report_short_day_plain): 3 claims in the
 * first 3 of 984 reviews, 499 claims, random order about 1.5, p = 0.1300
 * (scipy.stats.hypergeom.sf(2, 984, 499, 3)); views alone as many; the
 * waits 4.17, 4.19 and 8.21 hours, the paired test of them p = 0.0939. */
static void test_blind_said_plain(void **state)
{
    (void)state;
    rep_finance f = day(3, 984, 499, 3, 3);
    f.p_random = 0.13002;
    f.p_random_below = 1;
    f.p_views = 1;
    f.reviews_per_hour = 60;
    f.hours_queue_mean = 4.17;
    f.hours_views_mean = 4.19;
    f.hours_random_mean = 8.21;
    f.p_wait_views = 0.0939;
    f.wait_less = 10;
    f.wait_more = 8;
    assert_int_equal(rep_day_blind_to(&f), REP_BLIND_RANDOM | REP_BLIND_VIEWS);
    char tech[1280], plain[1280];
    assert_int_equal(rep_day_blind_said(&f, REP_MOST_FIGURES, tech, sizeof tech), 1);
    assert_int_equal(rep_day_blind_said(&f, REP_MOST_FIGURES | REP_MOST_PLAIN, plain, sizeof plain),
                     1);
    assert_non_null(strstr(tech, "(hypergeometric test of the day's claims, p = 0.1300)"));
    assert_non_null(strstr(tech, "paired test of each claim's wait"));
    assert_non_null(strstr(plain, "differences a day's luck can make;"));
    assert_non_null(strstr(plain, "claim by claim"));
    assert_null(strstr(plain, "test"));
    assert_null(strstr(plain, "p = "));
    /* the same sentence otherwise: the counts and the waits */
    assert_non_null(strstr(plain, "it finds 3 claims in the queue's order, as many sorted by "
                                  "views alone and about 1.5 in random order"));
    assert_non_null(strstr(plain, "4.17 hours of review on average in the model's queue, 4.19 "
                                  "sorted by views alone and 8.21 in random order"));
    /* REP_MOST_BARE: the waits above, without the test's name */
    assert_int_equal(rep_day_blind_said(&f, REP_MOST_BARE | REP_MOST_PLAIN, plain, sizeof plain),
                     1);
    assert_null(strstr(plain, "test"));
    /* the summary's queue point, which has given the day's counts and the
     * waits and compares the waits with views alone's itself: neither again,
     * the verdict against random order alone (since 2026-12-08:
     * tests/cli/report_summary_figure_once) */
    assert_int_equal(rep_day_blind_said(&f, REP_MOST_DAY | REP_MOST_PLAIN | REP_MOST_COUNTS_SAID,
                                        plain, sizeof plain),
                     1);
    assert_string_equal(plain, "A day this short holds too few claims to tell the orders apart: "
                               "the difference of its count from random order's is one a day's "
                               "luck can make; over the whole queue, the model's queue reviews "
                               "claims sooner than random order.");
    /* with the waits (the Operations Lead's point gives the shares, not
     * the counts or the waits) */
    assert_int_equal(rep_day_blind_said(&f,
                                        REP_MOST_FIGURES | REP_MOST_PLAIN | REP_MOST_COUNTS_SAID,
                                        plain, sizeof plain),
                     1);
    assert_null(strstr(plain, "3 claims"));
    assert_non_null(strstr(plain, "4.17 hours of review on average in the model's queue, 4.19 "
                                  "sorted by views alone and 8.21 in random order"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_close),     cmocka_unit_test(test_blind_to),
        cmocka_unit_test(test_random_gate),      cmocka_unit_test(test_wait_random_gate),
        cmocka_unit_test(test_blind_said_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
