/* tree_grow.c — growing one CART tree on binned columns (tree_bin.c),
 * breadth first: a node's histogram holds (sum s1, sum s2, rows) for the
 * (column, bin) slots its rows' stored entries touch, kept compact (slots
 * ascending with their sums), so the split scan walks touched bins only (a
 * column none of the node's rows stores cannot split it; the zero bin is
 * derived from the node's totals). The best split (Gini decrease for the
 * forest, second-order logistic gain for boosting, the missing values' side
 * learned) moves the node's rows, kept contiguous and ascending, to its
 * children; the smaller child's histogram is built from its rows and the
 * larger one's is the parent's minus it (histogram subtraction, as LightGBM
 * and XGBoost hist). Every sum is taken in a fixed order (rows ascending,
 * slots ascending) inside one thread: a tree is the same whatever the
 * thread count. Nodes are numbered, and the forest's per-split features
 * drawn, in breadth-first order. */
#include "models/tree_internal.h"

#include "claimtriage/sort.h"

#include <float.h>
#include <math.h>
#include <string.h>

typedef struct gnode {
    double s1, s2, cnt;
    int depth;
    uint32_t lo, hi; /* its in-sample rows: rows[lo .. hi) */
    uint32_t bin;    /* split nodes: finite bins <= bin go left */
} gnode;

/* One node's histogram, compact: slot t[i] (hoff[j] + bin) holds
 * v[3i .. 3i + 2] = (sum s1, sum s2, rows); slots ascending, rows > 0. */
typedef struct hist {
    uint32_t *t;
    double *v;
    size_t nt, cap;
} hist;

typedef struct grower {
    const tree_bins *b;
    const tree_grow_params *gp;
    const double *s1, *s2;
    tree *t;
    gnode *g;
    uint32_t cap;
    uint32_t *rows, *tmp; /* in-sample rows by node; partition scratch */
    double *dense;        /* hoff[p] slots of 3, all zero between builds */
    uint32_t *touch;      /* hoff[p]: the slots a build touched */
    uint32_t *sortw;      /* radix scratch, hoff[p] */
    uint64_t *seen;       /* hoff[p] bits: the slots a build touched, all zero between builds */
    hist **all, **spare;  /* every histogram made; those free for reuse */
    size_t nall, nspare;
} grower;

void tree_free_arrays(tree *t)
{
    ct_free(t->node);
    ct_free(t->dleft);
    ct_free(t->cover);
    memset(t, 0, sizeof *t);
}

void *tree_buf_reserve(void *a, size_t *cap, size_t n, size_t size, int *fail)
{
    if (n <= *cap)
        return a;
    void *na = ct_realloc(a, n * size);
    if (!na) {
        *fail = 1;
        return a;
    }
    *cap = n;
    return na;
}

long tree_node_push(tree *t, uint32_t *cap, void **aux, size_t aux_size)
{
    if (t->n == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 64;
        tree_node *nn = ct_realloc(t->node, nc * sizeof *nn);
        if (nn)
            t->node = nn;
        uint8_t *nd = ct_realloc(t->dleft, nc);
        if (nd)
            t->dleft = nd;
        double *ncv = ct_realloc(t->cover, nc * sizeof *ncv);
        if (ncv)
            t->cover = ncv;
        void *na = ct_realloc(*aux, nc * aux_size);
        if (na)
            *aux = na;
        if (!nn || !nd || !ncv || !na)
            return -1;
        *cap = nc;
    }
    uint32_t k = t->n++;
    t->node[k].feature = -1;
    t->node[k].left = 0;
    t->node[k].value = 0;
    t->dleft[k] = 0;
    return (long)k;
}

static int add_node(grower *G, double s1, double s2, double cnt, int depth)
{
    void *g = G->g;
    const long k = tree_node_push(G->t, &G->cap, &g, sizeof *G->g);
    G->g = g;
    if (k < 0)
        return -1;
    G->g[k] = (gnode){s1, s2, cnt, depth, 0, 0, 0};
    return 0;
}

double tree_leaf_output(const tree_grow_params *gp, double s1, double s2)
{
    if (gp->criterion == TREE_GINI)
        return s1 > 0 ? s2 / s1 : 0;
    /* no hessian and reg_lambda = 0 (a round whose subsample drew no row:
     * the root is empty) was 0 / 0, a NaN leaf in every row's score; as
     * XGBoost's CalcWeight, a node without hessian weighs 0 */
    const double hl = s2 + gp->reg_lambda;
    return hl > 0 ? -s1 / hl * gp->learning_rate : 0;
}

static double leaf_value(const tree_grow_params *gp, const gnode *g)
{
    return tree_leaf_output(gp, g->s1, g->s2);
}

double tree_split_score(const tree_grow_params *gp, double s1, double s2)
{
    if (gp->criterion == TREE_GINI) {
        if (!(s1 > 0))
            return 0;
        const double a = s2, c = s1 - s2;
        return (a * a + c * c) / s1;
    }
    const double hl = s2 + gp->reg_lambda;
    return hl > 0 ? s1 * s1 / hl : 0;
}

