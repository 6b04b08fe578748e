/* test_triage.c — the triage layer: the queue's total order (priority,
 * status rank, id by length then bytes, input order), the bounded top-N
 * queue against a full sort (ties included), the merge of shard queues
 * equal to the global queue, priorities, and queue curves against
 * hand-computed values. */
#include "ct_test.h"

#include "triage/score_internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_order(void **state)
{
    (void)state;
    ct_triage_key a = {2.0, 2, "10", 0, 0.5}, b = {1.0, 0, "1", 1, 0.9};
    assert_true(ct_triage_cmp(&a, &b) < 0); /* higher priority first */
    b.priority = 2.0;
    assert_true(ct_triage_cmp(&b, &a) < 0); /* then higher probability */
    b.probability = 0.1;
    assert_true(ct_triage_cmp(&a, &b) < 0);
    b.probability = 0.5;
    assert_true(ct_triage_cmp(&b, &a) < 0); /* then banned (0) before active (2) */
    b.status_rank = 2;
    assert_true(ct_triage_cmp(&b, &a) < 0); /* then id "1" before "10" */
    ct_triage_key c = {2.0, 2, "9", 5, 0.5};
    assert_true(ct_triage_cmp(&c, &a) < 0); /* "9" before "10": numeric order */
    ct_triage_key d = {2.0, 2, "9", 6, 0.5};
    assert_true(ct_triage_cmp(&c, &d) < 0); /* then input order */
    assert_int_equal(ct_triage_cmp(&c, &c), 0);
}

static void test_priority(void **state)
{
    (void)state;
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.5, 99, 0), 0.5 * log(100.0), 1e-15);
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.5, NAN, 9), 0.5 * log(10.0), 1e-15);
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 1, -5, NAN), 0, 0);
    assert_rel(ct_priority_value(CT_PRIORITY_PROB, 0.25, 1e6, 1e3), 0.25, 0);
    /* counts whose sum overflows a double: a finite priority, log(v + s)
     * all the same (a queue with inf in it would not merge) */
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 1, 1e308, 1e308),
               log(1e308) + log(2.0), 1e-15);
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.5, DBL_MAX, 3), 0.5 * log(DBL_MAX),
               1e-15);
    assert_rel(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0, DBL_MAX, DBL_MAX), 0, 0);
    /* monotone in views and shares */
    assert_true(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.3, 10, 1) <
                ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.3, 11, 1));
    assert_true(ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.3, 10, 1) <
                ct_priority_value(CT_PRIORITY_EXPECTED_REACH, 0.3, 10, 2));
    ct_priority_kind k;
    assert_int_equal(ct_priority_parse("prob", &k), CT_OK);
    assert_int_equal(k, CT_PRIORITY_PROB);
    assert_int_equal(ct_priority_parse("views", &k), CT_EINVAL);
}

static int key_cmp(const void *a, const void *b) { return ct_triage_cmp(a, b); }

/* Random keys with many ties; every capacity's queue is the sorted prefix. */
static void test_topn_vs_sort(void **state)
{
    (void)state;
    enum { N = 400 };
    static char ids[N][8];
    ct_triage_key keys[N];
    ct_rng *r = NULL;
    assert_int_equal(ct_rng_create(7, 0, &r), CT_OK);
    for (size_t i = 0; i < N; i++) {
        snprintf(ids[i], sizeof ids[i], "%u", (unsigned)ct_rng_uniform_int(r, 50));
        keys[i].priority = (double)ct_rng_uniform_int(r, 5) / 4;
        keys[i].status_rank = (int)ct_rng_uniform_int(r, 4);
        keys[i].id = ids[i];
        keys[i].seq = i;
        keys[i].probability = (double)(i % 3) / 2; /* ties of priority broken by it */
    }
    ct_rng_destroy(r);
    ct_triage_key sorted[N];
    memcpy(sorted, keys, sizeof keys);
    qsort(sorted, N, sizeof *sorted, key_cmp);
    static const size_t caps[] = {0, 1, 7, 100, N, N + 5};
    for (size_t c = 0; c < sizeof caps / sizeof caps[0]; c++) {
        ct_topn *q = NULL;
        assert_int_equal(ct_topn_create(caps[c], free, &q), CT_OK);
        for (size_t i = 0; i < N; i++) {
            size_t *payload = malloc(sizeof *payload);
            *payload = i;
            int was_kept = 0;
            assert_int_equal(ct_topn_push(q, &keys[i], payload, &was_kept), CT_OK);
            if (!was_kept)
                free(payload);
        }
        ct_topn_finish(q);
        const size_t want = caps[c] == 0 || caps[c] > N ? N : caps[c];
        assert_int_equal(ct_topn_size(q), want);
        for (size_t i = 0; i < want; i++) {
            assert_int_equal(ct_topn_key(q, i)->seq, sorted[i].seq);
            assert_int_equal(*(size_t *)ct_topn_payload(q, i), sorted[i].seq);
        }
        ct_topn_destroy(q);
    }
}

static const char *const order[] = {"banned", "under review", "active"};

static char *slurp(FILE *fp)
{
    fflush(fp);
    long n = ftell(fp);
    char *b = calloc((size_t)n + 1, 1);
    rewind(fp);
    assert_int_equal(fread(b, 1, (size_t)n, fp), (size_t)n);
    return b;
}

static const char *tmp(const char *s) { return ct_test_tmpfile(s, strlen(s)); }

