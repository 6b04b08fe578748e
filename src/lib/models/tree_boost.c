/* tree_boost.c — the "gbdt" estimator family (claimtriage/trees.h):
 * gradient boosting of histogram trees with logistic loss (XGBoost's
 * binary:logistic, tree_method="hist", depth-wise): parameters with
 * XGBoost's names and defaults, rounds with row and column draws fixed per
 * round (the first text_rounds on the caller's text columns), early
 * stopping on a validation set, probabilities, JSON state. */
#include "models/state_get.h"
#include "models/tree_internal.h"

#include <math.h>
#include <string.h>
#include <time.h>

ct_gbdt_params ct_gbdt_params_default(void)
{
    ct_gbdt_params p;
    memset(&p, 0, sizeof p);
    p.n_estimators = 100;
    p.learning_rate = 0.3;
    p.max_depth = 6;
    p.min_child_weight = 1;
    p.reg_lambda = 1;
    p.gamma = 0;
    p.subsample = 1;
    p.colsample_bytree = 1;
    p.colsample_bynode = 1;
    p.early_stopping_rounds = 0;
    p.max_bins = 256;
    p.random_state = 0;
    p.text_rounds = 0;
    p.text_cols = NULL;
    return p;
}

const char *ct_gbdt_params_check(const ct_gbdt_params *p)
{
    if (!p)
        return "no parameters";
    if (p->n_estimators < 1 || p->n_estimators > 100000)
        return "n_estimators must be in 1..100000";
    if (!(p->learning_rate > 0) || !(p->learning_rate <= 1))
        return "learning_rate must be in (0, 1]";
    if (p->max_depth < 1 || p->max_depth > 20)
        return "max_depth must be in 1..20";
    if (!(p->min_child_weight >= 0) || !isfinite(p->min_child_weight))
        return "min_child_weight must be a finite number >= 0";
    if (!(p->reg_lambda >= 0) || !isfinite(p->reg_lambda))
        return "reg_lambda must be a finite number >= 0";
    if (!(p->gamma >= 0) || !isfinite(p->gamma))
        return "gamma must be a finite number >= 0";
    if (!(p->subsample > 0) || !(p->subsample <= 1))
        return "subsample must be in (0, 1]";
    if (!(p->colsample_bytree > 0) || !(p->colsample_bytree <= 1))
        return "colsample_bytree must be in (0, 1]";
    if (!(p->colsample_bynode > 0) || !(p->colsample_bynode <= 1))
        return "colsample_bynode must be in (0, 1]";
    if (p->text_rounds < 0 || p->text_rounds > 100000)
        return "text_rounds must be in 0..100000";
    if (p->early_stopping_rounds < 0)
        return "early_stopping_rounds must be >= 0";
    if (p->max_bins < 2 || p->max_bins > 256)
        return "max_bins must be in 2..256";
    /* the model's JSON stores it as an integer, which reads back as int64
     * only: a larger seed fitted, then made a file load refused */
    if (p->random_state > (uint64_t)INT64_MAX)
        return "random_state must be at most 2^63 - 1";
    return NULL;
}

ct_status ct_gbdt_params_set(ct_gbdt_params *p, const char *key, const char *value, ct_diag *diag)
{
    ct_gbdt_params q = *p;
    int bad = 0;
    const char *range = "a value";
    if (!key || !value)
        bad = 1;
    else if (!strcmp(key, "n_estimators"))
        bad = (range = "a whole number in 1..100000",
               tree_parse_int(value, 1, 100000, &q.n_estimators));
    else if (!strcmp(key, "learning_rate"))
        bad = (range = "a number in (0, 1]", tree_parse_num(value, &q.learning_rate));
    else if (!strcmp(key, "max_depth"))
        bad = (range = "a whole number in 1..20", tree_parse_int(value, 1, 20, &q.max_depth));
    else if (!strcmp(key, "min_child_weight"))
        bad = (range = "a finite number >= 0", tree_parse_num(value, &q.min_child_weight));
    else if (!strcmp(key, "reg_lambda"))
        bad = (range = "a finite number >= 0", tree_parse_num(value, &q.reg_lambda));
    else if (!strcmp(key, "gamma"))
        bad = (range = "a finite number >= 0", tree_parse_num(value, &q.gamma));
    else if (!strcmp(key, "subsample"))
        bad = (range = "a number in (0, 1]", tree_parse_num(value, &q.subsample));
    else if (!strcmp(key, "colsample_bytree"))
        bad = (range = "a number in (0, 1]", tree_parse_num(value, &q.colsample_bytree));
    else if (!strcmp(key, "colsample_bynode"))
        bad = (range = "a number in (0, 1]", tree_parse_num(value, &q.colsample_bynode));
    else if (!strcmp(key, "text_rounds"))
        bad = (range = "a whole number in 0..100000",
               tree_parse_int(value, 0, 100000, &q.text_rounds));
    else if (!strcmp(key, "early_stopping_rounds"))
        bad = (range = "a whole number >= 0",
               tree_parse_int(value, 0, INT32_MAX, &q.early_stopping_rounds));
    else if (!strcmp(key, "max_bins"))
        bad = (range = "a whole number in 2..256", tree_parse_int(value, 2, 256, &q.max_bins));
    else if (!strcmp(key, "random_state")) {
        int s = 0;
        bad = (range = "a whole number >= 0", tree_parse_int(value, 0, INT32_MAX, &s));
        q.random_state = (uint64_t)s;
    } else
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "gbdt: unknown parameter '%.60s' (n_estimators, learning_rate, "
                           "max_depth, min_child_weight, reg_lambda, gamma, subsample, "
                           "colsample_bytree, colsample_bynode, text_rounds, "
                           "early_stopping_rounds, max_bins, random_state)",
                           key ? key : "");
    if (bad)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "gbdt: %s=%.60s: %s takes %s",
                           key ? key : "", value ? value : "", key ? key : "", range);
    const char *msg = ct_gbdt_params_check(&q);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "gbdt: %s=%.60s: %s", key, value, msg);
    *p = q;
    return CT_OK;
}

