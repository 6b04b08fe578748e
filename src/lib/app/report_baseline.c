/* report_baseline.c — the baselines' figures (views alone, probability
 * alone) on a review day of another length than queue-eval's capacity,
 * counted from queue_eval.json's tied groups by the function queue-eval
 * computes them with (claimtriage/queue_baseline.h), so the report's day
 * gives what `queue-eval --capacity D` prints. */
#include "app/report_internal.h"
#include "claimtriage/queue_baseline.h"

#include <math.h>

/* An array entry that is a whole count (0 .. 2^53), else -1. */
static double count_at(const ct_json_value *a, size_t i)
{
    const double v = ct_json_number(ct_json_at(a, i));
    return isfinite(v) && v >= 0 && v <= 9007199254740992.0 && v == floor(v) ? v : -1;
}

double rep_baseline_recall(const ct_json_value *qe, const char *key, double k)
{
    const ct_json_value *g = ct_json_get(qe, key);
    const ct_json_value *rows = ct_json_get(g, "group_rows"),
                        *claims = ct_json_get(g, "group_claims");
    const size_t ng = ct_json_size(rows);
    /* the whole queue's rows.queue, or with_views' rows (a number) */
    double n = rep_num(qe, "rows.queue");
    if (!isfinite(n))
        n = rep_num(qe, "rows");
    const double P = rep_num(qe, "claims");
    if (ct_json_type_of(rows) != CT_JSON_ARRAY || ct_json_type_of(claims) != CT_JSON_ARRAY ||
        ct_json_size(claims) != ng || ng == 0 || !(n >= 1) || n != floor(n) || !(k >= 0) || k > n ||
        !(P >= 0))
        return NAN;
    ct_queue_tie_group *t = ct_malloc(ng * sizeof *t);
    if (!t)
        return NAN;
    double sum = 0;
    for (size_t i = 0; i < ng; i++) {
        const double s = count_at(rows, i), h = count_at(claims, i);
        if (s < 0 || h < 0) {
            ct_free(t);
            return NAN;
        }
        t[i].rows = (size_t)s;
        t[i].positives = (size_t)h;
        t[i].weight = 0;
        sum += h;
    }
    double r = NAN;
    /* the groups hold every claim of the queue (each claim has a label, so
     * a place in either order): else they are not this file's */
    if (sum != P ||
        ct_queue_baseline_curve(t, ng, (size_t)n, NAN, (size_t)k, 1, &r, NULL, NULL) != CT_OK)
        r = NAN;
    ct_free(t);
    return r;
}
