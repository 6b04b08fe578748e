/* metrics_prob.c — the metrics of probabilities: log loss, Brier score, the
 * reliability table and expected calibration error. See
 * claimtriage/metrics.h for the definitions and their sklearn peers. */
#include "claimtriage/metrics.h"

#include <float.h>
#include <math.h>

static int is_prob(double p) { return p >= 0.0 && p <= 1.0; }

/* sklearn 1.2 log_loss: clip to [eps, 1 - eps] (eps = finfo(float64).eps),
 * append 1 - p, renormalise the pair, -xlogy(label, share). */
double ct_metrics_log_loss(const double *y, const double *p, size_t n)
{
    if (!n)
        return NAN;
    const double eps = DBL_EPSILON;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_prob(p[i]))
            return NAN;
        const double q1 = fmin(fmax(p[i], eps), 1.0 - eps);
        const double q0 = 1.0 - q1;
        const double t = q0 + q1;
        sum -= y[i] != 0 ? log(q1 / t) : log(q0 / t);
    }
    return sum / (double)n;
}

double ct_metrics_brier(const double *y, const double *p, size_t n)
{
    if (!n)
        return NAN;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_prob(p[i]))
            return NAN;
        const double d = (y[i] != 0 ? 1.0 : 0.0) - p[i];
        sum += d * d;
    }
    return sum / (double)n;
}

ct_status ct_metrics_reliability(const double *y, const double *p, size_t n, size_t n_bins,
                                 ct_reliability *out, ct_diag *diag)
{
    if (!n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no rows for the reliability table");
    if (n_bins < 1 || n_bins > CT_RELIABILITY_MAX_BINS)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "bins must be 1 to %d, not %zu",
                           CT_RELIABILITY_MAX_BINS, n_bins);
    out->n = n;
    out->n_bins = n_bins;
    /* numpy.linspace(0, 1, n_bins + 1): step = 1/n_bins, edge i = i * step,
     * the last edge exactly 1. */
    const double step = 1.0 / (double)n_bins;
    double sum_p[CT_RELIABILITY_MAX_BINS];
    for (size_t b = 0; b < n_bins; b++) {
        out->bin[b].lo = (double)b * step;
        out->bin[b].hi = b + 1 == n_bins ? 1.0 : (double)(b + 1) * step;
        out->bin[b].count = out->bin[b].positives = 0;
        sum_p[b] = 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu: label %g is not 0 or 1", i,
                               y[i]);
        if (!is_prob(p[i]))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "row %zu: %g is not a probability in [0, 1]", i, p[i]);
        /* searchsorted(interior edges, p, side='left'): the number of
         * interior edges strictly below p. Edges increase, so a binary
         * search; the interior edges are bin[1..n_bins).lo. */
        size_t lo = 0, hi = n_bins - 1; /* answer in [0, n_bins - 1] */
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2; /* is edge mid+1 < p ? */
            if (out->bin[mid + 1].lo + CT_RELIABILITY_EDGE_TOL < p[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        out->bin[lo].count++;
        out->bin[lo].positives += y[i] != 0;
        sum_p[lo] += p[i];
    }
    out->ece = 0;
    out->max_gap = 0;
    for (size_t b = 0; b < n_bins; b++) {
        ct_reliability_bin *r = &out->bin[b];
        if (!r->count) {
            r->mean_pred = r->observed = NAN;
            continue;
        }
        r->mean_pred = sum_p[b] / (double)r->count;
        r->observed = (double)r->positives / (double)r->count;
        double gap = fabs(r->observed - r->mean_pred);
        if (gap <= CT_RELIABILITY_GAP_TOL(r->count)) /* noise of an exact 0 */
            gap = 0;
        out->ece += (double)r->count / (double)n * gap;
        if (gap > out->max_gap)
            out->max_gap = gap;
    }
    return CT_OK;
}
