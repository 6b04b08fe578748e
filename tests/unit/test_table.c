/* test_table.c — the one table writer's layout for people (report/table.c):
 * decimal points lined up (CT_TABLE_DECIMAL), lines within a width (blocks
 * of whole columns, the key columns repeated), no trailing blanks. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *print(const ct_table *t)
{
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    assert_non_null(fp);
    assert_int_equal(ct_table_print(t, fp, "  "), CT_OK);
    fclose(fp);
    return out;
}

static void test_decimal_alignment(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(2);
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    static const char *const cells[] = {"col", "mean", "a", "9,691.5", "b", "32.4217",
                                        "c",   "5",    "d", "-",       "e", "-0.25"};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    /* the points line up; "5" ends where the integer parts end; a header or
     * "-" is right-aligned to the column's full width */
    assert_string_equal(out, "  col        mean\n"
                             "  a    9,691.5\n"
                             "  b       32.4217\n"
                             "  c        5\n"
                             "  d             -\n"
                             "  e       -0.25\n");
    free(out);
    ct_table_destroy(t);
}

/* A number in scientific notation is not lined up on its point (its 8
 * columns after it, "9.068e-05", would push the others and the header
 * apart: before 2026-12-03 "std" stood a column right of 0.001683): it is
 * right-aligned as the header is. A bidi control from the data is shown,
 * as <U+202E>, and measured so. */
static void test_decimal_scientific(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(2);
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    static const char *const cells[] = {"col",   "std", "a",         "0.001683",       "b",
                                        "1e+15", "c",   "9.068e-05", "x\xE2\x80\xAEy", "0.25"};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  col               std\n"
                             "  a            0.001683\n"
                             "  b               1e+15\n"
                             "  c           9.068e-05\n"
                             "  x<U+202E>y   0.25\n");
    free(out);
    ct_table_destroy(t);
}

/* A column that mixes numbers with other cells ("205 / 0 / 189 / 0",
 * "1, 16", "< 1e-300 (log10 -625.9)"): the numbers, the whole cell a
 * number, stay lined up on their point, the rest is right-aligned to the
 * edge. Before 2026-12-03 such cells counted as numbers (they start with a
 * digit), so the commands printed these columns right-aligned, "0.5" above
 * "1" above "0.997462" (train's metrics, test's p-values and df). */
static void test_decimal_mixed_cells(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(2);
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    static const char *const cells[] = {
        "metric",  "test",     "threshold", "0.5",    "accuracy", "1",
        "f1",      "0.997555", "rate",      "29.27%", "views",    "1,025",
        "tp / fp", "204 / 0",  "df",        "1, 16",  "p",        "< 1e-300 (log10 -625.9)"};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  metric                        test\n"
                             "  threshold                 0.5\n"
                             "  accuracy                  1\n"
                             "  f1                        0.997555\n"
                             "  rate                     29.27%\n"
                             "  views                 1,025\n"
                             "  tp / fp                    204 / 0\n"
                             "  df                           1, 16\n"
                             "  p          < 1e-300 (log10 -625.9)\n");
    free(out);
    ct_table_destroy(t);
}

/* Number cells (ct_table_add_auto) of a column get its most decimals, their
 * own digits there, as pandas prints a float column; words and scientific
 * notation stay as they are (before 2026-12-05 each cell dropped its own
 * trailing zeros: "252,076" under "230,110.12"). A row of one feature's
 * statistics goes to scientific notation whole when one of them needs it. */
static void test_auto_column_decimals(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(3);
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    ct_table_align(t, 2, CT_TABLE_DECIMAL);
    ct_table_add(t, "g");
    ct_table_add(t, "mean");
    ct_table_add(t, "n");
    const double rows[][2] = {{230110.12, 3}, {252076, 40}, {217965.4, NAN}, {1.2e-5, 7}};
    for (size_t r = 0; r < 4; r++) {
        ct_table_addf(t, "%zu", r);
        ct_table_add_auto(t, rows[r][0]);
        ct_table_add_auto(t, rows[r][1]);
    }
    ct_table_add(t, "x");
    const double big[] = {-81466395024593.2, -4e15};
    ct_table_add_stats(t, big, 2);
    char *out = print(t);
    assert_string_equal(out, "  g           mean              n\n"
                             "  0     230,110.12              3\n"
                             "  1     252,076.00             40\n"
                             "  2     217,965.40      undefined\n"
                             "  3        1.2e-05              7\n"
                             "  x  -8.146640e+13  -4.000000e+15\n");
    free(out);
    ct_table_destroy(t);
}