static int child_ok(const tree_grow_params *gp, double s1, double s2, double cnt)
{
    if (cnt < gp->min_samples_leaf || cnt < 1)
        return 0;
    if (gp->criterion == TREE_GINI)
        return s1 > 0;
    return s2 >= gp->min_child_weight;
}

typedef tree_split split;
#define score tree_split_score

/* ---- histograms ---- */

static hist *hist_get(grower *G)
{
    if (G->nspare)
        return G->spare[--G->nspare];
    hist **na = ct_realloc(G->all, (G->nall + 1) * sizeof *na);
    if (!na)
        return NULL;
    G->all = na;
    hist **ns = ct_realloc(G->spare, (G->nall + 1) * sizeof *ns);
    if (!ns)
        return NULL;
    G->spare = ns;
    hist *o = ct_calloc(1, sizeof *o);
    if (!o)
        return NULL;
    G->all[G->nall++] = o;
    return o;
}

static void hist_put(grower *G, hist *o)
{
    o->nt = 0;
    G->spare[G->nspare++] = o;
}

/* Node g's histogram into o: its rows ascending, each row's stored entries
 * in the columns the tree may use, summed in the dense scratch; the touched
 * slots put in ascending order (sorted when few, else read off a bitmap of
 * the slots, one bit each: with wide bins a pass over the counts of every
 * slot would cost more than the build), copied out and cleaned. CT_OK or
 * CT_ENOMEM. */
static ct_status hist_build(grower *G, const gnode *g, hist *o)
{
    const tree_bins *b = G->b;
    const uint8_t *use = G->gp->use_col;
    double *h = G->dense;
    uint32_t *t = G->touch;
    uint64_t *seen = G->seen;
    size_t nt = 0;
    for (uint32_t q = g->lo; q < g->hi; q++) {
        const uint32_t r = G->rows[q];
        const double a1 = G->s1[r], a2 = G->s2[r];
        for (size_t e = b->rptr[r]; e < b->rptr[r + 1]; e++) {
            const uint32_t j = b->rcol[e];
            if (use && !use[j])
                continue;
            const uint32_t slot = (uint32_t)b->hoff[j] + tree_rbin(b, e);
            double *x = h + 3 * (size_t)slot;
            /* first touch: the bitmap (in the first-level cache) decides,
             * not the slot's count (a miss with wide bins) */
            const uint64_t bit = (uint64_t)1 << (slot & 63);
            if (!(seen[slot >> 6] & bit)) {
                seen[slot >> 6] |= bit;
                t[nt++] = slot;
            }
            x[0] += a1;
            x[1] += a2;
            x[2] += 1;
        }
    }
    const size_t S = b->hoff[b->p], nw = (S + 63) / 64;
    if (nt * 4 >= nw) {
        /* the bitmap's words cost at most four a touched slot */
        size_t k = 0;
        for (size_t w = 0; w < nw; w++) {
            uint64_t x = seen[w];
            seen[w] = 0;
            while (x) {
                t[k++] = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(x));
                x &= x - 1;
            }
        }
    } else if (nt <= 32) {
        for (size_t i = 1; i < nt; i++) /* few keys: insertion */
            for (size_t q = i; q > 0 && t[q - 1] > t[q]; q--) {
                const uint32_t x = t[q];
                t[q] = t[q - 1];
                t[q - 1] = x;
            }
    } else {
        ct_sort_u32(t, nt, G->sortw);
    }
    if (nt * 4 < nw)
        for (size_t i = 0; i < nt; i++)
            seen[t[i] >> 6] = 0;
    if (nt > o->cap) {
        uint32_t *nt_ = ct_realloc(o->t, nt * sizeof *nt_);
        if (nt_)
            o->t = nt_;
        double *nv = ct_realloc(o->v, 3 * nt * sizeof *nv);
        if (nv)
            o->v = nv;
        if (!nt_ || !nv) {
            for (size_t i = 0; i < nt; i++)
                memset(h + 3 * (size_t)t[i], 0, 3 * sizeof *h);
            return CT_ENOMEM;
        }
        o->cap = nt;
    }
    for (size_t i = 0; i < nt; i++) {
        double *x = h + 3 * (size_t)t[i];
        o->t[i] = t[i];
        memcpy(o->v + 3 * i, x, 3 * sizeof *x);
        memset(x, 0, 3 * sizeof *x);
    }
    o->nt = nt;
    return CT_OK;
}

/* big -= small, slot by slot: the larger child's histogram from its
 * parent's and its sibling's (every slot the sibling touched, the parent
 * touched too). Counts are whole numbers, exact in a double: a slot whose
 * count reaches 0 holds no row and leaves the list. One merge pass: both
 * lists are ascending. */
