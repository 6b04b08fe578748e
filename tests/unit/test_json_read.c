/* test_json_read.c — the JSON reader on jansson: valid documents, every error
 * path with its line, column and message in our words, limits (depth, size),
 * numbers (the same doubles as strtod), escapes, UTF-8, NUL bytes, duplicate
 * keys, allocation failure; the writer's numbers in the fewest digits that
 * read back. */
#include "ct_test.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static ct_json_doc *parse_ok(const char *text)
{
    ct_json_doc *doc = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_json_parse(text, strlen(text), "t.json", NULL, &doc, &d);
    if (s)
        print_error("parse of '%s' failed: %s (%ld:%ld)\n", text, d.message, d.line, d.column);
    assert_int_equal(s, CT_OK);
    assert_non_null(doc);
    return doc;
}

/* Expect failure with status want at line:col, message containing frag. */
static void parse_bad_n(const char *text, size_t len, ct_status want, long line, long col,
                        const char *frag)
{
    ct_json_doc *doc = (ct_json_doc *)1;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_json_parse(text, len, "t.json", NULL, &doc, &d);
    if (s != want || (line && (d.line != line || d.column != col)) || !strstr(d.message, frag))
        print_error("input '%.*s': status %d at %ld:%ld '%s'; expected %d at %ld:%ld '%s'\n",
                    (int)len, text, s, d.line, d.column, d.message, want, line, col, frag);
    assert_int_equal(s, want);
    assert_null(doc);
    assert_string_equal(d.file, "t.json");
    if (line) {
        assert_int_equal(d.line, line);
        assert_int_equal(d.column, col);
    }
    assert_non_null(strstr(d.message, frag));
}

static void parse_bad(const char *text, ct_status want, long line, long col, const char *frag)
{
    parse_bad_n(text, strlen(text), want, line, col, frag);
}

static void test_scalars(void **state)
{
    (void)state;
    ct_json_doc *doc = parse_ok(" true ");
    assert_int_equal(ct_json_type_of(ct_json_doc_root(doc)), CT_JSON_BOOL);
    assert_int_equal(ct_json_bool_value(ct_json_doc_root(doc)), 1);
    ct_json_doc_free(doc);
    doc = parse_ok("false");
    assert_int_equal(ct_json_bool_value(ct_json_doc_root(doc)), 0);
    ct_json_doc_free(doc);
    doc = parse_ok("null");
    assert_int_equal(ct_json_type_of(ct_json_doc_root(doc)), CT_JSON_NULL);
    ct_json_doc_free(doc);
    doc = parse_ok("\"x\"");
    size_t n = 9;
    assert_string_equal(ct_json_string(ct_json_doc_root(doc), &n), "x");
    assert_int_equal(n, 1);
    ct_json_doc_free(doc);
    doc = parse_ok("\t\r\n-12.5e-1\n");
    assert_rel(ct_json_number(ct_json_doc_root(doc)), -1.25, 0);
    ct_json_doc_free(doc);
}

static void test_structure(void **state)
{
    (void)state;
    const char *text = "{\"tool\": \"claimtriage\", \"n\": [1, 2, {\"a\": []}, {}],\n"
                       " \"empty\": \"\", \"nested\": {\"k\": null}}";
    ct_json_doc *doc = parse_ok(text);
    const ct_json_value *r = ct_json_doc_root(doc);
    assert_int_equal(ct_json_type_of(r), CT_JSON_OBJECT);
    assert_int_equal(ct_json_size(r), 4);
    size_t n;
    assert_string_equal(ct_json_key_at(r, 0, &n), "tool");
    assert_int_equal(n, 4);
    assert_string_equal(ct_json_key_at(r, 3, NULL), "nested");
    assert_null(ct_json_key_at(r, 4, NULL));
    assert_string_equal(ct_json_string(ct_json_get(r, "tool"), NULL), "claimtriage");
    assert_string_equal(ct_json_string(ct_json_at(r, 0), NULL), "claimtriage");
    const ct_json_value *arr = ct_json_get(r, "n");
    assert_int_equal(ct_json_type_of(arr), CT_JSON_ARRAY);
    assert_int_equal(ct_json_size(arr), 4);
    assert_rel(ct_json_number(ct_json_at(arr, 1)), 2, 0);
    assert_int_equal(ct_json_size(ct_json_get(ct_json_at(arr, 2), "a")), 0);
    assert_int_equal(ct_json_type_of(ct_json_get(ct_json_at(arr, 2), "a")), CT_JSON_ARRAY);
    assert_null(ct_json_at(ct_json_get(ct_json_at(arr, 2), "a"), 0));
    assert_int_equal(ct_json_size(ct_json_at(arr, 3)), 0);
    assert_null(ct_json_at(arr, 4));
    assert_int_equal(ct_json_type_of(ct_json_get(ct_json_get(r, "nested"), "k")), CT_JSON_NULL);
    assert_string_equal(ct_json_string(ct_json_get(r, "empty"), &n), "");
    assert_int_equal(n, 0);
    /* NULL and wrong types answer neutrally, so chains are safe */
    assert_null(ct_json_get(ct_json_get(r, "absent"), "x"));
    assert_null(ct_json_get(arr, "x"));
    assert_null(ct_json_string(arr, NULL));
    assert_true(isnan(ct_json_number(r)));
    assert_int_equal(ct_json_size(NULL), 0);
    assert_int_equal(ct_json_type_of(NULL), CT_JSON_NONE);
    assert_int_equal(ct_json_bool_value(NULL), 0);
    assert_null(ct_json_key_at(arr, 0, NULL));
    assert_null(ct_json_get(r, NULL));
    assert_string_equal(ct_json_type_name(CT_JSON_OBJECT), "object");
    assert_string_equal(ct_json_type_name(CT_JSON_NONE), "none");
    ct_json_doc_free(doc);
    ct_json_doc_free(NULL);
    assert_null(ct_json_doc_root(NULL));
}

