/* tree_level.c — the boosting's tree grower: the same trees as tree_grow
 * (tree_grow.c) for the logistic criterion, grown one level at a time with
 * every core on one tree, each thread owning a fixed share of the rows.
 *
 * Why it is the same tree: the row sums s1, s2 are on a grid that makes
 * every sum of them exact (tree_boost.c's gradients; tree_internal.h states
 * the contract), so a node's histogram, totals and children's sums are the
 * same numbers whatever order or grouping adds them: a node's rows may be
 * summed on several threads and the parts added together, and the larger
 * child's histogram taken as its parent's minus the smaller child's, with
 * no last bit changed. The rest is tree_grow's order: nodes are numbered
 * as its first-in first-out queue gives them (a level's nodes in order,
 * each split node's left then right child), and every split is chosen by
 * tree_scan_pairs (tree_scan_col's walk) in ascending column order with
 * the first best kept. Only the histogram's storage differs: dense here
 * (every slot of every used column, the sums of s1 and s2 as one pair of
 * doubles added in one vector instruction), compact there (with the rows'
 * count). The count is not needed here: every row's s2 (a hessian on its
 * grid) is positive, so a slot, a side or a node holds rows exactly when
 * its s2 sum is positive, and the only row limit, min_samples_leaf, is 1
 * (the boosting's; tree_grow_level_fits checks): tree_scan_pairs takes
 * "s2 > 0" where tree_scan_col takes "rows >= 1", the same decisions, and
 * a slot with no row is skipped by both.
 *
 * How the work is cut (the cut never changes a result): thread t owns the
 * rows of every T-th block of rows (T threads; tree_block_rows; tests make the
 * blocks small with tree_grow_params.level_block), the blocks whose
 * gradients it computed (tree_boost.c's gradients are cut the same way),
 * and keeps them in a region of its own, each node's rows a range of it.
 * So the partition of a node's rows and the histogram builds are each
 * thread's own work on its own rows, in its own cache, with no block to put
 * together afterwards: a build leaves each thread's sums of its rows in a
 * part of its own, and the split scans (run c of the columns on thread c,
 * so that a run's slots stay in one cache from level to level) add the
 * parts into the node's histogram, take it from the parent's (the larger
 * child's), and scan both children, column by column; the runs' best
 * splits are merged in column order. A node with few rows is summed whole
 * by one thread (the parts would cost more to add than they save), and
 * the root's rows, in order, are read column by column when the bins have
 * tree_bins_by_column's copy. Rows interleaved in blocks keep the threads'
 * shares of a node even when a file is sorted (the reports file is sorted
 * by class). One parallel region per tree (none on one thread: grow_team
 * runs solo); the team meets at a spinning barrier (base/spin_barrier.h:
 * a third of libgomp's barrier's time on these machines) three times a
 * level, and the decisions between phases (new nodes, the builds of the
 * next level) are run by the last thread to arrive, before the others go
 * on: no `omp single` and its second barrier. */
#include "models/tree_internal.h"

#include "base/spin_barrier.h"

#include <float.h>
#include <math.h>
#include <omp.h>
#include <string.h>

/* bytes of dense histograms the widest level may hold, with the threads'
 * parts; a deeper or wider tree grows with another grower */
#define LEVEL_HIST_BUDGET ((size_t)16 << 20)
#define LEVEL_MAX_RUNS 16
/* stored entries per histogram slot below which tree_grow's compact
 * histograms are used instead */
#define LEVEL_MIN_ENTRIES_PER_SLOT 8
/* rows in a block of a thread's own: tree_block_rows (tree_internal.h),
 * the blocks of tree_boost.c's gradients, so the same thread computes their
 * gradients. Measured on two threads (bench/RESULTS.md): about 2048 beats
 * 512 (longer runs of rows for each thread), and 15,000 rows still make
 * about four blocks a thread, which evens out a file sorted by class */
/* a node whose rows hold fewer stored entries than LEVEL_WHOLE times a
 * histogram's slots is summed by one thread: adding the threads' parts
 * would cost more than the sums save */
#define LEVEL_WHOLE 2

typedef tree_v2 lv2;

typedef struct lnode {
    double s1, s2, cnt;
    int depth;
    uint32_t bin;    /* split nodes: finite bins <= bin go left */
    lv2 *H;          /* its dense histogram while it may split, else NULL */
    uint32_t small;  /* split nodes: the child built from its rows (0: none) */
    lv2 *HS;         /* the small child's histogram being built */
    int sub;         /* the larger child is the parent's minus the small one */
    int has_missing; /* split nodes: the split saw missing values */
    double l1, l2;   /* split nodes: the left side's sums (the scan's, exact) */
} lnode;

#define LEVEL_NONE SIZE_MAX

/* a histogram to build: node's rows summed into the threads' parts, added
 * into dst by the scans (one thread: into dst; a whole build: into dst by
 * that thread); sub (or NULL): the histogram that loses it
 * afterwards (the parent's, becoming the larger child's); cs, cb: the
 * level's candidate indices of the node and of its sibling when they are
 * scanned (LEVEL_NONE: not) */
typedef struct lbuild {
    lv2 *dst, *sub;
    uint32_t node, big;
    size_t cs, cb;
    int whole; /* -1: every thread sums its own rows; else the thread that
                  sums them all (a small node: no parts to add; -2 within
                  settle until one is given) */
} lbuild;

