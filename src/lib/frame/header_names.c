/* header_names.c — column names from a header record, as pandas 1.5's C
 * parser makes them (pandas/_libs/parsers.pyx, TextReader._get_header,
 * after pandas PR #44641 fixed pandas-dev/pandas#14704):
 *   - an empty name at position i becomes "Unnamed: i";
 *   - repeated names are mangled in one pass over the named columns first,
 *     then the unnamed ones; a repeat of "x" takes "x.k" for the first k
 *     (counting on from the repeats so far) whose name is not in the header
 *     as it stands, so a name already in the file keeps its data
 *     ("views,views,views.1" -> views, views.2, views.1). */
#include "frame/loader.h"

#include "base/hash.h"

#include <stdio.h>
#include <string.h>

/* A small open-addressing map name -> count (pandas' `counts` dict). */
typedef struct name_counts {
    char **key; /* borrowed */
    size_t *val;
    size_t cap;
} name_counts;

static size_t *counts_slot(name_counts *m, const char *k, int insert)
{
    size_t h = ct_hash_bytes(k, strlen(k), 0) & (m->cap - 1);
    while (m->key[h] && strcmp(m->key[h], k) != 0)
        h = (h + 1) & (m->cap - 1);
    if (!m->key[h]) {
        if (!insert)
            return NULL;
        m->key[h] = (char *)(uintptr_t)k;
        m->val[h] = 0;
    }
    return &m->val[h];
}

static size_t counts_get(name_counts *m, const char *k)
{
    size_t *v = counts_slot(m, k, 0);
    return v ? *v : 0;
}

static int in_header(char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return 1;
    return 0;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = ct_malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

int header_names_pandas(const ct_csv_field *fields, size_t n, char **names, size_t *repeat_of)
{
    for (size_t i = 0; i < n; i++) {
        names[i] = NULL;
        repeat_of[i] = 0;
    }
    uint8_t *unnamed = ct_calloc(n ? n : 1, 1);
    size_t *order = ct_malloc((n ? n : 1) * sizeof *order);
    /* every key the map holds is a name of the final header or an earlier
     * name of one: at most 2n keys, kept alive in names[] or `old` */
    name_counts m = {0};
    m.cap = ct_hash_capacity(4 * n + 4);
    m.key = ct_calloc(m.cap, sizeof *m.key);
    m.val = ct_calloc(m.cap, sizeof *m.val);
    char **old = ct_calloc(n ? n : 1, sizeof *old); /* names replaced by a mangled one */
    int rc = -1;
    if (!unnamed || !order || !m.key || !m.val || !old)
        goto out;
    for (size_t i = 0; i < n; i++) {
        char buf[48];
        if (fields[i].len == 0) {
            snprintf(buf, sizeof buf, "Unnamed: %zu", i);
            names[i] = dup_n(buf, strlen(buf));
            unnamed[i] = 1;
        } else {
            names[i] = dup_n(fields[i].ptr, fields[i].len);
        }
        if (!names[i])
            goto out;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!unnamed[i])
            order[k++] = i;
    for (size_t i = 0; i < n; i++)
        if (unnamed[i])
            order[k++] = i;
    for (size_t o = 0; o < n; o++) {
        size_t i = order[o];
        char *col = names[i];
        size_t cur = counts_get(&m, col);
        if (cur > 0) {
            const char *base = names[i];
            size_t blen = strlen(base);
            char *cand = NULL;
            while (cur > 0) {
                *counts_slot(&m, base, 1) = cur + 1;
                ct_free(cand);
                cand = ct_malloc(blen + 24);
                if (!cand)
                    goto out;
                snprintf(cand, blen + 24, "%s.%zu", base, cur);
                if (in_header(names, n, cand))
                    cur++;
                else
                    cur = counts_get(&m, cand);
            }
            /* the first column written with this name (an unnamed one:
             * "Unnamed: i" is unique, never renamed) */
            for (size_t o2 = 0; o2 < o && !repeat_of[i]; o2++)
                if (!old[order[o2]] && strcmp(names[order[o2]], names[i]) == 0)
                    repeat_of[i] = order[o2] + 1;
            old[i] = names[i]; /* still a key of the map */
            names[i] = col = cand;
        }
        *counts_slot(&m, col, 1) = cur + 1;
    }
    rc = 0;
out:
    if (rc)
        for (size_t i = 0; i < n; i++) {
            ct_free(names[i]);
            names[i] = NULL;
        }
    for (size_t i = 0; old && i < n; i++)
        ct_free(old[i]);
    ct_free(old);
    ct_free(m.key);
    ct_free(m.val);
    ct_free(unnamed);
    ct_free(order);
    return rc;
}
