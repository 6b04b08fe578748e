/* tree_grow.c — growing one CART tree on binned columns (tree_bin.c),
 * depth-wise: each level's open nodes get their histograms in one pass
 * over the stored entries (column by column, rows ascending: every sum is
 * taken in a fixed order, whatever thread takes the column), the zero bin
 * derived from the node's total, then the best split of each node (Gini
 * decrease for the forest, second-order logistic gain for boosting, the
 * missing values' side learned), then the rows are moved to the children. */
#include "models/tree_internal.h"

#include <float.h>
#include <math.h>
#include <string.h>

#define HIST_BUDGET ((size_t)128 << 20) /* bytes of histograms a batch of nodes */

typedef struct gnode {
    double s1, s2, cnt;
    int depth;
} gnode;

typedef struct grower {
    const tree_bins *b;
    const tree_grow_params *gp;
    tree *t;
    gnode *g;
    uint32_t cap;
} grower;

void tree_free_arrays(tree *t)
{
    ct_free(t->node);
    ct_free(t->dleft);
    ct_free(t->cover);
    memset(t, 0, sizeof *t);
}

static int add_node(grower *G, double s1, double s2, double cnt, int depth)
{
    tree *t = G->t;
    if (t->n == G->cap) {
        uint32_t nc = G->cap ? G->cap * 2 : 64;
        tree_node *nn = ct_realloc(t->node, nc * sizeof *nn);
        if (nn)
            t->node = nn;
        uint8_t *nd = ct_realloc(t->dleft, nc);
        if (nd)
            t->dleft = nd;
        double *ncv = ct_realloc(t->cover, nc * sizeof *ncv);
        if (ncv)
            t->cover = ncv;
        gnode *ng = ct_realloc(G->g, nc * sizeof *ng);
        if (ng)
            G->g = ng;
        if (!nn || !nd || !ncv || !ng)
            return -1;
        G->cap = nc;
    }
    uint32_t k = t->n++;
    t->node[k].feature = -1;
    t->node[k].left = 0;
    t->node[k].value = 0;
    t->dleft[k] = 0;
    G->g[k] = (gnode){s1, s2, cnt, depth};
    return 0;
}

static double leaf_value(const tree_grow_params *gp, const gnode *g)
{
    if (gp->criterion == TREE_GINI)
        return g->s1 > 0 ? g->s2 / g->s1 : 0;
    return -g->s1 / (g->s2 + gp->reg_lambda) * gp->learning_rate;
}

static double score(const tree_grow_params *gp, double s1, double s2)
{
    if (gp->criterion == TREE_GINI) {
        if (!(s1 > 0))
            return 0;
        const double a = s2, c = s1 - s2;
        return (a * a + c * c) / s1;
    }
    return s1 * s1 / (s2 + gp->reg_lambda);
}

static int child_ok(const tree_grow_params *gp, double s1, double s2, double cnt)
{
    if (cnt < gp->min_samples_leaf || cnt < 1)
        return 0;
    if (gp->criterion == TREE_GINI)
        return s1 > 0;
    return s2 >= gp->min_child_weight;
}

typedef struct split {
    double gain;
    int32_t feature;
    uint32_t bin; /* finite bins <= bin go left; nbins - 1 = all finite left */
    int dleft;    /* missing values go left */
    int has_missing;
} split;