static void test_numbers(void **state)
{
    (void)state;
    /* reference values: Python float() of the same literal */
    static const struct {
        const char *text;
        double want;
    } ok[] = {
        {"0", 0.0},
        {"-0", 0.0}, /* jansson reads -0 as the integer 0: +0.0 (the writer never writes -0) */
        {"-0.0", -0.0},
        {"1", 1.0},
        {"-1", -1.0},
        {"0.1", 0.1},
        {"1e2", 100.0},
        {"1E+2", 100.0},
        {"1e-2", 0.01},
        {"123.456e7", 1234560000.0},
        {"9007199254740993", 9007199254740992.0}, /* float('9007199254740993') */
        {"9223372036854775807", 9223372036854775808.0},
        {"1.7976931348623157e308", 1.7976931348623157e308},
        {"4.9e-324", 4.9e-324},
        {"1e-400", 0.0}, /* underflows to 0, as float() */
        {"0.30000000000000004", 0.30000000000000004},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        ct_json_doc *doc = parse_ok(ok[i].text);
        double got = ct_json_number(ct_json_doc_root(doc));
        if (got != ok[i].want)
            print_error("%s -> %.17g, expected %.17g\n", ok[i].text, got, ok[i].want);
        assert_true(got == ok[i].want);
        assert_int_equal(signbit(got) != 0, signbit(ok[i].want) != 0);
        ct_json_doc_free(doc);
    }
    /* a literal longer than 512 bytes */
    char big[700];
    memset(big, '0', sizeof big);
    big[0] = '1';
    big[1] = '.';
    memcpy(big + sizeof big - 5, "5e+2", 4);
    big[sizeof big - 1] = '\0';
    ct_json_doc *doc = parse_ok(big);
    assert_rel(ct_json_number(ct_json_doc_root(doc)), 100.0, 1e-15);
    ct_json_doc_free(doc);

    parse_bad("01", CT_EDATA, 1, 1, "invalid token '01', expected a value");
    parse_bad("-01", CT_EDATA, 1, 1, "invalid token '-01'");
    parse_bad("-", CT_EDATA, 1, 1, "invalid token '-'");
    parse_bad("-a", CT_EDATA, 1, 1, "invalid token '-a'");
    parse_bad("1.", CT_EDATA, 1, 1, "invalid token '1.'");
    parse_bad("1.e5", CT_EDATA, 1, 1, "invalid token '1.e5'");
    parse_bad("1e", CT_EDATA, 1, 1, "invalid token '1e'");
    parse_bad("1e+", CT_EDATA, 1, 1, "invalid token '1e+'");
    parse_bad("[.5]", CT_EDATA, 1, 2, "invalid token '.5', expected a value");
    parse_bad("+1", CT_EDATA, 1, 1, "invalid token '+1'");
    parse_bad("NaN", CT_EDATA, 1, 1, "invalid token 'NaN'");
    parse_bad("Infinity", CT_EDATA, 1, 1, "invalid token 'Infinity'");
    parse_bad("1e400", CT_EDATA, 1, 1, "number '1e400' out of range for a double");
    parse_bad("[-1e309]", CT_EDATA, 1, 2, "number '-1e309' out of range for a double");
    parse_bad("0x10", CT_EDATA, 1, 2, "unexpected 'x' after the JSON value");
    /* integers beyond int64 are errors, not doubles (jansson reads integers with strtoll) */
    parse_bad("[1, 9223372036854775808]", CT_EDATA, 1, 5,
              "integer '9223372036854775808' out of range for int64");
    parse_bad("-9223372036854775809", CT_EDATA, 1, 1, "out of range for int64");
}

/* The doubles are strtod's (correctly rounded), as the hand-written reader's
 * were: compare with glibc's strtod on literals of every shape, integers of
 * up to 19 digits included (int64 -> double rounds to nearest as well). */
static void test_numbers_match_strtod(void **state)
{
    (void)state;
    uint64_t x = 0x9E3779B97F4A7C15ULL; /* a fixed xorshift64 stream: deterministic */
    char lit[64];
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        int digits = 1 + (int)(x % 19), shape = (int)((x >> 8) % 4);
        uint64_t m = x >> 11;
        snprintf(lit, sizeof lit, "%s%llu", (x >> 5) & 1 ? "-" : "",
                 (unsigned long long)(m % 9000000000000000000ULL)); /* fits int64 */
        /* cut to `digits` digits, then add a fraction and/or an exponent */
        char *p = lit + (lit[0] == '-');
        if (strlen(p) > (size_t)digits)
            p[digits] = '\0';
        size_t n = strlen(lit);
        if (shape == 1 || shape == 3)
            n += (size_t)snprintf(lit + n, sizeof lit - n, ".%u", (unsigned)((x >> 20) % 100000));
        if (shape >= 2)
            snprintf(lit + n, sizeof lit - n, "e%d", (int)((x >> 40) % 580) - 300);
        ct_json_doc *doc = NULL;
        ct_diag d;
        assert_int_equal(ct_json_parse(lit, strlen(lit), NULL, NULL, &doc, &d), CT_OK);
        double got = ct_json_number(ct_json_doc_root(doc)), want = strtod(lit, NULL);
        if (memcmp(&got, &want, sizeof got) != 0 && !(got == 0 && want == 0))
            print_error("%s -> %.17g, strtod %.17g\n", lit, got, want);
        assert_true(got == want);
        ct_json_doc_free(doc);
    }
}

