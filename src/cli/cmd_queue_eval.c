/* cmd_queue_eval.c — `claimtriage queue-eval QUEUE --labels FILE`: recall
 * of claims and of claims' views within the first K reviews, at a
 * capacity, and mean time to review a claim, beside random order,
 * ordering by views alone and by the claim probability alone
 * (claimtriage/queue_eval.h); charts with -o DIR, --json for machines. */
#include "cli.h"

#include "claimtriage/train.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char qe_help[] =
    "usage: claimtriage queue-eval QUEUE --labels FILE [--capacity N]\n"
    "                             [--reviews-per-hour R] [-o DIR] [--json] [options]\n\n"
    "Evaluate a review queue written by `claimtriage score` (CSV) against the true\n"
    "labels: the reports file FILE, matched by video_id (--id). Every queue row is a\n"
    "review: a row not in FILE, or with no claim_status (--target), keeps its place,\n"
    "takes its review and is never a claim (counted). For the queue, for random\n"
    "order (expected values), for ordering by views alone (largest first; rows\n"
    "of equal views in random order, never the queue's: expected values;\n"
    "labelled rows without views last, after 0 views, as pandas' sort_values puts\n"
    "NaN; rows with neither a label nor views at random places: expected values)\n"
    "and for ordering by the claim probability alone (the queue's probability\n"
    "column, largest first, ties at random as for views; said, not compared,\n"
    "when it is the queue's own order, as when score ranked by probability):\n"
    "  recall of claims         claims among the first K reviews / the queue's claims\n"
    "  view-weighted recall     views of those claims / views of all claims\n"
    "  mean hours to review     a claim at position k waits k / R hours; the mean\n"
    "                           over the whole queue's claims (random order:\n"
    "                           (n + 1) / 2R), whatever K\n"
    "at the capacity K (default: half the queue's rows) and as curves (JSON: 101\n"
    "points; charts: queue_recall.svg and queue_view_recall.svg in DIR). Labels\n"
    "without video_view_count (--views): the views figures are undefined, the rest\n"
    "stands. A queue of part of the labels (score --capacity N, a part of the file)\n"
    "is measured against its own rows: the output says how many claims it lacks.\n\n"
    "Options:\n"
    "  --labels=FILE           the reports file with claim_status (required)\n"
    "  --target=COL            FILE's label column (default claim_status)\n"
    "  --positive=VALUE        its value that means a claim (default claim;\n"
    "                          required with --target)\n"
    "  --id=COL                FILE's id column, matched to the queue's ids (default\n"
    "                          video_id; train's --id)\n"
    "  --views=COL             FILE's view counts (default video_view_count)\n"
    "  --capacity=N            reviews counted (default: half the queue, rounded up)\n"
    /* the range's line: qe_help_print, from the macros */
    ;
static const char qe_help_tail[] =
    "  -o, --output=DIR        write the two charts (SVG) into DIR (created if needed;\n"
    "                          one this run cannot draw is removed, if an earlier run\n"
    "                          wrote it)\n"
    "  --json                  the figures and curves as JSON (docs/formats.md)\n"
    "  --on-bad-row=fail|skip  bad rows of FILE: stop (default, exit 1) or skip them\n"
    "  --na-values=A,B,...     extra missing-value tokens in FILE (repeated: they add up)\n"
    "  --delimiter=C           FILE's field delimiter (default ',')\n"
    "  --decimal=C             FILE's decimal mark (default '.'; ',' reads 1,5)\n"
    "  --thousands=C           FILE's thousands separator (default none)\n"
    "  --no-schema             infer FILE's column types (ignore the reports schema)\n"
    "  -q, --quiet             no notes on stderr\n"
    "  -h, --help              show this help and exit\n"
    "\nExit codes: 0 ok (a queue without a labelled claim: recall undefined, no\n"
    "charts), 1 bad data (no labelled row, not a queue, absent column), 2 usage\n"
    "error, 3 I/O error.\n"
    "\nExample:\n"
    "  claimtriage queue-eval queue.csv --labels reports.csv --capacity 1000 -o charts\n";

/* The help, the rate's range formatted from the macros that define it
 * (before 2026-12-03 typed into the text; tests/cli/report_ranges_from_macros). */
static void qe_help_print(void)
{
    char r[64];
    cli_fmt_range(r, sizeof r, CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX, 0);
    fputs(qe_help, stdout);
    printf("  --reviews-per-hour=R    moderators' review rate, %s (default 60)\n", r);
    fputs(qe_help_tail, stdout);
}

enum {
    OPT_LABELS = CLI_OPT_FIRST_FREE,
    OPT_CAPACITY,
    OPT_RATE,
    OPT_TARGET,
    OPT_POSITIVE,
    OPT_ID,
    OPT_VIEWS
};

/* The queue "reaches the best possible" when within this relative distance:
 * the two sums add the same views in another order (rounding only). */
#define QE_IDEAL_RTOL 1e-12

static const char *const order_names[CT_QORDER_N] = {"queue", "random order", "views alone",
                                                     "probability alone"};
/* the level the waits' test is held against (the report's too) */
#define QE_TEST_ALPHA 0.05
static const char *const order_keys[CT_QORDER_N] = {"queue", "random", "views", "probability"};

static void pct(char *b, size_t n, double v)
{
    if (isfinite(v))
        cli_fmt_pct(b, n, 100 * v);
    else
        snprintf(b, n, "undefined");
}

/* Queue ids in scientific notation (5.81323E+09) match no report: the
 * queue was re-saved by a spreadsheet, which writes long numbers so and
 * loses their last digits. A static buffer. */
static const char *scientific_hint(const ct_queue_labels *q)
{
    static char h[512];
    char n[32];
    cli_fmt_count(n, sizeof n, q->scientific_ids);
    snprintf(h, sizeof h,
             "%s queue row%s ha%s an id in scientific notation (the first on line %ld: '%s'), "
             "which names no report: a spreadsheet saves long numbers it shows so and loses "
             "their last digits; evaluate the queue file score wrote (to view a queue in a "
             "spreadsheet, import the id column as text)",
             n, q->scientific_ids == 1 ? "" : "s", q->scientific_ids == 1 ? "s" : "ve",
             q->scientific_line, q->scientific_id);
    return h;
}

/* Queue ids that are the labels' but for leading zeros ('00123' beside
 * '123'): leading zeros make another id, so they match no report, but a
 * re-save that read the ids as numbers dropped them. A static buffer. */
static const char *zeros_hint(const ct_queue_labels *q)
{
    static char h[640];
    char n[32];
    cli_fmt_count(n, sizeof n, q->zero_ids);
    snprintf(h, sizeof h,
             "%s queue row%s ha%s an id that is one of the labels' but for leading zeros (the "
             "first on line %ld: '%s', in the labels '%s'): a re-save that read the ids as "
             "numbers (a spreadsheet, or pandas without dtype=str) dropped them from one of the "
             "files; leading zeros make another id, so %s no report: evaluate the queue file "
             "score wrote against the file it scored, or re-save with the id column as text",
             n, q->zero_ids == 1 ? "" : "s", q->zero_ids == 1 ? "s" : "ve", q->zero_line,
             q->zero_id, q->zero_label_id, q->zero_ids == 1 ? "it matches" : "they match");
    return h;
}

/* Rows the views-alone order cannot place (neither a label nor views):
 * the rows that are not in the labels are told apart from the rows that
 * are, but whose label is missing. */
