/* tree_level.c — the boosting's tree grower: the same trees as tree_grow
 * (tree_grow.c) for the logistic criterion, bit for bit, grown one level
 * at a time with both cores on one tree.
 *
 * Why it is the same tree: nodes are numbered in the order tree_grow's
 * first-in first-out queue gives them (a level's nodes in order, each
 * split node's left then right child); a node's rows stay contiguous and
 * ascending, its children's sums are taken over them in that order, the
 * smaller child's histogram is built from its rows and the larger one's is
 * the parent's minus it, and every split is chosen by tree_scan_col in
 * ascending column order with the first best kept. Only the histogram's
 * storage differs: dense here (every slot of every used column, 3 doubles
 * a slot), compact there; a slot with no row is skipped by the scan in
 * both, and a slot's sum is taken over the node's rows in ascending order
 * in both, so every floating-point operation is the same one.
 *
 * Why it is the same whatever the thread count: the work of a level is cut
 * into tasks that never share an output — (node, run of columns) for the
 * histogram builds and the split scans, one node for a row partition — and
 * each task runs in one thread in a fixed order. The runs' best splits are
 * merged in column order. One parallel region per tree; the serial steps
 * between (new nodes, the next level's list) are `omp single`. */
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

typedef struct lnode {
    double s1, s2, cnt;
    int depth;
    uint32_t lo, hi; /* its in-sample rows: rows[lo .. hi) */
    uint32_t bin;    /* split nodes: finite bins <= bin go left */
    double *H;       /* its dense histogram while it may split, else NULL */
    uint32_t small;  /* split nodes: the child built from its rows (0: none) */
    double *HS;      /* the small child's histogram being built */
    int sub;         /* the larger child is the parent's minus the small one */
    int has_missing; /* split nodes: the split saw missing values */
} lnode;

typedef struct level {
    const tree_bins *b;
    const tree_grow_params *gp;
    const double *s1, *s2;
    tree *t;
    lnode *g;
    uint32_t cap;
    uint32_t *rows, *tmp;
    uint32_t *iota; /* iota[s] = s: the dense slots as a slot list */
    uint32_t *cols; /* the used columns, ascending */
    size_t ncols;
    size_t run[LEVEL_MAX_RUNS + 1]; /* runs of cols: [run[c], run[c + 1]) */
    size_t nrun;
    double **pool; /* free histograms */
    size_t npool, npool_cap;
    double **all;
    size_t nall;
    uint32_t *spl[2]; /* the nodes that split, of the level and the one before */
    size_t nspl[2];
    int dense;       /* rows' bins of dense columns read from dbin */
    uint32_t *dcols; /* the runs' dense columns */
    size_t drun[LEVEL_MAX_RUNS + 1];
    int srun[LEVEL_MAX_RUNS]; /* run c has columns read from entries */
    tree_split *part;         /* per (node, run) */
    size_t part_cap;
    int fail;
} level;

int tree_grow_level_fits(const tree_bins *b, const tree_grow_params *gp, size_t nrows_in)
{
    if (gp->criterion != TREE_LOGLOSS || gp->max_features < b->p || gp->max_depth <= 0 ||
        gp->max_depth > 24)
        return 0;
    /* live histograms: at most the next level's nodes, 2^(max_depth - 1)
     * (the deepest level never splits) and at most the rows */
    size_t w = (size_t)1 << (gp->max_depth - 1);
    if (w > nrows_in + 1)
        w = nrows_in + 1;
    const double S = (double)b->hoff[b->p];
    const double bytes = (double)w * 3.0 * S * sizeof(double);
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
    L->g[k] = (lnode){s1, s2, cnt, depth, 0, 0, 0, NULL, 0, NULL, 0, 0};
    return 0;
}

static double *hist_get(level *L)
{
    if (L->npool)
        return L->pool[--L->npool];
    if (L->nall == L->npool_cap) {
        const size_t nc = L->npool_cap ? 2 * L->npool_cap : 16;
        double **na = ct_realloc(L->all, nc * sizeof *na);
        if (na)
            L->all = na;
        double **np = ct_realloc(L->pool, nc * sizeof *np);
        if (np)
            L->pool = np;
        if (!na || !np)
            return NULL;
        L->npool_cap = nc;
    }
    const size_t S = L->b->hoff[L->b->p];
    double *h = ct_malloc((S ? 3 * S : 1) * sizeof *h);
    if (h)
        L->all[L->nall++] = h;
    return h;
}

