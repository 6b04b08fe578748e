/* test_trees_grow.c — the tree grower's fast path (tree_grow.c: touched-slot
 * histograms, the larger child by subtraction, rows partitioned per node,
 * depth-first growth renumbered breadth first) against a plain grower
 * written here: breadth first, every node's full histogram of every column
 * built from its rows, every bin scanned. On sums that are exact in a
 * double (whole-number weights for Gini; gradients and hessians that are
 * multiples of 1/64 for the logistic gain) both must give the same tree bit
 * for bit: nodes, thresholds, default sides, covers and leaf values; and
 * every row's leaf. Rows find their side of a split through the row-major
 * bins and, in a second pass, through their own stored entries. */
#include "ct_test.h"

#include "models/tree_internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
static double u(uint64_t i, uint64_t j)
{
    return (double)(mix(i * 1000003u + j) >> 11) / 9007199254740992.0;
}

#define NR 1500
#define NP 7

/* a mixed design: dense continuous columns, sparse counts, a column with
 * missing values, a constant column and one with many distinct values */
static ct_csr *make_design(double *y)
{
    ct_csr *X = NULL;
    assert_int_equal(ct_csr_create(NP, &X), CT_OK);
    for (int i = 0; i < NR; i++) {
        double v[NP];
        v[0] = round((u(i, 0) * 4 - 2) * 100) / 100;
        v[1] = u(i, 1) < 0.7 ? 0 : (double)(int)(u(i, 11) * 5 + 1);
        v[2] = u(i, 2) < 0.15 ? NAN : round(u(i, 12) * 50);
        v[3] = 0;
        v[4] = u(i, 4) * 1000; /* > 255 distinct values: quantile bins */
        v[5] = u(i, 5) < 0.95 ? 0 : 1;
        v[6] = u(i, 6) < 0.5 ? -1 : (u(i, 16) < 0.5 ? 0 : 2);
        const double x2 = isnan(v[2]) ? 25 : v[2];
        const double z = 1.2 * v[0] - 0.4 * v[1] + 0.05 * (x2 - 25) + v[4] / 500 - 1 + v[5];
        y[i] = u(i, 30) < 1 / (1 + exp(-z)) ? 1 : 0;
        uint32_t idx[NP];
        double val[NP];
        size_t k = 0;
        for (uint32_t j = 0; j < NP; j++)
            if (v[j] != 0 || isnan(v[j])) {
                idx[k] = j;
                val[k++] = v[j];
            }
        assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
    }
    return X;
}

/* ---- the plain grower ---- */

static uint32_t bin_at(const tree_bins *b, size_t i, uint32_t j)
{
    for (size_t e = b->rptr[i]; e < b->rptr[i + 1]; e++)
        if (b->rcol[e] == j)
            return tree_rbin(b, e);
    return b->zbin[j];
}

static double pscore(const tree_grow_params *gp, double s1, double s2)
{
    if (gp->criterion == TREE_GINI)
        return s1 > 0 ? (s2 * s2 + (s1 - s2) * (s1 - s2)) / s1 : 0;
    return s1 * s1 / (s2 + gp->reg_lambda);
}

static int pchild_ok(const tree_grow_params *gp, double s1, double s2, double cnt)
{
    if (cnt < gp->min_samples_leaf || cnt < 1)
        return 0;
    return gp->criterion == TREE_GINI ? s1 > 0 : s2 >= gp->min_child_weight;
}

typedef struct pnode {
    uint32_t *rows;
    size_t m;
    double s1, s2;
    int depth;
} pnode;