static void print_unplaced(const ct_queue_eval *e, const ct_queue_labels *q)
{
    char n[32], l[32], um[32], ul[32], u[32], text[768];
    cli_fmt_count(n, sizeof n, e->n);
    cli_fmt_count(l, sizeof l, e->labelled);
    cli_fmt_count(um, sizeof um, q->unmatched);
    cli_fmt_count(ul, sizeof ul, q->unlabelled);
    cli_fmt_count(u, sizeof u, e->n - e->placed);
    const int one = e->n - e->placed == 1;
    size_t at = (size_t)snprintf(text, sizeof text, "of the %s queue rows, %s %s a label", n, l,
                                 e->labelled == 1 ? "has" : "have");
    if (q->unmatched)
        at += (size_t)snprintf(text + at, sizeof text - at, ", %s %s not in the labels", um,
                               q->unmatched == 1 ? "is" : "are");
    if (q->unlabelled && at < sizeof text)
        at += (size_t)snprintf(text + at, sizeof text - at, ", %s %s in the labels but %s missing",
                               ul, q->unlabelled == 1 ? "is" : "are",
                               q->unlabelled == 1 ? "its label is" : "their labels are");
    /* a repeated id is a review of its own but counts as no claim, and has
     * no place by views (docs/queue-eval.md): counted here too, so that the
     * parts add up to the queue's rows */
    if (q->queue_repeats && at < sizeof text) {
        char rp[32];
        cli_fmt_count(rp, sizeof rp, q->queue_repeats);
        at += (size_t)snprintf(text + at, sizeof text - at, ", %s %s an id listed earlier", rp,
                               q->queue_repeats == 1 ? "repeats" : "repeat");
    }
    if (at < sizeof text && q->queue_repeats)
        snprintf(text + at, sizeof text - at,
                 "; %s %s no place in the order by views (no label and views, or a repeat), so "
                 "the views-alone row is an expected value, %s at random places among the "
                 "others (docs/queue-eval.md)",
                 u, one ? "row has" : "rows have", one ? "that row" : "those rows");
    else if (at < sizeof text)
        snprintf(text + at, sizeof text - at,
                 "; %s %s neither a label nor views, so the views-alone row is an expected "
                 "value, %s at random places among the others (docs/queue-eval.md)",
                 u, one ? "row has" : "rows have", one ? "that row" : "those rows");
    printf("\n");
    cli_print_wrapped(stdout, "", 2, text);
}

/* Labelled rows whose views cell is missing: views alone places them
 * last, as rows of 0 views (in random order among those), as pandas'
 * sort_values puts NaN last (docs/queue-eval.md). 0 without views. */
static size_t labelled_without_views(const ct_queue_labels *q, int views)
{
    size_t k = 0;
    for (size_t i = 0; views && q->weight && i < q->n; i++)
        k += q->positive[i] <= 1 && !isfinite(q->weight[i]);
    return k;
}

/* Of the labelled rows without views, the claims (*claims) and the first
 * queue place of any (0 when none): the queue's reach priority counts a
 * missing count as 0, so these rows sit lower in the queue, and the report
 * says where (before 2026-12-06 it did not: tests/cli/report_views_missing_lower). */
static size_t without_views_first(const ct_queue_labels *q, int views, size_t *claims)
{
    size_t first = 0;
    *claims = 0;
    for (size_t i = 0; views && q->weight && i < q->n; i++)
        if (q->positive[i] <= 1 && !isfinite(q->weight[i])) {
            *claims += q->positive[i] == 1;
            if (!first)
                first = i + 1;
        }
    return first;
}

/* Says how many labelled rows have no views and where views alone places
 * them (before 2026-12-03 the help said "at random places", which they
 * never were: tests/cli/queue_eval_views_missing_placed_last). */
static void print_without_views(const ct_queue_labels *q, int views)
{
    const size_t k = labelled_without_views(q, views);
    if (!k)
        return;
    char a[32], text[512];
    cli_fmt_count(a, sizeof a, k);
    snprintf(text, sizeof text,
             "%s labelled %s no views: views alone places %s last, after the rows of 0 "
             "views, where pandas' sort_values puts NaN (docs/queue-eval.md)",
             a, k == 1 ? "row has" : "rows have", k == 1 ? "it" : "them");
    printf("\n");
    cli_print_wrapped(stdout, "", 2, text);
}

/* The queue with its labelled rows without views taken out (the rows
 * views alone places last, labelled_without_views), measured by
 * ct_queue_eval_compute at the same capacity: whether the queue's lead over
 * views alone holds on the reports that have a view count, or comes from
 * the rows views alone can only put last (before 2026-12-06 nothing told
 * the two apart, and the report said "Work the queue from the top" for a
 * lead made by those rows alone: tests/cli/report_lead_without_views).
 * *out NULL when no labelled row lacks views (or none is left). */
static ct_status with_views_compute(const ct_queue_labels *q, int views, size_t capacity,
                                    double rate, ct_queue_eval **out, ct_diag *d)
{
    *out = NULL;
    const size_t drop = labelled_without_views(q, views);
    if (!drop || drop >= q->n)
        return CT_OK;
    const size_t m = q->n - drop;
    uint8_t *pos = malloc(m * sizeof *pos);
    double *w = malloc(m * sizeof *w), *pr = malloc(m * sizeof *pr);
    ct_status s = CT_ENOMEM;
    if (pos && w && pr) {
        size_t j = 0;
        for (size_t i = 0; i < q->n; i++) {
            if (q->positive[i] <= 1 && !isfinite(q->weight[i]))
                continue;
            pos[j] = q->positive[i];
            w[j] = q->weight[i];
            pr[j] = q->probability[i];
            j++;
        }
        s = ct_queue_eval_compute(pos, w, pr, m, capacity, rate, out, d);
    }
    free(pos);
    free(w);
    free(pr);
    return s;
}

/* One line for people: the queue against views alone on the reports with
 * a view count, at the capacity (nothing when every labelled row has one). */
static void print_with_views(const ct_queue_eval *v, size_t dropped)
{
    if (!v)
        return;
    char n[32], k[32], dr[32], a[32], b[32], text[512];
    cli_fmt_count(n, sizeof n, v->n);
    cli_fmt_count(k, sizeof k, v->capacity);
    cli_fmt_count(dr, sizeof dr, dropped);
    pct(a, sizeof a, v->recall[CT_QORDER_QUEUE]);
    pct(b, sizeof b, v->recall[CT_QORDER_WEIGHT]);
    const int at = snprintf(text, sizeof text,
                            "on the %s report%s with a view count (%s labelled row%s without one "
                            "taken out): ",
                            n, v->n == 1 ? "" : "s", dr, dropped == 1 ? "" : "s");
    if (v->capacity >= v->n)
        snprintf(text + at, sizeof text - (size_t)at,
                 "the capacity holds them all, so every order finds all their claims");
    else
        snprintf(text + at, sizeof text - (size_t)at,
                 "the queue finds %s of their claims in the first %s reviews, views alone %s", a, k,
                 b);
    cli_print_wrapped(stdout, "", 2, text);
}

/* The order by probability alone when it is the queue's own, row for row:
 * a queue score ranked by probability (--priority prob, or the reach
 * without count columns: score's priority_note) has the probability for
 * its priority, and a row repeating the queue's figures would read as a
 * second order that does as well (before 2026-12-05 queue-eval had no
 * order by probability: tests/cli/queue_eval_probability_order). A queue
 * records no --priority, so the text names both ways (before 2026-12-06 it
 * said only the second, to a user who asked --priority prob:
 * tests/cli/queue_eval_prob_queue_asked). */
static void print_probability_same(const ct_queue_eval *e, const ct_queue_labels *q)
{
    if (!e->probability_is_queue)
        return;
    cli_print_wrapped(
        stdout, "", 2,
        q->priority_is_probability
            ? "probability alone: the queue's own order (its priority is the claim probability, "
              "as score writes it with --priority prob, or with the reach when the reports have "
              "no count columns), so its figures are the queue's"
            : "probability alone: the queue's own order here (the probabilities fall in queue "
              "order), so its figures are the queue's");
}

/* A baseline whose key is the same for every row knows nothing: ties
 * stand in random order (claimtriage/queue_eval.h), so its figures are
 * random order's, and the text says why (before 2026-12-05 ties kept the
 * queue's order, and with every view 0 "views alone" was the queue:
 * tests/cli/queue_eval_views_ties_random). */
static void print_constant(const ct_queue_eval *e, int views)
{
    if (views && e->weight_groups == 1 && e->placed > 1)
        cli_print_wrapped(stdout, "", 2,
                          "views alone: every row has the same views, so views carry no "
                          "ranking: views alone is random order (rows of equal views stand in "
                          "random order, never the queue's)");
    if (e->probability_groups == 1 && e->n > 1 && !e->probability_is_queue)
        cli_print_wrapped(stdout, "", 2,
                          "probability alone: every row has the same probability, so it carries "
                          "no ranking: probability alone is random order");
}

/* The whole queue's claims' waits against random order's on
 * Mann-Whitney's test (e->wait_random), under the table's waits: whether
 * the queue's mean wait differs from random order's by more than chance
 * (before 2026-12-07 only the report said it: tests/cli/queue_eval_wait_test) */
