/* utf8.c — UTF-8 validation, decoding, counting, categories and case
 * mapping (see claimtriage/utf8.h). ASCII goes through fast paths written
 * here; everything else through libutf8proc (utf8proc_iterate decodes and
 * rejects overlongs, surrogates and code points above U+10FFFF). */
#include "claimtriage/utf8.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ct_utf8_category mirrors utf8proc's numbering, so a cast converts. */
_Static_assert(CT_UTF8_LU == (int)UTF8PROC_CATEGORY_LU && CT_UTF8_ND == (int)UTF8PROC_CATEGORY_ND &&
                   CT_UTF8_ZS == (int)UTF8PROC_CATEGORY_ZS &&
                   CT_UTF8_CO == (int)UTF8PROC_CATEGORY_CO,
               "ct_utf8_category must follow utf8proc_category_t");

static const uint32_t REPLACEMENT = 0xFFFD;

/* ------------------------------------------------------------ decoding */

int ct_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    *cp = REPLACEMENT;
    if (n == 0)
        return 0;
    const unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t u;
    const utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s, n > 4 ? 4 : (utf8proc_ssize_t)n, &u);
    if (k <= 0)
        return 0;
    *cp = (uint32_t)u;
    return (int)k;
}

int ct_utf8_encode(uint32_t cp, char *out)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

int ct_utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str, *e = s + n;
    while (s < e) {
        if (*s < 0x80) {
            /* ASCII runs eight bytes at a time */
            uint64_t w;
            while ((size_t)(e - s) >= 8 && (memcpy(&w, s, 8), (w & 0x8080808080808080ull) == 0))
                s += 8;
            if (s < e && *s < 0x80)
                s++;
            continue;
        }
        uint32_t cp;
        const int k = ct_utf8_decode((const char *)s, (size_t)(e - s), &cp);
        if (k == 0)
            return 0;
        s += k;
    }
    return 1;
}

size_t ct_utf8_length(const char *str, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += ((unsigned char)str[i] & 0xC0) != 0x80;
    return len;
}

/* ------------------------------------------------------ classification */

ct_utf8_category ct_utf8_category_of(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return CT_UTF8_CN;
    return (ct_utf8_category)utf8proc_category((utf8proc_int32_t)cp);
}

const char *ct_utf8_category_name(ct_utf8_category c)
{
    static const char *const names[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd",
                                        "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm",
                                        "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};
    return (unsigned)c < sizeof names / sizeof names[0] ? names[c] : "Cn";
}

/* Python's str.isspace(): bidirectional class WS, B or S, or category Zs
 * (CPython's _PyUnicode_IsWhitespace table, Unicode 15). */
int ct_utf8_is_space(uint32_t cp)
{
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85 ||
           cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int ct_utf8_is_word_char(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               cp == '_';
    const ct_utf8_category c = ct_utf8_category_of(cp);
    return (c >= CT_UTF8_LU && c <= CT_UTF8_LO) || (c >= CT_UTF8_ND && c <= CT_UTF8_NO);
}

uint32_t ct_utf8_tolower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    if (cp > 0x10FFFF)
        return cp;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

ct_status ct_utf8_lower(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    size_t w = 0, i = 0;
    ct_status st = CT_OK;
    while (i < n) {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (w == cap) {
                st = CT_EINVAL;
                break;
            }
            out[w++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            i++;
            continue;
        }
        uint32_t cp;
        const int k = ct_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            st = CT_EDATA;
            break;
        }
        char enc[4];
        const int m = ct_utf8_encode(ct_utf8_tolower(cp), enc);
        if (w + (size_t)m > cap) {
            st = CT_EINVAL;
            break;
        }
        memcpy(out + w, enc, (size_t)m);
        w += (size_t)m;
        i += (size_t)k;
    }
    *outlen = w;
    return st;
}

/* ------------------------------------------------------------ counting */

/* Bits set in a 64-bit word (SWAR: baseline x86-64 has no popcnt, and
 * libgcc's __popcountdi2 is a call). */
static inline size_t popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (size_t)((x * 0x0101010101010101ull) >> 56);
}

