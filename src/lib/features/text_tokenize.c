/* text_tokenize.c — the text analyzer: Python's str.lower() and
 * scikit-learn's default token_pattern r"(?u)\b\w\w+\b" (claimtriage/text.h).
 *
 * Sources: CPython 3.11 Objects/unicodeobject.c (do_lower, lower_ucs4,
 * handle_capital_sigma), Modules/_sre/sre.c (SRE_UNI_IS_WORD: isalnum or
 * '_'), Unicode SpecialCasing.txt (U+0130, Final_Sigma), DerivedCoreProperties
 * (Cased, Case_Ignorable) and PropList (Other_Lowercase, Other_Uppercase);
 * scikit-learn 1.2 feature_extraction/text.py (_word_ngrams). */
#include "claimtriage/text.h"
#include "claimtriage/utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void ct_text_tokens_init(ct_text_tokens *t) { memset(t, 0, sizeof *t); }

void ct_text_tokens_free(ct_text_tokens *t)
{
    if (!t)
        return;
    ct_free(t->buf);
    ct_free(t->start);
    ct_free(t->len);
    ct_free(t->cp);
    ct_free(t->mask);
    memset(t, 0, sizeof *t);
}

/* ---- the two Python case rules that the simple mapping lacks ---- */

/* Other_Lowercase and Other_Uppercase (PropList.txt, Unicode 15): letters
 * and symbols that are cased without being Lu/Ll/Lt. */
static const uint32_t other_cased[][2] = {
    {0x00AA, 0x00AA},   {0x00BA, 0x00BA},   {0x02B0, 0x02B8},   {0x02C0, 0x02C1},
    {0x02E0, 0x02E4},   {0x0345, 0x0345},   {0x037A, 0x037A},   {0x10FC, 0x10FC},
    {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},   {0x1D9B, 0x1DBF},   {0x2071, 0x2071},
    {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2160, 0x217F},   {0x24B6, 0x24E9},
    {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F2, 0xA7F4},
    {0xA7F8, 0xA7F9},   {0xAB5C, 0xAB5F},   {0xAB69, 0xAB69},   {0x10780, 0x10780},
    {0x10783, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA}, {0x1E030, 0x1E06D},
    {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
};

static int in_ranges(uint32_t cp, const uint32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i][0] && cp <= r[i][1])
            return 1;
    return 0;
}

/* Unicode's Cased: Lu, Ll, Lt, Other_Lowercase, Other_Uppercase. */
static int is_cased(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    const ct_utf8_category c = ct_utf8_category_of(cp);
    if (c == CT_UTF8_LU || c == CT_UTF8_LL || c == CT_UTF8_LT)
        return 1;
    return in_ranges(cp, other_cased, sizeof other_cased / sizeof other_cased[0]);
}

/* Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter,
 * MidNumLet or Single_Quote. */
