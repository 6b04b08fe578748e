/* logit_separable.c — do the predictors separate the classes, completely,
 * quasi-completely or not at all? Linear programming on the design, so
 * that the separation message says which from the data rather than from
 * how far a failed Newton fit got (see claimtriage/logit.h, "Separation").
 *
 * With a_i = s_i·x_i (s_i = +1 for a positive row, −1 for a negative one),
 * Albert & Anderson (1984) classify the data as completely separated (some
 * b has a_i·b > 0 for every i), quasi-completely separated (not so, but
 * some b has a_i·b ≥ 0 for every i and > 0 for some) or overlapping (the
 * MLE exists); Konis (2007) decides it by LP. Two theorems of the
 * alternative give two feasibility problems, each solved by phase 1 of the
 * simplex method (minimise the sum of artificials r in M·u + r = h, u ≥ 0):
 *
 * - Gordan: no complete separation iff some λ ≥ 0 with Σλ = 1 has
 *   Σ λ_i a_i = 0 (M = [A'; 1'], h = (0, …, 0, 1)).
 * - Stiemke: overlap iff some λ > 0 has Σ λ_i a_i = 0, that is (scaling λ
 *   so that every λ_i ≥ 1, λ = 1 + u) A'u = −A'1, u ≥ 0.
 *
 * A phase-1 optimum of 0 is the λ. A positive one comes with simplex
 * multipliers π whose reduced costs are ≥ 0, π·M_i ≤ 0 for every i, and
 * π·h > 0 (Farkas): for Gordan b = −π_{<p} has a_i·b ≥ π_p > 0 for every
 * row; for Stiemke b = −π has a_i·b ≥ 0 for every row and Σ a_i·b > 0. That
 * b is checked on the rows before it is believed. Columns are scaled by
 * their largest |value| and each a_i by its own, which changes no answer.
 * Bland's rule (lowest index enters and leaves) keeps the degenerate pivots
 * (right-hand sides mostly 0) from cycling. */
#include "models/logit_internal.h"

#include "claimtriage/common.h"

#include <math.h>
#include <string.h>

/* A reduced cost or pivot entry within this of 0 on the scaled problem
 * (entries in [−1, 1]) is taken as 0; so is a phase-1 optimum within this
 * times 1 + Σh (feasible), and a row's a_i·b within this times
 * ‖a_i‖₁·‖b‖∞ of 0 when checking a quasi-complete witness (a row on the
 * boundary computes as ±1e-17, not 0). */
#define LP_TOL 1e-9
/* Pivots allowed per constraint row before giving up (unknown). The
 * phase-1 problems met here end within a few times p pivots. */
#define LP_PIVOTS_PER_ROW 200

typedef struct lp {
    size_t n, m, ncol, stride; /* n columns u, m rows; n + m columns, then h */
    double *t;                 /* (m + 1) × stride: rows, then the reduced costs */
    size_t *basis;             /* m: the column basic in each row */
    double *flip;              /* m: ±1, the sign row k was multiplied by (h ≥ 0) */
} lp;

static double *at(const lp *l, size_t r, size_t c) { return l->t + r * l->stride + c; }

static void pivot(lp *l, size_t pr, size_t pc)
{
    const double pv = *at(l, pr, pc);
    for (size_t c = 0; c < l->stride; c++)
        *at(l, pr, c) /= pv;
    for (size_t r = 0; r <= l->m; r++) {
        const double f = *at(l, r, pc);
        if (r == pr || f == 0)
            continue;
        for (size_t c = 0; c < l->stride; c++)
            *at(l, r, c) -= f * *at(l, pr, c);
    }
    l->basis[pr] = pc;
}

/* Phase 1 from the rows M | h set in t (h may be negative): flip rows to
 * h ≥ 0, add the artificials as the first basis, pivot to optimality.
 * Returns the optimum w ≥ 0, or −1 when the pivot limit is reached. */
static double phase1(lp *l)
{
    const size_t n = l->n, m = l->m, rhs = l->ncol;
    for (size_t r = 0; r < m; r++) {
        l->flip[r] = *at(l, r, rhs) < 0 ? -1.0 : 1.0;
        if (l->flip[r] < 0)
            for (size_t c = 0; c < n; c++)
                *at(l, r, c) = -*at(l, r, c);
        *at(l, r, rhs) *= l->flip[r];
        *at(l, r, n + r) = 1;
        l->basis[r] = n + r;
    }
    /* reduced costs c_j − Σ_r t_rj (c = 1 on the artificials); the RHS
     * entry holds −w */
    for (size_t c = 0; c <= rhs; c++) {
        double s = 0;
        for (size_t r = 0; r < m; r++)
            s += *at(l, r, c);
        *at(l, m, c) = (c >= n && c < rhs ? 1.0 : 0.0) - s;
    }
    const size_t limit = LP_PIVOTS_PER_ROW * m + 100;
    for (size_t it = 0; it < limit; it++) {
        size_t pc = SIZE_MAX;
        for (size_t c = 0; c < l->ncol && pc == SIZE_MAX; c++)
            if (*at(l, m, c) < -LP_TOL)
                pc = c;
        if (pc == SIZE_MAX)
            return fmax(0.0, -*at(l, m, rhs));
        size_t pr = SIZE_MAX;
        double best = INFINITY;
        for (size_t r = 0; r < m; r++) {
            const double e = *at(l, r, pc);
            if (!(e > LP_TOL))
                continue;
            const double q = *at(l, r, rhs) / e;
            if (q < best || (q == best && l->basis[r] < l->basis[pr])) {
                best = q;
                pr = r;
            }
        }
        if (pr == SIZE_MAX) /* unbounded below: impossible, w ≥ 0 */
            return -1;
        pivot(l, pr, pc);
    }
    return -1;
}