static double expit(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + exp(-z));
    const double e = exp(z);
    return e / (1.0 + e);
}

/* log loss of raw score f for label y, computed stably */
static double logloss(double f, double y)
{
    /* log(1 + exp(-|f|)) + max(f, 0) - y f */
    return log1p(exp(-fabs(f))) + (f > 0 ? f : 0) - y * f;
}

/* The grid of a round's gradients (or hessians): their unit u, a power of
 * two, for n values of magnitude at most maxabs. Every value is rounded to
 * a multiple of u, and n of them sum to at most M = 2^50 u in magnitude (M
 * the first power of two at or above n maxabs, with room for the rounding),
 * so every partial sum is a multiple of u below 2^53 u: exactly a double.
 * Sums of the rounded values are therefore exact, in any order and any
 * grouping, and so are their differences (a histogram's larger child as
 * its parent's minus the smaller one): the trees do not depend on how rows
 * are cut among threads. This is the pre-rounding of Demmel & Nguyen, "Fast
 * reproducible floating-point summation" (ARITH 2013), as XGBoost's GPU
 * histograms use it (CreateRoundingFactor / TruncateWithRoundingFactor in
 * src/tree/gpu_hist/histogram.cu); the grid is fine: n = 15,000 rows of
 * gradients in [-1, 1] give u = 2^-36 (1.5e-11). */
static double grid_unit(double maxabs, size_t n)
{
    int e = 0;
    const double m = (double)(n ? n : 1) * maxabs * (1 + 0x1p-20);
    if (isfinite(m)) {
        (void)frexp(m, &e);
    } else { /* (weights near DBL_MAX: the exponents added, one more) */
        int e1 = 0, e2 = 0;
        (void)frexp(maxabs, &e1);
        (void)frexp((double)(n ? n : 1), &e2);
        e = e1 + e2 + 1;
    }
    return ldexp(1.0, e - 50 > -1000 ? e - 50 : -1000); /* (never subnormal) */
}

/* x rounded to the nearest multiple of u (ties to even); |x| / u < 2^51, so
 * the sum with 1.5 2^52 rounds x / u to an integer (inv = 1 / u, both
 * powers of two: the products are exact). */
static inline double to_grid(double x, double inv, double u)
{
    const double big = 0x1.8p52;
    return ((x * inv + big) - big) * u;
}

typedef int64_t grad_m2 __attribute__((vector_size(16)));

/* a where m is set, else b (lanes) */
static inline tree_v2 grad_pick(grad_m2 m, tree_v2 a, tree_v2 b)
{
    return (tree_v2)((m & (grad_m2)a) | (~m & (grad_m2)b));
}

/* Four rows a vector instruction where the processor has AVX2 (x86-64
 * with GCC or Clang: the function is compiled for AVX2 alone and called
 * only after a run-time check). AVX2 without FMA: no fused multiply-add can
 * be formed (nor is one under ISO C's -ffp-contract=off), so each lane
 * does gradients_block's operations on its row, in its order: the same
 * bits as the two-lane path (tests/cli/train_gbdt_trees_unchanged holds
 * the trees fitted before it). On one thread it takes about a third off
 * the gradients' time on design b of bench/trees.sh (the division of four
 * rows at once; bench/RESULTS.md, 2026-12-07). */
#if defined(__GNUC__) && defined(__x86_64__)
#define GRAD_V4 1
typedef double grad_v4 __attribute__((vector_size(32)));
typedef int64_t grad_m4 __attribute__((vector_size(32)));

static int grad_has_v4(void) { return __builtin_cpu_supports("avx2"); }

/* gradients_block's work (below) on rows [i0, i1) into gh, its two passes
 * fused, four rows at a time: the first row not done returned (the rest,
 * under four, are the caller's). */