/* Grow the plain tree into t (node arrays allocated here). */
static void plain_grow(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                       const double *s2, const uint8_t *in, tree *t)
{
    const size_t n = b->n, p = b->p, cap = 2 * n + 1;
    t->node = calloc(cap, sizeof *t->node);
    t->dleft = calloc(cap, 1);
    t->cover = calloc(cap, sizeof *t->cover);
    pnode *g = calloc(cap, sizeof *g);
    g[0].rows = malloc(n * sizeof *g[0].rows);
    for (size_t i = 0; i < n; i++)
        if (in[i]) {
            g[0].rows[g[0].m++] = (uint32_t)i;
            g[0].s1 += s1[i];
            g[0].s2 += s2[i];
        }
    t->n = 1;
    for (uint32_t k = 0; k < t->n; k++) { /* breadth first: children are appended */
        pnode *nd = &g[k];
        t->node[k].feature = -1;
        const double cnt = (double)nd->m;
        int can = cnt >= gp->min_samples_split && cnt >= 2 * gp->min_samples_leaf &&
                  nd->depth < (gp->max_depth > 0 ? gp->max_depth : TREE_MAX_DEPTH);
        can = can && (gp->criterion == TREE_GINI ? nd->s2 > 0 && nd->s2 < nd->s1
                                                 : nd->s2 >= 2 * gp->min_child_weight);
        double best = -INFINITY;
        int32_t bf = -1;
        uint32_t bb = 0;
        int bdl = 0, bmiss = 0;
        const double parent = pscore(gp, nd->s1, nd->s2);
        for (uint32_t j = 0; can && j < p; j++) {
            if (gp->use_col && !gp->use_col[j])
                continue;
            const uint32_t nb = b->nbins[j], zb = b->zbin[j];
            static double h[1025][3]; /* up to 1,024 bins and the missing one */
            assert_true(nb < 1025);
            memset(h, 0, sizeof h);
            for (size_t q = 0; q < nd->m; q++) {
                const uint32_t r = nd->rows[q], bin = bin_at(b, r, j);
                if (bin == zb)
                    continue; /* derived below, as the fast path does */
                h[bin][0] += s1[r];
                h[bin][1] += s2[r];
                h[bin][2] += 1;
            }
            double o[3] = {0, 0, 0};
            for (uint32_t q = 0; q <= nb; q++)
                for (int c = 0; c < 3; c++)
                    o[c] += h[q][c];
            h[zb][0] = nd->s1 - o[0];
            h[zb][1] = nd->s2 - o[1];
            h[zb][2] = cnt - o[2];
            const double m1 = h[nb][0], m2 = h[nb][1], mc = h[nb][2];
            double l1 = 0, l2 = 0, lc = 0;
            for (uint32_t tb = 0; tb < nb; tb++) {
                l1 += h[tb][0];
                l2 += h[tb][1];
                lc += h[tb][2];
                if (h[tb][2] == 0 && tb + 1 < nb)
                    continue;
                for (int dl = 1; dl >= 0; dl--) {
                    if ((dl == 1 && tb == nb - 1) || (dl == 0 && mc <= 0 && tb == nb - 1) ||
                        (dl == 1 && mc <= 0))
                        continue;
                    const double a1 = l1 + (dl ? m1 : 0), a2 = l2 + (dl ? m2 : 0),
                                 ac = lc + (dl ? mc : 0);
                    const double r1 = nd->s1 - a1, r2 = nd->s2 - a2, rc = cnt - ac;
                    if (!pchild_ok(gp, a1, a2, ac) || !pchild_ok(gp, r1, r2, rc))
                        continue;
                    const double gain = pscore(gp, a1, a2) + pscore(gp, r1, r2) - parent;
                    if (gain > best) {
                        best = gain;
                        bf = (int32_t)j;
                        bb = tb;
                        bdl = dl;
                        bmiss = mc > 0;
                    }
                }
            }
        }
        if (bf >= 0 && gp->criterion == TREE_LOGLOSS && !(best > 1e-6 && best >= gp->gamma))
            bf = -1;
        if (bf < 0)
            continue;
        const uint32_t j = (uint32_t)bf, L = t->n;
        t->n += 2;
        t->node[k].feature = bf;
        t->node[k].left = L;
        t->node[k].value = bb + 1 < b->nbins[j] ? b->edge[b->eoff[j] + bb] : DBL_MAX;
        for (int c = 0; c < 2; c++) {
            g[L + c].rows = malloc((nd->m ? nd->m : 1) * sizeof *g[L].rows);
            g[L + c].depth = nd->depth + 1;
        }
        for (size_t q = 0; q < nd->m; q++) {
            const uint32_t r = nd->rows[q], bin = bin_at(b, r, j);
            const int left = bin == b->nbins[j] ? bdl : bin <= bb;
            pnode *c = &g[L + !left];
            c->rows[c->m++] = r;
            c->s1 += s1[r];
            c->s2 += s2[r];
        }
        t->dleft[k] = (uint8_t)(bmiss ? bdl : g[L].m >= g[L + 1].m);
    }
    for (uint32_t k = 0; k < t->n; k++) {
        t->cover[k] = gp->criterion == TREE_GINI ? g[k].s1 : g[k].s2;
        if (!t->node[k].left)
            t->node[k].value = gp->criterion == TREE_GINI
                                   ? (g[k].s1 > 0 ? g[k].s2 / g[k].s1 : 0)
                                   : -g[k].s1 / (g[k].s2 + gp->reg_lambda) * gp->learning_rate;
        free(g[k].rows);
    }
    free(g);
}

static void same_tree(const tree *a, const tree *b)
{
    assert_int_equal(a->n, b->n);
    for (uint32_t k = 0; k < a->n; k++) {
        assert_int_equal(a->node[k].feature, b->node[k].feature);
        assert_int_equal(a->node[k].left, b->node[k].left);
        assert_memory_equal(&a->node[k].value, &b->node[k].value, sizeof(double));
        assert_memory_equal(&a->cover[k], &b->cover[k], sizeof(double));
        if (a->node[k].left)
            assert_int_equal(a->dleft[k], b->dleft[k]);
    }
}

static void check(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                  const double *s2, const uint8_t *in)
{
    tree fast, plain;
    memset(&plain, 0, sizeof plain);
    int32_t *leaf = malloc(NR * sizeof *leaf);
    assert_int_equal(tree_grow(b, gp, s1, s2, in, NULL, &fast, leaf), CT_OK);
    plain_grow(b, gp, s1, s2, in, &plain);
    assert_true(fast.n > 7); /* a tree worth comparing */
    same_tree(&fast, &plain);
    /* every row, in the sample or not, gets the leaf its values lead to */
    for (size_t i = 0; i < NR; i++) {
        uint32_t k = 0;
        while (plain.node[k].left) {
            const uint32_t j = (uint32_t)plain.node[k].feature, bin = bin_at(b, i, j);
            const int left =
                bin == b->nbins[j]
                    ? plain.dleft[k]
                    : (bin + 1 == b->nbins[j] ? plain.node[k].value == DBL_MAX
                                              : b->edge[b->eoff[j] + bin] <= plain.node[k].value);
            k = plain.node[k].left + (uint32_t)!left;
        }
        assert_int_equal(leaf[i], (int32_t)k);
    }
    free(leaf);
    tree_free_arrays(&fast);
    free(plain.node);
    free(plain.dleft);
    free(plain.cover);
}