static void hist_subtract(hist *big, const hist *small)
{
    size_t k = 0, m = 0;
    for (size_t i = 0; i < big->nt; i++) {
        const uint32_t slot = big->t[i];
        double v0 = big->v[3 * i], v1 = big->v[3 * i + 1], v2 = big->v[3 * i + 2];
        if (k < small->nt && small->t[k] == slot) {
            v0 -= small->v[3 * k];
            v1 -= small->v[3 * k + 1];
            v2 -= small->v[3 * k + 2];
            k++;
        }
        if (v2 != 0) {
            big->t[m] = slot;
            big->v[3 * m] = v0;
            big->v[3 * m + 1] = v1;
            big->v[3 * m + 2] = v2;
            m++;
        }
    }
    big->nt = m;
}

/* ---- the split scan ---- */

/* Column j's candidate splits from its touched slots ts[0 .. m) (ascending):
 * the zero bin is the node's total minus the column's other bins (missing
 * included), the finite bins are walked in ascending order and a split is
 * tried after each non-empty one (an empty bin gives the same partition as
 * the last non-empty bin before it, which won the tie), missing values on
 * either side. */
void tree_scan_col(const tree_bins *b, const tree_grow_params *gp, const double tot[3], uint32_t j,
                   const uint32_t *ts, const double *vs, size_t m, double parent, tree_split *best)
{
    const uint32_t base = (uint32_t)b->hoff[j], nb = b->nbins[j], zb = b->zbin[j];
    double o1 = 0, o2 = 0, oc = 0, m1 = 0, m2 = 0, mc = 0;
    for (size_t i = 0; i < m; i++) {
        const uint32_t bin = ts[i] - base;
        const double *x = vs + 3 * i;
        if (bin == zb || x[2] == 0)
            continue; /* (empty slots: only in the level grower's dense histograms) */
        o1 += x[0];
        o2 += x[1];
        oc += x[2];
        if (bin == nb) {
            m1 = x[0];
            m2 = x[1];
            mc = x[2];
        }
    }
    /* the side of a split without the zero bin holds only the other bins
     * (missing included): with less than min_child_weight of hessian among
     * them, no split of this column is valid (an exact test when sums are,
     * as the boosting's are: tree_boost.c) */
    if (gp->criterion == TREE_LOGLOSS && o2 < gp->min_child_weight)
        return;
    const double zv[3] = {tot[0] - o1, tot[1] - o2, tot[2] - oc};
    double l1 = 0, l2 = 0, lc = 0;
    size_t i = 0;
    int zdone = 0;
    for (;;) {
        while (i < m && ts[i] - base == zb)
            i++;
        const uint32_t next = i < m && ts[i] - base < nb ? ts[i] - base : UINT32_MAX;
        uint32_t t;
        const double *v;
        if (!zdone && zb <= next) {
            t = zb;
            v = zv;
            zdone = 1;
        } else if (next != UINT32_MAX) {
            t = next;
            v = vs + 3 * i++;
        } else {
            break;
        }
        if (v[2] == 0)
            continue;
        l1 += v[0];
        l2 += v[1];
        lc += v[2];
        for (int dl = 1; dl >= 0; dl--) {
            if (dl == 1 && t == nb - 1)
                continue; /* everything left: no split */
            if (dl == 0 && mc <= 0 && t == nb - 1)
                continue;
            if (dl == 1 && mc <= 0)
                continue; /* no missing: one option, decided below */
            const double a1 = l1 + (dl ? m1 : 0), a2 = l2 + (dl ? m2 : 0), ac = lc + (dl ? mc : 0);
            const double r1 = tot[0] - a1, r2 = tot[1] - a2, rc = tot[2] - ac;
            if (!child_ok(gp, a1, a2, ac) || !child_ok(gp, r1, r2, rc))
                continue;
            const double gain = score(gp, a1, a2) + score(gp, r1, r2) - parent;
            if (gain > best->gain) {
                best->gain = gain;
                best->feature = (int32_t)j;
                best->bin = t;
                best->dleft = dl;
                best->has_missing = mc > 0;
                best->l1 = a1;
                best->l2 = a2;
            }
        }
    }
}

/* One candidate of tree_scan_pairs: left sums (a1, a2), into best when
 * both sides weigh min_child_weight and its gain is strictly greater. The
 * two divisions of the gain in one instruction (each correctly rounded:
 * tree_split_score's bits). Its gain, or -INFINITY when it is no split. */
static inline double pair_candidate(const tree_grow_params *gp, double t1, double t2, double a1,
                                    double a2, double parent, uint32_t j, uint32_t t, int dl,
                                    int hm, tree_split *best)
{
    const double r1 = t1 - a1, r2 = t2 - a2, lambda = gp->reg_lambda;
    if (!(a2 > 0) || !(r2 > 0) || !(a2 >= gp->min_child_weight) || !(r2 >= gp->min_child_weight))
        return -INFINITY;
    const tree_v2 q = (tree_v2){a1 * a1, r1 * r1} / (tree_v2){a2 + lambda, r2 + lambda};
    const double gain = q[0] + q[1] - parent;
    if (gain > best->gain) {
        best->gain = gain;
        best->feature = (int32_t)j;
        best->bin = t;
        best->dleft = dl;
        best->has_missing = hm;
        best->l1 = a1;
        best->l2 = a2;
    }
    return gain;
}