__attribute__((target("avx2"))) static size_t
gradients_block4(double *F, double *E, const double *y, const double *w, size_t i0, size_t i1,
                 const double *ve, const int32_t *leaf, tree_v2 *gh, const double unit[2])
{
    const double ug = unit[0], uh = unit[1], ig = 1 / ug, ih = 1 / uh;
    const grad_v4 one = {1, 1, 1, 1}, qmin = {1e-16, 1e-16, 1e-16, 1e-16}, vug = {ug, ug, ug, ug},
                  vuh = {uh, uh, uh, uh}, vig = {ig, ig, ig, ig}, vih = {ih, ih, ih, ih},
                  big = {0x1.8p52, 0x1.8p52, 0x1.8p52, 0x1.8p52},
                  lo = {0x1p-500, 0x1p-500, 0x1p-500, 0x1p-500},
                  hi = {0x1p500, 0x1p500, 0x1p500, 0x1p500};
    size_t i = i0;
    for (; i + 3 < i1; i += 4) {
        grad_v4 e, f, yy, ww = one;
        memcpy(&e, E + i, sizeof e);
        if (ve) {
            const size_t k0 = (size_t)leaf[i], k1 = (size_t)leaf[i + 1], k2 = (size_t)leaf[i + 2],
                         k3 = (size_t)leaf[i + 3];
            memcpy(&f, F + i, sizeof f);
            f += (grad_v4){ve[2 * k0], ve[2 * k1], ve[2 * k2], ve[2 * k3]};
            e *= (grad_v4){ve[2 * k0 + 1], ve[2 * k1 + 1], ve[2 * k2 + 1], ve[2 * k3 + 1]};
            memcpy(F + i, &f, sizeof f);
        }
        const grad_m4 in = (e >= lo) & (e <= hi);
        if (!(in[0] & in[1] & in[2] & in[3]))
            for (int k = 0; k < 4; k++)
                if (!in[k])
                    e[k] = exp(-F[i + (size_t)k]);
        memcpy(E + i, &e, sizeof e);
        memcpy(&yy, y + i, sizeof yy);
        if (w)
            memcpy(&ww, w + i, sizeof ww);
        const grad_v4 pr = one / (one + e), q = e * pr * pr;
        const grad_v4 gr = (((pr - yy) * ww * vig + big) - big) * vug;
        const grad_m4 mq = q > qmin;
        const grad_v4 hq = (grad_v4)((mq & (grad_m4)q) | (~mq & (grad_m4)qmin)) * ww;
        grad_v4 hr = ((hq * vih + big) - big) * vuh;
        const grad_m4 mh = hr > vuh;
        hr = (grad_v4)((mh & (grad_m4)hr) | (~mh & (grad_m4)vuh));
        for (int k = 0; k < 4; k++)
            gh[i + (size_t)k] = (tree_v2){gr[k], hr[k]};
    }
    return i;
}
#else
#define GRAD_V4 0
static int grad_has_v4(void) { return 0; }
#endif

/* A round's gradients and hessians of the log loss at the raw scores F,
 * after adding the previous tree's leaf values (ve NULL: none; leaf[i]
 * its leaf of row i), rounded to their grids (units ug, uh for gradients
 * in [-w, w] and hessians in (0, w / 4], w the largest weight: their sums
 * are exact, grid_unit). Each value is computed alone, so it is the same
 * whatever the thread count.
 *
 * No exponential per row: E[i] holds exp(-F[i]) and is carried from round
 * to round by a product with exp(-value) of the row's leaf, one exp per
 * leaf (ve, the tree's nodes' (value, exp(-value)) pairs), as F[i] is
 * carried by a sum. The product
 * drifts from exp(-F[i]) by at most a unit in the last place a round
 * (3e-14 relative after 300 rounds, so p moves by under 1e-14), below the
 * gradients' grid unit (1.5e-11 on 15,000 rows): a gradient can only land
 * on the neighbouring grid point, and only when it lay that close to a
 * rounding boundary. A row whose E leaves
 * [2^-500, 2^500] (|F| > 346: its probability is 0 or 1 on the grid) has it
 * recomputed from F each round, so a product never sticks at 0 or inf; so
 * has every row at the first round (E NaN). Then p = 1 / (1 + e) (expit,
 * for either sign of F), 1 - p = e p and the hessian p (1 - p) = e p^2,
 * floored at 1e-16 by a comparison; after rounding, a hessian is at least
 * its grid's unit (never 0). Written as (g, h) pairs into gh for the
 * level and column growers, else into g and h for tree_grow.
 *
 * Rows [i0, i1) of a round's gradients, in two passes over a block that
 * stays in the first-level cache: the scalar one carries F and E (the
 * leaf's value and exp(-value) gathered, an exponential where E left its
 * range), the other is the arithmetic, two rows a vector instruction (the
 * same operations on each lane as on a scalar: the same bits); with v4
 * and gh, gradients_block4 does all but the last rows (under four). */
