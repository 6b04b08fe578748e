/* tree_internal.h — the model layer's shared state for tree ensembles:
 * the binned training design (tree_bin.c), one flattened tree (grown by
 * tree_grow.c, stored by tree_store.c, explained by tree_shap.c), and the
 * growth parameters the forest (tree_forest.c) and the boosting
 * (tree_boost.c) pass to the grower. */
#ifndef CT_MODELS_TREE_INTERNAL_H
#define CT_MODELS_TREE_INTERNAL_H

#include "claimtriage/estimator.h"
#include "claimtriage/json.h"
#include "claimtriage/matrix.h"
#include "claimtriage/rng.h"
#include "claimtriage/trees.h"

/* ---- binning (tree_bin.c) ----
 * Column j's finite values fall in bins 0..nbins[j]-1 by the ascending
 * upper edges edge[eoff[j] .. eoff[j] + nbins[j] - 2] (a value v is in the
 * first bin b with v <= edge b; the last bin has no upper edge); a missing
 * value (NaN) is in bin nbins[j], its own. zbin[j] is the bin of 0. Only the
 * stored entries of the CSR design are kept, with their bin numbers, in the
 * design's own (row) order: the implicit zeros are never listed, the zero
 * bin of a node is its total minus its other bins. A histogram has one slot
 * per (column, bin): column j's bins b = 0..nbins[j] at slot hoff[j] + b,
 * and bcol names the column of every slot. */
typedef struct tree_bins {
    size_t n, p;
    uint32_t *nbins; /* p: finite bins per column (>= 1) */
    uint32_t *zbin;  /* p: bin of the value 0 */
    size_t *eoff;    /* p + 1: offsets into edge */
    double *edge;    /* upper edges */
    size_t *hoff;    /* p + 1: each column's first histogram slot (nbins + 1 slots) */
    uint32_t *bcol;  /* hoff[p]: the column of each slot */
    /* X's indptr and indices are borrowed (the design must outlive the
     * bins) */
    const size_t *rptr;
    const uint32_t *rcol;
    /* nnz bins, CSR order: rbin when every column has at most 256 bins
     * (missing included), else rbin16 (wide: the forest's max_bins above
     * 256; tree_rbin reads either) */
    uint8_t *rbin;
    uint16_t *rbin16;
    int wide;
    size_t *cnz; /* p: stored entries per column */
    /* NULL, or when the design is dense enough (n p <= 4 nnz + 4096, at
     * most 256 MB) every row's bin of every column, row-major, 0's bin
     * where the row stores nothing: a row's side of a split in one read */
    uint8_t *dbin;
    uint16_t *dbin16; /* the same, wide */
    /* NULL, or with dbin: the level grower's split of the columns. dcol[j]
     * = 1 when at least half the rows store column j: a row's bins of those
     * are read from dbin (one read a column); the other columns' entries
     * of row i are scol/sbin[sptr[i] .. sptr[i + 1]) (column, bin), in
     * column order. (Design a of bench/trees.sh: 8 dense columns, 2 entries
     * a row in the 18 others.) */
    uint8_t *dcol;
    size_t *sptr;
    uint32_t *scol;
    uint8_t *sbin;
    /* NULL until tree_bins_by_column (the level grower's root, whose rows
     * come in order): the dense columns' bins column by column, column j's
     * at cbin[dord[j] n .. + n) (dord[j]: its place among the dense
     * columns), and the row of each entry of scol/sbin */
    uint8_t *cbin;
    uint32_t *dord;
    uint32_t *srow;
} tree_bins;

/* max_bins: 2..65535 bins a column, its missing bin included (more than
 * 256 make the bins wide: tree_grow only; the level and column growers,
 * tree_bins_by_column and tree_csc_build take narrow bins). CT_OK or
 * CT_ENOMEM. */
ct_status tree_bins_build(const ct_csr *X, int max_bins, tree_bins **out);
/* The bin of stored entry e (CSR order). */
static inline uint32_t tree_rbin(const tree_bins *b, size_t e)
{
    return b->wide ? b->rbin16[e] : b->rbin[e];
}
void tree_bins_free(tree_bins *b);
/* With dbin and dcol: cbin, dord and srow above (n bytes a dense column, 4
 * bytes a sparse entry). CT_OK (also when there is nothing to build: no
 * dbin) or CT_ENOMEM (b unchanged). */
