/* claimtriage/queue_eval.h — how well a review queue finds what it should:
 * recall of positives (claims) and weight-weighted recall (claims' views)
 * within the first K reviews, as curves and at a capacity, and the mean
 * time to review of a positive, each beside random order (its expected
 * value), beside ordering by the weight alone (views) and beside ordering
 * by the model's probability alone (the queue's "probability" column).
 * Layer: triage (docs/design.md).
 *
 * Every row of the queue is a review, labelled or not: a row whose label
 * is unknown (not in the labels, or its label missing) keeps its place and
 * takes its review, and is not counted as a positive (P and W count the
 * known positives).
 *
 * Definitions (K = 1..n, the queue's first K rows; P = number of
 * positives, W = their total weight):
 *   recall(K)          = positives among the first K / P
 *   weighted_recall(K) = weight of positives among the first K / W
 *   random order: both are K / n in expectation (every row equally likely
 *     at every position)
 *   by weight: the rows sorted by weight, largest first. Rows of equal
 *     weight stand in random order among themselves (expected values, as
 *     random order's: a tied group of s rows with h positives straddling
 *     the cut by t rows counts h t / s, and each of its positives stands
 *     at the group's middle), never in queue order, which is the model's:
 *     a baseline knows its key alone (before 2026-12-05 ties kept queue
 *     order, and with every weight 0 the by-weight order was the queue).
 *     A row whose label and weight are both unknown (weight NaN: not in the
 *     labels) has no place in that order: then (placed < n) the curve and
 *     mean are expected values, the L placed rows in weight order with the
 *     U = n - L others at uniformly random places among them (not last,
 *     which would skip just the rows no order can know): E[positives in
 *     the first K] = sum_m Hyp(m; n, L, K) H[m] (H[m]: positives among the
 *     first m placed rows by weight); the j-th placed row's expected
 *     position is j (n + 1) / (L + 1). Exact when L = n.
 *   by probability: the rows sorted by probability, largest first (ties
 *     at random, as by weight), the by-weight order's code with another
 *     key. Every row has a probability (the queue's), so every row is
 *     placed and the figures are exact. When that order is the queue's own
 *     and no two probabilities tie (a queue score ranked by probability:
 *     its priority is the probability, as without the count columns for
 *     the reach) its figures are the queue's, and probability_is_queue
 *     says so; tied probabilities stand at random (since 2026-12-05).
 *   time to review of a positive at 1-based position k = k / R hours (R
 *     reviews per hour); its mean over positives; random order: (n + 1) /
 *     (2 R) in expectation.
 *   ideal: positives first, heaviest first: recall min(K, P) / P.
 * Undefined values (P = 0, W = 0) are NaN. A W past a double's range
 * (views of 1e308) is +inf, and the weighted recalls are defined all the
 * same: the shares are taken on the weights scaled by 2^-64, exactly.
 *
 * Ownership: the caller's arrays are borrowed; a result is freed with
 * ct_queue_eval_free (NULL accepted). Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_QUEUE_EVAL_H
#define CLAIMTRIAGE_QUEUE_EVAL_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/queue_baseline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* CT_QORDER_PROBABILITY added 2026-12-05 (CT_QORDER_N was 3): an order
 * appended, the others keep their numbers; ct_queue_chart_write draws the
 * first CT_QORDER_CHARTED of them (claimtriage/queue_chart.h) */
enum {
    CT_QORDER_QUEUE = 0,
    CT_QORDER_RANDOM = 1,
    CT_QORDER_WEIGHT = 2,
    CT_QORDER_PROBABILITY = 3,
    CT_QORDER_N = 4
};
/* positive[i] of a row whose label is unknown: it takes its review, and is
 * neither a positive nor a negative */
enum { CT_QLABEL_UNKNOWN = 2 };

/* The review rates the figures are computed for, in reviews per hour: one
 * review in 10 hours to 100,000 an hour (a large team). Outside them the
 * hours are no moderators' (1e-300 gives hours of 1e302, 1e308 hours
 * that underflow to 0): ct_queue_eval_compute refuses such a rate, and the
 * CLI's --reviews-per-hour (queue-eval, run, report) takes the same range. */
#define CT_REVIEWS_PER_HOUR_MIN 0.1
#define CT_REVIEWS_PER_HOUR_MAX 1e5