static void test_int64(void **state)
{
    (void)state;
    ct_json_doc *doc = parse_ok(
        "[9223372036854775807, -9223372036854775808, 1e19,"
        " 1e3, 2.0, 1.5, \"7\", 343296.0, -0, 9.2233720368547758e18, -9.2233720368547758e18]");
    const ct_json_value *a = ct_json_doc_root(doc);
    int64_t x = 42;
    assert_int_equal(ct_json_int64(ct_json_at(a, 0), &x), CT_OK);
    assert_true(x == INT64_MAX);
    assert_int_equal(ct_json_int64(ct_json_at(a, 1), &x), CT_OK);
    assert_true(x == INT64_MIN);
    x = 42;
    assert_int_equal(ct_json_int64(ct_json_at(a, 2), &x), CT_ETYPE);
    assert_true(x == 42);
    assert_int_equal(ct_json_int64(ct_json_at(a, 3), &x), CT_OK);
    assert_true(x == 1000);
    assert_int_equal(ct_json_int64(ct_json_at(a, 4), &x), CT_OK);
    assert_true(x == 2);
    assert_int_equal(ct_json_int64(ct_json_at(a, 5), &x), CT_ETYPE);
    assert_int_equal(ct_json_int64(ct_json_at(a, 6), &x), CT_ETYPE);
    assert_int_equal(ct_json_int64(ct_json_at(a, 7), &x), CT_OK);
    assert_true(x == 343296);
    assert_int_equal(ct_json_int64(ct_json_at(a, 8), &x), CT_OK);
    assert_true(x == 0);
    assert_int_equal(ct_json_int64(ct_json_at(a, 9), &x), CT_ETYPE); /* rounds to 2^63 */
    assert_int_equal(ct_json_int64(ct_json_at(a, 10), &x), CT_OK);   /* -2^63 fits */
    assert_true(x == INT64_MIN);
    assert_int_equal(ct_json_int64(NULL, &x), CT_ETYPE);
    assert_int_equal(ct_json_int64(ct_json_at(a, 0), NULL), CT_ETYPE);
    ct_json_doc_free(doc);
}

