/* test_textwidth.c — base/textwidth: display columns (CJK and emoji 2,
 * combining marks 0, controls and invalid bytes 1), prefixes cut between
 * grapheme clusters, fitting with an ellipsis, snprintf that never cuts a
 * character, padding by columns. Widths as utf8proc_charwidth (2.8) and
 * Python's unicodedata.east_asian_width give them. */
#include "ct_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOKYO "\xE6\x9D\xB1\xE4\xBA\xAC"           /* 東京: 2 wide characters, 6 bytes */
#define GRIN "\xF0\x9F\x98\x80"                    /* U+1F600, an emoji: 2 columns */
#define E_ACUTE "e\xCC\x81"                        /* e + U+0301 combining acute: 1 column */
#define ELLIPSIS "\xE2\x80\xA6"                    /* U+2026: 1 column */
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7" /* two regional indicators */

static void test_width(void **state)
{
    (void)state;
    assert_int_equal(ct_textwidth("", 0), 0);
    assert_int_equal(ct_textwidth_z(NULL), 0);
    assert_int_equal(ct_textwidth_z("plain ascii"), 11);
    assert_int_equal(ct_textwidth_z(TOKYO), 4);
    assert_int_equal(ct_textwidth_z(GRIN), 2);
    assert_int_equal(ct_textwidth_z("x" GRIN "y"), 4);
    assert_int_equal(ct_textwidth_z(E_ACUTE), 1);
    assert_int_equal(ct_textwidth_z("caf" E_ACUTE "s"), 5);
    assert_int_equal(ct_textwidth_z("\xCC\x81"), 0);          /* a combining mark alone */
    assert_int_equal(ct_textwidth_z("a\tb\r\n"), 5);          /* controls: 1 each */
    assert_int_equal(ct_textwidth_z("\xFF"), 1);              /* invalid byte */
    assert_int_equal(ct_textwidth("a\xE2\x80", 3), 3);        /* truncated sequence: 1 a byte */
    assert_int_equal(ct_textwidth_z("\xC3\xA9t\xC3\xA9"), 3); /* précomposé é */
    assert_int_equal(ct_textwidth_z("\xEF\xBC\xA1"), 2);      /* U+FF21 fullwidth A */
}

/* A bidi control is as wide as the "<U+202E>" text shows it as: a snippet
 * cut to 20 columns stays within 20 once made visible (a tester's evaluate
 * line ran to 105 columns). */
static void test_bidi_width(void **state)
{
    (void)state;
    assert_int_equal(ct_textwidth_z("a\xe2\x80\xae"
                                    "b"),
                     10);                                /* U+202E */
    assert_int_equal(ct_textwidth_z("\xd8\x9c"), 8);     /* U+061C */
    assert_int_equal(ct_textwidth_z("\xe2\x81\xa9"), 8); /* U+2069 */
    /* a joiner joining nothing is shown as <U+200D>; in an emoji sequence
     * it is part of one 2-column cluster */
    assert_int_equal(ct_textwidth_z("\xe2\x80\x8d"), 8);
    assert_int_equal(ct_textwidth_z("id\xe2\x80\x8d"), 10);
    assert_int_equal(ct_textwidth_z("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"), 2);
    const char *s = "abcdef\xe2\x80\xaeghijklmnopqrstuvwxyz";
    size_t w = 0, k = ct_textwidth_prefix(s, strlen(s), 20, SIZE_MAX, &w);
    assert_true(w <= 20);
    assert_int_equal(k, 15); /* "abcdef", the control (3 bytes, 8 columns), "ghijkl" */
    assert_int_equal(w, 20);
}

static void test_prefix(void **state)
{
    (void)state;
    const char *s = "a" TOKYO "b"; /* columns 1, 2, 2, 1; bytes 1, 3, 3, 1 */
    size_t w;
    assert_int_equal(ct_textwidth_prefix(s, strlen(s), 2, SIZE_MAX, &w), 1); /* 東 straddles */
    assert_int_equal(w, 1);
    assert_int_equal(ct_textwidth_prefix(s, strlen(s), 3, SIZE_MAX, &w), 4); /* exactly at 東 */
    assert_int_equal(w, 3);
    assert_int_equal(ct_textwidth_prefix(s, strlen(s), 6, SIZE_MAX, &w), 8);
    assert_int_equal(w, 6);
    assert_int_equal(ct_textwidth_prefix(s, strlen(s), 0, SIZE_MAX, &w), 0); /* zero limit */
    assert_int_equal(w, 0);
    assert_int_equal(ct_textwidth_prefix(s, strlen(s), 100, 5, &w), 4); /* byte limit */
    assert_int_equal(w, 3);
    /* never split a cluster: the mark stays with its base, a flag whole */
    assert_int_equal(ct_textwidth_prefix(E_ACUTE "x", 4, 1, SIZE_MAX, NULL), 3);
    assert_int_equal(ct_textwidth_prefix(E_ACUTE "x", 4, 100, 2, NULL), 0);
    assert_int_equal(ct_textwidth_prefix(FLAG_FR, 8, 100, 4, NULL), 0);
    assert_int_equal(ct_textwidth_prefix(FLAG_FR, 8, 100, 8, NULL), 8);
    /* invalid bytes are clusters of one byte, one column */
    assert_int_equal(ct_textwidth_prefix("\xFF\xFE"
                                         "ab",
                                         4, 2, SIZE_MAX, &w),
                     2);
    assert_int_equal(w, 2);
}

