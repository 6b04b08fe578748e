/* tree_colgrow.c — the boosting's tree grower for wide sparse designs: the
 * same trees as tree_grow (tree_grow.c), bit for bit, grown one level at a
 * time from the binned entries by column.
 *
 * Why: on a design of thousands of sparse columns (design c of
 * bench/trees.sh: 5,967 columns, 335,266 histogram slots, 37 stored entries
 * a row) a node's histogram spans megabytes, so summing a row's entries
 * into it misses the cache at every entry, and every node's histogram must
 * be kept, subtracted and scanned. Here every level makes one pass over
 * the entries column by column: column j's entries are summed into small
 * histograms of the level's nodes (a row's node read from a per-row index,
 * nid), which stay in the first-level cache, scanned at once and cleared.
 * No histogram outlives its column; rows keep no lists.
 *
 * The spine (cgrow.sp): on c a split mostly sends a few hundred rows one
 * way (the rows with some n-gram), so one node of a level holds nearly all
 * rows. That node's slots of every walked column are kept (hoff[p] slots,
 * 16 bytes each: 5.4 MB on c); its larger child's are the same slots minus
 * the sibling's entries (exact sums); and a level then walks only the
 * entries of the other nodes' rows, gathered by column once per level
 * (plan_rows, plan_fill), not every entry. On c, 807 of the 900 levels below the
 * roots of 300 trees walk 7,709 entries on average instead of 570k
 * (bench/RESULTS.md, "a ninth look"). When those rows store more than a
 * quarter of the entries (a balanced split) the level walks every entry as
 * before and starts a new spine.
 *
 * The spine's walks by bounds (2026-12-07): at a mini level the derived
 * node's walk of each column starts from a floor, the greatest gain at dk
 * of the spine's SEEDS best chunk splits (spine_floor), so the blocks under
 * it are passed over from the first column of every chunk; and a column in
 * which the sibling stored no entry keeps its slots, so its bound from the
 * spine's last walk (tree_scan_pairs' tree_col_bound), carried to dk's sums
 * (spine_next), shows most such columns cannot beat the floor: they are not
 * walked at all (on c, 1.31M of 1.37M such walks; 10% less fitting time,
 * bench/RESULTS.md). Both only pass over splits that cannot be the first
 * best: the same trees (test_cols_wide_spine, where a carried bound without
 * its change of sums fails).
 *
 * Why it is the same tree: the row sums are exact (the boosting's grid,
 * tree_internal.h), so a node's sums do not depend on the order rows are
 * added in; each (node, column) is scanned by tree_scan_pairs, the walk of
 * tree_scan_col; the level's best splits are merged over chunks of columns
 * in column order with strictly greater gains (the first best, as the one
 * sequential scan); nodes are numbered in tree_grow's breadth-first order
 * (a level's nodes in order, each split node's left then right child); a
 * split node's default side when it saw no missing value is the child with
 * more rows; the children's sums are the scan's left sums and the parent's
 * minus them (exact).
 *
 * Threads: columns in chunks (dynamic: each chunk writes its own best
 * splits, and its columns' spine slots), rows in fixed ranges (the
 * spine's plan too: each range counts its rows' entries by column, and
 * gathers them after the ranges' places were laid out in range order, so
 * the gathered entries do not depend on the number of ranges), the
 * decisions serial; one parallel region per tree. */
#include "models/tree_internal.h"

#include <float.h>
#include <math.h>
#include <omp.h>
#include <string.h>

#define COLS_CHUNK 32                      /* columns per task */
#define COLS_HIST_BUDGET ((size_t)4 << 20) /* bytes of a thread's histograms */
#define NONE UINT32_MAX
/* the spine (below) within 2M slots a buffer (two buffers: 64 MiB) */
#define SPINE_SLOTS_MAX ((size_t)2 << 20)
#define SEEDS 4 /* the spine's best chunk splits weighed again at its derived node */

typedef struct cnode {
    double s1, s2, cnt;
    int depth;
    uint32_t bin;    /* split nodes: finite bins <= bin go left */
    int has_missing; /* split nodes: the split saw missing values */
    double l1, l2;   /* split nodes: the left side's sums */
} cnode;