static void test_escapes(void **state)
{
    (void)state;
    ct_json_doc *doc = parse_ok("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"");
    assert_string_equal(ct_json_string(ct_json_doc_root(doc), NULL), "a\"b\\c/d\be\ff\ng\rh\ti");
    ct_json_doc_free(doc);
    /* \u escapes: ASCII, 2-byte, 3-byte, surrogate pair (U+1F600), NUL kept */
    doc = parse_ok("\"\\u0041\\u00e9\\u20AC\\uD83D\\uDE00\\u0000z\"");
    size_t n;
    const char *s = ct_json_string(ct_json_doc_root(doc), &n);
    static const char want[] = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\0z";
    assert_int_equal(n, sizeof want - 1);
    assert_memory_equal(s, want, n);
    assert_int_equal(s[n], '\0');
    ct_json_doc_free(doc);
    /* the largest code point, U+10FFFF = \uDBFF\uDFFF */
    doc = parse_ok("\"\\uDBFF\\uDFFF\"");
    assert_string_equal(ct_json_string(ct_json_doc_root(doc), NULL), "\xF4\x8F\xBF\xBF");
    ct_json_doc_free(doc);

    parse_bad("\"\\x\"", CT_EDATA, 1, 2, "invalid escape: backslash followed by 'x'");
    parse_bad("[\"ab\\ \"]", CT_EDATA, 1, 5, "invalid escape: backslash followed by byte 0x20");
    parse_bad("\"\\u12\"", CT_EDATA, 1, 2, "invalid \\u escape: expected four hex digits");
    parse_bad("\"\\u12G4\"", CT_EDATA, 1, 2, "four hex digits");
    parse_bad("\"\\u12", CT_EDATA, 1, 2, "four hex digits");
    parse_bad("\"\\uDC00\"", CT_EDATA, 1, 1,
              "invalid \\u escape: a surrogate without its pair '\\uDC00'");
    parse_bad("\"\\uD83D\"", CT_EDATA, 1, 1, "a surrogate without its pair '\\uD83D'");
    parse_bad("\"\\uD83Dx\"", CT_EDATA, 1, 1, "a surrogate without its pair '\\uD83D'");
    parse_bad("\"\\uD83D\\u0041\"", CT_EDATA, 1, 1,
              "a surrogate without its pair '\\uD83D\\u0041'");
    parse_bad("\"\\uD83D\\uD83D\"", CT_EDATA, 1, 1, "a surrogate without its pair");
    parse_bad("\"abc\\", CT_EDATA, 1, 1, "unterminated string");
    parse_bad("[\"abc", CT_EDATA, 1, 2, "unterminated string");
    parse_bad("\"a\tb\"", CT_EDATA, 1, 3, "control character U+0009 in a string");
    parse_bad("\"a\nb\"", CT_EDATA, 1, 3, "control character U+000A in a string");
    parse_bad("\"a\x1f\"", CT_EDATA, 1, 3, "control character U+001F");
}

static void test_utf8(void **state)
{
    (void)state;
    /* valid: 2-, 3- and 4-byte sequences, the boundaries of Unicode table 3-7 */
    ct_json_doc *doc = parse_ok("\"\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 "
                                "\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF\"");
    ct_json_doc_free(doc);
    /* jansson points at the sequence it cannot decode, by its first byte */
    parse_bad("\"\xC0\xAF\"", CT_EDATA, 1, 2, "invalid UTF-8 sequence starting with byte 0xC0");
    parse_bad("\"\xC1\xBF\"", CT_EDATA, 1, 2, "starting with byte 0xC1");
    parse_bad("\"\xE0\x80\xAF\"", CT_EDATA, 1, 2, "starting with byte 0xE0");     /* overlong */
    parse_bad("\"\xED\xA0\x80\"", CT_EDATA, 1, 2, "starting with byte 0xED");     /* surrogate */
    parse_bad("\"\xF4\x90\x80\x80\"", CT_EDATA, 1, 2, "starting with byte 0xF4"); /* > 10FFFF */
    parse_bad("\"\xF5\x80\x80\x80\"", CT_EDATA, 1, 2, "starting with byte 0xF5");
    parse_bad("\"\x80\"", CT_EDATA, 1, 2, "starting with byte 0x80"); /* lone continuation */
    parse_bad("\"\xFF\"", CT_EDATA, 1, 2, "starting with byte 0xFF");
    parse_bad("\"\xC3(\"", CT_EDATA, 1, 2, "starting with byte 0xC3");
    parse_bad("\"\xE2\x82", CT_EDATA, 1, 2, "starting with byte 0xE2"); /* truncated */
    parse_bad("[1, \"ok\",\n \"caf\xC3\xA9\", \"\xC3\"]", CT_EDATA, 2, 11, "byte 0xC3");
    /* outside strings: a valid character is an invalid token, an invalid one bad UTF-8 */
    parse_bad("\xC3\xA9", CT_EDATA, 1, 1, "invalid token byte 0xC3, expected a value");
    parse_bad("[1, \xFF]", CT_EDATA, 1, 5, "invalid UTF-8 sequence starting with byte 0xFF");
    /* columns count characters: é is one column */
    parse_bad("[\"\xC3\xA9\" x]", CT_EDATA, 1, 6, "unexpected 'x', expected ',' or ']'");
    /* a leading byte order mark is skipped, and counts as one column */
    doc = parse_ok("\xEF\xBB\xBF[1]");
    assert_int_equal(ct_json_size(ct_json_doc_root(doc)), 1);
    ct_json_doc_free(doc);
    parse_bad("\xEF\xBB\xBF[1,]", CT_EDATA, 1, 5, "unexpected ']', expected a value");
    parse_bad("\xEF\xBB\xBF", CT_EEMPTY, 1, 2, "empty input");
}

static void test_syntax_errors(void **state)
{
    (void)state;
    parse_bad("", CT_EEMPTY, 1, 1, "empty input");
    parse_bad(" \n\t ", CT_EEMPTY, 2, 3, "empty input");
    parse_bad("[", CT_EDATA, 1, 2, "unexpected end of input, expected a value or ']'");
    parse_bad("[1", CT_EDATA, 1, 3, "unexpected end of input, expected ',' or ']'");
    parse_bad("[1,\n2", CT_EDATA, 2, 2, "unexpected end of input, expected ',' or ']'");
    parse_bad("[1,", CT_EDATA, 1, 4, "unexpected end of input, expected a value");
    parse_bad("[1,]", CT_EDATA, 1, 4, "unexpected ']', expected a value");
    parse_bad("[1 2]", CT_EDATA, 1, 4, "unexpected '2', expected ',' or ']'");
    parse_bad("[1}", CT_EDATA, 1, 3, "unexpected '}', expected ',' or ']'");
    parse_bad("{", CT_EDATA, 1, 2, "unexpected end of input, expected a string key or '}'");
    parse_bad("{1:2}", CT_EDATA, 1, 2, "unexpected '1', expected a string key or '}'");
    parse_bad("{\"a\"}", CT_EDATA, 1, 5, "unexpected '}', expected ':' after a key");
    parse_bad("{\"a\" 1}", CT_EDATA, 1, 6, "expected ':' after a key");
    parse_bad("{\"a\":}", CT_EDATA, 1, 6, "unexpected '}', expected a value");
    parse_bad("{\"a\":1,}", CT_EDATA, 1, 8, "unexpected '}', expected a string key");
    parse_bad("{\"a\":1]", CT_EDATA, 1, 7, "unexpected ']', expected ',' or '}'");
    parse_bad("{\"a\":1", CT_EDATA, 1, 7, "unexpected end of input, expected ',' or '}'");
    parse_bad("{\"a\":", CT_EDATA, 1, 6, "unexpected end of input, expected a value");
    parse_bad("{\"a\"", CT_EDATA, 1, 5, "unexpected end of input, expected ':' after a key");
    parse_bad("{\"a\":1,", CT_EDATA, 1, 8, "unexpected end of input, expected a string key");
    parse_bad("]", CT_EDATA, 1, 1, "unexpected ']', expected a value");
    parse_bad("tru", CT_EDATA, 1, 1, "invalid token 'tru'");
    parse_bad("nul", CT_EDATA, 1, 1, "invalid token 'nul'");
    parse_bad("True", CT_EDATA, 1, 1, "invalid token 'True'");
    parse_bad("truex", CT_EDATA, 1, 1, "invalid token 'truex'");
    parse_bad("true x", CT_EDATA, 1, 6, "unexpected 'x' after the JSON value");
    parse_bad("[1]\n[2]", CT_EDATA, 2, 1, "unexpected '[' after the JSON value");
    parse_bad("{\"a\":1}\n\n  x", CT_EDATA, 3, 3, "unexpected 'x' after the JSON value");
    parse_bad("'a'", CT_EDATA, 1, 1, "invalid token ''a'', expected a value");
    parse_bad("[1,\n 2,\n @]", CT_EDATA, 3, 2, "invalid token '@'");
    parse_bad("/* c */ 1", CT_EDATA, 1, 1, "invalid token '/*'");
    parse_bad("\x01", CT_EDATA, 1, 1, "invalid token byte 0x01");
    /* a token longer than 20 characters is quoted cut short */
    parse_bad("[\"a\" \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"]", CT_EDATA, 1, 6,
              "unexpected '\"bbbbbbbbbbbbbbbbbbb...', expected ',' or ']'");
    /* form feed and vertical tab are not JSON whitespace */
    parse_bad("\f1", CT_EDATA, 1, 1, "invalid token byte 0x0C");
    parse_bad("[1,\v2]", CT_EDATA, 1, 4, "byte 0x0B");
}