static void hist_put(level *L, double *h)
{
    if (h)
        L->pool[L->npool++] = h;
}

/* The columns this tree uses and their runs: at most one run per thread
 * (a run re-reads the node's rows and their gradients), balanced by the
 * work a row gives them (one read per column with the row-major bins, the
 * stored entries without). The runs decide which thread sums which slot,
 * never the order of a sum: any cut gives the same tree. */
/* The work a row gives column j in a build: a read (dense column) or its
 * share of the stored entries. */
static double col_work(const level *L, size_t j)
{
    const tree_bins *b = L->b;
    if (L->dense && b->dcol[j])
        return 1.0;
    return ((double)b->cnz[j] + 1.0) / ((double)b->n + 1.0);
}

static void make_runs(level *L, int nth)
{
    const tree_bins *b = L->b;
    const uint8_t *use = L->gp->use_col;
    L->ncols = 0;
    double tot = 0;
    for (size_t j = 0; j < b->p; j++)
        if (!use || use[j]) {
            L->cols[L->ncols++] = (uint32_t)j;
            tot += col_work(L, j);
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
        acc += col_work(L, L->cols[i]);
        if (acc >= tot * (double)c / (double)k && L->ncols - (i + 1) >= k - c)
            L->run[c++] = i + 1;
    }
    while (c < k) /* (degenerate weights) */
        L->run[c] = L->run[c - 1] + 1, c++;
    L->run[k] = L->ncols;
    /* each run's dense columns, and whether it has sparse ones */
    size_t nd = 0;
    for (size_t r = 0; r < k; r++) {
        L->drun[r] = nd;
        L->srun[r] = 0;
        for (size_t i = L->run[r]; i < L->run[r + 1]; i++) {
            if (L->dense && b->dcol[L->cols[i]])
                L->dcols[nd++] = L->cols[i];
            else
                L->srun[r] = 1;
        }
    }
    L->drun[k] = nd;
}

/* The stored entries [lo, end) of a row (columns ascending) in columns
 * j0 .. j1 added to H, with the row's sums a1, a2. */
static inline void add_entries(double *restrict H, const size_t *restrict hoff,
                               const uint32_t *restrict col, const uint8_t *restrict bin, size_t lo,
                               size_t end, uint32_t j0, uint32_t j1, const uint8_t *restrict use,
                               double a1, double a2)
{
    if (j0 > 0) {
        size_t hi = end;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (col[mid] < j0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    for (size_t e = lo; e < end; e++) {
        const uint32_t j = col[e];
        if (j > j1)
            break;
        if (use && !use[j])
            continue;
        double *x = H + 3 * (hoff[j] + bin[e]);
        x[0] += a1;
        x[1] += a2;
        x[2] += 1;
    }
}

/* Task: node g's histogram H, the columns of run c, from its rows: zeroed,
 * then each row's bins added in ascending row order. Two ways to find a
 * row's bins, the same sums: with the row-major bins, a read per dense
 * column and the row's entries in the other columns; without, the row's
 * stored entries. The implicit zeros' slot (the zero bin) is never read:
 * the scan derives it from the node's totals. */
static void build_run(const level *L, lnode *g, double *restrict H, size_t c, int sums)
{
    const tree_bins *b = L->b;
    const size_t *restrict hoff = b->hoff;
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        memset(H + 3 * hoff[j], 0, 3 * (b->nbins[j] + 1) * sizeof *H);
    }
    const uint32_t *restrict rows = L->rows;
    const double *restrict s1 = L->s1, *restrict s2 = L->s2;
    if (sums) {
        /* the node's totals, in row order (the root's: tree_grow sums them
         * the same way; here they overlap the build's work) */
        double t1 = 0, t2 = 0;
        for (uint32_t q = g->lo; q < g->hi; q++) {
            t1 += s1[rows[q]];
            t2 += s2[rows[q]];
        }
        g->s1 = t1;
        g->s2 = t2;
    }
    if (L->run[c] == L->run[c + 1])
        return;
    const uint8_t *restrict use = L->gp->use_col;
    const uint32_t j0 = L->cols[L->run[c]], j1 = L->cols[L->run[c + 1] - 1];
    if (!L->dense) {
        for (uint32_t q = g->lo; q < g->hi; q++) {
            const uint32_t r = rows[q];
            add_entries(H, hoff, b->rcol, b->rbin, b->rptr[r], b->rptr[r + 1], j0, j1, use, s1[r],
                        s2[r]);
        }
        return;
    }
    const uint32_t *dc = L->dcols + L->drun[c];
    const size_t nd = L->drun[c + 1] - L->drun[c], p = b->p;
    const int sparse = L->srun[c];
    const uint8_t *restrict dbin = b->dbin;
    for (uint32_t q = g->lo; q < g->hi; q++) {
        const uint32_t r = rows[q];
        const double a1 = s1[r], a2 = s2[r];
        const uint8_t *d = dbin + (size_t)r * p;
        for (size_t i = 0; i < nd; i++) {
            const uint32_t j = dc[i];
            double *x = H + 3 * (hoff[j] + d[j]);
            x[0] += a1;
            x[1] += a2;
            x[2] += 1;
        }
        if (sparse)
            add_entries(H, hoff, b->scol, b->sbin, b->sptr[r], b->sptr[r + 1], j0, j1, use, a1, a2);
    }
}

/* Task: big -= small over the slots of run c (the larger child from its
 * parent's histogram, in place). */
static void subtract_run(const level *L, double *big, const double *small, size_t c)
{
    const tree_bins *b = L->b;
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        const size_t s0 = 3 * b->hoff[j], s1 = 3 * (b->hoff[j] + b->nbins[j] + 1);
        for (size_t s = s0; s < s1; s++)
            big[s] -= small[s];
    }
}

