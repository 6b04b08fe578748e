/* report_baseline.c — the baselines' figures (views alone, probability
 * alone) on a review day of another length than queue-eval's capacity,
 * counted from queue_eval.json's tied groups by the function queue-eval
 * computes them with (claimtriage/queue_baseline.h), so the report's day
 * gives what `queue-eval --capacity D` prints; and the claims' places
 * read claim by claim, for the paired tests of the day and of the waits
 * against views alone and the rank-sum test of the waits against random
 * order (docs/report.md). */
#include "app/report_internal.h"
#include "claimtriage/queue_eval.h"
#include "claimtriage/queue_baseline.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

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

/* queue_eval.json's claims and, with key, the baseline's tied groups, as
 * the claim-by-claim comparisons read them: every claim's place (1..n,
 * whole) and group (an index into the groups), and every group's rows
 * (at least 1, L in all, at most n). 0 when any of it is missing or does
 * not fit, else 1. */
typedef struct {
    const ct_json_value *rows, *groups, *places; /* group_rows, claim_groups, claim_places */
    size_t ng, nc;                               /* groups, claims */
    double n, L; /* rows.queue; the rows the groups place (L < n: the others at random) */
} claims_read;

static int read_claims(const ct_json_value *qe, const char *key, claims_read *b)
{
    const ct_json_value *g = key ? ct_json_get(qe, key) : NULL;
    b->rows = ct_json_get(g, "group_rows");
    b->groups = ct_json_get(g, "claim_groups");
    b->places = ct_json_get(qe, "claim_places");
    b->ng = key ? ct_json_size(b->rows) : 0;
    b->nc = ct_json_size(b->places);
    b->n = rep_num(qe, "rows.queue");
    b->L = 0;
    if (ct_json_type_of(b->places) != CT_JSON_ARRAY || !(b->n >= 1) || b->n != floor(b->n) ||
        (key && (ct_json_type_of(b->rows) != CT_JSON_ARRAY ||
                 ct_json_type_of(b->groups) != CT_JSON_ARRAY || ct_json_size(b->groups) != b->nc ||
                 b->ng == 0)))
        return 0;
    for (size_t j = 0; j < b->ng; j++) {
        const double s = count_at(b->rows, j);
        if (!(s >= 1) || s > b->n - b->L)
            return 0;
        b->L += s;
    }
    for (size_t i = 0; i < b->nc; i++) {
        const double place = count_at(b->places, i), gi = key ? count_at(b->groups, i) : 0;
        if (!(place >= 1) || place > b->n || !(gi >= 0) || (key && gi >= (double)b->ng))
            return 0;
    }
    return 1;
}

int rep_baseline_paired(const ct_json_value *qe, const char *key, double k, double *queue_only,
                        double *base_only)
{
    *queue_only = *base_only = NAN;
    claims_read b;
    if (!read_claims(qe, key, &b) || b.n > UINT_MAX || !(k >= 0) || k > b.n || k != floor(k))
        return 0;
    const size_t N = (size_t)b.n, K = (size_t)k, L = (size_t)b.L, ng = b.ng;
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
        const size_t s = (size_t)count_at(b.rows, j);
        double sum = 0;
        for (size_t r = a + 1; r <= a + s; r++)
            sum += S[r];
        pj[j] = sum / (double)s;
        a += s;
    }
    double qo = 0, bo = 0;
    for (size_t i = 0; i < b.nc; i++) {
        const double p = pj[(size_t)count_at(b.groups, i)];
        if (count_at(b.places, i) <= k)
            qo += 1 - p;
        else
            bo += p;
    }
    ct_free(S);
    ct_free(pj);
    *queue_only = qo;
    *base_only = bo;
    return 1;
}

int rep_baseline_waits(const ct_json_value *qe, const char *key, double *diff, size_t cap,
                       size_t *nclaims)
{
    *nclaims = 0;
    claims_read b;
    if (!read_claims(qe, key, &b) || b.nc > cap)
        return 0;
    /* each group's middle place among the placed rows, a + (s + 1) / 2,
     * stretched by (n + 1) / (L + 1) when n - L rows stand at random
     * places among them: queue_baseline.c's mean position, claim by claim */
    double *mid = ct_malloc(b.ng * sizeof *mid);
    if (!mid)
        return 0;
    double a = 0;
    for (size_t j = 0; j < b.ng; j++) {
        const double s = count_at(b.rows, j);
        mid[j] = a + (s + 1) / 2;
        a += s;
    }
    const double stretch = b.L < b.n ? (b.n + 1) / (b.L + 1) : 1;
    for (size_t i = 0; i < b.nc; i++)
        diff[i] = count_at(b.places, i) - mid[(size_t)count_at(b.groups, i)] * stretch;
    ct_free(mid);
    *nclaims = b.nc;
    return 1;
}

int rep_baseline_random_waits(const ct_json_value *qe, rep_rank_sum *out)
{
    memset(out, 0, sizeof *out);
    out->p = out->u = NAN;
    /* queue-eval's own test (wait_vs_random, since 2026-12-07), else, from
     * an older queue_eval.json, the same test on its claim_places: one
     * computation, ct_queue_wait_test, either way */
    const ct_json_value *t = ct_json_get(qe, "wait_vs_random");
    if (ct_json_type_of(t) == CT_JSON_OBJECT) {
        const double u = rep_num(t, "statistic"), p = rep_num(t, "p_value"),
                     c = rep_num(t, "claims"), o = rep_num(t, "others");
        const ct_json_value *ex = ct_json_get(t, "exact");
        if (!isfinite(u) || !(p >= 0 && p <= 1) || !(c >= 1) || !(o >= 1))
            return 0;
        *out = (rep_rank_sum){u, p, c, o, ct_json_bool_value(ex)};
        return 1;
    }
    claims_read b;
    if (!read_claims(qe, NULL, &b) || b.n > SIZE_MAX / 2)
        return 0;
    size_t *places = ct_malloc((b.nc ? b.nc : 1) * sizeof *places);
    if (!places)
        return 0;
    for (size_t i = 0; i < b.nc; i++)
        places[i] = (size_t)count_at(b.places, i);
    ct_queue_rank_test r;
    const int ok = ct_queue_wait_test(places, b.nc, (size_t)b.n, &r, NULL) == CT_OK && r.made;
    ct_free(places);
    if (ok)
        *out = (rep_rank_sum){r.statistic, r.p, (double)r.positives, (double)r.others, r.exact};
    return ok;
}