/* The whole queue's positives' waits against random order's: the
 * Mann-Whitney U test of the positives' places (1-based) against every
 * other row's place (each place 1..n not a positive's: unlabelled rows
 * too), which random order makes one sample of n places shuffled. As
 * scipy.stats.mannwhitneyu(positive_places, other_places) with its
 * defaults (two-sided; exact when a group has at most 8 values and no
 * place ties, which places never do; else the normal approximation with
 * the continuity correction). statistic is U1, the positives'; a
 * statistic below positives x others / 2 is a queue that reviews them
 * sooner than random order. Undefined (statistic and p NaN, made 0) when
 * the queue holds no positive or nothing else. Added 2026-12-07: before,
 * only the report computed it (docs/report.md). */
typedef struct ct_queue_rank_test {
    int made;            /* 1 when defined */
    double statistic, p; /* U1; two-sided p (NaN when not made; 0 when it underflows) */
    double log10p;       /* log10 of p, finite where p underflows (a long queue) */
    size_t positives, others;
    int exact; /* 1: the exact distribution; 0: the normal approximation */
} ct_queue_rank_test;

/* The test above on `positives` places (each in 1..n, distinct, any
 * order; borrowed) of a queue of n rows, into *out (made 0 when it is
 * undefined: no place, or every row a place). CT_EINVAL (out NULL, places
 * NULL with positives > 0, a place outside 1..n or repeated: *diag says
 * which), CT_ENOMEM. Reentrant. ct_queue_eval_compute fills
 * ct_queue_eval.wait_random with it; the report reads that (queue-eval's
 * JSON "wait_vs_random") and calls this on an older queue_eval.json's
 * claim_places. */
CT_API ct_status ct_queue_wait_test(const size_t *places, size_t positives, size_t n,
                                    ct_queue_rank_test *out, ct_diag *diag);

typedef struct ct_queue_eval {
    size_t n;               /* rows in the queue (reviews), labelled or not */
    size_t labelled;        /* rows whose label is known (positive[i] 0 or 1) */
    size_t placed;          /* rows with a known label or weight (by weight, above) */
    size_t positives;       /* P */
    double positive_weight; /* W (+inf past a double's range: above) */
    size_t capacity;        /* reviews counted for the "at capacity" figures */
    /* 1 when the order by probability is the queue's own, row for row (its
     * figures are then the queue's); 0 when it differs or is undefined */
    int probability_is_queue;
    double reviews_per_hour;
    /* distinct values among the placed rows' weights and among the rows'
     * probabilities (0: undefined); 1 when the column is constant, where
     * that order knows nothing and its figures are random order's (ties
     * at random: above). Added 2026-12-05. */
    size_t weight_groups, probability_groups;
    /* at capacity, per order (CT_QORDER_*) */
    double recall[CT_QORDER_N], weighted_recall[CT_QORDER_N];
    double mean_hours_to_review[CT_QORDER_N];
    /* the best any order can do at capacity: min(capacity, P) / P, and the
     * weighted recall of the P heaviest positives first (NaN: undefined) */
    double recall_ideal, weighted_recall_ideal;
    /* curves: [order][K], K = 0..n (K = 0: 0), (n + 1) x 3 each */
    double *recall_curve[CT_QORDER_N], *weighted_curve[CT_QORDER_N];
    /* appended 2026-12-05: 1 when the probabilities never rise down the
     * queue (ties kept in queue order); with ties the order by probability
     * is still not the queue's (probability_is_queue 0) unless the caller
     * knows the queue was ranked by it (ct_queue_eval_probability_as_queue) */
    int probability_in_queue_order;
    /* appended 2026-12-05: the baselines' tied groups in order, largest key
     * first (claimtriage/queue_baseline.h), weight_groups of them among the
     * placed rows by weight and probability_groups by probability (NULL
     * when that order is undefined); each group's weight on the scale the
     * shares are taken on (2^-64 when W passes a double's range). Their
     * figures at any capacity are ct_queue_baseline_curve's on them (with
     * n), which is how this result's curves are computed; owned by e. */
    ct_queue_tie_group *weight_ties, *probability_ties;
    /* appended 2026-12-07: each row's group among those (0-based index
     * into weight_ties, probability_ties; SIZE_MAX for a row not placed by
     * weight), n entries, NULL when that order is undefined: which rows
     * stand in which tied group, so that a day of K reviews in a baseline
     * order can be compared row by row with the queue's first K (the
     * report's paired test of the day's claims, docs/report.md); owned by e */
    size_t *weight_group_of, *probability_group_of;
    /* appended 2026-12-07: the positives' places against the other rows'
     * on Mann-Whitney's test (ct_queue_wait_test, above): whether the
     * queue's mean wait differs from random order's by more than chance */
    ct_queue_rank_test wait_random;
} ct_queue_eval;