static void gradients_block(double *F, double *E, const double *y, const double *w, size_t i0,
                            size_t i1, const double *ve, const int32_t *leaf, tree_v2 *gh,
                            double *g, double *h, const double unit[2], int v4)
{
    const double ug = unit[0], uh = unit[1], ig = 1 / ug, ih = 1 / uh;
#if GRAD_V4
    if (gh && v4)
        i0 = gradients_block4(F, E, y, w, i0, i1, ve, leaf, gh, unit);
#else
    (void)v4;
#endif
    for (size_t i = i0; i < i1; i++) {
        double e = E[i];
        if (ve) {
            const size_t k = (size_t)leaf[i];
            F[i] += ve[2 * k];
            e *= ve[2 * k + 1];
        }
        if (!(e >= 0x1p-500 && e <= 0x1p500))
            e = exp(-F[i]);
        E[i] = e;
    }
    size_t i = i0;
    if (gh) {
        const tree_v2 one = {1, 1}, qmin = {1e-16, 1e-16}, vug = {ug, ug}, vuh = {uh, uh},
                      vig = {ig, ig}, vih = {ih, ih}, big = {0x1.8p52, 0x1.8p52};
        for (; i + 1 < i1; i += 2) {
            tree_v2 e, yy, ww = one;
            memcpy(&e, E + i, sizeof e);
            memcpy(&yy, y + i, sizeof yy);
            if (w)
                memcpy(&ww, w + i, sizeof ww);
            const tree_v2 pr = one / (one + e), q = e * pr * pr;
            const tree_v2 gr = (((pr - yy) * ww * vig + big) - big) * vug;
            const tree_v2 hq = grad_pick(q > qmin, q, qmin) * ww;
            tree_v2 hr = ((hq * vih + big) - big) * vuh;
            hr = grad_pick(hr > vuh, hr, vuh);
            gh[i] = (tree_v2){gr[0], hr[0]};
            gh[i + 1] = (tree_v2){gr[1], hr[1]};
        }
    }
    for (; i < i1; i++) {
        const double e = E[i];
        const double pr = 1.0 / (1.0 + e), wi = w ? w[i] : 1.0, q = e * pr * pr;
        const double gr = to_grid((pr - y[i]) * wi, ig, ug),
                     hr = to_grid((q > 1e-16 ? q : 1e-16) * wi, ih, uh);
        if (gh) {
            gh[i] = (tree_v2){gr, hr > uh ? hr : uh};
        } else {
            g[i] = gr;
            h[i] = hr > uh ? hr : uh;
        }
    }
}

/* 0 when tests turned the four-row path off (tree_boost_gradients_v4) */
static int grad_v4_on = 1;

int tree_boost_gradients_v4(int on)
{
    grad_v4_on = on != 0;
    return grad_v4_on && grad_has_v4();
}

/* A round's gradients and hessians (above), in blocks of tree_block_rows
 * rows, block b on thread b mod nth: tree_level.c's blocks, so that the
 * thread that grows a tree on a block's rows has their gradients in its
 * cache (each value is computed alone, so it is the same whatever the
 * thread count). ve: the
 * previous tree's nodes' (value, exp(-value)) pairs (NULL at the first
 * round). */
static void gradients(double *F, double *E, const double *y, const double *w, size_t n,
                      const double *ve, const int32_t *leaf, tree_v2 *gh, double *g, double *h,
                      const double unit[2], int nth)
{
    const size_t gb = tree_block_rows(n, nth), nb = (n + gb - 1) / gb;
    const int v4 = grad_v4_on && grad_has_v4();
    if (n < 4096 || nth < 2) { /* (no team of one: its closing barrier is a system call) */
        for (size_t i0 = 0; i0 < n; i0 += TREE_BLOCK_ROWS)
            gradients_block(F, E, y, w, i0, i0 + TREE_BLOCK_ROWS < n ? i0 + TREE_BLOCK_ROWS : n, ve,
                            leaf, gh, g, h, unit, v4);
        return;
    }
#pragma omp parallel for num_threads(nth) schedule(static, 1)
    for (size_t bk = 0; bk < nb; bk++) {
        const size_t i0 = bk * gb, i1 = i0 + gb < n ? i0 + gb : n;
        gradients_block(F, E, y, w, i0, i1, ve, leaf, gh, g, h, unit, v4);
    }
}

/* Threads per round, chosen by the time rounds take. A level-grown tree
 * opens about a dozen barriers: on an idle machine two threads halve its
 * time, but when other processes hold the cores every barrier can wait for
 * a thread to be scheduled again, and one thread is several times faster
 * (bench/RESULTS.md, issue 13, 2026-12-01). Trees and probabilities do not
 * depend on the thread count (tree_grow_level, gradients), so each round
 * may take either: the first rounds time both, then the faster one (a
 * running mean of the last rounds' times) is used, and the other is timed
 * again now and then, in case the load changed. */
#define PACE_PROBE_MIN 8
#define PACE_PROBE_MAX 512
/* rounds timed on each choice at the start (alternating after the
 * untimed round 0); the median of each decides, so that one round slowed
 * by something else (a page fault, another process) does not */
#define PACE_START 3 /* (median3) */
typedef struct pace {
    int many;                    /* ct_threads() */
    double mean[2];              /* [0] one thread, [1] many; < 0 unknown */
    double start[2][PACE_START]; /* the first rounds' times */
    size_t every;                /* rounds between timings of the slower choice */
    size_t next;                 /* the round of the next one */
} pace;

static double pace_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void pace_init(pace *p)
{
    p->many = ct_threads();
    p->mean[0] = p->mean[1] = -1;
    p->every = PACE_PROBE_MIN;
    p->next = 2 * PACE_START + 1 + PACE_PROBE_MIN;
}

/* Round 0 on ct_threads() threads is not timed (it starts the threads);
 * rounds 1 .. 2 PACE_START alternate (odd: many, even: one); then the
 * faster, the slower timed again now and then. */
