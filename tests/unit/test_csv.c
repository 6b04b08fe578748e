/* test_csv.c — the streaming tokenizer's edge cases; the writer: quoting,
 * number forms (Python's repr), errors. */
#include "ct_test.h"
#include "io/csv_internal.h"

#include <math.h>
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
    /* a lone CR inside a quoted field is a line break as the file's own
     * lone CR is (Python's csv line_num: 4 for the row after; before
     * 2026-12-07 it was not counted, and every line after named one too low) */
    check("a,b\n\"x\ry\",1\nz,2\n", "@1 a|b\n@2 x\ry|1\n@4 z|2\n");
    check("a,b\r\"x\ry\",1\rz,2\r", "@1 a|b\n@2 x\ry|1\n@4 z|2\n");
    check("a,b\n\"x\r\",1\nz,2\n", "@1 a|b\n@2 x\r|1\n@4 z|2\n"); /* CR then the quote */
    check("a,b\n\"x\r\r\ny\n\",1\nz,2\n", "@1 a|b\n@2 x\r\r\ny\n|1\n@6 z|2\n");
    check("a,b\n\"x\ry\n", "@1 a|b\n@2!1 x\ry\n\n"); /* never closed */
}

/* The one count of line breaks every reader uses: LF, CRLF as one, a lone CR. */
static void test_line_breaks(void **state)
{
    (void)state;
    assert_int_equal(ct_csv_line_breaks("", 0), 0);
    assert_int_equal(ct_csv_line_breaks("a\nb\nc", 5), 2);
    assert_int_equal(ct_csv_line_breaks("a\r\nb\rc\r", 8), 3);
    assert_int_equal(ct_csv_line_breaks("\r\r\n\n", 4), 3);
    size_t len = 9;
    assert_int_equal(ct_csv_break_at("ab\r\ncd", 6, &len), 2);
    assert_int_equal(len, 2);
    assert_int_equal(ct_csv_break_at("ab\rcd", 5, &len), 2);
    assert_int_equal(len, 1);
    assert_int_equal(ct_csv_break_at("abcd", 4, &len), 4);
    assert_int_equal(len, 0);
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

/* ------------------------------------------------------------ writing */

/* Python's repr of each value (CT_CSV_NUM_FLOAT), from
 *   /usr/bin/python3 -c "for v in [0.1, 1.0, 343296.0, 1e16, 1.5e-05, 0.0001,
 *     123456789012345680.0, -0.0, 2.5, 1/3, 1e15, 9007199254740993.0, 5e-324,
 *     1.7976931348623157e308, 100.0, 12345.678, 0.00012, float('inf'),
 *     -2.0]: print(repr(v))"
 * and each one reads back to the same double. */
static void test_format_num(void **state)
{
    (void)state;
    static const struct {
        double v;
        const char *repr;
    } cases[] = {
        {0.1, "0.1"},
        {1.0, "1.0"},
        {343296.0, "343296.0"},
        {1e16, "1e+16"},
        {1.5e-05, "1.5e-05"},
        {0.0001, "0.0001"},
        {123456789012345680.0, "1.2345678901234568e+17"},
        {-0.0, "-0.0"},
        {2.5, "2.5"},
        {1.0 / 3, "0.3333333333333333"},
        {1e15, "1000000000000000.0"},
        {9007199254740993.0, "9007199254740992.0"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {100.0, "100.0"},
        {12345.678, "12345.678"},
        {0.00012, "0.00012"},
        {INFINITY, "inf"},
        {-2.0, "-2.0"},
    };
    char buf[CT_CSV_NUM_MAX];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n = ct_csv_format_num(buf, cases[k].v, CT_CSV_NUM_FLOAT);
        assert_string_equal(buf, cases[k].repr);
        assert_int_equal(n, strlen(cases[k].repr));
        if (isfinite(cases[k].v))
            assert_true(strtod(buf, NULL) == cases[k].v);
    }
    /* int style: whole numbers as pandas writes an int64 column */
    static const struct {
        double v;
        const char *s;
    } ints[] = {{0, "0"},        {-7, "-7"},   {343296, "343296"}, {1e20, "100000000000000000000"},
                {1e21, "1e+21"}, {2.5, "2.5"}, {-INFINITY, "-inf"}};
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) {
        ct_csv_format_num(buf, ints[k].v, CT_CSV_NUM_INT);
        assert_string_equal(buf, ints[k].s);
    }
    assert_int_equal(ct_csv_format_num(buf, NAN, CT_CSV_NUM_FLOAT), 0);
    assert_string_equal(buf, "");
    /* random doubles: the text always reads back to the same bits */
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < 20000; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        memcpy(&v, &x, sizeof v);
        if (!isfinite(v))
            continue;
        ct_csv_format_num(buf, v, k % 2 ? CT_CSV_NUM_FLOAT : CT_CSV_NUM_INT);
        double back = strtod(buf, NULL);
        assert_memory_equal(&back, &v, sizeof v);
    }
}

