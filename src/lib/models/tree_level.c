/* tree_level.c — the boosting's tree grower: the same trees as tree_grow
 * (tree_grow.c) for the logistic criterion, grown one level at a time with
 * every core on one tree, the rows of a level cut among the threads.
 *
 * Why it is the same tree: the row sums s1, s2 are on a grid that makes
 * every sum of them exact (tree_boost.c's gradients; tree_internal.h states
 * the contract), so a node's histogram, totals and children's sums are the
 * same numbers whatever order or grouping adds them: a node's rows may be
 * summed in blocks on several threads and the blocks added together, and
 * the larger child's histogram taken as its parent's minus the smaller
 * child's, with no last bit changed. The rest is tree_grow's order: nodes
 * are numbered as its first-in first-out queue gives them (a level's nodes
 * in order, each split node's left then right child), and every split is
 * chosen by tree_scan_pairs (tree_scan_col's walk) in ascending column
 * order with the first best kept. Only the histogram's storage differs: dense here (every slot of
 * every used column, the sums of s1 and s2 as one pair of doubles added in
 * one vector instruction), compact there (with the rows' count). The
 * count is not needed here: every row's s2 (a hessian on its grid) is
 * positive, so a slot, a side or a node holds rows exactly when its s2 sum
 * is positive, and the only row limit, min_samples_leaf, is 1 (the
 * boosting's; tree_grow_level_fits checks): tree_scan_pairs takes "s2 > 0" where
 * tree_scan_col takes "rows >= 1", the same decisions, and a slot with no
 * row is skipped by both.
 *
 * How the work is cut (the cut never changes a result):
 * - a histogram build: the level's rows to sum (the root's, then each split
 *   node's smaller child's) are cut into one contiguous share per thread;
 *   a share that starts inside a node's rows sums them into the thread's
 *   scratch histogram, added to the node's afterwards;
 * - a row partition: the level's split nodes' rows, in order, cut into
 *   one contiguous range per thread (plan_blocks), a node cut where a range
 *   ends; each block's rows moved to its sides, then a cut node's blocks'
 *   sides put together in block order — the order one pass gives. At the
 *   last level (children at max_depth, leaves) no row moves: each row's
 *   leaf is written;
 * - the split scans, the scratch additions and the subtractions: tasks
 *   (node, run of columns), the runs' best splits merged in column order.
 * One parallel region per tree; the serial steps between (new nodes, the
 * plans of the next phase) are `omp single`. */
#include "models/tree_internal.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* bytes of dense histograms the widest level may hold; a deeper or wider
 * tree grows with tree_grow (compact histograms) */
#define LEVEL_HIST_BUDGET ((size_t)16 << 20)
#define LEVEL_MAX_RUNS 16
/* stored entries per histogram slot below which tree_grow's compact
 * histograms are used instead */
#define LEVEL_MIN_ENTRIES_PER_SLOT 8
/* rows below which a thread's share of a build is not cut further (a share
 * in a scratch histogram costs zeroing and adding its slots), and below
 * which a piece of a node is not cut off for a partition block (a cut
 * node's blocks are copied into place afterwards) */
#define LEVEL_MIN_SHARE 1024
#define LEVEL_MIN_BLOCK 2048

typedef tree_v2 lv2;

typedef struct lnode {
    double s1, s2, cnt;
    int depth;
    uint32_t lo, hi; /* its in-sample rows: rows[lo .. hi) */
    uint32_t bin;    /* split nodes: finite bins <= bin go left */
    lv2 *H;          /* its dense histogram while it may split, else NULL */
    uint32_t small;  /* split nodes: the child built from its rows (0: none) */
    lv2 *HS;         /* the small child's histogram being built */
    int sub;         /* the larger child is the parent's minus the small one */
    int has_missing; /* split nodes: the split saw missing values */
    double l1, l2;   /* split nodes: the left side's sums (the scan's, exact) */
} lnode;

/* a histogram to build: rows[lo .. hi) summed into dst; sub (or NULL): the
 * histogram that loses it afterwards (the parent's, becoming the larger
 * child's) */
typedef struct lbuild {
    lv2 *dst, *sub;
    uint32_t lo, hi;
} lbuild;