typedef struct level {
    const tree_bins *b;
    const tree_grow_params *gp;
    const lv2 *gh; /* n: the rows' (s1, s2) */
    const uint8_t *row_in;
    tree *t;
    lnode *g;
    uint32_t cap;
    int nth;    /* threads allocated for */
    int T;      /* threads in the team */
    size_t own; /* rows a block of a thread's own */
    uint32_t *rows, *tmp;
    uint32_t *reg;  /* nth + 1: thread t's region of rows: [reg[t], reg[t + 1]) */
    uint32_t *rng;  /* per (node, thread): lo, hi, and left count (split nodes) */
    uint32_t rcap;  /* nodes rng holds */
    double *ts;     /* 2 nth: the threads' root sums */
    double *load;   /* nth: the threads' work in a level's builds (settle) */
    double epr;     /* stored entries a row (the design's mean) */
    size_t S;       /* slots of a histogram */
    uint32_t *cols; /* the used columns, ascending */
    size_t ncols;
    size_t run[LEVEL_MAX_RUNS + 1]; /* runs of cols: [run[c], run[c + 1]) */
    size_t nrun;
    lv2 **pool; /* free histograms */
    size_t npool, npool_cap;
    lv2 **all;
    size_t nall;
    uint32_t *spl[2]; /* the nodes that split, of the level and the one before */
    size_t nspl[2];
    int dense;       /* rows' bins of dense columns read from dbin */
    uint32_t *dcols; /* the used dense columns */
    size_t ndcols;
    int sparse;       /* some used column is read from the rows' entries */
    tree_split *part; /* per (candidate, run) */
    size_t part_cap;
    lbuild *bl; /* the level's builds */
    size_t nbl;
    lv2 **pt; /* per (build, thread): the threads' parts (several threads) */
    int last; /* the level's children are leaves (max_depth): no row moves */
    int32_t *leaf_of;
    int fail;
    ct_spin_barrier bar; /* the team's (spin_barrier.h) */
} level;

#define RLO(L, k, t) (L)->rng[3 * ((size_t)(k) * (size_t)(L)->nth + (size_t)(t))]
#define RHI(L, k, t) (L)->rng[3 * ((size_t)(k) * (size_t)(L)->nth + (size_t)(t)) + 1]
#define RNL(L, k, t) (L)->rng[3 * ((size_t)(k) * (size_t)(L)->nth + (size_t)(t)) + 2]

int tree_grow_level_fits(const tree_bins *b, const tree_grow_params *gp, size_t nrows_in)
{
    if (gp->criterion != TREE_LOGLOSS || gp->max_features < b->p || gp->max_depth <= 0 ||
        gp->max_depth > 24 || gp->min_samples_leaf > 1 || b->wide)
        return 0;
    /* live histograms: at most the next level's nodes, 2^(max_depth - 1)
     * (the deepest level never splits) and at most the rows, and the
     * threads' parts of the level's builds (half as many, each thread but
     * one) */
    size_t w = (size_t)1 << (gp->max_depth - 1);
    if (w > nrows_in + 1)
        w = nrows_in + 1;
    const double S = (double)b->hoff[b->p];
    const double nth = (double)ct_threads();
    const double bytes = (double)w * (1 + (nth > 1 ? 0.5 * nth : 0)) * S * sizeof(lv2);
    /* (so the choice may depend on the thread count: the growers make the
     * same trees, tests/unit/test_trees_grow.c) */
    /* a dense histogram costs its S slots at every node (zeroed, scanned,
     * subtracted), a compact one only the slots the node's rows touch: on
     * wide sparse designs (design c of bench/trees.sh: 335,266 slots for
     * 580k stored entries) the compact ones win, on a and b (26 and 5
     * columns) the dense ones */
    return bytes <= (double)LEVEL_HIST_BUDGET &&
           S * LEVEL_MIN_ENTRIES_PER_SLOT <= (double)b->rptr[b->n];
}

static int add_node(level *L, double s1, double s2, double cnt, int depth)
{
    void *g = L->g;
    const long k = tree_node_push(L->t, &L->cap, &g, sizeof *L->g);
    L->g = g;
    if (k < 0)
        return -1;
    if (L->cap > L->rcap) {
        uint32_t *nr = ct_realloc(L->rng, (size_t)L->cap * (size_t)L->nth * 3 * sizeof *nr);
        if (!nr)
            return -1;
        L->rng = nr;
        L->rcap = L->cap;
    }
    L->g[k] = (lnode){s1, s2, cnt, depth, 0, NULL, 0, NULL, 0, 0, 0, 0};
    for (int t = 0; t < L->nth; t++)
        RLO(L, k, t) = RHI(L, k, t) = RNL(L, k, t) = 0;
    return 0;
}

static lv2 *hist_get(level *L)
{
    if (L->npool)
        return L->pool[--L->npool];
    if (L->nall == L->npool_cap) {
        const size_t nc = L->npool_cap ? 2 * L->npool_cap : 16;
        lv2 **na = ct_realloc(L->all, nc * sizeof *na);
        if (na)
            L->all = na;
        lv2 **np = ct_realloc(L->pool, nc * sizeof *np);
        if (np)
            L->pool = np;
        if (!na || !np)
            return NULL;
        L->npool_cap = nc;
    }
    const size_t S = L->b->hoff[L->b->p];
    lv2 *h = ct_malloc((S ? S : 1) * sizeof *h); /* (malloc's alignment: 16) */
    if (h)
        L->all[L->nall++] = h;
    return h;
}

static void hist_put(level *L, lv2 *h)
{
    if (h)
        L->pool[L->npool++] = h;
}

/* The columns this tree uses, their runs for the per-slot tasks (scans,
 * additions, subtractions; at most one run per thread, balanced by slots)
 * and the used columns a build reads from the row-major bins. */
