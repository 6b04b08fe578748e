/* claimtriage/textwidth.h — display width of UTF-8 text and cutting it
 * safely: the one helper every table, wrapped line, snippet, chart title
 * and message uses to measure, pad or shorten text for output.
 * Layer: base (docs/design.md).
 *
 * Width rule (terminal columns), per grapheme cluster:
 *   - a cluster is as wide as its widest code point by utf8proc_charwidth
 *     (libutf8proc, Unicode 15): East Asian wide and fullwidth characters
 *     and emoji 2, combining marks and other zero-width characters 0, the
 *     rest 1; so "e" + U+0301 is 1 column, an emoji ZWJ sequence 2 (as
 *     modern terminals draw them, where wcswidth would add them up);
 *   - an ASCII control character (U+0000..U+001F, U+007F) is a cluster of
 *     its own (CR LF too) and counts 1 column: the callers print it as one
 *     space or '?' (ct_textwidth_fit does); other controls (C1) are 0;
 *   - a byte that does not start a valid UTF-8 sequence is one cluster of
 *     1 column (a terminal shows it as one U+FFFD);
 *   - a Unicode bidi control or invisible format character
 *     (ct_utf8_is_shown_as_code) is 8 columns, the
 *     width of "<U+202E>", the form every text for people shows it in
 *     (ct_utf8_visible); before 2026-12-03 it was 0, utf8proc's width, and
 *     a snippet cut to fit ran past 100 columns once shown.
 * Pure printable ASCII is 1 column a byte, measured without utf8proc.
 *
 * Cuts: every prefix these functions return ends on a code-point boundary
 * and never splits a grapheme cluster (utf8proc_grapheme_break_stateful,
 * UAX #29 extended clusters): a combining mark stays with its base, a flag
 * with its pair, a ZWJ sequence whole. A cut at a wide character that would
 * straddle the limit leaves it out (the result may be one column short).
 *
 * Ownership: arguments are borrowed (common.h); output buffers belong to
 * the caller and are always NUL-terminated when cap >= 1. Strings are
 * (pointer, length) unless the name ends in _z. Thread-safety: reentrant,
 * no state.
 */
#ifndef CLAIMTRIAGE_TEXTWIDTH_H
#define CLAIMTRIAGE_TEXTWIDTH_H

#include "claimtriage/common.h"

#include <stdarg.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Display width of s[0..n) in columns (the rule above). */
CT_API size_t ct_textwidth(const char *s, size_t n);
/* The same for a NUL-terminated string; NULL is 0. */
CT_API size_t ct_textwidth_z(const char *s);

/* Bytes of the longest prefix of s[0..n) that is at most `cols` columns
 * wide and at most `maxbytes` bytes long (SIZE_MAX: no byte limit), cut
 * between grapheme clusters; *width (may be NULL) gets its width. */
CT_API size_t ct_textwidth_prefix(const char *s, size_t n, size_t cols, size_t maxbytes,
                                  size_t *width);

/* Copy s[0..n) into out (cap bytes), at most `cols` columns wide: when it
 * does not fit (in columns, or in cap - 1 bytes), the longest prefix that
 * leaves room for `more` (e.g. "..." or "…"; NULL or "" for none) is kept
 * and `more` appended, unless `more` itself does not fit (then the prefix
 * alone). ASCII control characters are written as `ctrl` unless ctrl is 0
 * (then copied). Always NUL-terminated (cap >= 1). Returns 1 when the text
 * was cut, else 0. */
CT_API int ct_textwidth_fit(char *out, size_t cap, const char *s, size_t n, size_t cols,
                            const char *more, char ctrl);

/* The same cut at a word: bytes of the longest prefix of s[0..n) as
 * ct_textwidth_prefix gives it, moved back to the end of a word when the
 * text is cut (the prefix ends before a space, the spaces before the cut
 * left out); 0 when the first word alone does not fit. All of s (n) when
 * it fits. *width (may be NULL) gets the prefix's width. A message cut
 * inside a word changed what it said ("'17,5' is not a who", "(5 row"):
 * run's stage messages, plan --status's reasons and the report's stage
 * table cut with it (tests/cli/run_stage_message_cut_at_space,
 * plan_status_reason_cut_at_space). */
