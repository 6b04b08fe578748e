/* queue_eval.c — a queue's recall curves, at a capacity, and mean time to
 * review of a positive, beside random order (expected values), ordering
 * by weight alone and by probability alone (claimtriage/queue_eval.h). */
#include "claimtriage/queue_eval.h"
#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

void ct_queue_eval_free(ct_queue_eval *e)
{
    if (!e)
        return;
    for (int o = 0; o < CT_QORDER_N; o++) {
        ct_free(e->recall_curve[o]);
        ct_free(e->weighted_curve[o]);
    }
    ct_free(e);
}

static double w_of(const double *w, size_t i)
{
    return w && isfinite(w[i]) && w[i] > 0 ? w[i] : 0.0;
}

/* Curves and mean time for the rows in order ord (NULL: 0..n); W: the
 * positives' total of w (weights_in_range). */
static void one_order(const ct_queue_eval *e, const uint8_t *pos, const double *w, double W,
                      const size_t *ord, double *rc, double *wc, double *mean_pos)
{
    double hits = 0, wh = 0, possum = 0;
    rc[0] = e->positives ? 0 : NAN; /* 0 / 0 without positives: undefined */
    wc[0] = W > 0 ? 0 : NAN;
    for (size_t k = 0; k < e->n; k++) {
        const size_t i = ord ? ord[k] : k;
        if (pos[i] == 1) {
            hits += 1;
            wh += w_of(w, i);
            possum += (double)(k + 1);
        }
        rc[k + 1] = e->positives ? hits / (double)e->positives : NAN;
        wc[k + 1] = W > 0 ? wh / W : NAN;
    }
    *mean_pos = e->positives ? possum / (double)e->positives : NAN;
}

/* A row is placed in the by-weight order when its label or its weight is
 * known; a row with neither (not in the labels) could stand anywhere. */
static int placed(const uint8_t *pos, const double *w, size_t i)
{
    return pos[i] <= 1 || (w && isfinite(w[i]));
}

/* The placed rows in order ord (sorted by key, largest first; key[i] the
 * sort key as by_key made it, -w_of) give H[m] and WH[m], m = 0..L: the
 * expected positives, and their weight, among the first m placed rows, and
 * *jsum, the sum over positives of their expected 1-based index among the
 * placed rows. A baseline knows its key and nothing else, so rows whose
 * keys tie stand in random order among themselves, never in the queue's
 * (the model's): within a tied group of s rows holding h positives, the
 * first t of the group hold h t / s positives in expectation, and each of
 * them stands at a + (s + 1) / 2 on average (a: the rows before the
 * group), as random order's (n + 1) / 2. A constant key gives random
 * order's figures exactly. Before 2026-12-05 ties kept queue order, so
 * with every view 0 views alone was the queue itself
 * (tests/cli/queue_eval_views_ties_random). Returns the number of tied
 * groups among the placed rows (1: the key is constant). */
static size_t tied_groups(const uint8_t *pos, const double *w, const double *key, const size_t *ord,
                          size_t n, int only_placed, double *H, double *WH, double *jsum)
{
    size_t m = 0, groups = 0;
    *jsum = 0;
    H[0] = WH[0] = 0;
    size_t k = 0;
    while (k < n) {
        /* the group: placed rows from ord[k] on whose key equals ord[k]'s */
        if (only_placed && !placed(pos, w, ord[k])) {
            k++;
            continue;
        }
        const double g = key[ord[k]];
        size_t s = 0, e = k;
        double h = 0, wh = 0;
        for (; e < n && key[ord[e]] == g; e++) {
            const size_t i = ord[e];
            if (only_placed && !placed(pos, w, i))
                continue;
            s++;
            if (pos[i] == 1) {
                h += 1;
                wh += w_of(w, i);
            }
        }
        const double a = (double)m;
        for (size_t t = 1; t <= s; t++) {
            H[m + t] = H[m] + (t == s ? h : h * (double)t / (double)s);
            WH[m + t] = WH[m] + (t == s ? wh : wh * (double)t / (double)s);
        }
        *jsum += h * (a + ((double)s + 1) / 2);
        m += s;
        groups++;
        k = e;
    }
    return groups;
}

/* Curves and mean position from H, WH, jsum (tied_groups) when every row
 * is placed (L = n): exact, the plain order with ties at random. */