typedef struct cgrow {
    const tree_bins *b;
    const tree_csc *c;
    const tree_grow_params *gp;
    tree *t;
    cnode *g;
    uint32_t cap;
    int nth;
    const tree_v2 *gh; /* n: the rows' (s1, s2) */
    tree_v2 *ghr;      /* n: the root's: gh, or +0 for a row not in the tree */
    int root;          /* the level is the root's */
    uint32_t *nid;     /* n: the row's node in the level's list, or NONE */
    uint32_t *nxt;     /* n: the row's child (a tree node) after a split, when
                        * st[r] is the level's stamp (side_entries); then
                        * plan_rows' slot of the row in the next walk */
    uint32_t *st;      /* n: the stamp of the level whose side_entries set nxt */
    uint32_t stamp;    /* the level's (1, 2, ...) */
    uint32_t *zs;      /* per level node: its child on the zero bin's side */
    uint32_t *wl;      /* n: each range's walked rows (plan_rows to plan_fill) */
    size_t *wn;        /* per range: how many */
    int32_t *leaf;     /* n: the row's leaf once known (leaf_of, or scratch) */
    uint32_t *act;     /* the level's nodes that may split (tree nodes) */
    size_t nact;
    uint32_t *act2;  /* the next level's */
    uint32_t *child; /* per level node: its left child, or NONE */
    uint32_t *idx;   /* per tree node: its place in the next level's list, or NONE */
    size_t idx_cap;
    tree_split *part; /* per (chunk, level node) */
    size_t part_cap;
    size_t nchunk;
    tree_v2 **hist; /* per thread: level nodes x (widest column's bins) */
    tree_v2 **oall; /* per thread: per level node, its sums over the column's entries */
    double **cnt;   /* per thread: the root's rows and largest s2 */
    double *moved;  /* per level node: its rows on the side off the zero bin's */
    tree_v2 *psum;  /* per thread: the root's partial sums */
    size_t maxw;    /* the widest column's bins + 1 */
    size_t maxact;  /* level nodes at most */
    double hmax;    /* the largest s2 */
    /* The spine: one node of the level (sk, a level index) has its slots
     * of every walked column in sp (at hoff[j]), not in hist. A fresh one
     * (the level's node with the most rows) is copied there from hist; at
     * the next level its larger child (dk, when it may split) takes its
     * place, the sibling's entries (gk: an active node, or the sibling as a
     * ghost at index nact when it is a leaf) subtracted from sp in place
     * (exact sums). Then the rows of every other active node (and the
     * ghost), when they store few entries, are the only ones the level
     * walks (mini: mptr/mrow/mk/mbin, by column) instead of every entry:
     * on design c a split sends a few hundred rows one way. */
    tree_v2 *sp;
    uint32_t sk, dk, gk;
    int fresh, mini;
    size_t *mptr;
    uint32_t *mrow, *mk;
    uint8_t *mbin;
    size_t mcap;
    /* the next level's plan (settle to plan_rows and plan_offsets): the
     * ghost (a tree node or NONE), dk and gk as plan_begin found them, the
     * next level's node count; per row range q, its walked rows' entries
     * per column (mq: their total, or SIZE_MAX past mcap) */
    uint32_t pghost, pdk, pgk;
    size_t pna2;
    int plan;
    size_t **mpt, *mq;
    /* The floors (tree_scan_pairs): every node's, the least gain a split
     * is taken at; the derived node dk's, the best of the spine's SEEDS
     * best chunk splits (seed, with the spine's sums st1, st2) weighed again
     * at dk, its sums the spine's less the sibling's (exact): dk is the
     * spine less a few hundred rows, so they are most often near its best,
     * and a walk passes over the blocks under them from its first column */
    double tfloor, dfloor;
    tree_split seed[SEEDS];
    size_t nseed;
    double st1, st2;
    /* The spine's column bounds (spine_next): ub[j], a bound on the gain of
     * every split on column j at the spine with its sums then (from
     * tree_scan_pairs' tree_col_bound, or carried); ea[j], eo[j], its
     * splits' sides off the zero bin: |s1| and s2 at most. At a mini level a column
     * in which the sibling stored no entry keeps those slots, and its bound
     * carried to dk (spine_next) may show that it cannot beat the floor:
     * then it is not walked. dt1, dt2: the spine's sums before, dd1, dd2:
     * the sibling's (the spine's less dk's). */
    double *ub, *ea, *eo;
    double dt1, dt2, dd1, dd2;
    int fail;
} cgrow;

static size_t max_active(const tree_grow_params *gp, size_t n)
{
    size_t w = (size_t)1 << (gp->max_depth - 1);
    return w < n + 1 ? w : n + 1;
}

int tree_grow_cols_fits(const tree_bins *b, const tree_grow_params *gp)
{
    if (gp->criterion != TREE_LOGLOSS || gp->max_features < b->p || gp->max_depth <= 0 ||
        gp->max_depth > 24 || gp->min_samples_leaf > 1 || b->wide)
        return 0;
    size_t w = 0;
    for (size_t j = 0; j < b->p; j++)
        if (b->nbins[j] + 1 > w)
            w = b->nbins[j] + 1;
    return (double)max_active(gp, b->n) * (double)w * sizeof(tree_v2) <= (double)COLS_HIST_BUDGET;
}

static int add_node(cgrow *G, double s1, double s2, double cnt, int depth)
{
    void *g = G->g;
    const long k = tree_node_push(G->t, &G->cap, &g, sizeof *G->g);
    G->g = g;
    if (k < 0)
        return -1;
    G->g[k] = (cnode){s1, s2, cnt, depth, 0, 0, 0, 0};
    return 0;
}

/* Column j's bound at dk (a mini level, the sibling storing no entry in
 * column j): ub[j] plus a bound on how much any split's gain can change
 * between the spine's sums t and dk's t - D. A split's side off the zero
 * bin, E (0 <= E2 <= eo[j], |E1| <= ea[j]), is the same at both; its gain
 * phi(E) + phi(t - E) - phi(t), phi(x) = x1^2 / (x2 + lambda), changes by
 * F(t - E) - F(t), F(y) = phi(y - D) - phi(y), at most sup |dF/dy1| |E1| +
 * sup |dF/dy2| E2 over the box y1 in t1 -+ ea, y2 in [t2 - eo, t2] (the
 * mean value theorem). There dF/dy1 = 2 (y1 D2 - D1 (y2 + lambda)) / ((y2 -
 * D2 + lambda)(y2 + lambda)) (its numerator linear: greatest at a corner),
 * and dF/dy2 = w^2 - u^2 = (w - u)(w + u), w = y1 / (y2 + lambda), u = (y1
 * - D1) / (y2 - D2 + lambda), w - u = -(dF/dy1) / 2. Margins: 2^-20 of the
 * change and 2^-30 of the gains' scale, far over the rounding of each
 * (a few units in the last place). +INFINITY where no bound is had. */