CT_API size_t ct_textwidth_prefix_words(const char *s, size_t n, size_t cols, size_t maxbytes,
                                        size_t *width);

/* Copy s[0..n) into out (cap bytes, cols columns) as ct_textwidth_fit does
 * (controls copied), cut at a word (ct_textwidth_prefix_words) when it does
 * not fit, and `more` (" ..." for run's messages) appended: a first word
 * too long alone leaves `more` alone. Returns 1 when cut, else 0. */
CT_API int ct_textwidth_fit_words(char *out, size_t cap, const char *s, size_t n, size_t cols,
                                  const char *more);

/* The same cut in the middle: a text that does not fit keeps its start
 * (about three fifths of the room) and its end (about two fifths), joined
 * by `more`, so that long names differing only at their end ("..._measure01",
 * "..._measure02") stay apart, as svg_fit_px's middle cut does for charts.
 * Controls are copied. Without a `more` that fits, the start alone, as
 * ct_textwidth_fit. Returns 1 when cut, else 0. */
CT_API int ct_textwidth_fit_middle(char *out, size_t cap, const char *s, size_t n, size_t cols,
                                   const char *more);

/* snprintf into buf (cap bytes) whose result, when it does not fit, is cut
 * back to a grapheme boundary instead of the middle of a character (for
 * ASCII output the result is exactly snprintf's). Returns the length the
 * whole text needed, as snprintf does (negative on a format error). */
CT_API int ct_textwidth_snprintf(char *buf, size_t cap, const char *fmt, ...) CT_PRINTF(3, 4);
/* The same with a va_list (left indeterminate, as vsnprintf leaves it). */
CT_API int ct_textwidth_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap)
    CT_PRINTF(3, 0);

/* A data value that names a group or class (a level of a categorical
 * column) as a table or sentence shows it: quoted, 'x ', when it could be
 * read as another value — white space (ASCII: space, tab, CR, LF, VT, FF)
 * at its start or end, or empty ('') — else s itself, unquoted. NULL (a
 * missing value) is "(missing)". Returns s (borrowed, not copied) or the
 * string literal when no quotes are needed, else buf (cap bytes, cap >= 8),
 * which holds the quoted value; one longer than cap - 1 bytes is cut on a
 * grapheme boundary and ends "...'". evaluate --by, inspect's class
 * balance, eda's group tables and test's tables and sentences use it, so
 * that "x" and "x " never print as two identical rows. */
CT_API const char *ct_textwidth_label(char *buf, size_t cap, const char *s);
/* 1 when ct_textwidth_label would quote s (as above), else 0. Also quoted
 * since 2026-12-04: a value starting or ending with an odd space
 * (ct_utf8_is_odd_space: U+00A0...), and a level written "(missing)",
 * which printed as the missing values' group (tests/cli/
 * evaluate_by_level_named_missing). A value holding an odd space is shown
 * as ct_utf8_visible_label shows it ('claim<U+00A0>'). */
CT_API int ct_textwidth_label_quoted(const char *s);
/* 1 when labels a and b are the same but for ASCII letter case and spaces:
 * white space (ASCII, or an odd space, ct_utf8_is_odd_space) at either end
 * is dropped, an odd space inside reads as ' ' ('Claim ', 'CLAIM' and
 * 'claim\u00a0' are all 'claim'), else 0. The "differ only in case or
 * spaces" checks and their "did you mean" use it. */
CT_API int ct_textwidth_label_same(const char *a, const char *b);

/* Print s to fp padded with spaces to `cols` columns: on the right
 * (right == 0, left-aligned) or on the left (right != 0). Text wider than
 * cols is printed whole. Returns what fprintf returns (negative on error). */
CT_API int ct_textwidth_pad(FILE *fp, const char *s, size_t cols, int right);

#ifdef __cplusplus
}
#endif
#endif
