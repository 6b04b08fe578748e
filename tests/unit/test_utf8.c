/* test_utf8.c — base/utf8: validation (overlongs, surrogates, range,
 * truncation), decoding and encoding, counts as Python's len() and
 * str.split(), categories and \w as Python's unicodedata / re (Unicode 14
 * there, 15 in utf8proc 2.8: the characters below are the same in both),
 * lower-casing as str.lower(). */
#include "ct_test.h"

#include <string.h>

static void test_valid(void **state)
{
    (void)state;
    assert_true(ct_utf8_valid("plain ascii, longer than eight bytes", 36));
    assert_true(ct_utf8_valid("", 0));
    assert_true(ct_utf8_valid("\xE2\x80\x99", 3));      /* U+2019 */
    assert_true(ct_utf8_valid("\xF0\x9F\x98\x80", 4));  /* U+1F600 */
    assert_true(ct_utf8_valid("\xF4\x8F\xBF\xBF", 4));  /* U+10FFFF */
    assert_true(ct_utf8_valid("\xED\x9F\xBF", 3));      /* U+D7FF, just below the surrogates */
    assert_false(ct_utf8_valid("\xC0\xAF", 2));         /* overlong '/' */
    assert_false(ct_utf8_valid("\xC1\xBF", 2));         /* overlong */
    assert_false(ct_utf8_valid("\xE0\x80\xAF", 3));     /* overlong, 3 bytes */
    assert_false(ct_utf8_valid("\xF0\x80\x80\xAF", 4)); /* overlong, 4 bytes */
    assert_false(ct_utf8_valid("\xED\xA0\x80", 3));     /* surrogate U+D800 */
    assert_false(ct_utf8_valid("\xED\xBF\xBF", 3));     /* surrogate U+DFFF */
    assert_false(ct_utf8_valid("\xF4\x90\x80\x80", 4)); /* > U+10FFFF */
    assert_false(ct_utf8_valid("\xF5\x80\x80\x80", 4)); /* never a lead byte */
    assert_false(ct_utf8_valid("\xE2\x80", 2));         /* truncated */
    assert_false(ct_utf8_valid("abc\xE2\x80", 5));      /* truncated at the end */
    assert_false(ct_utf8_valid("\x80", 1));             /* lone continuation */
    assert_false(ct_utf8_valid("\xC3\x28", 2));         /* bad continuation */
    assert_false(ct_utf8_valid("12345678\xFF", 9));     /* after the 8-byte ASCII path */
}