static double spine_next(const cgrow *G, size_t j)
{
    const double ub = G->ub[j];
    if (!(ub > -INFINITY) || !(ub < INFINITY))
        return ub;
    const double lam = G->gp->reg_lambda, a = G->ea[j], o2 = G->eo[j];
    const double t1 = G->dt1, t2 = G->dt2, d1 = G->dd1, d2 = G->dd2;
    const double db = t2 - o2 + lam, da = db - d2;
    if (!(da > 0) || !(db > 0))
        return INFINITY;
    double num = 0;
    for (int c = 0; c < 4; c++) {
        const double y1 = c & 1 ? t1 + a : t1 - a, y2 = c & 2 ? t2 : t2 - o2;
        const double x = fabs(y1 * d2 - d1 * (y2 + lam));
        num = x > num ? x : num;
    }
    const double k1 = 2 * num / (da * db);
    const double k2 = 0.5 * k1 * ((fabs(t1) + a) / db + (fabs(t1) + a + fabs(d1)) / da);
    const double t1n = t1 - d1, t2n = t2 - d2;
    const double scale = fabs(ub) + t1 * t1 / (t2 + lam) + t1n * t1n / (t2n + lam);
    const double d = (k1 * a + k2 * o2) * (1 + 0x1p-20) + 0x1p-30 * scale;
    return isfinite(d) ? ub + d : INFINITY;
}

/* Task: the columns of chunk q, each summed for every level node and
 * scanned, into part[q * nact + i]. */
static void chunk_scan(cgrow *G, size_t q, int th)
{
    const tree_bins *b = G->b;
    const tree_csc *c = G->c;
    const tree_grow_params *gp = G->gp;
    const size_t na = G->nact;
    tree_split *best = G->part + q * na;
    for (size_t i = 0; i < na; i++) {
        best[i].gain = -INFINITY;
        best[i].feature = -1;
    }
    tree_v2 *restrict oall = G->oall[th];
    /* a fresh spine that is the level's one node (the roots): its column's
     * slots summed in place in sp, not in hist and then copied there */
    const int insp = G->fresh && na == 1;
    const uint32_t *restrict nid = G->nid;
    const tree_v2 *restrict gh = G->gh;
    const uint8_t *use = gp->use_col;
    const size_t j1 = (q + 1) * COLS_CHUNK < b->p ? (q + 1) * COLS_CHUNK : b->p;
    for (size_t j = q * COLS_CHUNK; j < j1; j++) {
        const size_t e0 = c->cptr[j], e1 = c->cptr[j + 1];
        /* no entries (every row in the zero bin), or too few for any node's
         * rows off the zero bin to weigh min_child_weight: no split */
        if ((use && !use[j]) || e0 == e1 ||
            (double)(e1 - e0) * G->hmax * (1 + 0x1p-30) < gp->min_child_weight)
            continue;
        const uint32_t w = b->nbins[j] + 1, zb = b->zbin[j];
        tree_v2 *restrict H = insp ? G->sp + b->hoff[j] : G->hist[th];
        if (insp)
            memset(H, 0, w * sizeof *H);
        /* with few nodes, every entry would add to the same few sums of
         * oall, one chain through memory: their sums are left to the scan */
        const int mini = G->mini, pre = mini || na > 2;
        int touched = 0; /* the sibling stored an entry in column j */
        const uint32_t dk = mini ? G->dk : NONE;
        if (mini) {
            const uint32_t *restrict mk = G->mk, *restrict mrow = G->mrow;
            const uint8_t *restrict mbin = G->mbin;
            tree_v2 *restrict sv = G->sp ? G->sp + b->hoff[j] : NULL;
            const uint32_t gk = G->gk;
            for (size_t e = G->mptr[j]; e < G->mptr[j + 1]; e++) {
                const uint32_t r = mrow[e], k = mk[e];
                H[(size_t)k * w + mbin[e]] += gh[r];
                oall[k] += gh[r];
                if (k == gk) {
                    sv[mbin[e]] -= gh[r];
                    touched = 1;
                }
            }
        } else if (G->root) {
            /* the root's one node: every row's entry added (a row not in
             * the tree adds +0, which changes no sum), no node to look up;
             * four at a time as below when they share a bin */
            const tree_v2 *restrict ghr = G->ghr;
            const uint8_t *restrict cb = c->cbin;
            const uint32_t *restrict cr = c->crow;
            size_t e = e0;
            for (; e + 4 <= e1; e += 4) {
                const uint32_t b0 = cb[e], b1 = cb[e + 1], b2 = cb[e + 2], b3 = cb[e + 3];
                const tree_v2 g0 = ghr[cr[e]], g1 = ghr[cr[e + 1]], g2 = ghr[cr[e + 2]],
                              g3 = ghr[cr[e + 3]];
                if (b0 == b1 && b0 == b2 && b0 == b3) {
                    H[b0] += (g0 + g1) + (g2 + g3);
                    continue;
                }
                H[b0] += g0;
                H[b1] += g1;
                H[b2] += g2;
                H[b3] += g3;
            }
            for (; e < e1; e++)
                H[cb[e]] += ghr[cr[e]];
        } else if (pre) {
            for (size_t e = e0; e < e1; e++) {
                const uint32_t r = c->crow[e], k = nid[r];
                if (k == NONE)
                    continue;
                H[(size_t)k * w + c->cbin[e]] += gh[r];
                oall[k] += gh[r];
            }
        } else {
            /* here consecutive entries often share a slot (one node, few
             * distinct values): four at a time, a shared slot's four rows
             * added first and then to it once (exact sums) */
            size_t e = e0;
            for (; e + 4 <= e1; e += 4) {
                const uint32_t r0 = c->crow[e], r1 = c->crow[e + 1], r2 = c->crow[e + 2],
                               r3 = c->crow[e + 3];
                const uint32_t k0 = nid[r0], k1 = nid[r1], k2 = nid[r2], k3 = nid[r3];
                const size_t x0 = (size_t)k0 * w + c->cbin[e], x1 = (size_t)k1 * w + c->cbin[e + 1],
                             x2 = (size_t)k2 * w + c->cbin[e + 2],
                             x3 = (size_t)k3 * w + c->cbin[e + 3];
                if (k0 != NONE && x0 == x1 && x0 == x2 && x0 == x3 && k1 != NONE && k2 != NONE &&
                    k3 != NONE) {
                    H[x0] += (gh[r0] + gh[r1]) + (gh[r2] + gh[r3]);
                    continue;
                }
                if (k0 != NONE)
                    H[x0] += gh[r0];
                if (k1 != NONE)
                    H[x1] += gh[r1];
                if (k2 != NONE)
                    H[x2] += gh[r2];
                if (k3 != NONE)
                    H[x3] += gh[r3];
            }
            for (; e < e1; e++) {
                const uint32_t r = c->crow[e], k = nid[r];
                if (k != NONE)
                    H[(size_t)k * w + c->cbin[e]] += gh[r];
            }
        }
        for (size_t i = 0; i < na; i++) {
            const cnode *g = &G->g[G->act[i]];
            const tree_v2 *v = i == dk ? G->sp + b->hoff[j] : H + i * w;
            const double fl = i == dk ? G->dfloor : G->tfloor;
            /* the spine's walk keeps its column bound; a column the sibling
             * left alone may be passed over at dk on its carried bound */
            const int keep = G->ub && (i == dk || (G->fresh && i == G->sk));
            if (keep && i == dk && !touched) {
                const double nb = spine_next(G, j), thr = best[i].gain > fl ? best[i].gain : fl;
                if (nb < thr) {
                    G->ub[j] = nb;
                    continue;
                }
            }
            /* the side off the zero bin too light (or empty): no split
             * (tree_scan_pairs tests it too) */
            const double o2 = pre && i != dk ? oall[i][1] - v[zb][1] : INFINITY;
            if (!(o2 > 0) || o2 < gp->min_child_weight) {
                if (keep)
                    G->ub[j] = -INFINITY;
                continue;
            }
            tree_col_bound cb;
            tree_scan_pairs(b, gp, g->s1, g->s2, (uint32_t)j, v,
                            g->s1 * g->s1 / (g->s2 + gp->reg_lambda), fl, &best[i],
                            keep ? &cb : NULL);
            if (keep) {
                G->ub[j] = cb.gain;
                G->ea[j] = cb.e1;
                G->eo[j] = cb.e2;
            }
        }
        if (!insp) {
            if (G->fresh)
                memcpy(G->sp + b->hoff[j], H + (size_t)G->sk * w, w * sizeof *H);
            /* clear what the column wrote */
            if (mini) {
                for (size_t e = G->mptr[j]; e < G->mptr[j + 1]; e++)
                    H[(size_t)G->mk[e] * w + G->mbin[e]] = (tree_v2){0, 0};
            } else if ((size_t)w * na <= 4 * (e1 - e0)) {
                memset(H, 0, (size_t)w * na * sizeof *H);
            } else {
                for (size_t e = e0; e < e1; e++) {
                    const uint32_t k = nid[c->crow[e]];
                    if (k != NONE)
                        H[(size_t)k * w + c->cbin[e]] = (tree_v2){0, 0};
                }
            }
        }
        if (pre)
            memset(oall, 0, (na + 1) * sizeof *oall);
    }
}