/* a thread's share of a build: rows[lo .. hi) of build b; first: the
 * share starts at the build's first row and writes into its dst, else into
 * the thread's scratch histogram. s1, s2: the share's row sums (the
 * root's totals). */
typedef struct lpiece {
    uint32_t b, lo, hi;
    int first;
    double s1, s2;
} lpiece;

/* a block of a split node's rows in a partition: rows[lo .. hi) of node k;
 * nl of them go left */
typedef struct lblock {
    uint32_t k, lo, hi, nl;
} lblock;

typedef struct level {
    const tree_bins *b;
    const tree_grow_params *gp;
    const lv2 *gh; /* n: the rows' (s1, s2) */
    tree *t;
    lnode *g;
    uint32_t cap;
    int nth;
    uint32_t *rows, *tmpl, *tmpr;
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
    tree_split *part; /* per (node, run) */
    size_t part_cap;
    lbuild *bl; /* the phase's builds */
    size_t nbl;
    lpiece *pc; /* their shares, thread t's at [pstart[t], pstart[t + 1]) */
    size_t npc;
    size_t *pstart;
    lv2 **scratch;    /* nth: a thread's scratch histogram (NULL until needed) */
    uint32_t *scr_of; /* nth: the build thread t's scratch holds, or UINT32_MAX */
    lblock *blk;      /* the level's partition blocks, node by node */
    size_t nblk;
    size_t blk_cap;
    size_t *bstart; /* nth + 1: thread t's blocks are blk[bstart[t] .. bstart[t + 1]) */
    int last;       /* the level's children are leaves (max_depth): no row moves */
    int32_t *leaf_of;
    int fail;
} level;