#define QH "rank,id,priority,probability,predicted,status,flags,reasons\n"

/* Two shard queues, one cut by capacity: the merge is the global order,
 * ties broken by status then id, ranks renumbered, fields kept. */
static void test_merge(void **state)
{
    (void)state;
    char p1[256], p2[256];
    snprintf(p1, sizeof p1, "%s",
             tmp(QH "1,30,5,0.9,1,active,,\"a; b\"\n"
                    "2,7,2,0.5,1,active,missing_text,\n"
                    "3,8,1,0.1,0,,,c\n"));
    snprintf(p2, sizeof p2, "%s",
             tmp(QH "1,4,5,0.9,1,banned,,\"say \"\"x\"\"\"\n"
                    "2,9,2,0.5,1,active,,\n"));
    const char *paths[] = {p1, p2};
    FILE *out = tmpfile();
    ct_queue_merge_summary sum;
    ct_diag d;
    assert_int_equal(ct_queue_merge(paths, 2, 0, order, 3, out, &sum, &d), CT_OK);
    char *got = slurp(out);
    assert_string_equal(got, QH "1,4,5,0.9,1,banned,,\"say \"\"x\"\"\"\n"
                                "2,30,5,0.9,1,active,,a; b\n"
                                "3,7,2,0.5,1,active,missing_text,\n"
                                "4,9,2,0.5,1,active,,\n"
                                "5,8,1,0.1,0,,,c\n");
    assert_int_equal(sum.rows_in, 5);
    assert_int_equal(sum.rows_out, 5);
    assert_string_equal(sum.priority, "reach");
    assert_int_equal(sum.duplicate_ids_within, 0);
    free(got);
    fclose(out);
    out = tmpfile();
    assert_int_equal(ct_queue_merge(paths, 2, 2, order, 3, out, &sum, &d), CT_OK);
    got = slurp(out);
    assert_string_equal(got,
                        QH "1,4,5,0.9,1,banned,,\"say \"\"x\"\"\"\n2,30,5,0.9,1,active,,a; b\n");
    free(got);
    fclose(out);
    /* not a queue */
    const char *bad[] = {tmp("a,b\n1,2\n")};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(bad, 1, 0, order, 3, out, &sum, &d), CT_EFORMAT);
    fclose(out);
    /* the same file twice: an id in two files, refused before any output */
    const char *twice[] = {p1, p1};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(twice, 2, 0, order, 3, out, &sum, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "'30'"));
    assert_non_null(strstr(d.message, "the same file is given twice"));
    assert_int_equal(ftell(out), 0);
    fclose(out);
    /* a prob queue (priority = probability) with a reach one: refused */
    char pq[256], dup[256], js[256];
    snprintf(pq, sizeof pq, "%s", tmp(QH "1,40,0.7,0.7,1,active,,\n2,41,0.2,0.2,0,active,,\n"));
    const char *mixed[] = {p1, pq};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(mixed, 2, 0, order, 3, out, &sum, &d), CT_EDATA);
    assert_non_null(strstr(d.message, "--priority prob"));
    assert_non_null(strstr(d.message, "--priority reach"));
    fclose(out);
    /* an id twice inside one file: kept, counted */
    snprintf(dup, sizeof dup, "%s", tmp(QH "1,40,0.7,0.7,1,active,,\n2,40,0.7,0.7,1,active,,\n"));
    const char *dupp[] = {dup};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(dupp, 1, 0, order, 3, out, &sum, &d), CT_OK);
    assert_string_equal(sum.priority, "prob");
    assert_int_equal(sum.duplicate_ids_within, 1);
    assert_int_equal(sum.duplicate_rows_within, 1);
    assert_string_equal(sum.duplicate_id, "40");
    assert_int_equal(sum.duplicate_line, 2);
    assert_int_equal(sum.duplicate_other_line, 3);
    fclose(out);
    /* three rows of one id: one id that repeats, two rows after its first
     * (before 2026-12-04 "2 ids") */
    char dup3[256];
    snprintf(dup3, sizeof dup3, "%s",
             tmp(QH "1,40,0.7,0.7,1,active,,\n2,40,0.7,0.7,1,active,,\n"
                    "3,41,0.6,0.6,1,active,,\n4,40,0.5,0.5,1,active,,\n"));
    const char *dupp3[] = {dup3};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(dupp3, 1, 0, order, 3, out, &sum, &d), CT_OK);
    assert_int_equal(sum.duplicate_ids_within, 1);
    assert_int_equal(sum.duplicate_rows_within, 2);
    fclose(out);
    unlink(dup3);
    /* a JSONL queue is named as such */
    snprintf(js, sizeof js, "%s", tmp("{\"rank\":1,\"id\":\"7\"}\n"));
    const char *jsp[] = {js};
    out = tmpfile();
    assert_int_equal(ct_queue_merge(jsp, 1, 0, order, 3, out, &sum, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "JSONL"));
    fclose(out);
    unlink(pq);
    unlink(dup);
    unlink(js);
    unlink(p1);
    unlink(p2);
    unlink(bad[0]);
}

/* Queue of 6: positives at positions 1, 2, 5 with views 10, 30, 60;
 * capacity 3. By hand: recall(3) = 2/3, weighted 40/100; random 3/6;
 * views alone sorts (60, 50, 30, 10, 5, 0) = positions 5, 4(neg), 2, 1...
 * mean time: queue (1 + 2 + 5)/3 / R. */