static void test_fast_equals_plain(void **state)
{
    (void)state;
    double *y = malloc(NR * sizeof *y), *s1 = malloc(NR * sizeof *s1),
           *s2 = malloc(NR * sizeof *s2);
    uint8_t *in = malloc(NR);
    ct_csr *X = make_design(y);
    /* 8-bit bins, then the forest's wide ones (16 bits: column 4 has about
     * 1,000 distinct values and every row stores it; the sparse columns
     * keep at most 255 bins) */
    for (int wide = 0; wide < 2; wide++) {
        tree_bins *b = NULL;
        assert_int_equal(tree_bins_build(X, wide ? 1024 : 256, &b), CT_OK);
        assert_int_equal(b->wide, wide);
        assert_true(b->nbins[4] == (wide ? 1023u : 255u) || (wide && b->nbins[4] > 900));
        assert_true(b->nbins[4] > 255 || !wide);
        /* this design is dense enough for the row-major bins: every check runs
     * with them and again without (rows find their bin in their entries) */
        assert_true(wide ? b->dbin16 != NULL && !b->dbin : b->dbin && !b->dbin16);
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                ct_free(b->dbin);
                ct_free(b->dbin16);
                b->dbin = NULL;
                b->dbin16 = NULL;
            }
            /* the forest's criterion: bootstrap-like whole-number weights, a third
     * of the rows out of the sample */
            for (size_t i = 0; i < NR; i++) {
                const double w = u(i, 40) < 0.33 ? 0 : (double)(1 + (int)(u(i, 41) * 3));
                s1[i] = w;
                s2[i] = w * y[i];
                in[i] = w > 0;
            }
            tree_grow_params gp = {TREE_GINI, 0, 2, 1, 0, 0, 0, 0, NP, NULL, 0, 0, 0, 0};
            check(b, &gp, s1, s2, in);
            gp.max_depth = 6;
            gp.min_samples_leaf = 5;
            check(b, &gp, s1, s2, in);
            /* the boosting's: gradients and hessians on a 1/64 grid, every sum exact */
            for (size_t i = 0; i < NR; i++) {
                const double pr = round((0.3 + 0.4 * u(i, 50)) * 64) / 64;
                s1[i] = pr - y[i];
                s2[i] = round(pr * (1 - pr) * 64) / 64;
                in[i] = u(i, 51) < 0.8;
            }
            tree_grow_params gl = {TREE_LOGLOSS, 5, 2, 1, 1, 1, 0, 0.1, NP, NULL, 1, 0, 0, 0};
            check(b, &gl, s1, s2, in);
            uint8_t use[NP] = {1, 1, 1, 0, 1, 0, 1};
            gl.use_col = use;
            gl.max_depth = 8;
            gl.min_child_weight = 0.5;
            check(b, &gl, s1, s2, in);
            /* every node's scan cut in runs of columns on two threads */
            const int threads = ct_threads();
            gl.scan_parallel = 1;
            ct_threads_set(2);
            check(b, &gl, s1, s2, in);
            gl.use_col = NULL;
            check(b, &gl, s1, s2, in);
            ct_threads_set(threads);
            gl.scan_parallel = 0;
        }
        /* the boosting's growers take 8-bit bins only */
        tree_grow_params gw = {TREE_LOGLOSS, 5, 2, 1, 1, 1, 0, 0.1, NP, NULL, 1, 0, 0, 0};
        assert_int_equal(tree_grow_level_fits(b, &gw, NR), !wide);
        assert_int_equal(tree_grow_cols_fits(b, &gw), !wide);
        tree_csc *c = NULL;
        assert_int_equal(tree_csc_build(b, &c), wide ? CT_EINVAL : CT_OK);
        tree_csc_free(c);
        tree_bins_free(b);
    }
    ct_csr_free(X);
    free(y);
    free(s1);
    free(s2);
    free(in);
}

/* The boosting's level grower (tree_level.c) and column grower
 * (tree_colgrow.c) against tree_grow on
 * gradients and hessians on a grid (multiples of 2^-40, as tree_boost.c
 * rounds them: every sum exact, tree_internal.h's contract): it must give
 * the same tree bit for bit and every row the same leaf, with 1, 2 and 3
 * threads (the rows' shares, blocks, runs of columns and the tasks'
 * threads change, the trees must not), with the row-major bins and with
 * the rows' own entries, with column and row draws, at several depths and
 * child-weight limits. */
/* The bins without their by-column copy (tree_bins_by_column), so that
 * the level grower reads the root's rows by their lists again. */
static void drop_by_column(tree_bins *b)
{
    ct_free(b->cbin);
    ct_free(b->dord);
    ct_free(b->srow);
    b->cbin = NULL;
    b->dord = NULL;
    b->srow = NULL;
}

static void same_as_grow(const tree_bins *b, const tree_grow_params *gp, const double *s1,
                         const double *s2, const uint8_t *in)
{
    tree ref, lv;
    int32_t *l1 = malloc(NR * sizeof *l1), *l2 = malloc(NR * sizeof *l2);
    tree_v2 *gh = malloc(NR * sizeof *gh); /* the pairs the level and column growers take */
    for (size_t i = 0; i < NR; i++)
        gh[i] = (tree_v2){s1[i], s2[i]};
    assert_int_equal(tree_grow(b, gp, s1, s2, in, NULL, &ref, l1), CT_OK);
    assert_true(tree_grow_level_fits(b, gp, NR));
    const int threads = ct_threads();
    tree_grow_params cut = *gp;
    for (int t = 0; t <= 3; t++) {
        /* t = 0: ct_threads(), 3 here; the default blocks of rows a
         * thread owns (tree_block_rows: a block a thread, 512 rows on
         * three threads), blocks of 16 rows, so that every node's rows are
         * shared among the threads in many pieces, and one block of every
         * row (one thread holds them all, the others none) */
        for (int c = 0; c < 3; c++) {
            cut.level_block = c == 1 ? 16 : c == 2 ? NR : 0;
            ct_threads_set(3);
            assert_int_equal(tree_grow_level(b, &cut, t, gh, in, &lv, l2), CT_OK);
            assert_true(ref.n > 7);
            same_tree(&ref, &lv);
            assert_memory_equal(l1, l2, NR * sizeof *l1);
            tree_free_arrays(&lv);
        }
    }
    /* the column grower: the same trees too */
    assert_true(tree_grow_cols_fits(b, gp));
    tree_csc *c = NULL;
    assert_int_equal(tree_csc_build(b, &c), CT_OK);
    tree_grow_params gm = *gp;
    for (int t = 0; t <= 3; t++) {
        /* the spine's walks of the rows off it: by default, always, never */
        for (gm.cols_mini = -1; gm.cols_mini <= 1; gm.cols_mini++) {
            ct_threads_set(3);
            memset(l2, 0xff, NR * sizeof *l2);
            assert_int_equal(tree_grow_cols(b, c, &gm, t, gh, in, &lv, l2), CT_OK);
            same_tree(&ref, &lv);
            assert_memory_equal(l1, l2, NR * sizeof *l1);
            tree_free_arrays(&lv);
        }
    }
    tree_csc_free(c);
    ct_threads_set(threads);
    tree_free_arrays(&ref);
    free(l1);
    free(l2);
    free(gh);
}