/* The greater of two numbers (neither NaN here): fmax is a call into libm
 * unless NaNs are ruled out. */
static inline double max2(double a, double b) { return a > b ? a : b; }

#ifndef SCAN_BLOCK
#define SCAN_BLOCK 8
#endif
/* bins a block of tree_scan_pairs' walk; blocks at most (columns of more
 * bins are walked whole) */
#define SCAN_BLOCKS_MAX 64
/* A bound on the gain of every candidate of a block of tree_scan_pairs'
 * walk (none strictly greater than best when it is under best: then the
 * block need not be walked; +INFINITY when none is found): its left
 * sums of gradients lie in [lo, hi] (so the right side's in [t1 - hi,
 * t1 - lo]), its left hessians are at least a2lo (they only grow along the
 * walk) and its right ones at least t2 - a2hi; a valid candidate's sides
 * also weigh min_child_weight. So each candidate's a1^2/(a2 + lambda) +
 * r1^2/(r2 + lambda) is at most q below, and its gain (q - parent, each
 * step correctly rounded) at most q - parent plus a few units in the last
 * place of q and parent: the margin 2^-40 (q + |parent|) covers them many
 * times over. Exact in its decisions: the walk's chosen split is the same. */
static inline double scan_block_bound(double t1, double t2, double lo, double hi, double a2lo,
                                      double a2hi, double lam, double mcw, double parent)
{
    const double A = (a2lo > mcw ? a2lo : mcw) + lam, rlo = t2 - a2hi,
                 R = (rlo > mcw ? rlo : mcw) + lam;
    if (!(A > 0) || !(R > 0))
        return INFINITY;
    const double am = lo * lo > hi * hi ? lo * lo : hi * hi;
    const double rl = t1 - lo, rh = t1 - hi;
    const double rm = rl * rl > rh * rh ? rl * rl : rh * rh;
    const double q = am / A + rm / R;
    return q - parent + 0x1p-40 * (q + fabs(parent));
}