/* The ids' decimal digits by hand against snprintf's "%lld". */
static void test_id_text(void **state)
{
    (void)state;
    const int64_t xs[] = {0,
                          1,
                          -1,
                          9,
                          10,
                          -10,
                          9968195466,
                          -7882307566,
                          INT64_MAX,
                          INT64_MIN,
                          INT64_MIN + 1,
                          999999999999999999};
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        char got[32], want[32];
        triage_i64_text(xs[i], got);
        snprintf(want, sizeof want, "%lld", (long long)xs[i]);
        assert_string_equal(got, want);
    }
    uint64_t r = 1;
    for (int k = 0; k < 10000; k++) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        const int64_t x = (int64_t)(r >> (r & 63));
        char got[32], want[32];
        triage_i64_text(x, got);
        snprintf(want, sizeof want, "%lld", (long long)x);
        assert_string_equal(got, want);
    }
}

/* score_top_reasons skips eight non-positive contributions at a time: the
 * same columns, in the same order, as the plain loop (every column, ties
 * to the lower one), on random rows of 0..100 columns (mostly zeros, some
 * negative, NaN, ties, positives at block edges), K = 1..5. */
static size_t plain_top(const double *phi, size_t p, size_t K, size_t *top)
{
    size_t nt = 0;
    uint8_t used[128] = {0};
    while (nt < K) {
        size_t best = p;
        for (size_t j = 0; j < p; j++)
            if (!used[j] && phi[j] > 0 && (best == p || phi[j] > phi[best]))
                best = j;
        if (best == p)
            break;
        used[best] = 1;
        top[nt++] = best;
    }
    return nt;
}

static void test_top_reasons(void **state)
{
    (void)state;
    uint64_t r = 99;
    for (int round = 0; round < 20000; round++) {
        double phi[128];
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        const size_t p = (size_t)(r >> 33) % 101, K = 1 + (size_t)(r >> 20) % 5;
        for (size_t j = 0; j < p; j++) {
            r = r * 6364136223846793005ull + 1442695040888963407ull;
            const unsigned u = (unsigned)(r >> 40) % 100;
            phi[j] = u < 80   ? 0.0
                     : u < 85 ? -0.5
                     : u < 87 ? NAN
                     : u < 92 ? 0.25
                              : (double)(u % 7) / 3;
        }
        size_t a[8], b[8];
        const size_t na = score_top_reasons(phi, p, K, a), nb = plain_top(phi, p, K, b);
        assert_int_equal(na, nb);
        for (size_t t = 0; t < na; t++)
            assert_int_equal(a[t], b[t]);
    }
}