static int is_case_ignorable(uint32_t cp)
{
    static const uint32_t wb[] = {0x0027, 0x002E, 0x003A, 0x00B7, 0x0387, 0x055F,
                                  0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13,
                                  0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
    for (size_t i = 0; i < sizeof wb / sizeof wb[0]; i++)
        if (cp == wb[i])
            return 1;
    if (cp < 0x80)
        return cp == '^' || cp == '`'; /* Sk */
    const ct_utf8_category c = ct_utf8_category_of(cp);
    return c == CT_UTF8_MN || c == CT_UTF8_ME || c == CT_UTF8_CF || c == CT_UTF8_LM ||
           c == CT_UTF8_SK;
}

/* CPython's handle_capital_sigma: U+03A3 at src[i] lowers to final sigma
 * when a cased character precedes it (case-ignorable ones skipped) and no
 * cased character follows it (the same). */
static uint32_t lower_sigma(const uint32_t *src, size_t n, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    int found = 0;
    while (j > 0) {
        c = src[--j];
        if (!is_case_ignorable(c)) {
            found = 1;
            break;
        }
    }
    if (!found || !is_cased(c))
        return 0x03C3;
    for (j = i + 1; j < n; j++) {
        c = src[j];
        if (!is_case_ignorable(c))
            return is_cased(c) ? 0x03C3 : 0x03C2;
    }
    return 0x03C2;
}

/* ---- buffers ---- */

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = ct_realloc(*p, c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

static int reserve_tokens(ct_text_tokens *t, size_t need);

static int push_token(ct_text_tokens *t, size_t start, size_t len)
{
    if (t->n == t->tokcap && reserve_tokens(t, t->n + 1))
        return -1;
    t->start[t->n] = start;
    t->len[t->n] = len;
    t->n++;
    return 0;
}

/* ASCII bytes: 0 for a non-word byte, else the byte lowered ([0-9a-z_]). */
static const unsigned char ascii_lower_word[128] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
    ['7'] = '7', ['8'] = '8', ['9'] = '9', ['_'] = '_', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c',
    ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
    ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q',
    ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x',
    ['y'] = 'y', ['z'] = 'z', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e',
    ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l',
    ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's',
    ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
};

/* Room for `need` tokens in t. -1 when out of memory. */
static int reserve_tokens(ct_text_tokens *t, size_t need)
{
    if (need <= t->tokcap)
        return 0;
    size_t c = t->tokcap ? t->tokcap : 64;
    while (c < need)
        c *= 2;
    size_t *s = ct_realloc(t->start, c * sizeof *s);
    if (!s)
        return -1;
    t->start = s;
    size_t *l = ct_realloc(t->len, c * sizeof *l);
    if (!l)
        return -1;
    t->len = l;
    t->tokcap = c;
    return 0;
}

/* The common case: pure ASCII text (every byte < 0x80; or bytes >= 0x80
 * of characters that only separate, inert_non_ascii, taken as non-word
 * bytes). First, without a
 * branch per byte, every byte lowered through one table into buf at its
 * own offset (a non-word byte becomes 0) and a bitmap of the word bytes
 * built; then the tokens are the runs of set bits, found a word of the
 * bitmap at a time (count trailing zeros) instead of a branch at every
 * byte: the same runs of [0-9A-Za-z_] as the byte loop finds, the same
 * lowered bytes, at other offsets of buf. A run takes at least one byte
 * and a separator, so n bytes hold at most n / 2 + 1 runs (the tokens
 * among them, fewer): room is made once. */
static ct_status tokenize_ascii(const unsigned char *s, size_t n, ct_text_tokens *t)
{
    const size_t nw = n / 64 + 1; /* bitmap words, bit n included */
    if (grow((void **)&t->buf, &t->bufcap, n + CT_TEXT_TOKEN_PAD, 1) ||
        grow((void **)&t->mask, &t->maskcap, nw, sizeof *t->mask) || reserve_tokens(t, n / 2 + 1))
        return CT_ENOMEM;
    unsigned char *buf = (unsigned char *)t->buf;
    uint64_t *mask = t->mask;
    for (size_t q = 0; q < nw; q++) {
        const size_t a = q * 64, e = a + 64 < n ? a + 64 : n;
        uint64_t m = 0;
        size_t i = a;
#ifdef __SSE2__
        /* sixteen bytes at a time, the same bytes and bits as the table:
         * word = digit, letter or '_'; a capital gets 0x20 added; a
         * non-word byte becomes 0 (signed compares: a byte >= 0x80 is
         * negative, so a non-word byte) */
        for (; i + 16 <= e; i += 16) {
            const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            const __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                             _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            const __m128i lo = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
            const __m128i dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                             _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
            const __m128i us = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
            const __m128i word = _mm_or_si128(_mm_or_si128(up, lo), _mm_or_si128(dg, us));
            const __m128i low = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
            _mm_storeu_si128((__m128i *)(void *)(buf + i), _mm_and_si128(low, word));
            m |= (uint64_t)(unsigned)_mm_movemask_epi8(word) << (i - a);
        }
#endif
        for (; i < e; i++) {
            const unsigned char c = s[i] < 0x80 ? ascii_lower_word[s[i]] : 0;
            buf[i] = c;
            m |= (uint64_t)(c != 0) << (i - a);
        }
        mask[q] = m;
    }
    memset(buf + n, 0, CT_TEXT_TOKEN_PAD);
    /* The runs' starts (a word byte after a non-word one) and ends (a
     * non-word byte after a word one: one past the run) as bits of their
     * own, each collected by clearing its lowest set bit: no iteration
     * waits on the last one's count of trailing zeros. Bit n is clear (the
     * last word holds it), so every run has its end; the i-th start and
     * the i-th end are one run. Then the runs of two bytes or more kept,
     * in place, branch-free. */
    size_t *ts = t->start, *tl = t->len;
    size_t ns = 0, ne = 0;
    uint64_t carry = 0; /* the last byte of the word before is a word byte */
    for (size_t q = 0; q < nw; q++) {
        const uint64_t m = mask[q], prev = (m << 1) | carry;
        uint64_t st = m & ~prev, en = ~m & prev;
        carry = m >> 63;
        for (; st; st &= st - 1)
            ts[ns++] = q * 64 + (size_t)__builtin_ctzll(st);
        for (; en; en &= en - 1)
            tl[ne++] = q * 64 + (size_t)__builtin_ctzll(en);
    }
    size_t k = 0;
    for (size_t r = 0; r < ns; r++) {
        const size_t a = ts[r], len = tl[r] - a;
        ts[k] = a;
        tl[k] = len;
        k += len >= 2;
    }
    t->n = k;
    return CT_OK;
}

/* ct_utf8_is_word_char, with ASCII answered by the table inline. */
static inline int is_word_cp(uint32_t cp)
{
    return cp < 0x80 ? ascii_lower_word[cp] != 0 : ct_utf8_is_word_char(cp);
}

/* Decode s into code points and lower them as str.lower() does, into
 * t->cp; returns the count, or SIZE_MAX when out of memory. */
static size_t lower_codepoints(const char *s, size_t n, ct_text_tokens *t)
{
    /* Decoded first (the sigma rule looks both ways in the original text),
     * lowered into the upper half of the same array. */
    if (grow((void **)&t->cp, &t->cpcap, 3 * n + 1, sizeof(uint32_t)))
        return SIZE_MAX;
    uint32_t *src = t->cp + 2 * n, *dst = t->cp;
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        if ((unsigned char)s[i] < 0x80) { /* ASCII inline: most of any text */
            src[m++] = (unsigned char)s[i++];
            continue;
        }
        int k = ct_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            k = 1;
            cp = 0xFFFD;
        }
        src[m++] = cp;
        i += (size_t)k;
    }
    size_t w = 0;
    for (size_t i = 0; i < m; i++) {
        const uint32_t c = src[i];
        if (c == 0x0130) {
            dst[w++] = 'i';
            dst[w++] = 0x0307;
        } else if (c == 0x03A3) {
            dst[w++] = lower_sigma(src, m, i);
        } else if (c < 0x80) {
            dst[w++] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; /* ct_utf8_tolower's */
        } else {
            dst[w++] = ct_utf8_tolower(c);
        }
    }
    return w; /* w <= 2m <= 2n: never reaches src */
}