static void test_width_blocks(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(4);
    ct_table_max_width(t, 26);
    static const char *const cells[] = {"name", "aaaaaaaa", "bbbbbbbb", "cccccccc",
                                        "x",    "1",        "2",        "3"};
    for (size_t k = 0; k < 8; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  name  aaaaaaaa  bbbbbbbb\n"
                             "  x     1         2\n"
                             "\n"
                             "  name  cccccccc\n"
                             "  x     3\n");
    for (char *l = strtok(out, "\n"); l; l = strtok(NULL, "\n"))
        assert_true(strlen(l) <= 26);
    free(out);
    ct_table_max_width(t, 0); /* no limit: one block */
    out = print(t);
    assert_string_equal(out, "  name  aaaaaaaa  bbbbbbbb  cccccccc\n"
                             "  x     1         2         3\n");
    free(out);
    /* two key columns: each block starts with both */
    ct_table_key_columns(t, 2);
    ct_table_max_width(t, 30);
    out = print(t);
    assert_string_equal(out, "  name  aaaaaaaa  bbbbbbbb\n"
                             "  x     1         2\n"
                             "\n"
                             "  name  aaaaaaaa  cccccccc\n"
                             "  x     1         3\n");
    free(out);
    ct_table_destroy(t);
}

/* A first-column name too long to leave room for the widest other column
 * within the width: the column is capped to its widest cell that does, the
 * long name stands whole on its own line, its row's cells on the next;
 * every line within the width (but the name's own: names are never cut). */
static void test_long_key_hangs(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(3);
    ct_table_max_width(t, 40);
    ct_table_align(t, 2, 1);
    static const char *const cells[] = {"column",
                                        "type",
                                        "missing",
                                        "a",
                                        "int",
                                        "0",
                                        "a_rather_long_column_name_of_48_characters_here",
                                        "float",
                                        "3",
                                        "c",
                                        "categorical",
                                        "1"};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  column  type         missing\n"
                             "  a       int                0\n"
                             "  a_rather_long_column_...haracters_here\n" /* cut in the middle */
                             "          float              3\n"
                             "  c       categorical        1\n");
    free(out);
    /* no room of 16 columns beside the widest other column: printed whole */
    ct_table_max_width(t, 30);
    out = print(t);
    assert_non_null(strstr(out, "  a_rather_long_column_name_of_48_characters_here  float"));
    free(out);
    ct_table_destroy(t);
}

/* a long group label in the second key column (eda's group tables): it
 * hangs over its row instead of widening the table past the limit; a long
 * name in the only key column does not split the table into a block per
 * column when hanging it keeps one block */
static void test_long_group_label_hangs(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(4);
    ct_table_max_width(t, 50);
    ct_table_key_columns(t, 2);
    ct_table_align(t, 2, 1);
    ct_table_align(t, 3, 1);
    static const char *const cells[] = {
        "column", "group", "count", "mean", "views",
        "a",      "3",     "1.5",   "",     "a_group_label_long_enough_to_need_a_line_of_its_own",
        "4",      "2.5"};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  column  group  count  mean\n"
                             "  views   a          3   1.5\n"
                             "  a_group_label_long_enough_t..._a_line_of_its_own\n"
                             "                     4   2.5\n");
    free(out);
    ct_table_destroy(t);
    t = ct_table_create(4);
    ct_table_max_width(t, 50);
    static const char *const one[] = {
        "column",   "type", "missing",
        "distinct", "a",    "int",
        "0",        "3",    "a_column_name_of_forty_characters_here_x",
        "float",    "1",    "2"};
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        ct_table_add(t, one[k]);
    out = print(t);
    assert_string_equal(out, "  column  type   missing  distinct\n"
                             "  a       int    0        3\n"
                             "  a_column_name_of_forty_characters_here_x\n"
                             "          float  1        2\n");
    free(out);
    ct_table_destroy(t);
}

static char *wrapped(const char *first, size_t hang, size_t width, const char *text)
{
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    assert_non_null(fp);
    ct_text_wrap(fp, first, hang, width, text);
    fclose(fp);
    return out;
}

/* a name that fits a line but not at the hang (a long label in a finding,
 * a long column in inspect's columns-missing-together list) ends at the
 * limit instead of past it; a first word that does not fit after the label
 * starts the next line; a name wider than the line starts a line at the
 * hang, cut in the middle with "..." to end at the limit (before
 * 2026-12-04 it stood whole past it: tests/cli/width_long_names_text),
 * whole with no limit */