static void test_curves(void **state)
{
    (void)state;
    const uint8_t pos[] = {1, 1, 0, 0, 1, 0};
    const double w[] = {10, 30, 5, 50, 60, NAN};
    /* by probability: rows 4 (0.9) 0 (0.8) 3 (0.5) 5 (0.5: a tie, queue
     * order) 1 (0.3) 2 (0.1) */
    const double p[] = {0.8, 0.3, 0.1, 0.5, 0.9, 0.5};
    ct_queue_eval *e = NULL;
    ct_diag d;
    assert_int_equal(ct_queue_eval_compute(pos, w, p, 6, 3, 2.0, &e, &d), CT_OK);
    assert_int_equal(e->positives, 3);
    assert_rel(e->positive_weight, 100, 0);
    assert_rel(e->recall[CT_QORDER_QUEUE], 2.0 / 3, 1e-15);
    assert_rel(e->weighted_recall[CT_QORDER_QUEUE], 0.4, 1e-15);
    assert_rel(e->recall[CT_QORDER_RANDOM], 0.5, 0);
    assert_rel(e->weighted_recall[CT_QORDER_RANDOM], 0.5, 0);
    /* by views: 60(pos) 50(neg) 30(pos) | 10(pos) 5 NaN->0 */
    assert_rel(e->recall[CT_QORDER_WEIGHT], 2.0 / 3, 1e-15);
    assert_rel(e->weighted_recall[CT_QORDER_WEIGHT], 0.9, 1e-15);
    assert_rel(e->mean_hours_to_review[CT_QORDER_QUEUE], (1 + 2 + 5) / 3.0 / 2, 1e-15);
    assert_rel(e->mean_hours_to_review[CT_QORDER_WEIGHT], (1 + 3 + 4) / 3.0 / 2, 1e-15);
    assert_rel(e->mean_hours_to_review[CT_QORDER_RANDOM], 7.0 / 4, 1e-15);
    assert_rel(e->recall_ideal, 1, 0);
    assert_rel(e->weighted_recall_ideal, 1, 0);
    assert_rel(e->recall_curve[CT_QORDER_QUEUE][0], 0, 0);
    assert_rel(e->recall_curve[CT_QORDER_QUEUE][1], 1.0 / 3, 1e-15);
    assert_rel(e->weighted_curve[CT_QORDER_QUEUE][6], 1, 1e-15);
    /* by probability: + + - | - + - (positions 1, 2, 5) */
    assert_rel(e->recall[CT_QORDER_PROBABILITY], 2.0 / 3, 1e-15);
    assert_rel(e->weighted_recall[CT_QORDER_PROBABILITY], 0.7, 1e-15);
    assert_rel(e->mean_hours_to_review[CT_QORDER_PROBABILITY], (1 + 2 + 5) / 3.0 / 2, 1e-15);
    assert_rel(e->recall_curve[CT_QORDER_PROBABILITY][5], 1, 1e-15);
    assert_rel(e->weighted_curve[CT_QORDER_PROBABILITY][1], 0.6, 1e-15);
    assert_false(e->probability_is_queue);
    ct_queue_eval_free(e);
    /* probabilities in queue order with ties: not the queue's own order
     * (ties stand at random) unless the queue was ranked by them */
    const double pq[] = {0.9, 0.8, 0.8, 0.5, 0.2, 0.2};
    assert_int_equal(ct_queue_eval_compute(pos, w, pq, 6, 3, 2.0, &e, &d), CT_OK);
    assert_true(e->probability_in_queue_order);
    assert_false(e->probability_is_queue);
    ct_queue_eval_probability_as_queue(e);
    assert_true(e->probability_is_queue);
    assert_rel(e->recall[CT_QORDER_PROBABILITY], e->recall[CT_QORDER_QUEUE], 0);
    assert_rel(e->mean_hours_to_review[CT_QORDER_PROBABILITY],
               e->mean_hours_to_review[CT_QORDER_QUEUE], 0);
    ct_queue_eval_free(e);
    /* no positives: undefined, not 0 */
    const uint8_t none[] = {0, 0};
    assert_int_equal(ct_queue_eval_compute(none, w, NULL, 2, 0, 1.0, &e, &d), CT_OK);
    assert_true(isnan(e->recall[CT_QORDER_QUEUE]) && isnan(e->mean_hours_to_review[0]));
    ct_queue_eval_free(e);
    assert_int_equal(ct_queue_eval_compute(pos, w, NULL, 6, 3, 0.0, &e, &d), CT_EINVAL);
    assert_int_equal(ct_queue_eval_compute(pos, w, NULL, 0, 3, 1.0, &e, &d), CT_EINVAL);
    /* no weight known (labels without views): the queue's and random order's
     * recalls and waits as with weights, the weighted figures and the order
     * by weight undefined, never 0 */
    assert_int_equal(ct_queue_eval_compute(pos, NULL, NULL, 6, 3, 2.0, &e, &d), CT_OK);
    assert_rel(e->recall[CT_QORDER_QUEUE], 2.0 / 3, 1e-15);
    assert_rel(e->recall[CT_QORDER_RANDOM], 0.5, 0);
    assert_rel(e->mean_hours_to_review[CT_QORDER_QUEUE], (1 + 2 + 5) / 3.0 / 2, 1e-15);
    assert_rel(e->mean_hours_to_review[CT_QORDER_RANDOM], 7.0 / 4, 1e-15);
    assert_rel(e->recall_ideal, 1, 0);
    assert_true(isnan(e->recall[CT_QORDER_WEIGHT]) && isnan(e->weighted_recall[CT_QORDER_WEIGHT]));
    assert_true(isnan(e->mean_hours_to_review[CT_QORDER_WEIGHT]));
    /* no probability given: that order undefined */
    assert_true(isnan(e->recall[CT_QORDER_PROBABILITY]) && !e->probability_is_queue);
    assert_true(isnan(e->weighted_recall[CT_QORDER_QUEUE]) && isnan(e->weighted_recall_ideal));
    for (size_t k = 0; k <= 6; k++)
        assert_true(isnan(e->recall_curve[CT_QORDER_WEIGHT][k]));
    ct_queue_eval_free(e);
}

/* Views alone with rows of unknown label and views: the expected curve and
 * mean equal the average over every placement of those rows (each set of
 * positions for the placed rows equally likely), enumerated here. */
static void test_curves_partial(void **state)
{
    (void)state;
    enum { N = 7 };
    const uint8_t pos[N] = {1, 2, 0, 1, 2, 1, 2};         /* 2: unknown */
    const double w[N] = {10, NAN, 50, 30, NAN, 60, 1000}; /* the last: views known */
    ct_queue_eval *e = NULL;
    ct_diag d;
    assert_int_equal(ct_queue_eval_compute(pos, w, NULL, N, 3, 1.0, &e, &d), CT_OK);
    assert_int_equal(e->placed, 5);
    /* placed rows by weight: 6 (1000, unknown) 5 (60, +) 2 (50) 3 (30, +) 0 (10, +) */
    const int byw[5] = {6, 5, 2, 3, 0};
    double rc[N + 1] = {0}, wc[N + 1] = {0}, mean = 0, cases = 0;
    for (unsigned mask = 0; mask < (1u << N); mask++) {
        if (__builtin_popcount(mask) != 5)
            continue;
        int seq[N], j = 0, u = 0;
        const int unk[2] = {1, 4};
        for (int p = 0; p < N; p++)
            seq[p] = mask >> p & 1 ? byw[j++] : unk[u++];
        double h = 0, wh = 0, ps = 0;
        for (int k = 0; k < N; k++) {
            if (pos[seq[k]] == 1) {
                h += 1;
                wh += w[seq[k]];
                ps += k + 1;
            }
            rc[k + 1] += h / 3;
            wc[k + 1] += wh / 100;
        }
        mean += ps / 3;
        cases++;
    }
    for (int k = 0; k <= N; k++) {
        assert_rel(e->recall_curve[CT_QORDER_WEIGHT][k], rc[k] / cases, 1e-12);
        assert_rel(e->weighted_curve[CT_QORDER_WEIGHT][k], wc[k] / cases, 1e-12);
    }
    assert_rel(e->mean_hours_to_review[CT_QORDER_WEIGHT], mean / cases, 1e-12);
    ct_queue_eval_free(e);
}