static void print_wait_test(const ct_queue_eval *e)
{
    const ct_queue_rank_test *t = &e->wait_random;
    if (!t->made)
        return;
    char u[32], mid[32], pv[96], line[640];
    cli_fmt_num(u, sizeof u, t->statistic);
    cli_fmt_num(mid, sizeof mid, (double)t->positives * (double)t->others / 2);
    ct_numfmt_pvalue_vs(pv, sizeof pv, t->p, t->log10p, QE_TEST_ALPHA);
    const int shown = t->p < QE_TEST_ALPHA;
    const int sooner = t->statistic < (double)t->positives * (double)t->others / 2;
    snprintf(line, sizeof line,
             "waits against random order: %s (two-sided %sMann-Whitney test of the claims' "
             "places against the other rows': U1 %s, against %s expected at random, %s)",
             !shown   ? "the queue's claims wait about as long as random order's, a difference "
                        "chance could make"
             : sooner ? "the queue reviews its claims sooner than random order, more than chance "
                        "explains"
                      : "the queue reviews its claims later than random order, more than chance "
                        "explains",
             t->exact ? "exact " : "", u, mid, pv);
    cli_print_wrapped(stdout, "", 2, line);
}

static void print_text(const ct_queue_eval *e, const ct_queue_labels *q, int views,
                       const ct_queue_eval *wv)
{
    char a[32], b[32], c[32];
    cli_fmt_count(a, sizeof a, e->n);
    cli_fmt_count(b, sizeof b, e->labelled);
    if (e->n == 1) /* counts agree in number: not "1 rows, 1 of them" */
        printf("queue: 1 row, %s\n", e->labelled ? "labelled" : "without a label");
    else
        printf("queue: %s rows, %s of them labelled\n", a, b);
    cli_fmt_count(a, sizeof a, e->positives);
    /* a count, as a file's values are said (ct_numfmt_value): grouped in
     * full, past a count's range "5.9e+301" (cli_fmt_num's table cell
     * "5.900000e+301" before 2026-12-07: tests/cli/queue_eval_views_huge) */
    ct_numfmt_value(c, sizeof c, e->positive_weight);
    if (views && !isfinite(e->positive_weight)) /* their sum, not "infinite" */
        printf("claims: %s, views of claims adding up past a double's range (1.8e+308)\n", a);
    else if (views)
        printf("claims: %s, %s views of claims\n", a, c);
    else
        printf("claims: %s (the labels hold no views)\n", a);
    /* a queue cut with score --capacity (or scored from part of the
     * labels' file): its figures are shares of its own claims, not the
     * labels', which a day's top N holds nearly all of */
    if (q->positives_not_in_queue) {
        char text[600];
        cli_fmt_count(b, sizeof b, q->label_positives);
        cli_fmt_count(c, sizeof c, q->positives_not_in_queue);
        snprintf(text, sizeof text,
                 "the labels hold %s claim%s, %s of them not in the queue: every figure below "
                 "counts the queue's %s claim%s alone (a queue cut with score --capacity, or "
                 "scored from part of the file, is measured against its own rows, random order "
                 "too%s)",
                 b, q->label_positives == 1 ? "" : "s", c, a, e->positives == 1 ? "" : "s",
                 /* a queue row whose id matches no label row (an id lost or
                  * rewritten on a re-save) may be one of those claims */
                 q->unmatched ? "; or a queue row's id matches no label row: see 'label "
                                "unknown' below"
                              : "");
        cli_print_wrapped(stdout, "  ", 2, text);
    }
    if (q->duplicate_ids) {
        cli_fmt_count(a, sizeof a, q->duplicate_ids);
        printf("duplicate ids in the labels: %s (the first row with an id gives its label)\n", a);
    }
    if (q->conflicting_ids) {
        char text[1024], la[140], lb[140];
        cli_fmt_count(a, sizeof a, q->conflicting_ids);
        snprintf(la, sizeof la, q->conflict_labels[0][0] ? "'%s'" : "%s",
                 q->conflict_labels[0][0] ? q->conflict_labels[0] : "no label");
        snprintf(lb, sizeof lb, q->conflict_labels[1][0] ? "'%s'" : "%s",
                 q->conflict_labels[1][0] ? q->conflict_labels[1] : "no label");
        snprintf(text, sizeof text,
                 "%s id%s with conflicting labels: the first, '%s', is %s on line %ld and %s on "
                 "line %ld; line %ld's label is used",
                 a, q->conflicting_ids == 1 ? "" : "s", q->conflict_id, la, q->conflict_lines[0],
                 lb, q->conflict_lines[1], q->conflict_lines[0]);
        cli_print_wrapped(stdout, "  ", 2, text);
    }
    /* these lines wrap at the 100-column limit as every other (before
     * 2026-12-07 they were broken by hand near column 80:
     * tests/cli/queue_eval_lines_wrapped) */
    char text[600];
    if (q->queue_repeats) {
        cli_fmt_count(a, sizeof a, q->queue_repeats);
        snprintf(text, sizeof text,
                 "ids listed again in the queue: %s (each takes a review; a report counts as a "
                 "claim once, at its first place)",
                 a);
        cli_print_wrapped(stdout, "", 2, text);
    }
    if (q->unranked) {
        cli_fmt_count(a, sizeof a, q->unranked);
        /* every row (a mix of ranked and unranked rows is refused) */
        snprintf(text, sizeof text,
                 "unranked: %s %s without a rank (score --no-sort keeps the input's order), so "
                 "the 'queue' row measures the input file's order, not the model's priority",
                 a, q->unranked == 1 ? "row" : "rows");
        cli_print_wrapped(stdout, "", 2, text);
    }
    if (q->rank_reordered) {
        cli_fmt_count(a, sizeof a, q->rank_reordered);
        snprintf(text, sizeof text,
                 "rank order: the file's rows are not in the order of their ranks (re-sorted "
                 "after score?): evaluated in rank order, the order moderators work it (%s %s "
                 "moved)",
                 a, q->rank_reordered == 1 ? "row" : "rows");
        cli_print_wrapped(stdout, "", 2, text);
    }
    if (q->unmatched || q->unlabelled) {
        cli_fmt_count(a, sizeof a, q->unmatched);
        cli_fmt_count(b, sizeof b, q->unlabelled);
        snprintf(text, sizeof text,
                 "label unknown: %s not in the labels, %s without a label (each keeps its place "
                 "in the queue and takes a review; none counts as a claim)",
                 a, b);
        cli_print_wrapped(stdout, "", 2, text);
    }
    cli_fmt_count(a, sizeof a, e->capacity);
    cli_fmt_num(b, sizeof b, e->reviews_per_hour);
    if (e->capacity == 1)
        printf("capacity: the first review, at %s reviews per hour\n\n", b);
    else
        printf("capacity: the first %s reviews, at %s reviews per hour\n\n", a, b);
    ct_table *t = ct_table_create(4);
    for (size_t k = 1; k < 4; k++)
        ct_table_align(t, k, CT_TABLE_DECIMAL);
    ct_table_add(t, "order");
    ct_table_add(t, "claims found");
    ct_table_add(t, "claims' views found");
    ct_table_add(t, "mean hours to review a claim");
    for (int o = 0; o < CT_QORDER_N; o++) {
        /* the queue's own order (score ranked by probability): said under
         * the table, not a row repeating the queue's */
        if (o == CT_QORDER_PROBABILITY && e->probability_is_queue)
            continue;
        ct_table_add(t, o == CT_QORDER_RANDOM ? "random order (expected)" : order_names[o]);
        pct(a, sizeof a, e->recall[o]);
        pct(b, sizeof b, e->weighted_recall[o]);
        ct_table_add(t, a);
        ct_table_add(t, b);
        if (isfinite(e->mean_hours_to_review[o]))
            ct_table_add_auto(t, e->mean_hours_to_review[o]);
        else
            ct_table_add(t, "undefined");
    }
    cli_table_fit(t);
    ct_table_print(t, stdout, "");
    ct_table_destroy(t);
    print_probability_same(e, q);
    print_constant(e, views);
    /* the waits are the whole queue's (every claim's place), not the
     * first K reviews' like the columns beside them: said under the table
     * (before 2026-12-03 they read as figures at capacity, 96 hours under
     * "the first 3,000 reviews" at 50 an hour: tests/cli/queue_eval_numbers) */
    if (e->positives && e->capacity < e->n) {
        char line[400], np[32], nn[32], nk[32];
        cli_fmt_count(nk, sizeof nk, e->capacity);
        cli_fmt_count(np, sizeof np, e->positives);
        cli_fmt_count(nn, sizeof nn, e->n);
        cli_fmt_num(b, sizeof b, e->reviews_per_hour);
        char first[64];
        if (e->capacity == 1)
            snprintf(first, sizeof first, "the first review");
        else
            snprintf(first, sizeof first, "the first %s reviews", nk);
        snprintf(line, sizeof line,
                 "mean hours to review a claim: over the whole queue, its %s claim%s at %s "
                 "place%s among its %s reviews at %s per hour, not %s alone",
                 np, e->positives == 1 ? "" : "s", e->positives == 1 ? "its" : "their",
                 e->positives == 1 ? "" : "s", nn, b, first);
        cli_print_wrapped(stdout, "", 2, line);
    }
    print_wait_test(e);
    print_without_views(q, views);
    print_with_views(wv, labelled_without_views(q, views));
    if (views && e->placed < e->n)
        print_unplaced(e, q);
    pct(a, sizeof a, e->recall_ideal);
    pct(b, sizeof b, e->weighted_recall_ideal);
    char best[200];
    snprintf(best, sizeof best,
             "best possible (claims first, most viewed first): %s of claims, %s of claims' views",
             a, b);
    printf("\n");
    cli_print_wrapped(stdout, "", 2, best);
}