static void test_wrap_long_names_within_width(void **state)
{
    (void)state;
    char *out = wrapped("  fig.svg  ", 11, 60,
                        "rows by a_label_of_fifty_characters_that_fits_in_the_line_x authors");
    assert_string_equal(out, "  fig.svg  rows by\n"
                             "         a_label_of_fifty_characters_that_fits_in_the_line_x\n"
                             "           authors\n");
    free(out);
    out = wrapped("Comparison: ", 2, 45, "a_name_of_exactly_thirty_characters by g");
    assert_string_equal(out, "Comparison:\n"
                             "  a_name_of_exactly_thirty_characters by g\n");
    free(out);
    out = wrapped("  x  ", 5, 40, "a a_word_wider_than_the_line_of_forty_columns b");
    assert_string_equal(out, "  x  a\n"
                             "     a_word_wider_than_th...orty_columns\n"
                             "     b\n");
    free(out);
    out = wrapped("Comparison: ", 2, 40, "a_word_wider_than_the_line_of_forty_columns by g");
    assert_string_equal(out, "Comparison:\n"
                             "  a_word_wider_than_the..._forty_columns\n"
                             "  by g\n");
    free(out);
    out = wrapped("  x  ", 5, 0, "a a_word_wider_than_the_line_of_forty_columns b");
    assert_string_equal(out, "  x  a a_word_wider_than_the_line_of_forty_columns b\n");
    free(out);
}

/* spaces inside a data value stay as written: a run of them is kept
 * within a line (a level 'not  verified' beside the model's 'not verified'
 * read the same when runs collapsed to one), and no line breaks between a
 * quoted value's quote and its leading or trailing space (' Opinion ' read
 * as 'Opinion ' at a break); outside quotes a run is one space, as before */
static void test_wrap_spaces_in_values_kept(void **state)
{
    (void)state;
    char *out = wrapped("note: ", 2, 60, "levels never seen, e.g. 'not  verified' here");
    assert_string_equal(out, "note: levels never seen, e.g. 'not  verified' here\n");
    free(out);
    out = wrapped("", 2, 40, "its values: 'Claim', 'not verified', ' Opinion ' and no other");
    assert_string_equal(out, "its values: 'Claim', 'not verified',\n"
                             "  ' Opinion ' and no other\n");
    free(out);
    out = wrapped("", 2, 40, "the values 'a b ', 'c d ', 'e  f ' and 'g h ' read");
    assert_string_equal(out, "the values 'a b ', 'c d ', 'e  f ' and\n"
                             "  'g h ' read\n");
    free(out);
    out = wrapped("", 2, 40, "the users' posts: one  two three four   five six");
    assert_string_equal(out, "the users' posts: one two three four\n"
                             "  five six\n");
    free(out);
}

/* a hung name that fits the line only left of the indent ends at the
 * limit; a row with nothing after its hung name leaves no blank line end */
static void test_hung_name_within_limit(void **state)
{
    (void)state;
    ct_table *t = ct_table_create(3);
    ct_table_max_width(t, 30);
    static const char *const cells[] = {"name",
                                        "n",
                                        "x",
                                        "a",
                                        "1",
                                        "2",
                                        "a_name_twenty_nine_columns_xx",
                                        "3",
                                        "4",
                                        "b_name_over_the_limit_on_its_own_xx",
                                        "",
                                        ""};
    for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
        ct_table_add(t, cells[k]);
    char *out = print(t);
    assert_string_equal(out, "  name  n  x\n"
                             "  a     1  2\n"
                             " a_name_twenty_nine_columns_xx\n"
                             "        3  4\n"
                             "  b_name_over_the...its_own_xx\n");
    free(out);
    ct_table_destroy(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decimal_alignment),
        cmocka_unit_test(test_auto_column_decimals),
        cmocka_unit_test(test_decimal_scientific),
        cmocka_unit_test(test_decimal_mixed_cells),
        cmocka_unit_test(test_width_blocks),
        cmocka_unit_test(test_long_key_hangs),
        cmocka_unit_test(test_long_group_label_hangs),
        cmocka_unit_test(test_wrap_long_names_within_width),
        cmocka_unit_test(test_wrap_spaces_in_values_kept),
        cmocka_unit_test(test_hung_name_within_limit),
    };
    return cmocka_run_group_tests_name("table", tests, NULL, NULL);
}