static void from_groups(const ct_queue_eval *e, const double *H, const double *WH, double W,
                        double jsum, double *rc, double *wc, double *mean_pos)
{
    for (size_t K = 0; K <= e->n; K++) {
        rc[K] = e->positives ? H[K] / (double)e->positives : NAN;
        wc[K] = W > 0 ? WH[K] / W : NAN;
    }
    *mean_pos = e->positives ? jsum / (double)e->positives : NAN;
}

/* By weight when some rows are not placed. Such a row's weight (views) is
 * unknown, so where it would stand in a views-alone order is not known;
 * putting it last (weight 0) would let the baseline skip exactly the rows
 * we cannot score, a knowledge no real order has. Instead the U unplaced
 * rows are taken to fall at uniformly random places among the L placed
 * ones (which keep their by-weight order): the positions of the placed
 * rows are then a uniformly random L-subset of 1..n, and
 *   E[positives among the first K] = sum_m P(M_K = m) H[m],
 * M_K ~ Hypergeometric(n, L, K) the placed rows among the first K and H[m]
 * the positives among the first m placed rows by weight (the same for
 * their weight; ties at random, tied_groups, independent of the
 * placement, so the expectations multiply); the j-th placed row's expected
 * position is j (n + 1) / (L + 1). The sum is taken over m within 12
 * standard deviations of the mean (the rest weighs < 1e-30), renormalised.
 * With U = 0 the sum is H[K], the plain order (from_groups), which is used
 * then; tests/unit/test_triage.c checks this path against an enumeration
 * of every placement. */
static ct_status weight_expected(ct_queue_eval *e, const double *H, const double *WH, double W,
                                 double jsum, size_t L, double *mean_pos)
{
    const size_t n = e->n, U = n - L;
    double *lf = ct_malloc((n + 1) * sizeof *lf);
    if (!lf)
        return CT_ENOMEM;
    lf[0] = 0;
    for (size_t k = 1; k <= n; k++)
        lf[k] = lf[k - 1] + log((double)k);
    double *rc = e->recall_curve[CT_QORDER_WEIGHT], *wc = e->weighted_curve[CT_QORDER_WEIGHT];
    for (size_t K = 0; K <= n; K++) {
        const double mu = (double)K * (double)L / (double)n;
        const double var =
            n > 1 ? mu * ((double)U / (double)n) * (double)(n - K) / (double)(n - 1) : 0;
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
            const double lp =
                (lf[L] - lf[m] - lf[L - m]) + (lf[U] - lf[K - m] - lf[U - (K - m)]) - lc;
            const double p = exp(lp);
            z += p;
            h += p * H[m];
            wh += p * WH[m];
        }
        rc[K] = e->positives ? h / z / (double)e->positives : NAN;
        wc[K] = W > 0 ? wh / z / W : NAN;
    }
    *mean_pos =
        e->positives ? jsum * ((double)n + 1) / ((double)L + 1) / (double)e->positives : NAN;
    ct_free(lf);
    return CT_OK;
}

/* The positives' total weight, W, in *total: +inf when it passes a
 * double's range (two claims of 1e308 views), where every share of it
 * would be 0 or NaN. The shares are then taken on the weights scaled by
 * 2^-64 (*scaled, a copy; NULL when not needed), whose sum stays finite
 * (fewer than 2^64 rows, each below DBL_MAX 2^-64). A power of two scales
 * exactly and a share is a ratio, so the shares are those of the true
 * sums (a weight the scale takes below DBL_MIN loses digits that are
 * nothing beside such a W). Before 2026-12-04 the views figures were undefined, and
 * queue-eval -o exited 2 with "no positive rows, or no weight":
 * tests/cli/queue_eval_views_overflow. Returns the total of the weights
 * used, or -1 (CT_ENOMEM). */
static double weights_in_range(const uint8_t *pos, const double *w, size_t n, double *total,
                               double **scaled)
{
    *scaled = NULL;
    double W = 0;
    for (size_t i = 0; i < n; i++)
        W += pos[i] == 1 ? w_of(w, i) : 0;
    *total = W;
    if (!w || isfinite(W))
        return W;
    double *ws = ct_malloc(n * sizeof *ws);
    if (!ws)
        return -1;
    W = 0;
    for (size_t i = 0; i < n; i++) {
        ws[i] = isfinite(w[i]) ? ldexp(w[i], -64) : w[i];
        W += pos[i] == 1 ? w_of(ws, i) : 0;
    }
    *scaled = ws;
    return W;
}

/* The rows in order of key, largest first (w_of: NaN and below 0 count 0),
 * into ord, neg[i] = -key (the key tied_groups compares): a stable argsort
 * of -key, whose order among ties no figure uses (tied_groups takes them
 * at random). */
