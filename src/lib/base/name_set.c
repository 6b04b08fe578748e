/* name_set.c — a set of names by hash (base/name_set.h). */
#include "base/name_set.h"

#include "base/hash.h"

#include <string.h>

int ct_name_set_init(ct_name_set *s, size_t max)
{
    memset(s, 0, sizeof *s);
    if (max >= UINT32_MAX / 4)
        return -1;
    s->cap = ct_hash_capacity(max);
    s->slot = ct_hash_slots(s->cap);
    s->key = ct_malloc((max ? max : 1) * sizeof *s->key);
    if (!s->slot || !s->key) {
        ct_name_set_free(s);
        return -1;
    }
    s->max = max;
    return 0;
}

int ct_name_set_add(ct_name_set *s, const char *name)
{
    const size_t mask = s->cap - 1;
    size_t h = (size_t)ct_hash_bytes(name, strlen(name), 0) & mask;
    while (s->slot[h]) {
        if (strcmp(s->key[s->slot[h] - 1], name) == 0)
            return 1;
        h = (h + 1) & mask;
    }
    s->key[s->n++] = name;
    s->slot[h] = (uint32_t)s->n;
    return 0;
}

size_t ct_name_set_find(const ct_name_set *s, const char *name)
{
    const size_t mask = s->cap - 1;
    size_t h = (size_t)ct_hash_bytes(name, strlen(name), 0) & mask;
    for (; s->slot[h]; h = (h + 1) & mask)
        if (strcmp(s->key[s->slot[h] - 1], name) == 0)
            return s->slot[h] - 1;
    return SIZE_MAX;
}

void ct_name_set_free(ct_name_set *s)
{
    ct_free(s->slot);
    ct_free(s->key);
    memset(s, 0, sizeof *s);
}