static void json_curve(ct_json *w, const ct_queue_eval *e)
{
    ct_json_key(w, "curve");
    ct_json_array_begin(w);
    size_t last = SIZE_MAX;
    for (size_t i = 0; i <= 100; i++) {
        const size_t k = (size_t)llround((double)e->n * (double)i / 100.0);
        if (k == last)
            continue;
        last = k;
        ct_json_object_begin(w);
        ct_json_key(w, "reviews");
        ct_json_uint(w, k);
        for (int o = 0; o < CT_QORDER_N; o++) {
            ct_json_key(w, order_keys[o]);
            ct_json_object_begin(w);
            ct_json_key(w, "recall");
            ct_json_num(w, e->recall_curve[o][k]);
            ct_json_key(w, "weighted_recall");
            ct_json_num(w, e->weighted_curve[o][k]);
            ct_json_object_end(w);
        }
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

/* A baseline's tied groups, largest key first, as two arrays of one entry
 * per group: its rows and its claims (null when the order is undefined);
 * with group_of (the eval's, per row) and pos (the same rows' labels, in
 * queue order), a third, claim_groups: each claim's group, 0-based, in
 * claim_places' order (since 2026-12-07: the report's paired test of the
 * day's claims, docs/report.md). */
static void json_groups(ct_json *w, const char *key, const ct_queue_tie_group *g, size_t n,
                        const size_t *group_of, const uint8_t *pos, size_t rows)
{
    ct_json_key(w, key);
    if (!g) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "group_rows");
    ct_json_array_begin(w);
    for (size_t i = 0; i < n; i++)
        ct_json_uint(w, g[i].rows);
    ct_json_array_end(w);
    ct_json_key(w, "group_claims");
    ct_json_array_begin(w);
    for (size_t i = 0; i < n; i++)
        ct_json_uint(w, g[i].positives);
    ct_json_array_end(w);
    if (group_of && pos) {
        ct_json_key(w, "claim_groups");
        ct_json_array_begin(w);
        for (size_t i = 0; i < rows; i++)
            if (pos[i] == 1)
                ct_json_uint(w, group_of[i]);
        ct_json_array_end(w);
    }
    ct_json_object_end(w);
}

/* with_views: the measurement on the queue with its labelled rows without
 * views taken out (with_views_compute), null when there are none: what the
 * report needs to count the queue and views alone at its day on those rows,
 * as claim_places and views_groups serve the whole queue. */
static void json_with_views(ct_json *w, const ct_queue_eval *v, const ct_queue_labels *q)
{
    ct_json_key(w, "with_views");
    if (!v) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "rows");
    ct_json_uint(w, v->n);
    ct_json_key(w, "claims");
    ct_json_uint(w, v->positives);
    ct_json_key(w, "capacity");
    ct_json_uint(w, v->capacity);
    ct_json_key(w, "at_capacity");
    ct_json_object_begin(w);
    for (int o = 0; o < CT_QORDER_PROBABILITY; o++) {
        ct_json_key(w, order_keys[o]);
        ct_json_object_begin(w);
        ct_json_key(w, "recall");
        ct_json_num(w, v->recall[o]);
        ct_json_key(w, "weighted_recall");
        ct_json_num(w, v->weighted_recall[o]);
        ct_json_key(w, "mean_hours_to_review");
        ct_json_num(w, v->mean_hours_to_review[o]);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
    /* the claims' places in this shorter queue, 1-based */
    ct_json_key(w, "claim_places");
    ct_json_array_begin(w);
    size_t j = 0;
    for (size_t i = 0; i < q->n; i++) {
        if (q->positive[i] <= 1 && !isfinite(q->weight[i]))
            continue;
        j++;
        if (q->positive[i] == 1)
            ct_json_uint(w, j);
    }
    ct_json_array_end(w);
    json_groups(w, "views_groups", v->weight_ties, v->weight_groups, NULL, NULL, 0);
    ct_json_object_end(w);
}

/* wait_vs_random: the whole queue's claims' places against the other
 * rows' on Mann-Whitney's test (ct_queue_wait_test), as report.json's
 * finance.tests.wait_vs_arrival writes it; null when not made (since
 * 2026-12-07: tests/cli/queue_eval_wait_test) */
static void json_wait_test(ct_json *w, const ct_queue_rank_test *t)
{
    ct_json_key(w, "wait_vs_random");
    if (!t->made) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "test");
    ct_json_str(w, "Mann-Whitney U");
    ct_json_key(w, "p_value");
    ct_json_num(w, t->p);
    ct_json_key(w, "statistic");
    ct_json_num(w, t->statistic);
    ct_json_key(w, "claims");
    ct_json_uint(w, t->positives);
    ct_json_key(w, "others");
    ct_json_uint(w, t->others);
    ct_json_key(w, "exact");
    ct_json_bool(w, t->exact);
    ct_json_object_end(w);
}