static void test_level_equals_grow(void **state)
{
    (void)state;
    double *y = malloc(NR * sizeof *y), *s1 = malloc(NR * sizeof *s1),
           *s2 = malloc(NR * sizeof *s2);
    uint8_t *in = malloc(NR);
    ct_csr *X = make_design(y);
    tree_bins *b = NULL;
    assert_int_equal(tree_bins_build(X, 256, &b), CT_OK);
    assert_non_null(b->dbin);
    /* rows' bins from the row-major bins (dense columns) and the sparse
     * columns' entries; then from the rows' entries alone */
    assert_non_null(b->dcol);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            ct_free(b->dbin);
            b->dbin = NULL;
        }
        for (size_t i = 0; i < NR; i++) {
            const double pr = 0.05 + 0.9 * u(i, 60);
            s1[i] = ldexp(nearbyint(ldexp(pr - y[i], 40)), -40);
            s2[i] = ldexp(nearbyint(ldexp(pr * (1 - pr), 40)), -40);
            in[i] = 1;
        }
        tree_grow_params gl = {TREE_LOGLOSS, 4, 2, 1, 5, 1, 0, 0.1, NP, NULL, 1, 0, 0, 0};
        same_as_grow(b, &gl, s1, s2, in);
        for (size_t i = 0; i < NR; i++)
            in[i] = u(i, 61) < 0.7;
        gl.max_depth = 8;
        gl.min_child_weight = 0;
        same_as_grow(b, &gl, s1, s2, in);
        uint8_t use[NP] = {1, 0, 1, 1, 1, 0, 1};
        gl.use_col = use;
        gl.max_depth = 6;
        gl.min_child_weight = 1;
        gl.reg_lambda = 0;
        same_as_grow(b, &gl, s1, s2, in);
        gl.use_col = NULL;
        gl.gamma = 0.5;
        same_as_grow(b, &gl, s1, s2, in);
    }
    /* the widest level's dense histograms must fit the budget (16 MB: a
     * level of 128 nodes at 16 bytes a slot does, one of 100,001 nodes —
     * depth 24 on 100,000 rows — does not); a forest's criterion, per-split
     * draws or a row limit above 1 are not the level grower's */
    tree_grow_params gl = {TREE_LOGLOSS, 8, 2, 1, 5, 1, 0, 0.1, NP, NULL, 1, 0, 0, 0};
    assert_true(tree_grow_level_fits(b, &gl, NR));
    gl.max_depth = 24;
    assert_true(100001.0 * 16.0 * (double)b->hoff[NP] > 16.0 * 1024 * 1024);
    assert_false(tree_grow_level_fits(b, &gl, 100000));
    gl.max_depth = 8;
    gl.min_samples_leaf = 2;
    assert_false(tree_grow_level_fits(b, &gl, NR));
    gl.min_samples_leaf = 1;
    gl.max_features = NP - 1;
    assert_false(tree_grow_level_fits(b, &gl, NR));
    gl.max_features = NP;
    gl.criterion = TREE_GINI;
    assert_false(tree_grow_level_fits(b, &gl, NR));
    tree_bins_free(b);
    ct_csr_free(X);
    free(y);
    free(s1);
    free(s2);
    free(in);
}

/* The three growers on random designs and parameters: 60 draws of rows
 * (40 to 2,500), columns (1 to 30), each column's density, values (few
 * distinct ones or many, negative ones, missing ones), labels, weights,
 * row and column draws, depth, min_child_weight, reg_lambda and gamma;
 * gradients and hessians on a grid (multiples of 2^-40). tree_grow is the
 * reference; the level grower and the column grower, where they fit, must
 * give its tree and every row's leaf on 1 and 3 threads, the level grower
 * also with every build and node cut. */
static double grid40(double x) { return ldexp(nearbyint(ldexp(x, 40)), -40); }

