/* regress_fmt.c — numbers for people in the analysis' sentences: counts
 * with thousands separators, other numbers with up to six significant
 * decimals. The same rules as the CLI's cli_fmt_count/cli_fmt_num, so the
 * sentences read as the rest of the output; to be replaced by base/'s
 * number formatter when it lands (one of each primitive). */
#include "select/regress_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void ct_regress_fmt_count_(char *buf, size_t n, uint64_t v)
{
    char tmp[32];
    int len = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    size_t w = 0;
    for (int i = 0; i < len && w + 1 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0 && w + 2 < n)
            buf[w++] = ',';
        buf[w++] = tmp[i];
    }
    buf[w] = '\0';
}

void ct_regress_fmt_num_(char *buf, size_t n, double v)
{
    if (isnan(v)) {
        snprintf(buf, n, "-");
        return;
    }
    double a = fabs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e15)) {
        snprintf(buf, n, "%.4g", v);
        return;
    }
    /* thousands separators on the integer part, up to 6 significant decimals */
    char tmp[64];
    int dec = a >= 1000 ? 2 : a >= 1 ? 4 : 6;
    snprintf(tmp, sizeof tmp, "%.*f", dec, a);
    char *dot = strchr(tmp, '.');
    if (dot) {
        char *e = tmp + strlen(tmp) - 1;
        while (e > dot && *e == '0')
            *e-- = '\0';
        if (e == dot)
            *e = '\0';
    }
    size_t ilen = dot ? (size_t)(dot - tmp) : strlen(tmp);
    size_t w = 0;
    if (v < 0 && w + 1 < n)
        buf[w++] = '-';
    for (size_t i = 0; i < ilen && w + 1 < n; i++) {
        if (i > 0 && (ilen - i) % 3 == 0 && w + 2 < n)
            buf[w++] = ',';
        buf[w++] = tmp[i];
    }
    for (size_t i = ilen; tmp[i] && w + 1 < n; i++)
        buf[w++] = tmp[i];
    buf[w] = '\0';
}

char *ct_regress_strdupf_(const char *fmt, ...)
{
    char buf[1024]; /* a sentence is cut at 1,023 bytes */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return ct_strdup(buf);
}