/* The multiplier of row k at the optimum, in the unflipped row's sign:
 * the reduced cost of artificial k is 1 − π_k. */
static double multiplier(const lp *l, size_t k)
{
    return l->flip[k] * (1.0 - *at(l, l->m, l->n + k));
}

/* Lay the scaled a_i (column i, rows 0..p−1) into a cleared tableau. */
static void lay_rows(lp *l, const ct_matrix *x, const double *y, const double *cs)
{
    const size_t p = x->ncols;
    for (size_t i = 0; i < l->n; i++) {
        const double s = y[i] != 0 ? 1.0 : -1.0;
        double rs = 0;
        for (size_t k = 0; k < p; k++)
            rs = fmax(rs, fabs(x->col[k][i] / cs[k]));
        if (!(rs > 0)) /* an all-zero row: a_i·b = 0 for every b */
            rs = 1;
        for (size_t k = 0; k < p; k++)
            *at(l, k, i) = s * x->col[k][i] / cs[k] / rs;
    }
}

/* Whether b (in the scaled columns) is a witness on the rows of x:
 * strict on every row, or (quasi) ≥ 0 within LP_TOL on every row and > 0
 * on some. */
static int witness(const ct_matrix *x, const double *y, const double *cs, const double *b,
                   int strict)
{
    const size_t p = x->ncols;
    double bmax = 0;
    for (size_t k = 0; k < p; k++)
        bmax = fmax(bmax, fabs(b[k]));
    int some = 0;
    for (size_t i = 0; i < x->nrows; i++) {
        const double s = y[i] != 0 ? 1.0 : -1.0;
        double e = 0, norm = 0;
        for (size_t k = 0; k < p; k++) {
            const double a = s * x->col[k][i] / cs[k];
            e += a * b[k];
            norm += fabs(a);
        }
        const double tol = strict ? 0 : LP_TOL * norm * bmax;
        if (strict ? !(e > 0) : !(e >= -tol))
            return 0;
        some |= e > tol;
    }
    return some;
}

logit_sep ct_logit_separation_(const ct_matrix *x, const double *y)
{
    const size_t n = x->nrows, p = x->ncols, m = p + 1;
    lp l = {n, m, n + m, n + m + 1, NULL, NULL, NULL};
    double *cs = ct_calloc(p ? p : 1, sizeof *cs), *b = ct_calloc(p ? p : 1, sizeof *b);
    l.t = ct_malloc((m + 1) * l.stride * sizeof *l.t);
    l.basis = ct_malloc(m * sizeof *l.basis);
    l.flip = ct_malloc(m * sizeof *l.flip);
    logit_sep res = LOGIT_SEP_UNKNOWN;
    if (!cs || !b || !l.t || !l.basis || !l.flip || n == 0 || p == 0)
        goto out;
    for (size_t k = 0; k < p; k++) {
        for (size_t i = 0; i < n; i++)
            cs[k] = fmax(cs[k], fabs(x->col[k][i]));
        if (!(cs[k] > 0) || !isfinite(cs[k]))
            cs[k] = 1;
    }
    /* Gordan: [A'; 1'] λ = (0, …, 0, 1) */
    memset(l.t, 0, (m + 1) * l.stride * sizeof *l.t);
    lay_rows(&l, x, y, cs);
    for (size_t i = 0; i < n; i++)
        *at(&l, p, i) = 1;
    *at(&l, p, l.ncol) = 1;
    double w = phase1(&l);
    if (w < 0)
        goto out;
    if (w > LP_TOL * (1 + 1)) { /* Σh = 1 */
        for (size_t k = 0; k < p; k++)
            b[k] = -multiplier(&l, k);
        if (witness(x, y, cs, b, 1))
            res = LOGIT_SEP_COMPLETE;
        goto out;
    }
    /* Stiemke: A'u = −A'1 (m = p rows: the tableau's last row unused) */
    l.m = p;
    l.ncol = n + p;
    l.stride = n + p + 1;
    memset(l.t, 0, (p + 1) * l.stride * sizeof *l.t);
    lay_rows(&l, x, y, cs);
    double hsum = 0;
    for (size_t k = 0; k < p; k++) {
        double s = 0;
        for (size_t i = 0; i < n; i++)
            s -= *at(&l, k, i);
        *at(&l, k, l.ncol) = s;
        hsum += fabs(s);
    }
    w = phase1(&l);
    if (w < 0)
        goto out;
    if (w <= LP_TOL * (1 + hsum)) {
        res = LOGIT_SEP_NONE;
        goto out;
    }
    for (size_t k = 0; k < p; k++)
        b[k] = -multiplier(&l, k);
    if (witness(x, y, cs, b, 0))
        res = LOGIT_SEP_QUASI;
out:
    ct_free(cs);
    ct_free(b);
    ct_free(l.t);
    ct_free(l.basis);
    ct_free(l.flip);
    return res;
}
