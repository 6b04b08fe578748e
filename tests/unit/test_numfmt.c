/* test_numfmt.c — base/numfmt: every format the CLI tables, test sentences,
 * chart ticks and chart headlines print, with the cases each of the four
 * former formatters (cli.c, htest.c, svg.c, eda.c) produced. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define EXPECT(call, want)                                                                         \
    do {                                                                                           \
        char b_[64];                                                                               \
        const size_t n_ = call;                                                                    \
        assert_string_equal(b_, want);                                                             \
        assert_int_equal(n_, strlen(want));                                                        \
    } while (0)
#define B b_, sizeof b_

static void test_count(void **state)
{
    (void)state;
    EXPECT(ct_numfmt_count(B, 0), "0");
    EXPECT(ct_numfmt_count(B, 999), "999");
    EXPECT(ct_numfmt_count(B, 1000), "1,000");
    EXPECT(ct_numfmt_count(B, 19382), "19,382");
    EXPECT(ct_numfmt_count(B, 1234567), "1,234,567");
    EXPECT(ct_numfmt_count(B, UINT64_MAX), "18,446,744,073,709,551,615");
    /* never past n, always terminated */
    char small[5] = "xxxx";
    assert_true(ct_numfmt_count(small, sizeof small, 1234567) < sizeof small);
    assert_int_equal(small[strlen(small)], '\0');
    assert_int_equal(ct_numfmt_count(small, 0, 5), 0);
    /* a file's value for people: a whole number in full, any other as auto
     * (the out-of-range note read "1e+11" before 2026-12-05) */
    EXPECT(ct_numfmt_value(B, 99999999999.0), "99,999,999,999");
    EXPECT(ct_numfmt_value(B, -1234), "-1,234");
    EXPECT(ct_numfmt_value(B, 1e16), "10,000,000,000,000,000");
    EXPECT(ct_numfmt_value(B, 42.25), "42.25");
    /* beyond a count's range: a headline's three digits, not %.6e */
    EXPECT(ct_numfmt_value(B, 5.9e301), "5.9e+301");
    EXPECT(ct_numfmt_value(B, -1.234567e20), "-1.23e+20");
    EXPECT(ct_numfmt_value(B, 1234567890123456.5), "1.23e+15");
    EXPECT(ct_numfmt_value(B, 0), "0");
    EXPECT(ct_numfmt_value(B, NAN), "undefined");
}

