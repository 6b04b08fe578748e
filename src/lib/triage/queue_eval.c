/* queue_eval.c — a queue's recall curves, at a capacity, and mean time to
 * review of a positive, beside random order (expected values), ordering
 * by weight alone and by probability alone (claimtriage/queue_eval.h). */
#include "claimtriage/queue_eval.h"
#include "claimtriage/sort.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

void ct_queue_eval_free(ct_queue_eval *e)
{
    if (!e)
        return;
    for (int o = 0; o < CT_QORDER_N; o++) {
        ct_free(e->recall_curve[o]);
        ct_free(e->weighted_curve[o]);
    }
    ct_free(e->weight_ties);
    ct_free(e->probability_ties);
    ct_free(e->weight_group_of);
    ct_free(e->probability_group_of);
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
 * sort key as by_key made it, -w_of) as groups of tied keys, into g (n
 * entries at most): each group's rows, positives and the positives'
 * weight, from which ct_queue_baseline_curve takes the figures
 * (claimtriage/queue_baseline.h). A baseline knows its key and nothing
 * else, so rows whose keys tie stand in random order among themselves,
 * never in the queue's (the model's): within a tied group of s rows
 * holding h positives, the first t of the group hold h t / s positives in
 * expectation, and each of them stands at a + (s + 1) / 2 on average (a:
 * the rows before the group), as random order's (n + 1) / 2. A constant
 * key gives random order's figures exactly. Before 2026-12-05 ties kept
 * queue order, so with every view 0 views alone was the queue itself
 * (tests/cli/queue_eval_views_ties_random). Returns the number of groups
 * (1: the key is constant). group_of[i]: row i's group (SIZE_MAX when not
 * placed). */
static size_t tied_groups(const uint8_t *pos, const double *w, const double *key, const size_t *ord,
                          size_t n, int only_placed, ct_queue_tie_group *g, size_t *group_of)
{
    for (size_t i = 0; i < n; i++)
        group_of[i] = SIZE_MAX;
    size_t groups = 0;
    size_t k = 0;
    while (k < n) {
        /* the group: placed rows from ord[k] on whose key equals ord[k]'s */
        if (only_placed && !placed(pos, w, ord[k])) {
            k++;
            continue;
        }
        const double kv = key[ord[k]];
        size_t s = 0, h = 0, e = k;
        double wh = 0;
        for (; e < n && key[ord[e]] == kv; e++) {
            const size_t i = ord[e];
            if (only_placed && !placed(pos, w, i))
                continue;
            s++;
            group_of[i] = groups;
            if (pos[i] == 1) {
                h++;
                wh += w_of(w, i);
            }
        }
        g[groups].rows = s;
        g[groups].positives = h;
        g[groups].weight = wh;
        groups++;
        k = e;
    }
    return groups;
}

/* A baseline's curves and mean position from its groups: every K at once,
 * by the function report calls for one K (claimtriage/queue_baseline.h),
 * so the two agree to the bit. */
static ct_status from_groups(const ct_queue_eval *e, const ct_queue_tie_group *g, size_t ngroups,
                             double W, double *rc, double *wc, double *mean_pos)
{
    return ct_queue_baseline_curve(g, ngroups, e->n, W, 0, e->n + 1, rc, wc, mean_pos);
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

/* The rows in order of key, largest first (w_of: below 0 and infinite
 * count 0), a missing key (NaN) after every 0, as pandas'
 * sort_values(ascending=False) puts NaN last, into ord, neg[i] = -key (the
 * key tied_groups compares; 1 for NaN, a group of its own): a stable
 * argsort of -key, whose order among ties no figure uses (tied_groups
 * takes them at random). Before 2026-12-06 a missing key counted 0, so
 * labelled rows without views stood at random among the rows of 0 views,
 * not after them as pandas has them (tests/cli/queue_eval_views_nan_after_zero). */
static ct_status by_key(const double *key, size_t n, double *neg, size_t *ord, ct_sort_work *sw)
{
    for (size_t i = 0; i < n; i++)
        neg[i] = key && isnan(key[i]) ? 1.0 : -w_of(key, i);
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
    e->probability_ties = probability ? ct_malloc(n * sizeof *e->probability_ties) : NULL;
    e->weight_ties = weight ? ct_malloc(n * sizeof *e->weight_ties) : NULL;
    e->probability_group_of = probability ? ct_malloc(n * sizeof *e->probability_group_of) : NULL;
    e->weight_group_of = weight ? ct_malloc(n * sizeof *e->weight_group_of) : NULL;
    size_t *ord = ct_malloc(n * sizeof *ord), *pord = ct_malloc(n * sizeof *pord);
    ct_sort_work *sw = ct_sort_work_alloc(n);
    ct_status s = neg && pneg && ord && pord && sw &&
                          ((e->probability_ties && e->probability_group_of) || !probability) &&
                          ((e->weight_ties && e->weight_group_of) || !weight)
                      ? CT_OK
                      : CT_ENOMEM;
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
            e->probability_groups = tied_groups(positive, ws, pneg, pord, n, 0, e->probability_ties,
                                                e->probability_group_of);
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
                s = from_groups(e, e->probability_ties, e->probability_groups, W,
                                e->recall_curve[CT_QORDER_PROBABILITY],
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
            /* rows neither labelled nor weighed (L < n) at random places
             * among the placed ones: expected values (queue_baseline.h) */
            e->weight_groups =
                tied_groups(positive, ws, neg, ord, n, 1, e->weight_ties, e->weight_group_of);
            s = from_groups(e, e->weight_ties, e->weight_groups, W,
                            e->recall_curve[CT_QORDER_WEIGHT], e->weighted_curve[CT_QORDER_WEIGHT],
                            &mw);
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
        /* whether the queue's mean wait differs from random order's by
         * more than chance: its positives' places against the others' */
        size_t *places = ct_malloc((e->positives ? e->positives : 1) * sizeof *places);
        if (!places)
            s = CT_ENOMEM;
        for (size_t i = 0, j = 0; places && i < n; i++)
            if (positive[i] == 1)
                places[j++] = i + 1;
        if (s == CT_OK)
            s = ct_queue_wait_test(places, e->positives, n, &e->wait_random, diag);
        ct_free(places);
    }
    ct_free(neg);
    ct_free(pneg);
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
