/* tree_flat.c — the inference layout of a tree ensemble: all trees in one
 * array of 16-byte nodes, leaves turned into fixed points so that every
 * walk takes exactly the tree's depth in steps with no data-dependent
 * branch, and the scoring of sparse rows in groups (a group's rows
 * scattered into dense buffers, then walked tree by tree). */
#include "models/tree_internal.h"

#include <math.h>
#include <string.h>

void tree_flat_free(tree_flat *f)
{
    ct_free(f->root);
    ct_free(f->depth);
    ct_free(f->node);
    ct_free(f->value);
    memset(f, 0, sizeof *f);
}

ct_status tree_flat_build(const tree *trees, size_t ntrees, tree_flat *out)
{
    memset(out, 0, sizeof *out);
    size_t total = 0;
    for (size_t t = 0; t < ntrees; t++)
        total += trees[t].n;
    if (total > UINT32_MAX)
        return CT_ENOMEM;
    out->ntrees = ntrees;
    out->root = ct_malloc((ntrees ? ntrees : 1) * sizeof *out->root);
    out->depth = ct_malloc(ntrees ? ntrees : 1);
    out->node = ct_malloc((total ? total : 1) * sizeof *out->node);
    out->value = ct_malloc((total ? total : 1) * sizeof *out->value);
    uint8_t *d = ct_malloc(total ? total : 1);
    if (!out->root || !out->depth || !out->node || !out->value || !d) {
        ct_free(d);
        tree_flat_free(out);
        return CT_ENOMEM;
    }
    uint32_t base = 0;
    for (size_t t = 0; t < ntrees; t++) {
        const tree *tr = &trees[t];
        uint8_t maxd = 0;
        out->root[t] = base;
        d[base] = 0;
        for (uint32_t k = 0; k < tr->n; k++) {
            tree_inode *nd = &out->node[base + k];
            if (tr->node[k].left) {
                nd->thr = tr->node[k].value;
                nd->fd = (uint32_t)tr->node[k].feature | (uint32_t)tr->dleft[k] << 31;
                nd->left = base + tr->node[k].left;
                out->value[base + k] = 0;
                d[base + tr->node[k].left] = d[base + tr->node[k].left + 1] =
                    (uint8_t)(d[base + k] + 1);
            } else {
                nd->thr = INFINITY;
                nd->fd = 1u << 31;
                nd->left = base + k;
                out->value[base + k] = tr->node[k].value;
                if (d[base + k] > maxd)
                    maxd = d[base + k];
            }
        }
        out->depth[t] = maxd;
        base += tr->n;
    }
    ct_free(d);
    return CT_OK;
}

#define ROW_BLOCK 256
#define DENSE_BLOCK 65536 /* doubles of scattered rows a thread holds */

ct_status tree_flat_sum(const tree_flat *f, const ct_csr *X, double *out)
{
    const long nblocks = (long)((X->nrows + ROW_BLOCK - 1) / ROW_BLOCK);
    const size_t p = X->ncols ? X->ncols : 1;
    size_t g = DENSE_BLOCK / p;
    g = g < 1 ? 1 : g > 32 ? 32 : g;
    int fail = 0;
#pragma omp parallel num_threads(ct_threads()) if (X->nrows * f->ntrees > 100000)
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
                for (size_t t = 0; t < f->ntrees; t++) {
                    const uint32_t root = f->root[t];
                    const unsigned depth = f->depth[t];
                    size_t i = a;
                    /* eight walks at once: their loads are independent and overlap */
                    for (; i + 8 <= b; i += 8) {
                        const double *x0 = x + (i - a) * p;
                        uint32_t k0 = root, k1 = root, k2 = root, k3 = root, k4 = root, k5 = root,
                                 k6 = root, k7 = root;
#define STEP(K, R)                                                                                 \
    do {                                                                                           \
        const tree_inode *nd_ = &f->node[K];                                                       \
        const double v_ = x0[(size_t)(R)*p + (nd_->fd & 0x7fffffffu)];                             \
        const uint32_t gl_ =                                                                       \
            (uint32_t)(v_ <= nd_->thr) | ((uint32_t)(v_ != v_) & (nd_->fd >> 31));                 \
        K = nd_->left + (gl_ ^ 1u);                                                                \
    } while (0)
                        for (unsigned s = 0; s < depth; s++) {
                            STEP(k0, 0);
                            STEP(k1, 1);
                            STEP(k2, 2);
                            STEP(k3, 3);
                            STEP(k4, 4);
                            STEP(k5, 5);
                            STEP(k6, 6);
                            STEP(k7, 7);
                        }
#undef STEP
                        out[i] += f->value[k0];
                        out[i + 1] += f->value[k1];
                        out[i + 2] += f->value[k2];
                        out[i + 3] += f->value[k3];
                        out[i + 4] += f->value[k4];
                        out[i + 5] += f->value[k5];
                        out[i + 6] += f->value[k6];
                        out[i + 7] += f->value[k7];
                    }
                    for (; i < b; i++) {
                        const double *xi = x + (i - a) * p;
                        uint32_t k = root;
                        for (unsigned s = 0; s < depth; s++) {
                            const tree_inode nd = f->node[k];
                            const double v = xi[nd.fd & 0x7fffffffu];
                            const uint32_t gl =
                                (uint32_t)(v <= nd.thr) | ((uint32_t)(v != v) & (nd.fd >> 31));
                            k = nd.left + (gl ^ 1u);
                        }
                        out[i] += f->value[k];
                    }
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
