/* idset.c — the distinct ids a stream has seen (idset.h): an open-addressing
 * hash table (linear probing, load factor at most 1/2) over entries whose
 * bytes live in one arena, so memory is proportional to the distinct ids,
 * never to the rows. */
#include "triage/idset.h"

#include "base/hash.h"

#include "claimtriage/common.h"

#include <string.h>

struct idset_entry {
    uint64_t hash;
    size_t off;
    long line;
    uint32_t len;
    uint32_t again;
};

/* Rehash into twice the slots; -1 when out of memory (nothing changed). */
static int grow_slots(triage_idset *s)
{
    const size_t ns = s->nslot ? 2 * s->nslot : 1024;
    size_t *slot = ct_calloc(ns, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t k = 0; k < s->n; k++) {
        size_t h = (size_t)s->e[k].hash & (ns - 1);
        while (slot[h])
            h = (h + 1) & (ns - 1);
        slot[h] = k + 1;
    }
    ct_free(s->slot);
    s->slot = slot;
    s->nslot = ns;
    return 0;
}

int triage_idset_add(triage_idset *s, const char *id, size_t len, long line, long *first_line,
                     int *again)
{
    const uint64_t hash = ct_hash_bytes(id, len, 0);
    if (s->nslot) {
        for (size_t h = (size_t)hash & (s->nslot - 1); s->slot[h]; h = (h + 1) & (s->nslot - 1)) {
            struct idset_entry *x = &s->e[s->slot[h] - 1];
            if (x->hash == hash && x->len == len && memcmp(s->arena + x->off, id, len) == 0) {
                *first_line = x->line;
                *again = !x->again;
                x->again = 1;
                return 1;
            }
        }
    }
    /* a new id: room first, so that a failure leaves the set as it was */
    if (2 * (s->n + 1) > s->nslot && grow_slots(s))
        return -1;
    if (s->n == s->ecap) {
        const size_t nc = s->ecap ? 2 * s->ecap : 1024;
        struct idset_entry *e = ct_realloc(s->e, nc * sizeof *e);
        if (!e)
            return -1;
        s->e = e;
        s->ecap = nc;
    }
    if (s->alen + len > s->acap) {
        size_t nc = s->acap ? s->acap : 65536;
        while (nc < s->alen + len)
            nc *= 2;
        char *a = ct_realloc(s->arena, nc);
        if (!a)
            return -1;
        s->arena = a;
        s->acap = nc;
    }
    memcpy(s->arena + s->alen, id, len);
    s->e[s->n] = (struct idset_entry){hash, s->alen, line, (uint32_t)len, 0};
    s->alen += len;
    size_t h = (size_t)hash & (s->nslot - 1);
    while (s->slot[h])
        h = (h + 1) & (s->nslot - 1);
    s->slot[h] = ++s->n;
    return 0;
}

void triage_idset_free(triage_idset *s)
{
    ct_free(s->e);
    ct_free(s->slot);
    ct_free(s->arena);
    memset(s, 0, sizeof *s);
}