ct_status tree_bins_by_column(tree_bins *b);

/* The binned entries by column (the column grower's layout): column j's
 * stored entries are rows crow[cptr[j] .. cptr[j + 1]) (ascending) with
 * bins cbin[...]; 13 bytes a stored entry with the offsets. tree_csc_build:
 * CT_OK or CT_ENOMEM (*out NULL). */
typedef struct tree_csc {
    size_t *cptr; /* p + 1 */
    uint32_t *crow;
    uint8_t *cbin;
} tree_csc;
ct_status tree_csc_build(const tree_bins *b, tree_csc **out);
void tree_csc_free(tree_csc *c);

/* ---- one tree, flattened ----
 * Nodes in breadth-first order; node k's children are left[k] and
 * left[k] + 1 (always after k), left[k] = 0 for a leaf. For a split node
 * value[k] is the threshold (x <= value goes left; NaN goes left when
 * dleft[k]); for a leaf it is the leaf's output. cover[k] is the node's
 * training weight (rf: bootstrap-weighted rows; gbdt: hessian sum). */
#define TREE_MAX_DEPTH 200 /* levels below the root a stored or grown tree may have */
/* bound on the sum over trees of each tree's largest |value| in a loaded
 * model: every raw score and TreeSHAP value stays finite below it */
#define TREE_VALUE_SUM_MAX 1e300

typedef struct tree_node {
    double value;
    int32_t feature; /* -1 for a leaf */
    uint32_t left;   /* 0 for a leaf */
} tree_node;

typedef struct tree {
    uint32_t n;
    tree_node *node;
    uint8_t *dleft;
    double *cover;
} tree;

void tree_free_arrays(tree *t);
/* Append a leaf (feature -1, value 0) to t, growing t's arrays and the
 * grower's per-node array *aux (elements of aux_size bytes) together, both
 * of capacity *cap (doubled). The new node's index, or -1 out of memory
 * (t and *aux unchanged in content). Shared by tree_grow and
 * tree_grow_level. */
long tree_node_push(tree *t, uint32_t *cap, void **aux, size_t aux_size);
/* The grower's scratch array a (elements of size bytes, capacity *cap)
 * made to hold n elements: a itself when it already does, else the
 * reallocated array with *cap = n. Out of memory: a unchanged (its content
 * kept) and *fail set to 1. Shared by tree_grow_cols and tree_grow_level. */
void *tree_buf_reserve(void *a, size_t *cap, size_t n, size_t size, int *fail);
/* The leaf row x (a dense row of p values) falls in. */
static inline uint32_t tree_leaf(const tree *t, const double *x)
{
    uint32_t k = 0;
    while (t->node[k].left) {
        const double v = x[t->node[k].feature];
        const int go_left = v != v ? t->dleft[k] : v <= t->node[k].value;
        k = t->node[k].left + (uint32_t)!go_left;
    }
    return k;
}

/* ---- growth (tree_grow.c) ---- */
enum { TREE_GINI = 0, TREE_LOGLOSS = 1 };
typedef struct tree_grow_params {
    int criterion;            /* TREE_GINI: s1 = weight, s2 = weight·y;
                                TREE_LOGLOSS: s1 = gradient, s2 = hessian */
    int max_depth;            /* 0: unlimited */
    double min_samples_split; /* rows */
    double min_samples_leaf;  /* rows */
    double min_child_weight;  /* hessian sum (logloss) */
    double reg_lambda, gamma, learning_rate;
    size_t max_features;    /* per split (gini); p: all */
    const uint8_t *use_col; /* NULL or p flags: columns this tree may use */
    int inner_threads;      /* 1: a large node's split scan on ct_threads() threads
                               (the same split); 0 when trees grow in parallel */
    size_t scan_parallel;   /* touched slots from which it does; 0: the default */
    uint32_t level_block;   /* the level grower's rows in a block a thread owns; 0: the
                               default (tree_level.c's LEVEL_OWN; tests set it low so
                               that every node's rows are shared among threads) */
    int cols_mini;          /* the column grower's walks of only the entries of the rows
                               off its spine (tree_colgrow.c): 0 when they are at most a
                               quarter of the entries (the default), 1 always, -1 never
                               (tests: both paths make the same trees) */
} tree_grow_params;