static void test_fixed_and_auto(void **state)
{
    (void)state;
    EXPECT(ct_numfmt_fixed(B, 501555, 0), "501,555");
    EXPECT(ct_numfmt_fixed(B, -1234567.25, 2), "-1,234,567.25");
    EXPECT(ct_numfmt_fixed(B, -0.0001, 0), "0");
    EXPECT(ct_numfmt_fixed(B, 0.5, 9), "0.500000");
    EXPECT(ct_numfmt_fixed(B, NAN, 1), "undefined");
    EXPECT(ct_numfmt_fixed(B, INFINITY, 1), "infinite");
    EXPECT(ct_numfmt_fixed(B, -INFINITY, 1), "-infinite");
    EXPECT(ct_numfmt_auto(B, INFINITY), "infinite");
    EXPECT(ct_numfmt_auto(B, -INFINITY), "-infinite");
    EXPECT(ct_numfmt_sig3(B, INFINITY), "infinite");
    EXPECT(ct_numfmt_pct(B, NAN, 1), "undefined");
    EXPECT(ct_numfmt_ratio(B, INFINITY), "infinite");
    /* a value that does not exist is "undefined", never n/a or a dash */
    EXPECT(ct_numfmt_ratio(B, NAN), "undefined");
    EXPECT(ct_numfmt_pvalue(B, 0.0, -INFINITY), "p = 0");
    EXPECT(ct_numfmt_pvalue_cell(B, 0.0, -INFINITY), "0");
    /* the CLI's table cells */
    EXPECT(ct_numfmt_auto(B, NAN), "undefined");
    /* a statistic in a sentence: fixed below 1e9, the table's form above */
    EXPECT(ct_numfmt_stat(B, 12.34567, 4), "12.3457");
    EXPECT(ct_numfmt_stat(B, -0.4680, 3), "-0.468");
    EXPECT(ct_numfmt_stat(B, 99079318573367033856.0, 4), "9.907932e+19");
    EXPECT(ct_numfmt_stat(B, 16000007995528.111, 4), "16,000,007,995,528.1"); /* 15 digits */
    EXPECT(ct_numfmt_stat(B, NAN, 4), "undefined");
    EXPECT(ct_numfmt_stat(B, -INFINITY, 4), "-infinite");
    /* not 0 but rounding to 0: significant digits, never "W = 0.0000"
     * (before 2026-12-03) */
    EXPECT(ct_numfmt_stat(B, 3.2e-05, 4), "3.2e-05");
    EXPECT(ct_numfmt_stat(B, -1.23456e-9, 4), "-1.235e-09");
    EXPECT(ct_numfmt_stat(B, 4.9e-5, 4), "4.9e-05");
    EXPECT(ct_numfmt_stat(B, 5e-5, 4), "0.0001");
    EXPECT(ct_numfmt_stat(B, 0.004, 2), "0.004");
    EXPECT(ct_numfmt_stat(B, 0.4, 0), "0.4");
    EXPECT(ct_numfmt_stat(B, 0, 4), "0.0000");
    /* bounded by 1: a value inside (-1, 1) never reads as a perfect 1
     * (Cramer's V 0.99933 read "1.00" before 2026-12-06) */
    EXPECT(ct_numfmt_stat_below1(B, 0.9993333333333333, 2), "0.999");
    EXPECT(ct_numfmt_stat_below1(B, 0.9993333333333333, 4), "0.9993");
    EXPECT(ct_numfmt_stat_below1(B, -0.99996, 4), "-0.99996");
    EXPECT(ct_numfmt_stat_below1(B, 0.99999999, 2), "0.99999999");
    EXPECT(ct_numfmt_stat_below1(B, 1.0, 2), "1.00");
    EXPECT(ct_numfmt_stat_below1(B, 0.3035, 2), "0.30");
    EXPECT(ct_numfmt_stat_below1(B, NAN, 2), "undefined");
    EXPECT(ct_numfmt_auto(B, 9691.5), "9,691.5");
    EXPECT(ct_numfmt_auto(B, 0.25), "0.25");
    EXPECT(ct_numfmt_auto(B, 3), "3");
    EXPECT(ct_numfmt_auto(B, 0), "0");
    EXPECT(ct_numfmt_auto(B, 1.2e-5), "1.2e-05");
    /* seven significant digits, trailing zeros kept as pandas shows them
     * ("%.7g" dropped them before 2026-12-04: 3.22818e+18) */
    EXPECT(ct_numfmt_auto(B, 1e15), "1.000000e+15");
    /* decided on the rounded value (before 2026-12-05 "1,000,000,000,000,000") */
    EXPECT(ct_numfmt_auto(B, 999999999999999.9), "1.000000e+15");
    EXPECT(ct_numfmt_auto(B, -999999999999999.6), "-1.000000e+15");
    EXPECT(ct_numfmt_auto(B, 999999999999999.0), "999,999,999,999,999");
    EXPECT(ct_numfmt_auto(B, 3228180000000000000.0), "3.228180e+18");
    EXPECT(ct_numfmt_auto(B, -2e300), "-2.000000e+300");
    /* values beyond 2^53 that differ in their seventh digit stay apart */
    EXPECT(ct_numfmt_auto(B, 1152921504606846976.0), "1.152922e+18");
    EXPECT(ct_numfmt_auto(B, 1153021504606846976.0), "1.153022e+18");
    EXPECT(ct_numfmt_auto(B, -1234.5678), "-1,234.57");
    EXPECT(ct_numfmt_auto(B, 12.345678), "12.3457");
    EXPECT(ct_numfmt_auto(B, 0.0012345678), "0.001235");
    EXPECT(ct_numfmt_auto(B, 501029.4527477102), "501,029.45");
    /* never past 15 significant digits, what a double holds ("...914.25"
     * before 2026-12-05: tests/cli/inspect_huge_row_sci) */
    EXPECT(ct_numfmt_auto(B, 565147263867914.25), "565,147,263,867,914");
    EXPECT(ct_numfmt_auto(B, -81466395024593.2), "-81,466,395,024,593.2");
    EXPECT(ct_numfmt_auto(B, 12345678901234.56), "12,345,678,901,234.6");
    EXPECT(ct_numfmt_auto(B, 1234567890123.456), "1,234,567,890,123.46");
    EXPECT(ct_numfmt_sci(B, -4e15), "-4.000000e+15");
    EXPECT(ct_numfmt_sci(B, -81466395024593.2), "-8.146640e+13");
    EXPECT(ct_numfmt_sci(B, 0), "0.000000e+00");
    EXPECT(ct_numfmt_sci(B, NAN), "undefined");
    /* a table column's decimals (tests/cli/test_by_decimals_padded) */
    assert_int_equal(ct_numfmt_auto_decimals(9691.5), 1);
    assert_int_equal(ct_numfmt_auto_decimals(252076.0), 0);
    assert_int_equal(ct_numfmt_auto_decimals(0.25), 2);
    assert_int_equal(ct_numfmt_auto_decimals(0.00045484), 7);
    assert_int_equal(ct_numfmt_auto_decimals(1.2e-5), -1);
    assert_int_equal(ct_numfmt_auto_decimals(2e15), -1);
    assert_int_equal(ct_numfmt_auto_decimals(NAN), -1);
    EXPECT(ct_numfmt_auto_at(B, 252076.0, 2), "252,076.00");
    EXPECT(ct_numfmt_auto_at(B, 217965.4, 2), "217,965.40");
    EXPECT(ct_numfmt_auto_at(B, -32.5, 4), "-32.5000");
    /* the value's own digits, not zeros for those rounded away */
    EXPECT(ct_numfmt_auto_at(B, 501029.4527477102, 4), "501,029.4527");
    EXPECT(ct_numfmt_auto_at(B, 0.000602, 7), "0.0006020");
    EXPECT(ct_numfmt_auto_at(B, 12.345678, 1), "12.3457"); /* never fewer */
    EXPECT(ct_numfmt_auto_at(B, 81466395024593.2, 4), "81,466,395,024,593.2");
    EXPECT(ct_numfmt_auto_at(B, 1.2e-5, 4), "1.2e-05");
    EXPECT(ct_numfmt_auto_at(B, 2e15, 2), "2.000000e+15");
    EXPECT(ct_numfmt_auto_at(B, NAN, 2), "undefined");
    EXPECT(ct_numfmt_auto_at(B, -0.00001, 0), "-1e-05");
    EXPECT(ct_numfmt_auto_at(B, 3, 9), "3.0000000");
    /* a metric below 0.001 stays in the column's fixed decimals, unless
     * they would show 0 for a value that is not 0 (a near-perfect model's
     * log loss read "0.000000" before 2026-12-03) */
    EXPECT(ct_numfmt_metric(B, 1.846e-19), "1.8e-19");
    EXPECT(ct_numfmt_metric(B, -1.846e-19), "-1.8e-19");
    EXPECT(ct_numfmt_metric(B, 1.2345e-7), "1.2e-07");
    EXPECT(ct_numfmt_metric(B, 5.1e-7), "0.000001");
    EXPECT(ct_numfmt_metric(B, 5e-7), "5.0e-07"); /* 4.99999999999999977e-07 */
    EXPECT(ct_numfmt_metric(B, 1.0461487232596862e-10), "1.0e-10"); /* two digits, not "1e-10" */
    EXPECT(ct_numfmt_metric(B, 4.9e-7), "4.9e-07");
    EXPECT(ct_numfmt_metric(B, 0.0007936), "0.000794");
    EXPECT(ct_numfmt_metric(B, 0.0005), "0.0005");
    EXPECT(ct_numfmt_metric(B, -0.0005), "-0.0005");
    EXPECT(ct_numfmt_metric(B, 0), "0");
    EXPECT(ct_numfmt_metric(B, 0.998981), "0.998981");
    EXPECT(ct_numfmt_metric(B, 34.53877639), "34.5388");
    EXPECT(ct_numfmt_metric(B, NAN), "undefined");
}