static int print_json(const ct_queue_eval *e, const ct_queue_labels *q, const char *queue,
                      const char *labels, const ct_load_stats *st, int views,
                      const ct_queue_eval *wv)
{
    ct_json *w = cli_json_begin(stdout, "queue-eval", 1);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "queue");
    ct_json_str(w, queue);
    ct_json_key(w, "labels");
    ct_json_str(w, labels);
    cli_json_rows(w, st); /* the labels file's, as every command's input */
    ct_json_key(w, "rows");
    ct_json_object_begin(w);
    ct_json_key(w, "queue");
    ct_json_uint(w, q->queue_rows);
    ct_json_key(w, "labelled");
    ct_json_uint(w, e->labelled);
    ct_json_key(w, "unmatched");
    ct_json_uint(w, q->unmatched);
    ct_json_key(w, "unlabelled");
    ct_json_uint(w, q->unlabelled);
    ct_json_key(w, "duplicate_ids");
    ct_json_uint(w, q->duplicate_ids);
    ct_json_key(w, "conflicting_label_ids");
    ct_json_uint(w, q->conflicting_ids);
    ct_json_key(w, "queue_repeats");
    ct_json_uint(w, q->queue_repeats);
    /* rows with an empty rank (score --no-sort): the order is the input's */
    ct_json_key(w, "unranked");
    ct_json_uint(w, q->unranked);
    /* rows moved to put a re-sorted queue back in rank order */
    ct_json_key(w, "rank_reordered");
    ct_json_uint(w, q->rank_reordered);
    /* false: the views-alone figures are expected values (docs/queue-eval.md) */
    ct_json_key(w, "labels_cover_queue");
    ct_json_bool(w, e->labelled == e->n);
    /* rows with neither label nor views: placed at random by views alone */
    ct_json_key(w, "views_unknown");
    ct_json_uint(w, views ? e->n - e->placed : e->n);
    /* labelled rows without views: placed last by views alone (after 0 views) */
    ct_json_key(w, "labelled_without_views");
    ct_json_uint(w, labelled_without_views(q, views));
    size_t wv_claims = 0;
    const size_t wv_first = without_views_first(q, views, &wv_claims);
    ct_json_key(w, "labelled_without_views_claims");
    ct_json_uint(w, wv_claims);
    ct_json_key(w, "labelled_without_views_first_place");
    if (wv_first)
        ct_json_uint(w, wv_first);
    else
        ct_json_null(w);
    ct_json_object_end(w);
    /* the first id of the labels whose rows disagree on the label */
    ct_json_key(w, "label_conflict");
    if (q->conflicting_ids) {
        ct_json_object_begin(w);
        ct_json_key(w, "id");
        ct_json_str(w, q->conflict_id);
        ct_json_key(w, "lines");
        ct_json_array_begin(w);
        ct_json_int(w, q->conflict_lines[0]);
        ct_json_int(w, q->conflict_lines[1]);
        ct_json_array_end(w);
        ct_json_key(w, "labels");
        ct_json_array_begin(w);
        for (int k = 0; k < 2; k++)
            if (q->conflict_labels[k][0])
                ct_json_str(w, q->conflict_labels[k]);
            else
                ct_json_null(w);
        ct_json_array_end(w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "claims");
    ct_json_uint(w, e->positives);
    /* the labels' claims no queue row lists (a cut or partial queue) */
    ct_json_key(w, "claims_not_in_queue");
    ct_json_uint(w, q->positives_not_in_queue);
    ct_json_key(w, "claims_views");
    ct_json_num(w, views ? e->positive_weight : NAN);
    ct_json_key(w, "capacity");
    ct_json_uint(w, e->capacity);
    ct_json_key(w, "reviews_per_hour");
    ct_json_num(w, e->reviews_per_hour);
    /* the order by probability alone (at_capacity.probability): the
     * queue's own, row for row, and whether the queue's priority is the
     * probability (score ranked by it) */
    ct_json_key(w, "probability_order_is_queue");
    ct_json_bool(w, e->probability_is_queue);
    ct_json_key(w, "priority_is_probability");
    ct_json_bool(w, q->priority_is_probability);
    /* a baseline column of one value: that order is random order (ties
     * stand at random); null when the order is undefined */
    ct_json_key(w, "views_constant");
    if (views)
        ct_json_bool(w, e->weight_groups == 1);
    else
        ct_json_null(w);
    ct_json_key(w, "probability_constant");
    ct_json_bool(w, e->probability_groups == 1);
    ct_json_key(w, "at_capacity");
    ct_json_object_begin(w);
    for (int o = 0; o < CT_QORDER_N; o++) {
        ct_json_key(w, order_keys[o]);
        ct_json_object_begin(w);
        ct_json_key(w, "recall");
        ct_json_num(w, e->recall[o]);
        ct_json_key(w, "weighted_recall");
        ct_json_num(w, e->weighted_recall[o]);
        ct_json_key(w, "mean_hours_to_review");
        ct_json_num(w, e->mean_hours_to_review[o]);
        ct_json_object_end(w);
    }
    ct_json_key(w, "ideal");
    ct_json_object_begin(w);
    ct_json_key(w, "recall");
    ct_json_num(w, e->recall_ideal);
    ct_json_key(w, "weighted_recall");
    ct_json_num(w, e->weighted_recall_ideal);
    ct_json_object_end(w);
    ct_json_object_end(w);
    json_wait_test(w, &e->wait_random);
    json_curve(w, e);
    /* the queue's claims' places (1-based, ascending): its recall at any
     * number of reviews, exactly, where the curve's 101 points give it by
     * interpolation (report's day of another length: before 2026-12-05 it
     * read 17.07% off the curve where queue-eval --capacity gives 17.06%,
     * tests/cli/report_day_exact_recall) */
    ct_json_key(w, "claim_places");
    ct_json_array_begin(w);
    for (size_t i = 0; i < q->n; i++)
        if (q->positive[i] == 1)
            ct_json_uint(w, i + 1);
    ct_json_array_end(w);
    /* the baselines' tied groups, in order: their figures at any number of
     * reviews, exactly as at_capacity's (ct_queue_baseline_curve), for
     * report's day of another length (before 2026-12-05 read off the curve:
     * 12.81% where queue-eval --capacity gave 12.78%,
     * tests/cli/report_day_baselines_exact) */
    json_groups(w, "views_groups", views ? e->weight_ties : NULL, e->weight_groups,
                e->weight_group_of, q->positive, q->n);
    json_groups(w, "probability_groups", e->probability_ties, e->probability_groups,
                e->probability_group_of, q->positive, q->n);
    json_with_views(w, wv, q);
    ct_json_object_end(w);
    if (ct_json_finish(w) != CT_OK)
        return CLI_EXIT_IO;
    return CLI_EXIT_OK;
}

/* The file name of the chart by claims (0) or by claims' views (1). */
static const char *chart_name(int weighted)
{
    return weighted ? "queue_view_recall.svg" : "queue_recall.svg";
}

/* Draw one chart into *fp, an output opened on its temporary and left open
 * (renamed into place by write_charts); returns an exit code, *fp NULL when
 * it was given up. */
static int draw_chart(const ct_queue_eval *e, const char *dir, int weighted, FILE **fp)
{
    char path[4400], title[320], a[32], b[32], c[32];
    snprintf(path, sizeof path, "%s/%s", dir, chart_name(weighted));
    const double *v = weighted ? e->weighted_recall : e->recall;
    cli_fmt_count(a, sizeof a, e->capacity);
    pct(b, sizeof b, v[CT_QORDER_QUEUE]);
    pct(c, sizeof c, v[CT_QORDER_RANDOM]);
    const double ideal = weighted ? e->weighted_recall_ideal : e->recall_ideal;
    if (e->capacity >= e->n)
        /* every order finds every claim within a capacity that holds the
         * whole queue: not "find 100.00% of claims, the most possible
         * (random order: 100.00%)", a win where there is none (before
         * 2026-12-05: tests/cli/queue_eval_chart_whole_queue) */
        snprintf(title, sizeof title,
                 "The capacity holds the whole queue (%s reviews): every order finds all %s", a,
                 weighted ? "the claims' views" : "its claims");
    else {
        /* views alone at the same figure, as the title gives it: said, so
         * that the title does not read as the model's win when the order
         * by views alone, drawn beside it, does as well (before 2026-12-06
         * the title named random order only: tests/cli/queue_eval_chart_views_same) */
        char vw[32], vs[64] = "";
        pct(vw, sizeof vw, v[CT_QORDER_WEIGHT]);
        const int views = isfinite(v[CT_QORDER_WEIGHT]), same = views && strcmp(vw, b) == 0;
        if (views && !same)
            snprintf(vs, sizeof vs, "views alone: %s; ", vw);
        snprintf(title, sizeof title,
                 "The queue's first %s reviews find %s of %s%s%s (%srandom order: %s)", a, b,
                 weighted ? "claims' views" : "claims",
                 v[CT_QORDER_QUEUE] >= ideal * (1 - QE_IDEAL_RTOL) ? ", the most possible" : "",
                 same ? ", as many as views alone" : "", vs, c);
    }
    ct_svg_text t = {title,
                     weighted ? "Share of the views of claimed videos reviewed, by reviews done"
                              : "Share of claims reviewed, by reviews done",
                     "reviews done",
                     weighted ? "claims' views found (%)" : "claims found (%)",
                     "Random order: expected value. Views alone: largest view count first.",
                     NULL};
    if (!(*fp = cli_open_output(path)))
        return cli_open_output_code();
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_queue_chart_write(*fp, NULL, e, weighted, &t, order_names, &d);
    /* flushed now, so that a full disk is met before either chart is
     * renamed into place, not while the second one is */
    if (s == CT_OK && fflush(*fp) != 0)
        s = CT_EIO;
    /* a stream that failed (a full disk) is named with the system's cause
     * (before 2026-12-02 "write error while writing a chart" alone:
     * tests/cli/queue_eval_charts_full_disk) */
    if (s != CT_OK) {
        FILE *f = *fp;
        *fp = NULL;
        return cli_fail_output(f, s, &d);
    }
    return CLI_EXIT_OK;
}

/* The charts a queue gets: none without a claim among the labelled rows
 * (recall undefined), the recall chart alone when the views-weighted
 * curve is undefined (no views). Decided from the curves themselves, so
 * that an undefined curve is said, never drawn into a refusal (before
 * 2026-12-04 views past a double's range made that curve undefined while
 * W > 0 still asked for its chart: exit 2, "the curves are undefined":
 * tests/cli/queue_eval_views_overflow). */
static int charts_drawn(const ct_queue_eval *e)
{
    if (!isfinite(e->recall_curve[CT_QORDER_QUEUE][e->n]))
        return 0;
    return isfinite(e->weighted_curve[CT_QORDER_QUEUE][e->n]) ? 2 : 1;
}

/* Both charts are drawn into their temporaries and renamed into place only
 * when both are complete, before any figure is printed: a chart that cannot
 * be written (a folder in its place, a full disk) is exit 3 with nothing on
 * standard output and neither chart left, as eda does with its charts
 * (before 2026-12-03 the figures were printed, the first chart written and
 * then exit 3: tests/cli/queue_eval_charts_all_or_none). */
