/* utf8_distance.c — the edit distance of "did you mean" (see
 * claimtriage/utf8.h): Damerau's optimal string alignment over code
 * points, for a mistyped command, option or column name. */
#include "claimtriage/utf8.h"

#include <string.h>

/* The code points of s[0..n) into cp (at most max), folded when fold:
 * ASCII letters lower-cased, ' ', '-' and '.' read as '_'. Their count, or
 * (size_t)-1 when s is not valid UTF-8 or holds more than max. */
static size_t points(const char *s, size_t n, int fold, uint32_t *cp, size_t max)
{
    size_t k = 0;
    for (size_t at = 0; at < n; k++) {
        if (k == max)
            return (size_t)-1;
        const int len = ct_utf8_decode(s + at, n - at, &cp[k]);
        if (len <= 0)
            return (size_t)-1;
        at += (size_t)len;
        if (fold && cp[k] >= 'A' && cp[k] <= 'Z')
            cp[k] += 'a' - 'A';
        else if (fold && (cp[k] == ' ' || cp[k] == '-' || cp[k] == '.'))
            cp[k] = '_';
    }
    return k;
}

size_t ct_utf8_distance(const char *a, size_t na, const char *b, size_t nb, int fold)
{
    uint32_t x[CT_UTF8_DISTANCE_MAX], y[CT_UTF8_DISTANCE_MAX];
    const size_t la = points(a, na, fold, x, CT_UTF8_DISTANCE_MAX);
    const size_t lb = points(b, nb, fold, y, CT_UTF8_DISTANCE_MAX);
    if (la == (size_t)-1 || lb == (size_t)-1)
        return (size_t)-1;
    /* three rows of the table: i - 2, i - 1 and i */
    size_t r0[CT_UTF8_DISTANCE_MAX + 1], r1[CT_UTF8_DISTANCE_MAX + 1], r2[CT_UTF8_DISTANCE_MAX + 1];
    size_t *pp = r0, *p = r1, *c = r2;
    for (size_t j = 0; j <= lb; j++)
        p[j] = j;
    for (size_t i = 1; i <= la; i++) {
        c[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t v = p[j - 1] + (x[i - 1] != y[j - 1]);
            if (p[j] + 1 < v)
                v = p[j] + 1;
            if (c[j - 1] + 1 < v)
                v = c[j - 1] + 1;
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1;
            c[j] = v;
        }
        size_t *t = pp;
        pp = p;
        p = c;
        c = t;
    }
    return p[lb];
}
