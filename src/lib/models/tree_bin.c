/* tree_bin.c — quantile binning of a sparse design for the tree ensembles
 * (claimtriage/trees.h): each column's finite values cut once into at most
 * max_bins bins (every distinct value its own bin when few enough, else
 * cuts at the count-weighted quantiles, implicit zeros included, as
 * XGBoost's hist and LightGBM), NaN in a bin of its own, and the bin number
 * of every stored entry in the design's own order. */
#include "models/tree_internal.h"

#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

void tree_bins_free(tree_bins *b)
{
    if (!b)
        return;
    ct_free(b->nbins);
    ct_free(b->zbin);
    ct_free(b->eoff);
    ct_free(b->edge);
    ct_free(b->hoff);
    ct_free(b->bcol);
    ct_free(b->rbin);
    ct_free(b->rbin16);
    ct_free(b->dbin16);
    ct_free(b->dbin);
    ct_free(b->cnz);
    ct_free(b->dcol);
    ct_free(b->sptr);
    ct_free(b->scol);
    ct_free(b->sbin);
    ct_free(b->cbin);
    ct_free(b->dord);
    ct_free(b->srow);
    ct_free(b);
}

ct_status tree_bins_by_column(tree_bins *b)
{
    if (!b->dbin || !b->dcol || !b->sptr || b->cbin)
        return CT_OK;
    const size_t n = b->n, p = b->p, ns = b->sptr[n];
    size_t nd = 0;
    for (size_t j = 0; j < p; j++)
        nd += b->dcol[j] != 0;
    uint8_t *cb = ct_malloc(nd && n ? nd * n : 1);
    uint32_t *ord = ct_malloc((p ? p : 1) * sizeof *ord);
    uint32_t *sr = ct_malloc((ns ? ns : 1) * sizeof *sr);
    if (!cb || !ord || !sr) {
        ct_free(cb);
        ct_free(ord);
        ct_free(sr);
        return CT_ENOMEM;
    }
    uint32_t k = 0;
    for (size_t j = 0; j < p; j++)
        ord[j] = b->dcol[j] ? k++ : UINT32_MAX;
    for (size_t j = 0; j < p; j++)
        if (b->dcol[j]) {
            uint8_t *c = cb + (size_t)ord[j] * n;
            for (size_t i = 0; i < n; i++)
                c[i] = b->dbin[i * p + j];
        }
    for (size_t i = 0; i < n; i++)
        for (size_t e = b->sptr[i]; e < b->sptr[i + 1]; e++)
            sr[e] = (uint32_t)i;
    b->cbin = cb;
    b->dord = ord;
    b->srow = sr;
    return CT_OK;
}

/* The upper edge of the bin of value a below the next value b (a < b, both
 * finite): their midpoint, so that thresholds read as scikit-learn's, and
 * always finite with a <= edge < b, so that a falls at or below it and b
 * above. a + (b - a) / 2 overflows when b - a exceeds DBL_MAX (a column of
 * -1.7e308 and 1.7e308: the edge was +inf, both values fell in one bin and
 * the column could not be split), and rounds to b when the two are adjacent
 * doubles whose halfway sum rounds to b's even mantissa (-1 - 2^-52 and -1:
 * b fell in a's bin). scikit-learn's splitter takes the halves' sum
 * (Xf[p - 1] / 2.0 + Xf[p] / 2.0) and falls back on a when that is b or
 * infinite; so do we. */
static double edge_between(double a, double b)
{
    double mid = a + (b - a) / 2;
    if (!isfinite(mid))
        mid = a / 2 + b / 2;
    return mid < b && mid >= a ? mid : a;
}

/* Upper edges of column values v[0..m) (sorted, finite) plus nz implicit
 * zeros into e (room for maxb - 1); returns the number of bins. */