/* Everything written to a memory stream, as one string. */
typedef struct mem_out {
    FILE *fp;
    char *buf;
    size_t len;
} mem_out;

static void test_writer(void **state)
{
    (void)state;
    mem_out m = {0};
    m.fp = open_memstream(&m.buf, &m.len);
    ct_csv_writer *w;
    assert_int_equal(ct_csv_writer_open(m.fp, "out.csv", NULL, &w, NULL), CT_OK);
    const char *bom = "\xEF\xBB\xBF"
                      "x";
    assert_int_equal(ct_csv_write_field(w, bom, strlen(bom)), CT_OK); /* first field of the file */
    assert_int_equal(ct_csv_write_field(w, "plain", 5), CT_OK);
    assert_int_equal(ct_csv_write_field(w, "a,b", 3), CT_OK);
    assert_int_equal(ct_csv_write_field(w, "say \"hi\"", 8), CT_OK);
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_write_field(w, " lead", 5), CT_OK);
    assert_int_equal(ct_csv_write_field(w, "trail\t", 6), CT_OK);
    assert_int_equal(ct_csv_write_field(w, "two\nlines", 9), CT_OK);
    assert_int_equal(ct_csv_write_field(w, "cr\r", 3), CT_OK);
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_write_missing(w), CT_OK); /* alone: "" */
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_write_num(w, NAN, CT_CSV_NUM_FLOAT), CT_OK);
    assert_int_equal(ct_csv_write_missing(w), CT_OK);
    assert_int_equal(ct_csv_write_num(w, 3, CT_CSV_NUM_INT), CT_OK);
    assert_int_equal(ct_csv_write_num(w, 3, CT_CSV_NUM_FLOAT), CT_OK);
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_write_field(w, bom, strlen(bom)), CT_OK); /* not first: as is */
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_writer_close(w, NULL), CT_OK);
    fclose(m.fp);
    assert_string_equal(m.buf, "\"\xEF\xBB\xBFx\",plain,\"a,b\",\"say \"\"hi\"\"\"\n"
                               "\" lead\",\"trail\t\",\"two\nlines\",\"cr\r\"\n"
                               "\"\"\n"
                               ",,3,3.0\n"
                               "\xEF\xBB\xBFx\n");
    /* and the tokenizer reads it back field for field; "cr\r" ends a line
     * too (a lone CR: Python's csv line_num says 4 for the record, so the
     * next starts on line 5; before 2026-12-07 this said 4) */
    char *t = tokens(m.buf, m.len, 7);
    assert_string_equal(t,
                        "@1 \xEF\xBB\xBFx|plain|a,b|say \"hi\"\n@2  lead|trail\t|two\nlines|cr\r\n"
                        "@5 \n@6 ||3|3.0\n@7 \xEF\xBB\xBFx\n");
    free(t);
    free(m.buf);

    /* options: ';' and CRLF */
    ct_csv_write_options o = ct_csv_write_options_default();
    assert_null(ct_csv_write_options_check(&o));
    o.delimiter = ';';
    o.newline = "\r\n";
    m.fp = open_memstream(&m.buf, &m.len);
    assert_int_equal(ct_csv_writer_open(m.fp, "out.csv", &o, &w, NULL), CT_OK);
    ct_csv_write_field(w, "a,b", 3);
    ct_csv_write_field(w, "c;d", 3);
    assert_int_equal(ct_csv_write_end_record(w), CT_OK);
    assert_int_equal(ct_csv_writer_close(w, NULL), CT_OK);
    fclose(m.fp);
    assert_string_equal(m.buf, "a,b;\"c;d\"\r\n");
    free(m.buf);
    ct_diag d;
    o.newline = "\r";
    assert_non_null(ct_csv_write_options_check(&o));
    assert_int_equal(ct_csv_writer_open(stdout, "x", &o, &w, &d), CT_EINVAL);
    o = ct_csv_write_options_default();
    o.delimiter = '"';
    assert_int_equal(ct_csv_writer_open(stdout, "x", &o, &w, &d), CT_EINVAL);
    assert_int_equal(ct_csv_writer_close(NULL, NULL), CT_OK);
}

