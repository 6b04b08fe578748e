/* claimtriage/utf8.h — UTF-8: validation, decoding, code-point and word
 * counts, Unicode general categories and lower-casing. The one UTF-8 module
 * of the library (the CSV tokenizer, the loader, inspect, eda and the text
 * features use it).
 * Layer: base (docs/design.md).
 *
 * Built on libutf8proc (Debian libutf8proc-dev; Unicode 15 in utf8proc
 * 2.8): decoding is utf8proc_iterate, categories utf8proc_category, case
 * mapping utf8proc_tolower. ASCII takes fast paths (8 or 16 bytes at a
 * time) that never call the library, so validating or measuring mostly
 * ASCII text costs what a byte scan costs.
 *
 * Valid UTF-8 here is RFC 3629: no overlong forms, no surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequence.
 *
 * Python parity (the course's notebooks are the reference):
 *   ct_utf8_length      len(s): code points
 *   ct_utf8_is_space    str.isspace() for one code point: the characters
 *                       str.split() splits on (Unicode White_Space plus
 *                       U+001C..U+001F)
 *   ct_utf8_words       len(s.split())
 *   ct_utf8_is_word_char  re's \w on str patterns: general categories L*
 *                       (Lu Ll Lt Lm Lo) and N* (Nd Nl No), and '_'
 *                       (Python: str.isalnum() or '_'; Python's isnumeric
 *                       uses the Numeric_Type property, which differs from
 *                       N* only for a few CJK ideographs that are L* anyway)
 *   ct_utf8_lower       Unicode simple lower-case mapping; Python's
 *                       str.lower() uses the full mapping, which differs
 *                       only for U+0130 (I with dot above: Python gives
 *                       "i" + U+0307, here "i")
 *
 * All functions are reentrant and thread-safe. Arguments are borrowed
 * (common.h); strings are (pointer, length), not NUL-terminated.
 */
#ifndef CLAIMTRIAGE_UTF8_H
#define CLAIMTRIAGE_UTF8_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Most code points ct_utf8_distance compares in one string. */
#define CT_UTF8_DISTANCE_MAX 256

/* The edit distance of "did you mean" between a[0..na) and b[0..nb):
 * insertions, deletions, substitutions and swaps of two adjacent code
 * points, each one edit (Damerau's optimal string alignment: "claim_statu"
 * and "claim_status" 1, "veiw" and "view" 1, "日本" and "本日" 1). With
 * fold nonzero, ASCII letters compare without case and ' ', '_', '-' and
 * '.' as one another (the word separators ct_frame_near_name takes for
 * one another). (size_t)-1 when either is not valid UTF-8 or holds more
 * than CT_UTF8_DISTANCE_MAX code points. Uses the stack alone (about 10
 * KiB). Source: the CLI's cli_name_distance (bytes, 63 at most), moved
 * here on 2026-12-07 so that column names share it. */
CT_API size_t ct_utf8_distance(const char *a, size_t na, const char *b, size_t nb, int fold);

/* 1 when [s, s+n) is valid UTF-8, else 0. */
CT_API int ct_utf8_valid(const char *s, size_t n);

/* Number of code points in valid UTF-8 text (bytes that are not
 * continuation bytes; for invalid text, an upper bound of what a
 * replacing decoder would give). */
CT_API size_t ct_utf8_length(const char *s, size_t n);

/* Decode the sequence at s (n bytes available): returns its length 1..4
 * and sets *cp; returns 0 when n == 0 or the bytes do not start a valid
 * sequence (then *cp = U+FFFD, the replacement character). */
CT_API int ct_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode code point cp (<= U+10FFFF, not a surrogate) into out[0..4);
 * returns the length 1..4, 0 when cp cannot be encoded. */
CT_API int ct_utf8_encode(uint32_t cp, char *out);

/* Text for people, made visible: a control byte (U+0000-U+001F but the
 * line feed, and U+007F DEL) is written as its Unicode Control Picture
 * (ESC as U+241B, CR as U+240D, DEL as U+2421), one code point as the byte
 * was, so a table stays aligned and data cannot move the cursor, clear the
 * screen or recolour a terminal. Returns the bytes written to out[0..3)
 * for byte c, 0 when c is shown as it is. JSON and files stay exact. */
CT_API int ct_utf8_control_picture(unsigned char c, char *out);

/* 1 when cp is one of Unicode's bidirectional formatting characters (UAX
 * #9, table 4: "Bidi_Control" in PropList.txt: U+061C, U+200E, U+200F,
 * U+202A..U+202E, U+2066..U+2069), else 0. */