static ct_status by_key(const double *key, size_t n, double *neg, size_t *ord, ct_sort_work *sw)
{
    for (size_t i = 0; i < n; i++)
        neg[i] = -w_of(key, i);
    return ct_sort_argsort(neg, n, ord, sw);
}

ct_status ct_queue_eval_compute(const uint8_t *positive, const double *weight,
                                const double *probability, size_t n, size_t capacity,
                                double reviews_per_hour, ct_queue_eval **out, ct_diag *diag)
{
    *out = NULL;
    if (n == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "the queue has no rows");
    if (!(reviews_per_hour >= CT_REVIEWS_PER_HOUR_MIN &&
          reviews_per_hour <= CT_REVIEWS_PER_HOUR_MAX))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "reviews per hour must be in [%g, %g], not %g", CT_REVIEWS_PER_HOUR_MIN,
                           CT_REVIEWS_PER_HOUR_MAX, reviews_per_hour);
    ct_queue_eval *e = ct_calloc(1, sizeof *e);
    if (!e)
        return CT_ENOMEM;
    e->n = n;
    e->capacity = capacity == 0 || capacity > n ? n : capacity;
    e->reviews_per_hour = reviews_per_hour;
    for (size_t i = 0; i < n; i++) {
        if (positive[i] > 1 && positive[i] != CT_QLABEL_UNKNOWN) {
            ct_queue_eval_free(e);
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "label %zu is not 0, 1 or unknown (%d)",
                               i, CT_QLABEL_UNKNOWN);
        }
        e->labelled += positive[i] <= 1;
        e->positives += positive[i] == 1;
    }
    double *scaled = NULL;
    const double W = weights_in_range(positive, weight, n, &e->positive_weight, &scaled);
    if (W < 0) {
        ct_queue_eval_free(e);
        return CT_ENOMEM;
    }
    /* the weights the shares add (the order by weight sorts the given ones) */
    const double *ws = scaled ? scaled : weight;
    for (int o = 0; o < CT_QORDER_N; o++) {
        e->recall_curve[o] = ct_malloc((n + 1) * sizeof(double));
        e->weighted_curve[o] = ct_malloc((n + 1) * sizeof(double));
        if (!e->recall_curve[o] || !e->weighted_curve[o]) {
            ct_queue_eval_free(e);
            ct_free(scaled);
            return CT_ENOMEM;
        }
    }
    /* by weight and by probability: one stable argsort each, keys as w_of
     * reads them (by_key), ties taken at random (tied_groups) */
    double *neg = ct_malloc(n * sizeof *neg), *pneg = ct_malloc(n * sizeof *pneg);
    double *H = ct_malloc((n + 1) * sizeof *H), *WH = ct_malloc((n + 1) * sizeof *WH);
    size_t *ord = ct_malloc(n * sizeof *ord), *pord = ct_malloc(n * sizeof *pord);
    ct_sort_work *sw = ct_sort_work_alloc(n);
    ct_status s = neg && pneg && H && WH && ord && pord && sw ? CT_OK : CT_ENOMEM;
    if (s == CT_OK)
        s = by_key(weight, n, neg, ord, sw);
    if (s == CT_OK && probability)
        s = by_key(probability, n, pneg, pord, sw);
    double mq = NAN, mw = NAN, mp = NAN;
    if (s == CT_OK) {
        one_order(e, positive, ws, W, NULL, e->recall_curve[CT_QORDER_QUEUE],
                  e->weighted_curve[CT_QORDER_QUEUE], &mq);
        /* the order by probability: every row has a probability, so every
         * row is placed (exact); the queue's own order when score ranked
         * by it, which is said rather than compared, and whose figures are
         * then the queue's (its ties in score's order) */
        if (probability) {
            size_t k = 0;
            while (k < n && pord[k] == k)
                k++;
            double js = 0;
            e->probability_groups = tied_groups(positive, ws, pneg, pord, n, 0, H, WH, &js);
            /* the queue's own order only when no two probabilities tie:
             * tied ones stand at random in this order, as in every
             * baseline, never in the queue's (before 2026-12-05 a queue
             * ranked by reach whose probabilities merely never rose, 100
             * rows at 0.9 then 100 at 0.1, was credited the queue's
             * figures: tests/cli/queue_eval_probability_ties_random) */
            e->probability_in_queue_order = k == n;
            e->probability_is_queue = k == n && e->probability_groups == n;
            if (e->probability_is_queue)
                one_order(e, positive, ws, W, NULL, e->recall_curve[CT_QORDER_PROBABILITY],
                          e->weighted_curve[CT_QORDER_PROBABILITY], &mp);
            else
                from_groups(e, H, WH, W, js, e->recall_curve[CT_QORDER_PROBABILITY],
                            e->weighted_curve[CT_QORDER_PROBABILITY], &mp);
        } else {
            for (size_t k = 0; k <= n; k++)
                e->recall_curve[CT_QORDER_PROBABILITY][k] =
                    e->weighted_curve[CT_QORDER_PROBABILITY][k] = NAN;
        }
        size_t L = 0;
        for (size_t i = 0; i < n; i++)
            L += placed(positive, weight, i);
        e->placed = L;
        if (!weight) { /* no weight known: there is no order by weight */
            for (size_t k = 0; k <= n; k++)
                e->recall_curve[CT_QORDER_WEIGHT][k] = e->weighted_curve[CT_QORDER_WEIGHT][k] = NAN;
        } else {
            double js = 0;
            e->weight_groups = tied_groups(positive, ws, neg, ord, n, 1, H, WH, &js);
            if (L == n)
                from_groups(e, H, WH, W, js, e->recall_curve[CT_QORDER_WEIGHT],
                            e->weighted_curve[CT_QORDER_WEIGHT], &mw);
            else
                s = weight_expected(e, H, WH, W, js, L, &mw);
        }
    }
    if (s == CT_OK) {
        for (size_t k = 0; k <= n; k++) /* random order: expected K / n */
            e->recall_curve[CT_QORDER_RANDOM][k] = e->weighted_curve[CT_QORDER_RANDOM][k] =
                (double)k / (double)n;
        if (!e->positives)
            for (size_t k = 0; k <= n; k++)
                e->recall_curve[CT_QORDER_RANDOM][k] = NAN;
        if (!(e->positive_weight > 0))
            for (size_t k = 0; k <= n; k++)
                e->weighted_curve[CT_QORDER_RANDOM][k] = NAN;
        for (int o = 0; o < CT_QORDER_N; o++) {
            e->recall[o] = e->recall_curve[o][e->capacity];
            e->weighted_recall[o] = e->weighted_curve[o][e->capacity];
        }
        e->recall_ideal = e->positives
                              ? (double)(e->capacity < e->positives ? e->capacity : e->positives) /
                                    (double)e->positives
                              : NAN;
        /* the heaviest positives first: the by-weight order restricted to positives */
        double wi = 0;
        size_t taken = 0;
        for (size_t k = 0; k < n && taken < e->capacity; k++)
            if (positive[ord[k]] == 1) {
                wi += w_of(ws, ord[k]);
                taken++;
            }
        e->weighted_recall_ideal = W > 0 ? wi / W : NAN;
        e->mean_hours_to_review[CT_QORDER_QUEUE] = mq / reviews_per_hour;
        e->mean_hours_to_review[CT_QORDER_WEIGHT] = mw / reviews_per_hour;
        e->mean_hours_to_review[CT_QORDER_PROBABILITY] = mp / reviews_per_hour;
        e->mean_hours_to_review[CT_QORDER_RANDOM] =
            e->positives ? ((double)n + 1) / (2 * reviews_per_hour) : NAN;
    }
    ct_free(neg);
    ct_free(pneg);
    ct_free(H);
    ct_free(WH);
    ct_free(scaled);
    ct_free(ord);
    ct_free(pord);
    ct_sort_work_free(sw);
    if (s != CT_OK) {
        ct_queue_eval_free(e);
        return s;
    }
    *out = e;
    return CT_OK;
}

void ct_queue_eval_probability_as_queue(ct_queue_eval *e)
{
    if (!e->probability_in_queue_order || e->probability_is_queue)
        return;
    const int q = CT_QORDER_QUEUE, p = CT_QORDER_PROBABILITY;
    e->recall[p] = e->recall[q];
    e->weighted_recall[p] = e->weighted_recall[q];
    e->mean_hours_to_review[p] = e->mean_hours_to_review[q];
    memcpy(e->recall_curve[p], e->recall_curve[q], (e->n + 1) * sizeof *e->recall_curve[p]);
    memcpy(e->weighted_curve[p], e->weighted_curve[q], (e->n + 1) * sizeof *e->weighted_curve[p]);
    e->probability_is_queue = 1;
}