/* Grow one tree on the rows with row_in[i] != 0, row stats s1, s2.
 * rng (may be NULL when max_features >= p) draws the per-split features.
 * leaf_of (NULL or n values) receives the leaf of every row, in the sample
 * or not. CT_OK or CT_ENOMEM. */
ct_status tree_grow(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                    const double *s2, const uint8_t *row_in, ct_rng *rng, tree *out,
                    int32_t *leaf_of);

/* Every row not in the sample (row_in[i] == 0) walked down the grown tree
 * t by its bins (the split bins found from t's thresholds), its leaf into
 * leaf_of[i]; the growers' common last step (the sample's rows they place
 * themselves). */
void tree_leaves_out_of_sample(const tree_bins *b, const tree *t, const uint8_t *row_in,
                               int32_t *leaf_of);

/* ---- the split search both growers share (tree_grow.c) ---- */
typedef struct tree_split {
    double gain;
    int32_t feature;
    uint32_t bin; /* finite bins <= bin go left; nbins - 1 = all finite left */
    int dleft;    /* missing values go left */
    int has_missing;
    double l1, l2; /* the left side's sums of s1 and s2 */
} tree_split;

/* The node's gain term (Gini: sum of squared class weights over the weight;
 * logloss: G^2 / (H + reg_lambda)). */
double tree_split_score(const tree_grow_params *gp, double s1, double s2);
/* A leaf's output from its sums (Gini: the weighted share of class 1;
 * logloss: -G / (H + reg_lambda) times the learning rate). */
double tree_leaf_output(const tree_grow_params *gp, double s1, double s2);
/* Whether a node with these sums, rows and depth may be split. */
int tree_node_can_split(const tree_grow_params *gp, double s1, double s2, double cnt, int depth);
/* Whether a node's best split (feature -1: none found) is made: the
 * logistic criterion also asks a gain above 1e-6 and at least gamma. One
 * rule for the three growers, so they make the same trees. */
int tree_split_taken(const tree_grow_params *gp, int32_t feature, double gain);
/* The least gain a split is taken at (tree_split_taken): a split whose gain
 * is under it never is, so a walk may pass over candidates under it (the
 * floor of tree_scan_pairs); -INFINITY when every gain may be taken. */
double tree_split_floor(const tree_grow_params *gp);
/* Node k of t split on column j after finite bin `bin` (its threshold the
 * bin's upper edge, DBL_MAX for the last finite bin), missing values to
 * dleft, its children at left and left + 1. */
void tree_node_set_split(tree *t, const tree_bins *b, uint32_t k, uint32_t left, uint32_t j,
                         uint32_t bin, int dleft);
/* Column j's candidate splits for a node with totals tot = (s1, s2, rows),
 * into best when strictly better (parent = tree_split_score of the node):
 * ts[0 .. m) are slots of column j, ascending, with their sums vs[3 i ..
 * 3 i + 2] = (s1, s2, rows); slots with 0 rows are skipped, so a compact
 * list of touched slots and a dense run of all nbins[j] + 1 slots give the
 * same result bit for bit. The zero bin's stored sums are never read: it is
 * the node's total minus the column's other bins (missing included); the
 * finite bins are walked in ascending order and a split is tried after each
 * non-empty one, missing values on either side. */
void tree_scan_col(const tree_bins *b, const tree_grow_params *gp, const double tot[3], uint32_t j,
                   const uint32_t *ts, const double *vs, size_t m, double parent, tree_split *best);
/* A histogram slot's (sum s1, sum s2), or a row's (s1, s2): one vector of
 * two doubles (GCC's vector extension: one SSE2 instruction adds it). */
typedef double tree_v2 __attribute__((vector_size(16)));
/* Column j's candidate splits (criterion TREE_LOGLOSS) for a node with sums
 * (t1, t2), from its dense slots v[0 .. nbins[j]] (finite bins, then
 * missing), into best when strictly better: tree_scan_col's walk, the same
 * operations in the same order, with "s2 > 0" where it takes "rows >= 1"
 * and no row count: valid when every row's s2 is positive and sums are
 * exact (the boosting's grid) and min_samples_leaf <= 1. A column whose
 * bins off the zero bin hold less than min_child_weight of s2 has no valid
 * split and is skipped after one pass. Without missing values the walk
 * goes by blocks of 8 bins, and a block whose bound on every candidate's
 * gain stays under the best so far is passed over whole (its sums added
 * at once): the same best split bit for bit (test_scan_pairs_blocks), on
 * the sparse design (c) about a third less fitting time (bench/RESULTS.md,
 * "a tenth look"). */