CT_API int ct_utf8_is_bidi_control(uint32_t cp);

/* 1 when cp is an invisible format character that text never needs and
 * that hides a difference (U+FEFF a byte-order mark past the start, U+200B
 * zero width space, U+2060 word joiner: a column name "\uFEFF#" looks like
 * "#"), else 0. U+200C and U+200D (the joiners) are not: they shape emoji
 * sequences and scripts in real text (ct_utf8_visible shows one only
 * where it joins nothing: ct_utf8_joiner_shown). */
CT_API int ct_utf8_is_invisible_format(uint32_t cp);

/* 1 when ct_utf8_visible shows cp as its code point ("<U+FEFF>"): a bidi
 * control or an invisible format character. */
CT_API int ct_utf8_is_shown_as_code(uint32_t cp);

/* 1 when cp takes no room and has no glyph of its own, so a name holding
 * it looks like one without it: a character ct_utf8_visible may show as
 * code (ct_utf8_is_shown_as_code) or a joiner, U+200C ZWNJ or U+200D ZWJ.
 * "did you mean" compares names without them and names them
 * (ct_frame_near_name). */
CT_API int ct_utf8_is_invisible_name(uint32_t cp);

/* The most bytes ct_utf8_visible writes ("<U+202E>"). */
#define CT_UTF8_VISIBLE_MAX 8

/* Text for people, made visible (the one rule every table, paragraph,
 * message and text report follows): for the text at s (n >= 1 bytes),
 * writes how its first character is shown to out[0..CT_UTF8_VISIBLE_MAX)
 * and returns the bytes written, or 0 when it is shown as it is; *len gets
 * the bytes of s that stand for (1 but for a bidi control; the bytes of any
 * other character are shown as they are, one by one):
 *   - a control byte as its Control Picture (ct_utf8_control_picture);
 *     the line feed is shown as it is (callers that keep a line whole
 *     write U+240A for it);
 *   - a Unicode bidirectional control (U+061C ALM, U+200E LRM, U+200F RLM,
 *     U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates)
 *     as its code point in angle brackets, "<U+202E>": raw, it would
 *     reorder what a terminal shows after it ("Trojan Source",
 *     CVE-2021-42574), and it has no Control Picture;
 *   - an invisible format character (ct_utf8_is_invisible_format: U+FEFF,
 *     U+200B, U+2060) the same way, "<U+FEFF>": raw, a column name
 *     "\uFEFF#" printed as "#" hid why '#' was absent (since 2026-12-03,
 *     tests/cli/files_double_bom);
 *   - a joiner, U+200C ZWNJ or U+200D ZWJ, that joins nothing
 *     (ct_utf8_joiner_shown): at the start or end of the text, or beside
 *     ASCII or another invisible character, as in a name "video_id\u200D"
 *     (before 2026-12-03 always shown raw: tests/cli/text_joiners_visible).
 *     Between two visible non-ASCII characters it is shown as it is: it
 *     shapes emoji sequences (a family, a flag) and joining scripts
 *     (Persian, Indic) in real text, names and free text alike.
 * ct_utf8_visible sees no character before s (a joiner at s is at the
 * start); a caller going through a longer text uses ct_utf8_visible_at.
 * JSON and files stay exact. */
CT_API int ct_utf8_visible(const char *s, size_t n, size_t *len, char *out);
/* The same for the character at text[i] of text[0..n) (i < n), whose
 * neighbours decide a joiner's showing. */
CT_API int ct_utf8_visible_at(const char *text, size_t n, size_t i, size_t *len, char *out);
/* text[0..n) made visible as a whole into out[0..cap) (cap >= 1; always
 * NUL-terminated): each character as ct_utf8_visible_at shows it, a line
 * feed as U+240A; whole characters only, stopping where the next would not
 * fit. Returns the bytes of text written (n when all of it fit). For a
 * value quoted in a message or a label drawn in a chart. Reentrant. */
CT_API size_t ct_utf8_visible_text(char *out, size_t cap, const char *text, size_t n);
/* 1 when cp is a space other than ASCII's (Unicode's Zs beyond U+0020:
 * U+00A0 no-break space, U+1680, U+2000..U+200A, U+202F narrow no-break
 * space, U+205F, U+3000), which looks like ' ' yet differs from it, else
 * 0. */