static void test_writer_errors(void **state)
{
    (void)state;
    /* a full disk: the error is kept and reported, with the system's words */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IONBF, 0);
        ct_csv_writer *w;
        ct_diag d;
        assert_int_equal(ct_csv_writer_open(full, "full.csv", NULL, &w, NULL), CT_OK);
        ct_csv_write_field(w, "x", 1);
        assert_int_equal(ct_csv_write_end_record(w), CT_EIO);
        assert_int_equal(ct_csv_write_field(w, "y", 1), CT_EIO);
        assert_int_equal(ct_csv_writer_close(w, &d), CT_EIO);
        assert_non_null(strstr(d.message, "write error"));
        assert_string_equal(d.file, "full.csv");
        fclose(full);
    }
    /* every allocation failure: CT_ENOMEM, kept to the end, no leak */
    int done = 0;
    for (long n = 0; n < 50 && !done; n++) {
        mem_out m = {0};
        m.fp = open_memstream(&m.buf, &m.len);
        ct_alloc_fail_after(n);
        ct_csv_writer *w = NULL;
        ct_status st = ct_csv_writer_open(m.fp, "m", NULL, &w, NULL);
        for (int r = 0; r < 50 && st == CT_OK; r++) {
            st = ct_csv_write_field(w, "some field text, quoted", 23);
            if (st == CT_OK)
                st = ct_csv_write_end_record(w);
        }
        ct_status cl = ct_csv_writer_close(w, NULL);
        ct_alloc_fail_after(-1);
        if (st != CT_OK) {
            assert_int_equal(st, CT_ENOMEM);
            if (w)
                assert_int_equal(cl, CT_ENOMEM);
        }
        done = st == CT_OK && cl == CT_OK;
        fclose(m.fp);
        free(m.buf);
    }
    assert_true(done);
}

/* ct_csv_swallowed on the second record of data (the header first):
 * its verdict, and *sw for a verdict other than 0. */
static int swallowed(const char *data, ct_csv_swallow *sw)
{
    ct_csv *r;
    assert_int_equal(ct_csv_open_mem(data, strlen(data), "t", NULL, &r, NULL), CT_OK);
    ct_csv_record rec;
    assert_int_equal(ct_csv_next(r, &rec, NULL), CT_OK);
    const size_t ncols = rec.nfields;
    assert_int_equal(ct_csv_next(r, &rec, NULL), CT_OK);
    const int v = ct_csv_swallowed(&rec, ncols, ',', sw);
    ct_csv_close(r);
    return v;
}

/* A stray quote's field over rows (docs/cli.md "Rows swallowed by a stray
 * quote"): lines wholly inside holding the header's delimiters and
 * starting like the row are rows; a transcript's line breaks are not; a
 * field whose last line alone looks like a row is weak evidence (2). */
static void test_swallowed(void **state)
{
    (void)state;
    ct_csv_swallow sw;
    memset(&sw, 0, sizeof sw);
    /* closed on line 5, the record of the header's 4 fields */
    assert_int_equal(swallowed("id,t,v,w\n1,\"a,1,1\n2,b,2,2\n3,c,3,3\n4,d\",4,4\n", &sw), 1);
    assert_int_equal(sw.field, 1);
    assert_int_equal(sw.first_line, 2);
    assert_int_equal(sw.last_line, 5);
    assert_int_equal(sw.lines, 3);
    assert_int_equal(sw.like_rows, 3);
    /* never closed: the rest of the file, its last line end not a line */
    assert_int_equal(swallowed("id,t,v\n1,\"hello,10\n2,world,20\n3,foo,30\n", &sw), 1);
    assert_int_equal(sw.first_line, 2);
    assert_int_equal(sw.last_line, 4);
    /* a transcript over three lines, a comma in one */
    assert_int_equal(swallowed("id,t,v,w\n1,\"a text\nover lines, a comma\nend\",2,2\n", NULL), 0);
    /* lines with delimiters but not starting like the row ('1' vs 'x') */
    assert_int_equal(swallowed("id,t,v,w\n1,\"a\nx,y,z,w\nend\",2,2\n", NULL), 0);
    /* two columns: never judged */
    assert_int_equal(swallowed("id,t\n1,\"a\n2,b\n3,c\n4\"\n", NULL), 0);
    /* only the last line looks like a row: weak */
    assert_int_equal(swallowed("id,t,v,w\n3,\"one, two\n4, five\",30,3\n", &sw), 2);
    assert_int_equal(sw.first_line, 2);
    assert_int_equal(sw.last_line, 3);
    /* lone CRs as the line breaks inside the field: lines 2 to 5, as LF
     * (before 2026-12-07 not a line break: not judged at all) */
    memset(&sw, 0, sizeof sw);
    assert_int_equal(swallowed("id,t,v,w\n1,\"a,1,1\r2,b,2,2\r3,c,3,3\r4,d\",4,4\n", &sw), 1);
    assert_int_equal(sw.first_line, 2);
    assert_int_equal(sw.last_line, 5);
    assert_int_equal(sw.lines, 3);
    assert_int_equal(sw.like_rows, 3);
    /* CRLF inside the field: one break each, no empty line between */
    assert_int_equal(swallowed("id,t,v,w\r\n1,\"a,1,1\r\n2,b,2,2\r\n4,d\",4,4\r\n", &sw), 1);
    assert_int_equal(sw.last_line, 4);
    assert_int_equal(sw.lines, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),       cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_line_ends),   cmocka_unit_test(test_bom),
        cmocka_unit_test(test_errors),      cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_delimiter),   cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_long_record), cmocka_unit_test(test_format_num),
        cmocka_unit_test(test_writer),      cmocka_unit_test(test_writer_errors),
        cmocka_unit_test(test_swallowed),   cmocka_unit_test(test_line_breaks),
    };
    return cmocka_run_group_tests_name("csv", tests, NULL, NULL);
}
