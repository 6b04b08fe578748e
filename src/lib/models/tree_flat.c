/* tree_flat.c — the inference layout of a tree ensemble and the scoring of
 * rows through it: rows quantised once per group into small integer codes
 * (one per feature the ensemble splits on), shallow trees stored complete
 * (no child index loaded), deep ones as fixed-point walks, several rows
 * walked at once. The layout and the proof that a quantised comparison
 * takes the same branch as the double one are in tree_internal.h. */
#include "models/tree_internal.h"

#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

void tree_flat_free(tree_flat *f)
{
    ct_free(f->slot_col);
    ct_free(f->slot_of);
    ct_free(f->coff);
    ct_free(f->cut);
    ct_free(f->zcode);
    ct_free(f->depth);
    ct_free(f->complete);
    ct_free(f->noff);
    ct_free(f->voff);
    ct_free(f->st);
    ct_free(f->left);
    ct_free(f->value);
    tree_flat_simd_free(f);
    memset(f, 0, sizeof *f);
}

/* #{k : T[k] < v} for ascending T[0..m), v not NaN: a lower bound whose
 * halving does not branch on the data */
static inline size_t rank_below(const double *T, size_t m, double v)
{
    const double *b = T;
    size_t n = m;
    while (n > 1) {
        const size_t half = n / 2;
        /* a mask, not a select: compilers turned the select into a branch
         * the data mispredict half the time */
        b += half & ((size_t)0 - (size_t)(b[half - 1] < v));
        n -= half;
    }
    return (size_t)(b - T) + (n == 1 && b[0] < v);
}

void tree_flat_code(const double *T, size_t m, double v, uint16_t *nan_right, uint16_t *nan_left)
{
    if (v != v) {
        *nan_right = 0xFFFF;
        *nan_left = 0;
    } else
        *nan_right = *nan_left = (uint16_t)(1 + rank_below(T, m, v));
}

void tree_flat_code_row(const tree_flat *f, const ct_csr *X, size_t i, uint16_t *dst, size_t stride,
                        uint16_t bias)
{
    for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
        const uint32_t j = X->indices[e];
        if (j >= f->ncolmap || f->slot_of[j] < 0)
            continue;
        const size_t s = (size_t)f->slot_of[j];
        uint16_t hi, lo;
        tree_flat_code(f->cut + f->coff[s], f->coff[s + 1] - f->coff[s], X->data[e], &hi, &lo);
        dst[2 * s * stride] = (uint16_t)(hi ^ bias);
        dst[(2 * s + 1) * stride] = (uint16_t)(lo ^ bias);
    }
}

/* the thresholds of every feature split on, sorted and made distinct; the
 * slots; 0 when they do not fit the codes (f->quantised stays 0) */
