/* test_parse.c — the number parser against strtod (glibc's, correctly
 * rounded), on random decimal strings and on the edge cases pandas' files
 * hold. */
#include "ct_test.h"
#include "base/parse.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned next(unsigned mod)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % mod);
}

static void check(const char *s)
{
    double v, want;
    int integral;
    char *end;
    want = strtod(s, &end);
    assert_true(*end == '\0');
    assert_int_equal(ct_parse_number(s, strlen(s), &v, &integral), 0);
    if (v != want)
        fail_msg("'%s': %.17g, strtod %.17g", s, v, want);
    assert_int_equal(integral, isfinite(want) && want == floor(want));
}

/* Up to 20 digits, a '.' anywhere or nowhere, a sign, an exponent: the fast
 * paths (plain digits, digits with a point) and the general one agree with
 * strtod to the last bit. */
static void test_random_decimals(void **state)
{
    (void)state;
    for (int t = 0; t < 300000; t++) {
        char b[64];
        size_t k = 0;
        if (next(8) == 0)
            b[k++] = next(2) ? '-' : '+';
        unsigned nd = 1 + next(20), dot = next(nd + 3);
        for (unsigned i = 0; i < nd; i++) {
            if (i == dot)
                b[k++] = '.';
            b[k++] = (char)('0' + next(10));
        }
        if (dot == nd)
            b[k++] = '.';
        if (next(6) == 0)
            k += (size_t)snprintf(b + k, sizeof b - k, "e%d", (int)next(80) - 40);
        b[k] = '\0';
        check(b);
    }
}

static void test_edges(void **state)
{
    (void)state;
    static const char *const ok[] = {"0",
                                     "343296",
                                     "343296.0",
                                     "0.25",
                                     ".5",
                                     "5.",
                                     "007",
                                     "1e3",
                                     "-0.0",
                                     "1E-3",
                                     "123456789012345",
                                     "9007199254740993",
                                     "0.1000000000000000055511151231257827"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        check(ok[i]);
    static const char *const bad[] = {".", "", "1.2.3", "1e", "e5", "0x10", "1,5", "--1", "1 2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double v;
        int integral;
        if (ct_parse_number(bad[i], strlen(bad[i]), &v, &integral) == 0)
            fail_msg("'%s' parsed as %g", bad[i], v);
    }
}

/* Digits beyond a double's range are no number (1): pandas 1.5.3 reads
 * "1e400" and "1.7976931348623159e308" as text (object), the literal
 * infinities in any case as numbers, and "1e-400" as 0.0 (before
 * 2026-12-04 1e400 was inf: tests/cli/inspect_beyond_double_text). */
static void test_beyond_range(void **state)
{
    (void)state;
    static const char *const huge[] = {"1e400", "-1e400", "1.7976931348623159e308",
                                       NULL /* 309 nines, below */};
    char digits[320];
    memset(digits, '9', 309);
    digits[309] = '\0';
    for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
        const char *s = huge[i] ? huge[i] : digits;
        double v;
        int integral;
        assert_int_equal(ct_parse_number(s, strlen(s), &v, &integral), 1);
        assert_true(isinf(v));
        assert_int_equal(integral, 0);
    }
    static const char *const inf[] = {"inf", "-Infinity", "INF", " +infinity "};
    for (size_t i = 0; i < sizeof inf / sizeof inf[0]; i++) {
        double v;
        int integral;
        assert_int_equal(ct_parse_number(inf[i], strlen(inf[i]), &v, &integral), 0);
        assert_true(isinf(v));
    }
    check("1.7976931348623157e308");
    check("1e-400");
}

/* Numbers with a decimal comma and thousands separators, as pandas 1.5.3
 * reads them: read_csv(io.StringIO("a;b\n" + v + ";x\n0,5;y\n"), sep=";",
 * decimal=",", thousands=".").a[0] (the float column's parser, xstrtod:
 * one separator may follow each digit of the whole part). Values pandas
 * reads as text are not numbers; so is "1..234", which pandas reads as
 * 1234 only in a column of whole numbers (its integer parser). */
static void test_local_format(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        char dec, tsep;
        double want;
    } ok[] = {
        {"1.234,5", ',', '.', 1234.5},
        {"1234,5", ',', '.', 1234.5},
        {"1.234", ',', '.', 1234},
        {"1.234.567", ',', '.', 1234567},
        {"1.23.4", ',', '.', 1234},
        {"1234.", ',', '.', 1234},
        {",5", ',', '.', 0.5},
        {"1,", ',', '.', 1},
        {"-1.234,5", ',', '.', -1234.5},
        {"+1.234", ',', '.', 1234},
        {"1.234,5e3", ',', '.', 1234500},
        {"1.e3", ',', '.', 1000},
        {" 1.234,5 ", ',', '.', 1234.5},
        {"1.234.,5", ',', '.', 1234.5},
        {"1.234.567,891", ',', '.', 1234567.891},
        {"343 296", ',', ' ', 343296},
        {"1,234.5", '.', ',', 1234.5},
        {"0,1", ',', 0, 0.1}, /* the double nearest 0.1, as strtod("0.1") */
        {"-inf", ',', '.', -INFINITY},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        char buf[64];
        double v;
        int integral;
        size_t n = ct_parse_number_local(ok[i].in, strlen(ok[i].in), ok[i].dec, ok[i].tsep, buf,
                                         sizeof buf);
        if (n == (size_t)-1 || ct_parse_number(buf, n, &v, &integral) != 0 || v != ok[i].want)
            fail_msg("'%s' (decimal '%c', thousands '%c'): not %.17g", ok[i].in, ok[i].dec,
                     ok[i].tsep ? ok[i].tsep : '0', ok[i].want);
    }
    static const char *const bad[] = {"1..234",   ".234", "12.34,5.6", "1 234", "1,234,5",
                                      "1.234,5.", "1,5.", "-.1",       "1e.3",  "1.5,5,"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char buf[64];
        double v;
        int integral;
        size_t n = ct_parse_number_local(bad[i], strlen(bad[i]), ',', '.', buf, sizeof buf);
        if (n != (size_t)-1 && ct_parse_number(buf, n, &v, &integral) == 0)
            fail_msg("'%s' parsed as %g", bad[i], v);
    }
    /* a decimal comma alone: a '.' is then no mark at all */
    char buf[8];
    assert_true(ct_parse_number_local("1.5", 3, ',', 0, buf, sizeof buf) == (size_t)-1);
    /* longer than the buffer: not read */
    assert_true(ct_parse_number_local("1234567,5", 9, ',', 0, buf, sizeof buf) == (size_t)-1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_decimals),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_beyond_range),
        cmocka_unit_test(test_local_format),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
