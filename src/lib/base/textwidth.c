/* textwidth.c — display width of UTF-8 text in terminal columns, and cuts
 * on grapheme-cluster boundaries (see claimtriage/textwidth.h). Widths are
 * utf8proc_charwidth's (East Asian Width, UAX #11, with emoji wide);
 * clusters are UAX #29's extended grapheme clusters as
 * utf8proc_grapheme_break_stateful finds them. */
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

/* Columns of one code point: ASCII controls 1 (printed as one character by
 * the callers), a bidi control 8 (text for people shows it as "<U+202E>",
 * ct_utf8_visible: measured as 0 it let a cut line run past 100 columns,
 * tests/unit/test_textwidth), otherwise utf8proc_charwidth (0, 1 or 2). */
static size_t cp_width(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F)
        return 1;
    if (cp < 0x7F)
        return 1;
    if (ct_utf8_is_shown_as_code(cp))
        return CT_UTF8_VISIBLE_MAX;
    return (size_t)utf8proc_charwidth((utf8proc_int32_t)cp);
}

/* The grapheme cluster that starts at s[i] (i < n): returns the index just
 * past it and its width in *w (its widest code point; an invalid byte is a
 * cluster of its own, 1 column). */
static size_t cluster(const char *s, size_t n, size_t i, size_t *w)
{
    const unsigned char c = (unsigned char)s[i];
    /* ASCII followed by ASCII: always a break (CR LF too: each control is
     * printed as one character, so each is its own 1-column cluster) */
    if (c < 0x80 && (i + 1 == n || (unsigned char)s[i + 1] < 0x80)) {
        *w = 1;
        return i + 1;
    }
    uint32_t cp;
    const int k = ct_utf8_decode(s + i, n - i, &cp);
    if (k == 0) {
        *w = 1;
        return i + 1;
    }
    /* a joiner that joins nothing is shown as "<U+200D>" (ct_utf8_visible):
     * its columns are added to the cluster's, which it extends */
    size_t wd = cp_width(cp), j = i + (size_t)k, shown = 0;
    if ((cp == 0x200c || cp == 0x200d) && ct_utf8_joiner_shown(s, n, i, (size_t)k))
        shown += CT_UTF8_VISIBLE_MAX;
    utf8proc_int32_t state = 0;
    uint32_t prev = cp;
    while (j < n) {
        uint32_t nx;
        const int m = ct_utf8_decode(s + j, n - j, &nx);
        if (m == 0 ||
            utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev, (utf8proc_int32_t)nx, &state))
            break;
        const size_t x = cp_width(nx);
        if (x > wd)
            wd = x;
        if ((nx == 0x200c || nx == 0x200d) && ct_utf8_joiner_shown(s, n, j, (size_t)m))
            shown += CT_UTF8_VISIBLE_MAX;
        prev = nx;
        j += (size_t)m;
    }
    *w = wd + shown;
    return j;
}

size_t ct_textwidth(const char *s, size_t n)
{
    size_t cols = 0, i = 0;
    while (i < n) {
        size_t w;
        i = cluster(s, n, i, &w);
        cols += w;
    }
    return cols;
}

size_t ct_textwidth_z(const char *s) { return s ? ct_textwidth(s, strlen(s)) : 0; }

size_t ct_textwidth_prefix(const char *s, size_t n, size_t cols, size_t maxbytes, size_t *width)
{
    size_t used = 0, i = 0;
    while (i < n) {
        size_t w;
        const size_t j = cluster(s, n, i, &w);
        if (j > maxbytes || w > cols - used)
            break;
        used += w;
        i = j;
    }
    if (width)
        *width = used;
    return i;
}

/* Copy s[0..n) to out, ASCII controls as ctrl (when ctrl != 0). */
static void copy_text(char *out, const char *s, size_t n, char ctrl)
{
    for (size_t i = 0; i < n; i++) {
        const unsigned char c = (unsigned char)s[i];
        out[i] = ctrl && (c < 0x20 || c == 0x7F) ? ctrl : (char)c;
    }
}