static void make_runs(level *L, int nth)
{
    const tree_bins *b = L->b;
    const uint8_t *use = L->gp->use_col;
    L->ncols = L->ndcols = 0;
    L->sparse = 0;
    double tot = 0;
    for (size_t j = 0; j < b->p; j++)
        if (!use || use[j]) {
            L->cols[L->ncols++] = (uint32_t)j;
            tot += (double)b->nbins[j] + 1;
            if (L->dense && b->dcol[j])
                L->dcols[L->ndcols++] = (uint32_t)j;
            else
                L->sparse = 1;
        }
    size_t k = (size_t)(nth > 1 ? nth : 1);
    if (k > LEVEL_MAX_RUNS)
        k = LEVEL_MAX_RUNS;
    if (k > L->ncols)
        k = L->ncols ? L->ncols : 1;
    L->nrun = k;
    L->run[0] = 0;
    double acc = 0;
    size_t c = 1;
    for (size_t i = 0; i < L->ncols && c < k; i++) {
        acc += (double)b->nbins[L->cols[i]] + 1;
        if (acc >= tot * (double)c / (double)k && L->ncols - (i + 1) >= k - c)
            L->run[c++] = i + 1;
    }
    while (c < k) /* (degenerate weights) */
        L->run[c] = L->run[c - 1] + 1, c++;
    L->run[k] = L->ncols;
}

/* The stored entries [lo, end) of a row added to H (used columns), with the
 * row's (s1, s2) a. */
static inline void add_entries(lv2 *restrict H, const size_t *restrict hoff,
                               const uint32_t *restrict col, const uint8_t *restrict bin, size_t lo,
                               size_t end, const uint8_t *restrict use, lv2 a)
{
    for (size_t e = lo; e < end; e++) {
        const uint32_t j = col[e];
        if (use && !use[j])
            continue;
        H[hoff[j] + bin[e]] += a;
    }
}

/* Zero the used columns' slots of H. */
static void hist_zero(const level *L, lv2 *H)
{
    const tree_bins *b = L->b;
    if (L->ncols == b->p) {
        memset(H, 0, b->hoff[b->p] * sizeof *H);
        return;
    }
    for (size_t i = 0; i < L->ncols; i++) {
        const uint32_t j = L->cols[i];
        memset(H + b->hoff[j], 0, (b->nbins[j] + 1) * sizeof *H);
    }
}

/* Rows[lo .. hi)'s bins added to H. Two ways to find a row's
 * bins: with the row-major bins, a read per dense column and the row's
 * entries in the other columns; without, the row's stored entries. The
 * implicit zeros' slot (the zero bin) is never read: the scan derives it
 * from the node's totals. With s (not NULL), the rows' sums into s. */
static void build_rows(const level *L, lv2 *restrict H, uint32_t lo, uint32_t hi, double *s)
{
    const tree_bins *b = L->b;
    const size_t *restrict hoff = b->hoff;
    const uint32_t *restrict rows = L->rows;
    const lv2 *restrict gh = L->gh;
    const uint8_t *restrict use = L->gp->use_col;
    /* the rows' sums, added as the rows are read (one addition a row;
     * exact, so any order) */
    lv2 t = {0, 0};
    if (!L->dense) {
        for (uint32_t q = lo; q < hi; q++) {
            const uint32_t r = rows[q];
            t += gh[r];
            add_entries(H, hoff, b->rcol, b->rbin, b->rptr[r], b->rptr[r + 1], use, gh[r]);
        }
    } else {
        const uint32_t *restrict dc = L->dcols;
        const size_t nd = L->ndcols, p = b->p;
        const int sparse = L->sparse;
        const uint8_t *restrict dbin = b->dbin;
        uint32_t q = lo;
        for (; q + 1 < hi; q += 2) {
            const uint32_t r = rows[q], r2 = rows[q + 1];
            const lv2 a = gh[r], a2 = gh[r2];
            t += a + a2;
            const uint8_t *d = dbin + (size_t)r * p, *d2 = dbin + (size_t)r2 * p;
            for (size_t i = 0; i < nd; i++) {
                const uint32_t j = dc[i];
                const size_t x = hoff[j] + d[j], x2 = hoff[j] + d2[j];
                if (x == x2) {
                    H[x] += a + a2;
                } else {
                    H[x] += a;
                    H[x2] += a2;
                }
            }
            if (sparse) {
                add_entries(H, hoff, b->scol, b->sbin, b->sptr[r], b->sptr[r + 1], use, a);
                add_entries(H, hoff, b->scol, b->sbin, b->sptr[r2], b->sptr[r2 + 1], use, a2);
            }
        }
        for (; q < hi; q++) {
            const uint32_t r = rows[q];
            const lv2 a = gh[r];
            t += a;
            const uint8_t *d = dbin + (size_t)r * p;
            for (size_t i = 0; i < nd; i++) {
                const uint32_t j = dc[i];
                H[hoff[j] + d[j]] += a;
            }
            if (sparse)
                add_entries(H, hoff, b->scol, b->sbin, b->sptr[r], b->sptr[r + 1], use, a);
        }
    }
    if (s) {
        s[0] = t[0];
        s[1] = t[1];
    }
}

/* Thread t's part of the level's builds: its rows of each build's node
 * summed into its own part (one thread: the node's histogram; with sums,
 * the root's, its rows' totals into ts), and every thread's rows of the
 * whole builds given to t into their histograms. */