int tree_grow_level_fits(const tree_bins *b, const tree_grow_params *gp, size_t nrows_in)
{
    if (gp->criterion != TREE_LOGLOSS || gp->max_features < b->p || gp->max_depth <= 0 ||
        gp->max_depth > 24 || gp->min_samples_leaf > 1)
        return 0;
    /* live histograms: at most the next level's nodes, 2^(max_depth - 1)
     * (the deepest level never splits) and at most the rows */
    size_t w = (size_t)1 << (gp->max_depth - 1);
    if (w > nrows_in + 1)
        w = nrows_in + 1;
    const double S = (double)b->hoff[b->p];
    const double bytes = (double)w * S * sizeof(lv2);
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
    L->g[k] = (lnode){s1, s2, cnt, depth, 0, 0, 0, NULL, 0, NULL, 0, 0, 0, 0};
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

static void *grow_array(void *a, size_t *cap, size_t n, size_t size, int *fail)
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

/* A share: H zeroed, then rows[lo .. hi)'s bins added. Two ways to find a
 * row's bins: with the row-major bins, a read per dense column and the
 * row's entries in the other columns; without, the row's stored entries.
 * The implicit zeros' slot (the zero bin) is never read: the scan derives
 * it from the node's totals. With sums, the share's row sums too. */
static void build_share(const level *L, lv2 *restrict H, lpiece *pc, int sums)
{
    const tree_bins *b = L->b;
    const size_t *restrict hoff = b->hoff;
    hist_zero(L, H);
    const uint32_t *restrict rows = L->rows;
    const lv2 *restrict gh = L->gh;
    const uint8_t *restrict use = L->gp->use_col;
    /* the share's row sums, added as the rows are read (one addition a
     * row; exact, so any order) */
    lv2 t = {0, 0};
    if (!L->dense) {
        for (uint32_t q = pc->lo; q < pc->hi; q++) {
            const uint32_t r = rows[q];
            t += gh[r];
            add_entries(H, hoff, b->rcol, b->rbin, b->rptr[r], b->rptr[r + 1], use, gh[r]);
        }
        if (sums) {
            pc->s1 = t[0];
            pc->s2 = t[1];
        }
        return;
    }
    const uint32_t *restrict dc = L->dcols;
    const size_t nd = L->ndcols, p = b->p;
    const int sparse = L->sparse;
    const uint8_t *restrict dbin = b->dbin;
    uint32_t q = pc->lo;
    for (; q + 1 < pc->hi; q += 2) {
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
    for (; q < pc->hi; q++) {
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
    if (sums) {
        pc->s1 = t[0];
        pc->s2 = t[1];
    }
}

/* Serial: the shares of the builds bl[0 .. nbl): their rows in order, one
 * contiguous share per thread. With fewer builds than threads, builds are
 * cut (no share of fewer than LEVEL_MIN_SHARE rows is cut off) and a
 * thread whose first share starts inside a build's rows gets a scratch
 * histogram; with more, each build is summed whole by one thread (no
 * scratch to zero and add). Every build gets at least one share (an empty
 * build's share zeroes it). */
static void plan_shares(level *L)
{
    const int nth = L->nth;
    size_t R = 0;
    for (size_t i = 0; i < L->nbl; i++)
        R += L->bl[i].hi - L->bl[i].lo;
    const size_t least = L->gp->level_block ? L->gp->level_block : LEVEL_MIN_SHARE;
    size_t share = (R + (size_t)nth - 1) / (size_t)nth;
    if (share < least)
        share = least;
    L->npc = 0;
    for (int t = 0; t < nth; t++)
        L->scr_of[t] = UINT32_MAX;
    int t = 0;
    size_t room = share;
    L->pstart[0] = 0;
    for (size_t i = 0; i < L->nbl; i++) {
        uint32_t pos = L->bl[i].lo;
        const uint32_t hi = L->bl[i].hi;
        do {
            if (room == 0 && t < nth - 1) {
                L->pstart[++t] = L->npc;
                room = share;
            }
            size_t take = hi - pos;
            if (t < nth - 1 && take > room && L->nbl < (size_t)nth)
                take = hi - pos - room < least ? hi - pos : room;
            lpiece *pc = &L->pc[L->npc++];
            *pc = (lpiece){(uint32_t)i, pos, pos + (uint32_t)take, pos == L->bl[i].lo, 0, 0};
            if (!pc->first) {
                if (!L->scratch[t] && !(L->scratch[t] = hist_get(L)))
                    L->fail = 1;
                L->scr_of[t] = (uint32_t)i;
            }
            pos += (uint32_t)take;
            room = take >= room ? 0 : room - take;
        } while (pos < hi);
    }
    while (t < nth - 1)
        L->pstart[++t] = L->npc;
    L->pstart[nth] = L->npc;
}

/* Task: thread t's shares (a thread's shares are contiguous rows, so only
 * its first may start inside a build: the scratch one). */
static void build_thread(const level *L, int t, int sums)
{
    for (size_t i = L->pstart[t]; i < L->pstart[t + 1]; i++) {
        lpiece *pc = &L->pc[i];
        build_share(L, pc->first ? L->bl[pc->b].dst : L->scratch[t], pc, sums);
    }
}

/* Task: build bi over the slots of run c: the threads' scratch shares
 * added, then taken from the histogram it leaves (the parent's becomes the
 * larger child's). Sums are exact (the grid), so the order does not
 * matter. */
static void finish_run(const level *L, size_t bi, size_t c)
{
    const tree_bins *b = L->b;
    const lbuild *B = &L->bl[bi];
    for (int t = 0; t < L->nth; t++) {
        if (L->scr_of[t] != bi)
            continue;
        const lv2 *restrict sc = L->scratch[t];
        lv2 *restrict d = B->dst;
        for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
            const uint32_t j = L->cols[i];
            const size_t s0 = b->hoff[j], s1 = b->hoff[j] + b->nbins[j] + 1;
            for (size_t s = s0; s < s1; s++)
                d[s] += sc[s];
        }
    }
    if (!B->sub)
        return;
    lv2 *restrict big = B->sub;
    const lv2 *restrict small = B->dst;
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        const size_t s0 = b->hoff[j], s1 = b->hoff[j] + b->nbins[j] + 1;
        for (size_t s = s0; s < s1; s++)
            big[s] -= small[s];
    }
}

/* Task: the best split of node g among the columns of run c. */
static void scan_run(const level *L, const lnode *g, size_t c, tree_split *best)
{
    const tree_bins *b = L->b;
    const double parent = tree_split_score(L->gp, g->s1, g->s2);
    best->gain = -INFINITY;
    best->feature = -1;
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        tree_scan_pairs(b, L->gp, g->s1, g->s2, j, g->H + b->hoff[j], parent, best);
    }
}

/* Task: a block of node k's rows moved to its sides, in order, without
 * branches on the side (a coin toss for the branch predictor): every row
 * is written to both sides' next places and counted on one. A node in one
 * block is put in place here; the blocks of a cut node, by place_block. */