int ct_textwidth_fit(char *out, size_t cap, const char *s, size_t n, size_t cols, const char *more,
                     char ctrl)
{
    if (cap == 0)
        return n > 0;
    const size_t full = ct_textwidth_prefix(s, n, cols, cap - 1, NULL);
    if (full == n) {
        copy_text(out, s, n, ctrl);
        out[n] = '\0';
        return 0;
    }
    const size_t mlen = more ? strlen(more) : 0, mw = ct_textwidth(more, mlen);
    if (mlen == 0 || mw > cols || mlen > cap - 1) {
        copy_text(out, s, full, ctrl);
        out[full] = '\0';
        return 1;
    }
    const size_t k = ct_textwidth_prefix(s, n, cols - mw, cap - 1 - mlen, NULL);
    copy_text(out, s, k, ctrl);
    memcpy(out + k, more, mlen);
    out[k + mlen] = '\0';
    return 1;
}

size_t ct_textwidth_prefix_words(const char *s, size_t n, size_t cols, size_t maxbytes,
                                 size_t *width)
{
    size_t k = ct_textwidth_prefix(s, n, cols, maxbytes, NULL);
    if (k < n) { /* cut: back to the space before the word it is inside */
        while (k && s[k] != ' ')
            k--;
        while (k && s[k - 1] == ' ')
            k--;
    }
    if (width)
        *width = ct_textwidth(s, k);
    return k;
}

int ct_textwidth_fit_words(char *out, size_t cap, const char *s, size_t n, size_t cols,
                           const char *more)
{
    if (cap == 0)
        return n > 0;
    if (ct_textwidth_prefix(s, n, cols, cap - 1, NULL) == n) {
        memcpy(out, s, n);
        out[n] = '\0';
        return 0;
    }
    const size_t mlen = more ? strlen(more) : 0, mw = ct_textwidth(more, mlen);
    const int with_more = mlen > 0 && mw <= cols && mlen <= cap - 1;
    const size_t k = ct_textwidth_prefix_words(s, n, with_more ? cols - mw : cols,
                                               with_more ? cap - 1 - mlen : cap - 1, NULL);
    memcpy(out, s, k);
    if (with_more)
        memcpy(out + k, more, mlen);
    out[k + (with_more ? mlen : 0)] = '\0';
    return 1;
}

int ct_textwidth_fit_middle(char *out, size_t cap, const char *s, size_t n, size_t cols,
                            const char *more)
{
    if (cap == 0)
        return n > 0;
    if (ct_textwidth_prefix(s, n, cols, cap - 1, NULL) == n) {
        copy_text(out, s, n, 0);
        out[n] = '\0';
        return 0;
    }
    const size_t mlen = more ? strlen(more) : 0, mw = ct_textwidth(more, mlen);
    if (mlen == 0 || mw >= cols || mlen >= cap - 1)
        return ct_textwidth_fit(out, cap, s, n, cols, more, 0);
    const size_t room = cols - mw, bytes = cap - 1 - mlen;
    const size_t tailw = room * 2 / 5, tailb = bytes * 2 / 5;
    /* the tail: the first cluster boundary after which at most tailw
     * columns and tailb bytes are left */
    const size_t total = ct_textwidth(s, n);
    size_t used = 0, t = 0;
    while (t < n && (total - used > tailw || n - t > tailb)) {
        size_t w;
        t = cluster(s, n, t, &w);
        used += w;
    }
    const size_t k = ct_textwidth_prefix(s, n, room - (total - used), bytes - (n - t), NULL);
    copy_text(out, s, k, 0);
    memcpy(out + k, more, mlen);
    copy_text(out + k + mlen, s + t, n - t, 0);
    out[k + mlen + n - t] = '\0';
    return 1;
}

/* Length of buf[0..len) without a trailing incomplete UTF-8 sequence (the
 * fallback cut when the whole text cannot be formatted to look past it). */
static size_t drop_partial(const char *buf, size_t len)
{
    size_t i = len;
    while (i > 0 && len - i < 4 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0 || len - i >= 4 || (unsigned char)buf[i - 1] < 0xC0)
        return len;
    uint32_t cp;
    return ct_utf8_decode(buf + i - 1, len - i + 1, &cp) ? len : i - 1;
}

int ct_textwidth_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    const int need = vsnprintf(buf, cap, fmt, ap);
    if (need < 0 || cap == 0 || (size_t)need < cap) {
        va_end(again);
        return need;
    }
    /* cut: format the whole text to see which cluster the cut falls in */
    char *all = ct_malloc((size_t)need + 1);
    size_t keep;
    if (all) {
        vsnprintf(all, (size_t)need + 1, fmt, again);
        keep = ct_textwidth_prefix(all, (size_t)need, SIZE_MAX, cap - 1, NULL);
        ct_free(all);
    } else {
        keep = drop_partial(buf, cap - 1);
    }
    va_end(again);
    buf[keep] = '\0';
    return need;
}