/* A NUL byte is never JSON: outside strings it is not whitespace, inside it
 * is an unescaped control character. jansson's buffer reader may take it
 * for the end of the input, so the reader stops jansson there. */
static void test_nul_bytes(void **state)
{
    (void)state;
    parse_bad_n("[1,\0]", 5, CT_EDATA, 1, 4, "unexpected byte 0x00, expected a value");
    parse_bad_n("[1\0]", 4, CT_EDATA, 1, 3, "unexpected byte 0x00, expected ',' or ']'");
    parse_bad_n("1\0", 2, CT_EDATA, 1, 2, "unexpected byte 0x00 after the JSON value");
    parse_bad_n("[1]\0", 4, CT_EDATA, 1, 4, "after the JSON value");
    parse_bad_n("\0", 1, CT_EDATA, 1, 1, "unexpected byte 0x00, expected a value");
    parse_bad_n("\"a\0b\"", 5, CT_EDATA, 1, 3, "control character U+0000 in a string");
    parse_bad_n("{\"k\0\":1}", 8, CT_EDATA, 1, 4, "control character U+0000");
    /* an error before the NUL byte is the one reported */
    parse_bad_n("[tru, \0]", 8, CT_EDATA, 1, 2, "invalid token 'tru'");
    parse_bad_n("[1 2 \0]", 7, CT_EDATA, 1, 4, "unexpected '2', expected ',' or ']'");
    /* an escaped NUL is data */
    ct_json_doc *doc = parse_ok("[\"\\u0000\"]");
    size_t n = 9;
    assert_non_null(ct_json_string(ct_json_at(ct_json_doc_root(doc), 0), &n));
    assert_int_equal(n, 1);
    ct_json_doc_free(doc);
}

static void test_duplicates(void **state)
{
    (void)state;
    parse_bad("{\"a\":1,\"b\":2,\"a\":3}", CT_EDATA, 1, 14, "duplicate key 'a'");
    parse_bad("[{}, {\"x\":{\"k\":1,\"k\":1}}]", CT_EDATA, 1, 18, "duplicate key 'k'");
    /* the key as written, escapes and all: \u0061 is "a" */
    parse_bad("{\"a\":1,\"\\u0061\":2}", CT_EDATA, 1, 8, "duplicate key '\\u0061'");
    /* jansson keeps no key holding \u0000 */
    parse_bad("{\"a\\u0000b\":1}", CT_EDATA, 1, 2, "a key holding \\u0000 is not supported");
    /* with duplicates allowed, the last value wins at the first key's place */
    ct_json_read_options o = ct_json_read_options_default();
    o.allow_duplicate_keys = 1;
    const char *t = "{\"a\":1,\"b\":0,\"a\":2}";
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(t, strlen(t), NULL, &o, &doc, &d), CT_OK);
    const ct_json_value *r = ct_json_doc_root(doc);
    assert_int_equal(ct_json_size(r), 2);
    assert_rel(ct_json_number(ct_json_get(r, "a")), 2, 0);
    assert_string_equal(ct_json_key_at(r, 0, NULL), "a");
    assert_rel(ct_json_number(ct_json_at(r, 0)), 2, 0);
    ct_json_doc_free(doc);
}

/* Objects keep document order for ct_json_at/ct_json_key_at and find keys
 * by binary search: every key of a large object, in shuffled order. */