/* floor: a gain the node is known to reach (an actual candidate's, or
 * the least gain a split may be taken at; -INFINITY: none): a block whose
 * bound stays under it is passed over as under the best so far. Candidates
 * under floor may then go unrecorded, never one at or above it: with floor
 * at most the node's best gain over all its columns, the node's first best
 * split is the same bit for bit (test_scan_pairs_floor). cb (NULL: not
 * wanted) receives the column's bound (tree_col_bound). */
typedef struct tree_col_bound {
    double gain; /* at least the gain of every split on the column: the
                    greatest of the gains weighed and of the bounds of the
                    blocks passed over; -INFINITY: no split; +INFINITY: not
                    bounded (a column with missing values) */
    double e1;   /* at least |s1| of every split's side off the zero bin */
    double e2;   /* s2 of the slots off the zero bin (every such side's at most) */
} tree_col_bound;
void tree_scan_pairs(const tree_bins *b, const tree_grow_params *gp, double t1, double t2,
                     uint32_t j, const tree_v2 *v, double parent, double floor, tree_split *best,
                     tree_col_bound *cb);
/* The side of row r at a split on column j after finite bin sb (missing
 * values to dleft): its bin from the row-major bins when there are, else
 * from its own (sorted) entries, 0's bin when it stores none. */
static inline int tree_goes_left(const tree_bins *b, uint32_t r, uint32_t j, uint32_t sb, int dleft)
{
    if (b->dbin || b->dbin16) {
        const size_t x = (size_t)r * b->p + j;
        const uint32_t bin = b->wide ? b->dbin16[x] : b->dbin[x];
        return bin == b->nbins[j] ? dleft : bin <= sb;
    }
    /* a row's columns are distinct and ascending, so column j sits at most
     * j entries into it: the search covers rptr[r] .. rptr[r] + j only (one
     * step for the first columns, the engagement ones); branch-free halving */
    const size_t end = b->rptr[r + 1];
    size_t lo = b->rptr[r], len = end - lo;
    if (len > (size_t)j + 1)
        len = (size_t)j + 1;
    while (len > 1) {
        const size_t half = len / 2;
        lo = b->rcol[lo + half - 1] < j ? lo + half : lo;
        len -= half;
    }
    const uint32_t bin = len && b->rcol[lo] == j ? tree_rbin(b, lo) : b->zbin[j];
    return bin == b->nbins[j] ? dleft : bin <= sb;
}

/* ---- the boosting's level grower (tree_level.c) ----
 * The same tree as tree_grow (criterion TREE_LOGLOSS, no per-split column
 * draws: rng NULL, min_samples_leaf <= 1), bit for bit, grown one level at
 * a time on `threads` threads (0: ct_threads()), provided every sum of the
 * s1 values and every sum of the s2 values is exact in double precision
 * (values on a grid, as tree_boost.c's gradients and hessians are) and
 * every s2 is positive: then the rows may be cut among threads in any way
 * and the histograms, totals and children's sums do not change. Each
 * node's histogram is dense (every slot of every used column, a pair of
 * doubles). Each thread owns every T-th block of rows for the whole tree:
 * it partitions its own rows and sums them into a part of each built
 * node's histogram (a small node is summed whole by one thread); the split
 * scans, by runs of columns, add the parts and are merged in column order.
 * With tree_bins_by_column's copy, the root's part is read column by
 * column. One parallel region per tree (none on one thread).
 * tree_grow_level_fits() says whether to use it: the logistic criterion
 * without per-split draws, the dense histograms of the widest level within
 * its memory budget, and enough stored entries per histogram slot (on wide
 * sparse designs tree_grow's compact histograms are cheaper); otherwise
 * use tree_grow. gh[i] is row i's (s1, s2) pair (tree_grow's s1[i], s2[i]).
 * tree_grow_level: CT_OK or CT_ENOMEM. */