/* Best split of node g over the columns cols[0..nc) from its histogram h. */
static void best_split(const grower *G, const gnode *g, const double *h, const uint32_t *cols,
                       size_t nc, split *best)
{
    const tree_bins *b = G->b;
    const tree_grow_params *gp = G->gp;
    const double parent = score(gp, g->s1, g->s2);
    best->gain = -INFINITY;
    best->feature = -1;
    for (size_t c = 0; c < nc; c++) {
        const uint32_t j = cols[c];
        const uint32_t nb = b->nbins[j];
        double *hj = (double *)h + b->hoff[j] * 3;
        /* the zero bin: the node's total minus the other bins */
        double o1 = 0, o2 = 0, oc = 0;
        for (uint32_t k = 0; k <= nb; k++)
            if (k != b->zbin[j]) {
                o1 += hj[3 * k];
                o2 += hj[3 * k + 1];
                oc += hj[3 * k + 2];
            }
        hj[3 * b->zbin[j]] = g->s1 - o1;
        hj[3 * b->zbin[j] + 1] = g->s2 - o2;
        hj[3 * b->zbin[j] + 2] = g->cnt - oc;
        const double m1 = hj[3 * nb], m2 = hj[3 * nb + 1], mc = hj[3 * nb + 2];
        double l1 = 0, l2 = 0, lc = 0;
        for (uint32_t t = 0; t < nb; t++) {
            l1 += hj[3 * t];
            l2 += hj[3 * t + 1];
            lc += hj[3 * t + 2];
            if (hj[3 * t + 2] == 0 && t + 1 < nb)
                continue; /* the same partition as the last non-empty bin: tied, later */
            for (int dl = 1; dl >= 0; dl--) {
                if (dl == 1 && t == nb - 1)
                    continue; /* everything left: no split */
                if (dl == 0 && mc <= 0 && t == nb - 1)
                    continue;
                if (dl == 1 && mc <= 0)
                    continue; /* no missing: one option, decided below */
                const double a1 = l1 + (dl ? m1 : 0), a2 = l2 + (dl ? m2 : 0),
                             ac = lc + (dl ? mc : 0);
                const double r1 = g->s1 - a1, r2 = g->s2 - a2, rc = g->cnt - ac;
                if (!child_ok(gp, a1, a2, ac) || !child_ok(gp, r1, r2, rc))
                    continue;
                const double gain = score(gp, a1, a2) + score(gp, r1, r2) - parent;
                if (gain > best->gain) {
                    best->gain = gain;
                    best->feature = (int32_t)j;
                    best->bin = t;
                    best->dleft = dl;
                    best->has_missing = mc > 0;
                }
            }
        }
    }
}

/* Draw k of the allowed columns (partial Fisher-Yates), ascending. */
static size_t draw_cols(ct_rng *rng, uint32_t *pool, size_t npool, size_t k, uint32_t *out)
{
    if (k >= npool || !rng) {
        memcpy(out, pool, npool * sizeof *out);
        return npool;
    }
    for (size_t i = 0; i < k; i++) {
        size_t r = i + (size_t)ct_rng_uniform_int(rng, npool - i);
        uint32_t tmp = pool[i];
        pool[i] = pool[r];
        pool[r] = tmp;
        out[i] = pool[i];
    }
    /* ascending, so ties break the same way as without the draw */
    for (size_t i = 1; i < k; i++)
        for (size_t q = i; q > 0 && out[q - 1] > out[q]; q--) {
            uint32_t tmp = out[q];
            out[q] = out[q - 1];
            out[q - 1] = tmp;
        }
    return k;
}