static void split_block(level *L, lblock *B)
{
    const tree_bins *b = L->b;
    tree *t = L->t;
    const uint32_t k = B->k;
    const uint32_t j = (uint32_t)t->node[k].feature, sb = L->g[k].bin;
    const int dl = t->dleft[k];
    uint32_t nl = 0, nr = 0;
    uint32_t *rows = L->rows + B->lo;
    if (L->last) {
        /* the children are leaves: each row's leaf written, no row moved */
        const uint32_t m = B->hi - B->lo;
        int32_t *restrict lf = L->leaf_of;
        const int32_t cl = (int32_t)t->node[k].left;
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q];
            const int left = tree_goes_left(b, r, j, sb, dl);
            if (lf)
                lf[r] = cl + !left;
            nl += (uint32_t)left;
        }
        B->nl = nl;
        return;
    }
    /* a node in one block: its left side written in place (never past the
     * row being read), its right side after it */
    const int whole = B->lo == L->g[k].lo && B->hi == L->g[k].hi;
    uint32_t *tl = whole ? rows : L->tmpl + B->lo, *restrict tr = L->tmpr + B->lo;
    const uint32_t m = B->hi - B->lo;
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
    B->nl = nl;
    if (whole)
        memcpy(rows + nl, tr, nr * sizeof *tr);
}

/* Task, after every block's split: block i's sides copied to their places
 * among its node's rows: the blocks' left sides in block order, then their
 * right sides. */
static void place_block(level *L, size_t i)
{
    const lblock *B = &L->blk[i];
    const lnode *gk = &L->g[B->k];
    if (L->last || (B->lo == gk->lo && B->hi == gk->hi))
        return; /* placed by split_block, or no row moved */
    size_t f = i;
    while (f > 0 && L->blk[f - 1].k == B->k)
        f--;
    uint32_t NL = 0, offl = 0, offr = 0;
    for (size_t e = f; e < L->nblk && L->blk[e].k == B->k; e++) {
        NL += L->blk[e].nl;
        if (e < i) {
            offl += L->blk[e].nl;
            offr += (L->blk[e].hi - L->blk[e].lo) - L->blk[e].nl;
        }
    }
    const uint32_t nl = B->nl, nr = (B->hi - B->lo) - nl;
    memcpy(L->rows + gk->lo + offl, L->tmpl + B->lo, nl * sizeof *L->rows);
    memcpy(L->rows + gk->lo + NL + offr, L->tmpr + B->lo, nr * sizeof *L->rows);
}

/* Serial: the partition's blocks of the level's split nodes (spl, R rows
 * in all): their rows in order, one contiguous range of about R / nth rows
 * per thread, a node cut where a range ends (a cut leaving fewer than
 * LEVEL_MIN_BLOCK rows is not made). A node in one block is partitioned in
 * place; the blocks of a cut node go through tmpl, tmpr and place_block. */
