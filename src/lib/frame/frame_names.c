/* frame_names.c — the frame's name index: column name -> index of the
 * first column of that name, so that ct_frame_find (and every
 * ct_frame_add_*'s check that a name is free) costs one hash probe, not a
 * scan of every column (train on a file of 20,000 columns looked each up:
 * quadratic, past 600 s; 2026-12-06). Names compare exactly (strcmp): no
 * case or space folding, as ct_frame_find always did. */
#include "frame/frame_internal.h"

#include "base/hash.h"

#include <stdint.h>
#include <string.h>

static size_t slot_of(const size_t *slot, size_t nslots, const ct_column *const *cols,
                      const char *name)
{
    size_t mask = nslots - 1;
    size_t h = (size_t)ct_hash_bytes(name, strlen(name), 0) & mask;
    while (slot[h] && strcmp(cols[slot[h] - 1]->name, name) != 0)
        h = (h + 1) & mask;
    return h;
}

int frame_names_reserve(ct_frame *f)
{
    if (f->nslots && 2 * (f->nnamed + 1) <= f->nslots)
        return 0;
    size_t n = ct_hash_capacity(f->nnamed + 1 > f->ncols ? f->nnamed + 1 : f->ncols);
    size_t *s = ct_calloc(n, sizeof *s);
    if (!s)
        return -1;
    for (size_t k = 0; k < f->nslots; k++)
        if (f->nslot[k]) /* names are distinct in the index: no compare needed */
            s[slot_of(s, n, (const ct_column *const *)f->cols, f->cols[f->nslot[k] - 1]->name)] =
                f->nslot[k];
    ct_free(f->nslot);
    f->nslot = s;
    f->nslots = n;
    return 0;
}

void frame_names_put(ct_frame *f, size_t j)
{
    size_t h = slot_of(f->nslot, f->nslots, (const ct_column *const *)f->cols, f->cols[j]->name);
    if (!f->nslot[h]) {
        f->nslot[h] = j + 1;
        f->nnamed++;
    } else if (f->nslot[h] > j + 1) /* a repeated name: the first column keeps it */
        f->nslot[h] = j + 1;
}

size_t frame_names_get(const ct_frame *f, const char *name)
{
    if (!f->nslots) /* no column named yet */
        return SIZE_MAX;
    size_t h = slot_of(f->nslot, f->nslots, (const ct_column *const *)f->cols, name);
    return f->nslot[h] ? f->nslot[h] - 1 : SIZE_MAX;
}
