/* tree_store.c — one flattened tree as JSON (one compact array per node
 * field, numbers %.17g) and back with every link checked, and the scoring
 * of sparse rows through a list of trees (rows scattered into a dense
 * buffer, blocks of rows per thread, trees in a fixed order). */
#include "models/tree_internal.h"

#include <math.h>
#include <string.h>

void tree_save(const tree *t, ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_key(w, "feature");
    ct_json_array_begin(w);
    for (uint32_t k = 0; k < t->n; k++)
        ct_json_int(w, t->node[k].feature);
    ct_json_array_end(w);
    ct_json_key(w, "left");
    ct_json_array_begin(w);
    for (uint32_t k = 0; k < t->n; k++)
        ct_json_uint(w, t->node[k].left);
    ct_json_array_end(w);
    ct_json_key(w, "default_left");
    ct_json_array_begin(w);
    for (uint32_t k = 0; k < t->n; k++)
        ct_json_uint(w, t->dleft[k]);
    ct_json_array_end(w);
    ct_json_key(w, "value");
    ct_json_array_begin(w);
    for (uint32_t k = 0; k < t->n; k++)
        ct_json_num(w, t->node[k].value);
    ct_json_array_end(w);
    ct_json_key(w, "cover");
    ct_json_array_begin(w);
    for (uint32_t k = 0; k < t->n; k++)
        ct_json_num(w, t->cover[k]);
    ct_json_array_end(w);
    ct_json_object_end(w);
}

ct_status tree_load(const ct_json_value *v, size_t p, tree *t, const char **why)
{
    memset(t, 0, sizeof *t);
    const ct_json_value *f = ct_json_get(v, "feature"), *l = ct_json_get(v, "left"),
                        *d = ct_json_get(v, "default_left"), *x = ct_json_get(v, "value"),
                        *c = ct_json_get(v, "cover");
    if (ct_json_type_of(v) != CT_JSON_OBJECT || ct_json_type_of(f) != CT_JSON_ARRAY ||
        ct_json_type_of(l) != CT_JSON_ARRAY || ct_json_type_of(d) != CT_JSON_ARRAY ||
        ct_json_type_of(x) != CT_JSON_ARRAY || ct_json_type_of(c) != CT_JSON_ARRAY) {
        *why = "a tree lacks one of its arrays (feature, left, default_left, value, cover)";
        return CT_EFORMAT;
    }
    const size_t n = ct_json_size(f);
    if (n == 0 || n > UINT32_MAX / 2 || ct_json_size(l) != n || ct_json_size(d) != n ||
        ct_json_size(x) != n || ct_json_size(c) != n) {
        *why = "a tree's arrays are empty or of unequal lengths";
        return CT_EFORMAT;
    }
    t->node = ct_malloc(n * sizeof *t->node);
    t->dleft = ct_malloc(n);
    t->cover = ct_malloc(n * sizeof *t->cover);
    if (!t->node || !t->dleft || !t->cover) {
        tree_free_arrays(t);
        *why = "out of memory";
        return CT_ENOMEM;
    }
    t->n = (uint32_t)n;
    for (size_t k = 0; k < n; k++) {
        int64_t fe, le, de;
        if (ct_json_int64(ct_json_at(f, k), &fe) != CT_OK ||
            ct_json_int64(ct_json_at(l, k), &le) != CT_OK ||
            ct_json_int64(ct_json_at(d, k), &de) != CT_OK ||
            ct_json_type_of(ct_json_at(x, k)) != CT_JSON_NUMBER ||
            ct_json_type_of(ct_json_at(c, k)) != CT_JSON_NUMBER) {
            *why = "a tree node holds a value of the wrong type";
            goto bad;
        }
        const double val = ct_json_number(ct_json_at(x, k)), cov = ct_json_number(ct_json_at(c, k));
        if (!isfinite(val) || !isfinite(cov) || cov < 0 || (de != 0 && de != 1)) {
            *why = "a tree node's value, cover or default_left is out of range";
            goto bad;
        }
        if (le == 0 ? fe != -1
                    : (fe < 0 || (uint64_t)fe >= p || le <= (int64_t)k || le + 1 >= (int64_t)n)) {
            *why = "a tree node links to a child out of order or range, or splits on a column "
                   "the model does not have";
            goto bad;
        }
        t->node[k].feature = (int32_t)fe;
        t->node[k].left = (uint32_t)le;
        t->node[k].value = val;
        t->dleft[k] = (uint8_t)de;
        t->cover[k] = cov;
    }
    /* every node but the root has exactly one parent, and no path is deeper
     * than TREE_MAX_DEPTH (children come after parents: one forward pass) */
    {
        uint8_t *depth = ct_calloc(n, 1);
        if (!depth) {
            tree_free_arrays(t);
            *why = "out of memory";
            return CT_ENOMEM;
        }
        int ok = 1;
        depth[0] = 1;
        for (size_t k = 0; k < n && ok; k++) {
            if (!depth[k]) {
                ok = 0; /* no parent */
                break;
            }
            const uint32_t lc = t->node[k].left;
            if (!lc)
                continue;
            if (depth[lc] || depth[lc + 1] || depth[k] > TREE_MAX_DEPTH)
                ok = 0;
            else
                depth[lc] = depth[lc + 1] = (uint8_t)(depth[k] + 1);
        }
        ct_free(depth);
        if (!ok) {
            *why = "a tree's nodes do not form one tree (a node without a parent or with two) "
                   "or it is deeper than 200";
            goto bad;
        }
    }
    return CT_OK;
bad:
    tree_free_arrays(t);
    return CT_EFORMAT;
}