/* Serial, in decide: the spine's (level node i) SEEDS best chunk splits
 * without missing values, greatest gain first (ties in chunk order). */
static void keep_seeds(cgrow *G, size_t i)
{
    const cnode *g = &G->g[G->act[i]];
    G->st1 = g->s1;
    G->st2 = g->s2;
    for (size_t q = 0; q < G->nchunk; q++) {
        const tree_split *c = &G->part[q * G->nact + i];
        if (c->feature < 0 || c->has_missing)
            continue;
        size_t at = G->nseed;
        while (at > 0 && c->gain > G->seed[at - 1].gain)
            at--;
        if (at >= SEEDS)
            continue;
        const size_t last = G->nseed < SEEDS ? G->nseed : SEEDS - 1;
        memmove(G->seed + at + 1, G->seed + at, (last - at) * sizeof *G->seed);
        G->seed[at] = *c;
        if (G->nseed < SEEDS)
            G->nseed++;
    }
}

/* Serial, after plan_fill (a mini level whose spine is the derived node
 * dk): dk's floor, the greatest gain of the seeds at dk. A seed (column
 * j, finite bins <= t left) had left sums l at the spine; the sibling's
 * rows left of it are its entries in column j at bins <= t (from the
 * gathered entries, gk's), and, when the zero bin goes left, its rows
 * without one (its sums less its entries'): dk's left sums are l less
 * those (exact sums), its gain tree_scan_pairs' formula, less a margin
 * covering a few units in the last place, so the floor never exceeds the
 * gain the walk finds for that split (or, when the sibling held every
 * entry of bin t, for the split at the non-empty bin before it: the same
 * sides). */
