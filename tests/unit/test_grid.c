/* test_grid.c — grid specs: candidates in itertools.product order, values,
 * descriptions, and every malformed spec with its column. */
#include "ct_test.h"

#include <string.h>

static void test_parse(void **state)
{
    (void)state;
    ct_grid *g = NULL;
    assert_int_equal(ct_grid_parse(" C=0.1, 1 ,10 ; ngrams=1-2,1-3", &g, NULL), CT_OK);
    assert_int_equal(ct_grid_nkeys(g), 2);
    assert_string_equal(ct_grid_key(g, 0), "C");
    assert_string_equal(ct_grid_key(g, 1), "ngrams");
    assert_int_equal(ct_grid_nvalues(g, 0), 3);
    assert_int_equal(ct_grid_ncandidates(g), 6);
    /* itertools.product(['0.1', '1', '10'], ['1-2', '1-3']): last key fastest */
    static const char *const want[6][2] = {{"0.1", "1-2"}, {"0.1", "1-3"}, {"1", "1-2"},
                                           {"1", "1-3"},   {"10", "1-2"},  {"10", "1-3"}};
    for (size_t c = 0; c < 6; c++) {
        assert_string_equal(ct_grid_value_at(g, c, 0), want[c][0]);
        assert_string_equal(ct_grid_value(g, c, "ngrams"), want[c][1]);
    }
    assert_null(ct_grid_value(g, 0, "max_depth"));
    assert_null(ct_grid_value_at(g, 6, 0));
    assert_null(ct_grid_key(g, 2));
    char buf[64];
    assert_int_equal(ct_grid_describe(g, 3, buf, sizeof buf), strlen("C=1 ngrams=1-3"));
    assert_string_equal(buf, "C=1 ngrams=1-3");
    char small[6];
    assert_int_equal(ct_grid_describe(g, 3, small, sizeof small), 14);
    assert_string_equal(small, "C=1 n"); /* truncated, NUL-terminated */
    ct_grid_destroy(g);
    /* empty: one candidate, no keys */
    assert_int_equal(ct_grid_parse("  ", &g, NULL), CT_OK);
    assert_int_equal(ct_grid_ncandidates(g), 1);
    assert_int_equal(ct_grid_nkeys(g), 0);
    assert_int_equal(ct_grid_describe(g, 0, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    ct_grid_destroy(g);
    assert_int_equal(ct_grid_parse(NULL, &g, NULL), CT_OK);
    ct_grid_destroy(g);
    ct_grid_destroy(NULL);
    /* three keys: the first slowest */
    assert_int_equal(ct_grid_parse("a=1,2;b=x;c=p,q,r", &g, NULL), CT_OK);
    assert_int_equal(ct_grid_ncandidates(g), 6);
    assert_string_equal(ct_grid_value(g, 2, "c"), "r");
    assert_string_equal(ct_grid_value(g, 3, "a"), "2");
    assert_string_equal(ct_grid_value(g, 3, "c"), "p");
    ct_grid_destroy(g);
}

static void test_errors(void **state)
{
    (void)state;
    static const struct {
        const char *spec, *msg;
        long column;
    } bad[] = {
        {"C", "has no '='", 1},           {"C=1;;x=2", "empty", 5},   {"C=1;", "empty", 5},
        {"=1", "empty before", 1},        {" 1C=1", "must start", 2}, {"C x=1", "holds ' '", 2},
        {"C=1,,2", "empty value", 5},     {"C=1,", "empty value", 5}, {"C=1;C=2", "twice", 5},
        {"C=1, 1", "lists '1' twice", 6}, {"C=1=2", "holds '='", 3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ct_grid *g = (ct_grid *)1;
        ct_diag d;
        assert_int_equal(ct_grid_parse(bad[i].spec, &g, &d), CT_EINVAL);
        assert_null(g);
        if (!strstr(d.message, bad[i].msg) || d.column != bad[i].column)
            fail_msg("'%s': got '%s' at column %ld", bad[i].spec, d.message, d.column);
    }
    /* too many candidates: 100 x 101 > 10000 */
    char spec[2048] = "a=0";
    for (int v = 1; v < 100; v++)
        snprintf(spec + strlen(spec), sizeof spec - strlen(spec), ",%d", v);
    strcat(spec, ";b=0");
    for (int v = 1; v < 101; v++)
        snprintf(spec + strlen(spec), sizeof spec - strlen(spec), ",%d", v);
    ct_grid *g;
    ct_diag d;
    assert_int_equal(ct_grid_parse(spec, &g, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "more than 10000"));
}

static void test_alloc_failures(void **state)
{
    (void)state;
    for (long k = 0;; k++) {
        ct_grid *g = NULL;
        ct_alloc_fail_after(k);
        ct_status s = ct_grid_parse("C=0.1,1,10;ngrams=1-2,1-3", &g, NULL);
        ct_alloc_fail_after(-1);
        ct_grid_destroy(g);
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