void tree_scan_pairs(const tree_bins *b, const tree_grow_params *gp, double t1, double t2,
                     uint32_t j, const tree_v2 *v, double parent, double floor, tree_split *best,
                     tree_col_bound *cb)
{
    const uint32_t nb = b->nbins[j], zb = b->zbin[j];
    /* the candidates of a column without missing values: bins 0 .. nb - 2
     * (the last bin, everything left, is no split), in blocks */
    const uint32_t nc = nb > 0 ? nb - 1 : 0, nblk = (nc + SCAN_BLOCK - 1) / SCAN_BLOCK;
    const int blocks = nblk <= SCAN_BLOCKS_MAX;
    /* per block: its sums, its first slot's s2 and the least and greatest
     * of its prefix sums of s1 from 0 (exact sums: each placed after the
     * left sums before the block, these are the walk's values) */
    tree_v2 bsum[SCAN_BLOCKS_MAX];
    double bf2[SCAN_BLOCKS_MAX], blo[SCAN_BLOCKS_MAX], bhi[SCAN_BLOCKS_MAX];
    /* the other bins' sums (an empty slot holds +0: adding it changes
     * nothing; exact sums, so in any order) */
    tree_v2 o;
    if (blocks) {
        tree_v2 oa = {0, 0}, ob = {0, 0};
        for (uint32_t k = 0; k < nblk; k++) {
            const uint32_t t0 = k * SCAN_BLOCK;
            if (t0 + SCAN_BLOCK <= nc) {
                /* two halves' prefix sums side by side, each from 0 */
                tree_v2 x = v[t0], y = v[t0 + SCAN_BLOCK / 2];
                double xlo = x[0], xhi = x[0], ylo = y[0], yhi = y[0];
                for (uint32_t q = 1; q < SCAN_BLOCK / 2; q++) {
                    x += v[t0 + q];
                    y += v[t0 + SCAN_BLOCK / 2 + q];
                    xlo = x[0] < xlo ? x[0] : xlo;
                    xhi = x[0] > xhi ? x[0] : xhi;
                    ylo = y[0] < ylo ? y[0] : ylo;
                    yhi = y[0] > yhi ? y[0] : yhi;
                }
                blo[k] = xlo < x[0] + ylo ? xlo : x[0] + ylo;
                bhi[k] = xhi > x[0] + yhi ? xhi : x[0] + yhi;
                bsum[k] = x + y;
            } else {
                tree_v2 x = v[t0];
                double xlo = x[0], xhi = x[0];
                for (uint32_t t = t0 + 1; t < nc; t++) {
                    x += v[t];
                    xlo = x[0] < xlo ? x[0] : xlo;
                    xhi = x[0] > xhi ? x[0] : xhi;
                }
                blo[k] = xlo;
                bhi[k] = xhi;
                bsum[k] = x;
            }
            bf2[k] = v[t0][1];
            if (k & 1)
                ob += bsum[k];
            else
                oa += bsum[k];
        }
        o = oa + ob + v[nc] + (nb > 0 ? v[nb] : (tree_v2){0, 0}) - v[zb];
    } else {
        tree_v2 oa = {0, 0}, ob = {0, 0};
        uint32_t bin = 0;
        for (; bin + 1 <= nb; bin += 2) {
            oa += v[bin];
            ob += v[bin + 1];
        }
        if (bin == nb)
            oa += v[nb];
        o = oa + ob - v[zb];
    }
    /* the side without the zero bin: too light for any split (exact) */
    if (o[1] < gp->min_child_weight) {
        if (cb)
            *cb = (tree_col_bound){-INFINITY, 0, o[1]};
        return;
    }
    const double m1 = v[nb][0], m2 = v[nb][1];
    const double z1 = t1 - o[0], z2 = t2 - o[1];
    double l1 = 0, l2 = 0;
    if (!(m2 > 0)) {
        /* no missing value: the walk below with its one option (dl = 0),
         * the last bin (everything left) not a split. A block whose bound
         * on every candidate's gain stays under the best so far cannot hold
         * a strictly greater one: not walked, its sums added at once
         * (scan_block_bound; the zero bin's block bounded from its own
         * left sums, since 2026-12-07: on design c it halved the
         * candidates weighed, 31.9M to 16.5M, the same trees) */
        const double lam = gp->reg_lambda, mcw = gp->min_child_weight;
        /* the column's gains at most; its splits' side off the zero bin:
         * |s1| at most (left of the zero bin, the left sums; right of it,
         * t1 less them) */
        double cm = -INFINITY, ea = 0;
        for (uint32_t k = 0, t0 = 0; t0 < nc; k++, t0 += SCAN_BLOCK) {
            const uint32_t te = t0 + SCAN_BLOCK < nc ? t0 + SCAN_BLOCK : nc;
            const double thr = best->gain > floor ? best->gain : floor;
            if (blocks && thr > -INFINITY) {
                if (zb < t0 || zb >= te) {
                    const double bd =
                        scan_block_bound(t1, t2, l1 + blo[k], l1 + bhi[k], l2 + bf2[k],
                                         l2 + bsum[k][1], lam, mcw, parent);
                    if (bd < thr) {
                        cm = bd > cm ? bd : cm;
                        const double x = zb >= te
                                             ? max2(fabs(l1 + blo[k]), fabs(l1 + bhi[k]))
                                             : max2(fabs(t1 - l1 - blo[k]), fabs(t1 - l1 - bhi[k]));
                        ea = x > ea ? x : ea;
                        l1 += bsum[k][0];
                        l2 += bsum[k][1];
                        continue;
                    }
                } else {
                    /* the zero bin's block: its slot holds (z1, z2), not
                     * the stored sums, so its bounds are taken here from
                     * the walk's own left sums (the non-empty slots' only,
                     * as the walk adds them) before its candidates are
                     * weighed: on a sparse column the zero bin's block is
                     * the one a walk could not skip, on every node */
                    double a1 = l1, a2 = l2, lo = INFINITY, hi = -INFINITY, a2lo = INFINITY;
                    for (uint32_t t = t0; t < te; t++) {
                        const double x1 = t == zb ? z1 : v[t][0], x2 = t == zb ? z2 : v[t][1];
                        if (x2 == 0)
                            continue;
                        a1 += x1;
                        a2 += x2;
                        lo = a1 < lo ? a1 : lo;
                        hi = a1 > hi ? a1 : hi;
                        a2lo = a2 < a2lo ? a2 : a2lo;
                    }
                    const double bd =
                        lo <= hi ? scan_block_bound(t1, t2, lo, hi, a2lo, a2, lam, mcw, parent)
                                 : -INFINITY;
                    if (bd < thr) {
                        cm = bd > cm ? bd : cm;
                        if (lo <= hi) {
                            const double x =
                                max2(max2(fabs(lo), fabs(hi)), max2(fabs(t1 - lo), fabs(t1 - hi)));
                            ea = x > ea ? x : ea;
                        }
                        l1 = a1;
                        l2 = a2;
                        continue;
                    }
                }
            }
            for (uint32_t t = t0; t < te; t++) {
                const double x1 = t == zb ? z1 : v[t][0], x2 = t == zb ? z2 : v[t][1];
                if (x2 == 0)
                    continue;
                l1 += x1;
                l2 += x2;
                const double g =
                    pair_candidate(gp, t1, t2, l1 + 0.0, l2 + 0.0, parent, j, t, 0, 0, best);
                cm = g > cm ? g : cm;
                const double x = fabs(t < zb ? l1 : t1 - l1);
                ea = x > ea ? x : ea;
            }
        }
        if (cb)
            *cb = (tree_col_bound){cm, ea, o[1]};
        return;
    }
    if (cb)
        *cb = (tree_col_bound){INFINITY, INFINITY, o[1]};
    for (uint32_t t = 0; t < nb; t++) {
        const double x1 = t == zb ? z1 : v[t][0], x2 = t == zb ? z2 : v[t][1];
        if (x2 == 0)
            continue;
        l1 += x1;
        l2 += x2;
        /* missing values left (not after the last bin: everything left),
         * then right */
        if (t != nb - 1)
            pair_candidate(gp, t1, t2, l1 + m1, l2 + m2, parent, j, t, 1, 1, best);
        pair_candidate(gp, t1, t2, l1 + 0.0, l2 + 0.0, parent, j, t, 0, 1, best);
    }
}