static void spine_floor(cgrow *G)
{
    const tree_grow_params *gp = G->gp;
    G->dfloor = G->tfloor;
    if (!G->mini || G->dk == NONE)
        return;
    const cnode *d = &G->g[G->act[G->dk]];
    const double t1 = d->s1, t2 = d->s2, lam = gp->reg_lambda, mcw = gp->min_child_weight;
    const tree_v2 sib = {G->st1 - t1, G->st2 - t2};
    G->dt1 = G->st1;
    G->dt2 = G->st2;
    G->dd1 = sib[0];
    G->dd2 = sib[1];
    const double parent = t1 * t1 / (t2 + lam);
    for (size_t s = 0; s < G->nseed; s++) {
        const tree_split *c = &G->seed[s];
        const uint32_t j = (uint32_t)c->feature;
        tree_v2 le = {0, 0}, all = {0, 0};
        for (size_t e = G->mptr[j]; e < G->mptr[j + 1]; e++) {
            if (G->mk[e] != G->gk)
                continue;
            all += G->gh[G->mrow[e]];
            if (G->mbin[e] <= c->bin)
                le += G->gh[G->mrow[e]];
        }
        const tree_v2 sl = G->b->zbin[j] <= c->bin ? sib - (all - le) : le;
        const double a1 = c->l1 - sl[0], a2 = c->l2 - sl[1], r1 = t1 - a1, r2 = t2 - a2;
        if (!(a2 > 0) || !(r2 > 0) || !(a2 >= mcw) || !(r2 >= mcw))
            continue;
        const double q = a1 * a1 / (a2 + lam) + r1 * r1 / (r2 + lam),
                     f = q - parent - 0x1p-40 * (q + fabs(parent));
        if (f > G->dfloor)
            G->dfloor = f;
    }
}

/* Serial: the level's splits (chunks merged in column order), the new
 * nodes, each level node's left child or NONE. */
static void decide(cgrow *G)
{
    const tree_bins *b = G->b;
    const tree_grow_params *gp = G->gp;
    tree *t = G->t;
    G->stamp++;
    G->nseed = 0;
    for (size_t i = 0; i < G->nact; i++) {
        tree_split sp = G->part[i];
        for (size_t q = 1; q < G->nchunk; q++)
            if (G->part[q * G->nact + i].gain > sp.gain)
                sp = G->part[q * G->nact + i];
        if (i == G->sk)
            keep_seeds(G, i);
        G->child[i] = NONE;
        const uint32_t k = G->act[i];
        if (!tree_split_taken(gp, sp.feature, sp.gain))
            continue;
        const int depth = G->g[k].depth + 1;
        if (add_node(G, 0, 0, 0, depth) || add_node(G, 0, 0, 0, depth)) {
            G->fail = 1;
            return;
        }
        const uint32_t left = t->n - 2;
        tree_node_set_split(t, b, k, left, (uint32_t)sp.feature, sp.bin, sp.dleft);
        G->g[k].bin = sp.bin;
        G->g[k].has_missing = sp.has_missing;
        G->g[k].l1 = sp.l1;
        G->g[k].l2 = sp.l2;
        G->child[i] = left;
        G->zs[i] = left + (uint32_t) !(b->zbin[sp.feature] <= sp.bin);
    }
}

/* Task: the rows of a split level node i that store an entry of its split
 * column take their side from its bin (nxt, stamped; the others keep the
 * zero bin's, zs[i], taken by plan_rows); moved[i], the rows now off the
 * zero bin's side (so the children's rows without a pass over every row:
 * the node's rows less these on the zero bin's side). */
static void side_entries(cgrow *G, size_t i)
{
    const uint32_t k = G->act[i];
    if (G->child[i] == NONE)
        return;
    const tree *t = G->t;
    const tree_csc *c = G->c;
    const uint32_t j = (uint32_t)t->node[k].feature, sb = G->g[k].bin, nb = G->b->nbins[j];
    const int dl = t->dleft[k];
    const uint32_t left = G->child[i], zs = G->zs[i], stamp = G->stamp;
    long mv = 0;
    for (size_t e = c->cptr[j]; e < c->cptr[j + 1]; e++) {
        const uint32_t r = c->crow[e];
        if (G->nid[r] != i)
            continue;
        const uint32_t bin = c->cbin[e];
        const uint32_t to = left + (uint32_t) !(bin == nb ? dl : bin <= sb);
        const uint32_t was = G->st[r] == stamp ? G->nxt[r] : zs;
        mv += (to != zs) - (was != zs);
        G->nxt[r] = to;
        G->st[r] = stamp;
    }
    G->moved[i] = (double)mv;
}

/* Serial, in settle (the current level's child, the next level's idx and
 * act2 with na2 nodes known, nid and nxt not yet moved): the next level's
 * spine, begun. Its derived node dk is the larger child of this level's
 * spine sk (when that may split), gk its sibling (a ghost at na2 when a
 * leaf). plan_rows then finds the rows the next level would walk (those of
 * its other nodes and the ghost) and counts their entries by column, per
 * range of rows; plan_offsets decides: when they store at most mcap
 * entries, the next level walks only theirs (mini, gathered by plan_fill)
 * and dk is the spine; otherwise every entry, and a fresh spine, the node
 * with the most rows, when a level follows. */
static void plan_begin(cgrow *G, size_t na2)
{
    uint32_t ghost = NONE, dk = NONE, gk = NONE;
    if (G->sk != NONE && G->child[G->sk] != NONE) {
        const uint32_t l = G->child[G->sk], big = G->g[l].cnt >= G->g[l + 1].cnt ? l : l + 1,
                       sib = big == l ? l + 1 : l;
        if (G->idx[big] != NONE) {
            dk = G->idx[big];
            gk = G->idx[sib] != NONE ? G->idx[sib] : (uint32_t)na2;
            if (G->idx[sib] == NONE)
                ghost = sib;
        }
    }
    G->pghost = ghost;
    G->pdk = dk;
    G->pgk = gk;
    G->pna2 = na2;
    G->sk = G->dk = G->gk = NONE;
    G->fresh = G->mini = 0;
    G->plan = na2 && G->sp;
}