static void build_own(level *L, int t, int sums)
{
    for (size_t i = 0; i < L->nbl; i++) {
        const lbuild *B = &L->bl[i];
        if (B->whole < 0) {
            lv2 *H = L->T > 1 ? L->pt[i * (size_t)L->nth + (size_t)t] : B->dst;
            hist_zero(L, H);
            build_rows(L, H, RLO(L, B->node, t), RHI(L, B->node, t), sums ? L->ts + 2 * t : NULL);
        } else if (B->whole == t) {
            hist_zero(L, B->dst);
            for (int th = 0; th < L->T; th++)
                build_rows(L, B->dst, RLO(L, B->node, th), RHI(L, B->node, th), NULL);
        }
    }
}

/* Rows i and i + 1 of a column's bins c added to its slots h (sums a and
 * a2; s2 their sum, added once when they share a slot: exact sums). */
static inline void add_pair(lv2 *restrict h, const uint8_t *restrict c, size_t i, lv2 a, lv2 a2,
                            lv2 s2)
{
    const uint8_t x = c[i], x2 = c[i + 1];
    if (x == x2) {
        h[x] += s2;
    } else {
        h[x] += a;
        h[x2] += a2;
    }
}

/* The root's part of thread t when all its rows are in the sample: its
 * blocks' rows in order, so the bins are read column by column (the
 * dense columns' from cbin, each column's slots in the first-level cache,
 * two rows sharing a slot added once; the other columns' entries in one
 * run per block, srow giving their rows) and no row list is read. */
static void build_root_cols(const level *L, lv2 *restrict H, int t, double *sums)
{
    const tree_bins *b = L->b;
    const size_t n = b->n, T = (size_t)L->T, ob = L->own;
    const lv2 *restrict gh = L->gh;
    const uint8_t *restrict use = L->gp->use_col;
    /* the rows' sums in four chains of additions side by side (one chain
     * waited on each addition: a twentieth of a round on design b; the
     * sums are exact, so in any grouping) */
    lv2 tot = {0, 0}, tot1 = {0, 0}, tot2 = {0, 0}, tot3 = {0, 0};
    for (size_t blk = (size_t)t; blk * ob < n; blk += T) {
        const size_t i0 = blk * ob, i1 = i0 + ob < n ? i0 + ob : n;
        size_t r = i0;
        for (; r + 3 < i1; r += 4) {
            tot += gh[r];
            tot1 += gh[r + 1];
            tot2 += gh[r + 2];
            tot3 += gh[r + 3];
        }
        for (; r < i1; r++)
            tot += gh[r];
        /* four columns a pass: one read of a row's sums for four slots,
         * and four chains of additions through memory side by side */
        size_t k0 = 0;
        for (; k0 + 4 <= L->ndcols; k0 += 4) {
            const uint8_t *c[4];
            lv2 *h[4];
            for (int q = 0; q < 4; q++) {
                const uint32_t j = L->dcols[k0 + (size_t)q];
                c[q] = b->cbin + (size_t)b->dord[j] * n;
                h[q] = H + b->hoff[j];
            }
            size_t i = i0;
            for (; i + 1 < i1; i += 2) {
                const lv2 a = gh[i], a2 = gh[i + 1], s2 = a + a2;
                add_pair(h[0], c[0], i, a, a2, s2);
                add_pair(h[1], c[1], i, a, a2, s2);
                add_pair(h[2], c[2], i, a, a2, s2);
                add_pair(h[3], c[3], i, a, a2, s2);
            }
            if (i < i1)
                for (int q = 0; q < 4; q++)
                    h[q][c[q][i]] += gh[i];
        }
        for (size_t k = k0; k < L->ndcols; k++) {
            const uint32_t j = L->dcols[k];
            const uint8_t *restrict cb = b->cbin + (size_t)b->dord[j] * n;
            lv2 *restrict h = H + b->hoff[j];
            size_t i = i0;
            for (; i + 1 < i1; i += 2)
                add_pair(h, cb, i, gh[i], gh[i + 1], gh[i] + gh[i + 1]);
            if (i < i1)
                h[cb[i]] += gh[i];
        }
        if (L->sparse) {
            const size_t *restrict hoff = b->hoff;
            const uint32_t *restrict scol = b->scol, *restrict srow = b->srow;
            const uint8_t *restrict sbin = b->sbin;
            for (size_t e = b->sptr[i0]; e < b->sptr[i1]; e++) {
                const uint32_t j = scol[e];
                if (use && !use[j])
                    continue;
                H[hoff[j] + sbin[e]] += gh[srow[e]];
            }
        }
    }
    tot += tot1 + tot2 + tot3;
    sums[0] = tot[0];
    sums[1] = tot[1];
}

/* Thread t's own rows: those of every T-th block of L->own rows from
 * its t-th, in the sample, in order, into its region; the root's range.
 * Returns whether every row of its blocks is in the sample. */
static int own_rows(level *L, int t)
{
    const size_t n = L->b->n, T = (size_t)L->T, ob = L->own;
    uint32_t pos = L->reg[t];
    for (size_t blk = (size_t)t; blk * ob < n; blk += T) {
        const size_t i0 = blk * ob, i1 = i0 + ob < n ? i0 + ob : n;
        for (size_t i = i0; i < i1; i++) {
            L->rows[pos] = (uint32_t)i; /* (kept when in the sample) */
            pos += L->row_in[i] != 0;
        }
    }
    RLO(L, 0, t) = L->reg[t];
    RHI(L, 0, t) = pos;
    return pos == L->reg[t + 1];
}

