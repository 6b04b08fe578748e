/* grid.c — parsing a hyperparameter grid spec into candidates (see
 * claimtriage/grid.h). */
#include "claimtriage/grid.h"

#include <stdio.h>
#include <string.h>

typedef struct grid_key {
    char *name;
    char **value;
    size_t nvalue;
} grid_key;

struct ct_grid {
    grid_key *key;
    size_t nkey, ncand;
};

void ct_grid_destroy(ct_grid *g)
{
    if (!g)
        return;
    for (size_t k = 0; k < g->nkey; k++) {
        for (size_t v = 0; v < g->key[k].nvalue; v++)
            ct_free(g->key[k].value[v]);
        ct_free(g->key[k].value);
        ct_free(g->key[k].name);
    }
    ct_free(g->key);
    ct_free(g);
}

static int is_space(char c) { return c == ' ' || c == '\t'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_keych(char c)
{
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

/* [*b, *e) trimmed of spaces. */
static void trim(const char *s, size_t *b, size_t *e)
{
    while (*b < *e && is_space(s[*b]))
        ++*b;
    while (*e > *b && is_space(s[*e - 1]))
        --*e;
}

static char *dup_range(const char *s, size_t b, size_t e)
{
    char *d = ct_malloc(e - b + 1);
    if (d) {
        memcpy(d, s + b, e - b);
        d[e - b] = 0;
    }
    return d;
}

#define FAIL(col, ...) (s = ct_diag_set(diag, CT_EINVAL, "grid", 0, (long)(col) + 1, __VA_ARGS__))

/* One item [b, e): key=v1,v2,... appended to g. */
static ct_status parse_item(ct_grid *g, const char *spec, size_t b, size_t e, ct_diag *diag)
{
    ct_status s = CT_OK;
    size_t ib = b, ie = e;
    trim(spec, &ib, &ie);
    if (ib == ie)
        return FAIL(b, "an item is empty (two ';' in a row, or one at an end)");
    const char *eq = memchr(spec + b, '=', e - b);
    if (!eq)
        return FAIL(b, "'%.*s' has no '=': write key=value,value", (int)(e - b), spec + b);
    size_t kb = b, ke = (size_t)(eq - spec);
    trim(spec, &kb, &ke);
    if (kb == ke)
        return FAIL(kb, "a key is empty before '='");
    if (!is_alpha(spec[kb]))
        return FAIL(kb, "key '%.*s' must start with a letter or '_'", (int)(ke - kb), spec + kb);
    for (size_t i = kb; i < ke; i++)
        if (!is_keych(spec[i]))
            return FAIL(i, "key '%.*s' holds '%c'", (int)(ke - kb), spec + kb, spec[i]);
    for (size_t k = 0; k < g->nkey; k++)
        if (strlen(g->key[k].name) == ke - kb && !memcmp(g->key[k].name, spec + kb, ke - kb))
            return FAIL(kb, "key '%s' is given twice", g->key[k].name);
    grid_key *nk = ct_realloc(g->key, (g->nkey + 1) * sizeof *nk);
    if (!nk)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
    g->key = nk;
    grid_key *key = &g->key[g->nkey];
    memset(key, 0, sizeof *key);
    if (!(key->name = dup_range(spec, kb, ke)))
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
    g->nkey++;
    size_t vb = (size_t)(eq - spec) + 1;
    for (;;) {
        size_t ve = vb;
        while (ve < e && spec[ve] != ',')
            ve++;
        size_t tb = vb, te = ve;
        trim(spec, &tb, &te);
        if (tb == te)
            return FAIL(tb, "key '%s' has an empty value", key->name);
        if (memchr(spec + tb, '=', te - tb))
            return FAIL(tb, "value '%.*s' of key '%s' holds '='; separate items with ';'",
                        (int)(te - tb), spec + tb, key->name);
        for (size_t v = 0; v < key->nvalue; v++)
            if (strlen(key->value[v]) == te - tb && !memcmp(key->value[v], spec + tb, te - tb))
                return FAIL(tb, "key '%s' lists '%s' twice", key->name, key->value[v]);
        char **nv = ct_realloc(key->value, (key->nvalue + 1) * sizeof *nv);
        if (!nv)
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
        key->value = nv;
        if (!(key->value[key->nvalue] = dup_range(spec, tb, te)))
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
        key->nvalue++;
        if (ve >= e)
            break;
        vb = ve + 1;
    }
    if (key->nvalue > CT_GRID_MAX_CANDIDATES / g->ncand)
        return FAIL(kb, "the grid has more than %d candidates", CT_GRID_MAX_CANDIDATES);
    g->ncand *= key->nvalue;
    return s;
}

ct_status ct_grid_parse(const char *spec, ct_grid **out, ct_diag *diag)
{
    *out = NULL;
    if (!spec)
        spec = "";
    ct_grid *g = ct_calloc(1, sizeof *g);
    if (!g)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
    g->ncand = 1;
    const size_t len = strlen(spec);
    size_t b0 = 0, e0 = len;
    trim(spec, &b0, &e0);
    ct_status s = CT_OK;
    if (b0 < e0) {
        size_t b = 0;
        for (;;) {
            size_t e = b;
            while (e < len && spec[e] != ';')
                e++;
            if ((s = parse_item(g, spec, b, e, diag)))
                break;
            if (e >= len)
                break;
            b = e + 1;
        }
    }
    if (s) {
        ct_grid_destroy(g);
        return s;
    }
    *out = g;
    return CT_OK;
}

int ct_grid_drop_key(ct_grid *g, size_t k)
{
    if (!g || k >= g->nkey)
        return -1;
    grid_key *key = &g->key[k];
    for (size_t v = 0; v < key->nvalue; v++)
        ct_free(key->value[v]);
    ct_free(key->value);
    ct_free(key->name);
    memmove(key, key + 1, (g->nkey - k - 1) * sizeof *key);
    g->nkey--;
    g->ncand = 1;
    for (size_t j = 0; j < g->nkey; j++)
        g->ncand *= g->key[j].nvalue;
    return 0;
}

size_t ct_grid_nkeys(const ct_grid *g) { return g->nkey; }
const char *ct_grid_key(const ct_grid *g, size_t k) { return k < g->nkey ? g->key[k].name : NULL; }
size_t ct_grid_nvalues(const ct_grid *g, size_t k) { return k < g->nkey ? g->key[k].nvalue : 0; }
size_t ct_grid_ncandidates(const ct_grid *g) { return g->ncand; }

/* Mixed radix, the last key the fastest digit. */
const char *ct_grid_value_at(const ct_grid *g, size_t c, size_t k)
{
    if (c >= g->ncand || k >= g->nkey)
        return NULL;
    for (size_t j = g->nkey; j-- > k + 1;)
        c /= g->key[j].nvalue;
    return g->key[k].value[c % g->key[k].nvalue];
}

const char *ct_grid_value(const ct_grid *g, size_t c, const char *key)
{
    for (size_t k = 0; key && k < g->nkey; k++)
        if (!strcmp(g->key[k].name, key))
            return ct_grid_value_at(g, c, k);
    return NULL;
}

size_t ct_grid_describe(const ct_grid *g, size_t c, char *buf, size_t size)
{
    size_t need = 0;
    if (size)
        buf[0] = 0;
    for (size_t k = 0; k < g->nkey; k++) {
        const char *v = ct_grid_value_at(g, c, k);
        const int m =
            snprintf(buf ? buf + (need < size ? need : size) : NULL, need < size ? size - need : 0,
                     "%s%s=%s", k ? " " : "", g->key[k].name, v ? v : "?");
        if (m > 0)
            need += (size_t)m;
    }
    return need;
}