static void test_large_object(void **state)
{
    (void)state;
    enum { N = 3000 };
    size_t cap = (size_t)N * 32 + 16, len = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    t[len++] = '{';
    for (int i = 0; i < N; i++) {
        /* keys in a scrambled, non-sorted order: k(i*7919 mod N) */
        int k = (int)(((long)i * 7919) % N);
        len += (size_t)snprintf(t + len, cap - len, "%s\"key%d\":%d", i ? "," : "", k, k);
    }
    t[len++] = '}';
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(t, len, NULL, NULL, &doc, &d), CT_OK);
    const ct_json_value *r = ct_json_doc_root(doc);
    assert_int_equal(ct_json_size(r), N);
    char key[32];
    for (int i = 0; i < N; i++) {
        int k = (int)(((long)i * 7919) % N);
        snprintf(key, sizeof key, "key%d", k);
        assert_string_equal(ct_json_key_at(r, (size_t)i, NULL), key);
        assert_rel(ct_json_number(ct_json_at(r, (size_t)i)), k, 0);
        snprintf(key, sizeof key, "key%d", i);
        assert_rel(ct_json_number(ct_json_get(r, key)), i, 0);
    }
    assert_null(ct_json_get(r, "key"));
    assert_null(ct_json_get(r, "key30000"));
    assert_null(ct_json_get(r, ""));
    ct_json_doc_free(doc);
    free(t);
}

static void test_limits(void **state)
{
    (void)state;
    ct_json_read_options o = ct_json_read_options_default();
    assert_null(ct_json_read_options_check(&o));
    o.max_depth = 3;
    ct_json_doc *doc = NULL;
    ct_diag d;
    const char *t = "[[[1]]]";
    assert_int_equal(ct_json_parse(t, strlen(t), NULL, &o, &doc, &d), CT_OK);
    ct_json_doc_free(doc);
    t = "[[{\"a\":[1]}]]";
    assert_int_equal(ct_json_parse(t, strlen(t), NULL, &o, &doc, &d), CT_EDATA);
    assert_null(doc);
    assert_non_null(strstr(d.message, "nesting deeper than 3 levels"));
    assert_int_equal(d.column, 8);
    assert_string_equal(d.file, "<json>");
    /* brackets inside strings do not count */
    t = "[[\"[[[[{{{{\"]]";
    assert_int_equal(ct_json_parse(t, strlen(t), NULL, &o, &doc, &d), CT_OK);
    ct_json_doc_free(doc);
    /* a syntax error before the depth is exceeded is the one reported */
    t = "[[1 2, [[[]]]]]";
    assert_int_equal(ct_json_parse(t, strlen(t), NULL, &o, &doc, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "unexpected '2'"));
    /* the default depth limit (256) holds against a very deep input; jansson
     * is never handed more than the limit, so its recursion stays shallow */
    size_t deep = 100000;
    char *big = malloc(2 * deep);
    assert_non_null(big);
    memset(big, '[', deep);
    memset(big + deep, ']', deep);
    assert_int_equal(ct_json_parse(big, 2 * deep, NULL, NULL, &doc, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "nesting deeper than 256 levels"));
    assert_int_equal(d.column, 257);
    /* the ceiling: 2047 levels, a scalar innermost */
    o = ct_json_read_options_default();
    o.max_depth = CT_JSON_DEPTH_CEILING;
    size_t lv = CT_JSON_DEPTH_CEILING;
    memset(big, '[', lv);
    big[lv] = '0';
    memset(big + lv + 1, ']', lv);
    assert_int_equal(ct_json_parse(big, 2 * lv + 1, NULL, &o, &doc, &d), CT_OK);
    const ct_json_value *v = ct_json_doc_root(doc);
    size_t levels = 0;
    while (ct_json_size(v)) {
        v = ct_json_at(v, 0);
        levels++;
    }
    assert_int_equal(levels, lv);
    assert_int_equal(ct_json_type_of(v), CT_JSON_NUMBER);
    ct_json_doc_free(doc);
    memset(big, '[', deep);
    assert_int_equal(ct_json_parse(big, 2 * deep, NULL, &o, &doc, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "nesting deeper than 2047 levels"));
    free(big);
    /* size limit */
    o = ct_json_read_options_default();
    o.max_bytes = 4;
    assert_int_equal(ct_json_parse("[1,2]", 5, NULL, &o, &doc, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "more than the limit of 4"));
    assert_int_equal(ct_json_parse("[12]", 4, NULL, &o, &doc, &d), CT_OK);
    ct_json_doc_free(doc);
    /* bad options and arguments */
    o.max_bytes = 0;
    assert_non_null(ct_json_read_options_check(&o));
    assert_int_equal(ct_json_parse("1", 1, NULL, &o, &doc, &d), CT_EINVAL);
    o = ct_json_read_options_default();
    o.max_depth = 0;
    assert_int_equal(ct_json_parse("1", 1, NULL, &o, &doc, &d), CT_EINVAL);
    o.max_depth = CT_JSON_DEPTH_CEILING + 1;
    assert_non_null(ct_json_read_options_check(&o));
    assert_int_equal(ct_json_parse("1", 1, NULL, &o, &doc, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "max_depth"));
    assert_non_null(ct_json_read_options_check(NULL));
    assert_int_equal(ct_json_parse("1", 1, NULL, NULL, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_json_parse(NULL, 1, NULL, NULL, &doc, &d), CT_EINVAL);
    assert_int_equal(ct_json_parse(NULL, 0, NULL, NULL, &doc, NULL), CT_EEMPTY);
    assert_int_equal(ct_json_parse("[", 1, NULL, NULL, &doc, NULL), CT_EDATA);
}

static void test_file(void **state)
{
    (void)state;
    const char *text = "{\n  \"tool\": \"claimtriage\",\n  \"x\": [1, 2,]\n}\n";
    const char *path = ct_test_tmpfile(text, strlen(text));
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse_file(path, NULL, &doc, &d), CT_EDATA);
    assert_string_equal(d.file, path);
    assert_int_equal(d.line, 3);
    assert_int_equal(d.column, 14);
    unlink(path);
    /* larger than a read chunk, so the read loop grows its buffer */
    size_t n = 200000;
    char *big = malloc(n + 3);
    assert_non_null(big);
    big[0] = '"';
    memset(big + 1, 'a', n);
    big[n + 1] = '"';
    big[n + 2] = '\0';
    path = ct_test_tmpfile(big, n + 2);
    assert_int_equal(ct_json_parse_file(path, NULL, &doc, &d), CT_OK);
    size_t len;
    assert_non_null(ct_json_string(ct_json_doc_root(doc), &len));
    assert_int_equal(len, n);
    ct_json_doc_free(doc);
    ct_json_read_options o = ct_json_read_options_default();
    o.max_bytes = 1000;
    assert_int_equal(ct_json_parse_file(path, &o, &doc, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "larger than the limit"));
    unlink(path);
    free(big);
    assert_int_equal(ct_json_parse_file("/nonexistent/x.json", NULL, &doc, &d), CT_EIO);
    assert_non_null(strstr(d.message, "cannot open"));
    assert_null(doc);
    assert_int_equal(ct_json_parse_file(NULL, NULL, &doc, &d), CT_EINVAL);
    o.max_depth = -1;
    assert_int_equal(ct_json_parse_file(path, &o, &doc, &d), CT_EINVAL);
}