int tree_grow_level_fits(const tree_bins *b, const tree_grow_params *gp, size_t nrows_in);
/* The rows of a block a thread owns in the level grower, and of a block of
 * tree_boost.c's gradients (the same thread computes a row's gradient and
 * sums it): n rows cut into blocks dealt round-robin to nth threads, about
 * TREE_BLOCK_ROWS each, sized so that every thread gets the same number of
 * whole blocks (the last one short): a fixed size left one thread up to a
 * block more (on 15,268 rows and two threads, 8,192 rows against 7,076: the
 * other waited at every barrier). A multiple of 8: a block's rows' doubles
 * (the gradients' F and E) start a cache line of their own, so two threads
 * writing their own blocks never share one; the rounding leaves the last
 * thread at most 8 rows a block short. */
#define TREE_BLOCK_ROWS 2048
static inline size_t tree_block_rows(size_t n, int nth)
{
    const size_t T = nth > 1 ? (size_t)nth : 1;
    size_t m = (n + T * TREE_BLOCK_ROWS / 2) / (T * TREE_BLOCK_ROWS); /* blocks a thread */
    if (!m)
        m = 1;
    const size_t per = (n + T * m - 1) / (T * m);
    return per ? (per + 7) / 8 * 8 : 8;
}
ct_status tree_grow_level(const tree_bins *b, const tree_grow_params *gp, int threads,
                          const tree_v2 *gh, const uint8_t *row_in, tree *out, int32_t *leaf_of);

/* ---- the boosting's column grower (tree_colgrow.c) ----
 * The same tree as tree_grow under tree_grow_level's conditions (exact
 * sums, positive s2, TREE_LOGLOSS, no per-split draws, min_samples_leaf
 * <= 1), grown a level at a time from the entries by column (c, built from
 * b by tree_csc_build): every level, each column's entries are summed into
 * small histograms of the level's nodes (a row's node from a per-row
 * index) and scanned at once, columns in parallel; rows keep no lists. For
 * wide sparse designs (design c of bench/trees.sh), where per-node
 * histograms over every slot cost more than a pass over the entries.
 * tree_grow_cols_fits(): the conditions and the level's histograms (its
 * nodes times the widest column's bins, 16 bytes each, per thread) within
 * 4 MiB. Below the root, one node's slots of every column are kept and a
 * level with few rows off that node walks only their entries (the spine,
 * tree_colgrow.c: 16 bytes a histogram slot, when the design has at most
 * 2M slots, and 9 bytes for up to a quarter of the stored entries; the
 * same trees). gh as tree_grow_level's. tree_grow_cols: CT_OK or
 * CT_ENOMEM. */
int tree_grow_cols_fits(const tree_bins *b, const tree_grow_params *gp);
ct_status tree_grow_cols(const tree_bins *b, const tree_csc *c, const tree_grow_params *gp,
                         int threads, const tree_v2 *gh, const uint8_t *row_in, tree *out,
                         int32_t *leaf_of);

/* ---- the boosting's gradients (tree_boost.c) ----
 * Tests only (not thread-safe: call it between fits): on = 0 makes the
 * gradients take two rows a vector instruction everywhere, on = 1 (the
 * default) four where the processor has AVX2; the trees are the same bit
 * for bit. Returns 1 when the four-row path is now in use. */
int tree_boost_gradients_v4(int on);

/* ---- storage (tree_store.c) ---- */
void tree_save(const tree *t, ct_json *w);
/* Read a tree; p is the column count features must be below. */
ct_status tree_load(const ct_json_value *v, size_t p, tree *t, const char **why);
/* Scores of rows [0, X->nrows): for each row, the sum (sum_mode) of the
 * trees' leaf values, into out. Rows are scored on ct_threads() threads,
 * each row in fixed tree order: bit-identical whatever the thread count. */
ct_status tree_ensemble_sum(const tree *trees, size_t ntrees, const ct_csr *X, double *out);