static void test_growers_random(void **state)
{
    (void)state;
    const int threads = ct_threads();
    for (uint64_t draw = 0; draw < 60; draw++) {
        const size_t n = 40 + (size_t)(u(draw, 1) * 2460), p = 1 + (size_t)(u(draw, 2) * 30);
        ct_csr *X = NULL;
        assert_int_equal(ct_csr_create(p, &X), CT_OK);
        double *s1 = malloc(n * sizeof *s1), *s2 = malloc(n * sizeof *s2);
        uint8_t *in = malloc(n), *use = malloc(p);
        uint32_t *idx = malloc(p * sizeof *idx);
        double *val = malloc(p * sizeof *val);
        const int weighted = u(draw, 3) < 0.3, sub = u(draw, 4) < 0.3;
        for (size_t i = 0; i < n; i++) {
            size_t k = 0;
            double z = 0;
            for (size_t j = 0; j < p; j++) {
                const double dens = 0.02 + u(draw * 131 + j, 5);
                if (u(draw * 7919 + i * 31 + j, 6) >= dens)
                    continue;
                const double r = u(draw * 7919 + i * 31 + j, 7);
                double v = u(draw * 131 + j, 8) < 0.5 ? floor(r * 4) - 1 : (r - 0.3) * 100;
                if (u(draw * 7919 + i * 31 + j, 9) < 0.05)
                    v = NAN;
                if (v == 0)
                    continue;
                idx[k] = (uint32_t)j;
                val[k++] = v;
                z += isnan(v) ? 0.3 : (j % 3 == 0 ? v / 50 : -v / 80);
            }
            assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
            const double y = u(draw * 7919 + i, 10) < 1 / (1 + exp(-z)) ? 1 : 0;
            const double pr = 0.05 + 0.9 * u(draw * 7919 + i, 11);
            const double w = weighted ? 0.5 + 2.5 * u(draw * 7919 + i, 12) : 1;
            s1[i] = grid40((pr - y) * w);
            s2[i] = fmax(grid40(pr * (1 - pr) * w), 0x1p-40);
            in[i] = !sub || u(draw * 7919 + i, 13) < 0.7;
        }
        tree_bins *b = NULL;
        assert_int_equal(tree_bins_build(X, 2 + (int)(u(draw, 14) * 255), &b), CT_OK);
        tree_grow_params gp = {TREE_LOGLOSS,
                               1 + (int)(u(draw, 15) * 8),
                               2,
                               1,
                               u(draw, 16) < 0.3 ? 0 : (u(draw, 16) < 0.6 ? 0.5 : 5),
                               u(draw, 17) < 0.3 ? 0 : 1,
                               u(draw, 18) < 0.7 ? 0 : 0.1,
                               0.3,
                               p,
                               NULL,
                               1,
                               0,
                               0,
                               0};
        if (u(draw, 19) < 0.3) {
            for (size_t j = 0; j < p; j++)
                use[j] = u(draw * 131 + j, 20) < 0.6;
            gp.use_col = use;
        }
        tree ref, t;
        int32_t *l1 = malloc(n * sizeof *l1), *l2 = malloc(n * sizeof *l2);
        tree_v2 *gh = malloc(n * sizeof *gh);
        for (size_t i = 0; i < n; i++)
            gh[i] = (tree_v2){s1[i], s2[i]};
        assert_int_equal(tree_grow(b, &gp, s1, s2, in, NULL, &ref, l1), CT_OK);
        tree_csc *c = NULL;
        assert_int_equal(tree_csc_build(b, &c), CT_OK);
        for (int th = 1; th <= 3; th += 2) {
            ct_threads_set(th);
            /* cut 0, 1: rows by their lists; 2, 3: the root's bins read
             * column by column (tree_bins_by_column; rows all in the
             * sample); 1, 3: blocks of 8 rows a thread */
            for (int cut = 0; cut < 4 && tree_grow_level_fits(b, &gp, n); cut++) {
                if (cut == 0)
                    drop_by_column(b);
                if (cut == 2)
                    assert_int_equal(tree_bins_by_column(b), CT_OK);
                tree_grow_params g2 = gp;
                g2.level_block = cut & 1 ? 8 : 0;
                memset(l2, 0xff, n * sizeof *l2);
                assert_int_equal(tree_grow_level(b, &g2, th, gh, in, &t, l2), CT_OK);
                same_tree(&ref, &t);
                assert_memory_equal(l1, l2, n * sizeof *l1);
                tree_free_arrays(&t);
            }
            for (int mini = -1; mini <= 1 && tree_grow_cols_fits(b, &gp); mini++) {
                tree_grow_params gm = gp;
                gm.cols_mini = mini; /* never, by default, always */
                memset(l2, 0xff, n * sizeof *l2);
                assert_int_equal(tree_grow_cols(b, c, &gm, th, gh, in, &t, l2), CT_OK);
                same_tree(&ref, &t);
                assert_memory_equal(l1, l2, n * sizeof *l1);
                tree_free_arrays(&t);
            }
        }
        ct_threads_set(threads);
        tree_free_arrays(&ref);
        tree_csc_free(c);
        tree_bins_free(b);
        ct_csr_free(X);
        free(s1);
        free(s2);
        free(in);
        free(use);
        free(idx);
        free(val);
        free(l1);
        free(l2);
        free(gh);
    }
}

/* tree_grow_cols on wide sparse designs shaped like bench/trees.sh's c (a
 * few dense counts, hundreds of word columns of which a row holds a few,
 * many chunks of columns): its spine's derived node starts its walks from
 * the floor of the spine's best chunk splits weighed again there (raised
 * above the taken floor at most levels of these draws: counted by a
 * throwaway build when it was written, 2026-12-07), and its trees and
 * leaves must still be tree_grow's, on 1 and 3 threads, the spine's walk
 * of the planned rows by default and always. */