static uint32_t make_edges(const double *v, size_t m, size_t nz, int maxb, double *e)
{
    /* distinct values with counts, the zeros merged in at their place */
    size_t total = m + nz, nd = 0;
    double prev = NAN;
    int zero_done = nz == 0;
    /* first pass: count distinct values */
    for (size_t i = 0; i <= m; i++) {
        if (!zero_done && (i == m || v[i] >= 0)) {
            if (!(prev == 0.0))
                nd++;
            prev = 0.0;
            zero_done = 1;
        }
        if (i == m)
            break;
        if (!(v[i] == prev))
            nd++;
        prev = v[i];
    }
    if (nd <= 1)
        return 1;
    /* walk again: value, count; cut between distinct values */
    uint32_t nb = 1;
    size_t cum = 0, k = 0;
    zero_done = nz == 0;
    double cur = NAN;
    size_t curcnt = 0;
    size_t i = 0;
    int distinct_mode = nd <= (size_t)maxb;
    for (;;) {
        double x;
        size_t c;
        if (!zero_done && (i == m || v[i] >= 0)) {
            x = 0.0;
            c = nz;
            zero_done = 1;
        } else if (i < m) {
            x = v[i++];
            c = 1;
        } else {
            break;
        }
        if (curcnt && x == cur) {
            curcnt += c;
            continue;
        }
        if (curcnt) {
            /* a boundary between cur and x? */
            cum += curcnt;
            k++;
            int cut = distinct_mode || (double)cum >= (double)total * (double)nb / (double)maxb;
            if (cut && nb < (uint32_t)maxb) {
                e[nb - 1] = edge_between(cur, x);
                nb++;
            }
        }
        cur = x;
        curcnt = c;
    }
    (void)k;
    return nb;
}

/* The bin of x (not NaN): the first edge index i in [0, nb - 1) with
 * x <= e[i], else nb - 1. A branch-free lower bound (the comparison's 0 or 1
 * times the step moves the base): the search's branches are coin tosses
 * for the predictor, and every stored entry of the design is binned here. */
static uint32_t bin_of(const double *e, uint32_t nb, double x)
{
    size_t len = nb - 1;
    if (!len)
        return 0;
    const double *base = e;
    while (len > 1) {
        const size_t half = len / 2;
        base += (size_t)(base[half - 1] < x) * half;
        len -= half;
    }
    return (uint32_t)(base - e) + (base[0] < x);
}