static void test_fit(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(ct_textwidth_fit(out, sizeof out, "short", 5, 10, "...", 0), 0);
    assert_string_equal(out, "short");
    assert_int_equal(ct_textwidth_fit(out, sizeof out, "abcdefghij", 10, 6, "...", 0), 1);
    assert_string_equal(out, "abc...");
    /* 東京タワー cut to 5 columns: 東京 and the 1-column ellipsis */
    const char *t = TOKYO "\xE3\x82\xBF\xE3\x83\xAF\xE3\x83\xBC";
    assert_int_equal(ct_textwidth_fit(out, sizeof out, t, strlen(t), 5, ELLIPSIS, 0), 1);
    assert_string_equal(out, TOKYO ELLIPSIS);
    assert_int_equal(ct_textwidth_fit(out, sizeof out, t, strlen(t), 4, NULL, 0), 1);
    assert_string_equal(out, TOKYO);
    /* zero columns: nothing, not even the ellipsis */
    assert_int_equal(ct_textwidth_fit(out, sizeof out, t, strlen(t), 0, "...", 0), 1);
    assert_string_equal(out, "");
    /* the byte capacity cuts between characters too */
    assert_int_equal(ct_textwidth_fit(out, 6, t, strlen(t), SIZE_MAX, NULL, 0), 1);
    assert_string_equal(out, "\xE6\x9D\xB1");
    assert_true(ct_utf8_valid(out, strlen(out)));
    /* controls replaced */
    assert_int_equal(ct_textwidth_fit(out, sizeof out, "a\tb\n", 4, 10, NULL, '?'), 0);
    assert_string_equal(out, "a?b?");
    assert_int_equal(ct_textwidth_fit(out, 1, "abc", 3, 10, "...", 0), 1);
    assert_string_equal(out, "");
}

/* The cut at a word (run's stage messages, plan --status's reasons): at
 * the space before the word the limit falls in, " ..." after it. */
static void test_fit_words(void **state)
{
    (void)state;
    char out[64];
    const char *m = "'claim_status_opinion' (5 rows), 'author' (1 row)";
    assert_int_equal(ct_textwidth_fit_words(out, sizeof out, m, strlen(m), SIZE_MAX, " ..."), 0);
    assert_string_equal(out, m);
    /* 30 bytes of room: 25 for text, the limit inside "rows)," */
    assert_int_equal(ct_textwidth_fit_words(out, 30, m, strlen(m), SIZE_MAX, " ..."), 1);
    assert_string_equal(out, "'claim_status_opinion' (5 ...");
    /* by columns alike; the spaces before the cut are left out */
    assert_int_equal(ct_textwidth_prefix_words("ab  cdef", 8, 6, SIZE_MAX, NULL), 2);
    assert_int_equal(ct_textwidth_prefix_words("ab  cdef", 8, 8, SIZE_MAX, NULL), 8);
    /* a first word too long alone: nothing of it, the marker alone */
    assert_int_equal(ct_textwidth_fit_words(out, 10, "abcdefghijkl", 12, SIZE_MAX, " ..."), 1);
    assert_string_equal(out, " ...");
}

static void test_fit_middle(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(ct_textwidth_fit_middle(out, sizeof out, "short", 5, 10, "..."), 0);
    assert_string_equal(out, "short");
    /* 13 columns: 10 of text, 4 of them the end */
    const char *n = "abcdefghijklmnopqrst_01";
    assert_int_equal(ct_textwidth_fit_middle(out, sizeof out, n, strlen(n), 13, "..."), 1);
    assert_string_equal(out, "abcdef...t_01");
    /* wide characters are never split: 東京タワー in 8 columns keeps 東 and ワー */
    const char *t = TOKYO "\xE3\x82\xBF\xE3\x83\xAF\xE3\x83\xBC";
    assert_int_equal(ct_textwidth_fit_middle(out, sizeof out, t, strlen(t), 8, "..."), 1);
    assert_true(ct_utf8_valid(out, strlen(out)));
    assert_true(ct_textwidth_z(out) <= 8);
    assert_string_equal(out, "\xE6\x9D\xB1...\xE3\x83\xBC");
    /* the byte capacity bounds both parts; the result stays valid UTF-8 */
    assert_int_equal(ct_textwidth_fit_middle(out, 12, t, strlen(t), SIZE_MAX, "..."), 1);
    assert_true(strlen(out) < 12);
    assert_true(ct_utf8_valid(out, strlen(out)));
    /* no room for the ellipsis: the start alone, as ct_textwidth_fit */
    assert_int_equal(ct_textwidth_fit_middle(out, sizeof out, n, strlen(n), 2, "..."), 1);
    assert_string_equal(out, "ab");
}