/* Every non-ASCII character of s[0..n) is valid UTF-8, not a word
 * character and its own lowercase (curly quotes, dashes, no-break spaces,
 * ...; 6% of the synthetic reports hold a curly apostrophe). Then the
 * tokens are tokenize_ascii's, which takes every byte >= 0x80 for a
 * non-word byte: such a character only separates tokens, as a space does;
 * str.lower() leaves it as it is, and its special rules (final sigma,
 * dotted capital I) concern letters, which it is not. test_text checks it
 * against the Unicode path's own rules. */
static int inert_non_ascii(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        const int k = ct_utf8_decode((const char *)s + i, n - i, &cp);
        if (k == 0 || ct_utf8_is_word_char(cp) || ct_utf8_tolower(cp) != cp)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

ct_status ct_text_tokenize(const char *s, size_t n, ct_text_tokens *t)
{
    t->n = 0;
    if (n == 0)
        return CT_OK;
    const unsigned char *u = (const unsigned char *)s;
    /* ASCII unless a byte has its high bit set: eight bytes at a time */
    size_t i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, u + i, 8);
        high |= x;
    }
    for (; i < n; i++)
        high |= u[i];
    if (!(high & 0x8080808080808080ull) || inert_non_ascii(u, n))
        return tokenize_ascii(u, n, t);
    const size_t m = lower_codepoints(s, n, t);
    if (m == SIZE_MAX || grow((void **)&t->buf, &t->bufcap, 4 * m + 1 + CT_TEXT_TOKEN_PAD, 1))
        return CT_ENOMEM;
    size_t w = 0;
    for (size_t k = 0; k < m;) {
        while (k < m && !is_word_cp(t->cp[k]))
            k++;
        const size_t b = k, start = w;
        for (; k < m && is_word_cp(t->cp[k]); k++) {
            if (t->cp[k] < 0x80)
                t->buf[w++] = (char)t->cp[k];
            else
                w += (size_t)ct_utf8_encode(t->cp[k], t->buf + w);
        }
        if (k - b >= 2) {
            if (push_token(t, start, w - start)) {
                t->n = 0;
                return CT_ENOMEM;
            }
        } else {
            w = start;
        }
    }
    memset(t->buf + w, 0, CT_TEXT_TOKEN_PAD);
    return CT_OK;
}

ct_status ct_text_lower(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    ct_text_tokens t;
    ct_text_tokens_init(&t);
    *outlen = 0;
    const size_t m = lower_codepoints(s, n, &t);
    if (m == SIZE_MAX)
        return CT_ENOMEM;
    size_t w = 0;
    ct_status st = CT_OK;
    for (size_t k = 0; k < m; k++) {
        char b[4];
        const int len = ct_utf8_encode(t.cp[k], b);
        if (w + (size_t)len > cap) {
            st = CT_EINVAL;
            break;
        }
        memcpy(out + w, b, (size_t)len);
        w += (size_t)len;
    }
    *outlen = w;
    ct_text_tokens_free(&t);
    return st;
}

void ct_text_length(const char *s, size_t n, size_t *chars, size_t *words)
{
    size_t wd = 0, ch = 0;
    if (s)
        ch = ct_utf8_measure(s, n, &wd);
    *chars = ch;
    *words = wd;
}