static ct_status build_cuts(const tree *trees, size_t ntrees, tree_flat *f)
{
    size_t ncol = 0, nsplit = 0;
    for (size_t t = 0; t < ntrees; t++)
        for (uint32_t k = 0; k < trees[t].n; k++)
            if (trees[t].node[k].left) {
                const size_t j = (size_t)trees[t].node[k].feature;
                ncol = j + 1 > ncol ? j + 1 : ncol;
                nsplit++;
            }
    f->ncolmap = ncol;
    size_t *cnt = ct_calloc(ncol + 1, sizeof *cnt);
    f->slot_of = ct_malloc((ncol ? ncol : 1) * sizeof *f->slot_of);
    double *all = ct_malloc((nsplit ? nsplit : 1) * sizeof *all);
    if (!cnt || !f->slot_of || !all) {
        ct_free(cnt);
        ct_free(all);
        return CT_ENOMEM;
    }
    for (size_t t = 0; t < ntrees; t++)
        for (uint32_t k = 0; k < trees[t].n; k++)
            if (trees[t].node[k].left && !isnan(trees[t].node[k].value))
                cnt[trees[t].node[k].feature + 1]++;
    size_t ns = 0;
    for (size_t j = 0; j < ncol; j++)
        f->slot_of[j] = -1;
    for (size_t t = 0; t < ntrees; t++)
        for (uint32_t k = 0; k < trees[t].n; k++)
            if (trees[t].node[k].left && f->slot_of[trees[t].node[k].feature] < 0)
                f->slot_of[trees[t].node[k].feature] = 0;
    for (size_t j = 0; j < ncol; j++)
        if (f->slot_of[j] == 0)
            ns++;
    f->nslots = ns;
    f->slot_col = ct_malloc((ns ? ns : 1) * sizeof *f->slot_col);
    f->coff = ct_malloc((ns + 1) * sizeof *f->coff);
    f->zcode = ct_malloc((ns ? 2 * ns : 2) * sizeof *f->zcode);
    if (!f->slot_col || !f->coff || !f->zcode) {
        ct_free(cnt);
        ct_free(all);
        return CT_ENOMEM;
    }
    /* cnt becomes the start of each column's thresholds in all */
    size_t acc = 0, widest = 0;
    for (size_t j = 0; j < ncol; j++) {
        const size_t c = cnt[j + 1];
        cnt[j] = acc;
        acc += c;
        widest = c > widest ? c : widest;
    }
    cnt[ncol] = acc;
    for (size_t t = 0; t < ntrees; t++)
        for (uint32_t k = 0; k < trees[t].n; k++)
            if (trees[t].node[k].left && !isnan(trees[t].node[k].value))
                all[cnt[trees[t].node[k].feature]++] = trees[t].node[k].value;
    /* cnt[j] is now the end of column j's thresholds; column j starts at
     * cnt[j - 1] (0 for j = 0) */
    double *tmp = widest >= 64 ? ct_malloc(widest * sizeof *tmp) : NULL;
    if (widest >= 64 && !tmp) {
        ct_free(cnt);
        ct_free(all);
        return CT_ENOMEM;
    }
    size_t s = 0, out = 0, prev_end = 0;
    f->coff[0] = 0;
    int fits = ns <= 32767;
    for (size_t j = 0; j < ncol; j++) {
        const size_t a = prev_end, b = cnt[j];
        prev_end = b;
        if (f->slot_of[j] < 0)
            continue;
        ct_sort_f64(all + a, b - a, tmp);
        /* distinct by ==: -0.0 and 0.0 are one cut (they compare alike) */
        const size_t first = out;
        for (size_t e = a; e < b; e++)
            if (out == first || all[e] != all[out - 1])
                all[out++] = all[e];
        if (out - first > TREE_FLAT_MAX_CUTS)
            fits = 0;
        f->slot_of[j] = (int32_t)s;
        f->slot_col[s] = (uint32_t)j;
        f->coff[++s] = out;
    }
    ct_free(tmp);
    ct_free(cnt);
    f->cut = all; /* the first out values; the rest unused */
    for (size_t q = 0; q < ns; q++)
        tree_flat_code(f->cut + f->coff[q], f->coff[q + 1] - f->coff[q], 0.0, &f->zcode[2 * q],
                       &f->zcode[2 * q + 1]);
    if (!ns)
        f->zcode[0] = f->zcode[1] = 0;
    f->quantised = fits;
    return CT_OK;
}

/* the node word of split node k of tree tr (quantised layout) */
static uint32_t split_word(const tree_flat *f, const tree *tr, uint32_t k)
{
    const size_t s = (size_t)f->slot_of[tr->node[k].feature];
    const double thr = tr->node[k].value;
    const double *T = f->cut + f->coff[s];
    const size_t m = f->coff[s + 1] - f->coff[s];
    /* a NaN threshold (never stored, but cheap to honour): v <= NaN is
     * false, so every finite value goes right (split code 0, below every
     * finite code) and NaN follows default_left as always */
    const uint32_t code = thr != thr ? 0 : (uint32_t)(1 + rank_below(T, m, thr));
    return (uint32_t)(2 * s + tr->dleft[k]) | code << 16;
}