ct_status tree_bins_build(const ct_csr *X, int max_bins, tree_bins **out)
{
    *out = NULL;
    const size_t n = X->nrows, p = X->ncols, nnz = X->nnz;
    /* finite bins a column; + the missing bin: <= 65535, a bin number in
     * 16 bits (in 8 when every column has at most 255 finite bins) */
    const int maxb = max_bins > 65535 ? 65534 : max_bins > 255 ? max_bins - 1 : max_bins;
    tree_bins *b = ct_calloc(1, sizeof *b);
    if (!b)
        return CT_ENOMEM;
    b->n = n;
    b->p = p;
    b->nbins = ct_calloc(p ? p : 1, sizeof *b->nbins);
    b->zbin = ct_calloc(p ? p : 1, sizeof *b->zbin);
    b->eoff = ct_calloc(p + 1, sizeof *b->eoff);
    b->hoff = ct_calloc(p + 1, sizeof *b->hoff);
    b->cnz = ct_malloc((p ? p : 1) * sizeof *b->cnz);
    b->rptr = X->indptr;
    b->rcol = X->indices;
    /* each column's values, grouped by column (the order inside a column
     * does not matter: they are sorted) */
    size_t *cptr = ct_calloc(p + 1, sizeof *cptr), *fill = ct_malloc((p ? p : 1) * sizeof *fill);
    double *cval = ct_malloc((nnz ? nnz : 1) * sizeof *cval);
    /* column j's upper edges at eall + ecap[j]: room for min(maxb, its
     * stored entries + 1) (it has no more distinct values) */
    size_t *ecap = ct_calloc(p + 1, sizeof *ecap);
    double *eall = NULL;
    int fail = !b->nbins || !b->zbin || !b->eoff || !b->hoff || !b->cnz || !cptr || !fill ||
               !cval || !ecap;
    if (!fail) {
        for (size_t e = 0; e < nnz; e++)
            cptr[X->indices[e] + 1]++;
        for (size_t j = 0; j < p; j++) {
            b->cnz[j] = cptr[j + 1];
            cptr[j + 1] += cptr[j];
            /* more than 255 bins only for a column most rows store: on a
             * wide sparse design (20,000 n-gram columns of a million rows)
             * they would multiply the growers' histogram scratch by
             * max_bins / 255 for columns whose rows mostly sit in the zero
             * bin */
            const size_t cap = 2 * b->cnz[j] >= n || maxb <= 255 ? (size_t)maxb : 255;
            const size_t room = b->cnz[j] + 1 < cap ? b->cnz[j] + 1 : cap;
            ecap[j + 1] = ecap[j] + room;
        }
        memcpy(fill, cptr, p * sizeof *fill);
        for (size_t e = 0; e < nnz; e++)
            cval[fill[X->indices[e]]++] = X->data[e];
        fail = !(eall = ct_malloc((ecap[p] ? ecap[p] : 1) * sizeof *eall));
    }
    size_t maxlen = 0;
    for (size_t j = 0; !fail && j < p; j++)
        if (cptr[j + 1] - cptr[j] > maxlen)
            maxlen = cptr[j + 1] - cptr[j];
    const long lp = (long)p;
#pragma omp parallel num_threads(ct_threads()) if (nnz > 50000 && !fail)
    {
        double *v = fail ? NULL : ct_malloc((maxlen ? maxlen : 1) * 2 * sizeof *v);
        if (!v) {
#pragma omp atomic write
            fail = 1;
        }
#pragma omp for schedule(dynamic, 1)
        for (long lj = 0; lj < lp; lj++) {
            if (!v)
                continue;
            const size_t j = (size_t)lj, c0 = cptr[j], m = cptr[j + 1] - c0;
            size_t k = 0;
            for (size_t e = 0; e < m; e++)
                if (!isnan(cval[c0 + e]))
                    v[k++] = cval[c0 + e];
            ct_sort_f64(v, k, v + maxlen);
            double *e = eall + ecap[j];
            uint32_t nb = make_edges(v, k, n - m, (int)(ecap[j + 1] - ecap[j]), e);
            b->nbins[j] = nb;
            b->zbin[j] = bin_of(e, nb, 0.0);
        }
        ct_free(v);
    }
    ct_free(cval);
    ct_free(cptr);
    ct_free(fill);
    for (size_t j = 0; !fail && j < p; j++)
        b->wide |= b->nbins[j] > 255;
    if (!fail) {
        if (b->wide)
            fail = !(b->rbin16 = ct_malloc((nnz ? nnz : 1) * sizeof *b->rbin16));
        else
            fail = !(b->rbin = ct_malloc(nnz ? nnz : 1));
    }
    if (!fail) {
        /* every stored entry's bin, in the design's order */
        const long ln = (long)n;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (nnz > 50000)
        for (long li = 0; li < ln; li++)
            for (size_t e = X->indptr[li]; e < X->indptr[li + 1]; e++) {
                const uint32_t j = X->indices[e];
                const double x = X->data[e];
                const uint32_t bin =
                    isnan(x) ? b->nbins[j] : bin_of(eall + ecap[j], b->nbins[j], x);
                if (b->wide)
                    b->rbin16[e] = (uint16_t)bin;
                else
                    b->rbin[e] = (uint8_t)bin;
            }
        for (size_t j = 0; j < p; j++) {
            b->eoff[j + 1] = b->eoff[j] + b->nbins[j] - 1;
            b->hoff[j + 1] = b->hoff[j] + b->nbins[j] + 1;
        }
        b->edge = ct_malloc((b->eoff[p] ? b->eoff[p] : 1) * sizeof *b->edge);
        b->bcol = b->hoff[p] < UINT32_MAX
                      ? ct_malloc((b->hoff[p] ? b->hoff[p] : 1) * sizeof *b->bcol)
                      : NULL; /* slots are numbered in 32 bits */
        if (!b->edge || !b->bcol)
            fail = 1;
        else {
            for (size_t j = 0; j < p; j++) {
                memcpy(b->edge + b->eoff[j], eall + ecap[j], (b->nbins[j] - 1) * sizeof *b->edge);
                for (size_t q = b->hoff[j]; q < b->hoff[j + 1]; q++)
                    b->bcol[q] = (uint32_t)j;
            }
        }
    }
    ct_free(eall);
    ct_free(ecap);
    if (!fail && n && p && (double)n * (double)p <= 4.0 * (double)nnz + 4096 &&
        (double)n * (double)p * (b->wide ? 2 : 1) <= (double)(256u << 20)) {
        /* optional (at most 256 MB): the grower falls back on the row's
         * own entries */
        if (b->wide)
            b->dbin16 = ct_malloc(n * p * sizeof *b->dbin16);
        else
            b->dbin = ct_malloc(n * p);
        if (b->dbin || b->dbin16)
            for (size_t i = 0; i < n; i++) {
                const size_t e0 = X->indptr[i], e1 = X->indptr[i + 1];
                if (b->wide) {
                    uint16_t *d = b->dbin16 + i * p;
                    for (size_t j = 0; j < p; j++)
                        d[j] = (uint16_t)b->zbin[j];
                    for (size_t e = e0; e < e1; e++)
                        d[X->indices[e]] = b->rbin16[e];
                } else {
                    uint8_t *d = b->dbin + i * p;
                    for (size_t j = 0; j < p; j++)
                        d[j] = (uint8_t)b->zbin[j];
                    for (size_t e = e0; e < e1; e++)
                        d[X->indices[e]] = b->rbin[e];
                }
            }
        /* the level grower's split of the columns: those most rows store
         * read from dbin, the others' entries listed by row */
        size_t ns = 0;
        b->dcol = b->dbin ? ct_malloc(p) : NULL;
        if (b->dcol) {
            for (size_t j = 0; j < p; j++) {
                b->dcol[j] = 2 * b->cnz[j] >= n;
                if (!b->dcol[j])
                    ns += b->cnz[j];
            }
            b->sptr = ct_malloc((n + 1) * sizeof *b->sptr);
            b->scol = ct_malloc((ns ? ns : 1) * sizeof *b->scol);
            b->sbin = ct_malloc(ns ? ns : 1);
        }
        if (b->dcol && b->sptr && b->scol && b->sbin) {
            size_t k = 0;
            for (size_t i = 0; i < n; i++) {
                b->sptr[i] = k;
                for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                    if (!b->dcol[X->indices[e]]) {
                        b->scol[k] = X->indices[e];
                        b->sbin[k++] = b->rbin[e];
                    }
            }
            b->sptr[n] = k;
        } else {
            /* (optional, as dbin) */
            ct_free(b->dcol);
            ct_free(b->sptr);
            ct_free(b->scol);
            ct_free(b->sbin);
            b->dcol = b->sbin = NULL;
            b->sptr = NULL;
            b->scol = NULL;
        }
    }
    if (fail) {
        tree_bins_free(b);
        return CT_ENOMEM;
    }
    *out = b;
    return CT_OK;
}