ct_status tree_grow(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                    const double *s2, const uint8_t *row_in, ct_rng *rng, tree *out,
                    int32_t *leaf_of)
{
    memset(out, 0, sizeof *out);
    const size_t n = b->n, p = b->p, H = b->hoff[p] * 3;
    grower G = {b, gp, out, NULL, 0};
    int32_t *node_of = ct_malloc((n ? n : 1) * sizeof *node_of);
    uint32_t *pool = ct_malloc((p ? p : 1) * sizeof *pool);
    size_t npool = 0;
    for (size_t j = 0; j < p; j++)
        if (!gp->use_col || gp->use_col[j])
            if (pool)
                pool[npool++] = (uint32_t)j;
    size_t bmax = HIST_BUDGET / (H * sizeof(double) + 1);
    if (bmax < 1)
        bmax = 1;
    if (bmax > 4096)
        bmax = 4096;
    const size_t kf = gp->max_features < npool ? gp->max_features : npool;
    double *hist = NULL;
    uint32_t *cols = NULL;
    int32_t *slot_of = NULL;
    uint8_t *colany = ct_calloc(p ? p : 1, 1);
    uint32_t *open = NULL, *act = NULL;
    size_t hist_cap = 0;
    split *sp = NULL;
    ct_status st = CT_ENOMEM;
    if (!node_of || !pool || !colany)
        goto done;
    double t1 = 0, t2 = 0, tc = 0;
    for (size_t i = 0; i < n; i++) {
        node_of[i] = 0; /* every row is routed: leaf_of covers rows out of the sample too */
        if (row_in[i]) {
            t1 += s1[i];
            t2 += s2[i];
            tc += 1;
        }
    }
    if (add_node(&G, t1, t2, tc, 0))
        goto done;
    size_t nopen = 1, capopen = 64, nact = n;
    act = ct_malloc((n ? n : 1) * sizeof *act);
    if (!act)
        goto done;
    for (size_t i = 0; i < n; i++)
        act[i] = (uint32_t)i;
    open = ct_malloc(capopen * sizeof *open);
    if (!open)
        goto done;
    open[0] = 0;
    while (nopen) {
        /* which open nodes may split */
        size_t ns = 0;
        for (size_t q = 0; q < nopen; q++) {
            const gnode *g = &G.g[open[q]];
            int can = g->cnt >= gp->min_samples_split && g->cnt >= 2 * gp->min_samples_leaf &&
                      g->depth < (gp->max_depth > 0 ? gp->max_depth : TREE_MAX_DEPTH);
            if (gp->criterion == TREE_GINI)
                can = can && g->s2 > 0 && g->s2 < g->s1;
            else
                can = can && g->s2 >= 2 * gp->min_child_weight;
            if (can)
                open[ns++] = open[q];
        }
        nopen = ns;
        if (!nopen)
            break;
        /* the rows still in play: those of the open nodes, ascending */
        {
            uint8_t *isopen = ct_calloc(out->n, 1);
            if (!isopen)
                goto done;
            for (size_t q = 0; q < nopen; q++)
                isopen[open[q]] = 1;
            size_t m = 0;
            for (size_t q = 0; q < nact; q++)
                if (isopen[node_of[act[q]]])
                    act[m++] = act[q];
            nact = m;
            ct_free(isopen);
        }
        const size_t B = nopen < bmax ? nopen : bmax;
        ct_free(cols);
        ct_free(slot_of);
        ct_free(sp);
        if (B > hist_cap) {
            /* histograms stay zero between batches (cleaned after use), so
             * they are zeroed only when made */
            ct_free(hist);
            hist = ct_calloc(B * H, sizeof *hist);
            hist_cap = hist ? B : 0;
        }
        cols = ct_malloc(B * (kf ? kf : 1) * sizeof *cols);
        slot_of = ct_malloc(out->n * sizeof *slot_of);
        sp = ct_malloc(nopen * sizeof *sp);
        if (!hist || !cols || !slot_of || !sp)
            goto done;
        for (uint32_t k = 0; k < out->n; k++)
            slot_of[k] = -1;
        size_t ncols_drawn[4096];
        for (size_t q0 = 0; q0 < nopen; q0 += B) {
            const size_t nb = nopen - q0 < B ? nopen - q0 : B;
            memset(colany, 0, p);
            for (size_t s = 0; s < nb; s++) {
                slot_of[open[q0 + s]] = (int32_t)s;
                ncols_drawn[s] = draw_cols(rng, pool, npool, kf, cols + s * kf);
                for (size_t c = 0; c < ncols_drawn[s]; c++)
                    colany[cols[s * kf + c]] = 1;
            }
            /* rows of this batch's nodes: few -> walk them row by row; many
             * -> walk the columns. Either way each (node, column, bin) sum
             * adds its rows in ascending order: the same bits. */
            double batch_rows = 0;
            for (size_t s = 0; s < nb; s++)
                batch_rows += G.g[open[q0 + s]].cnt;
            const int rowwise = batch_rows * 4 < (double)n;
            if (rowwise) {
                for (size_t q = 0; q < nact; q++) {
                    const uint32_t r = act[q];
                    const int32_t s = slot_of[node_of[r]];
                    if (s < 0 || !row_in[r])
                        continue;
                    double *hs = hist + (size_t)s * H;
                    const double a1 = s1[r], a2 = s2[r];
                    for (size_t e = b->rptr[r]; e < b->rptr[r + 1]; e++) {
                        const uint32_t j = b->rcol[e];
                        if (!colany[j])
                            continue;
                        double *h = hs + b->hoff[j] * 3 + 3 * (size_t)b->rbin[e];
                        h[0] += a1;
                        h[1] += a2;
                        h[2] += 1;
                    }
                }
            } else {
                const long lp = (long)p;
#pragma omp parallel for num_threads(ct_threads())                                                 \
    schedule(dynamic, 16) if (gp->inner_threads && b->cptr[p] >= ((size_t)1 << 21))
                for (long lj = 0; lj < lp; lj++) {
                    const size_t j = (size_t)lj;
                    if (!colany[j])
                        continue;
                    const size_t off = b->hoff[j] * 3;
                    for (size_t e = b->cptr[j]; e < b->cptr[j + 1]; e++) {
                        const uint32_t r = b->crow[e];
                        const int32_t s = slot_of[node_of[r]];
                        if (s < 0 || !row_in[r])
                            continue;
                        double *h = hist + (size_t)s * H + off + 3 * (size_t)b->cbin[e];
                        h[0] += s1[r];
                        h[1] += s2[r];
                        h[2] += 1;
                    }
                }
            }
            for (size_t s = 0; s < nb; s++) {
                const uint32_t k = open[q0 + s];
                best_split(&G, &G.g[k], hist + s * H, cols + s * kf, ncols_drawn[s], &sp[q0 + s]);
            }
            /* clean: the bins the rows touched and the zero bins best_split wrote */
            if (rowwise) {
                for (size_t q = 0; q < nact; q++) {
                    const uint32_t r = act[q];
                    const int32_t s = slot_of[node_of[r]];
                    if (s < 0 || !row_in[r])
                        continue;
                    double *hs = hist + (size_t)s * H;
                    for (size_t e = b->rptr[r]; e < b->rptr[r + 1]; e++) {
                        const uint32_t j = b->rcol[e];
                        if (colany[j])
                            memset(hs + b->hoff[j] * 3 + 3 * (size_t)b->rbin[e], 0, 3 * sizeof *hs);
                    }
                }
                for (size_t s = 0; s < nb; s++)
                    for (size_t c = 0; c < ncols_drawn[s]; c++) {
                        const uint32_t j = cols[s * kf + c];
                        memset(hist + s * H + (b->hoff[j] + b->zbin[j]) * 3, 0, 3 * sizeof *hist);
                    }
            } else {
                for (size_t s = 0; s < nb; s++)
                    for (size_t j = 0; j < p; j++)
                        if (colany[j])
                            memset(hist + s * H + b->hoff[j] * 3, 0,
                                   (b->hoff[j + 1] - b->hoff[j]) * 3 * sizeof *hist);
            }
            for (size_t s = 0; s < nb; s++)
                slot_of[open[q0 + s]] = -1;
        }
        /* apply the splits: children appended in node order */
        const uint32_t first_new = out->n;
        size_t nnext = 0;
        for (size_t q = 0; q < nopen; q++) {
            const uint32_t k = open[q];
            split *s = &sp[q];
            int ok = s->feature >= 0;
            if (ok && gp->criterion == TREE_LOGLOSS)
                ok = s->gain > 1e-6 && s->gain >= gp->gamma;
            if (!ok)
                continue;
            const int depth = G.g[k].depth + 1;
            if (add_node(&G, 0, 0, 0, depth) || add_node(&G, 0, 0, 0, depth))
                goto done;
            out->node[k].feature = s->feature;
            out->node[k].left = out->n - 2;
            const uint32_t j = (uint32_t)s->feature;
            out->node[k].value = s->bin + 1 < b->nbins[j] ? b->edge[b->eoff[j] + s->bin] : DBL_MAX;
            out->dleft[k] = (uint8_t)s->dleft;
            nnext += 2;
        }
        if (out->n == first_new)
            break;
        if (nact * 4 < n) {
            /* few rows in play: each finds its value of the split column in
             * its own (sorted) entries */
            for (size_t q = 0; q < nact; q++) {
                const uint32_t i = act[q];
                const int32_t k = node_of[i];
                if (!out->node[k].left || (uint32_t)out->node[k].left < first_new)
                    continue;
                const uint32_t j = (uint32_t)out->node[k].feature;
                size_t lo = b->rptr[i], hi = b->rptr[i + 1];
                while (lo < hi) {
                    const size_t mid = lo + (hi - lo) / 2;
                    if (b->rcol[mid] < j)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                int go_left;
                if (lo == b->rptr[i + 1] || b->rcol[lo] != j)
                    go_left = 0.0 <= out->node[k].value;
                else {
                    const uint32_t bin = b->rbin[lo];
                    if (bin == b->nbins[j])
                        go_left = out->dleft[k];
                    else
                        go_left = bin == b->nbins[j] - 1
                                      ? out->node[k].value == DBL_MAX
                                      : b->edge[b->eoff[j] + bin] <= out->node[k].value;
                }
                node_of[i] = (int32_t)(out->node[k].left + (uint32_t)!go_left);
            }
        } else {
            /* rows to children: first by the zero bin's side, then the column's
             * stored entries correct the rows that have one */
            for (size_t q = 0; q < nact; q++) {
                const uint32_t i = act[q];
                const int32_t k = node_of[i];
                if (!out->node[k].left || (uint32_t)out->node[k].left < first_new)
                    continue;
                node_of[i] = (int32_t)(out->node[k].left + (uint32_t) !(0.0 <= out->node[k].value));
            }
            for (uint32_t k = 0; k < first_new; k++)
                if (out->node[k].left >= first_new)
                    colany[out->node[k].feature] = 2;
            /* Parent lookup for the correction pass: a map child pair -> parent. */
            {
                uint32_t *par = ct_malloc((out->n - first_new) / 2 * sizeof *par + 1);
                if (!par)
                    goto done;
                for (uint32_t k = 0; k < first_new; k++)
                    if (out->node[k].left >= first_new)
                        par[(out->node[k].left - first_new) / 2] = k;
                for (size_t j = 0; j < p; j++) {
                    if (colany[j] != 2)
                        continue;
                    for (size_t e = b->cptr[j]; e < b->cptr[j + 1]; e++) {
                        const uint32_t r = b->crow[e];
                        const int32_t c = node_of[r];
                        if (c < (int32_t)first_new)
                            continue;
                        const uint32_t k = par[((uint32_t)c - first_new) / 2];
                        if ((uint32_t)out->node[k].feature != j)
                            continue;
                        const uint32_t bin = b->cbin[e];
                        int go_left;
                        if (bin == b->nbins[j])
                            go_left = out->dleft[k];
                        else
                            go_left = bin == b->nbins[j] - 1
                                          ? out->node[k].value == DBL_MAX
                                          : b->edge[b->eoff[j] + bin] <= out->node[k].value;
                        node_of[r] = (int32_t)(out->node[k].left + (uint32_t)!go_left);
                    }
                }
                ct_free(par);
            }
        }
        /* children's totals, rows in order */
        for (size_t q = 0; q < nact; q++) {
            const uint32_t i = act[q];
            const int32_t c = node_of[i];
            if (c < (int32_t)first_new || !row_in[i])
                continue;
            G.g[c].s1 += s1[i];
            G.g[c].s2 += s2[i];
            G.g[c].cnt += 1;
        }
        /* the default side of a split that saw no missing value: the child
         * with more rows (scikit-learn's HistGradientBoosting) */
        for (size_t q = 0; q < nopen; q++) {
            const uint32_t k = open[q];
            if (out->node[k].left >= first_new && !sp[q].has_missing)
                out->dleft[k] = G.g[out->node[k].left].cnt >= G.g[out->node[k].left + 1].cnt;
        }
        if (nnext > capopen) {
            capopen = nnext;
            uint32_t *no = ct_realloc(open, capopen * sizeof *no);
            if (!no)
                goto done;
            open = no;
        }
        nopen = 0;
        for (uint32_t k = first_new; k < out->n; k++)
            open[nopen++] = k;
    }
    if (leaf_of)
        memcpy(leaf_of, node_of, n * sizeof *leaf_of);
    st = CT_OK;
done:
    if (st == CT_OK) {
        for (uint32_t k = 0; k < out->n; k++) {
            out->cover[k] = gp->criterion == TREE_GINI ? G.g[k].s1 : G.g[k].s2;
            if (!out->node[k].left)
                out->node[k].value = leaf_value(gp, &G.g[k]);
        }
    } else {
        tree_free_arrays(out);
    }
    ct_free(G.g);
    ct_free(node_of);
    ct_free(pool);
    ct_free(colany);
    ct_free(hist);
    ct_free(cols);
    ct_free(slot_of);
    ct_free(sp);
    ct_free(open);
    ct_free(act);
    return st;
}