/* Rows whose weight ties stand in random order among themselves, never
 * the queue's (before 2026-12-05 ties kept queue order, so with every view
 * 0 views alone was the queue): the figures are averaged here over every
 * order of each tied group and every place of the unplaced row (row 3: no
 * label, no weight). A constant weight gives random order's figures. */
static void test_curves_ties(void **state)
{
    (void)state;
    enum { N = 6 };
    const uint8_t pos[N] = {1, 0, 1, 2, 0, 1};
    /* row 5: a claim without views, weight 0, placed after row 4's 0 views
     * (pandas' NaN last; before 2026-12-06 the two tied at random) */
    const double w[N] = {5, 5, 5, NAN, 0, NAN};
    ct_queue_eval *e = NULL;
    ct_diag d;
    assert_int_equal(ct_queue_eval_compute(pos, w, NULL, N, 3, 1.0, &e, &d), CT_OK);
    assert_int_equal(e->placed, 5);
    assert_int_equal(e->weight_groups, 3);
    static const int a[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    static const int b[1][2] = {{4, 5}};
    double rc[N + 1] = {0}, wc[N + 1] = {0}, mean = 0, cases = 0;
    for (int ia = 0; ia < 6; ia++)
        for (int ib = 0; ib < 1; ib++)
            for (int at = 0; at < N; at++) { /* the unplaced row's place */
                const int byw[5] = {a[ia][0], a[ia][1], a[ia][2], b[ib][0], b[ib][1]};
                int seq[N], j = 0;
                for (int p = 0; p < N; p++)
                    seq[p] = p == at ? 3 : byw[j++];
                double h = 0, wh = 0, ps = 0;
                for (int k = 0; k < N; k++) {
                    if (pos[seq[k]] == 1) {
                        h += 1;
                        wh += isnan(w[seq[k]]) ? 0 : w[seq[k]];
                        ps += k + 1;
                    }
                    rc[k + 1] += h / 3;
                    wc[k + 1] += wh / 10;
                }
                mean += ps / 3;
                cases++;
            }
    for (int k = 0; k <= N; k++) {
        assert_rel(e->recall_curve[CT_QORDER_WEIGHT][k], rc[k] / cases, 1e-12);
        assert_rel(e->weighted_curve[CT_QORDER_WEIGHT][k], wc[k] / cases, 1e-12);
    }
    assert_rel(e->mean_hours_to_review[CT_QORDER_WEIGHT], mean / cases, 1e-12);
    ct_queue_eval_free(e);
    /* one weight for every row: random order, whatever the queue */
    const uint8_t p2[N] = {1, 1, 1, 0, 0, 0};
    const double w2[N] = {0, 0, 0, 0, 0, 0};
    assert_int_equal(ct_queue_eval_compute(p2, w2, NULL, N, 3, 1.0, &e, &d), CT_OK);
    assert_int_equal(e->weight_groups, 1);
    for (int k = 0; k <= N; k++)
        assert_rel(e->recall_curve[CT_QORDER_WEIGHT][k], e->recall_curve[CT_QORDER_RANDOM][k],
                   1e-12);
    assert_rel(e->mean_hours_to_review[CT_QORDER_WEIGHT], e->mean_hours_to_review[CT_QORDER_RANDOM],
               1e-12);
    ct_queue_eval_free(e);
}

/* ct_queue_baseline_curve asked for one K alone (report's review day)
 * gives the bits queue-eval's curve gives at K, by weight with unplaced
 * rows (expected values) and by probability (exact); and the result's
 * groups are the tied groups in order. Before 2026-12-05 report read the
 * baselines off the curve's 101 points
 * (tests/cli/report_day_baselines_exact). */
static void test_baseline_one_k(void **state)
{
    (void)state;
    enum { N = 9 };
    const uint8_t pos[N] = {1, 2, 0, 1, 2, 1, 0, 1, 0};
    const double w[N] = {10, NAN, 50, 10, NAN, 60, 10, 0, 5};
    const double p[N] = {0.9, 0.2, 0.9, 0.5, 0.5, 0.5, 0.1, 0.1, 0.3};
    ct_queue_eval *e = NULL;
    ct_diag d;
    assert_int_equal(ct_queue_eval_compute(pos, w, p, N, 4, 1.0, &e, &d), CT_OK);
    assert_int_equal(e->placed, 7);
    /* by weight, placed rows: 60 | 50 | 10 x3 (rows 0, 3, 6) | 5 | 0 */
    assert_int_equal(e->weight_groups, 5);
    const size_t wr[5] = {1, 1, 3, 1, 1}, wp[5] = {1, 0, 2, 0, 1};
    for (int g = 0; g < 5; g++) {
        assert_int_equal(e->weight_ties[g].rows, wr[g]);
        assert_int_equal(e->weight_ties[g].positives, wp[g]);
    }
    assert_int_equal(e->probability_groups, 5);
    size_t claims = 0;
    for (size_t g = 0; g < e->probability_groups; g++)
        claims += e->probability_ties[g].positives;
    assert_int_equal(claims, e->positives);
    for (size_t K = 0; K <= N; K++) {
        double r = -1, wr1 = -1, rp = -1;
        assert_int_equal(ct_queue_baseline_curve(e->weight_ties, e->weight_groups, N,
                                                 e->positive_weight, K, 1, &r, &wr1, NULL),
                         CT_OK);
        assert_memory_equal(&r, &e->recall_curve[CT_QORDER_WEIGHT][K], sizeof r);
        assert_memory_equal(&wr1, &e->weighted_curve[CT_QORDER_WEIGHT][K], sizeof wr1);
        assert_int_equal(ct_queue_baseline_curve(e->probability_ties, e->probability_groups, N, NAN,
                                                 K, 1, &rp, NULL, NULL),
                         CT_OK);
        assert_memory_equal(&rp, &e->recall_curve[CT_QORDER_PROBABILITY][K], sizeof rp);
    }
    double m = 0;
    assert_int_equal(
        ct_queue_baseline_curve(e->weight_ties, e->weight_groups, N, NAN, N, 1, NULL, NULL, &m),
        CT_OK);
    assert_memory_equal(&m, &(double){e->mean_hours_to_review[CT_QORDER_WEIGHT]}, sizeof m);
    /* groups that do not fit n, K beyond n: refused */
    double r = 0;
    assert_int_equal(
        ct_queue_baseline_curve(e->weight_ties, e->weight_groups, 6, NAN, 0, 1, &r, NULL, NULL),
        CT_EINVAL);
    assert_int_equal(
        ct_queue_baseline_curve(e->weight_ties, e->weight_groups, N, NAN, N, 2, &r, NULL, NULL),
        CT_EINVAL);
    const ct_queue_tie_group bad = {1, 2, 0};
    assert_int_equal(ct_queue_baseline_curve(&bad, 1, N, NAN, 0, 1, &r, NULL, NULL), CT_EINVAL);
    ct_queue_eval_free(e);
}

/* A baseline's expected recall and weighted recall are fractions, never
 * above 1: with unplaced rows the expectation is a ratio of sums that
 * rounds above its exact value, P / P, once every claim is placed before
 * K. n = 6, one unplaced row, three claims first: at K = 4 it read
 * 1.0000000000000002 before 2026-12-06 (queue_eval.json's views curve on
 * synth --rows 2000 --seed 7 read 1.0000000000000007;
 * tests/cli/files_json_keys_synth's emitted.py found it). */
static void test_baseline_recall_at_most_one(void **state)
{
    (void)state;
    const ct_queue_tie_group g[5] = {{1, 1, 10}, {1, 1, 10}, {1, 1, 10}, {1, 0, 0}, {1, 0, 0}};
    for (size_t K = 0; K <= 6; K++) {
        double r = -1, w = -1;
        assert_int_equal(ct_queue_baseline_curve(g, 5, 6, 30, K, 1, &r, &w, NULL), CT_OK);
        assert_true(r >= 0 && r <= 1);
        assert_true(w >= 0 && w <= 1);
    }
    double r = 0;
    assert_int_equal(ct_queue_baseline_curve(g, 5, 6, 30, 6, 1, &r, NULL, NULL), CT_OK);
    assert_true(r == 1);
}

/* The library's default reasons (no reason_fn) are true of the row: a
 * tree's positive contribution from a term the row lacks reads "no
 * text:TERM", never "text:TERM". */
static void test_default_reasons(void **state)
{
    (void)state;
    const char *csv = "id,views,text,y\n1,10,hello world,1\n2,20,foo bar,0\n3,30,hello foo,1\n"
                      "4,40,bar baz,0\n5,5,world hello,1\n6,60,baz bar,0\n7,7,hello,1\n"
                      "8,80,bar,0\n";
    const char *path = tmp(csv);
    ct_diag d;
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load_mem(csv, strlen(csv), NULL, NULL, &f, NULL, &d), CT_OK);
    ct_pipeline_spec sp = ct_pipeline_spec_default();
    const char *num[] = {"views"};
    sp.numeric = num;
    sp.nnumeric = 1;
    sp.text = "text";
    sp.text_ngrams = 1;
    ct_pipeline *pl = NULL;
    assert_int_equal(ct_pipeline_fit(f, NULL, 0, &sp, &pl, &d), CT_OK);
    ct_csr *X = NULL;
    assert_int_equal(ct_pipeline_transform(pl, f, NULL, 0, &X, NULL, &d), CT_OK);
    const double y[8] = {1, 0, 1, 0, 1, 0, 1, 0};
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 5;
    gp.min_child_weight = 0;
    void *est = NULL;
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y, NULL, NULL, NULL, &est, &d), CT_OK);
    ct_model *m = ct_model_create();
    m->target = ct_strdup("y");
    m->positive = ct_strdup("1");
    m->id = ct_strdup("id");
    m->pipeline = pl;
    m->type = ct_gbdt_type();
    m->estimator = est;
    ct_score_options so = ct_score_options_default();
    so.id_column = "id";
    so.views_column = "views";
    so.reasons = 16;
    FILE *out = tmpfile(), *err = tmpfile();
    assert_int_equal(ct_score_stream(m, path, &so, out, err, NULL, &d), CT_OK);
    char *q = slurp(out);
    /* every "text:TERM" reason without "no " is a term of its row's text */
    size_t named = 0, absent = 0;
    for (char *line = strchr(q, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
        char id[8] = "";
        sscanf(line + 1, "%*[^,],%7[^,]", id);
        const int row = atoi(id);
        assert_true(row >= 1 && row <= 8);
        const char *text = strstr(csv, id) + strlen(id) + 1;
        text = strchr(text, ',') + 1;
        for (const char *r = strstr(line, "text:"); r && r < strchr(line + 1, '\n');
             r = strstr(r + 5, "text:")) {
            char term[16] = "";
            sscanf(r + 5, "%15[a-z]", term);
            const int no = r >= line + 3 && strncmp(r - 3, "no ", 3) == 0;
            const char *end = strchr(text, ',');
            int has = 0;
            for (const char *t = strstr(text, term); t && t < end; t = strstr(t + 1, term))
                has = 1;
            assert_int_equal(has, !no);
            named += !no;
            absent += no;
        }
        assert_null(strstr(line, "nan"));
    }
    assert_true(named + absent > 0);
    /* the trees split on "bar" alone; the model column is empty: a model
     * built in memory has no file checksum */
    assert_non_null(strstr(q, ",no text:bar,\n"));
    free(q);
    fclose(out);
    fclose(err);
    ct_model_free(m);
    ct_csr_free(X);
    ct_frame_destroy(f);
    unlink(path);
}