ct_status tree_flat_build(const tree *trees, size_t ntrees, tree_flat *out)
{
    memset(out, 0, sizeof *out);
    out->ntrees = ntrees;
    out->trees = trees;
    ct_status st = build_cuts(trees, ntrees, out);
    if (st != CT_OK) {
        tree_flat_free(out);
        return st;
    }
    if (!out->quantised)
        return CT_OK;
    out->depth = ct_malloc(ntrees ? ntrees : 1);
    out->complete = ct_malloc(ntrees ? ntrees : 1);
    out->noff = ct_malloc((ntrees + 1) * sizeof *out->noff);
    out->voff = ct_malloc((ntrees + 1) * sizeof *out->voff);
    size_t maxn = 1;
    for (size_t t = 0; t < ntrees; t++)
        maxn = trees[t].n > maxn ? trees[t].n : maxn;
    uint8_t *d = ct_malloc(maxn);
    uint32_t *pos = ct_malloc(maxn * sizeof *pos);
    if (!out->depth || !out->complete || !out->noff || !out->voff || !d || !pos)
        goto nomem;
    /* depths and sizes first */
    size_t nn = 0, nv = 0;
    for (size_t t = 0; t < ntrees; t++) {
        const tree *tr = &trees[t];
        uint8_t maxd = 0;
        d[0] = 0;
        for (uint32_t k = 0; k < tr->n; k++) {
            if (tr->node[k].left)
                d[tr->node[k].left] = d[tr->node[k].left + 1] = (uint8_t)(d[k] + 1);
            else if (d[k] > maxd)
                maxd = d[k];
        }
        out->depth[t] = maxd;
        out->complete[t] = maxd <= TREE_FLAT_CDEPTH;
        out->noff[t] = nn;
        out->voff[t] = nv;
        if (out->complete[t]) {
            nn += ((size_t)1 << maxd) - 1;
            nv += (size_t)1 << maxd;
        } else {
            nn += tr->n;
            nv += tr->n;
        }
    }
    out->noff[ntrees] = nn;
    out->voff[ntrees] = nv;
    out->st = ct_malloc((nn ? nn : 1) * sizeof *out->st);
    out->left = ct_malloc((nn ? nn : 1) * sizeof *out->left);
    out->value = ct_malloc((nv ? nv : 1) * sizeof *out->value);
    if (!out->st || !out->left || !out->value)
        goto nomem;
    for (size_t t = 0; t < ntrees; t++) {
        const tree *tr = &trees[t];
        uint32_t *sw = out->st + out->noff[t], *lw = out->left + out->noff[t];
        double *vw = out->value + out->voff[t];
        if (!out->complete[t]) {
            for (uint32_t k = 0; k < tr->n; k++) {
                if (tr->node[k].left) {
                    sw[k] = split_word(out, tr, k);
                    lw[k] = tr->node[k].left;
                    vw[k] = 0;
                } else {
                    sw[k] = TREE_FLAT_PAD;
                    lw[k] = k;
                    vw[k] = tr->node[k].value;
                }
            }
            continue;
        }
        const unsigned D = out->depth[t];
        const size_t first_leaf = ((size_t)1 << D) - 1;
        /* node k of the tree sits at pos[k] of the complete tree, level d[k] */
        d[0] = 0;
        pos[0] = 0;
        for (uint32_t k = 0; k < tr->n; k++) {
            if (tr->node[k].left) {
                const uint32_t c = tr->node[k].left;
                sw[pos[k]] = split_word(out, tr, k);
                pos[c] = 2 * pos[k] + 1;
                pos[c + 1] = 2 * pos[k] + 2;
                d[c] = d[c + 1] = (uint8_t)(d[k] + 1);
                continue;
            }
            /* a leaf at level d[k]: the subtree below it always goes left,
             * and all its leaves at depth D hold its value */
            size_t lo = pos[k], hi = pos[k];
            for (unsigned l = d[k]; l < D; l++) {
                for (size_t q = lo; q <= hi; q++)
                    sw[q] = TREE_FLAT_PAD;
                lo = 2 * lo + 1;
                hi = 2 * hi + 2;
            }
            for (size_t q = lo; q <= hi; q++)
                vw[q - first_leaf] = tr->node[k].value;
        }
    }
    ct_free(d);
    ct_free(pos);
    if (tree_flat_simd_build(out) != CT_OK) {
        tree_flat_free(out);
        return CT_ENOMEM;
    }
    return CT_OK;
nomem:
    ct_free(d);
    ct_free(pos);
    tree_flat_free(out);
    return CT_ENOMEM;
}