/* Task: build bi over the slots of run c, column by column: the threads'
 * parts added into its histogram (several threads, not a whole build),
 * the histogram taken from the one it leaves (the parent's becomes the
 * larger child's; sums are exact, so the order does not matter), then
 * the two children scanned on the column. */
static void reduce_scan(level *L, size_t bi, size_t c)
{
    const tree_bins *b = L->b;
    const tree_grow_params *gp = L->gp;
    const lbuild *B = &L->bl[bi];
    lv2 *restrict d = B->dst;
    lv2 *restrict big = B->sub;
    lv2 *const *pt = L->T > 1 && B->whole < 0 ? L->pt + bi * (size_t)L->nth : NULL;
    const lnode *gs = B->cs != LEVEL_NONE ? &L->g[B->node] : NULL,
                *gb = B->cb != LEVEL_NONE ? &L->g[B->big] : NULL;
    tree_split *bs = gs ? &L->part[B->cs * L->nrun + c] : NULL,
               *bb = gb ? &L->part[B->cb * L->nrun + c] : NULL;
    const double ps = gs ? tree_split_score(gp, gs->s1, gs->s2) : 0,
                 pb = gb ? tree_split_score(gp, gb->s1, gb->s2) : 0;
    if (bs) {
        bs->gain = -INFINITY;
        bs->feature = -1;
    }
    if (bb) {
        bb->gain = -INFINITY;
        bb->feature = -1;
    }
    /* column by column, so that its slots stay in the first-level cache
     * from the sums to the scans */
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        const size_t s0 = b->hoff[j], s1 = b->hoff[j] + b->nbins[j] + 1;
        if (pt && L->T == 2) {
            const lv2 *restrict p0 = pt[0], *restrict p1 = pt[1];
            if (big)
                for (size_t s = s0; s < s1; s++) {
                    const lv2 v = p0[s] + p1[s];
                    d[s] = v;
                    big[s] -= v;
                }
            else
                for (size_t s = s0; s < s1; s++)
                    d[s] = p0[s] + p1[s];
        } else {
            if (pt) {
                const lv2 *restrict p0 = pt[0];
                for (size_t s = s0; s < s1; s++)
                    d[s] = p0[s];
                for (int t = 1; t < L->T; t++) {
                    const lv2 *restrict pp = pt[t];
                    for (size_t s = s0; s < s1; s++)
                        d[s] += pp[s];
                }
            }
            if (big)
                for (size_t s = s0; s < s1; s++)
                    big[s] -= d[s];
        }
        if (gs)
            tree_scan_pairs(b, gp, gs->s1, gs->s2, j, gs->H + s0, ps, tree_split_floor(gp), bs,
                            NULL);
        if (gb)
            tree_scan_pairs(b, gp, gb->s1, gb->s2, j, gb->H + s0, pb, tree_split_floor(gp), bb,
                            NULL);
    }
}

/* Thread t's rows of split node k moved to its sides, in order, without
 * branches on the side (a coin toss for the branch predictor): every row
 * is written to both sides' next places and counted on one; the left side
 * in place (never past the row being read), the right side after it. At
 * the last level (the children are leaves) each row's leaf is written and
 * no row moves. The children's ranges of thread t are set. */
static void split_own(level *L, int t, uint32_t k)
{
    const tree_bins *b = L->b;
    tree *tr_ = L->t;
    const uint32_t j = (uint32_t)tr_->node[k].feature, sb = L->g[k].bin;
    const int dl = tr_->dleft[k];
    const uint32_t lo = RLO(L, k, t), hi = RHI(L, k, t), m = hi - lo;
    const uint32_t cl = tr_->node[k].left;
    uint32_t *rows = L->rows + lo;
    uint32_t nl = 0, nr = 0;
    if (L->last) {
        int32_t *restrict lf = L->leaf_of;
        if (b->dbin && lf) { /* (the row-major bins: one read a row) */
            const uint8_t *restrict col = b->dbin + j;
            const size_t p = b->p;
            const uint32_t nb = b->nbins[j];
            for (uint32_t q = 0; q < m; q++) {
                const uint32_t r = rows[q], bin = col[(size_t)r * p];
                const int left = bin == nb ? dl : bin <= sb;
                lf[r] = (int32_t)cl + !left;
                nl += (uint32_t)left;
            }
            RNL(L, k, t) = nl;
            return;
        }
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q];
            const int left = tree_goes_left(b, r, j, sb, dl);
            if (lf)
                lf[r] = (int32_t)cl + !left;
            nl += (uint32_t)left;
        }
        RNL(L, k, t) = nl;
        return;
    }
    uint32_t *tl = rows, *restrict tr = L->tmp + lo;
    if (b->dbin) {
        const uint8_t *restrict col = b->dbin + j;
        const size_t p = b->p;
        const uint32_t nb = b->nbins[j];
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q], bin = col[(size_t)r * p];
            const int left = bin == nb ? dl : bin <= sb;
            tl[nl] = r;
            tr[nr] = r;
            nl += (uint32_t)left;
            nr += (uint32_t)!left;
        }
    } else {
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q];
            const int left = tree_goes_left(b, r, j, sb, dl);
            tl[nl] = r;
            tr[nr] = r;
            nl += (uint32_t)left;
            nr += (uint32_t)!left;
        }
    }
    memcpy(rows + nl, tr, nr * sizeof *tr);
    RNL(L, k, t) = nl;
    RLO(L, cl, t) = lo;
    RHI(L, cl, t) = RLO(L, cl + 1, t) = lo + nl;
    RHI(L, cl + 1, t) = hi;
}

