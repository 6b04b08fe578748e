/* test_csv.c — the streaming tokenizer's edge cases. */
#include "ct_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tokenize text with a given chunk size into "a|b|c\n" lines (one per record,
 * with "@LINE" and "!ERR" markers) so whole results compare as one string. */
static char *tokens(const char *text, size_t len, size_t chunk)
{
    ct_csv_options o = ct_csv_options_default();
    o.chunk_size = chunk;
    ct_csv *r;
    assert_int_equal(ct_csv_open_mem(text, len, "t.csv", &o, &r, NULL), CT_OK);
    size_t cap = 4096, w = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (;;) {
        ct_csv_record rec;
        assert_int_equal(ct_csv_next(r, &rec, NULL), CT_OK);
        if (!rec.fields)
            break;
        char line[1024];
        size_t lw = (size_t)snprintf(line, sizeof line, "@%ld", rec.line);
        if (rec.error)
            lw += (size_t)snprintf(line + lw, sizeof line - lw, "!%d", rec.error);
        for (size_t i = 0; i < rec.nfields; i++)
            lw += (size_t)snprintf(line + lw, sizeof line - lw, "%s%.*s", i ? "|" : " ",
                                   (int)rec.fields[i].len, rec.fields[i].ptr);
        lw += (size_t)snprintf(line + lw, sizeof line - lw, "\n");
        while (w + lw + 1 > cap)
            out = realloc(out, cap *= 2);
        memcpy(out + w, line, lw + 1);
        w += lw;
    }
    ct_csv_close(r);
    return out;
}

static void check(const char *text, const char *want)
{
    size_t len = strlen(text);
    /* every chunk size from 1 byte up: records split at every position */
    for (size_t chunk = 1; chunk <= len + 1; chunk++) {
        char *got = tokens(text, len, chunk);
        if (strcmp(got, want) != 0)
            print_error("chunk %zu:\n got: %s\nwant: %s\n", chunk, got, want);
        assert_string_equal(got, want);
        free(got);
    }
}

static void test_plain(void **state)
{
    (void)state;
    check("a,b,c\n1,2,3\n", "@1 a|b|c\n@2 1|2|3\n");
    check("a,b\n1,2", "@1 a|b\n@2 1|2\n"); /* no final newline */
    check("a,,\n,,\n", "@1 a||\n@2 ||\n"); /* empty fields */
}

static void test_quotes(void **state)
{
    (void)state;
    check("\"a,b\",c\n", "@1 a,b|c\n");
    check("\"say \"\"hi\"\"\",x\n", "@1 say \"hi\"|x\n");
    check("\"\"\n", "@1 \n"); /* quoted empty */
    check("\"line1\nline2\",z\nnext,1\n", "@1 line1\nline2|z\n@3 next|1\n");
    check("ab\"c,d\n", "@1 ab\"c|d\n"); /* literal quote mid-field */
}

static void test_line_ends(void **state)
{
    (void)state;
    check("a,b\r\n1,2\r\n", "@1 a|b\n@2 1|2\n");
    check("a,b\r1,2\r", "@1 a|b\n@2 1|2\n"); /* old Mac line ends */
    check("a\n\n\r\nb\n", "@1 a\n@4 b\n");   /* blank lines skipped, counted */
    check("\"x\r\ny\",1\r\nz,2\r\n", "@1 x\r\ny|1\n@3 z|2\n");
}

static void test_bom(void **state)
{
    (void)state;
    check("\xEF\xBB\xBF"
          "a,b\n1,2\n",
          "@1 a|b\n@2 1|2\n");
    check("\xEF\xBB\xBF", "");
    check("\xEF\xBB", "@1!3 \xEF\xBB\n"); /* truncated BOM: bad UTF-8 */
}

static void test_errors(void **state)
{
    (void)state;
    check("a,\"open\nnever closed\n", "@1!1 a|open\nnever closed\n\n");
    check("\"ab\"x,1\n", "@1!2 ab\"x|1\n"); /* bad row; field kept raw for the message */
    check("a,\xC3\x28\n", "@1!3 a|\xC3\x28\n");
    check("a,\xE2\x82\xAC\n", "@1 a|\xE2\x82\xAC\n"); /* the euro sign is fine */
    static const char nul[] = "a,b\x00"
                              "c\n";
    char *got = tokens(nul, sizeof nul - 1, 1 << 20);
    assert_non_null(strstr(got, "!4"));
    free(got);
}

static void test_utf8(void **state)
{
    (void)state;
    assert_true(ct_utf8_valid("plain", 5));
    assert_true(ct_utf8_valid("\xE2\x80\x99", 3));      /* U+2019 */
    assert_true(ct_utf8_valid("\xF0\x9F\x98\x80", 4));  /* U+1F600 */
    assert_false(ct_utf8_valid("\xC0\xAF", 2));         /* overlong '/' */
    assert_false(ct_utf8_valid("\xED\xA0\x80", 3));     /* surrogate */
    assert_false(ct_utf8_valid("\xF4\x90\x80\x80", 4)); /* > U+10FFFF */
    assert_false(ct_utf8_valid("\xE2\x80", 2));         /* truncated */
    assert_false(ct_utf8_valid("\x80", 1));             /* lone continuation */
    assert_int_equal(ct_utf8_length("a\xE2\x80\x99"
                                    "b",
                                    5),
                     3);
}

static void test_delimiter(void **state)
{
    (void)state;
    ct_csv_options o = ct_csv_options_default();
    o.delimiter = ';';
    ct_csv *r;
    assert_int_equal(ct_csv_open_mem("a;b,c\n", 6, "t", &o, &r, NULL), CT_OK);
    ct_csv_record rec;
    assert_int_equal(ct_csv_next(r, &rec, NULL), CT_OK);
    assert_int_equal(rec.nfields, 2);
    ct_csv_close(r);
    o.delimiter = '"';
    assert_int_equal(ct_csv_open_mem("x", 1, "t", &o, &r, NULL), CT_EINVAL);
}

static void test_open_errors(void **state)
{
    (void)state;
    ct_csv *r;
    ct_diag d;
    assert_int_equal(ct_csv_open_path("/nonexistent/x.csv", NULL, &r, &d), CT_EIO);
    assert_non_null(strstr(d.message, "cannot open"));
    assert_int_equal(ct_csv_open_path("/tmp", NULL, &r, &d), CT_EIO);
    assert_non_null(strstr(d.message, "directory"));
}

static void test_long_record(void **state)
{
    (void)state;
    /* a record far longer than the chunk forces the buffer to grow */
    size_t n = 100000;
    char *text = malloc(n + 16);
    memset(text, 'x', n);
    memcpy(text + n, ",y\n", 4);
    ct_csv_options o = ct_csv_options_default();
    o.chunk_size = 64;
    ct_csv *r;
    assert_int_equal(ct_csv_open_mem(text, n + 3, "t", &o, &r, NULL), CT_OK);
    ct_csv_record rec;
    assert_int_equal(ct_csv_next(r, &rec, NULL), CT_OK);
    assert_int_equal(rec.nfields, 2);
    assert_int_equal(rec.fields[0].len, n);
    assert_int_equal(ct_csv_bytes_read(r), n + 3);
    ct_csv_close(r);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),       cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_line_ends),   cmocka_unit_test(test_bom),
        cmocka_unit_test(test_errors),      cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_delimiter),   cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_long_record),
    };
    return cmocka_run_group_tests_name("csv", tests, NULL, NULL);
}