/* score's drift verdict on the mean probability weighs validation's
 * evidence (ct_score_summary): a validation set under
 * CT_DRIFT_MIN_VALIDATION_ROWS rows, or under CT_DRIFT_MIN_VALIDATION_CLASS
 * of a class, calls no drift however far the means are apart; a large
 * one calls it; a model without the counts (older files) is judged on
 * the threshold alone, the counts -1. */
static void test_drift_evidence(void **state)
{
    (void)state;
    const char *csv = "id,views,y\n1,10,1\n2,20,0\n3,30,1\n4,40,0\n5,5,1\n6,60,0\n7,7,1\n8,80,0\n";
    const char *path = tmp(csv);
    ct_diag d;
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load_mem(csv, strlen(csv), NULL, NULL, &f, NULL, &d), CT_OK);
    ct_pipeline_spec sp = ct_pipeline_spec_default();
    const char *num[] = {"views"};
    sp.numeric = num;
    sp.nnumeric = 1;
    sp.text = NULL;
    ct_pipeline *pl = NULL;
    assert_int_equal(ct_pipeline_fit(f, NULL, 0, &sp, &pl, &d), CT_OK);
    ct_csr *X = NULL;
    assert_int_equal(ct_pipeline_transform(pl, f, NULL, 0, &X, NULL, &d), CT_OK);
    const double y[8] = {1, 0, 1, 0, 1, 0, 1, 0};
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 5;
    gp.min_child_weight = 0;
    void *est = NULL;
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y, NULL, NULL, NULL, &est, &d), CT_OK);
    ct_model *m = ct_model_create();
    m->target = ct_strdup("y");
    m->positive = ct_strdup("1");
    m->id = ct_strdup("id");
    m->pipeline = pl;
    m->type = ct_gbdt_type();
    m->estimator = est;
    /* validation's mean far below the scored rows' (about 0.5) */
    m->metrics = ct_calloc(4, sizeof *m->metrics);
    const char *names[4] = {"mean_probability", "rows", "positives", "probability_sd"};
    for (int k = 0; k < 4; k++) {
        snprintf(m->metrics[k].split, sizeof m->metrics[k].split, "validation");
        snprintf(m->metrics[k].name, sizeof m->metrics[k].name, "%s", names[k]);
    }
    m->metrics[0].value = 0.05;
    m->metrics[3].value = 0.1;
    ct_score_options so = ct_score_options_default();
    so.id_column = "id";
    so.views_column = "views";
    const struct {
        size_t nmetrics;
        double rows, positives;
        int64_t want_rows;
        int too_small, drift;
        const char *verdict;
    } cases[] = {
        {4, 16, 2, 16, 1, 0, "no drift called: the mean probability is off validation's by"},
        {4, 1000, 9, 1000, 1, 0, "no drift called:"},   /* 9 positives: too few */
        {4, 1000, 995, 1000, 1, 0, "no drift called:"}, /* 5 negatives: too few */
        {4, 1000, 100, 1000, 0, 1, "drift: the mean probability is off"},
        {1, 0, 0, -1, 0, 1, "drift: the mean probability is off"}, /* an older file */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        m->nmetrics = cases[k].nmetrics;
        m->metrics[1].value = cases[k].rows;
        m->metrics[2].value = cases[k].positives;
        FILE *out = tmpfile(), *err = tmpfile();
        ct_score_summary sum;
        assert_int_equal(ct_score_stream(m, path, &so, out, err, &sum, &d), CT_OK);
        assert_true(sum.mean_probability - 0.05 > so.drift_mean);
        assert_int_equal(sum.validation_rows, cases[k].want_rows);
        assert_int_equal(sum.validation_too_small, cases[k].too_small);
        assert_int_equal(sum.drift, cases[k].drift);
        assert_int_equal(sum.mean_within_noise, 0);
        assert_true(strncmp(sum.verdict, cases[k].verdict, strlen(cases[k].verdict)) == 0);
        if (cases[k].want_rows < 0) {
            assert_true(isnan(sum.mean_standard_error));
            assert_non_null(strstr(sum.verdict, "records no validation row count"));
        } else {
            assert_true(sum.mean_standard_error > 0 && sum.mean_standard_error < 0.2);
        }
        if (k == 0)
            assert_non_null(strstr(sum.verdict, "rests on 16 rows, 2 of them '1'"));
        fclose(out);
        fclose(err);
    }
    ct_model_free(m);
    ct_csr_free(X);
    ct_frame_destroy(f);
    unlink(path);
}