/* The level's candidates: the root at level 0, then the children of the
 * previous level's split nodes in order, left then right — tree_grow's
 * queue order. A candidate with no histogram (it may not split) is
 * skipped. */
static size_t ncand(const level *L, int lev) { return lev ? 2 * L->nspl[(lev - 1) & 1] : 1; }
static uint32_t cand(const level *L, int lev, size_t i)
{
    return lev ? L->t->node[L->spl[(lev - 1) & 1][i / 2]].left + (uint32_t)(i & 1) : 0;
}

/* Serial, at level lev's decision (the previous level's builds done, its
 * split nodes' children not yet decided): the histograms of the previous
 * level's split nodes that no child holds go back, and the threads'
 * parts. */
static void release(level *L, int lev)
{
    for (size_t i = 0; i < L->nbl * (size_t)L->nth; i++) {
        hist_put(L, L->pt[i]);
        L->pt[i] = NULL;
    }
    if (!lev)
        return;
    const uint32_t *spl = L->spl[(lev - 1) & 1];
    for (size_t i = 0; i < L->nspl[(lev - 1) & 1]; i++) {
        lnode *gk = &L->g[spl[i]];
        if (gk->HS && (!gk->small || L->g[gk->small].H != gk->HS))
            hist_put(L, gk->HS); /* unused, or built for the subtraction only */
        if (gk->H && !gk->sub)
            hist_put(L, gk->H);
        gk->H = NULL;
        gk->HS = NULL;
    }
}

/* Serial: the level's best splits (runs merged in column order), the new
 * nodes, the list of nodes that split, a histogram for each one's smaller
 * child. */
static void decide(level *L, int lev)
{
    const tree_bins *b = L->b;
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    release(L, lev);
    L->nbl = 0;
    uint32_t *spl = L->spl[lev & 1];
    L->nspl[lev & 1] = 0;
    L->last = 0;
    const size_t nc = ncand(L, lev);
    for (size_t i = 0; i < nc; i++) {
        const uint32_t k = cand(L, lev, i);
        if (!L->g[k].H)
            continue;
        tree_split sp = L->part[i * L->nrun];
        for (size_t c = 1; c < L->nrun; c++)
            if (L->part[i * L->nrun + c].gain > sp.gain)
                sp = L->part[i * L->nrun + c];
        if (!tree_split_taken(gp, sp.feature, sp.gain)) {
            hist_put(L, L->g[k].H);
            L->g[k].H = NULL;
            continue;
        }
        const int depth = L->g[k].depth + 1;
        lv2 *hs = hist_get(L);
        if (!hs || add_node(L, 0, 0, 0, depth) || add_node(L, 0, 0, 0, depth)) {
            hist_put(L, hs);
            L->fail = 1;
            return;
        }
        const uint32_t left = t->n - 2;
        tree_node_set_split(t, b, k, left, (uint32_t)sp.feature, sp.bin, sp.dleft);
        L->g[k].bin = sp.bin;
        L->g[k].has_missing = sp.has_missing;
        L->g[k].l1 = sp.l1;
        L->g[k].l2 = sp.l2;
        L->g[k].HS = hs;
        L->g[k].small = 0;
        L->g[k].sub = 0;
        spl[L->nspl[lev & 1]++] = k;
        L->last = depth >= gp->max_depth;
    }
    L->part = tree_buf_reserve(L->part, &L->part_cap, 2 * L->nspl[lev & 1] * L->nrun + 1,
                               sizeof *L->part, &L->fail);
}

/* Serial, after the partition: each split node's children (counts, sums:
 * the left's from the scan, the right's the node's minus them, exact), its
 * default side, which children may split, which child is built (the
 * smaller, into HS, and the threads' parts) and which one is the parent's
 * histogram minus it (the larger, when it may split): the next level's
 * builds. */
