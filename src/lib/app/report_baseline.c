/* report_baseline.c — the baselines' figures (views alone, probability
 * alone) on a review day of another length than queue-eval's capacity,
 * counted from queue_eval.json's tied groups by the function queue-eval
 * computes them with (claimtriage/queue_baseline.h), so the report's day
 * gives what `queue-eval --capacity D` prints. */
#include "app/report_internal.h"
#include "claimtriage/queue_baseline.h"

#include <limits.h>
#include <math.h>

#include <gsl/gsl_sf_gamma.h>

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

/* ln of the hypergeometric pmf: m of the L placed rows among the first K
 * of n reviews, the others (U = n - L) at random places among them */
static double ln_hyper(size_t n, size_t L, size_t K, size_t m)
{
    return gsl_sf_lnchoose((unsigned)L, (unsigned)m) +
           gsl_sf_lnchoose((unsigned)(n - L), (unsigned)(K - m)) -
           gsl_sf_lnchoose((unsigned)n, (unsigned)K);
}

int rep_baseline_paired(const ct_json_value *qe, const char *key, double k, double *queue_only,
                        double *base_only)
{
    *queue_only = *base_only = NAN;
    const ct_json_value *g = ct_json_get(qe, key);
    const ct_json_value *rows = ct_json_get(g, "group_rows"), *cg = ct_json_get(g, "claim_groups"),
                        *places = ct_json_get(qe, "claim_places");
    const size_t ng = ct_json_size(rows), nc = ct_json_size(places);
    const double n = rep_num(qe, "rows.queue");
    if (ct_json_type_of(rows) != CT_JSON_ARRAY || ct_json_type_of(cg) != CT_JSON_ARRAY ||
        ct_json_type_of(places) != CT_JSON_ARRAY || ct_json_size(cg) != nc || ng == 0 ||
        !(n >= 1) || n != floor(n) || n > UINT_MAX || !(k >= 0) || k > n || k != floor(k))
        return 0;
    size_t L = 0;
    for (size_t j = 0; j < ng; j++) {
        const double s = count_at(rows, j);
        if (!(s >= 1) || s > n - (double)L)
            return 0;
        L += (size_t)s;
    }
    const size_t N = (size_t)n, K = (size_t)k;
    /* S[r] = P(the r-th placed row is within the first K reviews), r =
     * 1..L: 1 up to K when every row is placed; else P(M >= r), M the
     * placed rows among the first K, hypergeometric (queue_baseline.h) */
    double *S = ct_malloc((L + 2) * sizeof *S), *pj = ct_malloc(ng * sizeof *pj);
    if (!S || !pj) {
        ct_free(S);
        ct_free(pj);
        return 0;
    }
    for (size_t r = 0; r <= L + 1; r++)
        S[r] = 0;
    if (L == N)
        for (size_t r = 1; r <= L; r++)
            S[r] = r <= K ? 1 : 0;
    else {
        const size_t lo = K > N - L ? K - (N - L) : 0, hi = K < L ? K : L;
        for (size_t m = hi + 1; m-- > lo;) /* S[m] = P(M >= m), from the top */
            S[m] = S[m + 1] + exp(ln_hyper(N, L, K, m));
        for (size_t r = 1; r < lo && r <= L; r++)
            S[r] = 1;
        for (size_t r = 1; r <= L; r++)
            S[r] = fmin(S[r], 1);
    }
    /* a claim of group j, at a uniformly random place among its s rows:
     * in the day with the mean of S over them */
    size_t a = 0;
    for (size_t j = 0; j < ng; j++) {
        const size_t s = (size_t)count_at(rows, j);
        double sum = 0;
        for (size_t r = a + 1; r <= a + s; r++)
            sum += S[r];
        pj[j] = sum / (double)s;
        a += s;
    }
    double qo = 0, bo = 0;
    int ok = 1;
    for (size_t i = 0; i < nc && ok; i++) {
        const double place = count_at(places, i), gi = count_at(cg, i);
        if (!(place >= 1) || place > n || !(gi >= 0) || gi >= (double)ng) {
            ok = 0;
            break;
        }
        const double p = pj[(size_t)gi];
        if (place <= k)
            qo += 1 - p;
        else
            bo += p;
    }
    ct_free(S);
    ct_free(pj);
    if (!ok)
        return 0;
    *queue_only = qo;
    *base_only = bo;
    return 1;
}

int rep_baseline_waits(const ct_json_value *qe, const char *key, double *diff, size_t cap,
                       size_t *nclaims)
{
    *nclaims = 0;
    const ct_json_value *g = ct_json_get(qe, key);
    const ct_json_value *rows = ct_json_get(g, "group_rows"), *cg = ct_json_get(g, "claim_groups"),
                        *places = ct_json_get(qe, "claim_places");
    const size_t ng = ct_json_size(rows), nc = ct_json_size(places);
    const double n = rep_num(qe, "rows.queue");
    if (ct_json_type_of(rows) != CT_JSON_ARRAY || ct_json_type_of(cg) != CT_JSON_ARRAY ||
        ct_json_type_of(places) != CT_JSON_ARRAY || ct_json_size(cg) != nc || ng == 0 || nc > cap ||
        !(n >= 1) || n != floor(n))
        return 0;
    /* each group's middle place among the placed rows, a + (s + 1) / 2,
     * stretched by (n + 1) / (L + 1) when n - L rows stand at random
     * places among them: queue_baseline.c's mean position, claim by claim */
    double *mid = ct_malloc(ng * sizeof *mid);
    if (!mid)
        return 0;
    double L = 0;
    for (size_t j = 0; j < ng; j++) {
        const double s = count_at(rows, j);
        if (!(s >= 1) || s > n - L) {
            ct_free(mid);
            return 0;
        }
        mid[j] = L + (s + 1) / 2;
        L += s;
    }
    const double stretch = L < n ? (n + 1) / (L + 1) : 1;
    int ok = 1;
    for (size_t i = 0; i < nc && ok; i++) {
        const double place = count_at(places, i), gi = count_at(cg, i);
        ok = place >= 1 && place <= n && gi >= 0 && gi < (double)ng;
        if (ok)
            diff[i] = place - mid[(size_t)gi] * stretch;
    }
    ct_free(mid);
    if (!ok)
        return 0;
    *nclaims = nc;
    return 1;
}