/* Code points and words in one pass. 16 ASCII bytes at a time: each is one
 * character; a word starts at a non-space byte whose predecessor is a space
 * (or not in a word). Word starts of up to four blocks are counted together.
 * padded: the last block may be read past n (the bytes past n masked off). */
static size_t measure(const char *str, size_t n, size_t *words, int padded)
{
    static const uint8_t ascii_space[128] = {
        [' '] = 1,  ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1,
        ['\r'] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1};
    const unsigned char *s = (const unsigned char *)str;
    size_t chars = 0, w = 0, i = 0;
    int in_word = 0;
    uint64_t starts4 = 0;
    unsigned nblk = 0;
    (void)padded;
    while (i < n) {
#if defined(__SSE2__)
        if (i + 16 <= n || padded) {
            size_t k = n - i < 16 ? n - i : 16;
            unsigned valid = k == 16 ? 0xFFFFu : (1u << k) - 1;
            __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            if ((_mm_movemask_epi8(b) & valid) == 0) {
                const __m128i blank = _mm_set1_epi8(' ');
                unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, blank));
                unsigned low = (unsigned)_mm_movemask_epi8(
                    _mm_cmpeq_epi8(_mm_max_epu8(b, blank), blank)); /* b <= ' ' */
                if (low & ~sp & valid) /* control bytes: \t..\r and 0x1C..0x1F are spaces */
                    sp |= (unsigned)_mm_movemask_epi8(
                        _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(0x08)),
                                                   _mm_cmplt_epi8(b, _mm_set1_epi8(0x0E))),
                                     _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(0x1B)),
                                                   _mm_cmplt_epi8(b, blank))));
                unsigned word = ~sp & valid;
                unsigned starts = word & ~((word << 1) | (unsigned)in_word);
                starts4 |= (uint64_t)starts << (16 * nblk);
                if (++nblk == 4) {
                    w += popcount64(starts4);
                    starts4 = 0;
                    nblk = 0;
                }
                in_word = (int)((word >> (k - 1)) & 1);
                chars += k;
                i += k;
                continue;
            }
        }
#endif
        uint32_t cp = s[i];
        size_t len = 1;
        int sp;
        if (cp < 0x80) {
            sp = ascii_space[cp];
        } else {
            const int k = ct_utf8_decode((const char *)s + i, n - i, &cp);
            len = k ? (size_t)k : 1;
            sp = k && ct_utf8_is_space(cp);
        }
        w += !sp && !in_word;
        in_word = !sp;
        chars++;
        i += len;
    }
    *words = w + popcount64(starts4);
    return chars;
}

size_t ct_utf8_measure(const char *s, size_t n, size_t *words) { return measure(s, n, words, 0); }

size_t ct_utf8_measure_padded(const char *s, size_t n, size_t *words)
{
    return measure(s, n, words, 1);
}

size_t ct_utf8_words(const char *s, size_t n)
{
    size_t words;
    measure(s, n, &words, 0);
    return words;
}

int ct_utf8_control_picture(unsigned char c, char *out)
{
    if (c == '\n' || (c >= 0x20 && c != 0x7f))
        return 0;
    return ct_utf8_encode(c == 0x7f ? 0x2421u : 0x2400u + c, out); /* Control Pictures */
}

/* Unicode's bidirectional formatting characters (UAX #9, table 4: "Bidi
 * Control" in PropList.txt): U+061C, U+200E, U+200F, U+202A..U+202E,
 * U+2066..U+2069. */