static void plan_blocks(level *L, int lev, size_t R)
{
    const int nth = L->nth;
    const size_t least = L->gp->level_block ? L->gp->level_block : LEVEL_MIN_BLOCK;
    size_t share = (R + (size_t)nth - 1) / (size_t)nth;
    if (share < least)
        share = least;
    int t = 0;
    size_t room = share;
    L->bstart[0] = 0;
    for (size_t i = 0; i < L->nspl[lev & 1]; i++) {
        const uint32_t k = L->spl[lev & 1][i], hi = L->g[k].hi;
        uint32_t pos = L->g[k].lo;
        do {
            if (room == 0 && t < nth - 1) {
                L->bstart[++t] = L->nblk;
                room = share;
            }
            size_t take = hi - pos;
            if (t < nth - 1 && take > room)
                take = hi - pos - room < least ? hi - pos : room;
            L->blk = grow_array(L->blk, &L->blk_cap, L->nblk + 1, sizeof *L->blk, &L->fail);
            if (L->fail)
                return;
            L->blk[L->nblk++] = (lblock){k, pos, pos + (uint32_t)take, 0};
            pos += (uint32_t)take;
            room = take >= room ? 0 : room - take;
        } while (pos < hi);
    }
    while (t < nth - 1)
        L->bstart[++t] = L->nblk;
    L->bstart[nth] = L->nblk;
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
 * level's split nodes that no child holds go back. */
static void release(level *L, int lev)
{
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
 * child, the partition's blocks. */
static void decide(level *L, int lev)
{
    const tree_bins *b = L->b;
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    release(L, lev);
    uint32_t *spl = L->spl[lev & 1];
    L->nspl[lev & 1] = 0;
    L->nblk = 0;
    L->last = 0;
    const size_t nc = ncand(L, lev);
    size_t R = 0; /* the rows of the nodes that split */
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
        R += L->g[k].hi - L->g[k].lo;
        L->last = depth >= gp->max_depth;
    }
    plan_blocks(L, lev, R);
    L->part = grow_array(L->part, &L->part_cap, 2 * L->nspl[lev & 1] * L->nrun + 1, sizeof *L->part,
                         &L->fail);
}

/* Serial, after the partition: each split node's children (rows, counts,
 * sums: the left's from the scan, the right's the node's minus them,
 * exact), its default side, which children may split, which child is built
 * (the smaller, into HS) and which one is the parent's histogram minus it
 * (the larger, when it may split); then the builds and their shares. */
static void settle(level *L, int lev)
{
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    L->nbl = 0;
    size_t e = 0;
    for (size_t i = 0; i < L->nspl[lev & 1]; i++) {
        const uint32_t k = L->spl[lev & 1][i], cl_ = t->node[k].left, cr_ = cl_ + 1;
        lnode *gk = &L->g[k], *gl = &L->g[cl_], *gr = &L->g[cr_];
        uint32_t nl = 0;
        for (; e < L->nblk && L->blk[e].k == k; e++)
            nl += L->blk[e].nl;
        const uint32_t nr = (gk->hi - gk->lo) - nl;
        gl->lo = gk->lo;
        gl->hi = gr->lo = gk->lo + nl;
        gr->hi = gk->hi;
        if (L->last) /* (rows not moved: their leaves are written) */
            gl->lo = gl->hi = gr->lo = gr->hi = 0;
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
        const uint32_t small = nl <= nr ? cl_ : cr_;
        const int csmall = small == cl_ ? cl : cr, cbig = small == cl_ ? cr : cl;
        gk->small = small;
        gk->sub = cbig;
        L->g[small].H = csmall ? gk->HS : NULL;
        L->g[small == cl_ ? cr_ : cl_].H = cbig ? gk->H : NULL;
        L->bl[L->nbl++] = (lbuild){gk->HS, cbig ? gk->H : NULL, L->g[small].lo, L->g[small].hi};
    }
    plan_shares(L);
}

/* The parallel phases of a histogram build: the threads' shares, then the
 * (build, run) tasks adding scratch shares and subtracting. */
static void build_phase(level *L, int sums)
{
    const int nth = L->nth;
#pragma omp for schedule(static, 1)
    for (int t = 0; t < nth; t++)
        build_thread(L, t, sums);
    const size_t nrun = L->nrun, nb = L->nbl;
#pragma omp for schedule(dynamic, 1)
    for (size_t q = 0; q < nb * nrun; q++)
        finish_run(L, q / nrun, q % nrun);
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
    L.t = out;
    L.nth = nth;
    ct_status st = CT_ENOMEM;
    /* a level's split nodes: at most 2^(max_depth - 1), and at most n / 2
     * (each holds two or more rows) */
    const size_t wmax =
        gp->max_depth > 0 && gp->max_depth < 24 && ((size_t)1 << gp->max_depth) + 2 < n + 2
            ? ((size_t)1 << gp->max_depth) + 2
            : n + 2;
    L.rows = ct_malloc((n ? n : 1) * sizeof *L.rows);
    L.tmpl = ct_malloc((n ? n : 1) * sizeof *L.tmpl);
    L.tmpr = ct_malloc((n ? n : 1) * sizeof *L.tmpr);
    L.cols = ct_malloc((p ? p : 1) * sizeof *L.cols);
    L.dcols = ct_malloc((p ? p : 1) * sizeof *L.dcols);
    L.spl[0] = ct_malloc(wmax * sizeof *L.spl[0]);
    L.spl[1] = ct_malloc(wmax * sizeof *L.spl[1]);
    L.bl = ct_malloc(wmax * sizeof *L.bl);
    L.pc = ct_malloc((wmax + (size_t)nth) * sizeof *L.pc);
    L.pstart = ct_malloc(((size_t)nth + 1) * sizeof *L.pstart);
    L.scratch = ct_calloc((size_t)nth, sizeof *L.scratch);
    L.scr_of = ct_malloc((size_t)nth * sizeof *L.scr_of);
    L.bstart = ct_malloc(((size_t)nth + 1) * sizeof *L.bstart);
    L.leaf_of = leaf_of;
    if (!L.rows || !L.tmpl || !L.tmpr || !L.cols || !L.dcols || !L.spl[0] || !L.spl[1] || !L.bl ||
        !L.pc || !L.pstart || !L.scratch || !L.scr_of || !L.bstart)
        goto done;
    L.dense = b->dbin && b->dcol;
    make_runs(&L, nth);
    uint32_t nin = 0;
    for (size_t i = 0; i < n; i++)
        if (row_in[i])
            L.rows[nin++] = (uint32_t)i;
    if (add_node(&L, 0, 0, nin, 0) || !(L.g[0].H = hist_get(&L)))
        goto done;
    L.part = grow_array(L.part, &L.part_cap, 2 * L.nrun + 1, sizeof *L.part, &L.fail);
    L.g[0].hi = nin;
    L.bl[0] = (lbuild){L.g[0].H, NULL, 0, nin};
    L.nbl = 1;
    plan_shares(&L);
    if (L.fail)
        goto done;
    const size_t nrun = L.nrun;
#pragma omp parallel num_threads(nth) if (nth > 1)
    {
        /* the root's histogram and totals (the shares' sums, exact) */
        build_phase(&L, 1);
#pragma omp single
        {
            double t1 = 0, t2 = 0;
            for (size_t i = 0; i < L.npc; i++) {
                t1 += L.pc[i].s1;
                t2 += L.pc[i].s2;
            }
            L.g[0].s1 = t1;
            L.g[0].s2 = t2;
        }
        const lnode *g0 = &L.g[0];
        const int root = tree_node_can_split(gp, g0->s1, g0->s2, g0->cnt, 0);
        for (int lev = 0; root; lev++) {
            const size_t nc = ncand(&L, lev);
#pragma omp for schedule(dynamic, 1)
            for (size_t q = 0; q < nc * nrun; q++) {
                const lnode *g = &L.g[cand(&L, lev, q / nrun)];
                if (g->H)
                    scan_run(&L, g, q % nrun, &L.part[q]);
            }
#pragma omp single
            decide(&L, lev);
            if (L.fail || !L.nspl[lev & 1])
                break;
            const size_t nblk = L.nblk;
#pragma omp for schedule(static, 1)
            for (int th = 0; th < nth; th++)
                for (size_t q = L.bstart[th]; q < L.bstart[th + 1]; q++)
                    split_block(&L, &L.blk[q]);
            if (nblk > L.nspl[lev & 1] && !L.last) {
#pragma omp for schedule(static, 1)
                for (size_t q = 0; q < nblk; q++)
                    place_block(&L, q);
            }
#pragma omp single
            settle(&L, lev);
            if (L.fail)
                break;
            build_phase(&L, 0);
        }
        /* every in-sample row's leaf (the leaves' rows are disjoint) */
        if (leaf_of && !L.fail) {
            const uint32_t nn = out->n;
#pragma omp for schedule(dynamic, 1)
            for (uint32_t k = 0; k < nn; k++)
                if (!out->node[k].left)
                    for (uint32_t q = L.g[k].lo; q < L.g[k].hi; q++)
                        leaf_of[L.rows[q]] = (int32_t)k;
        }
    }
    if (L.fail)
        goto done;
    if (leaf_of && nin < n)
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
    ct_free(L.rows);
    ct_free(L.tmpl);
    ct_free(L.tmpr);
    ct_free(L.cols);
    ct_free(L.dcols);
    ct_free(L.spl[0]);
    ct_free(L.spl[1]);
    ct_free(L.part);
    ct_free(L.bl);
    ct_free(L.pc);
    ct_free(L.pstart);
    ct_free(L.scratch);
    ct_free(L.scr_of);
    ct_free(L.blk);
    ct_free(L.bstart);
    return st;
}