void tree_csc_free(tree_csc *c)
{
    if (!c)
        return;
    ct_free(c->cptr);
    ct_free(c->crow);
    ct_free(c->cbin);
    ct_free(c);
}

ct_status tree_csc_build(const tree_bins *b, tree_csc **out)
{
    *out = NULL;
    const size_t n = b->n, p = b->p, nnz = b->rptr[n];
    if (b->wide)
        return CT_EINVAL; /* bins in 8 bits only (the boosting's) */
    tree_csc *c = ct_calloc(1, sizeof *c);
    size_t *fill = ct_malloc((p ? p : 1) * sizeof *fill);
    if (!c || !fill || !(c->cptr = ct_calloc(p + 1, sizeof *c->cptr)) ||
        !(c->crow = ct_malloc((nnz ? nnz : 1) * sizeof *c->crow)) ||
        !(c->cbin = ct_malloc(nnz ? nnz : 1))) {
        ct_free(fill);
        tree_csc_free(c);
        return CT_ENOMEM;
    }
    for (size_t e = 0; e < nnz; e++)
        c->cptr[b->rcol[e] + 1]++;
    for (size_t j = 0; j < p; j++)
        c->cptr[j + 1] += c->cptr[j];
    memcpy(fill, c->cptr, p * sizeof *fill);
    for (size_t i = 0; i < n; i++) /* rows ascending within each column */
        for (size_t e = b->rptr[i]; e < b->rptr[i + 1]; e++) {
            const size_t q = fill[b->rcol[e]]++;
            c->crow[q] = (uint32_t)i;
            c->cbin[q] = b->rbin[e];
        }
    ct_free(fill);
    *out = c;
    return CT_OK;
}
