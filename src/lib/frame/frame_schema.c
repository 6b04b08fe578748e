/* frame_schema.c — schemas: checking one, and deriving one from a frame
 * (types, and each categorical column's levels in code order), so that
 * other data can be loaded coded exactly as the frame is. How the loader
 * applies a schema is loader.c (loader_header). */
#include "frame/frame_internal.h"

#include "base/hash.h"
#include "base/name_set.h"

/* 1 when levels[0..n) holds a repeat (a hash set of indexes). -1 when out
 * of memory. */
static int has_repeat(const char *const *levels, size_t n)
{
    if (n < 2)
        return 0;
    size_t cap = ct_hash_capacity(n);
    size_t *slot = ct_calloc(cap, sizeof *slot);
    if (!slot)
        return -1;
    int rep = 0;
    for (size_t k = 0; k < n && !rep; k++) {
        size_t len = strlen(levels[k]);
        size_t h = ct_hash_bytes(levels[k], len, 0) & (cap - 1);
        while (slot[h] && !(rep = strcmp(levels[slot[h] - 1], levels[k]) == 0))
            h = (h + 1) & (cap - 1);
        slot[h] = k + 1;
    }
    ct_free(slot);
    return rep;
}

/* What is wrong with column j of s (NULL: nothing), its name added to
 * names (NULL: compared with every earlier one). */
static const char *column_check(const ct_schema *s, size_t j, ct_name_set *names)
{
    const ct_schema_column *c = &s->columns[j];
    if (!c->name)
        return "schema: a column has no name";
    int twice = 0;
    if (names)
        twice = ct_name_set_add(names, c->name);
    else
        for (size_t k = 0; k < j && !twice; k++)
            twice = strcmp(s->columns[k].name, c->name) == 0;
    if (twice)
        return "schema: a column is named twice";
    if ((unsigned)c->type > CT_TYPE_AUTO)
        return "schema: a column has an unknown type";
    if (c->nlevels && c->type != CT_TYPE_CATEGORY && c->type != CT_TYPE_AUTO)
        return "schema: levels are given for a column that is neither categorical nor auto";
    if (c->nlevels && !c->levels)
        return "schema: levels is NULL but nlevels is not 0";
    if (c->nlevels > INT32_MAX)
        return "schema: more than INT32_MAX levels";
    for (size_t k = 0; k < c->nlevels; k++)
        if (!c->levels[k])
            return "schema: a level is NULL";
    int rep = has_repeat(c->levels, c->nlevels);
    if (rep < 0)
        return "schema: out of memory while checking the levels";
    if (rep)
        return "schema: a level is given twice";
    return NULL;
}

const char *ct_schema_check(const ct_schema *s)
{
    if (!s)
        return NULL;
    if (s->ncolumns && !s->columns)
        return "schema: columns is NULL but ncolumns is not 0";
    /* names by hash (base/name_set.h): every pair compared was quadratic
     * in the columns (20,000, 2026-12-06); every pair when memory runs out */
    ct_name_set set;
    const int hashed = ct_name_set_init(&set, s->ncolumns) == 0;
    const char *bad = NULL;
    for (size_t j = 0; j < s->ncolumns && !bad; j++)
        bad = column_check(s, j, hashed ? &set : NULL);
    ct_name_set_free(&set);
    return bad;
}

void ct_schema_free(ct_schema *s)
{
    if (!s)
        return;
    /* every string and array below was allocated by ct_frame_schema */
    ct_schema_column *cols = (ct_schema_column *)(uintptr_t)s->columns;
    for (size_t j = 0; cols && j < s->ncolumns; j++) {
        ct_free((char *)(uintptr_t)cols[j].name);
        char **lv = (char **)(uintptr_t)cols[j].levels;
        for (size_t k = 0; lv && k < cols[j].nlevels; k++)
            ct_free(lv[k]);
        ct_free(lv);
    }
    ct_free(cols);
    ct_free(s);
}

ct_status ct_frame_schema(const ct_frame *f, ct_schema **out)
{
    *out = NULL;
    ct_schema *s = ct_calloc(1, sizeof *s);
    ct_schema_column *cols = ct_calloc(f->ncols ? f->ncols : 1, sizeof *cols);
    if (!s || !cols) {
        ct_free(s);
        ct_free(cols);
        return CT_ENOMEM;
    }
    s->columns = cols;
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = f->cols[j];
        s->ncolumns = j + 1; /* what ct_schema_free must free */
        cols[j].type = c->type;
        if (!(cols[j].name = ct_strdup(c->name)))
            goto nomem;
        if (c->type != CT_TYPE_CATEGORY || c->nlevels == 0)
            continue;
        char **lv = ct_calloc(c->nlevels, sizeof *lv);
        if (!lv)
            goto nomem;
        cols[j].levels = (const char *const *)lv;
        cols[j].nlevels = c->nlevels;
        for (size_t k = 0; k < c->nlevels; k++)
            if (!(lv[k] = ct_strdup(c->levels[k])))
                goto nomem;
    }
    *out = s;
    return CT_OK;
nomem:
    ct_schema_free(s);
    return CT_ENOMEM;
}