static void settle(level *L, int lev)
{
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    L->nbl = 0;
    for (int th = 0; th < L->T; th++)
        L->load[th] = 0;
    for (size_t i = 0; i < L->nspl[lev & 1]; i++) {
        const uint32_t k = L->spl[lev & 1][i], cl_ = t->node[k].left, cr_ = cl_ + 1;
        lnode *gk = &L->g[k], *gl = &L->g[cl_], *gr = &L->g[cr_];
        uint32_t nl = 0;
        for (int th = 0; th < L->T; th++)
            nl += RNL(L, k, th);
        const uint32_t nr = (uint32_t)gk->cnt - nl;
        gl->cnt = nl;
        gr->cnt = nr;
        gl->s1 = gk->l1;
        gl->s2 = gk->l2;
        gr->s1 = gk->s1 - gk->l1;
        gr->s2 = gk->s2 - gk->l2;
        /* the default side of a split that saw no missing value: the child
         * with more rows (as tree_grow) */
        if (!gk->has_missing)
            t->dleft[k] = nl >= nr;
        const int cl = tree_node_can_split(gp, gl->s1, gl->s2, gl->cnt, gl->depth),
                  cr = tree_node_can_split(gp, gr->s1, gr->s2, gr->cnt, gr->depth);
        gl->H = gr->H = NULL;
        if (!cl && !cr)
            continue; /* HS and H go back at the release */
        const uint32_t small = nl <= nr ? cl_ : cr_, big = small == cl_ ? cr_ : cl_;
        const int csmall = small == cl_ ? cl : cr, cbig = small == cl_ ? cr : cl;
        gk->small = small;
        gk->sub = cbig;
        L->g[small].H = csmall ? gk->HS : NULL;
        L->g[big].H = cbig ? gk->H : NULL;
        lbuild *B = &L->bl[L->nbl];
        const double rows = small == cl_ ? (double)nl : (double)nr;
        /* a small node is summed whole by one thread (given below) */
        const int whole = L->T > 1 && rows * L->epr < LEVEL_WHOLE * (double)L->S ? -2 : -1;
        for (int th = 0; th < L->T && whole == -1; th++) {
            const uint32_t nlt = RNL(L, k, th);
            const uint32_t mine = small == cl_ ? nlt : RHI(L, k, th) - RLO(L, k, th) - nlt;
            L->load[th] += (double)mine * L->epr + (double)L->S;
        }
        *B = (lbuild){gk->HS,
                      cbig ? gk->H : NULL,
                      small,
                      big,
                      csmall ? 2 * i + (small == cr_) : LEVEL_NONE,
                      cbig ? 2 * i + (big == cr_) : LEVEL_NONE,
                      whole};
        for (int th = 0; th < L->T && L->T > 1 && whole == -1; th++) {
            lv2 *h = hist_get(L);
            L->pt[L->nbl * (size_t)L->nth + (size_t)th] = h;
            if (!h)
                L->fail = 1;
        }
        L->nbl++;
        if (L->fail)
            return;
    }
    /* the small nodes, each to the thread with the least work so far (its
     * rows of the other builds, then the small nodes given it before; the
     * first such thread on a tie): the builds end together, and no thread
     * waits at the barrier after them for another's share */
    for (size_t i = 0; i < L->nbl; i++) {
        lbuild *B = &L->bl[i];
        if (B->whole != -2)
            continue;
        int w = 0;
        for (int th = 1; th < L->T; th++)
            if (L->load[th] < L->load[w])
                w = th;
        B->whole = w;
        L->load[w] += L->g[B->node].cnt * L->epr + (double)L->S;
    }
}

/* The threads' rows' regions and the root's build (the team may be smaller
 * than asked for: T threads of nth). */
static void team_start(level *L, int T)
{
    const size_t n = L->b->n;
    L->T = T;
    for (int th = 0; th <= L->T; th++)
        L->reg[th] = 0;
    for (size_t blk = 0; blk * L->own < n; blk++) {
        const size_t i0 = blk * L->own;
        L->reg[blk % (size_t)L->T + 1] += (uint32_t)(i0 + L->own < n ? L->own : n - i0);
    }
    for (int th = 0; th < L->T; th++)
        L->reg[th + 1] += L->reg[th];
    L->bl[0] = (lbuild){L->g[0].H, NULL, 0, 0, 0, LEVEL_NONE, -1};
    L->nbl = 1;
    for (int th = 0; th < L->T && L->T > 1; th++)
        if (!(L->pt[th] = hist_get(L)))
            L->fail = 1;
}

/* The root's totals: the threads' sums (exact, so in any order). */
static void root_sums(level *L)
{
    double t1 = 0, t2 = 0;
    uint32_t cnt = 0;
    for (int th = 0; th < L->T; th++) {
        t1 += L->ts[2 * th];
        t2 += L->ts[2 * th + 1];
        cnt += RHI(L, 0, th) - RLO(L, 0, th);
    }
    L->g[0].s1 = t1;
    L->g[0].s2 = t2;
    L->g[0].cnt = cnt;
}

/* The serial steps, run by the last thread to reach a barrier
 * (spin_barrier.h): the team's start, the root's totals, a level's
 * decision and its settling. */
typedef struct lstep {
    level *L;
    int arg; /* the team's size (start); the level (decide, settle) */
} lstep;
static void step_start(void *p) { team_start(((lstep *)p)->L, ((lstep *)p)->arg); }
static void step_root(void *p) { root_sums(((lstep *)p)->L); }
static void step_decide(void *p) { decide(((lstep *)p)->L, ((lstep *)p)->arg); }
static void step_settle(void *p) { settle(((lstep *)p)->L, ((lstep *)p)->arg); }

/* The tree's growth on thread t of the team of the caller's parallel
 * region, or solo: one thread and no team of its own (omp_get_thread_num
 * would give the thread's number in an enclosing region: the folds of
 * train's cross-validation run in parallel). The team meets at L->bar,
 * three times a level (the splits' scans done, the rows partitioned, the
 * next level's histograms built), the serial steps run by the last to
 * arrive; solo, every wait returns at once. */