static int pace_pick(pace *p, size_t r)
{
    if (p->many < 2)
        return 1;
    if (r <= 2 * PACE_START)
        return r % 2 || r == 0 ? p->many : 1;
    const int fast = p->mean[1] <= p->mean[0] ? p->many : 1;
    if (r < p->next)
        return fast;
    p->next = r + p->every;
    return fast > 1 ? 1 : p->many; /* time the slower one again */
}

static double median3(const double *x)
{
    const double a = x[0], b = x[1], c = x[2];
    return a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
}

/* The first rounds' times are kept, each choice's median taken after the
 * last. Then the choice in use keeps a running mean of its rounds' times;
 * a timing of the slower one replaces its figure. If it is still slower,
 * the next timing waits twice as long, or PACE_PROBE_MIN rounds times the
 * ratio of the two if longer (a stalled two-thread round can cost fifty
 * one-thread rounds); if not, it takes over and timings come back to every
 * PACE_PROBE_MIN rounds. */
static void pace_record(pace *p, int nth, size_t r, double sec)
{
    if (p->many < 2 || r == 0)
        return;
    const int k = nth > 1;
    if (r <= 2 * PACE_START) {
        p->start[k][(r - 1) / 2] = sec;
        if (r == 2 * PACE_START) {
            p->mean[0] = median3(p->start[0]);
            p->mean[1] = median3(p->start[1]);
        }
        return;
    }
    double *m = &p->mean[k];
    const int in_use = (p->mean[1] <= p->mean[0]) == k;
    if (in_use) {
        *m = 0.5 * *m + 0.5 * sec;
        return;
    }
    *m = sec;
    if ((p->mean[1] <= p->mean[0]) == k) {
        p->every = PACE_PROBE_MIN;
        return;
    }
    /* still slower: wait at least twice as long, and in proportion to how
     * much slower it was */
    const double ratio = sec / p->mean[!k];
    size_t e = 2 * p->every;
    if (ratio * PACE_PROBE_MIN > (double)e)
        e = ratio * PACE_PROBE_MIN < PACE_PROBE_MAX ? (size_t)(ratio * PACE_PROBE_MIN)
                                                    : PACE_PROBE_MAX;
    p->every = e < PACE_PROBE_MAX ? e : PACE_PROBE_MAX;
}