int ct_textwidth_snprintf(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int need = ct_textwidth_vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return need;
}

int ct_textwidth_pad(FILE *fp, const char *s, size_t cols, int right)
{
    const size_t w = ct_textwidth_z(s), pad = w < cols ? cols - w : 0;
    if (!s)
        s = "";
    return right ? fprintf(fp, "%*s%s", (int)pad, "", s) : fprintf(fp, "%s%*s", s, (int)pad, "");
}

static int label_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The bytes of an odd space (ct_utf8_is_odd_space) at s[0..n), else 0. */
static size_t odd_space_at(const char *s, size_t n)
{
    uint32_t cp;
    const int k = n && (unsigned char)s[0] >= 0x80 ? ct_utf8_decode(s, n, &cp) : 0;
    return k && ct_utf8_is_odd_space(cp) ? (size_t)k : 0;
}

/* The bytes of an odd space ending s[0..n), else 0. */
static size_t odd_space_end(const char *s, size_t n)
{
    for (size_t k = 2; k <= 3 && k <= n; k++)
        if (odd_space_at(s + n - k, k) == k)
            return k;
    return 0;
}

int ct_textwidth_label_quoted(const char *s)
{
    if (!s)
        return 0;
    const size_t n = strlen(s);
    return n == 0 || label_space((unsigned char)s[0]) || label_space((unsigned char)s[n - 1]) ||
           odd_space_at(s, n) || odd_space_end(s, n) || strcmp(s, "(missing)") == 0;
}

/* s[0..*n) without the spaces (ASCII white space, odd spaces) at its ends. */
static const char *label_trim(const char *s, size_t *n)
{
    size_t k;
    for (;;) {
        if (*n && label_space((unsigned char)s[0]))
            k = 1;
        else if (!(k = odd_space_at(s, *n)))
            break;
        s += k;
        *n -= k;
    }
    for (;;) {
        if (*n && label_space((unsigned char)s[*n - 1]))
            k = 1;
        else if (!(k = odd_space_end(s, *n)))
            break;
        *n -= k;
    }
    return s;
}

int ct_textwidth_label_same(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    a = label_trim(a, &na);
    b = label_trim(b, &nb);
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        const size_t ka = odd_space_at(a + i, na - i), kb = odd_space_at(b + j, nb - j);
        const int ca = ka ? ' ' : (unsigned char)a[i], cb = kb ? ' ' : (unsigned char)b[j];
        const int la = ca >= 'A' && ca <= 'Z' ? ca + 32 : ca;
        const int lb = cb >= 'A' && cb <= 'Z' ? cb + 32 : cb;
        if (la != lb)
            return 0;
        i += ka ? ka : 1;
        j += kb ? kb : 1;
    }
    return i == na && j == nb;
}

/* s between single quotes in buf (cap >= 8), cut with "...'" to fit. */
static const char *quote_label(char *buf, size_t cap, const char *s)
{
    const size_t n = strlen(s);
    if (n + 3 <= cap) {
        buf[0] = '\'';
        memcpy(buf + 1, s, n);
        buf[n + 1] = '\'';
        buf[n + 2] = '\0';
        return buf;
    }
    buf[0] = '\'';
    (void)ct_textwidth_fit(buf + 1, cap - 1, s, n, SIZE_MAX, "...'", 0);
    return buf;
}

const char *ct_textwidth_label(char *buf, size_t cap, const char *s)
{
    if (!s)
        return "(missing)";
    /* a value holding an odd space: shown with it (and any invisible
     * character) as its code; others as they are (controls copied) */
    char vis[1024];
    const size_t n0 = strlen(s);
    int odd = 0;
    for (size_t i = 0; i < n0 && !odd; i++)
        odd = odd_space_at(s + i, n0 - i) > 0;
    if (odd && ct_utf8_visible_label(vis, sizeof vis, s, n0) == n0 && buf && cap >= 8) {
        if (!ct_textwidth_label_quoted(s)) {
            (void)ct_textwidth_fit(buf, cap, vis, strlen(vis), SIZE_MAX, "...", 0);
            return buf;
        }
        return quote_label(buf, cap, vis);
    }
    if (!ct_textwidth_label_quoted(s) || !buf || cap < 8)
        return s; /* nothing to quote, or no room for the quotes: as it is */
    return quote_label(buf, cap, s);
}