/* Best split over the touched slots t[i0 .. i1) (whole columns), drawn
 * columns only (drawn[j] != 0; NULL: every column in the histogram), in
 * ascending column order: the first best (strictly greater gains) wins. */
static void best_in(const grower *G, const gnode *g, const hist *o, const uint8_t *drawn, size_t i0,
                    size_t i1, split *best)
{
    const tree_bins *b = G->b;
    const double parent = score(G->gp, g->s1, g->s2);
    const double tot[3] = {g->s1, g->s2, g->cnt};
    best->gain = -INFINITY;
    best->feature = -1;
    size_t i = i0;
    while (i < i1) {
        const uint32_t j = b->bcol[o->t[i]];
        size_t i2 = i + 1;
        while (i2 < i1 && b->bcol[o->t[i2]] == j)
            i2++;
        if (!drawn || drawn[j])
            tree_scan_col(b, G->gp, tot, j, o->t + i, o->v + 3 * i, i2 - i, parent, best);
        i = i2;
    }
}

#define SCAN_CHUNKS 8 /* fixed: the result does not depend on the thread count */
/* touched slots from which a boosting node scans in parallel: on the
 * 5,967-column design (c) a per-node parallel region cost more than it saved
 * on this shared 2-core machine (13.9 s CPU, 21 s wall on 2 threads against
 * 5.7 s CPU on one), so only very wide nodes do */
#define SCAN_PARALLEL ((size_t)1 << 20)

/* Best split of node g: the touched slots are grouped by column, a drawn
 * column with no touched slot holds every row in its zero bin and cannot
 * split. A large node of a tree grown alone (inner_threads) cuts its slots
 * into SCAN_CHUNKS runs of whole columns scanned in parallel, each run's
 * best taken in run order with a strictly greater gain: the split the one
 * sequential scan finds, bit for bit. */
static void best_split(const grower *G, const gnode *g, const hist *o, const uint8_t *drawn,
                       split *best)
{
    const size_t from = G->gp->scan_parallel ? G->gp->scan_parallel : SCAN_PARALLEL;
    if (!G->gp->inner_threads || o->nt < from || ct_threads() < 2) {
        best_in(G, g, o, drawn, 0, o->nt, best);
        return;
    }
    const tree_bins *b = G->b;
    size_t cut[SCAN_CHUNKS + 1];
    cut[0] = 0;
    for (int c = 1; c < SCAN_CHUNKS; c++) {
        size_t i = o->nt * (size_t)c / SCAN_CHUNKS;
        if (i < cut[c - 1])
            i = cut[c - 1];
        while (i > cut[c - 1] && i < o->nt && b->bcol[o->t[i]] == b->bcol[o->t[i - 1]])
            i++; /* to the start of the next column */
        cut[c] = i;
    }
    cut[SCAN_CHUNKS] = o->nt;
    split part[SCAN_CHUNKS];
#pragma omp parallel for num_threads(ct_threads()) schedule(static)
    for (int c = 0; c < SCAN_CHUNKS; c++)
        best_in(G, g, o, drawn, cut[c], cut[c + 1], &part[c]);
    *best = part[0];
    for (int c = 1; c < SCAN_CHUNKS; c++)
        if (part[c].gain > best->gain)
            *best = part[c];
}

#define goes_left tree_goes_left

int tree_split_taken(const tree_grow_params *gp, int32_t feature, double gain)
{
    return feature >= 0 && (gp->criterion != TREE_LOGLOSS || (gain > 1e-6 && gain >= gp->gamma));
}

double tree_split_floor(const tree_grow_params *gp)
{
    if (gp->criterion != TREE_LOGLOSS)
        return -INFINITY;
    return gp->gamma > 1e-6 ? gp->gamma : 1e-6;
}

void tree_node_set_split(tree *t, const tree_bins *b, uint32_t k, uint32_t left, uint32_t j,
                         uint32_t bin, int dleft)
{
    t->node[k].feature = (int32_t)j;
    t->node[k].left = left;
    t->node[k].value = bin + 1 < b->nbins[j] ? b->edge[b->eoff[j] + bin] : DBL_MAX;
    t->dleft[k] = (uint8_t)dleft;
}