/* Fail the n-th allocation for every n until the parse succeeds: each
 * failure must be a clean CT_ENOMEM with nothing leaked (ASan checks).
 * jansson allocates through ct_malloc (json_set_alloc_funcs), so the loop
 * reaches inside it: a parse takes far more allocations than the reader's
 * own three (document, index, key order). */
static void test_alloc_failures(void **state)
{
    (void)state;
    const char *t = "{\"a\": [1, \"x\\u00e9\", {\"b\": null, \"c\": [true, false]}], \"d\": 2.5,"
                    " \"e\": {\"f\": 1, \"g\": 2}}";
    long succeeded_at = -1;
    for (long n = 0; n < 1000 && succeeded_at < 0; n++) {
        ct_json_doc *doc = NULL;
        ct_diag d;
        ct_diag_clear(&d);
        ct_alloc_fail_after(n);
        ct_status s = ct_json_parse(t, strlen(t), NULL, NULL, &doc, &d);
        ct_alloc_fail_after(-1);
        if (s == CT_OK) {
            succeeded_at = n;
            assert_rel(ct_json_number(ct_json_get(ct_json_doc_root(doc), "d")), 2.5, 0);
        } else {
            if (s != CT_ENOMEM)
                print_error("n=%ld: status %d '%s'\n", n, s, d.message);
            assert_int_equal(s, CT_ENOMEM);
            assert_string_equal(d.message, "out of memory");
            assert_null(doc);
        }
        ct_json_doc_free(doc);
    }
    assert_true(succeeded_at > 20);
}

/* Round trip: what the writer writes, the reader reads back exactly. */
static void test_round_trip(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ct_json *w = ct_json_new(fp);
    ct_json_object_begin(w);
    ct_json_key(w, "pi");
    ct_json_num(w, 3.141592653589793);
    ct_json_key(w, "tiny");
    ct_json_num(w, 5e-324);
    ct_json_key(w, "text");
    ct_json_str(w, "tab\there \"quoted\" \x01 caf\xC3\xA9");
    ct_json_key(w, "big");
    ct_json_int(w, INT64_MIN);
    ct_json_object_end(w);
    assert_int_equal(ct_json_finish(w), CT_OK);
    fclose(fp);
    ct_json_doc *doc = parse_ok(buf);
    const ct_json_value *r = ct_json_doc_root(doc);
    assert_true(ct_json_number(ct_json_get(r, "pi")) == 3.141592653589793);
    assert_true(ct_json_number(ct_json_get(r, "tiny")) == 5e-324);
    assert_string_equal(ct_json_string(ct_json_get(r, "text"), NULL),
                        "tab\there \"quoted\" \x01 caf\xC3\xA9");
    int64_t x;
    assert_int_equal(ct_json_int64(ct_json_get(r, "big"), &x), CT_OK);
    assert_true(x == INT64_MIN);
    ct_json_doc_free(doc);
    free(buf);
}

/* The writer's numbers: the fewest digits that read back (0.1, not
 * %.17g's 0.10000000000000001, as before 2026-12-03), every one read back
 * bit-identical. */
static void test_shortest_numbers(void **state)
{
    (void)state;
    static const double v[] = {0.1,     0.95,
                               40.1,    1.0 / 3,
                               2.0 / 3, 1e16,
                               1e21,    123456789012345678.0,
                               5e-324,  2.2250738585072014e-308,
                               -0.0,    3,
                               -1.5e-7, DBL_MAX};
    static const char *const want[] = {"0.1",
                                       "0.95",
                                       "40.1",
                                       "0.3333333333333333",
                                       "0.6666666666666666",
                                       "1e+16",
                                       "1e+21",
                                       "1.2345678901234568e+17",
                                       "5e-324",
                                       "2.2250738585072014e-308",
                                       "0",
                                       "3",
                                       "-1.5e-07",
                                       "1.7976931348623157e+308"};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&buf, &len);
        assert_non_null(fp);
        ct_json *w = ct_json_new(fp);
        ct_json_num(w, v[k]);
        assert_int_equal(ct_json_finish(w), CT_OK);
        fclose(fp);
        assert_true(len > 0 && buf[len - 1] == '\n');
        buf[len - 1] = '\0';
        assert_string_equal(buf, want[k]);
        ct_json_doc *doc = parse_ok(buf);
        assert_true(ct_json_number(ct_json_doc_root(doc)) == v[k]);
        ct_json_doc_free(doc);
        free(buf);
    }
}