CT_API int ct_utf8_is_odd_space(uint32_t cp);
/* A data value that names a class or group (a label) made visible into
 * out[0..cap) as ct_utf8_visible_text does, and each odd space
 * (ct_utf8_is_odd_space) too, as its code point: 'claim\u00a0' is
 * "claim<U+00A0>", never "claim " beside 'claim ' (before 2026-12-04 a
 * no-break space printed as a plain space: tests/cli/train_label_nbsp_shown).
 * Returns the bytes of text written (n when all of it fit). Reentrant. */
CT_API size_t ct_utf8_visible_label(char *out, size_t cap, const char *text, size_t n);
/* 1 when the joiner (U+200C or U+200D) at text[i..i+len) of text[0..n)
 * is shown as code: it has no non-ASCII visible character on both sides
 * (ct_utf8_visible), else 0. */
CT_API int ct_utf8_joiner_shown(const char *text, size_t n, size_t i, size_t len);

/* Unicode general categories, numbered as utf8proc numbers them. */
typedef enum ct_utf8_category {
    CT_UTF8_CN = 0,  /* other, not assigned (also for cp > U+10FFFF) */
    CT_UTF8_LU = 1,  /* letter, uppercase */
    CT_UTF8_LL = 2,  /* letter, lowercase */
    CT_UTF8_LT = 3,  /* letter, titlecase */
    CT_UTF8_LM = 4,  /* letter, modifier */
    CT_UTF8_LO = 5,  /* letter, other */
    CT_UTF8_MN = 6,  /* mark, nonspacing */
    CT_UTF8_MC = 7,  /* mark, spacing combining */
    CT_UTF8_ME = 8,  /* mark, enclosing */
    CT_UTF8_ND = 9,  /* number, decimal digit */
    CT_UTF8_NL = 10, /* number, letter */
    CT_UTF8_NO = 11, /* number, other */
    CT_UTF8_PC = 12, /* punctuation, connector */
    CT_UTF8_PD = 13, /* punctuation, dash */
    CT_UTF8_PS = 14, /* punctuation, open */
    CT_UTF8_PE = 15, /* punctuation, close */
    CT_UTF8_PI = 16, /* punctuation, initial quote */
    CT_UTF8_PF = 17, /* punctuation, final quote */
    CT_UTF8_PO = 18, /* punctuation, other */
    CT_UTF8_SM = 19, /* symbol, math */
    CT_UTF8_SC = 20, /* symbol, currency */
    CT_UTF8_SK = 21, /* symbol, modifier */
    CT_UTF8_SO = 22, /* symbol, other */
    CT_UTF8_ZS = 23, /* separator, space */
    CT_UTF8_ZL = 24, /* separator, line */
    CT_UTF8_ZP = 25, /* separator, paragraph */
    CT_UTF8_CC = 26, /* other, control */
    CT_UTF8_CF = 27, /* other, format */
    CT_UTF8_CS = 28, /* other, surrogate */
    CT_UTF8_CO = 29  /* other, private use */
} ct_utf8_category;

/* General category of a code point. */
CT_API ct_utf8_category ct_utf8_category_of(uint32_t cp);
/* Two-letter name of a category ("Lu"); "Cn" for an unknown value. */
CT_API const char *ct_utf8_category_name(ct_utf8_category c);

/* Python's str.isspace() for one code point (see above). */
CT_API int ct_utf8_is_space(uint32_t cp);
/* Python's re \w for one code point (see above). */
CT_API int ct_utf8_is_word_char(uint32_t cp);
/* Simple lower-case mapping of one code point (cp itself when none). */
CT_API uint32_t ct_utf8_tolower(uint32_t cp);

/* Lower-case valid UTF-8 s[0..n) into out (cap bytes; not NUL-terminated),
 * *outlen = bytes written. Lower-casing can lengthen a character by half
 * (U+023A, 2 bytes, becomes U+2C65, 3 bytes): cap >= n + n / 2 always
 * suffices. Errors: CT_EDATA when s is not valid UTF-8, CT_EINVAL when
 * out is too small (*outlen then says how many bytes were written). */
CT_API ct_status ct_utf8_lower(const char *s, size_t n, char *out, size_t cap, size_t *outlen);

/* Code points of UTF-8 text (Python's len()) and, in *words, its words
 * (len(s.split())), in one pass. A byte that does not start a valid
 * sequence counts as one character that is not a space. */
CT_API size_t ct_utf8_measure(const char *s, size_t n, size_t *words);
/* The same when at least 16 bytes past s + n are readable (a frame's
 * strings guarantee it, frame.h): the last block is read whole. */
CT_API size_t ct_utf8_measure_padded(const char *s, size_t n, size_t *words);
/* len(s.split()): the number of runs of non-space characters. */
CT_API size_t ct_utf8_words(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