ct_status ct_gbdt_fit_valid(const ct_gbdt_params *p, const ct_csr *X, const double *y,
                            const double *w, const ct_csr *Xv, const double *yv,
                            ct_progress_fn progress, void *progress_user, void **model,
                            ct_diag *diag)
{
    *model = NULL;
    const char *msg = ct_gbdt_params_check(p);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "gbdt: %s", msg);
    ct_status st = tree_check_inputs("gbdt", X, y, w, diag);
    if (st != CT_OK)
        return st;
    if (Xv && !yv)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "gbdt: validation rows without labels");
    if (Xv && (Xv->ncols != X->ncols || ct_csr_check(Xv, NULL) != CT_OK))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "gbdt: the validation design is malformed or has %zu columns, not %zu",
                           Xv->ncols, X->ncols);
    /* validation rows are checked as training rows are: a NaN label made
     * every round's loss NaN, so early stopping kept one tree (CT_OK) */
    for (size_t i = 0; Xv && i < Xv->nrows; i++) {
        if (yv[i] != 0 && yv[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "gbdt: label of validation row %zu is %g, expected 0 or 1", i,
                               yv[i]);
        for (size_t e = Xv->indptr[i]; e < Xv->indptr[i + 1]; e++)
            if (isinf(Xv->data[e]))
                return ct_diag_set(
                    diag, CT_EINVAL, NULL, 0, 0,
                    "gbdt: validation row %zu, column %u holds %g; trees take finite "
                    "values or NaN (missing)",
                    i, (unsigned)Xv->indices[e], Xv->data[e]);
    }
    const size_t n = X->nrows, p_ = X->ncols, nt = (size_t)p->n_estimators;
    const size_t nv = Xv ? Xv->nrows : 0;
    tree_bins *b = NULL;
    tree_csc *csc = NULL;
    tree_model *m = ct_calloc(1, sizeof *m);
    double *F = ct_malloc(n * sizeof *F), *E = ct_malloc(n * sizeof *E), *g = NULL, *h = NULL,
           *ev = NULL;
    tree_v2 *gh = NULL; /* the rows' (g, h): the level and column growers' */
    int32_t *leaf = ct_malloc(n * sizeof *leaf);
    double *Fv = nv ? ct_malloc(nv * sizeof *Fv) : NULL,
           *tv = nv ? ct_malloc(nv * sizeof *tv) : NULL;
    uint8_t *in = ct_malloc(n), *use = ct_malloc(p_ ? p_ : 1);
    uint32_t *perm = ct_malloc((p_ ? p_ : 1) * sizeof *perm);
    uint8_t *stage = NULL; /* the text stage's columns (text_rounds) */
    st = CT_ENOMEM;
    if (!m || !F || !E || !leaf || (nv && (!Fv || !tv)) || !in || !use || !perm ||
        !(m->trees = ct_calloc(nt, sizeof *m->trees)) ||
        tree_bins_build(X, p->max_bins, &b) != CT_OK)
        goto fail;
    m->family = TREE_GBDT;
    m->p = p_;
    m->gb = *p;
    m->gb.text_cols = NULL; /* (the caller's, borrowed for the fit) */
    m->oob_score = NAN;
    double tot[2] = {0, 0};
    for (size_t i = 0; i < n; i++)
        tot[y[i] == 1] += w ? w[i] : 1.0;
    m->base_score = log(tot[1] / tot[0]);
    /* the gradients' and hessians' grids: |g| <= w and h <= w / 4 */
    double wmax = 1;
    if (w) {
        wmax = 0;
        for (size_t i = 0; i < n; i++)
            wmax = w[i] > wmax ? w[i] : wmax;
    }
    const double unit[2] = {grid_unit(wmax, n), grid_unit(0.25 * wmax, n)};
    for (size_t i = 0; i < n; i++) {
        F[i] = m->base_score;
        E[i] = NAN; /* exp(-F[i]) at the first round */
    }
    for (size_t i = 0; i < nv; i++)
        Fv[i] = m->base_score;
    tree_grow_params gp = {TREE_LOGLOSS,
                           p->max_depth,
                           2,
                           1,
                           p->min_child_weight,
                           p->reg_lambda,
                           p->gamma,
                           p->learning_rate,
                           p_,
                           NULL,
                           1,
                           0,
                           0,
                           0};
    const size_t ncol_tree = (size_t)fmax(1.0, floor(p->colsample_bytree * (double)p_ + 0.5)) < p_
                                 ? (size_t)fmax(1.0, floor(p->colsample_bytree * (double)p_ + 0.5))
                                 : p_;
    /* colsample_bynode: each split's columns, max(1, floor(fraction · the
     * tree's)) as XGBoost, drawn by tree_grow (breadth first, from the
     * round's stream after its row and column draws); the level and column
     * growers take no per-split draws, so such rounds grow on tree_grow */
    const size_t ncol_node_f = (size_t)fmax(1.0, floor(p->colsample_bynode * (double)ncol_tree));
    const size_t ncol_node = ncol_node_f < ncol_tree ? ncol_node_f : ncol_tree;
    const int bynode = ncol_node < ncol_tree;
    if (bynode)
        gp.max_features = ncol_node;
    /* text_rounds: the first rounds grow on the text columns only (among
     * those the round draws), when the design has text and other columns */
    size_t ntext = 0;
    for (size_t j = 0; p->text_rounds > 0 && p->text_cols && j < p_; j++)
        ntext += p->text_cols[j] != 0;
    const size_t text_rounds = ntext && ntext < p_ ? (size_t)p->text_rounds : 0;
    /* (early stopping's patience starts after the text stage, when a later
     * stage follows it) */
    const size_t hold = text_rounds < nt ? text_rounds : 0;
    if (text_rounds && !(stage = ct_malloc(p_)))
        goto fail;
    /* the level grower (both cores on one tree, the same trees) when its
     * dense histograms fit its budget */
    const int level = tree_grow_level_fits(b, &gp, n);
    /* (the level grower's root reads the bins column by column) */
    if (level && tree_bins_by_column(b) != CT_OK)
        goto fail;
    /* else, on designs too wide for it, the column grower (the same trees) */
    const int bycol = !level && tree_grow_cols_fits(b, &gp);
    if (bycol && tree_csc_build(b, &csc) != CT_OK)
        goto fail;
    if (level || bycol) {
        if (!(gh = ct_malloc((n ? n : 1) * sizeof *gh)))
            goto fail;
    } else if (!(g = ct_malloc((n ? n : 1) * sizeof *g)) ||
               !(h = ct_malloc((n ? n : 1) * sizeof *h))) {
        goto fail;
    }
    pace pc;
    pace_init(&pc);
    double best_loss = INFINITY;
    size_t best = 0;
    for (size_t r = 0; r < nt; r++) {
        ct_rng *rng = NULL;
        if (ct_rng_create(p->random_state, 1 + (uint64_t)r, &rng) != CT_OK)
            goto fail;
        /* the round's rows (Bernoulli(subsample), as XGBoost) and columns */
        if (p->subsample < 1 || r == 0)
            for (size_t i = 0; i < n; i++)
                in[i] = p->subsample >= 1 ? 1 : ct_rng_uniform(rng) < p->subsample;
        if (ncol_tree < p_) {
            for (size_t j = 0; j < p_; j++)
                perm[j] = (uint32_t)j;
            memset(use, 0, p_);
            for (size_t j = 0; j < ncol_tree; j++) {
                size_t q = j + (size_t)ct_rng_uniform_int(rng, p_ - j);
                uint32_t t = perm[j];
                perm[j] = perm[q];
                perm[q] = t;
                use[perm[j]] = 1;
            }
            gp.use_col = use;
        }
        if (r < text_rounds) {
            for (size_t j = 0; j < p_; j++)
                stage[j] = p->text_cols[j] && (ncol_tree >= p_ || use[j]);
            gp.use_col = stage;
        } else if (text_rounds && r == text_rounds) {
            gp.use_col = ncol_tree < p_ ? use : NULL;
        }
        if (!bynode) {
            ct_rng_destroy(rng);
            rng = NULL;
        }
        const int nth = pace_pick(&pc, r);
        const double t0 = pace_now();
        const tree *prev = r ? &m->trees[r - 1] : NULL;
        if (prev) { /* (value, exp(-value)) of its leaves (its other nodes' unused) */
            double *ne = ct_realloc(ev, 2 * (size_t)prev->n * sizeof *ev);
            if (!ne) {
                ct_rng_destroy(rng);
                goto fail;
            }
            ev = ne;
            for (uint32_t k = 0; k < prev->n; k++) {
                ev[2 * k] = prev->node[k].left ? 0.0 : prev->node[k].value;
                ev[2 * k + 1] = prev->node[k].left ? 1.0 : exp(-prev->node[k].value);
            }
        }
        gradients(F, E, y, w, n, prev ? ev : NULL, leaf, gh, g, h, unit, nth);
        st = level   ? tree_grow_level(b, &gp, nth, gh, in, &m->trees[r], leaf)
             : bycol ? tree_grow_cols(b, csc, &gp, nth, gh, in, &m->trees[r], leaf)
                     : tree_grow(b, &gp, g, h, in, rng, &m->trees[r], leaf);
        ct_rng_destroy(rng);
        if (st != CT_OK)
            goto fail;
        pace_record(&pc, nth, r, pace_now() - t0);
        m->ntrees = r + 1;
        if (nv) {
            st = tree_ensemble_sum(&m->trees[r], 1, Xv, tv);
            if (st != CT_OK)
                goto fail;
            double loss = 0;
            for (size_t i = 0; i < nv; i++) {
                Fv[i] += tv[i];
                loss += logloss(Fv[i], yv[i]);
            }
            if (loss < best_loss) {
                best_loss = loss;
                best = r;
            }
        } else {
            best = r;
        }
        if (progress && progress(progress_user, r + 1, nt)) {
            st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "gbdt: stopped by the caller");
            goto out;
        }
        /* early stopping waits for the text stage to end (its rounds see no
         * counts: their validation loss levels off where every column would
         * still gain, and a stop there kept a model of the wording alone);
         * the later stage gets its own early_stopping_rounds, as a model
         * boosted from another's margin (XGBoost's base_margin) would */
        const size_t since = best < hold ? hold - 1 : best;
        if (nv && p->early_stopping_rounds > 0 && r >= since &&
            r - since >= (size_t)p->early_stopping_rounds)
            break;
    }
    /* (F is not brought up to date with the last tree: it is not read
     * again) */
    /* keep the trees up to the best round */
    for (size_t t = best + 1; t < m->ntrees; t++)
        tree_free_arrays(&m->trees[t]);
    m->ntrees = best + 1;
    m->best_iteration = (int)best;
    /* the loader's bound (tree_model_load_trees): a model fitted past it
     * (leaves of -G / H on rows of vanishing hessian, reg_lambda=0) would
     * be saved, then refused by score; refused here instead. A forest's
     * leaves are shares of rows in [0, 1]: it cannot pass the bound. */
    if (!(tree_leaf_sum_max(m->trees, m->ntrees) <= TREE_VALUE_SUM_MAX)) {
        st = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                         "gbdt: the fitted trees' largest leaf values add up beyond %g, so "
                         "scores would overflow; raise reg_lambda or min_child_weight, or lower "
                         "learning_rate",
                         TREE_VALUE_SUM_MAX);
        goto out;
    }
    st = tree_flat_build(m->trees, m->ntrees, &m->flat);
    if (st != CT_OK)
        goto fail;
    goto out;
