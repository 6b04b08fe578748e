/* tree_bin.c — quantile binning of a sparse design for the tree ensembles
 * (claimtriage/trees.h): each column's finite values cut once into at most
 * max_bins bins (every distinct value its own bin when few enough, else
 * cuts at the count-weighted quantiles, implicit zeros included, as
 * XGBoost's hist and LightGBM), NaN in a bin of its own, and the stored
 * entries regrouped by column (rows ascending) with their bin numbers. */
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
    ct_free(b->cptr);
    ct_free(b->crow);
    ct_free(b->cbin);
    ct_free(b->rbin);
    ct_free(b);
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
                double mid = cur + (x - cur) / 2;
                e[nb - 1] = mid;
                nb++;
            }
        }
        cur = x;
        curcnt = c;
    }
    (void)k;
    return nb;
}

static uint32_t bin_of(const double *e, uint32_t nb, double x)
{
    uint32_t lo = 0, hi = nb - 1; /* first edge index with x <= e, or nb - 1 */
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (x <= e[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

ct_status tree_bins_build(const ct_csr *X, int max_bins, tree_bins **out)
{
    *out = NULL;
    const size_t n = X->nrows, p = X->ncols, nnz = X->nnz;
    int maxb = max_bins > 255 ? 255 : max_bins; /* + the missing bin: <= 256 */
    tree_bins *b = ct_calloc(1, sizeof *b);
    if (!b)
        return CT_ENOMEM;
    b->n = n;
    b->p = p;
    b->nbins = ct_calloc(p ? p : 1, sizeof *b->nbins);
    b->zbin = ct_calloc(p ? p : 1, sizeof *b->zbin);
    b->eoff = ct_calloc(p + 1, sizeof *b->eoff);
    b->hoff = ct_calloc(p + 1, sizeof *b->hoff);
    b->cptr = ct_calloc(p + 1, sizeof *b->cptr);
    b->crow = ct_malloc((nnz ? nnz : 1) * sizeof *b->crow);
    b->cbin = ct_malloc(nnz ? nnz : 1);
    b->rbin = ct_malloc(nnz ? nnz : 1);
    b->rptr = X->indptr;
    b->rcol = X->indices;
    double *cval = ct_malloc((nnz ? nnz : 1) * sizeof *cval);
    double *eall = ct_malloc((p ? p : 1) * (size_t)maxb * sizeof *eall);
    if (!b->nbins || !b->zbin || !b->eoff || !b->hoff || !b->cptr || !b->crow || !b->cbin ||
        !b->rbin || !cval || !eall) {
        ct_free(cval);
        ct_free(eall);
        tree_bins_free(b);
        return CT_ENOMEM;
    }
    /* transpose: CSR -> columns, rows ascending */
    for (size_t e = 0; e < nnz; e++)
        b->cptr[X->indices[e] + 1]++;
    for (size_t j = 0; j < p; j++)
        b->cptr[j + 1] += b->cptr[j];
    {
        size_t *fill = ct_malloc((p ? p : 1) * sizeof *fill);
        if (!fill) {
            ct_free(cval);
            ct_free(eall);
            tree_bins_free(b);
            return CT_ENOMEM;
        }
        memcpy(fill, b->cptr, p * sizeof *fill);
        for (size_t i = 0; i < n; i++)
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
                size_t at = fill[X->indices[e]]++;
                b->crow[at] = (uint32_t)i;
                cval[at] = X->data[e];
            }
        ct_free(fill);
    }
    size_t *src = ct_malloc((nnz ? nnz : 1) * sizeof *src); /* column entry -> CSR entry */
    if (!src) {
        ct_free(cval);
        ct_free(eall);
        tree_bins_free(b);
        return CT_ENOMEM;
    }
    {
        size_t *fill = ct_malloc((p ? p : 1) * sizeof *fill);
        if (!fill) {
            ct_free(src);
            ct_free(cval);
            ct_free(eall);
            tree_bins_free(b);
            return CT_ENOMEM;
        }
        memcpy(fill, b->cptr, p * sizeof *fill);
        for (size_t e = 0; e < nnz; e++)
            src[fill[X->indices[e]]++] = e;
        ct_free(fill);
    }
    size_t maxlen = 0;
    for (size_t j = 0; j < p; j++)
        if (b->cptr[j + 1] - b->cptr[j] > maxlen)
            maxlen = b->cptr[j + 1] - b->cptr[j];
    int fail = 0;
    const long lp = (long)p;
#pragma omp parallel num_threads(ct_threads()) if (nnz > 200000)
    {
        double *v = ct_malloc((maxlen ? maxlen : 1) * 2 * sizeof *v);
        if (!v) {
#pragma omp atomic write
            fail = 1;
        }
#pragma omp for schedule(dynamic, 16)
        for (long lj = 0; lj < lp; lj++) {
            if (!v)
                continue;
            const size_t j = (size_t)lj, c0 = b->cptr[j], m = b->cptr[j + 1] - c0;
            size_t k = 0;
            for (size_t e = 0; e < m; e++)
                if (!isnan(cval[c0 + e]))
                    v[k++] = cval[c0 + e];
            ct_sort_f64(v, k, v + maxlen);
            double *e = eall + j * (size_t)maxb;
            uint32_t nb = make_edges(v, k, n - m, maxb, e);
            b->nbins[j] = nb;
            b->zbin[j] = bin_of(e, nb, 0.0);
            for (size_t q = 0; q < m; q++) {
                double x = cval[c0 + q];
                b->cbin[c0 + q] = (uint8_t)(isnan(x) ? nb : bin_of(e, nb, x));
                b->rbin[src[c0 + q]] = b->cbin[c0 + q];
            }
        }
        ct_free(v);
    }
    if (!fail) {
        for (size_t j = 0; j < p; j++) {
            b->eoff[j + 1] = b->eoff[j] + b->nbins[j] - 1;
            b->hoff[j + 1] = b->hoff[j] + b->nbins[j] + 1;
        }
        b->edge = ct_malloc((b->eoff[p] ? b->eoff[p] : 1) * sizeof *b->edge);
        if (!b->edge)
            fail = 1;
        else
            for (size_t j = 0; j < p; j++)
                memcpy(b->edge + b->eoff[j], eall + j * (size_t)maxb,
                       (b->nbins[j] - 1) * sizeof *b->edge);
    }
    ct_free(src);
    ct_free(cval);
    ct_free(eall);
    if (fail) {
        tree_bins_free(b);
        return CT_ENOMEM;
    }
    *out = b;
    return CT_OK;
}