/* score's repeated-id check: the set finds each id again with its first
 * line, across growth of its table, and an allocation failure leaves it
 * as it was (-1, then usable). */
static void test_idset(void **state)
{
    (void)state;
    triage_idset s = {0};
    char id[32];
    long first = 0;
    int again = 0;
    for (long k = 0; k < 5000; k++) {
        snprintf(id, sizeof id, "%ld", 7000000000L + k);
        assert_int_equal(triage_idset_add(&s, id, strlen(id), k + 2, &first, &again), 0);
    }
    assert_int_equal(triage_idset_add(&s, "7000000042", 10, 9000, &first, &again), 1);
    assert_int_equal(first, 44);
    assert_int_equal(again, 1);
    assert_int_equal(triage_idset_add(&s, "7000000042", 10, 9001, &first, &again), 1);
    assert_int_equal(again, 0); /* a third row: not "again" a second time */
    assert_int_equal(triage_idset_add(&s, "700000004", 9, 9002, &first, &again), 0);
    /* out of memory at the next growth: refused, nothing changed */
    long n = (long)s.n;
    int failed = 0;
    for (long k = 0; k < 100000 && !failed; k++) {
        snprintf(id, sizeof id, "x%ld", k);
        ct_alloc_fail_after(0);
        int r = triage_idset_add(&s, id, strlen(id), 1, &first, &again);
        ct_alloc_fail_after(-1);
        if (r < 0)
            failed = 1;
        else
            n++;
    }
    assert_true(failed);
    assert_int_equal((long)s.n, n);
    assert_int_equal(triage_idset_add(&s, "7000000042", 10, 1, &first, &again), 1);
    assert_int_equal(first, 44);
    triage_idset_free(&s);
}