/* Serial, after plan_rows (act and nact the next level's): whether the
 * next level walks only the planned rows' entries (their total at most
 * mcap), and then each range's first place per column in the gathered
 * entries (ranges in order: the rows in ascending order within a column,
 * whatever the number of ranges); the next level's spine. */
static void plan_offsets(cgrow *G)
{
    const size_t p = G->b->p;
    int mini = 1;
    size_t tot = 0;
    for (int q = 0; q < G->nth; q++) {
        if (G->mq[q] == SIZE_MAX)
            mini = 0;
        else
            tot += G->mq[q];
    }
    if (tot > G->mcap)
        mini = 0;
    if (mini) {
        size_t x = 0;
        for (size_t j = 0; j < p; j++) {
            G->mptr[j] = x;
            for (int q = 0; q < G->nth; q++) {
                const size_t cq = G->mpt[q][j];
                G->mpt[q][j] = x;
                x += cq;
            }
        }
        G->mptr[p] = x;
        G->mini = 1;
    }
    if (mini && G->pdk != NONE) {
        G->sk = G->dk = G->pdk;
        G->gk = G->pgk;
    } else if (G->g[G->act[0]].depth + 1 < G->gp->max_depth) {
        G->sk = 0;
        for (uint32_t i = 1; i < G->nact; i++)
            if (G->g[G->act[i]].cnt > G->g[G->act[G->sk]].cnt)
                G->sk = i;
        G->fresh = 1;
    }
}

/* Serial, after side_entries: each split node's children (rows: the
 * node's less those off the zero bin's side; sums: the left's from the
 * scan, the right's the node's minus them), its default side, and the
 * next level's list of nodes that may split. */
static void settle(cgrow *G)
{
    const tree_grow_params *gp = G->gp;
    tree *t = G->t;
    const uint32_t nn = t->n;
    if (nn > G->idx_cap) {
        uint32_t *ni = ct_realloc(G->idx, (size_t)nn * 2 * sizeof *ni);
        if (!ni) {
            G->fail = 1;
            return;
        }
        G->idx = ni;
        G->idx_cap = (size_t)nn * 2;
    }
    G->root = 0;
    size_t na2 = 0;
    for (size_t i = 0; i < G->nact; i++) {
        if (G->child[i] == NONE)
            continue;
        const uint32_t k = G->act[i], cl_ = G->child[i], cr_ = cl_ + 1;
        cnode *gk = &G->g[k], *gl = &G->g[cl_], *gr = &G->g[cr_];
        const uint32_t j = (uint32_t)t->node[k].feature;
        const int zleft = G->b->zbin[j] <= gk->bin;
        const double off = G->moved[i], on = gk->cnt - off;
        const double nl = zleft ? on : off, nr = zleft ? off : on;
        gl->cnt = nl;
        gr->cnt = nr;
        gl->s1 = gk->l1;
        gl->s2 = gk->l2;
        gr->s1 = gk->s1 - gk->l1;
        gr->s2 = gk->s2 - gk->l2;
        if (!gk->has_missing)
            t->dleft[k] = nl >= nr;
        G->idx[cl_] =
            tree_node_can_split(gp, gl->s1, gl->s2, gl->cnt, gl->depth) ? (uint32_t)na2++ : NONE;
        if (G->idx[cl_] != NONE)
            G->act2[G->idx[cl_]] = cl_;
        G->idx[cr_] =
            tree_node_can_split(gp, gr->s1, gr->s2, gr->cnt, gr->depth) ? (uint32_t)na2++ : NONE;
        if (G->idx[cr_] != NONE)
            G->act2[G->idx[cr_]] = cr_;
    }
    plan_begin(G, na2);
    uint32_t *a = G->act;
    G->act = G->act2;
    G->act2 = a;
    G->nact = na2;
}

/* Task, rows [lo, hi) (range q), after settle (act2 now the level just
 * decided, act the next one's): a row of a node that did not split has
 * found its leaf; a row of a split node goes to its child (the one
 * side_entries stamped, or the zero bin's side), and to the child's place in
 * the next level's list when it may split. With a plan (plan_begin),
 * nxt[r] becomes the row's slot in the next level's walk (its index among
 * the next level's nodes, the ghost at na2; NONE for a row in a closed
 * leaf, in no node walked, or in the derived node dk), the walked rows are
 * listed (wl from lo, wn[q] of them), and their entries counted by column
 * into mpt[q] (mq[q] their total, SIZE_MAX once past mcap: then not
 * counted or listed further). */
