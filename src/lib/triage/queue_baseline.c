/* queue_baseline.c — a baseline order's expected recall, weighted recall
 * and mean position at any number of reviews, from its tied groups
 * (claimtriage/queue_baseline.h): one computation for queue-eval's curves
 * and report's rebuilt review day. */
#include "claimtriage/queue_baseline.h"

#include <math.h>

/* w t / s (t <= s), which cannot pass w: w t first, as before, so that
 * every figure in range keeps its bits; t / s first when w t overflows (a
 * group's weight near a double's range, three claims tied at 5e307 views:
 * before 2026-12-07 w t was +inf and views alone's share of claims' views
 * read 100.00% where it is 66.67%: tests/cli/queue_eval_views_group_overflow). */
static double share_of(double w, size_t t, size_t s)
{
    const double wt = w * (double)t;
    return isfinite(wt) || !isfinite(w) ? wt / (double)s : w * ((double)t / (double)s);
}

/* H[m], WH[m] (m = 0..L): the expected positives, and their weight, among
 * the first m placed rows, ties at random (a tied group of s rows with h
 * positives counts h t / s for its first t rows); *jsum the sum over
 * positives of their expected 1-based index among the placed rows, the
 * group's middle a + (s + 1) / 2. */
static void prefix_sums(const ct_queue_tie_group *g, size_t ngroups, double *H, double *WH,
                        double *jsum)
{
    size_t m = 0;
    *jsum = 0;
    H[0] = WH[0] = 0;
    for (size_t k = 0; k < ngroups; k++) {
        const size_t s = g[k].rows;
        const double h = (double)g[k].positives, wh = g[k].weight;
        for (size_t t = 1; t <= s; t++) {
            H[m + t] = H[m] + (t == s ? h : h * (double)t / (double)s);
            WH[m + t] = WH[m] + (t == s ? wh : share_of(wh, t, s));
        }
        *jsum += h * ((double)m + ((double)s + 1) / 2);
        m += s;
    }
}

/* E[H[M_K]] and E[WH[M_K]], M_K ~ Hypergeometric(n, L, K): the placed
 * rows among the first K when the U = n - L others fall at uniformly
 * random places (lf: log k!, k = 0..n). The sum runs over m within 12
 * standard deviations of the mean (the rest weighs < 1e-30), renormalised;
 * tests/unit/test_triage.c checks it against an enumeration of every
 * placement. */
static void expected_at(const double *H, const double *WH, const double *lf, size_t n, size_t L,
                        size_t K, double *h_out, double *wh_out)
{
    const size_t U = n - L;
    const double mu = (double)K * (double)L / (double)n;
    const double var = n > 1 ? mu * ((double)U / (double)n) * (double)(n - K) / (double)(n - 1) : 0;
    const double half = 12 * sqrt(var) + 2;
    size_t lo = K > U ? K - U : 0, hi = K < L ? K : L;
    if (mu - half > (double)lo)
        lo = (size_t)(mu - half);
    if (mu + half < (double)hi)
        hi = (size_t)(mu + half) + 1;
    if (hi > (K < L ? K : L))
        hi = K < L ? K : L;
    const double lc = lf[n] - lf[K] - lf[n - K]; /* log C(n, K) */
    double z = 0, h = 0, wh = 0;
    for (size_t m = lo; m <= hi; m++) {
        if (K - m > U)
            continue;
        const double lp = (lf[L] - lf[m] - lf[L - m]) + (lf[U] - lf[K - m] - lf[U - (K - m)]) - lc;
        const double p = exp(lp);
        z += p;
        h += p * H[m];
        wh += p * WH[m];
    }
    *h_out = h / z;
    *wh_out = wh / z;
}

ct_status ct_queue_baseline_curve(const ct_queue_tie_group *g, size_t ngroups, size_t n,
                                  double weight_total, size_t k_first, size_t k_count,
                                  double *recall, double *weighted, double *mean_position)
{
    if (n == 0 || k_first > n || k_count > n + 1 - k_first)
        return CT_EINVAL;
    size_t L = 0, P = 0;
    for (size_t k = 0; k < ngroups; k++) {
        if (g[k].rows == 0 || g[k].positives > g[k].rows || g[k].rows > n - L)
            return CT_EINVAL;
        L += g[k].rows;
        P += g[k].positives;
    }
    double *H = ct_malloc((L + 1) * sizeof *H), *WH = ct_malloc((L + 1) * sizeof *WH);
    double *lf = L < n ? ct_malloc((n + 1) * sizeof *lf) : NULL;
    if (!H || !WH || (L < n && !lf)) {
        ct_free(H);
        ct_free(WH);
        ct_free(lf);
        return CT_ENOMEM;
    }
    double jsum = 0;
    prefix_sums(g, ngroups, H, WH, &jsum);
    if (lf) {
        lf[0] = 0;
        for (size_t k = 1; k <= n; k++)
            lf[k] = lf[k - 1] + log((double)k);
    }
    for (size_t i = 0; i < k_count; i++) {
        const size_t K = k_first + i;
        double h = 0, wh = 0;
        if (lf) {
            expected_at(H, WH, lf, n, L, K, &h, &wh);
        } else {
            h = H[K];
            wh = WH[K];
        }
        /* fractions: with unplaced rows h / z rounds above its exact
         * value P once every positive is placed before K (1.0000000000000002
         * at n = 6, K = 4 before 2026-12-06: tests/unit/test_triage.c) */
        if (recall)
            recall[i] = P ? fmin(h / (double)P, 1) : NAN;
        if (weighted)
            weighted[i] = weight_total > 0 ? fmin(wh / weight_total, 1) : NAN;
    }
    if (mean_position)
        *mean_position = !P   ? NAN
                         : lf ? jsum * ((double)n + 1) / ((double)L + 1) / (double)P
                              : jsum / (double)P;
    ct_free(H);
    ct_free(WH);
    ct_free(lf);
    return CT_OK;
}