static void grow_team(level *L, int solo)
{
    int32_t *leaf_of = L->leaf_of;
    const tree_bins *b = L->b;
    const tree_grow_params *gp = L->gp;
    tree *out = L->t;
    const size_t nrun = L->nrun;
    const int t = solo ? 0 : omp_get_thread_num();
    /* (every thread of the team meets at the barrier) */
    const int T = solo ? 1 : omp_get_num_threads();
    const unsigned team = (unsigned)T;
    lstep st = {L, T};
    ct_spin_barrier_wait(&L->bar, team, step_start, &st);
    /* the root's rows, histogram and totals (the threads' sums, exact) */
    if (t < L->T && !L->fail) {
        if (own_rows(L, t) && L->dense && b->cbin) {
            lv2 *H = L->T > 1 ? L->pt[t] : L->bl[0].dst;
            hist_zero(L, H);
            build_root_cols(L, H, t, L->ts + 2 * t);
        } else {
            build_own(L, t, 1);
        }
    }
    ct_spin_barrier_wait(&L->bar, team, step_root, &st);
    const lnode *g0 = &L->g[0];
    const int root = !L->fail && tree_node_can_split(gp, g0->s1, g0->s2, g0->cnt, 0);
    for (int lev = 0; root; lev++) {
        const size_t nb = L->nbl;
        /* run c on thread c mod T: its slots of every histogram stay
         * in that thread's cache from level to level */
        if (t < L->T)
            for (size_t q = 0; q < nb; q++)
                for (size_t c = (size_t)t; c < nrun; c += (size_t)L->T)
                    reduce_scan(L, q, c);
        st.arg = lev;
        ct_spin_barrier_wait(&L->bar, team, step_decide, &st);
        if (L->fail || !L->nspl[lev & 1])
            break;
        if (t < L->T)
            for (size_t i = 0; i < L->nspl[lev & 1]; i++)
                split_own(L, t, L->spl[lev & 1][i]);
        ct_spin_barrier_wait(&L->bar, team, step_settle, &st);
        if (L->fail || !L->nbl)
            break;
        if (t < L->T)
            build_own(L, t, 0);
        ct_spin_barrier_wait(&L->bar, team, NULL, NULL);
    }
    /* every in-sample row's leaf (the leaves' rows are disjoint; the
     * last level's were written by the partition) */
    if (leaf_of && !L->fail && t < L->T) {
        const uint32_t nn = out->n;
        for (uint32_t k = 0; k < nn; k++)
            if (!out->node[k].left)
                for (uint32_t q = RLO(L, k, t); q < RHI(L, k, t); q++)
                    leaf_of[L->rows[q]] = (int32_t)k;
    }
}

ct_status tree_grow_level(const tree_bins *b, const tree_grow_params *gp, int threads,
                          const tree_v2 *gh, const uint8_t *row_in, tree *out, int32_t *leaf_of)
{
    memset(out, 0, sizeof *out);
    const size_t n = b->n, p = b->p;
    const int nth = threads > 0 ? threads : ct_threads();
    level L;
    memset(&L, 0, sizeof L);
    L.b = b;
    L.gp = gp;
    L.gh = gh;
    L.row_in = row_in;
    L.t = out;
    L.nth = nth;
    L.T = 1;
    L.own = gp->level_block ? gp->level_block : tree_block_rows(n, nth);
    ct_status st = CT_ENOMEM;
    /* a level's split nodes: at most 2^(max_depth - 1), and at most n / 2
     * (each holds two or more rows) */
    const size_t wmax =
        gp->max_depth > 0 && gp->max_depth < 24 && ((size_t)1 << gp->max_depth) + 2 < n + 2
            ? ((size_t)1 << gp->max_depth) + 2
            : n + 2;
    L.rows = ct_malloc((n ? n : 1) * sizeof *L.rows);
    L.tmp = ct_malloc((n ? n : 1) * sizeof *L.tmp);
    L.reg = ct_malloc(((size_t)nth + 1) * sizeof *L.reg);
    L.ts = ct_calloc(2 * (size_t)nth, sizeof *L.ts);
    L.load = ct_calloc((size_t)nth, sizeof *L.load);
    L.S = b->hoff[p];
    L.epr = n ? (double)b->rptr[n] / (double)n : 0;
    L.cols = ct_malloc((p ? p : 1) * sizeof *L.cols);
    L.dcols = ct_malloc((p ? p : 1) * sizeof *L.dcols);
    L.spl[0] = ct_malloc(wmax * sizeof *L.spl[0]);
    L.spl[1] = ct_malloc(wmax * sizeof *L.spl[1]);
    L.bl = ct_malloc(wmax * sizeof *L.bl);
    L.pt = ct_calloc(wmax * (size_t)nth, sizeof *L.pt);
    L.leaf_of = leaf_of;
    ct_spin_barrier_init(&L.bar);
    if (!L.rows || !L.tmp || !L.reg || !L.ts || !L.load || !L.cols || !L.dcols || !L.spl[0] ||
        !L.spl[1] || !L.bl || !L.pt)
        goto done;
    L.dense = b->dbin && b->dcol;
    make_runs(&L, nth);
    if (add_node(&L, 0, 0, 0, 0) || !(L.g[0].H = hist_get(&L)))
        goto done;
    L.part = tree_buf_reserve(L.part, &L.part_cap, 2 * L.nrun + 1, sizeof *L.part, &L.fail);
    if (L.fail)
        goto done;
    if (nth > 1) {
#pragma omp parallel num_threads(nth)
        grow_team(&L, 0);
    } else {
        grow_team(&L, 1);
    }
    if (L.fail)
        goto done;
    if (leaf_of && L.g[0].cnt < (double)n)
        tree_leaves_out_of_sample(b, out, row_in, leaf_of);
    st = CT_OK;
done:
    if (st == CT_OK) {
        for (uint32_t k = 0; k < out->n; k++) {
            out->cover[k] = L.g[k].s2;
            if (!out->node[k].left)
                out->node[k].value = tree_leaf_output(gp, L.g[k].s1, L.g[k].s2);
        }
    } else {
        tree_free_arrays(out);
    }
    for (size_t i = 0; i < L.nall; i++)
        ct_free(L.all[i]);
    ct_free(L.all);
    ct_free(L.pool);
    ct_free(L.g);
    ct_free(L.rng);
    ct_free(L.rows);
    ct_free(L.tmp);
    ct_free(L.reg);
    ct_free(L.ts);
    ct_free(L.load);
    ct_free(L.cols);
    ct_free(L.dcols);
    ct_free(L.spl[0]);
    ct_free(L.spl[1]);
    ct_free(L.part);
    ct_free(L.bl);
    ct_free(L.pt);
    return st;
}