static void test_snprintf(void **state)
{
    (void)state;
    char buf[16];
    assert_int_equal(ct_textwidth_snprintf(buf, sizeof buf, "%s-%d", "ascii", 42), 8);
    assert_string_equal(buf, "ascii-42");
    /* ASCII cut exactly as snprintf cuts it */
    assert_int_equal(ct_textwidth_snprintf(buf, 5, "%s", "abcdefgh"), 8);
    assert_string_equal(buf, "abcd");
    /* "ab東京": 4 bytes of room end inside 東: it is left out */
    assert_int_equal(ct_textwidth_snprintf(buf, 5, "ab%s", TOKYO), 8);
    assert_string_equal(buf, "ab");
    assert_int_equal(ct_textwidth_snprintf(buf, 6, "ab%s", TOKYO), 8);
    assert_string_equal(buf, "ab\xE6\x9D\xB1");
    /* e + combining acute: a cut after the e would split the cluster */
    assert_int_equal(ct_textwidth_snprintf(buf, 3, "x%s", E_ACUTE), 4);
    assert_string_equal(buf, "x");
    assert_int_equal(ct_textwidth_snprintf(buf, 4, "%s", GRIN), 4);
    assert_string_equal(buf, "");
}

static void test_pad(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    ct_textwidth_pad(fp, TOKYO, 6, 0);
    fputc('|', fp);
    ct_textwidth_pad(fp, "ab", 4, 1);
    fputc('|', fp);
    ct_textwidth_pad(fp, E_ACUTE, 3, 0);
    fputc('|', fp);
    ct_textwidth_pad(fp, "toolong", 3, 0);
    fclose(fp);
    assert_string_equal(text, TOKYO "  |  ab|" E_ACUTE "  |toolong");
    free(text);
}

static void test_label(void **state)
{
    (void)state;
    char buf[16];
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "x"), "x");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "a b"), "a b"); /* inner: as is */
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "x "), "'x '");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "\tx"), "'\tx'");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, ""), "''");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, NULL), "(missing)");
    assert_true(ct_textwidth_label_quoted(" y") && !ct_textwidth_label_quoted("y"));
    /* too long for buf: cut, closed by "...'" */
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "abcdefghijklmnop "),
                        "'abcdefghij...'"); /* 15 bytes + NUL */
}

/* 2026-12-04: an odd space shown as its code and counted as a space in
 * the look-alike check; a level written "(missing)" quoted */
static void test_label_odd_space(void **state)
{
    (void)state;
    char buf[64];
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "claim\xc2\xa0"), "'claim<U+00A0>'");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf,
                                           "a\xc2\xa0"
                                           "b"),
                        "a<U+00A0>b");
    assert_string_equal(ct_textwidth_label(buf, sizeof buf, "(missing)"), "'(missing)'");
    assert_true(ct_textwidth_label_same("claim\xc2\xa0", "claim"));
    assert_true(ct_textwidth_label_same(" Claim ", "CLAIM"));
    assert_true(ct_textwidth_label_same("not\xe2\x80\xaf"
                                        "claim",
                                        "Not claim"));
    assert_false(ct_textwidth_label_same("claims", "claim"));
    assert_false(ct_textwidth_label_same("cl aim", "claim"));
    ct_shell_word(buf, sizeof buf, "claim\xc2\xa0");
    assert_string_equal(buf, "$'claim\\xc2\\xa0'");
    ct_shell_word(buf, sizeof buf, "it's");
    assert_string_equal(buf, "'it'\\''s'");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_width),      cmocka_unit_test(test_label_odd_space),
        cmocka_unit_test(test_prefix),     cmocka_unit_test(test_fit),
        cmocka_unit_test(test_fit_middle), cmocka_unit_test(test_fit_words), cmocka_unit_test(test_snprintf),
        cmocka_unit_test(test_pad),        cmocka_unit_test(test_label),
        cmocka_unit_test(test_bidi_width),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