static int write_charts(const ct_queue_eval *e, const char *dir)
{
    FILE *fp[2] = {NULL, NULL};
    const int n = charts_drawn(e);
    int rc = CLI_EXIT_OK;
    for (int k = 0; k < n && rc == CLI_EXIT_OK; k++)
        rc = draw_chart(e, dir, k, &fp[k]);
    for (int k = 0; k < n; k++) {
        if (!fp[k])
            continue;
        if (rc != CLI_EXIT_OK) {
            cli_abort_output(fp[k]);
            continue;
        }
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, chart_name(k));
        rc = cli_close_output(fp[k], path);
    }
    return rc;
}

/* A chart this run does not draw (no claim among the labelled rows:
 * neither; no claims' views, as without a views column: the one by views)
 * must not stay in DIR from an earlier run, where it would read as this
 * run's: the file of that name, queue-eval's own, is removed and that is
 * said; nothing else in DIR is touched, and a folder or a link of that
 * name is left (before 2026-12-03 the earlier run's chart stayed in
 * silence: tests/cli/queue_eval_stale_charts_removed). drawn: how many
 * charts this run wrote (0, 1 or 2). Returns an exit code. */
static int remove_stale_charts(const char *dir, int drawn)
{
    for (int k = drawn; k < 2; k++) {
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, chart_name(k));
        struct stat sb;
        if (lstat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
            continue;
        if (unlink(path) != 0)
            return cli_write_failed_errno(path, errno);
        cli_note("%s removed: an earlier run wrote it, and this run draws %s", path,
                 drawn == 0 ? "no chart (no claim among the labelled rows)"
                            : "no chart by claims' views (they are undefined)");
    }
    return CLI_EXIT_OK;
}

