/* queue_id.c — a queue's id as a re-save may have written it, for the
 * readers of queues (merge.c, queue_join.c; queue_format.h): a spreadsheet's
 * scientific notation (its digits lost) and pandas' float of a whole number
 * (nothing lost: N.0 is the id N, the one rule of score's repeated-id
 * check, merge's shared-id check and queue-eval's labels and repeats). */
#include "triage/queue_format.h"

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
