/* calib_isotonic.c — isotonic calibration: sklearn 1.2's
 * IsotonicRegression(out_of_bounds='clip') fit (sort, merge tied scores,
 * pool adjacent violators, trim) and scipy's interp1d evaluation, step for
 * step so the numbers are the same. See claimtriage/calibrate.h. */
#include "claimtriage/sort.h"
#include "select/calib_internal.h"

#include <math.h>

/* sklearn's _inplace_contiguous_isotonic_regression (Cython), ported: an
 * O(n) single pass; target[i] links a block's first and last index. */
static void pava(double *y, double *w, size_t *target, size_t n)
{
    for (size_t i = 0; i < n; i++)
        target[i] = i;
    size_t i = 0;
    while (i < n) {
        size_t k = target[i] + 1;
        if (k == n)
            break;
        if (y[i] < y[k]) {
            i = k;
            continue;
        }
        double sum_wy = w[i] * y[i], sum_w = w[i];
        for (;;) {
            /* within a decreasing subsequence */
            const double prev_y = y[k];
            sum_wy += w[k] * y[k];
            sum_w += w[k];
            k = target[k] + 1;
            if (k == n || prev_y < y[k]) {
                y[i] = sum_wy / sum_w;
                w[i] = sum_w;
                target[i] = k - 1;
                target[k - 1] = i;
                if (i > 0)
                    i = target[i - 1]; /* backtrack */
                break;
            }
        }
    }
    for (i = 0; i < n;) {
        const size_t k = target[i] + 1;
        for (size_t j = i + 1; j < k; j++)
            y[j] = y[i];
        i = k;
    }
}

ct_status calib_isotonic_fit(const double *score, const double *y, const double *w, size_t n,
                             ct_calibrator **out, ct_diag *diag)
{
    size_t *ord = ct_malloc(n * sizeof *ord), *ord2 = ct_malloc(n * sizeof *ord2);
    double *key = ct_malloc(n * sizeof *key), *ux = ct_malloc(n * sizeof *ux);
    double *uy = ct_malloc(n * sizeof *uy), *uw = ct_malloc(n * sizeof *uw);
    ct_sort_work *sw = ct_sort_work_alloc(n);
    ct_status s = CT_OK;
    if (!ord || !ord2 || !key || !ux || !uy || !uw || !sw) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for isotonic calibration");
        goto done;
    }
    /* numpy.lexsort((y, X)): by score, then label, then row. Labels first
     * (0s then 1s, rows ascending), then a stable sort by score. */
    size_t m = 0;
    for (int c = 0; c <= 1; c++)
        for (size_t i = 0; i < n; i++)
            if ((y[i] != 0) == c)
                ord2[m++] = i;
    for (size_t j = 0; j < n; j++)
        key[j] = score[ord2[j]];
    if ((s = ct_sort_argsort(key, n, ord, sw))) {
        ct_diag_set(diag, s, NULL, 0, 0, "too many rows for isotonic calibration");
        goto done;
    }
    for (size_t j = 0; j < n; j++)
        ord[j] = ord2[ord[j]];
    /* sklearn's _make_unique: a score at least the resolution above the
     * current run's first score starts a new point. */
    m = 0;
    double cx = score[ord[0]], cy = 0, cw = 0;
    for (size_t j = 0; j < n; j++) {
        const size_t i = ord[j];
        const double wi = w ? w[i] : 1.0, x = score[i];
        if (x - cx >= CT_CALIB_TIE_RESOLUTION) {
            ux[m] = cx;
            uw[m] = cw;
            uy[m++] = cy / cw;
            cx = x;
            cw = wi;
            cy = y[i] * wi;
        } else {
            cw += wi;
            cy += y[i] * wi;
        }
    }
    ux[m] = cx;
    uw[m] = cw;
    uy[m++] = cy / cw;
    pava(uy, uw, ord, m);
    /* Trim: keep the ends and every point differing from a neighbour. */
    size_t keep = 0;
    for (size_t j = 0; j < m; j++)
        if (j == 0 || j + 1 == m || uy[j] != uy[j - 1] || uy[j] != uy[j + 1])
            keep++;
    ct_calibrator *c = calib_alloc(CT_CALIB_ISOTONIC, keep);
    if (!c) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for isotonic calibration");
        goto done;
    }
    keep = 0;
    for (size_t j = 0; j < m; j++)
        if (j == 0 || j + 1 == m || uy[j] != uy[j - 1] || uy[j] != uy[j + 1]) {
            c->x[keep] = ux[j];
            c->y[keep++] = uy[j];
        }
    *out = c;
done:
    ct_free(ord);
    ct_free(ord2);
    ct_free(key);
    ct_free(ux);
    ct_free(uy);
    ct_free(uw);
    ct_sort_work_free(sw);
    return s;
}

/* Clip to the knots' range, then scipy interp1d(kind='linear')._call_linear:
 * j = searchsorted(x, s) (left), clipped to 1..m-1; lo = j - 1, hi = j;
 * slope = (y_hi - y_lo)/(x_hi - x_lo); slope * (s - x_lo) + y_lo. The
 * result is kept in [0, 1] (CalibratedClassifierCV's final clamp). */
double calib_isotonic_eval(const ct_calibrator *c, double s)
{
    const size_t m = c->m;
    if (m == 1)
        return c->y[0];
    if (s < c->x[0])
        s = c->x[0];
    if (s > c->x[m - 1])
        s = c->x[m - 1];
    size_t lo = 0, hi = m; /* first index with x >= s */
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (c->x[mid] < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t j = lo < 1 ? 1 : lo > m - 1 ? m - 1 : lo;
    const double xl = c->x[j - 1], xh = c->x[j], yl = c->y[j - 1], yh = c->y[j];
    const double slope = (yh - yl) / (xh - xl);
    const double p = slope * (s - xl) + yl;
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