#define ROW_BLOCK 256
#define CODE_BYTES 32768 /* bytes of row codes a thread holds (one group) */
#define GROUP_MAX 128

/* one step of a walk: go left iff the row's code <= the split code */
#define CSTEP(K, C)                                                                                \
    do {                                                                                           \
        const uint32_t w_ = sw[K];                                                                 \
        K = 2 * K + 1 + (uint32_t)((C)[w_ & 0xFFFFu] > (w_ >> 16));                                \
    } while (0)
#define PSTEP(K, C)                                                                                \
    do {                                                                                           \
        const uint32_t w_ = sw[K];                                                                 \
        K = lw[K] + (uint32_t)((C)[w_ & 0xFFFFu] > (w_ >> 16));                                    \
    } while (0)

/* the walks of a complete tree of depth D over rows [0, g) with codes c
 * (W per row), leaf values added to o (D >= 1). The root's word is the
 * same for every row and is read once. (Instances with a constant D, so
 * that the level loop unrolls, measured no faster.) */
static void walk_complete(const uint32_t *sw, const double *vw, const unsigned D, const uint16_t *c,
                          size_t W, size_t g, double *o)
{
    const uint32_t fl = (1u << D) - 1, w0 = sw[0], s0 = w0 & 0xFFFFu, t0 = w0 >> 16;
    size_t r = 0;
    /* eight walks at once: their loads are independent and overlap */
    for (; r + 8 <= g; r += 8) {
        const uint16_t *c0 = c + r * W, *c1 = c0 + W, *c2 = c1 + W, *c3 = c2 + W, *c4 = c3 + W,
                       *c5 = c4 + W, *c6 = c5 + W, *c7 = c6 + W;
        uint32_t k0 = 1 + (c0[s0] > t0), k1 = 1 + (c1[s0] > t0), k2 = 1 + (c2[s0] > t0),
                 k3 = 1 + (c3[s0] > t0), k4 = 1 + (c4[s0] > t0), k5 = 1 + (c5[s0] > t0),
                 k6 = 1 + (c6[s0] > t0), k7 = 1 + (c7[s0] > t0);
        for (unsigned s = 1; s < D; s++) {
            CSTEP(k0, c0);
            CSTEP(k1, c1);
            CSTEP(k2, c2);
            CSTEP(k3, c3);
            CSTEP(k4, c4);
            CSTEP(k5, c5);
            CSTEP(k6, c6);
            CSTEP(k7, c7);
        }
        o[r] += vw[k0 - fl];
        o[r + 1] += vw[k1 - fl];
        o[r + 2] += vw[k2 - fl];
        o[r + 3] += vw[k3 - fl];
        o[r + 4] += vw[k4 - fl];
        o[r + 5] += vw[k5 - fl];
        o[r + 6] += vw[k6 - fl];
        o[r + 7] += vw[k7 - fl];
    }
    for (; r < g; r++) {
        const uint16_t *ci = c + r * W;
        uint32_t k = 1 + (ci[s0] > t0);
        for (unsigned s = 1; s < D; s++)
            CSTEP(k, ci);
        o[r] += vw[k - fl];
    }
}