fail:
    if (st == CT_OK || st == CT_ENOMEM)
        st = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "gbdt: out of memory");
out:
    tree_csc_free(csc);
    tree_bins_free(b);
    ct_free(F);
    ct_free(E);
    ct_free(ev);
    ct_free(g);
    ct_free(h);
    ct_free(gh);
    ct_free(leaf);
    ct_free(Fv);
    ct_free(tv);
    ct_free(in);
    ct_free(use);
    ct_free(perm);
    ct_free(stage);
    if (st == CT_OK)
        *model = m;
    else
        tree_model_destroy(m);
    return st;
}

static ct_status gbdt_fit(const void *params, const ct_csr *X, const double *y, const double *w,
                          ct_progress_fn progress, void *progress_user, void **model, ct_diag *diag)
{
    return ct_gbdt_fit_valid(params, X, y, w, NULL, NULL, progress, progress_user, model, diag);
}

static ct_status gbdt_predict(const void *model, const ct_csr *X, double *out, ct_diag *diag)
{
    const tree_model *m = model;
    if (X->ncols != m->p)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "gbdt: the design has %zu columns, the model was fitted on %zu",
                           X->ncols, m->p);
    ct_status st = tree_flat_sum(&m->flat, X, out);
    if (st != CT_OK)
        return ct_diag_set(diag, st, NULL, 0, 0, "gbdt: out of memory");
    for (size_t i = 0; i < X->nrows; i++)
        out[i] = expit(m->base_score + out[i]);
    return CT_OK;
}