static void test_sentences(void **state)
{
    (void)state;
    /* the test sentences' numbers */
    EXPECT(ct_numfmt_sig3(B, NAN), "undefined");
    EXPECT(ct_numfmt_sig3(B, 0.012345), "0.0123");
    EXPECT(ct_numfmt_sig3(B, 512), "512");
    EXPECT(ct_numfmt_sig3(B, 265663.78), "265,664");
    EXPECT(ct_numfmt_sig3(B, -98765), "-98,765");
    EXPECT(ct_numfmt_sig3(B, 999.6), "1e+03");
    /* from 1e9 up as the tables write it, not 18 digits of noise */
    EXPECT(ct_numfmt_sig3(B, 235787572916666666.67), "2.357876e+17");
    EXPECT(ct_numfmt_sig3(B, -1234567890.125), "-1,234,567,890.12");
    EXPECT(ct_numfmt_sig3(B, 999999999.6), "1,000,000,000");
    EXPECT(ct_numfmt_pvalue(B, NAN, NAN), "p undefined");
    EXPECT(ct_numfmt_pvalue(B, 0.0213, log10(0.0213)), "p = 0.0213");
    EXPECT(ct_numfmt_pvalue(B, 2.61e-120, -119.58), "p = 2.61e-120");
    EXPECT(ct_numfmt_pvalue(B, 0, -413.14), "p < 1e-300 (log10 p = -413.1)");
    /* held against alpha: never printed as alpha itself or across it */
    EXPECT(ct_numfmt_pvalue_vs(B, 0.04996, log10(0.04996), 0.05), "p = 0.04996");
    EXPECT(ct_numfmt_pvalue_vs(B, 0.0213, log10(0.0213), 0.05), "p = 0.0213");
    EXPECT(ct_numfmt_pvalue_vs(B, 0.05, log10(0.05), 0.05), "p = 0.0500");
    EXPECT(ct_numfmt_pvalue_vs(B, 0.00079912, log10(0.00079912), 0.0008), "p = 0.000799");
    EXPECT(ct_numfmt_pvalue_vs(B, 0.00079962, log10(0.00079962), 0.0008), "p = 0.0007996");
    /* below 0.001 the table's three significant digits, not "p = 0.0002" */
    EXPECT(ct_numfmt_pvalue(B, 0.000184, log10(0.000184)), "p = 0.000184");
    /* below 0.01 too: the table's 0.00224, not "p = 0.0022" beside it */
    EXPECT(ct_numfmt_pvalue(B, 0.0022416, log10(0.0022416)), "p = 0.00224");
    EXPECT(ct_numfmt_pvalue_vs(B, 0.0099996, log10(0.0099996), 0.01), "p = 0.0099996");
    /* a table's cell held against alpha too: not "0.05" beside a rejection */
    EXPECT(ct_numfmt_pvalue_cell_vs(B, 0.04996, log10(0.04996), 0.05), "0.04996");
    EXPECT(ct_numfmt_pvalue_cell_vs(B, 0.0213, log10(0.0213), 0.05), "0.0213");
    EXPECT(ct_numfmt_pvalue_cell_vs(B, 0.05, log10(0.05), 0.05), "0.05");
    EXPECT(ct_numfmt_pvalue_cell_vs(B, 0.050004, log10(0.050004), 0.05), "0.050004");
    EXPECT(ct_numfmt_pvalue_vs(B, NAN, NAN, 0.05), "p undefined");
    EXPECT(ct_numfmt_g_vs(B, 0.0496, 3, 0.05), "0.0496");
    EXPECT(ct_numfmt_g_vs(B, 0.04996, 3, 0.05), "0.04996");
    EXPECT(ct_numfmt_g_vs(B, 0.050004, 3, 0.05), "0.050004");
    EXPECT(ct_numfmt_pvalue_cell(B, NAN, NAN), "undefined");
    EXPECT(ct_numfmt_pvalue_cell(B, 0.0213, log10(0.0213)), "0.0213");
    EXPECT(ct_numfmt_pvalue_cell(B, 0, -413.14), "< 1e-300 (log10 -413.1)");
    EXPECT(ct_numfmt_pct(B, 1.5432, 2), "1.54%");
    EXPECT(ct_numfmt_pct(B, 0, 2), "0.00%");
}