static void test_cols_wide_spine(void **state)
{
    (void)state;
    const int threads = ct_threads();
    for (uint64_t draw = 0; draw < 12; draw++) {
        const size_t n = 1500 + (size_t)(u(draw, 31) * 2500),
                     words = 150 + (size_t)(u(draw, 32) * 350);
        const size_t dense = 3, p = dense + words;
        ct_csr *X = NULL;
        assert_int_equal(ct_csr_create(p, &X), CT_OK);
        tree_v2 *gh = malloc(n * sizeof *gh);
        uint8_t *in = malloc(n);
        uint32_t *idx = malloc(p * sizeof *idx);
        double *val = malloc(p * sizeof *val);
        for (size_t i = 0; i < n; i++) {
            size_t k = 0;
            double z = 0;
            for (size_t j = 0; j < dense; j++) {
                const double v = floor(exp(8 * u(draw * 7919 + i * 7 + j, 33)));
                if (v == 0)
                    continue;
                idx[k] = (uint32_t)j;
                val[k++] = v;
                z += j == 0 ? (log1p(v) - 4) / 2 : 0;
            }
            /* a few words a row, common ones more often (Zipf-like) */
            uint32_t last = 0;
            const int nw = 2 + (int)(u(draw * 7919 + i, 34) * 8);
            uint32_t w[10];
            for (int q = 0; q < nw; q++) {
                const double r = u(draw * 7919 + i * 11 + (uint64_t)q, 35);
                w[q] = (uint32_t)(dense + (size_t)((double)words * r * r * r));
            }
            for (int a = 1; a < nw; a++)
                for (int c2 = a; c2 > 0 && w[c2 - 1] > w[c2]; c2--) {
                    const uint32_t x = w[c2];
                    w[c2] = w[c2 - 1];
                    w[c2 - 1] = x;
                }
            for (int q = 0; q < nw; q++) {
                if (q > 0 && w[q] == last)
                    continue;
                last = w[q];
                idx[k] = w[q];
                val[k++] = 1 + floor(u(draw * 7919 + i * 13 + (uint64_t)q, 36) * 2);
                z += w[q] % 7 == 0 ? 0.8 : w[q] % 11 == 0 ? -0.6 : 0;
            }
            assert_int_equal(ct_csr_append_row(X, idx, val, k), CT_OK);
            const double y = u(draw * 7919 + i, 37) < 1 / (1 + exp(-z)) ? 1 : 0;
            const double pr = 1 / (1 + exp(-0.6 * z + 0.4 * (u(draw * 7919 + i, 38) - 0.5)));
            gh[i] = (tree_v2){grid40(pr - y), fmax(grid40(pr * (1 - pr)), 0x1p-40)};
            in[i] = 1;
        }
        tree_bins *b = NULL;
        assert_int_equal(tree_bins_build(X, 256, &b), CT_OK);
        tree_grow_params gp = {TREE_LOGLOSS,
                               3 + (int)(u(draw, 39) * 4),
                               2,
                               1,
                               draw % 3 == 0 ? 1 : 5,
                               1,
                               draw % 4 == 1 ? 0.5 : 0,
                               0.3,
                               p,
                               NULL,
                               1,
                               0,
                               0,
                               0};
        double *s1 = malloc(n * sizeof *s1), *s2 = malloc(n * sizeof *s2);
        for (size_t i = 0; i < n; i++) {
            s1[i] = gh[i][0];
            s2[i] = gh[i][1];
        }
        tree ref, t;
        int32_t *l1 = malloc(n * sizeof *l1), *l2 = malloc(n * sizeof *l2);
        assert_int_equal(tree_grow(b, &gp, s1, s2, in, NULL, &ref, l1), CT_OK);
        assert_true(ref.n > 7); /* the tree splits below its root */
        tree_csc *c = NULL;
        assert_int_equal(tree_csc_build(b, &c), CT_OK);
        assert_true(tree_grow_cols_fits(b, &gp));
        for (int th = 1; th <= 3; th += 2)
            for (int mini = 0; mini <= 1; mini++) {
                tree_grow_params gm = gp;
                gm.cols_mini = mini;
                memset(l2, 0xff, n * sizeof *l2);
                assert_int_equal(tree_grow_cols(b, c, &gm, th, gh, in, &t, l2), CT_OK);
                same_tree(&ref, &t);
                assert_memory_equal(l1, l2, n * sizeof *l1);
                tree_free_arrays(&t);
            }
        ct_threads_set(threads);
        tree_free_arrays(&ref);
        tree_csc_free(c);
        tree_bins_free(b);
        ct_csr_free(X);
        free(gh);
        free(in);
        free(idx);
        free(val);
        free(s1);
        free(s2);
        free(l1);
        free(l2);
    }
}

/* tree_scan_pairs' walk written plainly (every candidate of every bin, no
 * blocks), as it was before the blocks: the reference the blocks' bound
 * must not change. */
static void plain_candidate(const tree_grow_params *gp, double t1, double t2, double a1, double a2,
                            double parent, uint32_t t, int dl, int hm, tree_split *best)
{
    const double r1 = t1 - a1, r2 = t2 - a2, lambda = gp->reg_lambda;
    if (!(a2 > 0) || !(r2 > 0) || !(a2 >= gp->min_child_weight) || !(r2 >= gp->min_child_weight))
        return;
    const double q0 = a1 * a1 / (a2 + lambda), q1 = r1 * r1 / (r2 + lambda);
    const double gain = q0 + q1 - parent;
    if (gain > best->gain) {
        best->gain = gain;
        best->feature = 0;
        best->bin = t;
        best->dleft = dl;
        best->has_missing = hm;
        best->l1 = a1;
        best->l2 = a2;
    }
}

static void plain_pairs(uint32_t nb, uint32_t zb, const tree_grow_params *gp, double t1, double t2,
                        const tree_v2 *v, double parent, tree_split *best)
{
    double o1 = 0, o2 = 0;
    for (uint32_t t = 0; t <= nb; t++)
        if (t != zb) {
            o1 += v[t][0];
            o2 += v[t][1];
        }
    if (o2 < gp->min_child_weight)
        return;
    const double m1 = v[nb][0], m2 = v[nb][1], z1 = t1 - o1, z2 = t2 - o2;
    double l1 = 0, l2 = 0;
    for (uint32_t t = 0; t < nb; t++) {
        const double x1 = t == zb ? z1 : v[t][0], x2 = t == zb ? z2 : v[t][1];
        if (x2 == 0)
            continue;
        l1 += x1;
        l2 += x2;
        if (m2 > 0 && t != nb - 1)
            plain_candidate(gp, t1, t2, l1 + m1, l2 + m2, parent, t, 1, 1, best);
        if (m2 > 0 || t != nb - 1)
            plain_candidate(gp, t1, t2, l1, l2, parent, t, 0, m2 > 0, best);
    }
}