/* What the writer writes, to a string; *st gets ct_json_finish's status. */
typedef void (*write_fn)(ct_json *w);
static char *write_doc(write_fn f, ct_status *st)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ct_json *w = ct_json_new(fp);
    f(w);
    *st = ct_json_finish(w);
    fclose(fp);
    return buf;
}

static void w_latin1(ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_key(w, "caf\xe9");
    /* a lone continuation byte, a truncated sequence, an overlong '/', an
     * encoded surrogate, valid 2- and 4-byte sequences */
    ct_json_str(w, "caf\xe9 \x80 \xe2\x82 \xc0\xaf \xed\xa0\x80 \xc3\xa9\xf0\x9f\x98\x80");
    ct_json_object_end(w);
}

/* Bytes that start no valid UTF-8 sequence are written as U+FFFD, so the
 * reader reads the file back; before 2026-12-04 they were written raw,
 * finish said CT_OK and the reader refused the file (tester K). */
static void test_writer_invalid_utf8(void **state)
{
    (void)state;
    ct_status st;
    char *buf = write_doc(w_latin1, &st);
    assert_int_equal(st, CT_OK);
    ct_json_doc *doc = parse_ok(buf);
    const ct_json_value *r = ct_json_doc_root(doc);
    assert_string_equal(ct_json_string(ct_json_get(r, "caf\xef\xbf\xbd"), NULL),
                        "caf\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd "
                        "\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd "
                        "\xc3\xa9\xf0\x9f\x98\x80");
    ct_json_doc_free(doc);
    free(buf);
}

static void w_uints(ct_json *w)
{
    ct_json_array_begin(w);
    ct_json_uint(w, (uint64_t)INT64_MAX);
    ct_json_uint(w, (uint64_t)1 << 63);
    ct_json_uint(w, UINT64_MAX);
    ct_json_array_end(w);
}

/* ct_json_uint above INT64_MAX: the nearest double with an exponent (the
 * reader's integers are int64); before 2026-12-04 "9223372036854775808",
 * which the reader refused as out of range. */
static void test_writer_uint_above_int64(void **state)
{
    (void)state;
    ct_status st;
    char *buf = write_doc(w_uints, &st);
    assert_int_equal(st, CT_OK);
    assert_non_null(strstr(buf, "9223372036854775807,"));
    assert_non_null(strstr(buf, "9.223372036854776e+18,"));
    assert_non_null(strstr(buf, "1.8446744073709552e+19\n"));
    ct_json_doc *doc = parse_ok(buf);
    const ct_json_value *r = ct_json_doc_root(doc);
    int64_t x;
    assert_int_equal(ct_json_int64(ct_json_at(r, 0), &x), CT_OK);
    assert_true(x == INT64_MAX);
    assert_true(ct_json_number(ct_json_at(r, 1)) == 9223372036854775808.0);
    assert_true(ct_json_number(ct_json_at(r, 2)) == 18446744073709551616.0);
    ct_json_doc_free(doc);
    free(buf);
}

static void w_member_no_key(ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_int(w, 1);
    ct_json_object_end(w);
}
static void w_two_top(ct_json *w)
{
    ct_json_int(w, 1);
    ct_json_int(w, 2);
}
static void w_key_no_value(ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_key(w, "a");
    ct_json_object_end(w);
}
static void w_nothing(ct_json *w) { (void)w; }
static void w_key_in_array(ct_json *w)
{
    ct_json_array_begin(w);
    ct_json_key(w, "a");
    ct_json_int(w, 1);
    ct_json_array_end(w);
}
static void w_unbalanced(ct_json *w) { ct_json_array_begin(w); }
static void w_nested_ok(ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_key(w, "a");
    ct_json_array_begin(w);
    ct_json_object_begin(w);
    ct_json_object_end(w);
    ct_json_null(w);
    ct_json_array_end(w);
    ct_json_key(w, "b");
    ct_json_str(w, "x");
    ct_json_object_end(w);
}

/* The calls must make one JSON value, else finish says CT_EINTERNAL.
 * Before 2026-12-04 "{ 1 }" and "12" were written with CT_OK (tester K). */
static void test_writer_one_value(void **state)
{
    (void)state;
    static const write_fn bad[] = {w_member_no_key, w_two_top,      w_key_no_value,
                                   w_nothing,       w_key_in_array, w_unbalanced};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ct_status st;
        char *buf = write_doc(bad[i], &st);
        assert_int_equal(st, CT_EINTERNAL);
        free(buf);
    }
    ct_status st;
    char *buf = write_doc(w_nested_ok, &st);
    assert_int_equal(st, CT_OK);
    ct_json_doc_free(parse_ok(buf));
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shortest_numbers),
        cmocka_unit_test(test_scalars),
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_numbers_match_strtod),
        cmocka_unit_test(test_int64),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_large_object),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_file),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_writer_invalid_utf8),
        cmocka_unit_test(test_writer_uint_above_int64),
        cmocka_unit_test(test_writer_one_value),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