/* ---- inference layout (tree_flat.c) ----
 * Every tree of an ensemble laid out for scoring, on quantised rows.
 *
 * Quantisation: the features the ensemble splits on get slots s (columns
 * ascending); slot s has the ensemble's distinct finite thresholds on its
 * feature, ascending: cut[coff[s] .. coff[s + 1]) = T[0..m). A finite value
 * v gets the code 1 + r(v), r(v) = #{k : T[k] < v}, and a split on
 * threshold T[j] gets the code j + 1; then v <= T[j] iff 1 + r(v) <= j + 1
 * (if v <= T[j], every T[k] < v has k < j, so r(v) <= j; if r(v) <= j,
 * then T[r(v)] exists, is >= v as it is not < v, and T[r(v)] <= T[j]).
 * A row holds two codes per slot, equal for finite values; a NaN is
 * 0xFFFF in the first (above every split code: goes right) and 0 in the
 * second (below every split code: goes left), and a node reads the second
 * when its missing values go left. So a node is one 32-bit word
 * st = (2 s + default_left) | split code << 16 and "go left" is
 * code[st & 0xFFFF] <= st >> 16, the same branch as tree_leaf() for every
 * value: finite, +-inf, -0.0 (== 0.0 on both sides) and NaN.
 * TREE_FLAT_PAD (code slot 0, split code 0xFFFF) always goes left.
 *
 * Trees of depth <= TREE_FLAT_CDEPTH are stored complete: node k's children
 * are 2k + 1 and 2k + 2 (no child index is loaded), 2^D - 1 words, a leaf
 * above depth D padded below with TREE_FLAT_PAD and its value repeated on
 * its 2^(D - d) leaves at depth D; value holds the 2^D leaves. Deeper trees
 * keep their breadth-first nodes with child index left[k] and leaves as
 * fixed points (st = TREE_FLAT_PAD, left[k] = k), so every walk takes
 * exactly depth[t] steps. When quantised is 0 (a feature with more than
 * TREE_FLAT_MAX_CUTS thresholds or more than 32767 features split on)
 * tree_flat_sum walks the trees themselves (tree_ensemble_sum). */
#define TREE_FLAT_CDEPTH 8
#define TREE_FLAT_MAX_CUTS 65533u
#define TREE_FLAT_PAD 0xFFFF0000u

typedef struct tree_flat {
    size_t ntrees;
    const tree *trees; /* borrowed: they must outlive the layout */
    int quantised;
    size_t nslots;
    uint32_t *slot_col; /* nslots: the column of each slot, ascending */
    size_t ncolmap;     /* 1 + the largest column split on; 0 when none */
    int32_t *slot_of;   /* ncolmap: the slot of a column, -1 when unused */
    size_t *coff;       /* nslots + 1 */
    double *cut;        /* the thresholds of each slot, ascending, distinct */
    uint16_t *zcode;    /* 2 nslots (at least 2): the codes of a row of zeros */
    uint8_t *depth;     /* ntrees */
    uint8_t *complete;  /* ntrees: 1 when stored complete */
    size_t *noff;       /* ntrees: first node word of each tree in st/left */
    size_t *voff;       /* ntrees: first leaf value of each tree in value */
    uint32_t *st;       /* node words */
    uint32_t *left;     /* children (tree-local) of deep trees' nodes */
    double *value;      /* leaf values */
    /* the sixteen-rows layout (tree_flat_simd.c), built when every tree is
     * complete of depth <= TREE_FLAT_SIMD_DEPTH and the CPU has AVX2:
     * vd (0: not built) the deepest tree's depth, NN = 2^vd - 1 slots per
     * tree for its vn[t] split nodes (pads left out), each the code word it
     * reads (vcol), its split code ^ 0x8000 (vthr) and the leaves of its
     * left subtree among the 2^vd (vclr, bit q for leaf q, left to right);
     * vval the 2^vd leaf values of each tree, a shallower tree's leaf
     * repeated on the leaves below it */
    unsigned vd;
    uint16_t *vcol;
    int16_t *vthr;
    uint16_t *vclr;
    uint8_t *vn;
    double *vval;
} tree_flat;

/* Build the layout of trees[0..ntrees) (which must outlive it). CT_OK or
 * CT_ENOMEM. */
ct_status tree_flat_build(const tree *trees, size_t ntrees, tree_flat *out);
void tree_flat_free(tree_flat *f);
/* The codes of the value v in a slot with thresholds T[0..m): *nan_right
 * and *nan_left as described above (equal when v is not NaN). */