/* For machines and labels typed as values: the fewest digits that read
 * back (Python's repr's digits in %g's notation) */
static void test_shortest(void **state)
{
    (void)state;
    EXPECT(ct_numfmt_shortest(B, 0.1), "0.1");
    EXPECT(ct_numfmt_shortest(B, 0.025), "0.025");
    EXPECT(ct_numfmt_shortest(B, 1 - 0.1 / 2), "0.95");
    EXPECT(ct_numfmt_shortest(B, 0.1 + 0.2), "0.30000000000000004");
    EXPECT(ct_numfmt_shortest(B, 1.0 / 3), "0.3333333333333333");
    EXPECT(ct_numfmt_shortest(B, 2.0 / 3), "0.6666666666666666");
    EXPECT(ct_numfmt_shortest(B, 3), "3");
    EXPECT(ct_numfmt_shortest(B, 1e16), "1e+16");
    EXPECT(ct_numfmt_shortest(B, 5e-324), "5e-324");
    EXPECT(ct_numfmt_shortest(B, -2.5e-6), "-2.5e-06");
    EXPECT(ct_numfmt_shortest(B, 0), "0");
}

static void test_charts(void **state)
{
    (void)state;
    /* ticks */
    EXPECT(ct_numfmt_tick(B, 250000, 1), "250K");
    EXPECT(ct_numfmt_tick(B, 1500000, 1), "1.5M");
    /* beyond M: B, T, then scientific notation (an outlier of 1e15 views
     * once printed "1,000,000,000M") */
    EXPECT(ct_numfmt_tick(B, 1e9, 1), "1B");
    EXPECT(ct_numfmt_tick(B, 2.5e10, 1), "25B");
    EXPECT(ct_numfmt_tick(B, 1e12, 1), "1T");
    EXPECT(ct_numfmt_tick(B, 1e14, 1), "100T");
    EXPECT(ct_numfmt_tick(B, 1e15, 1), "1e15");
    EXPECT(ct_numfmt_tick(B, 2.5e17, 1), "2.5e17");
    EXPECT(ct_numfmt_tick(B, -1e16, 1), "-1e16");
    EXPECT(ct_numfmt_tick(B, 1e300, 1), "1e300");
    EXPECT(ct_numfmt_tick(B, 999999999.9999999, 1), "1B");
    EXPECT(ct_numfmt_tick(B, 2500, 0), "2,500");
    EXPECT(ct_numfmt_tick(B, 0.25, 0), "0.25");
    EXPECT(ct_numfmt_tick(B, 0, 1), "0");
    EXPECT(ct_numfmt_tick(B, 1.0 / 3, 0), "0.333");
    /* ticks 3 decimals cannot show: a column of values near 1e-12 once
     * had every tick read "0" */
    EXPECT(ct_numfmt_tick(B, -2e-12, 0), "-2e-12");
    EXPECT(ct_numfmt_tick(B, 0.0015, 0), "0.0015");
    EXPECT(ct_numfmt_tick(B, 12.3456, 0), "12.346");
    assert_int_equal(ct_numfmt_decimals(0.25, 3), 2);
    assert_int_equal(ct_numfmt_decimals(1500, 3), 0);
    assert_int_equal(ct_numfmt_decimals(1.0 / 3, 3), 3);
    /* headlines */
    EXPECT(ct_numfmt_headline(B, 12.0000000001), "12");
    EXPECT(ct_numfmt_headline(B, 4120.3), "4,120");
    EXPECT(ct_numfmt_headline(B, 3.254), "3.25");
    EXPECT(ct_numfmt_headline(B, 32.54), "32.5");
    EXPECT(ct_numfmt_headline(B, 501555), "501,555");
    /* small magnitudes keep two significant digits (a median of -1.07e-12
     * once read "under 0", between "0 and 0") */
    EXPECT(ct_numfmt_headline(B, -1.0732e-12), "-1.1e-12");
    EXPECT(ct_numfmt_headline(B, 0.01234), "0.012");
    EXPECT(ct_numfmt_headline(B, 0.25), "0.25");
    /* medians: a half-way value keeps its .5, never rounded half to even
     * ("7,070" beside eda's table's "7,070.5" before 2026-12-05) */
    EXPECT(ct_numfmt_median(B, 7070.5), "7,070.5");
    EXPECT(ct_numfmt_median(B, 12420.5), "12,420.5");
    EXPECT(ct_numfmt_median(B, -3.5), "-3.5");
    EXPECT(ct_numfmt_median(B, 7070), "7,070");
    EXPECT(ct_numfmt_median(B, 7070.4), "7,070");
    EXPECT(ct_numfmt_median(B, 3.25), "3.25");
    EXPECT(ct_numfmt_median(B, 1e300), "1e+300");
    /* huge values: never cut to another magnitude */
    EXPECT(ct_numfmt_headline(B, 1e308), "1e+308");
    EXPECT(ct_numfmt_headline(B, 999999999999999.0), "999,999,999,999,999");
    {
        char small[16];
        ct_numfmt_fixed(small, sizeof small, 1e20, 0); /* 26 characters grouped */
        assert_string_equal(small, "1e+20");
        /* from 1e9 up as the tables write it: seven digits, zeros kept */
        ct_numfmt_sig3(small, sizeof small, -1.7e308);
        assert_string_equal(small, "-1.700000e+308");
    }
    EXPECT(ct_numfmt_pct_bounded(B, 99.7), "over 99%");
    EXPECT(ct_numfmt_pct_bounded(B, 0.2), "under 1%");
    EXPECT(ct_numfmt_pct_bounded(B, 42.4), "42%");
    EXPECT(ct_numfmt_pct_bounded(B, 100), "100%");
    EXPECT(ct_numfmt_pct_bounded(B, 0), "0%");
    /* the half-way edges once gave the false 100% and 0% this exists to avoid */
    EXPECT(ct_numfmt_pct_bounded(B, 99.5), "over 99%");
    EXPECT(ct_numfmt_pct_bounded(B, 0.5), "under 1%");
    EXPECT(ct_numfmt_pct_bounded(B, 1.5), "2%");
    EXPECT(ct_numfmt_pct_bounded(B, NAN), "undefined");
    /* with decimals (queue-eval's and score's percentages): 99.9996% of the
     * claims' views printed "100.00%" beside the best possible 100.00% */
    EXPECT(ct_numfmt_pct_within(B, 99.99963, 2), "over 99.99%");
    EXPECT(ct_numfmt_pct_within(B, 0.004, 2), "under 0.01%");
    EXPECT(ct_numfmt_pct_within(B, 0.005, 2), "0.01%");
    EXPECT(ct_numfmt_pct_within(B, 99.93, 2), "99.93%");
    EXPECT(ct_numfmt_pct_within(B, 100, 2), "100.00%");
    EXPECT(ct_numfmt_pct_within(B, 0, 2), "0.00%");
    EXPECT(ct_numfmt_pct_within(B, INFINITY, 2), "infinite");
    /* interval labels: six digits, more where they would read 100 (a
     * 1 - 1e-15 interval was labelled "100% CI") */
    EXPECT(ct_numfmt_level_pct(B, 0.95), "95");
    EXPECT(ct_numfmt_level_pct(B, 1 - 0.1), "90");
    EXPECT(ct_numfmt_level_pct(B, 0.975), "97.5");
    EXPECT(ct_numfmt_level_pct(B, 1 - 1e-15), "99.9999999999999");
    EXPECT(ct_numfmt_level_pct(B, 0.9999996), "99.99996");
    EXPECT(ct_numfmt_level_pct(B, 1 - 1e-6), "99.9999");
    EXPECT(ct_numfmt_level_pct(B, 1e-9), "1e-07");
    EXPECT(ct_numfmt_level_pct(B, NAN), "undefined");
    EXPECT(ct_numfmt_ratio(B, 101.2), "~101x");
    EXPECT(ct_numfmt_ratio(B, 3.21), "3.2x");
}