/* score's stream sums what the loader notes of a whole file over its
 * batches: ="..." ids counted in every batch (of 2 rows here) as
 * ct_frame_explain_formula_ids counts them in the whole file, with the
 * first's line; repeated byte-order marks and a repeated header name
 * (tests/cli/score_file_notes_as_loader). */
static void test_stream_file_notes(void **state)
{
    (void)state;
    const char *fit = "id,views,y\n1,10,1\n2,20,0\n3,30,1\n4,40,0\n5,5,1\n6,60,0\n";
    const char *csv = "\xEF\xBB\xBF\xEF\xBB\xBFid,views,views,y\n1,10,1,1\n=\"2\",20,2,0\n"
                      "3,30,3,1\n4,40,4,0\n=\"5\",5,5,1\n,60,6,0\n7,70,7,1\n=\"8\",80,8,0\n";
    const char *path = tmp(csv);
    ct_diag d;
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load_mem(fit, strlen(fit), NULL, NULL, &f, NULL, &d), CT_OK);
    ct_pipeline_spec sp = ct_pipeline_spec_default();
    const char *num[] = {"views"};
    sp.numeric = num;
    sp.nnumeric = 1;
    ct_pipeline *pl = NULL;
    assert_int_equal(ct_pipeline_fit(f, NULL, 0, &sp, &pl, &d), CT_OK);
    ct_csr *X = NULL;
    assert_int_equal(ct_pipeline_transform(pl, f, NULL, 0, &X, NULL, &d), CT_OK);
    const double y[6] = {1, 0, 1, 0, 1, 0};
    ct_gbdt_params gp = ct_gbdt_params_default();
    gp.n_estimators = 2;
    gp.min_child_weight = 0;
    void *est = NULL;
    assert_int_equal(ct_gbdt_type()->fit(&gp, X, y, NULL, NULL, NULL, &est, &d), CT_OK);
    ct_model *m = ct_model_create();
    m->target = ct_strdup("y");
    m->positive = ct_strdup("1");
    m->id = ct_strdup("id");
    m->pipeline = pl;
    m->type = ct_gbdt_type();
    m->estimator = est;
    ct_score_options so = ct_score_options_default();
    so.id_column = "id";
    so.views_column = "views";
    so.batch_rows = 2;
    FILE *out = tmpfile(), *err = tmpfile();
    ct_score_summary sum;
    assert_int_equal(ct_score_stream(m, path, &so, out, err, &sum, &d), CT_OK);
    assert_int_equal(sum.boms, 2);
    assert_non_null(strstr(sum.formula_note, "column 'id' holds ids wrapped"));
    assert_non_null(strstr(sum.formula_note, "(3 of 7 values; line 3: =\"2\")"));
    assert_non_null(strstr(sum.header_note, "column 3 as 'views.1'"));
    fclose(out);
    fclose(err);
    ct_model_free(m);
    ct_csr_free(X);
    ct_frame_destroy(f);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order),           cmocka_unit_test(test_priority),
        cmocka_unit_test(test_topn_vs_sort),    cmocka_unit_test(test_merge),
        cmocka_unit_test(test_curves),          cmocka_unit_test(test_id_text),
        cmocka_unit_test(test_top_reasons),     cmocka_unit_test(test_curves_partial),
        cmocka_unit_test(test_default_reasons), cmocka_unit_test(test_idset),
        cmocka_unit_test(test_drift_evidence),  cmocka_unit_test(test_stream_file_notes),
        cmocka_unit_test(test_curves_ties),     cmocka_unit_test(test_baseline_one_k),
        cmocka_unit_test(test_baseline_recall_at_most_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