#define ROW_BLOCK 256
#define DENSE_BLOCK 65536 /* doubles of scattered rows a thread holds */

ct_status tree_ensemble_sum(const tree *trees, size_t ntrees, const ct_csr *X, double *out)
{
    const long nblocks = (long)((X->nrows + ROW_BLOCK - 1) / ROW_BLOCK);
    const size_t p = X->ncols ? X->ncols : 1;
    /* rows scattered a few at a time, then scored tree by tree: a tree stays
     * in cache for the whole group and the rows' walks overlap; each row
     * still adds its trees in tree order, so the sums do not depend on the
     * grouping or the threads */
    size_t g = DENSE_BLOCK / p;
    g = g < 1 ? 1 : g > 64 ? 64 : g;
    int fail = 0;
#pragma omp parallel num_threads(ct_threads()) if (X->nrows * ntrees > 100000)
    {
        double *x = ct_calloc(g * p, sizeof *x);
        if (!x) {
#pragma omp atomic write
            fail = 1;
        }
#pragma omp for schedule(dynamic, 4)
        for (long bl = 0; bl < nblocks; bl++) {
            if (!x)
                continue;
            const size_t i0 = (size_t)bl * ROW_BLOCK;
            const size_t i1 = i0 + ROW_BLOCK < X->nrows ? i0 + ROW_BLOCK : X->nrows;
            for (size_t a = i0; a < i1; a += g) {
                const size_t b = a + g < i1 ? a + g : i1;
                for (size_t i = a; i < b; i++) {
                    double *xi = x + (i - a) * p;
                    for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                        xi[X->indices[e]] = X->data[e];
                    out[i] = 0;
                }
                for (size_t t = 0; t < ntrees; t++) {
                    const tree *tr = &trees[t];
                    for (size_t i = a; i < b; i++)
                        out[i] += tr->node[tree_leaf(tr, x + (i - a) * p)].value;
                }
                for (size_t i = a; i < b; i++) {
                    double *xi = x + (i - a) * p;
                    for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                        xi[X->indices[e]] = 0;
                }
            }
        }
        ct_free(x);
    }
    return fail ? CT_ENOMEM : CT_OK;
}