/* Evaluate a queue of n rows in queue order: positive[i] 0, 1 or
 * CT_QLABEL_UNKNOWN, weight[i] >= 0 (NaN counts 0: by weight, such rows
 * come last). weight NULL: no weight is known (a labels file without
 * views): the weighted recalls, the by-weight order's curves and mean are
 * NaN (undefined), the queue's and random order's recalls stand.
 * probability[i] in [0, 1], the model's (NaN or below 0 counts 0, as a
 * weight); probability NULL: the by-probability order's figures are NaN
 * (undefined). Before 2026-12-05 there was no probability argument and no
 * order by probability (tests/cli/queue_eval_probability_order).
 * capacity 0 or > n: n. reviews_per_hour in [CT_REVIEWS_PER_HOUR_MIN,
 * CT_REVIEWS_PER_HOUR_MAX].
 * CT_EINVAL (n = 0, a rate outside that range (the message names it), a
 * label not 0, 1 or CT_QLABEL_UNKNOWN),
 * CT_ENOMEM. *out NULL on error. */
CT_API ct_status ct_queue_eval_compute(const uint8_t *positive, const double *weight,
                                       const double *probability, size_t n, size_t capacity,
                                       double reviews_per_hour, ct_queue_eval **out, ct_diag *diag);
CT_API void ct_queue_eval_free(ct_queue_eval *e);

/* For a queue score ranked by probability (--priority prob, or the reach
 * without count columns: ct_queue_labels.priority_is_probability), the
 * order by probability is the queue's own, its ties in score's order
 * (author status, then id) rather than at random: when
 * e->probability_in_queue_order, the by-probability figures become the
 * queue's and probability_is_queue 1; otherwise nothing changes. e not
 * NULL; not thread-safe on one e. Since 2026-12-05. */
CT_API void ct_queue_eval_probability_as_queue(ct_queue_eval *e);

/* A queue's rows matched by id to their labels. */
typedef struct ct_queue_labels {
    size_t n;                /* every queue row, in queue order (= queue_rows) */
    uint8_t *positive;       /* n: 1 when label == positive, 0 when another label,
                               CT_QLABEL_UNKNOWN when unmatched or unlabelled */
    double *weight;          /* n: the weight column's value (NaN: missing or unmatched) */
    double *probability;     /* n: the queue's "probability" column, every row's */
    uint64_t labelled;       /* rows matched and labelled */
    uint64_t queue_rows;     /* rows in the queue */
    uint64_t unmatched;      /* queue ids not in the labels */
    uint64_t unlabelled;     /* matched ids whose label is missing */
    uint64_t duplicate_ids;  /* labels rows whose id repeats an earlier one (the first counts) */
    uint64_t queue_repeats;  /* queue rows whose id an earlier queue row has: each keeps its
                             * place and takes a review, but is CT_QLABEL_UNKNOWN (a report
                             * is a claim once, however often it is listed) */
    uint64_t unranked;       /* queue rows with an empty "rank" (score --no-sort writes them
                             * in input order: such a queue's order is not a priority);
                             * 0 or every row (a mix is CT_EFORMAT) */
    uint64_t rank_reordered; /* rows moved to put a queue whose rows all have a rank, but
                              * are not in rank order in the file (re-sorted after score),
                              * in rank order: the queue's order is its ranks' */
    /* reports of the labels (each id's first row) labelled positive, and
     * how many of them no queue row lists: a queue cut with score
     * --capacity, or scored from part of the labels' file, holds only some
     * of the labels' positives, and every figure counts the queue's alone */
    uint64_t label_positives, positives_not_in_queue;
    /* ids of the labels on rows whose labels differ (a missing label is a
     * value of its own): the first row's label is the one used. Of such ids,
     * the one whose first row comes first in the file (cut for display), the
     * lines of its first row
     * and of the first row that disagrees, and their labels ("" when
     * missing; a numeric label as a number) */
    uint64_t conflicting_ids;
    char conflict_id[256];
    long conflict_lines[2];
    char conflict_labels[2][128];
    /* queue rows not in the labels whose id reads as a number in scientific
     * notation (5.81323E+09: the queue re-saved by a spreadsheet, which
     * rounds long numbers so), the first one's id and line */
    uint64_t scientific_ids;
    char scientific_id[64];
    long scientific_line;
    /* queue rows not in the labels whose id is one of the labels' but for
     * leading zeros ('00123' beside '123', either side: a re-save that read
     * the ids as numbers dropped them). Leading zeros make another id, so
     * such rows stay unmatched; the first one's id, line and the labels'
     * id it resembles */
    uint64_t zero_ids;
    char zero_id[64], zero_label_id[64];
    long zero_line;
    /* queue ids wrapped in Excel's text formula ="..." (a queue re-saved
     * by a spreadsheet, or scored from a file holding them), checked as
     * the labels' ids are (ct_frame_find_formula_ids): how many, of
     * id_values ids written (empty ones not counted), the first one's
     * bytes (formula_id[0..formula_len), cut at 48) and line; such ids
     * match no id written plainly. ct_frame_formula_ids_text says it. */
    uint64_t formula_ids, id_values;
    char formula_id[48];
    size_t formula_len;
    long formula_line;
    /* queue rows whose matched weight (views) is below 0: not a count, so
     * it counts 0 (in the claims' views and in the order by views alone),
     * as score counts a negative count 0 in the reach; the first such
     * row's queue id and queue line */
    uint64_t negative_weights;
    char negative_weight_id[64];
    long negative_weight_line;
    /* 1 when every row of probability > 0 has priority = probability (score
     * ranked by probability: --priority prob, or the reach's fallback
     * without count columns, score's priority_note), at least one such row */
    int priority_is_probability;
} ct_queue_labels;