/* Task: the best split of node g among the columns of run c. */
static void scan_run(const level *L, const lnode *g, size_t c, tree_split *best)
{
    const tree_bins *b = L->b;
    const double tot[3] = {g->s1, g->s2, g->cnt};
    const double parent = tree_split_score(L->gp, g->s1, g->s2);
    best->gain = -INFINITY;
    best->feature = -1;
    for (size_t i = L->run[c]; i < L->run[c + 1]; i++) {
        const uint32_t j = L->cols[i];
        const size_t h0 = b->hoff[j];
        tree_scan_col(b, L->gp, tot, j, L->iota + h0, g->H + 3 * h0, b->nbins[j] + 1, parent, best);
    }
}

/* Task: split node k's rows to its children, each side kept ascending,
 * their sums in that order. First the rows are moved without branches on
 * the side (a coin toss for the branch predictor): every row is written to
 * both sides' next places and counted on one. Then each side's sums, in
 * row order as tree_grow takes them: the two sides' chains of additions
 * interleaved, so the loop runs at the longer side's latency, not at the
 * node's. */
static void partition(level *L, uint32_t k)
{
    const tree_bins *b = L->b;
    tree *t = L->t;
    lnode *gk = &L->g[k], *gl = &L->g[t->node[k].left], *gr = gl + 1;
    const uint32_t j = (uint32_t)t->node[k].feature, sb = gk->bin;
    const int dl = t->dleft[k];
    uint32_t nl = 0, nr = 0;
    uint32_t *restrict rows = L->rows + gk->lo, *restrict tmp = L->tmp + gk->lo;
    const double *restrict s1 = L->s1, *restrict s2 = L->s2;
    const uint32_t m = gk->hi - gk->lo;
    if (b->dbin) {
        const uint8_t *restrict col = b->dbin + j;
        const size_t p = b->p;
        const uint32_t nb = b->nbins[j];
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q], bin = col[(size_t)r * p];
            const int left = bin == nb ? dl : bin <= sb;
            rows[nl] = r;
            tmp[nr] = r;
            nl += (uint32_t)left;
            nr += (uint32_t)!left;
        }
    } else {
        for (uint32_t q = 0; q < m; q++) {
            const uint32_t r = rows[q];
            const int left = tree_goes_left(b, r, j, sb, dl);
            rows[nl] = r;
            tmp[nr] = r;
            nl += (uint32_t)left;
            nr += (uint32_t)!left;
        }
    }
    double l1 = 0, l2 = 0, r1 = 0, r2 = 0;
    const uint32_t both = nl < nr ? nl : nr;
    uint32_t i = 0;
    for (; i < both; i++) {
        const uint32_t a = rows[i], c = tmp[i];
        l1 += s1[a];
        l2 += s2[a];
        r1 += s1[c];
        r2 += s2[c];
    }
    for (uint32_t q = i; q < nl; q++) {
        l1 += s1[rows[q]];
        l2 += s2[rows[q]];
    }
    for (uint32_t q = i; q < nr; q++) {
        r1 += s1[tmp[q]];
        r2 += s2[tmp[q]];
    }
    memcpy(rows + nl, tmp, nr * sizeof *tmp);
    gl->s1 = l1;
    gl->s2 = l2;
    gr->s1 = r1;
    gr->s2 = r2;
    gl->lo = gk->lo;
    gl->hi = gr->lo = gk->lo + nl;
    gr->hi = gk->hi;
    gl->cnt = nl;
    gr->cnt = nr;
}