static void plan_rows(cgrow *G, size_t lo, size_t hi, int q)
{
    const tree_bins *b = G->b;
    const int plan = G->plan;
    const uint32_t ghost = G->pghost, dk = G->pdk, na2 = (uint32_t)G->pna2, stamp = G->stamp;
    const uint32_t *oact = G->act2;
    size_t *restrict mp = plan ? G->mpt[q] : NULL, m = 0, nw = 0;
    if (plan)
        memset(mp, 0, (b->p + 1) * sizeof *mp);
    for (size_t r = lo; r < hi; r++) {
        const uint32_t i = G->nid[r];
        if (i == NONE || G->child[i] == NONE) {
            if (i != NONE) {
                G->leaf[r] = (int32_t)oact[i];
                G->nid[r] = NONE;
            }
            if (plan)
                G->nxt[r] = NONE;
            continue;
        }
        const uint32_t ch = G->st[r] == stamp ? G->nxt[r] : G->zs[i], nk = G->idx[ch];
        G->leaf[r] = (int32_t)ch;
        G->nid[r] = nk;
        if (!plan)
            continue;
        uint32_t k = nk != NONE ? nk : ch == ghost ? na2 : NONE;
        k = k == dk ? NONE : k;
        G->nxt[r] = k;
        if (k == NONE || m > G->mcap)
            continue;
        m += b->rptr[r + 1] - b->rptr[r];
        if (m > G->mcap)
            continue;
        G->wl[lo + nw++] = (uint32_t)r;
        for (size_t e = b->rptr[r]; e < b->rptr[r + 1]; e++)
            mp[b->rcol[e]]++;
    }
    if (plan) {
        G->mq[q] = m > G->mcap ? SIZE_MAX : m;
        G->wn[q] = nw;
    }
}

/* Task, rows [lo, hi) (range q), after plan_offsets found the plan mini:
 * the walked rows' entries gathered by column (mrow, mk, mbin at mptr). */
static void plan_fill(cgrow *G, size_t lo, int q)
{
    const tree_bins *b = G->b;
    size_t *restrict mp = G->mpt[q];
    for (size_t w = 0; w < G->wn[q]; w++) {
        const uint32_t r = G->wl[lo + w], k = G->nxt[r];
        for (size_t e = b->rptr[r]; e < b->rptr[r + 1]; e++) {
            const size_t x = mp[b->rcol[e]]++;
            G->mrow[x] = r;
            G->mk[x] = k;
            G->mbin[x] = b->rbin[e];
        }
    }
}