int cmd_queue_eval(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"labels", required_argument, NULL, OPT_LABELS},
        {"capacity", required_argument, NULL, OPT_CAPACITY},
        {"reviews-per-hour", required_argument, NULL, OPT_RATE},
        {"target", required_argument, NULL, OPT_TARGET},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"id", required_argument, NULL, OPT_ID},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"output", required_argument, NULL, 'o'},
        {"json", no_argument, NULL, CLI_OPT_JSON},
        CLI_LOAD_LONGOPTS,
        {"help", no_argument, NULL, 'h'},
        {"quiet", no_argument, NULL, 'q'},
        {NULL, 0, NULL, 0},
    };
    const char *labels_path = NULL, *dir = NULL;
    /* the labels file's columns: the reports file's unless named (an export
     * of one's own, as train's --target, --positive and --id) */
    const char *target = "claim_status", *positive = "claim", *idcol = "video_id",
               *viewcol = "video_view_count";
    int target_given = 0, positive_given = 0, views_given = 0, id_given = 0;
    size_t capacity = 0;
    double rate = 60;
    int json = 0, c, urc;
    cli_load lo;
    cli_load_init(&lo);
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hqo:", longopts, NULL)) != -1) {
        char *end = NULL;
        switch (c) {
        case 'h':
            qe_help_print();
            cli_load_free(&lo);
            return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case 'o': dir = optarg; break;
        case OPT_LABELS: labels_path = optarg; break;
        case OPT_TARGET:
            target = optarg;
            target_given = 1;
            break;
        case OPT_POSITIVE:
            positive = optarg;
            positive_given = 1;
            break;
        case OPT_ID: idcol = optarg, id_given = 1; break;
        case OPT_VIEWS:
            viewcol = optarg;
            views_given = 1;
            break;
        case OPT_CAPACITY: {
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (optarg[0] < '1' || optarg[0] > '9' || errno || *end || v > SIZE_MAX) {
                char hint[48];
                cli_load_free(&lo);
                return cli_usage("queue-eval", "--capacity takes a positive integer, not '%s'%s",
                                 optarg, cli_count_hint(optarg, hint, sizeof hint));
            }
            capacity = (size_t)v;
            break;
        }
        case OPT_RATE: {
            /* the range the figures are computed for (queue_eval.h) */
            const int rc =
                cli_number_arg("queue-eval", "reviews-per-hour", optarg, CT_REVIEWS_PER_HOUR_MIN, 0,
                               CT_REVIEWS_PER_HOUR_MAX, &rate);
            if (rc != CLI_OPT_NEXT) {
                cli_load_free(&lo);
                return rc;
            }
            break;
        }
        case CLI_OPT_JSON: json = 1; break;
        case CLI_OPT_ON_BAD_ROW:
        case CLI_OPT_NA_VALUES:
        case CLI_OPT_DELIMITER:
        case CLI_OPT_DECIMAL:
        case CLI_OPT_THOUSANDS:
        case CLI_OPT_NO_SCHEMA:
            if ((urc = cli_load_option(&lo, "queue-eval", c, optarg)) != 0) {
                cli_load_free(&lo);
                return urc;
            }
            break;
        default: cli_load_free(&lo); return cli_bad_option("queue-eval", argv);
        }
    }
    if (argc - optind != 1 || !labels_path) {
        cli_load_free(&lo);
        if (!labels_path && argc - optind == 1)
            return cli_usage("queue-eval", "missing --labels FILE");
        /* the labels given as a second operand (before 2026-12-06 "one
         * QUEUE file, not 2" alone: tests/cli/operands_model_as_file) */
        if (!labels_path && argc - optind == 2)
            return cli_usage("queue-eval",
                             "one QUEUE file, not 2, and no --labels FILE: if '%s' holds the "
                             "labels, give it with --labels %s",
                             argv[optind + 1], argv[optind + 1]);
        return cli_usage("queue-eval", argc - optind ? "one QUEUE file, not %d" : "missing QUEUE",
                         argc - optind);
    }
    if (target_given && !positive_given) {
        cli_load_free(&lo);
        return cli_usage("queue-eval", "--target=%s needs --positive=VALUE", target);
    }
    if (!*target || !*positive || !*idcol || !*viewcol) {
        cli_load_free(&lo);
        return cli_usage("queue-eval", "--target, --positive, --id and --views take a non-empty "
                                       "value");
    }
    if (dir && strcmp(dir, "-") == 0) {
        cli_load_free(&lo);
        return cli_usage("queue-eval", "-o names a directory for the charts; '-' (standard "
                                       "output) cannot hold them");
    }
    const char *const inputs[] = {argv[optind], labels_path};
    if (cli_refuse_file_as_folder(dir, inputs, 2, "the charts cannot be written into it",
                                  "-o names the folder queue-eval writes its charts into: give a "
                                  "new folder or an existing one") != CLI_OPT_NEXT ||
        cli_refuse_path_through_file(dir) != CLI_OPT_NEXT) {
        cli_load_free(&lo);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(labels_path, "-") == 0 && strcmp(argv[optind], "-") == 0) {
        cli_load_free(&lo);
        return cli_usage("queue-eval", "the queue and --labels cannot both be standard input "
                                       "('-'): it can be read once; give one of them as a file");
    }
    /* QUEUE, a file, is checked before the labels are loaded: a queue
     * missing, a folder or no queue was said after "rows read 2,000" of a
     * labels file read for nothing (before 2026-12-04:
     * tests/cli/queue_eval_queue_checked_first); a pipe is read once, later */
    struct stat qsb;
    if (strcmp(argv[optind], "-") != 0 &&
        (stat(argv[optind], &qsb) != 0 || S_ISREG(qsb.st_mode) || S_ISDIR(qsb.st_mode))) {
        ct_diag qd;
        ct_diag_clear(&qd);
        const ct_status qs = ct_queue_check(argv[optind], &qd);
        if (qs != CT_OK) {
            cli_load_free(&lo);
            return cli_fail(qs, &qd);
        }
    }
    ct_frame *f = NULL;
    ct_load_stats st;
    /* a row with bytes of another encoding is read with those values
     * missing, as score reads it and queues it (flagged invalid_utf8):
     * before 2026-12-06 such a labels file was refused whole, though the
     * queue held its every row (tests/cli/score_invalid_utf8_queued) */
    lo.opt.bad_utf8_missing = 1;
    int rc = cli_load_frame(&lo, labels_path, &f, &st);
    cli_load_free(&lo);
    if (rc != CLI_EXIT_OK)
        return rc;
    cli_note_rows(&st, labels_path); /* the labels file's rows, as every command reads a CSV */
    if (st.bad_utf8_rows) {
        char n[32];
        cli_fmt_count(n, sizeof n, st.bad_utf8_rows);
        cli_note("%s: %s row%s hold%s bytes that are not UTF-8, read as missing as score reads "
                 "them (flagged invalid_utf8 in its queue); the first, line %ld, field %zu",
                 labels_path, n, st.bad_utf8_rows == 1 ? "" : "s", st.bad_utf8_rows == 1 ? "s" : "",
                 st.bad_utf8_line, st.bad_utf8_field);
    }
    /* a queue given as the labels is said first and alone: before
     * 2026-12-05 its missing views were warned of first
     * (tests/cli/files_queue_given_named) */
    if ((rc = cli_fail_queue_given(f, "the reports file with the labels", CT_QUEUE_LABELS_HINT)) !=
        0) {
        ct_frame_destroy(f);
        return rc;
    }
    /* a labels file of a header only (or every row skipped as bad) is said
     * as such, as eda, test and regress say it; before 2026-12-03 it was
     * "none of the queue's N rows matched a labelled report", with the hint
     * that the queue came from another file
     * (tests/cli/files_header_only_exit_codes) */
    if ((rc = cli_fail_no_rows(f, &st, labels_path)) != 0) {
        ct_frame_destroy(f);
        return rc;
    }
    ct_diag d;
    ct_diag_clear(&d);
    /* a target of many values (a count, a measure, an id) is no class
     * label: refused as train refuses it, with its message and exit code
     * (before 2026-12-07 every figure was "undefined", exit 0:
     * tests/cli/queue_eval_target_many_values) */
    ct_status ls = ct_train_label_column_check(f, target, positive, &d);
    if (ls != CT_OK) {
        if (!d.file[0])
            snprintf(d.file, sizeof d.file, "%s", labels_path);
        ct_frame_destroy(f);
        return cli_fail(ls, &d);
    }
    ct_queue_labels q;
    /* a labels file without views: recall and waits stand, the views-based
     * figures are undefined (docs/queue-eval.md) */
    size_t vj;
    const int views = views_given || ct_frame_find(f, viewcol, &vj, NULL) == CT_OK;
    if (!views) {
        /* "did you mean 'Video_View_Count'?", as every absent column says */
        char near[CT_DIAG_MSG_MAX];
        ct_frame_near_name(f, viewcol, near, sizeof near);
        cli_note("%s has no '%s' column: the claims' views found and the order by views alone "
                 "are undefined (--views=COL names another)%s%s",
                 labels_path, viewcol, near[0] ? "; " : "", near);
    }
    ct_status s = ct_queue_labels_join(argv[optind], f, idcol, target, positive,
                                       views ? viewcol : NULL, &q, &d);
    /* labelled rows none of which is 'claim': the labels' values named, with
     * a spelling that differs only in case or spaces ('Claim', ' claim') */
    char vals[400] = "", near[160] = "";
    int pos_there = 0; /* the positive is one of the labels' values */
    if (s == CT_OK && q.labelled) {
        size_t npos = 0, j;
        for (size_t i = 0; i < q.n; i++)
            npos += q.positive[i] == 1;
        if (!npos)
            cli_label_values(f, target, positive, vals, sizeof vals, near, sizeof near);
        /* the labels can be compared as spelt: --positive takes the file's value */
        static const char fix[] = "(fix the labels to compare)";
        char *at = strstr(near, fix);
        if (at)
            snprintf(at, sizeof near - (size_t)(at - near),
                     "(fix the labels, or give --positive=VALUE as the file spells it)");
        /* two values or more, none the positive one nor a near spelling: the
         * export spells its classes otherwise ('yes' / 'no', '1' / '0') */
        if (!npos && vals[0] && !near[0] && ct_frame_find(f, target, &j, NULL) == CT_OK &&
            ct_column_nlevels(ct_frame_col(f, j)) >= 2) {
            /* the value is there, but none of its rows labels a queue row:
             * repeats of an id labelled otherwise first, or ids the queue
             * does not hold */
            const ct_column *lc = ct_frame_col(f, j);
            for (size_t k = 0; k < ct_column_nlevels(lc); k++)
                pos_there |= strcmp(ct_column_level(lc, k), positive) == 0;
            snprintf(near, sizeof near, "%s",
                     pos_there
                         ? "; its rows labelled so are repeats of ids labelled otherwise first, "
                           "or ids the queue does not hold"
                         : "; name the value that means a claim with --positive=VALUE (as "
                           "train's)");
        }
    }
    /* a third label value ('unsure', 'Opinion' beside 'opinion'): train and
     * evaluate refuse it; here it changes no figure (such a row is no known
     * claim, as a row without a label), so it is said, not refused */
    if (s == CT_OK && q.labelled) {
        size_t j;
        const ct_column *lc =
            ct_frame_find(f, target, &j, NULL) == CT_OK ? ct_frame_col(f, j) : NULL;
        if (lc && ct_column_type(lc) == CT_TYPE_CATEGORY && ct_column_nlevels(lc) > 2) {
            char all[400] = "", unused[8], alt[320] = "";
            cli_label_values(f, target, positive, all, sizeof all, unused, sizeof unused);
            /* a value spelt as the positive but for case or spaces ('Claim '
             * beside 'claim'): its rows are claims no figure counts, named */
            const int32_t *code = ct_column_codes(lc);
            const size_t lp = strlen(positive);
            for (size_t k = 0; code && !alt[0] && k < ct_column_nlevels(lc); k++) {
                const char *v = ct_column_level(lc, k);
                size_t a = 0, b = strlen(v), rows = 0;
                while (a < b && v[a] == ' ')
                    a++;
                while (b > a && v[b - 1] == ' ')
                    b--;
                if (b - a != lp || strncasecmp(v + a, positive, lp) != 0 || !strcmp(v, positive))
                    continue;
                for (size_t i = 0; i < ct_column_len(lc); i++)
                    rows += code[i] == (int32_t)k;
                char cnt[32];
                ct_numfmt_count(cnt, sizeof cnt, rows);
                snprintf(alt, sizeof alt,
                         "; '%s' differs from '%s' only in letter case or spaces: its %s "
                         "row%s count as no claim (fix the labels)",
                         v, positive, cnt, rows == 1 ? "" : "s");
            }
            cli_note("%s: '%s' holds %zu values, not two (%s): a row of a value other than '%s' "
                     "counts as labelled and not a claim (train and evaluate refuse such "
                     "labels)%s",
                     labels_path, target, ct_column_nlevels(lc), all, positive, alt);
        }
    }
    /* an export that names its columns otherwise: the options that name them */
    if (s == CT_ECOLUMN && !d.hint[0]) {
        size_t j;
        if (ct_frame_find(f, idcol, &j, NULL) != CT_OK && id_given) {
            /* --id was given: the file's columns, not "name their column
             * with --id" (before 2026-12-07:
             * tests/cli/id_named_absent_lists_columns) */
            char cols[CT_DIAG_MSG_MAX / 2];
            cli_file_columns(f, NULL, cols, sizeof cols);
            snprintf(d.hint, sizeof d.hint,
                     "--id names the labels' id column, one of the file's header (check its "
                     "spelling): %s",
                     cols);
        } else if (ct_frame_find(f, idcol, &j, NULL) != CT_OK)
            snprintf(d.hint, sizeof d.hint,
                     "the labels' ids: name their column with --id=COL (the model's id column, "
                     "train's --id)");
        else if (ct_frame_find(f, target, &j, NULL) != CT_OK &&
                 !cli_label_elsewhere(f, positive, target, 0, d.hint, sizeof d.hint))
            snprintf(d.hint, sizeof d.hint,
                     "the labels: name their column and its claim value with --target=COL "
                     "--positive=VALUE (as train's)");
        else if (views_given && ct_frame_find(f, viewcol, &j, NULL) != CT_OK)
            snprintf(d.hint, sizeof d.hint,
                     "the labels' view counts: name their column with --views=COL, or leave "
                     "--views out (a file without 'video_view_count' is evaluated, its views "
                     "figures undefined)");
    }
    if (s == CT_EDATA && !d.hint[0] && !positive_given)
        snprintf(d.hint, sizeof d.hint,
                 "name the value that means a claim with --positive=VALUE (as train's)");
    if (s != CT_OK && !d.file[0])
        snprintf(d.file, sizeof d.file, "%s", labels_path);
    /* the labels' ids written as ="..." (Excel's text formula) match no
     * queue id: the evidence for the no-match hint (before 2026-12-03 it
     * blamed another reports file; tests/cli/queue_eval_formula_ids) */
    char formula[1024];
    const size_t nformula = f ? ct_frame_explain_formula_ids(f, formula, sizeof formula) : 0;
    /* the labels' id column empty in every row (an export with the ids
     * blanked): the evidence for the no-match hint, which before
     * 2026-12-06 blamed another reports file
     * (tests/cli/queue_eval_empty_ids) */
    int labels_ids_empty = 0;
    size_t idj;
    if (f && ct_frame_nrows(f) && ct_frame_find(f, idcol, &idj, NULL) == CT_OK) {
        uint8_t *miss = malloc(ct_frame_nrows(f));
        if (miss)
            labels_ids_empty = ct_frame_missing_rows(f, &idj, 1, miss) == ct_frame_nrows(f);
        free(miss);
    }
    ct_frame_destroy(f);
    if (s != CT_OK)
        return cli_fail(s, &d);
    /* the queue's ids checked the same way (before 2026-12-03 only the
     * labels' were: tests/cli/queue_eval_formula_ids_queue) */
    char qformula[1024] = "";
    if (q.formula_ids) {
        ct_frame_formula_ids_text(qformula, sizeof qformula, "id", q.formula_ids, q.id_values,
                                  q.formula_line, q.formula_id, q.formula_len);
        cli_note("%s: %s", argv[optind], qformula);
    }
    if (q.labelled == 0) {
        ct_diag_clear(&d);
        if (q.n == 0)
            ct_diag_set(&d, CT_EDATA, argv[optind], 0, 0, "the queue has no rows, only a header");
        else if (q.unlabelled) {
            /* the ids are the labels' but their labels are missing: no
             * other file to give (before 2026-12-08 the hint said the queue
             * came from another reports file than the labels:
             * tests/cli/queue_eval_labels_all_missing) */
            char cnt[32], in[32], out[32];
            ct_numfmt_count(cnt, sizeof cnt, q.n);
            ct_numfmt_count(in, sizeof in, q.unlabelled);
            ct_numfmt_count(out, sizeof out, q.unmatched);
            char rest[96] = "";
            if (q.unmatched)
                snprintf(rest, sizeof rest, "; %s %s not in it", out,
                         q.unmatched == 1 ? "is" : "are");
            ct_diag_set(&d, CT_EDATA, argv[optind], 0, 0,
                        "none of the queue's %s row%s has a label in %s: %s%s %s in it with an "
                        "empty '%s'%s (ids are %s)",
                        cnt, q.n == 1 ? "" : "s", labels_path,
                        q.unlabelled == q.n && q.n > 1 ? "all " : "", in,
                        q.unlabelled == 1 ? "is" : "are", target, rest, idcol);
        } else {
            char cnt[32];
            ct_numfmt_count(cnt, sizeof cnt, q.n);
            ct_diag_set(&d, CT_EDATA, argv[optind], 0, 0,
                        "none of the queue's %s row%s matched a labelled report of %s (ids are "
                        "%s)",
                        cnt, q.n == 1 ? "" : "s", labels_path, idcol);
        }
        if (q.unlabelled)
            snprintf(d.hint, sizeof d.hint,
                     "queue-eval measures the queue by its reports' reviewed labels: give a "
                     "labels file whose '%s' holds them (--target=COL names another column, "
                     "--positive=VALUE its claim value)",
                     target);
        else if (q.scientific_ids)
            snprintf(d.hint, sizeof d.hint, "%s", scientific_hint(&q));
        else if (q.zero_ids)
            snprintf(d.hint, sizeof d.hint, "%s", zeros_hint(&q));
        else if (nformula && q.n)
            snprintf(d.hint, sizeof d.hint, "in the labels, %s", formula);
        else if (q.formula_ids)
            snprintf(d.hint, sizeof d.hint, "in the queue, %s", qformula);
        else if (q.n && q.id_values == 0)
            snprintf(d.hint, sizeof d.hint,
                     "every queue row has an empty id: score found none in its input's id "
                     "column (empty in every row?), and queue-eval matches rows by id; score a "
                     "file whose '%s' holds the ids (score's --id=COL names another column)",
                     idcol);
        else if (labels_ids_empty)
            snprintf(d.hint, sizeof d.hint,
                     "the labels' '%s' is empty in every row: give a reports file holding the "
                     "ids (--id=COL names another column)",
                     idcol);
        else
            snprintf(d.hint, sizeof d.hint, "%s",
                     q.n == 0 ? "score wrote no row: its input was empty or every row was "
                                "rejected (see score's --errors)"
                              : "the queue was scored from another reports file than the labels; "
                                "give the file the queue was scored from");
        cli_print_diag(&d);
        ct_queue_labels_free(&q);
        return CLI_EXIT_DATA;
    }
    if (q.scientific_ids)
        cli_note("%s: %s", argv[optind], scientific_hint(&q));
    if (q.zero_ids)
        cli_note("%s: %s", argv[optind], zeros_hint(&q));
    /* a negative views cell is no count: counted 0, as score's reach counts
     * it, and said (before 2026-12-04 silently:
     * tests/cli/queue_eval_views_negative_said) */
    if (views && q.negative_weights) {
        char n[32];
        cli_fmt_count(n, sizeof n, q.negative_weights);
        cli_note("%s: %s queue row%s ha%s negative views in %s (the first, id '%s', queue line "
                 "%ld): not a count, so counted 0 views in the claims' views and in the order by "
                 "views alone, as score counts it 0 in the reach",
                 argv[optind], n, q.negative_weights == 1 ? "" : "s",
                 q.negative_weights == 1 ? "s" : "ve", labels_path, q.negative_weight_id,
                 q.negative_weight_line);
    }
    ct_queue_eval *e = NULL;
    s = ct_queue_eval_compute(q.positive, views ? q.weight : NULL, q.probability, q.n,
                              capacity ? capacity : (q.n + 1) / 2, rate, &e, &d);
    if (s != CT_OK) {
        ct_queue_labels_free(&q);
        return cli_fail(s, &d);
    }
    /* ranked by probability: that order is the queue's own, ties and all;
     * otherwise tied probabilities stand at random (queue_eval.h) */
    if (q.priority_is_probability)
        ct_queue_eval_probability_as_queue(e);
    /* a capacity beyond the queue counts the whole queue: said, not silent
     * (run's day of 480 reviews on a held-out queue of 60 rows) */
    if (capacity > q.n) {
        char want[32], have[32];
        cli_fmt_count(want, sizeof want, capacity);
        cli_fmt_count(have, sizeof have, q.n);
        cli_note("--capacity %s is more than the queue's %s row%s: the figures at capacity count "
                 "the whole queue",
                 want, have, q.n == 1 ? "" : "s");
    }
    if (e->positives == 0 && near[0])
        cli_note("%s: %s '%s' is '%s' (its values: %s), so no queue row counts as a claim: "
                 "recall is undefined%s%s",
                 labels_path, pos_there ? "no queue row's label in" : "no labelled row of", target,
                 positive, vals, dir ? "; no charts written" : "", near);
    else if (e->positives == 0)
        cli_note("no claim among the labelled rows: recall is undefined%s",
                 dir ? "; no charts written" : "");
    /* the charts' folder made (mkdir -p, as eda's) before the figures are
     * printed: one that cannot be is exit 3 with nothing on standard
     * output, not the figures and then the error */
    if (dir && e->positives && cli_make_dirs(dir) != 0) {
        const int err = errno;
        ct_queue_eval_free(e);
        ct_queue_labels_free(&q);
        return cli_write_failed_errno(dir, err);
    }
    if (dir && e->positives)
        rc = write_charts(e, dir);
    if (dir && rc == CLI_EXIT_OK)
        rc = remove_stale_charts(dir, charts_drawn(e));
    /* the same measurement on the reports with a view count, when some
     * labelled rows have none (views alone places those last) */
    ct_queue_eval *wv = NULL;
    if (rc == CLI_EXIT_OK && e->positives) {
        s = with_views_compute(&q, views, e->capacity, rate, &wv, &d);
        if (s != CT_OK) {
            ct_queue_eval_free(e);
            ct_queue_labels_free(&q);
            return cli_fail(s, &d);
        }
    }
    if (rc == CLI_EXIT_OK && json)
        rc = print_json(e, &q, argv[optind], labels_path, &st, views, wv);
    else if (rc == CLI_EXIT_OK)
        print_text(e, &q, views, wv);
    ct_queue_eval_free(wv);
    ct_queue_eval_free(e);
    ct_queue_labels_free(&q);
    return rc;
}