static void test_decode_encode(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(ct_utf8_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(ct_utf8_decode("\xC3\xA9x", 3, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(ct_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(ct_utf8_decode("\xF0\x9F\x98", 3, &cp), 0); /* truncated */
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(ct_utf8_decode("\xED\xA0\x80", 3, &cp), 0);
    assert_int_equal(ct_utf8_decode("", 0, &cp), 0);
    char b[4];
    assert_int_equal(ct_utf8_encode(0x2C65, b), 3);
    assert_memory_equal(b, "\xE2\xB1\xA5", 3);
    assert_int_equal(ct_utf8_encode(0xD800, b), 0);
    assert_int_equal(ct_utf8_encode(0x110000, b), 0);
}

/* len('héllo wörld ✓') == 13, len(s.split()) == 3; '\u00a0' and '\u3000'
 * split, '\u200b' (zero width space, Cf) does not. */
static void test_measure(void **state)
{
    (void)state;
    const char *s = "h\xC3\xA9llo w\xC3\xB6rld \xE2\x9C\x93";
    size_t words;
    assert_int_equal(ct_utf8_measure(s, strlen(s), &words), 13);
    assert_int_equal(words, 3);
    assert_int_equal(ct_utf8_length(s, strlen(s)), 13);
    assert_int_equal(ct_utf8_words("a\xC2\xA0"
                                   "b\xE3\x80\x80"
                                   "c",
                                   8),
                     3);
    assert_int_equal(ct_utf8_words("a\xE2\x80\x8B"
                                   "b",
                                   5),
                     1);
    assert_int_equal(ct_utf8_words("  a  b\tc\n\x1C", 10), 3);
    assert_int_equal(ct_utf8_words("", 0), 0);
    /* long ASCII runs take the 16-byte path; padded reads past n */
    char pad[64 + 16];
    memset(pad, 0, sizeof pad);
    memcpy(pad, "one two three four five six seven eight nine ten eleven", 56);
    assert_int_equal(ct_utf8_measure_padded(pad, 56, &words), 56);
    assert_int_equal(words, 11);
    assert_int_equal(ct_utf8_measure(pad, 13, &words), 13);
    assert_int_equal(words, 3);
    /* an invalid byte counts as one character, not a space */
    assert_int_equal(ct_utf8_measure("a \xFF b", 5, &words), 5);
    assert_int_equal(words, 3);
}

/* unicodedata.category(c) and bool(re.match(r'\w', c)), c.isspace() */
static void test_categories(void **state)
{
    (void)state;
    static const struct {
        uint32_t cp;
        const char *cat;
        int word, space;
    } ref[] = {
        {'A', "Lu", 1, 0},     {0xE9, "Ll", 1, 0},   {0xDF, "Ll", 1, 0}, {0x216B, "Nl", 1, 0},
        {0x663, "Nd", 1, 0},   {'_', "Pc", 1, 0},    {'-', "Pd", 0, 0},  {0x301, "Mn", 0, 0},
        {0xBD, "No", 1, 0},    {0x4E00, "Lo", 1, 0}, {' ', "Zs", 0, 1},  {0x2028, "Zl", 0, 1},
        {0x1F600, "So", 0, 0}, {0x0A, "Cc", 0, 1},   {0x1C, "Cc", 0, 1}, {0x200B, "Cf", 0, 0},
    };
    for (size_t i = 0; i < sizeof ref / sizeof ref[0]; i++) {
        assert_string_equal(ct_utf8_category_name(ct_utf8_category_of(ref[i].cp)), ref[i].cat);
        assert_int_equal(ct_utf8_is_word_char(ref[i].cp), ref[i].word);
        assert_int_equal(ct_utf8_is_space(ref[i].cp), ref[i].space);
    }
    assert_int_equal(ct_utf8_category_of(0x110000), CT_UTF8_CN);
    assert_string_equal(ct_utf8_category_name((ct_utf8_category)99), "Cn");
}

/* 'ÀÉÎ Σ Ⱥ K'.lower() == 'àéî σ ⱥ k' (U+023A grows from 2 to 3 bytes;
 * U+212A KELVIN shrinks to 'k'); 'İ'.lower() is 'i̇' in Python (full
 * mapping), 'i' here (simple mapping, documented). */
static void test_lower(void **state)
{
    (void)state;
    const char *s = "\xC3\x80\xC3\x89\xC3\x8E \xCE\xA3 \xC8\xBA \xE2\x84\xAA AbC";
    const char *want = "\xC3\xA0\xC3\xA9\xC3\xAE \xCF\x83 \xE2\xB1\xA5 k abc";
    char out[64];
    size_t len = 0;
    assert_int_equal(ct_utf8_lower(s, strlen(s), out, sizeof out, &len), CT_OK);
    assert_int_equal(len, strlen(want));
    assert_memory_equal(out, want, len);
    assert_int_equal(ct_utf8_tolower(0x130), 'i');
    assert_int_equal(ct_utf8_tolower(0x10400), 0x10428);                     /* Deseret */
    assert_int_equal(ct_utf8_lower("\xC8\xBA", 2, out, 2, &len), CT_EINVAL); /* needs 3 */
    assert_int_equal(len, 0);
    assert_int_equal(ct_utf8_lower("a\xED\xA0\x80", 4, out, sizeof out, &len), CT_EDATA);
    assert_int_equal(len, 1);
}

/* Text for people made visible: a control byte as its Control Picture, a
 * bidi control (here U+202E RIGHT-TO-LEFT OVERRIDE, 3 bytes, and U+061C
 * ARABIC LETTER MARK, 2 bytes) as <U+XXXX>, anything else as it is. */
static void test_visible(void **state)
{
    (void)state;
    char out[CT_UTF8_VISIBLE_MAX];
    size_t len = 0;
    assert_int_equal(ct_utf8_visible("\x1b[31m", 6, &len, out), 3);
    assert_int_equal(len, 1);
    assert_memory_equal(out, "\xE2\x90\x9B", 3); /* U+241B */
    assert_int_equal(ct_utf8_visible("\xE2\x80\xAE"
                                     "exe",
                                     6, &len, out),
                     8);
    assert_int_equal(len, 3);
    assert_memory_equal(out, "<U+202E>", 8);
    assert_int_equal(ct_utf8_visible("\xD8\x9C", 2, &len, out), 8);
    assert_int_equal(len, 2);
    assert_memory_equal(out, "<U+061C>", 8);
    assert_int_equal(ct_utf8_visible("\xE2\x81\xA9", 3, &len, out), 8); /* U+2069 */
    assert_memory_equal(out, "<U+2069>", 8);
    assert_int_equal(ct_utf8_visible("\xE2\x80\x8F", 3, &len, out), 8); /* U+200F */
    assert_memory_equal(out, "<U+200F>", 8);
    /* invisible format characters: U+FEFF, U+200B, U+2060 shown; the
     * joiners U+200C, U+200D (emoji sequences, scripts) kept; U+FFFD not */
    assert_int_equal(ct_utf8_visible("\xEF\xBB\xBF#", 4, &len, out), 8);
    assert_int_equal(len, 3);
    assert_memory_equal(out, "<U+FEFF>", 8);
    assert_int_equal(ct_utf8_visible("\xE2\x80\x8B", 3, &len, out), 8);
    assert_memory_equal(out, "<U+200B>", 8);
    assert_int_equal(ct_utf8_visible("\xE2\x81\xA0", 3, &len, out), 8);
    assert_memory_equal(out, "<U+2060>", 8);
    /* a joiner joining nothing (alone, beside ASCII) is shown; between two
     * visible non-ASCII characters (an emoji sequence, Persian) it is not */
    assert_int_equal(ct_utf8_visible("\xE2\x80\x8D", 3, &len, out), 8);
    assert_memory_equal(out, "<U+200D>", 8);
    assert_int_equal(ct_utf8_visible_at("id\xE2\x80\x8C", 5, 2, &len, out), 8);
    assert_memory_equal(out, "<U+200C>", 8);
    assert_int_equal(ct_utf8_visible_at("a\xE2\x80\x8D\xF0\x9F\x91\xA9", 8, 1, &len, out), 8);
    assert_int_equal(
        ct_utf8_visible_at("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", 11, 4, &len, out), 0);
    assert_int_equal(ct_utf8_visible_at("\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE", 9, 4, &len, out),
                     0); /* Persian mi<ZWNJ>kh */
    assert_int_equal(ct_utf8_visible("\xEF\xBF\xBD", 3, &len, out), 0);
    /* U+2014 EM DASH (same lead byte), a cut sequence, a line feed, 'a' */
    assert_int_equal(ct_utf8_visible("\xE2\x80\x94", 3, &len, out), 0);
    assert_int_equal(len, 1);
    assert_int_equal(ct_utf8_visible("\xE2\x80", 2, &len, out), 0);
    assert_int_equal(len, 1);
    assert_int_equal(ct_utf8_visible("\n", 1, &len, out), 0);
    assert_int_equal(ct_utf8_visible("a", 1, &len, out), 0);
}

/* "did you mean"'s edit distance: Damerau's optimal string alignment over
 * code points (python: the textbook OSA recurrence gives the same) */
static void test_distance(void **state)
{
    (void)state;
#define D(a, b, fold) ct_utf8_distance(a, strlen(a), b, strlen(b), fold)
    assert_int_equal(D("claim_statu", "claim_status", 1), 1); /* left out */
    assert_int_equal(D("video_transcription_txt", "video_transcription_text", 1), 1);
    assert_int_equal(D("verified_stauts", "verified_status", 1), 1); /* two swapped */
    assert_int_equal(D("ca", "abc", 0), 3); /* OSA: no edit of a swapped pair (DL would say 2) */
    assert_int_equal(D("kitten", "sitting", 0), 3);
    assert_int_equal(D("", "abc", 0), 3);
    assert_int_equal(D("same", "same", 0), 0);
    /* folded: letter case and word separators are no edits */
    assert_int_equal(D("Claim-Status", "claim_status", 1), 0);
    assert_int_equal(D("Claim-Status", "claim_status", 0), 3);
    assert_int_equal(D("video view count", "video_view_count", 1), 0);
    /* code points, not bytes: two Japanese characters swapped, or one
     * replaced, is one edit (in bytes, 2 and 3) */
    assert_int_equal(D("\xE6\x97\xA5\xE6\x9C\xAC", "\xE6\x9C\xAC\xE6\x97\xA5", 0), 1);
    assert_int_equal(D("\xE6\x97\xA5"
                       "a",
                       "\xE6\x9C\xAC"
                       "a",
                       0),
                     1);
    /* invalid UTF-8 or beyond CT_UTF8_DISTANCE_MAX code points: SIZE_MAX */
    assert_true(D("\xC0\xAF", "a", 0) == (size_t)-1);
    char big[CT_UTF8_DISTANCE_MAX + 2];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_true(D(big, "a", 0) == (size_t)-1);
    big[CT_UTF8_DISTANCE_MAX] = '\0'; /* exactly the most */
    assert_int_equal(D(big, "a", 0), CT_UTF8_DISTANCE_MAX - 1);
#undef D
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid),    cmocka_unit_test(test_decode_encode),
        cmocka_unit_test(test_measure),  cmocka_unit_test(test_categories),
        cmocka_unit_test(test_lower),    cmocka_unit_test(test_visible),
        cmocka_unit_test(test_distance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
