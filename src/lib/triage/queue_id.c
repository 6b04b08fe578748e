/* queue_id.c — a queue's id as a re-save may have written it, for the
 * readers of queues (merge.c, queue_join.c; queue_format.h): a spreadsheet's
 * scientific notation (its digits lost) and pandas' float of a whole number
 * (nothing lost: N.0 is the id N, the one rule of score's repeated-id
 * check, merge's shared-id check and queue-eval's labels and repeats). */
#include "triage/queue_format.h"

#include <string.h>

int triage_id_scientific(const char *id, size_t len)
{
    size_t i = 0;
    if (i < len && id[i] == '-')
        i++;
    if (i >= len || id[i] < '0' || id[i] > '9')
        return 0;
    i++;
    if (i < len && id[i] == '.')
        for (i++; i < len && id[i] >= '0' && id[i] <= '9'; i++)
            ;
    if (i >= len || (id[i] != 'E' && id[i] != 'e'))
        return 0;
    i++;
    /* the exponent's sign, which spreadsheets always write (a hex id such
     * as 1e0f3 has none) */
    if (i >= len || (id[i] != '+' && id[i] != '-'))
        return 0;
    i++;
    const size_t digits = i;
    while (i < len && id[i] >= '0' && id[i] <= '9')
        i++;
    return i == len && i > digits;
}

const char triage_scientific_hint[] =
    "a spreadsheet re-saved the queue with its ids in scientific notation, as it shows long "
    "numbers, and their last digits are lost; use the queue file score wrote (or score again), "
    "and to view a queue in a spreadsheet, import the id column as text";

size_t triage_id_float_int_len(const char *id, size_t len)
{
    size_t i = id && len && id[0] == '-';
    const size_t start = i;
    while (i < len && id[i] >= '0' && id[i] <= '9')
        i++;
    if (i == start || i + 1 >= len || id[i] != '.')
        return len;
    for (size_t k = i + 1; k < len; k++)
        if (id[k] != '0')
            return len;
    return i;
}

size_t triage_id_leading_zeros(const char *id, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (id[i] < '0' || id[i] > '9')
            return 0;
    size_t z = 0;
    while (z + 1 < len && id[z] == '0')
        z++;
    return z;
}

int triage_id_grouped(const char *id, size_t len, char sep)
{
    size_t i = len && id[0] == '-';
    const size_t start = i;
    while (i < len && id[i] >= '0' && id[i] <= '9')
        i++;
    if (i == start || i - start > 3)
        return 0;
    size_t groups = 0;
    while (i + 3 < len && id[i] == sep && id[i + 1] >= '0' && id[i + 1] <= '9' &&
           id[i + 2] >= '0' && id[i + 2] <= '9' && id[i + 3] >= '0' && id[i + 3] <= '9' &&
           (i + 4 == len || id[i + 4] < '0' || id[i + 4] > '9')) {
        i += 4;
        groups++;
    }
    if (!groups)
        return 0;
    if (i < len && sep != '.' && id[i] == '.')
        for (i++; i < len && id[i] >= '0' && id[i] <= '9'; i++)
            ;
    return i == len;
}

/* id[0..*len) without the spaces and tabs around it. */
static const char *trim(const char *id, size_t *len)
{
    while (*len && (id[0] == ' ' || id[0] == '\t'))
        id++, (*len)--;
    while (*len && (id[*len - 1] == ' ' || id[*len - 1] == '\t'))
        (*len)--;
    return id;
}

/* id[0..len) into buf (cap >= 1), sep dropped when grouped is set. */
static size_t copy_id(const char *id, size_t len, int grouped, char sep, char *buf, size_t cap)
{
    size_t w = 0;
    for (size_t i = 0; i < len && w + 1 < cap; i++)
        if (!grouped || id[i] != sep)
            buf[w++] = id[i];
    buf[w] = 0;
    return w;
}

size_t triage_id_key(const char *id, size_t len, char *buf, size_t cap)
{
    id = trim(id, &len);
    const size_t w = copy_id(id, len, triage_id_grouped(id, len, ','), ',', buf, cap);
    return triage_id_float_int_len(buf, w);
}

void triage_id_tidy(char *buf, char thousands)
{
    size_t len = strlen(buf);
    const char *id = trim(buf, &len);
    const int grouped = thousands && triage_id_grouped(id, len, thousands);
    memmove(buf, id, len);
    buf[len] = 0;
    copy_id(buf, len, grouped, thousands, buf, len + 1);
}