static int grow_part(level *L, size_t n)
{
    if (n <= L->part_cap)
        return 0;
    tree_split *np = ct_realloc(L->part, n * sizeof *np);
    if (!np)
        return -1;
    L->part = np;
    L->part_cap = n;
    return 0;
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
 * child. */
static void decide(level *L, int lev)
{
    const tree_bins *b = L->b;
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    release(L, lev);
    uint32_t *spl = L->spl[lev & 1];
    L->nspl[lev & 1] = 0;
    const size_t nc = ncand(L, lev);
    for (size_t i = 0; i < nc; i++) {
        const uint32_t k = cand(L, lev, i);
        if (!L->g[k].H)
            continue;
        tree_split sp = L->part[i * L->nrun];
        for (size_t c = 1; c < L->nrun; c++)
            if (L->part[i * L->nrun + c].gain > sp.gain)
                sp = L->part[i * L->nrun + c];
        const int ok = sp.feature >= 0 && sp.gain > 1e-6 && sp.gain >= gp->gamma;
        if (!ok) {
            hist_put(L, L->g[k].H);
            L->g[k].H = NULL;
            continue;
        }
        const int depth = L->g[k].depth + 1;
        double *hs = hist_get(L);
        if (!hs || add_node(L, 0, 0, 0, depth) || add_node(L, 0, 0, 0, depth)) {
            hist_put(L, hs);
            L->fail = 1;
            return;
        }
        const uint32_t left = t->n - 2, j = (uint32_t)sp.feature;
        t->node[k].feature = sp.feature;
        t->node[k].left = left;
        t->node[k].value = sp.bin + 1 < b->nbins[j] ? b->edge[b->eoff[j] + sp.bin] : DBL_MAX;
        t->dleft[k] = (uint8_t)sp.dleft;
        L->g[k].bin = sp.bin;
        L->g[k].has_missing = sp.has_missing;
        L->g[k].HS = hs;
        L->g[k].small = 0;
        L->g[k].sub = 0;
        spl[L->nspl[lev & 1]++] = k;
    }
    if (grow_part(L, 2 * L->nspl[lev & 1] * L->nrun + 1))
        L->fail = 1;
}

/* Task, after node k's partition: its default side, which children may
 * split, which child is built (the smaller, into HS) and which one is the
 * parent's histogram minus it (the larger, when it may split). Touches
 * node k and its children only. */
static void settle(level *L, uint32_t k)
{
    const tree_grow_params *gp = L->gp;
    tree *t = L->t;
    const uint32_t cl_ = t->node[k].left, cr_ = cl_ + 1;
    lnode *gk = &L->g[k], *gl = &L->g[cl_], *gr = &L->g[cr_];
    const uint32_t nl = gl->hi - gl->lo, nr = gr->hi - gr->lo;
    /* the default side of a split that saw no missing value: the child
     * with more rows (as tree_grow) */
    if (!gk->has_missing)
        t->dleft[k] = nl >= nr;
    const int cl = tree_node_can_split(gp, gl->s1, gl->s2, gl->cnt, gl->depth),
              cr = tree_node_can_split(gp, gr->s1, gr->s2, gr->cnt, gr->depth);
    gl->H = gr->H = NULL;
    if (!cl && !cr)
        return; /* HS and H go back at the release */
    const uint32_t small = nl <= nr ? cl_ : cr_;
    const int csmall = small == cl_ ? cl : cr, cbig = small == cl_ ? cr : cl;
    gk->small = small;
    gk->sub = cbig;
    L->g[small].H = csmall ? gk->HS : NULL;
    L->g[small == cl_ ? cr_ : cl_].H = cbig ? gk->H : NULL;
}

ct_status tree_grow_level(const tree_bins *b, const tree_grow_params *gp, int threads,
                          const double *s1, const double *s2, const uint8_t *row_in, tree *out,
                          int32_t *leaf_of)
{
    memset(out, 0, sizeof *out);
    const size_t n = b->n, p = b->p, S = b->hoff[p];
    const int nth = threads > 0 ? threads : ct_threads();
    level L;
    memset(&L, 0, sizeof L);
    L.b = b;
    L.gp = gp;
    L.s1 = s1;
    L.s2 = s2;
    L.t = out;
    ct_status st = CT_ENOMEM;
    /* a level's split nodes: at most 2^(max_depth - 1), and at most n / 2
     * (each holds two or more rows) */
    const size_t wmax =
        gp->max_depth > 0 && gp->max_depth < 24 && ((size_t)1 << gp->max_depth) + 2 < n + 2
            ? ((size_t)1 << gp->max_depth) + 2
            : n + 2;
    L.rows = ct_malloc((n ? n : 1) * sizeof *L.rows);
    L.tmp = ct_malloc((n ? n : 1) * sizeof *L.tmp);
    L.iota = ct_malloc((S ? S : 1) * sizeof *L.iota);
    L.cols = ct_malloc((p ? p : 1) * sizeof *L.cols);
    L.dcols = ct_malloc((p ? p : 1) * sizeof *L.dcols);
    L.spl[0] = ct_malloc(wmax * sizeof *L.spl[0]);
    L.spl[1] = ct_malloc(wmax * sizeof *L.spl[1]);
    if (!L.rows || !L.tmp || !L.iota || !L.cols || !L.dcols || !L.spl[0] || !L.spl[1])
        goto done;
    for (size_t s = 0; s < S; s++)
        L.iota[s] = (uint32_t)s;
    L.dense = b->dbin && b->dcol;
    make_runs(&L, nth);
    uint32_t nin = 0;
    for (size_t i = 0; i < n; i++)
        if (row_in[i])
            L.rows[nin++] = (uint32_t)i;
    if (add_node(&L, 0, 0, nin, 0) || grow_part(&L, 2 * L.nrun + 1) || !(L.g[0].H = hist_get(&L)))
        goto done;
    L.g[0].hi = nin;
    const size_t nrun = L.nrun;
#pragma omp parallel num_threads(nth) if (nth > 1)
    {
        /* the root's histogram; its totals, in row order, summed by the
         * task of the last run (make_runs gives it no more columns than
         * the others) */
#pragma omp for schedule(dynamic, 1)
        for (size_t c = 0; c < nrun; c++)
            build_run(&L, &L.g[0], L.g[0].H, c, c == nrun - 1);
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
            const size_t ns = L.nspl[lev & 1];
            const uint32_t *spl = L.spl[lev & 1];
            if (L.fail || !ns)
                break;
#pragma omp for schedule(dynamic, 1)
            for (size_t q = 0; q < ns; q++) {
                partition(&L, spl[q]);
                settle(&L, spl[q]);
            }
#pragma omp for schedule(dynamic, 1)
            for (size_t q = 0; q < ns * nrun; q++) {
                const lnode *gk = &L.g[spl[q / nrun]];
                if (!gk->small)
                    continue;
                build_run(&L, &L.g[gk->small], gk->HS, q % nrun, 0);
                if (gk->sub)
                    subtract_run(&L, gk->H, gk->HS, q % nrun);
            }
        }
    }
    if (L.fail)
        goto done;
    if (leaf_of) {
        for (uint32_t k = 0; k < out->n; k++)
            if (!out->node[k].left)
                for (uint32_t q = L.g[k].lo; q < L.g[k].hi; q++)
                    leaf_of[L.rows[q]] = (int32_t)k;
        for (size_t i = 0; i < n; i++)
            if (!row_in[i]) {
                uint32_t k = 0;
                while (out->node[k].left)
                    k = out->node[k].left +
                        (uint32_t)!tree_goes_left(b, (uint32_t)i, (uint32_t)out->node[k].feature,
                                                  L.g[k].bin, out->dleft[k]);
                leaf_of[i] = (int32_t)k;
            }
    }
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
    ct_free(L.tmp);
    ct_free(L.iota);
    ct_free(L.cols);
    ct_free(L.dcols);
    ct_free(L.spl[0]);
    ct_free(L.spl[1]);
    ct_free(L.part);
    return st;
}
