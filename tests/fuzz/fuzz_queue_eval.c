/* fuzz_queue_eval.c — libFuzzer target for the queue reader of
 * `queue-eval` (triage/queue_join.c over triage/queue_read.c,
 * ct_queue_labels_join and ct_queue_check): the queue is outside input (a
 * file score wrote, often opened and re-saved by a spreadsheet), read
 * against a labels frame. fuzz_queue.c reaches the same queue rule through
 * merge; this target reaches the join: ids matched as text and as numbers,
 * leading zeros, formula ids, ranks re-sorted, repeats, weights.
 *
 * The input is written to a file and joined to a fixed labels frame of
 * seven rows (ids plain, numeric, zero-padded and repeated; a label
 * missing; a negative weight), with the weight column and without.
 * Invariants (a violation aborts, which libFuzzer reports as a crash):
 * the join returns CT_OK, CT_EFORMAT, CT_EIO or CT_ENOMEM, with a message
 * when it fails; a queue ct_queue_check refuses is never joined; a joined
 * queue has n == queue_rows rows, each label 0, 1 or CT_QLABEL_UNKNOWN,
 * every probability in [0, 1], every weight NaN without a weight column,
 * the counts within n, unranked 0 or n; its evaluation at capacity 0 and
 * 3 either succeeds with every recall in [0, 1] or NaN, or (n = 0) fails
 * with CT_EINVAL and a message. Seeds: tests/fuzz/corpus/queue_eval/. */
#include <claimtriage/claimtriage.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char labels_csv[] = "video_id,claim_status,video_view_count\n"
                                 "1,claim,100\n"
                                 "0002,opinion,50\n"
                                 "30,claim,\n"
                                 "30,opinion,7\n"
                                 "abc,,3\n"
                                 "5813227867,claim,-4\n"
                                 "7,opinion,1e6\n";

static ct_frame *labels(void)
{
    static ct_frame *f;
    if (!f) {
        ct_load_options o = ct_load_options_default();
        if (ct_frame_load_mem(labels_csv, sizeof labels_csv - 1, "labels", &o, &f, NULL, NULL) !=
            CT_OK)
            abort();
    }
    return f;
}

static int unit_or_nan(double x) { return isnan(x) || (x >= 0 && x <= 1); }

static void check(const char *path, const char *weight, ct_status checked)
{
    ct_queue_labels q;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s =
        ct_queue_labels_join(path, labels(), "video_id", "claim_status", "claim", weight, &q, &d);
    if (s != CT_OK && s != CT_EFORMAT && s != CT_EIO && s != CT_ENOMEM)
        abort();
    if (s != CT_OK) {
        if (!d.message[0])
            abort();
        return;
    }
    if (checked != CT_OK) /* the header check refused what the join read */
        abort();
    if (q.n != q.queue_rows || q.labelled > q.n || q.unmatched > q.n || q.unlabelled > q.n ||
        q.queue_repeats > q.n || q.labelled + q.unmatched + q.unlabelled + q.queue_repeats > q.n ||
        (q.unranked != 0 && q.unranked != q.n) || q.rank_reordered > q.n)
        abort();
    for (size_t i = 0; i < q.n; i++) {
        if (q.positive[i] > 1 && q.positive[i] != CT_QLABEL_UNKNOWN)
            abort();
        if (!(q.probability[i] >= 0 && q.probability[i] <= 1))
            abort();
        if (!weight && !isnan(q.weight[i]))
            abort();
    }
    for (size_t cap = 0; cap <= 3; cap += 3) {
        ct_queue_eval *e = NULL;
        ct_diag_clear(&d);
        s = ct_queue_eval_compute(q.positive, weight ? q.weight : NULL, q.probability, q.n, cap, 60,
                                  &e, &d);
        if (s != CT_OK) {
            if (q.n != 0 || s != CT_EINVAL || !d.message[0] || e)
                abort();
            continue;
        }
        for (int k = 0; k < CT_QORDER_N; k++)
            if (!unit_or_nan(e->recall[k]) || !unit_or_nan(e->weighted_recall[k]))
                abort();
        ct_queue_eval_probability_as_queue(e);
        ct_queue_eval_free(e);
    }
    ct_queue_labels_free(&q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char in[] = "/tmp/fuzz_queue_eval_XXXXXX";
    int fd = mkstemp(in);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size)
        abort();
    close(fd);
    ct_diag d;
    ct_diag_clear(&d);
    ct_status c = ct_queue_check(in, &d);
    if (c != CT_OK && (c != CT_EFORMAT && c != CT_EIO && c != CT_ENOMEM))
        abort();
    if (c != CT_OK && !d.message[0])
        abort();
    check(in, "video_view_count", c);
    check(in, NULL, c);
    unlink(in);
    return 0;
}
