/* claimtriage/text.h — the text analyzer: Python-exact lower-casing and
 * scikit-learn's default tokenizer, word n-grams, and text length.
 * Layer: features (docs/design.md).
 *
 * ct_text_tokenize reproduces scikit-learn 1.2's default analyzer of
 * CountVectorizer / TfidfVectorizer (lowercase=True, token_pattern
 * r"(?u)\b\w\w+\b", strip_accents=None): the document is lower-cased as
 * Python's str.lower() does it, then every maximal run of two or more word
 * characters is a token, in order. A word character is Python re's \w on a
 * str pattern: str.isalnum() or '_' — general categories L* and N*
 * (ct_utf8_is_word_char), so combining marks (Mn, Mc), apostrophes (' and
 * the curly U+2019), hyphens and connector punctuation other than '_' end
 * a token: "don't" gives "don", "café" written with U+0301 gives "cafe".
 *
 * Lower-casing is str.lower(): the Unicode simple mapping (libutf8proc,
 * ct_utf8_tolower) plus the two rules where Python's full mapping differs —
 * U+0130 (I with dot above) becomes "i" + U+0307 (a combining mark, so it
 * splits the token after the "i", as in Python), and capital sigma U+03A3
 * becomes final sigma U+03C2 in the Final_Sigma context of Unicode's
 * SpecialCasing (a cased letter before it, skipping case-ignorable
 * characters, and none after it), as CPython's handle_capital_sigma.
 * Invalid UTF-8 bytes are read as U+FFFD (not a word character): they end
 * a token and are never an error.
 *
 * N-grams (scikit-learn's _word_ngrams): for n = min_n..max_n, every run of
 * n consecutive tokens joined by one space, unigrams first.
 *
 * Ownership: see common.h. A ct_text_tokens is a reusable workspace owned
 * by the caller; its arrays are valid until the next call on it or
 * ct_text_tokens_free. Thread-safety: reentrant; one workspace per thread.
 */
#ifndef CLAIMTRIAGE_TEXT_H
#define CLAIMTRIAGE_TEXT_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The tokens of one document: token k is buf[start[k] .. start[k] + len[k])
 * (lower-cased UTF-8, not NUL-terminated). After every token's end, buf
 * holds at least CT_TEXT_TOKEN_PAD initialised bytes (the next tokens,
 * then zeros), so that a reader may load a whole 8-byte word from any
 * token's start. */
#define CT_TEXT_TOKEN_PAD 8
typedef struct ct_text_tokens {
    char *buf;
    size_t *start, *len;
    size_t n;              /* tokens */
    size_t bufcap, tokcap; /* internal */
    uint32_t *cp;          /* internal: the lower-cased code points */
    size_t cpcap;          /* internal */
    uint64_t *mask;        /* internal: word-byte bitmap (the ASCII path) */
    size_t maskcap;        /* internal */
} ct_text_tokens;

/* Zero the workspace (no allocation). */
CT_API void ct_text_tokens_init(ct_text_tokens *t);
/* Free the workspace's arrays and zero it. Accepts NULL. */
CT_API void ct_text_tokens_free(ct_text_tokens *t);

/* Tokenize s[0..n) into t (replacing what it held). s may be NULL when n is
 * 0 (an empty document: no tokens). Returns CT_OK or CT_ENOMEM (t then
 * holds no tokens). */
CT_API ct_status ct_text_tokenize(const char *s, size_t n, ct_text_tokens *t);

/* Python's str.lower() of s[0..n) as described above, into out (cap bytes,
 * not NUL-terminated), *outlen = bytes written; cap >= 3 * n always
 * suffices (an invalid byte is written as U+FFFD, 3 bytes). CT_EINVAL when
 * out is too small, CT_ENOMEM. */
CT_API ct_status ct_text_lower(const char *s, size_t n, char *out, size_t cap, size_t *outlen);

/* Length of a text: code points (Python's len(s)) and words
 * (len(s.split())); a missing text (s NULL) is 0 and 0. */
CT_API void ct_text_length(const char *s, size_t n, size_t *chars, size_t *words);

#ifdef __cplusplus
}
#endif
#endif