int ct_utf8_is_bidi_control(uint32_t cp)
{
    return cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

int ct_utf8_is_invisible_format(uint32_t cp)
{
    return cp == 0xfeff || cp == 0x200b || cp == 0x2060;
}

int ct_utf8_is_invisible_name(uint32_t cp)
{
    return ct_utf8_is_shown_as_code(cp) || cp == 0x200c || cp == 0x200d;
}

int ct_utf8_is_shown_as_code(uint32_t cp)
{
    return ct_utf8_is_bidi_control(cp) || ct_utf8_is_invisible_format(cp);
}

/* A character that joins: non-ASCII, valid, and not itself invisible. */
static int joinable(const char *s, size_t n)
{
    uint32_t cp;
    return n && (unsigned char)s[0] >= 0x80 && ct_utf8_decode(s, n, &cp) &&
           !ct_utf8_is_invisible_name(cp);
}

int ct_utf8_joiner_shown(const char *text, size_t n, size_t i, size_t len)
{
    if (i == 0 || i + len >= n || !joinable(text + i + len, n - i - len))
        return 1;
    size_t p = i - 1; /* the previous character's first byte */
    while (p > 0 && ((unsigned char)text[p] & 0xC0) == 0x80 && i - p < 4)
        p--;
    return !joinable(text + p, i - p);
}

int ct_utf8_visible_at(const char *text, size_t n, size_t i, size_t *len, char *out)
{
    const char *s = text + i;
    const unsigned char c = (unsigned char)s[0];
    uint32_t cp;
    *len = 1;
    if (c != 0xd8 && c != 0xe2 && c != 0xef) /* the lead bytes of every one shown as code */
        return ct_utf8_control_picture(c, out);
    const int k = ct_utf8_decode(s, n - i, &cp);
    if (!k)
        return 0;
    if (cp == 0x200c || cp == 0x200d) {
        if (!ct_utf8_joiner_shown(text, n, i, (size_t)k))
            return 0;
    } else if (!ct_utf8_is_shown_as_code(cp))
        return 0;
    *len = (size_t)k;
    static const char hex[] = "0123456789ABCDEF";
    memcpy(out, "<U+", 3);
    for (int j = 0; j < 4; j++) /* every one is below U+10000 */
        out[3 + j] = hex[(cp >> (12 - 4 * j)) & 0xf];
    out[7] = '>';
    return CT_UTF8_VISIBLE_MAX;
}

int ct_utf8_visible(const char *s, size_t n, size_t *len, char *out)
{
    return ct_utf8_visible_at(s, n, 0, len, out);
}

/* Appends k bytes of src at out[*w] when they fit with a terminator in
 * cap; 0 (nothing written) when they do not. */
static int append_piece(char *out, size_t cap, size_t *w, const char *src, size_t k)
{
    if (*w + k + 1 > cap)
        return 0;
    memcpy(out + *w, src, k);
    *w += k;
    return 1;
}

size_t ct_utf8_visible_text(char *out, size_t cap, const char *text, size_t n)
{
    size_t w = 0, i = 0, len = 1;
    if (!cap)
        return 0;
    for (; i < n; i += len) {
        char pic[CT_UTF8_VISIBLE_MAX];
        len = 1;
        int k = text[i] == '\n' ? ct_utf8_encode(0x240Au, pic)
                                : ct_utf8_visible_at(text, n, i, &len, pic);
        if (!append_piece(out, cap, &w, k ? pic : text + i, k ? (size_t)k : 1))
            break;
    }
    out[w] = '\0';
    return i;
}

int ct_utf8_is_odd_space(uint32_t cp)
{
    return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

size_t ct_utf8_visible_label(char *out, size_t cap, const char *text, size_t n)
{
    size_t w = 0, i = 0, len = 1;
    if (!cap)
        return 0;
    for (; i < n; i += len) {
        char pic[CT_UTF8_VISIBLE_MAX];
        uint32_t cp = 0;
        len = 1;
        int k = 0;
        if (text[i] == '\n')
            k = ct_utf8_encode(0x240Au, pic);
        else if ((unsigned char)text[i] >= 0x80 && (k = ct_utf8_decode(text + i, n - i, &cp)) &&
                 ct_utf8_is_odd_space(cp)) {
            static const char hex[] = "0123456789ABCDEF";
            len = (size_t)k;
            memcpy(pic, "<U+", 3);
            for (int j = 0; j < 4; j++) /* every one is below U+10000 */
                pic[3 + j] = hex[(cp >> (12 - 4 * j)) & 0xf];
            pic[7] = '>';
            k = CT_UTF8_VISIBLE_MAX;
        } else
            k = ct_utf8_visible_at(text, n, i, &len, pic);
        if (!append_piece(out, cap, &w, k ? pic : text + i, k ? (size_t)k : 1))
            break;
    }
    out[w] = '\0';
    return i;
}