/* A column of the scan tests: its one-column bins (b points into the
 * struct), the node's sums and parent score, the grower's parameters, and
 * the plain walk's best split from no best. */
typedef struct scan_case {
    uint32_t nbins[1], zbin[1];
    tree_bins b;
    double t1, t2, parent;
    tree_grow_params gp;
    tree_split ref;
} scan_case;

/* Column `trial` of the scan tests: 1 to 600 bins (nbs), the zero bin zb
 * anywhere (first on every third: non-negative values), empty slots, a
 * missing slot on some, sums on a 2^-20 grid (exact, as the boosting's),
 * the node's rows mostly in the zero bin as on the sparse design (c) or
 * not; its slots in v[0 .. nb]. */
static void random_column(uint64_t trial, tree_v2 *v, scan_case *c)
{
    static const uint32_t nbs[] = {1, 2, 3, 7, 8, 9, 15, 16, 17, 64, 100, 255, 256, 511, 513, 600};
    const uint32_t nb = nbs[trial % (sizeof nbs / sizeof *nbs)];
    const uint32_t zb = trial % 3 == 0 ? 0 : (uint32_t)(u(trial, 1) * nb);
    const int missing = u(trial, 2) < 0.3, spine = u(trial, 3) < 0.6;
    const double empty = u(trial, 4) * 0.6, g0 = 2 * u(trial, 5) - 1;
    double t1 = 0, t2 = 0;
    for (uint32_t t = 0; t <= nb; t++) {
        v[t] = (tree_v2){0, 0};
        if ((t == nb && !missing) || u(trial * 7919 + t, 6) < empty)
            continue;
        /* gradients of one sign more than the other (a signal), on a
         * 2^-20 grid; hessians in (0, 0.25] */
        const double g = ldexp(nearbyint(ldexp(g0 * 0.5 + u(trial * 7919 + t, 7) - 0.5, 20)), -20);
        const double h = ldexp(1 + floor(u(trial * 7919 + t, 8) * 0x1p18), -20);
        v[t] = (tree_v2){g, h};
        if (t != zb) {
            t1 += g;
            t2 += h;
        }
    }
    /* the zero bin's true sums (its stored slot is never read: noise on
     * the grid) */
    const double zh = spine ? 500 + floor(u(trial, 9) * 1000) : 4 * u(trial, 9) * nb;
    t1 += ldexp(nearbyint(ldexp((2 * u(trial, 10) - 1) * 0.3 * zh, 20)), -20);
    t2 += ldexp(nearbyint(ldexp(zh, 20)), -20);
    v[zb] = (tree_v2){ldexp(floor(ldexp(u(trial, 11), 20)), -20),
                      ldexp(floor(ldexp(u(trial, 12), 20)), -20)};
    memset(c, 0, sizeof *c);
    c->gp.criterion = TREE_LOGLOSS;
    c->gp.min_child_weight = (double)(trial % 4) * 0.5;
    c->gp.reg_lambda = trial % 5 == 0 ? 0 : 1;
    c->nbins[0] = nb;
    c->zbin[0] = zb;
    c->b.p = 1;
    c->b.nbins = c->nbins;
    c->b.zbin = c->zbin;
    c->t1 = t1;
    c->t2 = t2;
    c->parent = t1 * t1 / (t2 + c->gp.reg_lambda);
    c->ref = (tree_split){-INFINITY, -1, 0, 0, 0, 0, 0};
    plain_pairs(nb, zb, &c->gp, t1, t2, v, c->parent, &c->ref);
}

/* tree_scan_pairs, whose walk of a column without missing values passes
 * over blocks of bins whose bound on every gain stays under the best so
 * far, against the plain walk: the same best split, bit for bit, from
 * every starting best (none; the plain walk's best itself, a tie that must
 * not be replaced; just under it; fractions of it; above it), on columns
 * of 1 to 600 bins (600: more than the blocks cover, walked whole), the
 * zero bin anywhere, empty slots, with and without missing values, sums
 * on a grid (exact, as the boosting's), a node's rows mostly in the zero
 * bin as on the sparse design (c) and not. */
static void test_scan_pairs_blocks(void **state)
{
    (void)state;
    tree_v2 *v = malloc(601 * sizeof *v);
    assert_non_null(v);
    long beaten = 0;
    for (uint64_t trial = 0; trial < 3000; trial++) {
        scan_case c;
        random_column(trial, v, &c);
        const uint32_t nb = c.nbins[0], zb = c.zbin[0];
        const double t1 = c.t1, t2 = c.t2, parent = c.parent;
        const tree_bins b = c.b;
        const tree_grow_params gp = c.gp;
        const tree_split ref = c.ref;
        const double seeds[] = {-INFINITY,      ref.gain,       nextafter(ref.gain, -INFINITY),
                                ref.gain * 0.9, ref.gain * 0.5, ref.gain - 1,
                                ref.gain + 1,   -1e300};
        for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
            if (isnan(seeds[s]))
                continue;
            tree_split want = {seeds[s], -1, 0, 0, 0, 0, 0}, got = want;
            plain_pairs(nb, zb, &gp, t1, t2, v, parent, &want);
            tree_scan_pairs(&b, &gp, t1, t2, 0, v, parent, -INFINITY, &got, NULL);
            assert_memory_equal(&want.gain, &got.gain, sizeof got.gain);
            assert_int_equal(want.feature, got.feature);
            assert_int_equal(want.bin, got.bin);
            assert_int_equal(want.dleft, got.dleft);
            assert_int_equal(want.has_missing, got.has_missing);
            assert_memory_equal(&want.l1, &got.l1, sizeof got.l1);
            assert_memory_equal(&want.l2, &got.l2, sizeof got.l2);
            beaten += want.feature >= 0 && seeds[s] > -INFINITY;
        }
    }
    assert_true(beaten > 0); /* some walks started from a best and beat it */
    free(v);
}