/* Numbers side by side (2026-12-05): values that differ read apart, with
 * one count of digits; an interval's bounds with one count of decimals. */
static void test_apart(void **state)
{
    (void)state;
    char a[64], b[64];
    /* two means near 2^53, 4 apart: "9.007199e+15" both before */
    const double m[2] = {9007199254760002.0, 9007199254760006.0};
    assert_int_equal(ct_numfmt_sci_apart(m, 2, CT_NUMFMT_SCI_SIG), 15);
    EXPECT(ct_numfmt_sci_at(B, m[0], 16), "9.007199254760002e+15");
    const double same[3] = {1.5e15, 1.5e15, NAN};
    assert_int_equal(ct_numfmt_sci_apart(same, 3, CT_NUMFMT_SCI_SIG), 7);
    const double tie[2] = {1.2349e15, 1.2351e15};
    assert_int_equal(ct_numfmt_sci_apart(tie, 2, 3), 3);
    assert_int_equal(ct_numfmt_sci_apart(tie, 2, 4), 5); /* 1.235e+15 both at 4 */
    EXPECT(ct_numfmt_sci_at(B, INFINITY, 9), "infinite");
    /* plain values 15 digits cannot tell apart */
    const double big[2] = {100000000000000.25, 100000000000000.5};
    assert_int_equal(ct_numfmt_places_apart(big, 2, 0), 1);
    EXPECT(ct_numfmt_places(B, big[0], 2), "100,000,000,000,000.25");
    EXPECT(ct_numfmt_places(B, -0.0001, 2), "0.00");
    const double ok[2] = {1.25, 3.5};
    assert_int_equal(ct_numfmt_places_apart(ok, 2, 1), 1);
    /* a pair in a sentence */
    ct_numfmt_pair(a, b, sizeof a, m[0], m[1], ct_numfmt_auto);
    assert_string_equal(a, "9.00719925476000e+15");
    assert_string_equal(b, "9.00719925476001e+15");
    ct_numfmt_pair(a, b, sizeof a, 3.14159, 3.14161, ct_numfmt_sig3);
    assert_string_equal(a, "3.14159"); /* both 3.14, 3.142 and 3.1416 before */
    assert_string_equal(b, "3.14161");
    ct_numfmt_pair(a, b, sizeof a, 3.1412, 3.1448, ct_numfmt_sig3);
    assert_string_equal(a, "3.141");
    assert_string_equal(b, "3.145");
    /* a coefficient table's cell (statsmodels' forg) */
    EXPECT(ct_numfmt_summary(B, 0.5, 4), "0.5000");
    EXPECT(ct_numfmt_summary(B, -1.23456, 4), "-1.2346");
    EXPECT(ct_numfmt_summary(B, 0, 4), "0.0000");
    EXPECT(ct_numfmt_summary(B, -0.0, 4), "0.0000");
    EXPECT(ct_numfmt_summary(B, 12345.6, 4), "1.235e+04");
    EXPECT(ct_numfmt_summary(B, 3e-05, 4), "3.000e-05");
    EXPECT(ct_numfmt_summary(B, NAN, 4), "undefined");
    /* a headline's three digits: from three up, one count for both */
    ct_numfmt_pair(a, b, sizeof a, 1.1529e18, 1.153e18, ct_numfmt_headline);
    assert_string_equal(a, "1.1529e+18");
    assert_string_equal(b, "1.1530e+18");
    ct_numfmt_pair(a, b, sizeof a, 2.5, 7.25, ct_numfmt_sig3); /* apart: as written */
    assert_string_equal(a, "2.5");
    assert_string_equal(b, "7.25");
    /* interval bounds: one count of decimals */
    snprintf(a, sizeof a, "%.4g", -1.30401);
    snprintf(b, sizeof b, "%.6g", -0.701609);
    ct_numfmt_interval(a, b, sizeof a, -1.30401, -0.701609);
    assert_string_equal(a, "-1.304010");
    assert_string_equal(b, "-0.701609");
    snprintf(a, sizeof a, "%.4g", -0.00017843);
    snprintf(b, sizeof b, "%.4g", 2.9891e-06);
    ct_numfmt_interval(a, b, sizeof a, -0.00017843, 2.9891e-06);
    assert_string_equal(a, "-1.784e-04");
    assert_string_equal(b, "2.989e-06");
    ct_numfmt_sig3(a, sizeof a, 1234.5);
    ct_numfmt_sig3(b, sizeof b, 0.5);
    ct_numfmt_interval(a, b, sizeof a, 1234.5, 0.5); /* grouped as written */
    assert_string_equal(a, "1,234.5");
    assert_string_equal(b, "0.5");
    snprintf(a, sizeof a, "%.3g", 3.6293);
    snprintf(b, sizeof b, "%.3g", 19.897);
    ct_numfmt_interval(a, b, sizeof a, 3.6293, 19.897);
    assert_string_equal(b, "19.90");
    snprintf(a, sizeof a, "undefined");
    snprintf(b, sizeof b, "0.5");
    ct_numfmt_interval(a, b, sizeof a, NAN, 0.5); /* words stay */
    assert_string_equal(a, "undefined");
    assert_string_equal(b, "0.5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count),     cmocka_unit_test(test_fixed_and_auto),
        cmocka_unit_test(test_sentences), cmocka_unit_test(test_charts),
        cmocka_unit_test(test_shortest),  cmocka_unit_test(test_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