static ct_status gbdt_save(const void *model, ct_json *w)
{
    const tree_model *m = model;
    ct_json_object_begin(w);
    ct_json_key(w, "n_estimators");
    ct_json_int(w, m->gb.n_estimators);
    ct_json_key(w, "learning_rate");
    ct_json_num(w, m->gb.learning_rate);
    ct_json_key(w, "max_depth");
    ct_json_int(w, m->gb.max_depth);
    ct_json_key(w, "min_child_weight");
    ct_json_num(w, m->gb.min_child_weight);
    ct_json_key(w, "reg_lambda");
    ct_json_num(w, m->gb.reg_lambda);
    ct_json_key(w, "gamma");
    ct_json_num(w, m->gb.gamma);
    ct_json_key(w, "subsample");
    ct_json_num(w, m->gb.subsample);
    ct_json_key(w, "colsample_bytree");
    ct_json_num(w, m->gb.colsample_bytree);
    /* only when drawn: a model fitted without it is the file (and the
     * model id) it was before the key (2026-12-06); read back as 1 */
    if (m->gb.colsample_bynode != 1) {
        ct_json_key(w, "colsample_bynode");
        ct_json_num(w, m->gb.colsample_bynode);
    }
    /* only when set, as colsample_bynode: read back as 0 */
    if (m->gb.text_rounds) {
        ct_json_key(w, "text_rounds");
        ct_json_int(w, m->gb.text_rounds);
    }
    ct_json_key(w, "early_stopping_rounds");
    ct_json_int(w, m->gb.early_stopping_rounds);
    ct_json_key(w, "max_bins");
    ct_json_int(w, m->gb.max_bins);
    ct_json_key(w, "random_state");
    ct_json_uint(w, m->gb.random_state);
    ct_json_key(w, "base_score");
    ct_json_num(w, m->base_score);
    ct_json_key(w, "best_iteration");
    ct_json_int(w, m->best_iteration);
    tree_model_save_trees(m, w);
    ct_json_object_end(w);
    return CT_OK;
}

static ct_status gbdt_load(const ct_json_value *v, void **model, ct_diag *diag)
{
    *model = NULL;
    if (ct_json_type_of(v) != CT_JSON_OBJECT)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad boosting state: not an object");
    ct_gbdt_params p = ct_gbdt_params_default();
    int64_t ne, md, es, mb, rs, bi, tr = 0;
    double base;
    char why[STATE_WHY_CAP];
    if (state_get_int(v, "n_estimators", 1, 100000, &ne, why) ||
        state_get_num(v, "learning_rate", &p.learning_rate, why) ||
        state_get_int(v, "max_depth", 1, 20, &md, why) ||
        state_get_num(v, "min_child_weight", &p.min_child_weight, why) ||
        state_get_num(v, "reg_lambda", &p.reg_lambda, why) ||
        state_get_num(v, "gamma", &p.gamma, why) ||
        state_get_num(v, "subsample", &p.subsample, why) ||
        state_get_num(v, "colsample_bytree", &p.colsample_bytree, why) ||
        /* (files written before 2026-12-06 have none: 1, every column) */
        (ct_json_get(v, "colsample_bynode") &&
         state_get_num(v, "colsample_bynode", &p.colsample_bynode, why)) ||
        /* (files written before text_rounds have none: 0, off) */
        (ct_json_get(v, "text_rounds") && state_get_int(v, "text_rounds", 0, 100000, &tr, why)) ||
        state_get_int(v, "early_stopping_rounds", 0, INT32_MAX, &es, why) ||
        state_get_int(v, "max_bins", 2, 256, &mb, why) ||
        state_get_int(v, "random_state", 0, INT64_MAX, &rs, why) ||
        state_get_num(v, "base_score", &base, why) ||
        state_get_int(v, "best_iteration", 0, 100000, &bi, why))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad boosting state: %s", why);
    p.n_estimators = (int)ne;
    p.max_depth = (int)md;
    p.early_stopping_rounds = (int)es;
    p.max_bins = (int)mb;
    p.random_state = (uint64_t)rs;
    p.text_rounds = (int)tr;
    const char *msg = ct_gbdt_params_check(&p);
    if (msg)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad boosting state: %s", msg);
    tree_model *m = ct_calloc(1, sizeof *m);
    if (!m)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    m->family = TREE_GBDT;
    m->gb = p;
    m->base_score = base;
    m->oob_score = NAN;
    m->best_iteration = (int)bi;
    ct_status st = tree_model_load_trees(v, m, diag);
    if (st == CT_OK && (m->ntrees != (size_t)bi + 1 || m->ntrees > (size_t)p.n_estimators))
        st = ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                         "bad boosting state: %zu trees for best_iteration %lld, n_estimators %d",
                         m->ntrees, (long long)bi, p.n_estimators);
    if (st != CT_OK) {
        tree_model_destroy(m);
        return st;
    }
    *model = m;
    return CT_OK;
}

static void gbdt_params_default_v(void *params)
{
    *(ct_gbdt_params *)params = ct_gbdt_params_default();
}
static const char *gbdt_params_check_v(const void *params) { return ct_gbdt_params_check(params); }

static const ct_estimator_type gbdt_type = {
    "gbdt",
    sizeof(ct_gbdt_params),
    gbdt_params_default_v,
    gbdt_params_check_v,
    gbdt_fit,
    gbdt_predict,
    tree_model_contributions,
    tree_model_ncols,
    gbdt_save,
    gbdt_load,
    tree_model_destroy,
};

const ct_estimator_type *ct_gbdt_type(void) { return &gbdt_type; }