ct_status tree_grow_cols(const tree_bins *b, const tree_csc *c, const tree_grow_params *gp,
                         int threads, const tree_v2 *gh, const uint8_t *row_in, tree *out,
                         int32_t *leaf_of)
{
    memset(out, 0, sizeof *out);
    const size_t n = b->n, p = b->p;
    const int nth = threads > 0 ? threads : ct_threads();
    cgrow G;
    memset(&G, 0, sizeof G);
    G.b = b;
    G.c = c;
    G.gp = gp;
    G.t = out;
    G.nth = nth;
    G.maxact = max_active(gp, n);
    for (size_t j = 0; j < p; j++)
        if (b->nbins[j] + 1 > G.maxw)
            G.maxw = b->nbins[j] + 1;
    G.nchunk = (p + COLS_CHUNK - 1) / COLS_CHUNK;
    ct_status st = CT_ENOMEM;
    G.gh = gh;
    G.nid = ct_malloc((n ? n : 1) * sizeof *G.nid);
    G.nxt = ct_malloc((n ? n : 1) * sizeof *G.nxt);
    G.ghr = ct_malloc((n ? n : 1) * sizeof *G.ghr);
    G.st = ct_calloc(n ? n : 1, sizeof *G.st);
    G.zs = ct_malloc(G.maxact * sizeof *G.zs);
    G.leaf = leaf_of ? leaf_of : ct_malloc((n ? n : 1) * sizeof *G.leaf);
    G.act = ct_malloc(G.maxact * sizeof *G.act);
    G.act2 = ct_malloc(G.maxact * sizeof *G.act2);
    G.child = ct_malloc(G.maxact * sizeof *G.child);
    G.moved = ct_malloc(G.maxact * sizeof *G.moved);
    G.hist = ct_calloc((size_t)nth, sizeof *G.hist);
    G.oall = ct_calloc((size_t)nth, sizeof *G.oall);
    G.cnt = ct_calloc((size_t)nth, sizeof *G.cnt);
    G.psum = ct_calloc((size_t)nth, sizeof *G.psum);
    G.part = tree_buf_reserve(NULL, &G.part_cap, (G.nchunk ? G.nchunk : 1) * G.maxact,
                              sizeof *G.part, &G.fail);
    if (!G.nid || !G.nxt || !G.ghr || !G.st || !G.zs || !G.leaf || !G.act || !G.act2 || !G.child ||
        !G.moved || !G.hist || !G.oall || !G.cnt || !G.psum || G.fail)
        goto done;
    for (int th = 0; th < nth; th++)
        if (!(G.hist[th] = ct_calloc((G.maxact + 1) * G.maxw, sizeof **G.hist)) ||
            !(G.oall[th] = ct_calloc(G.maxact + 1, sizeof **G.oall)) ||
            !(G.cnt[th] = ct_calloc(2 * G.maxact, sizeof **G.cnt)))
            goto done;
    G.sk = G.dk = G.gk = NONE;
    G.tfloor = G.dfloor = tree_split_floor(gp);
    if (gp->max_depth > 1 && b->hoff[p] <= SPINE_SLOTS_MAX && gp->cols_mini >= 0) {
        const size_t nnz = b->rptr[n];
        G.mcap = gp->cols_mini > 0 ? nnz : nnz / 4;
        G.sp = ct_malloc((b->hoff[p] ? b->hoff[p] : 1) * sizeof *G.sp);
        G.mptr = ct_malloc((p + 1) * sizeof *G.mptr);
        G.mrow = ct_malloc((G.mcap ? G.mcap : 1) * sizeof *G.mrow);
        G.mk = ct_malloc((G.mcap ? G.mcap : 1) * sizeof *G.mk);
        G.mbin = ct_malloc(G.mcap ? G.mcap : 1);
        G.mpt = ct_calloc((size_t)nth, sizeof *G.mpt);
        G.ub = ct_malloc((p ? p : 1) * sizeof *G.ub);
        G.ea = ct_malloc((p ? p : 1) * sizeof *G.ea);
        G.eo = ct_malloc((p ? p : 1) * sizeof *G.eo);
        G.mq = ct_calloc((size_t)nth, sizeof *G.mq);
        G.wn = ct_calloc((size_t)nth, sizeof *G.wn);
        G.wl = ct_malloc((n ? n : 1) * sizeof *G.wl);
        if (!G.sp || !G.mptr || !G.mrow || !G.mk || !G.mbin || !G.mpt || !G.mq || !G.wn || !G.wl ||
            !G.ub || !G.ea || !G.eo)
            goto done;
        for (int q = 0; q < nth; q++)
            if (!(G.mpt[q] = ct_malloc((p + 1) * sizeof **G.mpt)))
                goto done;
    }
    if (add_node(&G, 0, 0, 0, 0))
        goto done;
    const long ln = (long)n;
#pragma omp parallel num_threads(nth) if (nth > 1)
    {
        const int th = nth > 1 ? omp_get_thread_num() : 0;
        tree_v2 ps = {0, 0};
        double pc = 0, hm = 0;
#pragma omp for schedule(static)
        for (long li = 0; li < ln; li++) {
            const size_t r = (size_t)li;
            G.nid[r] = row_in[r] ? 0 : NONE;
            G.ghr[r] = row_in[r] ? G.gh[r] : (tree_v2){0, 0};
            if (row_in[r]) {
                G.leaf[r] = 0;
                ps += G.gh[r];
                pc += 1;
                hm = gh[r][1] > hm ? gh[r][1] : hm;
            }
        }
        G.psum[th] = ps;
        G.cnt[th][0] = pc;
        G.cnt[th][1] = hm;
#pragma omp barrier
#pragma omp single
        {
            /* the root's totals: partial sums added (exact) */
            tree_v2 t = {0, 0};
            double cn = 0;
            G.hmax = 0;
            for (int q = 0; q < nth; q++) {
                t += G.psum[q];
                cn += G.cnt[q][0];
                G.hmax = G.cnt[q][1] > G.hmax ? G.cnt[q][1] : G.hmax;
                G.cnt[q][0] = G.cnt[q][1] = 0;
            }
            G.g[0].s1 = t[0];
            G.g[0].s2 = t[1];
            G.g[0].cnt = cn;
            G.act[0] = 0;
            G.nact = tree_node_can_split(gp, t[0], t[1], cn, 0) ? 1 : 0;
            G.sk = G.sp && G.nact ? 0 : NONE;
            G.fresh = G.sk != NONE;
            G.root = 1;
        }
        while (G.nact && !G.fail) {
            const long nc = (long)G.nchunk;
#pragma omp for schedule(dynamic, 1)
            for (long q = 0; q < nc; q++)
                chunk_scan(&G, (size_t)q, th);
#pragma omp single
            decide(&G);
            if (G.fail)
                break;
            const long na = (long)G.nact;
#pragma omp for schedule(dynamic, 1)
            for (long i = 0; i < na; i++)
                side_entries(&G, (size_t)i);
#pragma omp single
            settle(&G);
            if (G.fail)
                break;
#pragma omp for schedule(static)
            for (long q = 0; q < nth; q++)
                plan_rows(&G, n * (size_t)q / (size_t)nth, n * (size_t)(q + 1) / (size_t)nth,
                          (int)q);
            if (G.plan) {
#pragma omp single
                plan_offsets(&G);
                if (G.mini) {
#pragma omp for schedule(static)
                    for (long q = 0; q < nth; q++)
                        plan_fill(&G, n * (size_t)q / (size_t)nth, (int)q);
#pragma omp single
                    spine_floor(&G);
                }
            }
        }
    }
    if (G.fail)
        goto done;
    if (leaf_of)
        tree_leaves_out_of_sample(b, out, row_in, leaf_of);
    st = CT_OK;
done:
    if (st == CT_OK) {
        for (uint32_t k = 0; k < out->n; k++) {
            out->cover[k] = G.g[k].s2;
            if (!out->node[k].left)
                out->node[k].value = tree_leaf_output(gp, G.g[k].s1, G.g[k].s2);
        }
    } else {
        tree_free_arrays(out);
    }
    for (int th = 0; th < nth; th++) {
        if (G.hist)
            ct_free(G.hist[th]);
        if (G.oall)
            ct_free(G.oall[th]);
        if (G.cnt)
            ct_free(G.cnt[th]);
    }
    ct_free(G.hist);
    ct_free(G.oall);
    ct_free(G.cnt);
    ct_free(G.psum);
    ct_free(G.g);
    ct_free(G.nid);
    ct_free(G.nxt);
    ct_free(G.ghr);
    ct_free(G.st);
    ct_free(G.zs);
    ct_free(G.wl);
    ct_free(G.wn);
    if (!leaf_of)
        ct_free(G.leaf);
    ct_free(G.act);
    ct_free(G.act2);
    ct_free(G.child);
    ct_free(G.moved);
    ct_free(G.idx);
    ct_free(G.part);
    ct_free(G.sp);
    ct_free(G.mptr);
    ct_free(G.mrow);
    ct_free(G.mk);
    ct_free(G.mbin);
    ct_free(G.ub);
    ct_free(G.ea);
    ct_free(G.eo);
    for (int q = 0; G.mpt && q < nth; q++)
        ct_free(G.mpt[q]);
    ct_free(G.mpt);
    ct_free(G.mq);
    return st;
}