/* add tree t's leaf values of rows [0, g) with codes c (W per row) to o */
static void add_tree(const tree_flat *f, size_t t, const uint16_t *c, size_t W, size_t g, double *o)
{
    const uint32_t *sw = f->st + f->noff[t], *lw = f->left + f->noff[t];
    const double *vw = f->value + f->voff[t];
    const unsigned D = f->depth[t];
    if (f->complete[t]) {
        if (D == 0) /* a single leaf */
            for (size_t r = 0; r < g; r++)
                o[r] += vw[0];
        else
            walk_complete(sw, vw, D, c, W, g, o);
        return;
    }
    size_t r = 0;
    /* eight walks at once, as above */
    for (; r + 8 <= g; r += 8) {
        const uint16_t *c0 = c + r * W, *c1 = c0 + W, *c2 = c1 + W, *c3 = c2 + W, *c4 = c3 + W,
                       *c5 = c4 + W, *c6 = c5 + W, *c7 = c6 + W;
        uint32_t k0 = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0, k6 = 0, k7 = 0;
        for (unsigned s = 0; s < D; s++) {
            PSTEP(k0, c0);
            PSTEP(k1, c1);
            PSTEP(k2, c2);
            PSTEP(k3, c3);
            PSTEP(k4, c4);
            PSTEP(k5, c5);
            PSTEP(k6, c6);
            PSTEP(k7, c7);
        }
        o[r] += vw[k0];
        o[r + 1] += vw[k1];
        o[r + 2] += vw[k2];
        o[r + 3] += vw[k3];
        o[r + 4] += vw[k4];
        o[r + 5] += vw[k5];
        o[r + 6] += vw[k6];
        o[r + 7] += vw[k7];
    }
    for (; r < g; r++) {
        const uint16_t *ci = c + r * W;
        uint32_t k = 0;
        for (unsigned s = 0; s < D; s++)
            PSTEP(k, ci);
        o[r] += vw[k];
    }
}

ct_status tree_flat_sum(const tree_flat *f, const ct_csr *X, double *out)
{
    if (!f->quantised)
        return tree_ensemble_sum(f->trees, f->ntrees, X, out);
    const long nblocks = (long)((X->nrows + ROW_BLOCK - 1) / ROW_BLOCK);
    const size_t W = f->nslots ? 2 * f->nslots : 2; /* codes per row */
    size_t g = CODE_BYTES / (W * sizeof(uint16_t)), bytes;
    if (f->vd) { /* whole sixteens, and the sums */
        g = g < 16 ? 16 : g > GROUP_MAX ? GROUP_MAX : g - g % 16;
        bytes = g * W * sizeof(uint16_t) + g * sizeof(double);
    } else { /* whole eights: the walks go eight rows at a time */
        g = g < 8 ? 8 : g > GROUP_MAX ? GROUP_MAX : g - g % 8;
        bytes = g * W * sizeof(uint16_t);
    }
    int fail = 0;
#pragma omp parallel num_threads(ct_threads()) if (X->nrows * f->ntrees > 100000)
    {
        void *buf = ct_malloc(bytes);
        if (!buf) {
#pragma omp atomic write
            fail = 1;
        }
#pragma omp for schedule(dynamic, 4)
        for (long bl = 0; bl < nblocks; bl++) {
            if (!buf)
                continue;
            const size_t i0 = (size_t)bl * ROW_BLOCK;
            const size_t i1 = i0 + ROW_BLOCK < X->nrows ? i0 + ROW_BLOCK : X->nrows;
            for (size_t a = i0; a < i1; a += g) {
                const size_t b = a + g < i1 ? a + g : i1;
                if (f->vd) {
                    tree_flat_simd_rows(f, X, a, b, g, buf, out + a);
                    continue;
                }
                uint16_t *c = buf;
                /* quantise the group's rows: the codes of 0 for the implicit
                 * zeros, the stored entries of split-on columns coded */
                for (size_t i = a; i < b; i++) {
                    uint16_t *ci = c + (i - a) * W;
                    memcpy(ci, f->zcode, W * sizeof *ci);
                    tree_flat_code_row(f, X, i, ci, 1, 0);
                    out[i] = 0;
                }
                /* trees in order for every row: the sums are the plain walk's */
                for (size_t t = 0; t < f->ntrees; t++)
                    add_tree(f, t, c, W, b - a, out + a);
            }
        }
        ct_free(buf);
    }
    return fail ? CT_ENOMEM : CT_OK;
}
