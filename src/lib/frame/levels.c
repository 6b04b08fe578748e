/* levels.c — level dictionaries of categorical columns (interning).
 *
 * A categorical column codes each value by its level's index. Levels are
 * learned in order of first appearance, or given as a fixed dictionary (a
 * schema's, or a stream's after its inference window): a value that is not
 * a level of a fixed dictionary is coded CT_CODE_UNSEEN, never added.
 * Lookups search a few levels linearly (col_intern_padded in
 * frame_internal.h does that 16 bytes at a time) and hash above
 * FEW_LEVELS: open addressing with linear probing, at most half full.
 * Every level is stored NUL-terminated with CT_CSV_PAD zero bytes after it,
 * so 16-byte compares may read past its end. */
#include "frame/frame_internal.h"

#include "base/hash.h"

int32_t col_add_level(ct_column *c, const char *s, size_t len, size_t slot)
{
    if (c->nlevels == c->lcap) {
        size_t nc = c->lcap ? 2 * c->lcap : 8;
        char **l = ct_realloc(c->levels, nc * sizeof *l);
        if (!l)
            return COL_NOMEM;
        c->levels = l;
        size_t *ll = ct_realloc(c->level_len, nc * sizeof *ll);
        if (!ll)
            return COL_NOMEM;
        c->level_len = ll;
        c->lcap = nc;
    }
    char *copy = ct_malloc(len + 1 + CT_CSV_PAD); /* NUL, padding (col_intern_padded) */
    if (!copy)
        return COL_NOMEM;
    memcpy(copy, s, len);
    memset(copy + len, 0, 1 + CT_CSV_PAD);
    c->levels[c->nlevels] = copy;
    c->level_len[c->nlevels] = len;
    if (slot != (size_t)-1)
        c->lslot[slot] = (uint32_t)c->nlevels + 1;
    return (int32_t)c->nlevels++;
}

int32_t col_new_level(ct_column *c, const char *s, size_t len, size_t slot)
{
    if (c->fixed)
        return CT_CODE_UNSEEN;
    return col_add_level(c, s, len, slot);
}

int32_t col_intern(ct_column *c, const char *s, size_t len)
{
    if (c->nlevels <= FEW_LEVELS) {
        for (size_t k = 0; k < c->nlevels; k++)
            if (c->level_len[k] == len && memcmp(c->levels[k], s, len) == 0)
                return (int32_t)k;
        if (c->nlevels < FEW_LEVELS)
            return col_new_level(c, s, len, (size_t)-1);
    }
    if (c->nlevels * 2 >= c->lslots) {
        /* (re)build at most half full: the table may have been dropped with
         * many levels in it (an undone row, a truncated block) */
        size_t ns = c->lslots ? 2 * c->lslots : 64;
        while (ns <= 2 * c->nlevels)
            ns *= 2;
        uint32_t *t = ct_calloc(ns, sizeof *t);
        if (!t)
            return COL_NOMEM;
        for (size_t k = 0; k < c->nlevels; k++) {
            size_t h = ct_hash_bytes(c->levels[k], c->level_len[k], 0) & (ns - 1);
            while (t[h])
                h = (h + 1) & (ns - 1);
            t[h] = (uint32_t)k + 1;
        }
        ct_free(c->lslot);
        c->lslot = t;
        c->lslots = ns;
    }
    size_t h = ct_hash_bytes(s, len, 0) & (c->lslots - 1);
    while (c->lslot[h]) {
        size_t k = c->lslot[h] - 1;
        if (c->level_len[k] == len && memcmp(c->levels[k], s, len) == 0)
            return (int32_t)k;
        h = (h + 1) & (c->lslots - 1);
    }
    return col_new_level(c, s, len, h);
}

int col_set_levels(ct_column *c, const char *const *levels, const size_t *lens, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (col_add_level(c, levels[k], lens ? lens[k] : strlen(levels[k]), (size_t)-1) ==
            COL_NOMEM)
            return -1;
    c->fixed = 1;
    return 0;
}

void col_drop_levels(ct_column *c, size_t keep)
{
    if (c->nlevels <= keep)
        return;
    for (size_t l = keep; l < c->nlevels; l++)
        ct_free(c->levels[l]);
    c->nlevels = keep;
    ct_free(c->lslot); /* rebuilt from the levels on the next lookup */
    c->lslot = NULL;
    c->lslots = 0;
}