/* tree_scan_pairs with a floor (a gain the node is known to reach, from a
 * start of no best): at or under the plain walk's best gain, the same best
 * split, bit for bit (the floor passes over only blocks that could not
 * beat it); above it, nothing at or above the floor is made up (the floor
 * is never recorded as a split). The column's bound (tree_col_bound) is never under
 * its best gain. The columns of test_scan_pairs_blocks. */
static void test_scan_pairs_floor(void **state)
{
    (void)state;
    tree_v2 *v = malloc(601 * sizeof *v);
    assert_non_null(v);
    long floored = 0;
    for (uint64_t trial = 0; trial < 3000; trial++) {
        scan_case c;
        random_column(trial, v, &c);
        const uint32_t nb = c.nbins[0], zb = c.zbin[0];
        const double t1 = c.t1, t2 = c.t2, parent = c.parent;
        const tree_bins b = c.b;
        const tree_grow_params gp = c.gp;
        const tree_split ref = c.ref;
        if (ref.feature < 0)
            continue;
        const double a = fabs(ref.gain);
        const double floors[] = {
            ref.gain,     nextafter(ref.gain, -INFINITY), ref.gain - 0.1 * a, ref.gain - 0.5 * a,
            ref.gain - 1, nextafter(ref.gain, INFINITY),  ref.gain + 0.5 * a, ref.gain + 1};
        for (size_t s = 0; s < sizeof floors / sizeof *floors; s++) {
            tree_split got = {-INFINITY, -1, 0, 0, 0, 0, 0};
            tree_col_bound cb = {NAN, NAN, NAN};
            tree_scan_pairs(&b, &gp, t1, t2, 0, v, parent, floors[s], &got, &cb);
            /* the column's bound: at least its best gain; finite when
             * nothing is missing; every split's side off the zero bin
             * within e1 and e2 */
            assert_true(cb.gain >= ref.gain);
            assert_true(v[nb][1] > 0 ? cb.gain == INFINITY : isfinite(cb.gain));
            if (v[nb][1] > 0)
                continue;
            for (uint32_t t = 0; t + 1 < nb; t++) {
                if (t != zb && v[t][1] == 0)
                    continue; /* no candidate of its own */
                double e1 = 0, e2 = 0;
                for (uint32_t q = t < zb ? 0 : t + 1; q < (t < zb ? t + 1 : nb); q++) {
                    e1 += v[q][0];
                    e2 += v[q][1];
                }
                assert_true(fabs(e1) <= cb.e1);
                assert_true(e2 <= cb.e2);
            }
            if (floors[s] <= ref.gain) {
                assert_memory_equal(&ref.gain, &got.gain, sizeof got.gain);
                assert_int_equal(ref.feature, got.feature);
                assert_int_equal(ref.bin, got.bin);
                assert_int_equal(ref.dleft, got.dleft);
                assert_int_equal(ref.has_missing, got.has_missing);
                assert_memory_equal(&ref.l1, &got.l1, sizeof got.l1);
                assert_memory_equal(&ref.l2, &got.l2, sizeof got.l2);
                floored++;
            } else {
                assert_true(got.feature < 0 || got.gain < floors[s]);
            }
        }
    }
    assert_true(floored > 3000);
    free(v);
}

/* tree_block_rows: blocks dealt round-robin give every thread the same
 * number of rows but for the rounding of a block to 8 rows, which the last
 * block's shortfall takes: at most 8 rows a block, or one block on files
 * of over 64 blocks a thread (a fixed 2048 left one
 * of two threads 8,192 of 15,268 rows, 1,116 more than the other, and a
 * file under 2,048 rows all on one thread). */
static void test_block_rows(void **state)
{
    (void)state;
    const size_t ns[] = {1, 7, 8, 9, 1000, 2047, 2049, 4096, 15268, 15736, 19382, 100003, 1000000};
    for (size_t a = 0; a < sizeof ns / sizeof *ns; a++)
        for (int nth = 1; nth <= 4; nth++) {
            const size_t n = ns[a], per = tree_block_rows(n, nth);
            assert_true(per >= 8 && per % 8 == 0);
            size_t rows[4] = {0, 0, 0, 0}, nb = 0;
            for (size_t blk = 0; blk * per < n; blk++, nb++) {
                const size_t i0 = blk * per;
                rows[blk % (size_t)nth] += i0 + per < n ? per : n - i0;
            }
            size_t lo = n, hi = 0;
            for (int t = 0; t < nth; t++) {
                lo = rows[t] < lo ? rows[t] : lo;
                hi = rows[t] > hi ? rows[t] : hi;
            }
            /* (every thread has a block: the same count of blocks but on
             * files of more than 64 blocks a thread, where the rounding may
             * take the last thread's last block: one in 64 or fewer) */
            if (n >= 8 * (size_t)nth)
                assert_true((nb % (size_t)nth == 0 && hi - lo <= 8 * nb) ||
                            (n > 64 * per * (size_t)nth && hi - lo <= per));
            /* blocks of about 2048 rows once every thread has two */
            if (n >= 4096 * (size_t)nth)
                assert_true(per >= 1024 && per <= 4096);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_equals_plain), cmocka_unit_test(test_level_equals_grow),
        cmocka_unit_test(test_growers_random),    cmocka_unit_test(test_cols_wide_spine),
        cmocka_unit_test(test_scan_pairs_blocks), cmocka_unit_test(test_scan_pairs_floor),
        cmocka_unit_test(test_block_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