void tree_flat_code(const double *T, size_t m, double v, uint16_t *nan_right, uint16_t *nan_left);
/* The codes of row i's stored entries in split-on columns, code word w at
 * dst[w stride], each ^ bias (the implicit zeros' codes, zcode, are the
 * caller's to lay down first): the eight-row walks' rows (stride 1, bias
 * 0) and the sixteen-row path's columns (stride G, bias 0x8000). */
void tree_flat_code_row(const tree_flat *f, const ct_csr *X, size_t i, uint16_t *dst, size_t stride,
                        uint16_t bias);
/* out[i] = the sum of the trees' leaf values of row i, trees in order;
 * rows in blocks on ct_threads() threads: bit-identical whatever the
 * thread count, and to the sum of tree_leaf() values in tree order.
 * CT_OK or CT_ENOMEM. */
ct_status tree_flat_sum(const tree_flat *f, const ct_csr *X, double *out);

/* The sixteen-rows path (tree_flat_simd.c). A node's test on sixteen rows
 * is one comparison of their codes; a row's exit leaf is the leftmost of
 * the leaves left after each node that sends it right has taken away its
 * left subtree's (QuickScorer, Lucchese et al., SIGIR 2015): the leaf the
 * walk reaches, so the sums are the walk's bit for bit. */
#define TREE_FLAT_SIMD_DEPTH 4
/* Build it into f (after tree_flat_build's layout; f->vd stays 0 when the
 * ensemble or the CPU does not qualify). CT_OK or CT_ENOMEM (f->vd 0). */
ct_status tree_flat_simd_build(tree_flat *f);
void tree_flat_simd_free(tree_flat *f);
/* 1 when this CPU runs the sixteen-rows path (AVX2) */
int tree_flat_simd_cpu(void);
/* out[0 .. b - a) = the sums of rows [a, b) of X (b - a <= G, G a multiple
 * of 16), buf holding G (2 nslots, at least 2) codes of 2 bytes then G
 * doubles; only when f->vd != 0. */
void tree_flat_simd_rows(const tree_flat *f, const ct_csr *X, size_t a, size_t b, size_t G,
                         void *buf, double *out);

/* ---- TreeSHAP (tree_shap.c) ---- */
/* Add tree t's path-dependent TreeSHAP values of the dense row x to
 * phi[0..p) (times scale). CT_OK, or CT_ENOMEM when the path buffer of a
 * tree deeper than 20 levels cannot be allocated. */
ct_status tree_shap_add(const tree *t, const double *x, double scale, double *phi);
/* The tree's expected value: cover-weighted mean of its leaves. */
double tree_expected_value(const tree *t);

/* The sum over trees[0..ntrees) of each tree's largest |leaf value| (split
 * nodes' thresholds not counted): a bound on every raw score's size. The
 * loader refuses a model whose bound passes TREE_VALUE_SUM_MAX, and both
 * fits check it before returning a model (tree_model.c). */
double tree_leaf_sum_max(const tree *trees, size_t ntrees);

/* ---- a fitted ensemble (tree_model.c): both families ---- */
enum { TREE_RF = 0, TREE_GBDT = 1 };
typedef struct tree_model {
    int family;
    size_t p, ntrees;
    tree *trees;
    double base_score;   /* gbdt: raw score before the trees */
    double oob_score;    /* rf: NaN when not computed */
    size_t oob_unscored; /* rf with oob_score: the rows no tree left out of bag */
    int best_iteration;
    tree_flat flat; /* the inference layout of trees */
    ct_rf_params rf;
    ct_gbdt_params gb;
} tree_model;

void tree_model_destroy(void *model);
size_t tree_model_ncols(const void *model);
/* Check X (structure; finite or NaN values), y (0/1), w (finite > 0) and
 * both classes present; who names the family in messages. */
ct_status tree_check_inputs(const char *who, const ct_csr *X, const double *y, const double *w,
                            ct_diag *diag);
ct_status tree_model_contributions(const void *model, const ct_csr *X, size_t row, double *phi);
void tree_model_save_trees(const tree_model *m, ct_json *w);
ct_status tree_model_load_trees(const ct_json_value *v, tree_model *m, ct_diag *diag);
/* Parse a parameter value: a finite number / an integer in [lo, hi]. */
int tree_parse_num(const char *s, double *out);
int tree_parse_int(const char *s, long lo, long hi, int *out);

#endif
