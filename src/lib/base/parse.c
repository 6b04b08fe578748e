/* parse.c — number parsing (see parse.h). */
#include "base/parse.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const double pow10_exact[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

int ct_parse_number(const char *s, size_t n, double *out, int *integral)
{
    /* fast path: 1 to 15 digits with at most one '.' (343296, 343296.0,
     * 0.25): the digits are exact in a double and so is the power of ten,
     * so one division is correctly rounded (Clinger's fast path) */
    if (n - 1 < 16) {
        uint64_t m = 0;
        size_t i = 0, dot = n;
        for (; i < n; i++) {
            unsigned d = (unsigned)(unsigned char)s[i] - '0';
            if (d > 9) {
                if (s[i] != '.' || dot != n)
                    break;
                dot = i;
                continue;
            }
            m = m * 10 + d;
        }
        if (i == n && (dot == n ? n <= 15 : n >= 2)) {
            size_t frac = dot == n ? 0 : n - dot - 1;
            if (frac == 0) {
                *out = (double)m;
                *integral = 1;
            } else {
                double v = (double)m / pow10_exact[frac];
                *out = v;
                *integral = v == floor(v);
            }
            return 0;
        }
    }
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return -1;
    size_t i = 0;
    int neg = 0;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        i = 1;
    }
    if (i < n && (s[i] == 'i' || s[i] == 'I')) {
        size_t rest = n - i;
        if ((rest == 3 && strncasecmp(s + i, "inf", 3) == 0) ||
            (rest == 8 && strncasecmp(s + i, "infinity", 8) == 0)) {
            *out = neg ? -INFINITY : INFINITY;
            *integral = 0;
            return 0;
        }
        return -1;
    }
    uint64_t m = 0;
    int nd = 0;      /* significant digits kept in m */
    int dropped = 0; /* integer digits beyond 19, folded into the exponent */
    int exp10 = 0, any = 0, lost = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        any = 1;
        if (nd < 19) {
            if (m || s[i] != '0') {
                m = m * 10 + (uint64_t)(s[i] - '0');
                nd++;
            }
        } else {
            dropped++;
            lost |= s[i] != '0';
        }
        i++;
    }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            any = 1;
            if (nd < 19) {
                if (m || s[i] != '0') {
                    m = m * 10 + (uint64_t)(s[i] - '0');
                    nd++;
                }
                exp10--;
            } else {
                lost |= s[i] != '0';
            }
            i++;
        }
    }
    if (!any)
        return -1;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int eneg = 0;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i == n || s[i] < '0' || s[i] > '9')
            return -1;
        long e = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
            i++;
        }
        exp10 += (int)(eneg ? -e : e);
    }
    if (i != n)
        return -1;
    exp10 += dropped;
    if (!lost && exp10 == 0 && m <= ((uint64_t)1 << 53)) {
        /* a whole number written without fraction or exponent: exact */
        *out = neg ? -(double)m : (double)m;
        *integral = 1;
        return 0;
    }
    double v;
    if (!lost && m <= ((uint64_t)1 << 53) && exp10 >= -22 && exp10 <= 22) {
        v = (double)m;
        v = exp10 < 0 ? v / pow10_exact[-exp10] : v * pow10_exact[exp10];
    } else {
        char buf[512];
        if (n >= sizeof buf)
            return -1;
        memcpy(buf, s, n);
        buf[n] = '\0';
        char *end;
        v = strtod(buf, &end);
        if (end != buf + n)
            return -1;
        neg = 0; /* strtod applied the sign */
    }
    if (neg)
        v = -v;
    *out = v;
    *integral = isfinite(v) && v == floor(v);
    /* digits beyond a double's range (1e400, 1.7976931348623159e308):
     * pandas 1.5 reads such a field as text, not as inf (its column is
     * object); the literal inf was returned above */
    return isinf(v) ? 1 : 0;
}

size_t ct_parse_number_local(const char *s, size_t n, char decimal, char thousands, char *out,
                             size_t cap)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n >= cap)
        return (size_t)-1;
    size_t i = 0, k = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        out[k++] = s[i++];
    /* the integer part: each digit may be followed by one separator */
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        out[k++] = s[i++];
        if (thousands && i < n && s[i] == thousands)
            i++;
    }
    if (i < n && s[i] == decimal) {
        out[k++] = '.';
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            out[k++] = s[i++];
    }
    /* an exponent, or inf / infinity: ct_parse_number judges them; any
     * other mark left (a second separator, a '.' that is neither) is not
     * a number in this format */
    for (; i < n; i++) {
        if (s[i] == '.' || s[i] == decimal || (thousands && s[i] == thousands))
            return (size_t)-1;
        out[k++] = s[i];
    }
    out[k] = '\0';
    return k;
}
