/* test_list.c — base/list: option lists split as one CSV record (RFC 4180:
 * ',' between items, a quoted item holds ',' and a doubled '"'), unquoted
 * items as written, every fault a CT_EINVAL naming the item, and names
 * written back as items that split to themselves. */
#include "ct_test.h"

#include <stdio.h>
#include <string.h>

/* Split s (copied) into at most 8 items; returns the status. */
static ct_status split(const char *s, unsigned flags, char *buf, const char **it, size_t *n,
                       ct_diag *d)
{
    snprintf(buf, 256, "%s", s);
    ct_diag_clear(d);
    return ct_list_split(buf, flags, it, 8, n, d);
}

static void test_plain(void **state)
{
    (void)state;
    char buf[256];
    const char *it[8];
    size_t n;
    ct_diag d;
    assert_int_equal(split("a,b,c", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 3);
    assert_string_equal(it[0], "a");
    assert_string_equal(it[1], "b");
    assert_string_equal(it[2], "c");
    assert_int_equal(split("one", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 1);
    assert_string_equal(it[0], "one");
    /* unquoted items as written: spaces kept, a quote after the start literal */
    assert_int_equal(split(" a b ,NaN   ,x\"y", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 3);
    assert_string_equal(it[0], " a b ");
    assert_string_equal(it[1], "NaN   ");
    assert_string_equal(it[2], "x\"y");
    /* more items than cap: counted, the first cap stored */
    snprintf(buf, sizeof buf, "a,b,c");
    assert_int_equal(ct_list_split(buf, 0, it, 2, &n, &d), CT_OK);
    assert_int_equal(n, 3);
    assert_string_equal(it[1], "b");
    assert_int_equal(ct_list_max_items("a,\"b,c\""), 3);
    assert_int_equal(ct_list_max_items(""), 1);
}

static void test_quoted(void **state)
{
    (void)state;
    char buf[256];
    const char *it[8];
    size_t n;
    ct_diag d;
    assert_int_equal(split("\"views, total\",likes", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0], "views, total");
    assert_string_equal(it[1], "likes");
    assert_int_equal(split("likes,\"a,b,c\"", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[1], "a,b,c");
    /* "" inside quotes is one quote */
    assert_int_equal(split("\"say \"\"hi\"\", then\",\"\"\"\"", 0, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0], "say \"hi\", then");
    assert_string_equal(it[1], "\"");
    /* a quoted empty item is empty */
    assert_int_equal(split("a,\"\"", 0, buf, it, &n, &d), CT_EINVAL);
    assert_int_equal(split("a,\"\"", CT_LIST_EMPTY_OK, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[1], "");
}

static void test_faults(void **state)
{
    (void)state;
    char buf[256];
    const char *it[8];
    size_t n;
    ct_diag d;
    assert_int_equal(split("a,,b", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "item 2 is empty (two ',' in a row, or one at an end)");
    assert_int_equal(d.column, 3);
    assert_int_equal(split("a,", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "item 2 is empty (two ',' in a row, or one at an end)");
    assert_int_equal(split(",a", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "item 1 is empty (two ',' in a row, or one at an end)");
    assert_int_equal(split("", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "the list is empty");
    assert_int_equal(split("a,\"views, total", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message, "the quote that opens item 2 is not closed (a '\"' inside a "
                                   "quoted item is written twice: \"\")");
    assert_int_equal(d.column, 3);
    assert_int_equal(split("\"views\" total,a", 0, buf, it, &n, &d), CT_EINVAL);
    assert_string_equal(d.message,
                        "text after the closing quote of item 1: ' total' (a quoted item ends at "
                        "its closing quote; a '\"' inside a quoted item is written twice: \"\")");
    assert_int_equal(d.column, 8);
    /* empty items allowed on request (--na-values), as before */
    assert_int_equal(split("a,,b,", CT_LIST_EMPTY_OK, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 4);
    assert_string_equal(it[1], "");
    assert_string_equal(it[3], "");
    assert_int_equal(split("", CT_LIST_EMPTY_OK, buf, it, &n, &d), CT_OK);
    assert_int_equal(n, 1);
    /* diag may be NULL */
    snprintf(buf, sizeof buf, "\"x");
    assert_int_equal(ct_list_split(buf, 0, it, 8, &n, NULL), CT_EINVAL);
}

static void test_writer(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(ct_list_quote(out, sizeof out, "likes"), 5);
    assert_string_equal(out, "likes");
    ct_list_quote(out, sizeof out, "views, total");
    assert_string_equal(out, "\"views, total\"");
    ct_list_quote(out, sizeof out, "say \"hi\"");
    assert_string_equal(out, "\"say \"\"hi\"\"\"");
    ct_list_quote(out, sizeof out, "");
    assert_string_equal(out, "\"\"");
    assert_int_equal(ct_list_needs_quotes("a b"), 0);
    assert_int_equal(ct_list_needs_quotes("\"a"), 1);
    /* cut like snprintf: the needed length returned */
    assert_int_equal(ct_list_quote(out, 5, "views, total"), 14);
    assert_string_equal(out, "\"vie");
    /* round trip: a list written item by item splits back to the names */
    const char *names[] = {"views, total", "likes", "say \"hi\"", "\"", ",", " sp ", "a\"b"};
    const size_t nn = sizeof names / sizeof *names;
    char list[256] = "";
    for (size_t k = 0; k < nn; k++)
        ct_list_append(list, sizeof list, names[k]);
    assert_string_equal(list, "\"views, total\",likes,\"say \"\"hi\"\"\",\"\"\"\",\",\", sp ,"
                              "\"a\"\"b\"");
    const char *it[8];
    size_t n;
    ct_diag d;
    assert_int_equal(ct_list_split(list, 0, it, 8, &n, &d), CT_OK);
    assert_int_equal(n, nn);
    for (size_t k = 0; k < nn; k++)
        assert_string_equal(it[k], names[k]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_quoted),
        cmocka_unit_test(test_faults),
        cmocka_unit_test(test_writer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