int tree_node_can_split(const tree_grow_params *gp, double s1, double s2, double cnt, int depth)
{
    int can = cnt >= gp->min_samples_split && cnt >= 2 * gp->min_samples_leaf &&
              depth < (gp->max_depth > 0 ? gp->max_depth : TREE_MAX_DEPTH);
    if (gp->criterion == TREE_GINI)
        return can && s2 > 0 && s2 < s1;
    return can && s2 >= 2 * gp->min_child_weight;
}

static int can_split(const tree_grow_params *gp, const gnode *g)
{
    return tree_node_can_split(gp, g->s1, g->s2, g->cnt, g->depth);
}

/* Draw k of the allowed columns (partial Fisher-Yates) into out[0 .. k),
 * flagging each in drawn; the caller clears the flags from out. Returns k,
 * or 0 when every allowed column is in play (no draw, no flag). */
static size_t draw_cols(ct_rng *rng, uint32_t *pool, size_t npool, size_t k, uint32_t *out,
                        uint8_t *drawn)
{
    if (k >= npool || !rng)
        return 0;
    for (size_t i = 0; i < k; i++) {
        size_t r = i + (size_t)ct_rng_uniform_int(rng, npool - i);
        uint32_t tmp = pool[i];
        pool[i] = pool[r];
        pool[r] = tmp;
        out[i] = pool[i];
        drawn[out[i]] = 1;
    }
    return k;
}

typedef struct pending {
    uint32_t k;
    hist *o; /* its histogram, built */
} pending;

/* The finite bin a split on column j at threshold thr closes: the bin whose
 * upper edge thr is (edges ascending, distinct), or the last finite bin
 * for DBL_MAX (every finite value left). */