/* The hint said of a queue given as the labels (ct_queue_given_diag):
 * ct_queue_labels_join's, and queue-eval's before it reads the labels. */
#define CT_QUEUE_LABELS_HINT                                                                       \
    "give the reports file the queue was scored from as --labels (queue-eval QUEUE --labels "      \
    "REPORTS.csv)"

/* Read the queue at queue_path (a CSV queue as score writes it, checked
 * by the rule ct_queue_merge reads queues by: docs/formats.md, "Queues";
 * its order is its "rank" column's when every row has a rank, else
 * the file's; rank_reordered counts the rows moved) and match each id to the row of
 * `labels` with that id (id_column; ids compared as text, numeric ids as
 * exact integers; a queue id written as a float of a whole number,
 * "5813227867.0" as pandas re-saves an id column with an empty cell,
 * as that integer), taking label_column == positive (a numeric label
 * column compared as a number: positive must then parse as one, else
 * CT_EDATA) and weight_column
 * (NULL: no weight column, every weight NaN; pass weight NULL to
 * ct_queue_eval_compute then).
 * Unmatched and unlabelled rows keep their place in queue order as
 * CT_QLABEL_UNKNOWN (a review spent on a row whose label is not known) and
 * are counted. CT_ECOLUMN (a column of labels absent), CT_EDATA (a numeric
 * label column, a positive that is no number), CT_ETYPE (a weight column
 * of text holding a value, as views written "343,296" and read without
 * --thousands: it would count 0 views for every row), CT_EFORMAT (not a
 * queue by that rule: a header other than score's, an empty file, a
 * claimtriage model file or --json output, a JSONL queue, a malformed
 * record or one with another field count than the header; a "rank" that
 * is neither empty nor a whole number >= 1 ("N.0" read as N), or some
 * rows with a rank and some without: score writes every rank or none, so
 * such a queue was edited after score; a priority or a probability not
 * written as score writes numbers, a priority not finite, a probability
 * outside [0, 1]), CT_EIO, CT_ENOMEM. On error
 * *out is left empty (as after ct_queue_labels_free). */
CT_API ct_status ct_queue_labels_join(const char *queue_path, const ct_frame *labels,
                                      const char *id_column, const char *label_column,
                                      const char *positive, const char *weight_column,
                                      ct_queue_labels *out, ct_diag *diag);
CT_API void ct_queue_labels_free(ct_queue_labels *q);
/* Open queue_path, check that it is a queue by the header rule
 * ct_queue_labels_join reads it by (the file and its header; no record
 * read) and close it: CT_OK, CT_EFORMAT (*diag as that function's), CT_EIO
 * (cannot open, a directory), CT_ENOMEM. For a caller that checks a queue
 * before a long load of its labels: call it on a regular file only, since
 * a pipe or standard input is read once. Thread-safe. */
CT_API ct_status ct_queue_check(const char *queue_path, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