static uint32_t split_bin(const tree_bins *b, uint32_t j, double thr)
{
    const double *e = b->edge + b->eoff[j];
    uint32_t lo = 0, hi = b->nbins[j] - 1; /* the edges: e[0 .. nbins - 2] */
    while (lo < hi) {
        const uint32_t mid = lo + (hi - lo) / 2;
        if (e[mid] < thr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void tree_leaves_out_of_sample(const tree_bins *b, const tree *t, const uint8_t *row_in,
                               int32_t *leaf_of)
{
    for (size_t i = 0; i < b->n; i++)
        if (!row_in[i]) {
            uint32_t k = 0;
            while (t->node[k].left) {
                const uint32_t j = (uint32_t)t->node[k].feature;
                k = t->node[k].left + (uint32_t)!goes_left(b, (uint32_t)i, j,
                                                           split_bin(b, j, t->node[k].value),
                                                           t->dleft[k]);
            }
            leaf_of[i] = (int32_t)k;
        }
}

ct_status tree_grow(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                    const double *s2, const uint8_t *row_in, ct_rng *rng, tree *out,
                    int32_t *leaf_of)
{
    memset(out, 0, sizeof *out);
    const size_t n = b->n, p = b->p, S = b->hoff[p];
    grower G;
    memset(&G, 0, sizeof G);
    G.b = b;
    G.gp = gp;
    G.s1 = s1;
    G.s2 = s2;
    G.t = out;
    G.rows = ct_malloc((n ? n : 1) * sizeof *G.rows);
    G.tmp = ct_malloc((n ? n : 1) * sizeof *G.tmp);
    G.dense = ct_calloc(S ? 3 * S : 1, sizeof *G.dense);
    G.touch = ct_malloc((S ? S : 1) * sizeof *G.touch);
    G.sortw = ct_malloc((S ? S : 1) * sizeof *G.sortw);
    G.seen = ct_calloc(S / 64 + 1, sizeof *G.seen);
    uint32_t *pool = ct_malloc((p ? p : 1) * sizeof *pool);
    uint32_t *cols = ct_malloc((p ? p : 1) * sizeof *cols);
    uint8_t *drawn = ct_calloc(p ? p : 1, 1);
    pending *queue = NULL; /* first in, first out: breadth first */
    size_t qhead = 0, qtail = 0, qcap = 64;
    ct_status st = CT_ENOMEM;
    if (!G.rows || !G.tmp || !G.dense || !G.touch || !G.sortw || !G.seen || !pool || !cols ||
        !drawn || !(queue = ct_malloc(qcap * sizeof *queue)))
        goto done;
    size_t npool = 0;
    for (size_t j = 0; j < p; j++)
        if (!gp->use_col || gp->use_col[j])
            pool[npool++] = (uint32_t)j;
    const size_t kf = gp->max_features < npool ? gp->max_features : npool;
    /* the root: the in-sample rows, ascending, their totals in that order */
    double t1 = 0, t2 = 0;
    uint32_t nin = 0;
    for (size_t i = 0; i < n; i++)
        if (row_in[i]) {
            G.rows[nin++] = (uint32_t)i;
            t1 += s1[i];
            t2 += s2[i];
        }
    if (add_node(&G, t1, t2, nin, 0))
        goto done;
    G.g[0].hi = nin;
    if (can_split(gp, &G.g[0])) {
        hist *o = hist_get(&G);
        if (!o || hist_build(&G, &G.g[0], o) != CT_OK)
            goto done;
        queue[qtail++] = (pending){0, o};
    }
    while (qhead < qtail) {
        const pending pd = queue[qhead++];
        const uint32_t k = pd.k;
        hist *o = pd.o;
        split sp = {0, -1, 0, 0, 0, 0, 0};
        const size_t nc = draw_cols(rng, pool, npool, kf, cols, drawn);
        best_split(&G, &G.g[k], o, nc ? drawn : NULL, &sp);
        for (size_t c = 0; c < nc; c++)
            drawn[cols[c]] = 0;
        if (!tree_split_taken(gp, sp.feature, sp.gain)) {
            hist_put(&G, o);
            continue;
        }
        const int depth = G.g[k].depth + 1;
        if (add_node(&G, 0, 0, 0, depth) || add_node(&G, 0, 0, 0, depth))
            goto done;
        const uint32_t L = out->n - 2, R = L + 1, j = (uint32_t)sp.feature;
        tree_node_set_split(out, b, k, L, j, sp.bin, sp.dleft);
        G.g[k].bin = sp.bin;
        /* rows to the children, each side kept ascending; their totals in
         * that order */
        gnode *gk = &G.g[k], *gl = &G.g[L], *gr = &G.g[R];
        uint32_t nl = 0, nr = 0;
        for (uint32_t q = gk->lo; q < gk->hi; q++) {
            const uint32_t r = G.rows[q];
            if (goes_left(b, r, j, sp.bin, sp.dleft)) {
                G.rows[gk->lo + nl++] = r;
                gl->s1 += s1[r];
                gl->s2 += s2[r];
            } else {
                G.tmp[nr++] = r;
                gr->s1 += s1[r];
                gr->s2 += s2[r];
            }
        }
        memcpy(G.rows + gk->lo + nl, G.tmp, nr * sizeof *G.tmp);
        gl->lo = gk->lo;
        gl->hi = gr->lo = gk->lo + nl;
        gr->hi = gk->hi;
        gl->cnt = nl;
        gr->cnt = nr;
        /* the default side of a split that saw no missing value: the child
         * with more rows (scikit-learn's HistGradientBoosting) */
        if (!sp.has_missing)
            out->dleft[k] = nl >= nr;
        const int cl = can_split(gp, gl), cr = can_split(gp, gr);
        if (!cl && !cr) {
            hist_put(&G, o);
            continue;
        }
        if (qtail + 2 > qcap) {
            /* drop the consumed head, then grow */
            memmove(queue, queue + qhead, (qtail - qhead) * sizeof *queue);
            qtail -= qhead;
            qhead = 0;
            if (qtail + 2 > qcap) {
                pending *nq = ct_realloc(queue, 2 * qcap * sizeof *nq);
                if (!nq) {
                    hist_put(&G, o);
                    goto done;
                }
                queue = nq;
                qcap *= 2;
            }
        }
        /* the smaller child from its rows, the larger by subtraction when it
         * may split (its rows are never read); queued left then right */
        const uint32_t small = nl <= nr ? L : R;
        const int csmall = small == L ? cl : cr, cbig = small == L ? cr : cl;
        hist *os = hist_get(&G);
        if (!os || hist_build(&G, &G.g[small], os) != CT_OK) {
            hist_put(&G, o);
            if (os)
                hist_put(&G, os);
            goto done;
        }
        hist *ob = NULL;
        if (cbig) {
            hist_subtract(o, os);
            ob = o;
        } else {
            hist_put(&G, o);
        }
        if (!csmall) {
            hist_put(&G, os);
            os = NULL;
        }
        hist *ol = small == L ? os : ob, *orr = small == L ? ob : os;
        if (ol)
            queue[qtail++] = (pending){L, ol};
        if (orr)
            queue[qtail++] = (pending){R, orr};
    }
    if (leaf_of) {
        /* rows in the sample: the leaf whose range holds them; the others
         * walk the tree by their bins */
        for (uint32_t k = 0; k < out->n; k++)
            if (!out->node[k].left)
                for (uint32_t q = G.g[k].lo; q < G.g[k].hi; q++)
                    leaf_of[G.rows[q]] = (int32_t)k;
        tree_leaves_out_of_sample(b, out, row_in, leaf_of);
    }
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
    for (size_t i = 0; i < G.nall; i++) {
        ct_free(G.all[i]->t);
        ct_free(G.all[i]->v);
        ct_free(G.all[i]);
    }
    ct_free(G.all);
    ct_free(G.spare);
    ct_free(G.g);
    ct_free(G.rows);
    ct_free(G.tmp);
    ct_free(G.dense);
    ct_free(G.touch);
    ct_free(G.sortw);
    ct_free(G.seen);
    ct_free(pool);
    ct_free(cols);
    ct_free(drawn);
    ct_free(queue);
    return st;
}
