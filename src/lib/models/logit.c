/* logit.c — logistic regression by Newton/IRLS and its diagnostics (see
 * claimtriage/logit.h for the algorithms and their sources). */
#include "claimtriage/logit.h"
#include "claimtriage/dist.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/stats.h"
#include "models/logit_internal.h"
#include "base/names.h"

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* GSL's error handler is process-global: switching it off and back around
 * each factorization (as this file once did) races when two threads fit at
 * once. It is switched off once for the process instead, before the first
 * GSL call of any fit, and every GSL status is checked here. */
static pthread_once_t gsl_quiet_once = PTHREAD_ONCE_INIT;

static void gsl_quiet_init(void) { gsl_set_error_handler_off(); }

static void gsl_quiet(void) { pthread_once(&gsl_quiet_once, gsl_quiet_init); }

ct_logit_params ct_logit_params_default(void)
{
    ct_logit_params p;
    memset(&p, 0, sizeof p);
    p.max_iter = 100;
    p.beta_tol = 1e-10;
    p.ll_tol = 1e-12;
    p.decrement_tol = 1e-20;
    p.sep_tol = 1e-8;
    p.diverge_scale = 10;
    p.ci_level = 0.95;
    return p;
}

static const char *const separation_names[] = {NULL, "one_predictor", "predictors_each",
                                               "combination"};

const char *ct_logit_separation_name(int kind)
{
    return ct_name_of(CT_NAMES(separation_names), kind);
}

ct_logit_separation ct_logit_separation_from_name(const char *name)
{
    return (ct_logit_separation)ct_name_code(CT_NAMES(separation_names),
                                             name); /* 0: CT_LOGIT_SEP_UNKNOWN */
}

const char *ct_logit_params_check(const ct_logit_params *par)
{
    if (!par)
        return "parameters are NULL";
    if (par->max_iter < 1)
        return "max_iter must be at least 1";
    if (!(par->beta_tol > 0) || !(par->ll_tol > 0) || !(par->decrement_tol > 0) ||
        !(par->sep_tol > 0) || !(par->sep_tol < 0.5) || !(par->diverge_scale > 0))
        return "tolerances must be positive (sep_tol below 0.5)";
    if (!(par->ci_level > 0 && par->ci_level < 1))
        return "ci_level must be in (0, 1)";
    if (!(par->ci_alpha == 0 || (par->ci_alpha > 0 && par->ci_alpha < 1)))
        return "ci_alpha must be 0 (unset) or in (0, 1)";
    return NULL;
}

void ct_logit_free(ct_logit *m)
{
    if (!m)
        return;
    ct_free(m->beta);
    ct_free(m->se);
    ct_free(m->z);
    ct_free(m->pvalue);
    ct_free(m->log10_pvalue);
    ct_free(m->ci_lo);
    ct_free(m->ci_hi);
    ct_free(m->cov);
    ct_free(m->prob);
    ct_free(m->eta);
    ct_free(m->pinned_by);
    ct_free(m);
}

/* Stable logistic function and log(1 + e^η). */
static double expit(double eta)
{
    if (eta >= 0)
        return 1.0 / (1.0 + exp(-eta));
    double e = exp(eta);
    return e / (1.0 + e);
}

static double dot(const double *a, const double *b, size_t p)
{
    double s = 0;
    for (size_t j = 0; j < p; j++)
        s += a[j] * b[j];
    return s;
}

/* Row i of a column-major matrix into xi (p values). */
static void gather_row(const ct_matrix *x, size_t i, double *xi)
{
    for (size_t j = 0; j < x->ncols; j++)
        xi[j] = x->col[j][i];
}

ct_status ct_logit_predict(const ct_logit *m, const ct_matrix *x, double *prob)
{
    if (x->ncols != m->p)
        return CT_EINVAL;
    double *xi = ct_malloc((m->p ? m->p : 1) * sizeof *xi);
    if (!xi)
        return CT_ENOMEM;
    for (size_t i = 0; i < x->nrows; i++) {
        gather_row(x, i, xi);
        prob[i] = expit(dot(xi, m->beta, m->p));
    }
    ct_free(xi);
    return CT_OK;
}

/* Workspace of one fit. */
typedef struct fit_ws {
    size_t n, p;
    const ct_matrix *x;
    const double *y, *w;
    double *eta, *prob;
    double *xi;    /* p: the row being accumulated */
    gsl_matrix *h; /* p × p: X'VX, then its scaled Cholesky factor */
    gsl_vector *g, *d, *u;
    double lmass; /* Σ_i w_i |y_i − p_i| (Σ_j |β_j x_ij| − |η_i|) (eval): see ll_scale */
} fit_ws;

static void ws_free(fit_ws *ws)
{
    ct_free(ws->eta);
    ct_free(ws->prob);
    ct_free(ws->xi);
    if (ws->h)
        gsl_matrix_free(ws->h);
    if (ws->g)
        gsl_vector_free(ws->g);
    if (ws->d)
        gsl_vector_free(ws->d);
    if (ws->u)
        gsl_vector_free(ws->u);
}

static int ws_alloc(fit_ws *ws, const ct_matrix *x, const double *y, const double *w, size_t n,
                    size_t p)
{
    memset(ws, 0, sizeof *ws);
    ws->n = n;
    ws->p = p;
    ws->x = x;
    ws->y = y;
    ws->w = w;
    ws->eta = ct_malloc(n * sizeof *ws->eta);
    ws->prob = ct_malloc(n * sizeof *ws->prob);
    ws->xi = ct_malloc(p * sizeof *ws->xi);
    if (!ws->eta || !ws->prob || !ws->xi)
        return 0;
    ws->h = gsl_matrix_alloc(p, p);
    ws->g = gsl_vector_alloc(p);
    ws->d = gsl_vector_alloc(p);
    ws->u = gsl_vector_alloc(p);
    return ws->h && ws->g && ws->d && ws->u;
}

/* Log-likelihood, gradient g = X'W(y − p) and the equilibrated Cholesky
 * factor of X'VX at beta. Returns 0, or -1 when X'VX is not numerically
 * positive definite (h then holds garbage). */
static int eval(fit_ws *ws, const double *beta, double *ll)
{
    size_t n = ws->n, p = ws->p;
    double l = 0;
    gsl_vector_set_zero(ws->g);
    gsl_matrix_set_zero(ws->h);
    double *g = ws->g->data, *h = ws->h->data;
    size_t tda = ws->h->tda;
    double *xi = ws->xi, mass = 0;
    for (size_t i = 0; i < n; i++) {
        gather_row(ws->x, i, xi);
        /* one exp per row: e = exp(−|η|) gives both p and log(1 + e^η) */
        double eta = dot(xi, beta, p), e = exp(-fabs(eta)), wi = ws->w ? ws->w[i] : 1.0;
        double pr = eta >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        ws->eta[i] = eta;
        ws->prob[i] = pr;
        l += wi * (ws->y[i] * eta - (fmax(eta, 0.0) + log1p(e)));
        double r = wi * (ws->y[i] - pr), v = wi * pr * (1.0 - pr), terms = 0;
        for (size_t j = 0; j < p; j++)
            terms += fabs(beta[j] * xi[j]);
        mass += fabs(r) * (terms - fabs(eta));
        /* gradient and the lower triangle of X'VX, one row at a time */
        for (size_t j = 0; j < p; j++) {
            g[j] += r * xi[j];
            double vx = v * xi[j];
            double *hj = h + j * tda;
            for (size_t k = 0; k <= j; k++)
                hj[k] += vx * xi[k];
        }
    }
    *ll = l;
    ws->lmass = mass;
    /* D·H·D with D = diag(1/√h_jj) */
    for (size_t j = 0; j < p; j++) {
        double hjj = gsl_matrix_get(ws->h, j, j);
        if (!(hjj > 0) || !isfinite(hjj))
            return -1;
        gsl_vector_set(ws->d, j, 1.0 / sqrt(hjj));
    }
    for (size_t j = 0; j < p; j++)
        for (size_t k = 0; k <= j; k++) {
            double v = gsl_matrix_get(ws->h, j, k) * ws->d->data[j] * ws->d->data[k];
            gsl_matrix_set(ws->h, j, k, v);
            gsl_matrix_set(ws->h, k, j, v);
        }
    return gsl_linalg_cholesky_decomp1(ws->h) ? -1 : 0;
}

/* The size against which the convergence rule's ll_tol and decrement_tol
 * are relative: ℓ's rounding. Each row's η = Σ_j β_j x_ij is rounded to
 * about ε·Σ_j |β_j x_ij| (Higham, Accuracy and Stability of Numerical
 * Algorithms, §4.2), which moves ℓ by that times |∂ℓ/∂η_i| = |y_i − p_i|.
 * The part ε·|η_i| of it is of the size of ε·|ℓ_i| and ε·|ℓ| covers it; the
 * rest, ε·Σ_i w_i |y_i − p_i| (Σ_j |β_j x_ij| − |η_i|), is what the terms lost
 * by cancelling. On most designs it is small beside |ℓ|; on an
 * ill-conditioned one (columns near 1e14 and nearly collinear, their terms
 * 1e6 cancelling to η near 1) it is far larger: before
 * 2026-12-04 the rule was relative to 1 + |ℓ| alone, and a fit whose ℓ had
 * converged (statsmodels: 12 steps) ran out of steps, ℓ moving by 8e-10 in
 * rounding at ℓ = −39 (tests/cli/regress_bt_rounding_converges). */
static double ll_scale(const fit_ws *ws, double ll) { return 1.0 + fabs(ll) + ws->lmass; }

/* Newton step: delta = (X'VX)⁻¹ g = D (DHD)⁻¹ D g. */
static void newton_step(fit_ws *ws, double *delta)
{
    for (size_t j = 0; j < ws->p; j++)
        ws->u->data[j] = ws->g->data[j] * ws->d->data[j];
    gsl_linalg_cholesky_svx(ws->h, ws->u);
    for (size_t j = 0; j < ws->p; j++)
        delta[j] = ws->u->data[j] * ws->d->data[j];
}

/* ---- separation diagnosis ---- */

/* |y − p| of row i without cancellation: 1 − p = expit(−η). */
static double miss(double y, double eta, double p) { return y != 0 ? expit(-eta) : p; }

static size_t pinned_rows(const fit_ws *ws, double tol)
{
    size_t c = 0;
    for (size_t i = 0; i < ws->n; i++)
        if (miss(ws->y[i], ws->eta[i], ws->prob[i]) < tol)
            c++;
    return c;
}

/* After a converged fit: the pinned rows and, per column, how many of them
 * have that column as the largest term of their linear predictor. */
static void pinned_drivers(ct_logit *m, const fit_ws *ws, double tol)
{
    m->npinned = 0;
    for (size_t i = 0; i < ws->n; i++) {
        if (!(miss(ws->y[i], ws->eta[i], ws->prob[i]) < tol))
            continue;
        m->npinned++;
        size_t best = 0;
        double big = -1;
        for (size_t j = 1; j < ws->p; j++) {
            const double t = fabs(m->beta[j] * ws->x->col[j][i]);
            if (t > big) {
                big = t;
                best = j;
            }
        }
        m->pinned_by[best]++;
    }
}

/* How column j splits the classes on its own (see separates()). */
typedef struct split {
    int complete;          /* strictly: no tie between the classes */
    double cut_lo, cut_hi; /* the tied range between the two classes' values */
    size_t own;            /* rows on a side that holds one class only */
} split;

/* Whether a value lies on the one-class side of a split (beyond the tie). */
static int own_side(const split *s, double v)
{
    return v < s->cut_lo || v > s->cut_hi || (s->complete && (v == s->cut_lo || v == s->cut_hi));
}

/* Whether column j separates the classes on its own: every positive row on
 * one side of every negative row (ties allowed: quasi-complete). Returns
 * 0 when it does not; else 1, with sp->complete telling whether the split
 * is strict and sp->own the rows strictly beyond the tie, on a side holding
 * one class only (a dummy whose 7 rows with the level are all positive: 7). */
static int separates(const ct_matrix *x, const double *y, size_t n, size_t j, split *sp)
{
    double lo[2] = {INFINITY, INFINITY}, hi[2] = {-INFINITY, -INFINITY};
    for (size_t i = 0; i < n; i++) {
        int c = y[i] != 0;
        double v = x->col[j][i];
        if (v < lo[c])
            lo[c] = v;
        if (v > hi[c])
            hi[c] = v;
    }
    /* a constant column splits nothing (its "ties" are every row) */
    if (fmin(lo[0], lo[1]) == fmax(hi[0], hi[1]))
        return 0;
    if (!(hi[0] <= lo[1] || hi[1] <= lo[0]))
        return 0;
    sp->complete = hi[0] < lo[1] || hi[1] < lo[0];
    const int up = hi[0] <= lo[1]; /* negatives low, positives high */
    sp->cut_lo = up ? hi[0] : hi[1];
    sp->cut_hi = up ? lo[1] : lo[0];
    sp->own = 0;
    for (size_t i = 0; i < n; i++)
        sp->own += (size_t)own_side(sp, x->col[j][i]);
    return 1;
}

/* The first column that separates the classes on its own, or SIZE_MAX. */
static size_t univariate_separator(const ct_matrix *x, const double *y, size_t n, size_t p,
                                   int *complete)
{
    split sp;
    for (size_t j = 1; j < p; j++)
        if (separates(x, y, n, j, &sp)) {
            *complete = sp.complete;
            return j;
        }
    return SIZE_MAX;
}

static const char *col_name(const ct_logit_params *par, size_t j, char *buf, size_t n)
{
    if (par->names && par->names[j])
        return par->names[j];
    snprintf(buf, n, "x%zu", j);
    return buf;
}

/* Separating predictors named, with their rows, in the message; the rest
 * are counted ("and 39 more": a numeric column read as 44 levels) */
#define SEPARATORS_NAMED 6

/* Whether the predictors that separate on their own account for the
 * whole separation: the rows left once every row on one of their
 * one-class sides is set aside overlap (the LP finds no b separating any
 * of them), or none are left. Then the separated rows are exactly theirs;
 * else a combination separates more. Returns 1, 0, or -1 (out of memory,
 * or the LP cannot tell). */
static int accounted_by_separators(const fit_ws *ws)
{
    const size_t n = ws->n, p = ws->p;
    unsigned char *mine = ct_calloc(n ? n : 1, 1);
    if (!mine)
        return -1;
    size_t left = n;
    for (size_t k = 1; k < p; k++) {
        split sp;
        if (!separates(ws->x, ws->y, n, k, &sp))
            continue;
        for (size_t i = 0; i < n; i++)
            if (!mine[i] && own_side(&sp, ws->x->col[k][i])) {
                mine[i] = 1;
                left--;
            }
    }
    int res = 1;
    ct_matrix *rest = NULL;
    double *y = NULL;
    if (left > 0) {
        res = -1;
        y = ct_malloc(left * sizeof *y);
        if (!y || ct_matrix_create(left, p, &rest) != CT_OK)
            goto out;
        for (size_t k = 0; k < p; k++) {
            double *c = ct_matrix_col_alloc(rest, k);
            if (!c)
                goto out;
            for (size_t i = 0, r = 0; i < n; i++)
                if (!mine[i])
                    c[r++] = ws->x->col[k][i];
        }
        for (size_t i = 0, r = 0; i < n; i++)
            if (!mine[i])
                y[r++] = ws->y[i];
        const logit_sep s = ct_logit_separation_(rest, y);
        res = s == LOGIT_SEP_NONE ? 1 : s == LOGIT_SEP_UNKNOWN ? -1 : 0;
    }
out:
    ct_matrix_free(rest);
    ct_free(y);
    ct_free(mine);
    return res;
}

/* Whether a strict witness is at hand without the LP: one column alone
 * splits the classes strictly, every row is pinned, or the linear
 * predictor already puts every row on its class's side. */
static int complete_witness(const fit_ws *ws, int one_column, size_t npinned)
{
    if (one_column || npinned == ws->n)
        return 1;
    size_t i = 0;
    while (i < ws->n && (ws->y[i] != 0 ? ws->eta[i] > 0 : ws->eta[i] < 0))
        i++;
    return i == ws->n;
}

/* The kind of separation beside its message (ct_logit_separation), for
 * callers that act on it: the message's words are for people. Returns s. */
static ct_status separation_kind(ct_diag *diag, ct_logit_separation kind, ct_status s)
{
    if (diag)
        diag->kind = (int)kind;
    return s;
}

/* The message when predictors separate the classes: those that do on their
 * own are named only when they account for it (one of them splits the
 * classes strictly, or every pinned row is on the one-class side of one of
 * them); else the separation is a combination's, named by the predictors
 * whose scaled coefficients diverge, with any that separate only some rows
 * on their own said to (before 2026-12-04 a dummy separating 4 of 39 rows
 * was named as the cause of a complete separation by a combination, called
 * quasi-complete: tests/cli/regress_separation_combination). */
/* Whether column k of x (n rows) holds only 0 and 1: a category's dummy
 * (or a flag). */
static int is_flag(const ct_matrix *x, size_t k, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (x->col[k][i] != 0.0 && x->col[k][i] != 1.0)
            return 0;
    return 1;
}

/* What to do about a separation, as diag's hint (the message says what it
 * is): a predictor that separates on its own has an infinite effect, so
 * it is left out or, a category's dummy (a 0/1 column), its level merged
 * into another; a combination's, one of its predictors left out or more
 * rows. Before 2026-12-06 the error ended at "the maximum likelihood
 * estimates do not exist", with no way out (tests/cli/regress_separation_hint). */
static ct_status separation_hint(ct_status s, ct_diag *diag, const fit_ws *ws, size_t first,
                                 size_t nsep, size_t own_n, const char *name)
{
    if (!diag)
        return s;
    if (nsep == 1 && is_flag(ws->x, first, ws->n))
        snprintf(diag->hint, sizeof diag->hint,
                 "'%s' is a 0/1 column whose %zu row%s on its one-class side decide%s its "
                 "coefficient, which grows without bound: when it is a category's dummy, merge "
                 "that level into another (or drop its rows); else leave it out; then refit",
                 name, own_n, own_n == 1 ? "" : "s", own_n == 1 ? "s" : "");
    else if (nsep == 1)
        snprintf(diag->hint, sizeof diag->hint,
                 "'%s' predicts the outcome perfectly on those rows, so its effect has no finite "
                 "estimate: leave it out, then refit",
                 name);
    else if (nsep > 1) {
        int flags = 1; /* every separator a 0/1 column: levels to merge */
        for (size_t k = 1; k < ws->p && flags; k++) {
            split sp;
            if (separates(ws->x, ws->y, ws->n, k, &sp))
                flags = is_flag(ws->x, k, ws->n);
        }
        snprintf(diag->hint, sizeof diag->hint,
                 "each named predictor predicts the outcome perfectly on its rows, so none has a "
                 "finite estimate: %s, then refit",
                 flags ? "when they are a category's dummies, merge those levels into others (or "
                         "drop their rows); else leave them out"
                       : "leave them out (or merge the levels of those that are a category's "
                         "dummies)");
    } else
        snprintf(diag->hint, sizeof diag->hint,
                 "together the predictors named predict the outcome perfectly on those rows, so "
                 "their coefficients have no finite estimates: merge a category's level held by "
                 "few rows (the reference level too, when all its dummies diverge) into another, "
                 "leave a predictor out, or model more rows, then refit");
    return s;
}

static ct_status separation_error(const fit_ws *ws, const double *beta, const double *scale,
                                  const ct_logit_params *par, size_t npinned, ct_diag *diag)
{
    char nb[32], pin[32], all[32]; /* counts for people: with thousands separators */
    ct_numfmt_count(pin, sizeof pin, npinned);
    ct_numfmt_count(all, sizeof all, ws->n);
    /* the predictors separating on their own, each with its own rows (two
     * dummies of one column: all named, so all are fixed at once) */
    char seps[CT_DIAG_MSG_MAX];
    size_t nsep = 0, w = 0, first = SIZE_MAX, own_n = 0;
    char own1[32] = "";
    int one_complete = 0;
    for (size_t k = 1; k < ws->p; k++) {
        split sp;
        if (!separates(ws->x, ws->y, ws->n, k, &sp))
            continue;
        one_complete |= sp.complete;
        if (first == SIZE_MAX) {
            first = k;
            own_n = sp.own;
            ct_numfmt_count(own1, sizeof own1, own_n);
        }
        if (nsep++ >= SEPARATORS_NAMED) /* counted, not named */
            continue;
        char ob[32];
        ct_numfmt_count(ob, sizeof ob, sp.own);
        int q = snprintf(seps + w, sizeof seps - w, "%s'%s' (%s row%s)", nsep > 1 ? ", " : "",
                         col_name(par, k, nb, sizeof nb), ob, sp.own == 1 ? "" : "s");
        w += q > 0 ? (size_t)q : 0;
        if (w >= sizeof seps)
            w = sizeof seps - 1;
    }
    if (nsep > SEPARATORS_NAMED && w + 1 < sizeof seps) {
        int q = snprintf(seps + w, sizeof seps - w, " and %zu more", nsep - SEPARATORS_NAMED);
        w += q > 0 ? (size_t)q : 0;
    }
    /* complete, quasi-complete or neither, from the data (the LP when the
     * fit gives no witness); a column separating alone proves at least
     * quasi-complete separation whatever the LP's tolerances say */
    logit_sep sep = complete_witness(ws, one_complete, npinned)
                        ? LOGIT_SEP_COMPLETE
                        : ct_logit_separation_(ws->x, ws->y);
    if (nsep > 0 && sep != LOGIT_SEP_COMPLETE)
        sep = LOGIT_SEP_QUASI;
    const int complete = sep == LOGIT_SEP_COMPLETE;
    const char *kind = complete                 ? "complete"
                       : sep == LOGIT_SEP_QUASI ? "quasi-complete"
                                                : "complete or quasi-complete";
    char list[CT_DIAG_MSG_MAX];
    size_t lw = 0;
    list[0] = '\0';
    for (size_t k = 1; k < ws->p && lw + 1 < sizeof list; k++)
        if (fabs(beta[k]) * scale[k] > par->diverge_scale) {
            int q = snprintf(list + lw, sizeof list - lw, "%s'%s'", lw ? ", " : "",
                             col_name(par, k, nb, sizeof nb));
            lw += q > 0 ? (size_t)q : 0;
        }
    if (sep == LOGIT_SEP_NONE) /* the classes overlap: the MLE exists */
        return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                           "the fit failed short of the estimates although they exist: no "
                           "combination of predictors separates the outcome classes, yet %s of "
                           "%s rows reached a fitted probability of 0 or 1 and the coefficients "
                           "of %s grew huge (near separation); leave out or rescale some of "
                           "them",
                           pin, all, lw ? list : "several predictors");
    if (nsep > 0 && (one_complete || accounted_by_separators(ws) != 0)) {
        if (nsep > 1)
            return separation_hint(
                separation_kind(
                    diag, CT_LOGIT_SEP_EACH,
                    ct_diag_set(diag, CT_ESEPARATION, NULL, 0, 0,
                                "%s separation: %zu predictors each separate the outcome classes "
                                "on their own, with the rows on their one-class side: %s; %s of "
                                "%s rows get%s a fitted probability of 0 or 1; the maximum "
                                "likelihood estimates do not exist",
                                kind, nsep, seps, pin, all, npinned == 1 ? "s" : "")),
                diag, ws, first, nsep, own_n, NULL);
        return separation_hint(
            separation_kind(
                diag, CT_LOGIT_SEP_ONE_PREDICTOR,
                ct_diag_set(diag, CT_ESEPARATION, NULL, 0, 0,
                            "%s separation: '%s' alone separates the outcome classes (%s row%s on "
                            "its one-class side; %s of %s rows get%s a fitted probability of 0 or "
                            "1); the maximum likelihood estimates do not exist",
                            kind, col_name(par, first, nb, sizeof nb), own1, own_n == 1 ? "" : "s",
                            pin, all, npinned == 1 ? "s" : "")),
            diag, ws, first, 1, own_n, col_name(par, first, nb, sizeof nb));
    }
    const char *together = complete ? " (together they put every row on its class's side)" : "";
    if (nsep == 0)
        return separation_hint(
            separation_kind(
                diag, CT_LOGIT_SEP_COMBINATION,
                ct_diag_set(
                    diag, CT_ESEPARATION, NULL, 0, 0,
                    "%s separation by a combination of predictors%s: %s of %s rows get%s "
                    "a fitted probability of 0 or 1 and the coefficients of %s diverge; the "
                    "maximum likelihood estimates do not exist",
                    kind, together, pin, all, npinned == 1 ? "s" : "",
                    lw ? list : "several predictors")),
            diag, ws, 0, 0, 0, NULL);
    const char *their = nsep > 1 ? "their" : "its";
    return separation_hint(
        separation_kind(
            diag, CT_LOGIT_SEP_COMBINATION,
            ct_diag_set(diag, CT_ESEPARATION, NULL, 0, 0,
                        "%s separation by a combination of predictors%s: %s of %s rows get%s "
                        "a fitted probability of 0 or 1 and the coefficients of %s diverge; on %s "
                        "own, %s separate%s only the rows on %s one-class side; the maximum "
                        "likelihood estimates do not exist",
                        kind, together, pin, all, npinned == 1 ? "s" : "",
                        lw ? list : "several predictors", their, seps, nsep > 1 ? "" : "s", their)),
        diag, ws, 0, 0, 0, NULL);
}

/* ---- singular designs ---- */

/* Whether column c (n values) is constant. */
static int is_constant(const double *c, size_t n)
{
    size_t i = 1;
    while (i < n && c[i] == c[0])
        i++;
    return i >= n;
}

/* A column whose squared Cholesky pivot in the equilibrated X'X is below
 * this, 1 − R² on the earlier columns (a VIF above 1e8), is taken as their
 * linear combination to within rounding, once the design has been found
 * singular (SINGULAR_COND) or a fit has failed with X'VX singular: b = 2a +
 * 1 written to 17 digits leaves a pivot near 1e-16 where an exact
 * factorisation would stop, so X'X "factors". Only a diagnosis: it names
 * the column, it refuses no fit. */
#define NEAR_DEPENDENT_PIVOT 1e-8

/* A design whose condition number (columns scaled to unit length,
 * design_cond) exceeds 1/√ε ≈ 6.7e7 is singular in double precision: X'VX,
 * which every Newton step solves, has about its square, beyond 1/ε, so its
 * smallest eigenvalue is lost in rounding and the step has no correct
 * digit. Refused before the fit, whatever the order of the columns (before
 * 2026-12-04 b = 2a + 1 to within rounding was refused only when X'VX
 * happened not to factor: with the columns in another order the fit
 * "converged" with standard errors of 3.6e4, or ran out of Newton steps:
 * tests/cli/regress_collinear_any_order). Two predictors at r =
 * 0.9999999999 (../shared/cases/FC14) have 4.2e5 and still fit; a rounding
 * dependence gives 1e13 and more. */
#define SINGULAR_COND 6.7108864e7 /* 2^26 = 1/√DBL_EPSILON */

/* Why the design is singular, naming columns: an all-zero column, a
 * constant one (it duplicates the intercept), or the first column that is a
 * linear combination of earlier ones (found by Cholesky of growing leading
 * blocks of the equilibrated X'X; the combination's weights by solving the
 * block before it). With within_rounding, when X'X factors (the dependence
 * holds only to within rounding), the column with the smallest pivot below
 * NEAR_DEPENDENT_PIVOT is named as a combination to within rounding. */
static ct_status singular_design(const ct_matrix *x, const ct_logit_params *par,
                                 int within_rounding, ct_diag *diag)
{
    const size_t n = x->nrows, p = x->ncols;
    char nb[32];
    for (size_t j = 1; j < p; j++) {
        const double *c = x->col[j];
        if (!is_constant(c, n))
            continue;
        if (c[0] == 0)
            return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                               "X'VX is singular: design column '%s' is 0 in every modelled row "
                               "(a level or value that never occurs); leave it out",
                               col_name(par, j, nb, sizeof nb));
        return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                           "X'VX is singular: design column '%s' is constant (%.6g in every "
                           "modelled row), so it duplicates the intercept; leave it out",
                           col_name(par, j, nb, sizeof nb), c[0]);
    }
    /* a column whose squares leave the range of a double (1e200s overflow
     * X'X, 1e-200s underflow to 0): not a dependence, a scale */
    for (size_t j = 1; j < p; j++) {
        double big = 0;
        for (size_t i = 0; i < n; i++)
            if (isfinite(x->col[j][i]))
                big = fmax(big, fabs(x->col[j][i]));
        if (ct_stats_scale_exp(big, CT_STATS_SQUARES_SAFE_EXP))
            return ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                               "X'VX is singular: design column '%s' holds values of magnitude "
                               "%.3g, whose squares leave the range of a double (beyond 1e150 or "
                               "below 1e-150); rescale it (divide or multiply by a power of ten)",
                               col_name(par, j, nb, sizeof nb), big);
    }
    gsl_matrix *a = gsl_matrix_alloc(p, p), *b = gsl_matrix_alloc(p, p);
    gsl_vector *d = gsl_vector_alloc(p), *rhs = gsl_vector_alloc(p);
    char *list = ct_malloc(CT_DIAG_MSG_MAX);
    ct_status st = CT_ENUMERIC;
    if (!a || !b || !d || !rhs || !list) {
        st = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory diagnosing the design");
        goto out;
    }
    for (size_t j = 0; j < p; j++)
        for (size_t k = 0; k <= j; k++) {
            double sxy = 0;
            for (size_t i = 0; i < n; i++)
                sxy += x->col[j][i] * x->col[k][i];
            gsl_matrix_set(a, j, k, sxy);
            gsl_matrix_set(a, k, j, sxy);
        }
    for (size_t j = 0; j < p; j++)
        gsl_vector_set(d, j, 1.0 / sqrt(gsl_matrix_get(a, j, j)));
    for (size_t j = 0; j < p; j++)
        for (size_t k = 0; k < p; k++)
            gsl_matrix_set(a, j, k, gsl_matrix_get(a, j, k) * d->data[j] * d->data[k]);
    size_t bad = p;
    for (size_t m = 2; m <= p && bad == p; m++) {
        gsl_matrix_view lead = gsl_matrix_submatrix(b, 0, 0, m, m);
        gsl_matrix_const_view src = gsl_matrix_const_submatrix(a, 0, 0, m, m);
        gsl_matrix_memcpy(&lead.matrix, &src.matrix);
        if (gsl_linalg_cholesky_decomp1(&lead.matrix))
            bad = m - 1;
    }
    double near = 1; /* 1 − R² of the near-dependent column */
    if (bad == p && within_rounding) {
        gsl_matrix_memcpy(b, a);
        if (!gsl_linalg_cholesky_decomp1(b))
            for (size_t j = 1; j < p; j++) {
                const double l = gsl_matrix_get(b, j, j);
                if (l * l < NEAR_DEPENDENT_PIVOT && l * l < near) {
                    near = l * l;
                    bad = j;
                }
            }
    }
    size_t w = 0;
    list[0] = '\0';
    if (bad < p) { /* weights of column bad on columns 0..bad-1 */
        gsl_matrix_view lead = gsl_matrix_submatrix(b, 0, 0, bad, bad);
        gsl_matrix_const_view src = gsl_matrix_const_submatrix(a, 0, 0, bad, bad);
        gsl_matrix_memcpy(&lead.matrix, &src.matrix);
        gsl_vector_view r = gsl_vector_subvector(rhs, 0, bad);
        for (size_t k = 0; k < bad; k++)
            gsl_vector_set(&r.vector, k, gsl_matrix_get(a, k, bad));
        int others = 0; /* a column other than the constant in the combination */
        if (!gsl_linalg_cholesky_decomp1(&lead.matrix) &&
            !gsl_linalg_cholesky_svx(&lead.matrix, &r.vector))
            for (size_t k = 0; k < bad && w + 1 < CT_DIAG_MSG_MAX; k++)
                if (fabs(gsl_vector_get(&r.vector, k)) > 1e-6) {
                    others |= k > 0;
                    int q = snprintf(list + w, CT_DIAG_MSG_MAX - w, "%s'%s'", w ? ", " : "",
                                     k ? col_name(par, k, nb, sizeof nb) : "const");
                    w += q > 0 ? (size_t)q : 0;
                }
        if (w >= CT_DIAG_MSG_MAX)
            w = CT_DIAG_MSG_MAX - 1;
        if (w && !others) {
            /* the constant alone: a column that is not constant (checked
             * above) but whose spread is lost beside its size in double
             * precision (counts near 2^53: 9.0e15 + 0..989), not a column
             * repeated in other units */
            const double *c = x->col[bad];
            double lo = c[0], hi = c[0];
            for (size_t i = 1; i < n; i++) {
                lo = c[i] < lo ? c[i] : lo;
                hi = c[i] > hi ? c[i] : hi;
            }
            const double size = fmax(fabs(lo), fabs(hi));
            st = ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                             "X'VX is singular: design column '%s' is nearly constant for its "
                             "size: its values lie in [%.17g, %.17g], a spread of %.3g relative "
                             "to %.3g, lost beside the intercept in double precision; subtract a "
                             "constant from it (its minimum) or rescale it",
                             col_name(par, bad, nb, sizeof nb), lo, hi, (hi - lo) / size, size);
            goto out;
        }
        char within[96] = "";
        if (near < 1)
            snprintf(within, sizeof within,
                     " to within rounding (1 - R^2 = %.2g on them, a VIF of %.2g)", near, 1 / near);
        st = ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                         "X'VX is singular: design column '%s' is a linear combination of %s%s "
                         "(dummies that add up to another column, or one count repeated in "
                         "other units); leave one of them out",
                         col_name(par, bad, nb, sizeof nb), w ? list : "earlier columns", within);
    } else {
        st = ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                         "X'VX is singular: some design columns are linearly dependent "
                         "(a constant column, or dummies that add up to another column)");
    }
out:
    if (a)
        gsl_matrix_free(a);
    if (b)
        gsl_matrix_free(b);
    if (d)
        gsl_vector_free(d);
    if (rhs)
        gsl_vector_free(rhs);
    ct_free(list);
    return st;
}

/* Condition number of x with unit-length columns (Belsley, Kuh & Welsch
 * 1980): the ratio of the extreme singular values, computed as Drmac &
 * Veselic (2008) precondition one-sided Jacobi SVD: a Householder QR of the
 * n x p design first (one pass of O(n p^2)), then Jacobi on the p x p R,
 * whose singular values are the design's. (Jacobi on the tall design itself
 * swept every column pair over all n rows until converged: 68% of `regress`
 * on a million rows.) INFINITY for an all-zero column or a zero singular
 * value; NaN when out of memory. */
static double design_cond(const ct_matrix *x)
{
    const size_t n = x->nrows, p = x->ncols;
    gsl_matrix *a = gsl_matrix_alloc(n, p), *r = gsl_matrix_calloc(p, p),
               *q = gsl_matrix_alloc(p, p);
    gsl_vector *sv = gsl_vector_alloc(p), *tau = gsl_vector_alloc(p);
    double c = NAN;
    if (a && r && q && sv && tau) {
        int zero = 0;
        for (size_t j = 0; j < p; j++) {
            double ss = 0;
            for (size_t i = 0; i < n; i++)
                ss += x->col[j][i] * x->col[j][i];
            zero |= !(ss > 0);
            const double f = ss > 0 ? 1.0 / sqrt(ss) : 0.0;
            for (size_t i = 0; i < n; i++)
                a->data[i * a->tda + j] = x->col[j][i] * f;
        }
        if (zero)
            c = INFINITY;
        else if (!gsl_linalg_QR_decomp(a, tau)) {
            for (size_t i = 0; i < p; i++)
                for (size_t j = i; j < p; j++)
                    gsl_matrix_set(r, i, j, gsl_matrix_get(a, i, j));
            if (!gsl_linalg_SV_decomp_jacobi(r, q, sv)) {
                double hi = gsl_vector_max(sv), lo = gsl_vector_min(sv);
                c = lo > 0 ? hi / lo : INFINITY;
            }
        }
    }
    if (a)
        gsl_matrix_free(a);
    if (r)
        gsl_matrix_free(r);
    if (q)
        gsl_matrix_free(q);
    if (sv)
        gsl_vector_free(sv);
    if (tau)
        gsl_vector_free(tau);
    return c;
}

/* ---- the fit ---- */

static ct_status check_inputs(const ct_matrix *x, const double *y, const ct_logit_params *par,
                              ct_diag *diag)
{
    const char *msg = ct_logit_params_check(par);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    size_t n = x->nrows, p = x->ncols;
    if (p < 1 || n <= p)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "need more rows than coefficients (%zu row%s, %zu coefficient%s)", n,
                           n == 1 ? "" : "s", p, p == 1 ? "" : "s");
    for (size_t j = 0; j < p; j++)
        if (!x->col[j])
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "design column %zu is not set", j);
    size_t npos = 0;
    for (size_t i = 0; i < n; i++) {
        if (x->col[0][i] != 1.0)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "column 0 must be the constant 1");
        if (y[i] != 0.0 && y[i] != 1.0)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "the outcome must be 0 or 1");
        if (par->weights && !(par->weights[i] > 0 && isfinite(par->weights[i])))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "weights must be positive");
        for (size_t j = 0; j < p; j++)
            if (!isfinite(x->col[j][i]))
                return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "non-finite value in the design");
        npos += y[i] != 0;
    }
    if (npos == 0 || npos == n)
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0, /* a fact of the data */
                           "the outcome has a single class (%zu of %zu rows positive)", npos, n);
    return CT_OK;
}

/* Summary statistics of a converged fit (statsmodels' LogitResults). */
static void summarize(ct_logit *m, const fit_ws *ws, const ct_logit_params *par)
{
    size_t p = m->p, n = m->n;
    /* covariance = D (DHD)⁻¹ D from the equilibrated factor */
    gsl_matrix_view cv = gsl_matrix_view_array(m->cov, p, p);
    gsl_matrix_memcpy(&cv.matrix, ws->h);
    gsl_linalg_cholesky_invert(&cv.matrix);
    for (size_t j = 0; j < p; j++)
        for (size_t k = 0; k < p; k++)
            m->cov[j * p + k] *= ws->d->data[j] * ws->d->data[k];
    /* the quantile solved on its tail, exact, as test's intervals take
     * theirs (htest_compare.c): 0.5 + ci_level/2 rounds near 1, 8.0414 for
     * the exact 8.0269 at alpha 1e-15; ci_alpha, when the caller has it,
     * keeps the digits that 1 − ci_level lost (tests/cli/regress_alpha_tiny_z) */
    const double tail = (par->ci_alpha > 0 ? par->ci_alpha : 1. - par->ci_level) / 2.;
    m->z_crit = -ct_dist_normal_quantile(tail);
    for (size_t j = 0; j < p; j++) {
        m->se[j] = sqrt(m->cov[j * p + j]);
        m->z[j] = m->beta[j] / m->se[j];
        m->pvalue[j] = 2.0 * gsl_cdf_ugaussian_Q(fabs(m->z[j]));
        m->log10_pvalue[j] = ct_dist_normal_sf2(m->z[j]).log10p; /* beside an underflowed 0 */
        m->ci_lo[j] = m->beta[j] - m->z_crit * m->se[j];
        m->ci_hi[j] = m->beta[j] + m->z_crit * m->se[j];
    }
    /* null model: intercept only, p̄ = Σw y / Σw */
    double sw = 0, swy = 0;
    for (size_t i = 0; i < n; i++) {
        double wi = ws->w ? ws->w[i] : 1.0;
        sw += wi;
        swy += wi * ws->y[i];
    }
    double pbar = swy / sw;
    m->ll_null = swy * log(pbar) + (sw - swy) * log1p(-pbar);
    m->df_model = p - 1;
    m->df_resid = n - p;
    m->llr = 2.0 * (m->ll - m->ll_null);
    m->llr_pvalue = m->df_model ? gsl_cdf_chisq_Q(m->llr, (double)m->df_model) : NAN;
    m->llr_log10_pvalue = m->df_model ? ct_dist_chisq_sf(m->llr, (double)m->df_model).log10p : NAN;
    m->prsquared = 1.0 - m->ll / m->ll_null;
    m->aic = -2.0 * m->ll + 2.0 * (double)p;
    m->bic = -2.0 * m->ll + (double)p * log((double)n);
    memcpy(m->prob, ws->prob, n * sizeof *m->prob);
}

static ct_logit *logit_alloc(size_t n, size_t p)
{
    ct_logit *m = ct_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->n = n;
    m->p = p;
    m->beta = ct_calloc(p, sizeof(double));
    m->se = ct_malloc(p * sizeof(double));
    m->z = ct_malloc(p * sizeof(double));
    m->pvalue = ct_malloc(p * sizeof(double));
    m->log10_pvalue = ct_malloc(p * sizeof(double));
    m->ci_lo = ct_malloc(p * sizeof(double));
    m->ci_hi = ct_malloc(p * sizeof(double));
    m->cov = ct_malloc(p * p * sizeof(double));
    m->prob = ct_malloc(n * sizeof(double));
    m->eta = ct_malloc(n * sizeof(double));
    m->pinned_by = ct_calloc(p, sizeof(size_t));
    if (!m->beta || !m->se || !m->z || !m->pvalue || !m->log10_pvalue || !m->ci_lo || !m->ci_hi ||
        !m->cov || !m->prob || !m->eta || !m->pinned_by) {
        ct_logit_free(m);
        return NULL;
    }
    return m;
}

ct_status ct_logit_fit(const ct_matrix *x, const double *y, const ct_logit_params *par,
                       ct_logit **out, ct_diag *diag)
{
    *out = NULL;
    ct_status s = check_inputs(x, y, par, diag);
    if (s)
        return s;
    gsl_quiet();
    size_t n = x->nrows, p = x->ncols;
    ct_logit_params pl = *par; /* messages name columns by the matrix's names by default */
    if (!pl.names)
        pl.names = (const char *const *)x->names;
    fit_ws ws;
    ct_logit *m = logit_alloc(n, p);
    double *delta = ct_malloc(p * sizeof *delta), *scale = ct_malloc(p * sizeof *scale);
    if (!ws_alloc(&ws, x, y, par->weights, n, p) || !m || !delta || !scale) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory fitting the model");
        goto out;
    }
    for (size_t j = 0; j < p; j++) {
        scale[j] = 0;
        for (size_t i = 0; i < n; i++)
            scale[j] = fmax(scale[j], fabs(x->col[j][i]));
    }
    double ll = 0, ll_prev = -INFINITY, dec = INFINITY, dec_prev = INFINITY;
    /* a constant column duplicates the intercept (column 0) however X'X
     * rounds: its equilibrated copy may still factor, and the fit then ran
     * on, and a separating predictor beside it was blamed on it */
    int constant = 0;
    for (size_t j = 1; j < p && !constant; j++)
        constant = n > 0 && is_constant(x->col[j], n);
    const double cond = constant ? INFINITY : design_cond(x); /* NaN: out of memory */
    int ok = !constant && !(cond > SINGULAR_COND) && eval(&ws, m->beta, &ll) == 0, done = 0,
        have_step = 0, flat = 0;
    if (!ok) { /* the design (X'X) is singular: name the columns */
        s = singular_design(x, &pl, 1, diag);
        goto out;
    }
    size_t it = 0;
    while (ok && !done && it < par->max_iter) {
        if (!have_step)
            newton_step(&ws, delta);
        double dmax = 0;
        for (size_t j = 0; j < p; j++) {
            m->beta[j] += delta[j];
            dmax = fmax(dmax, fabs(delta[j]) * scale[j]);
        }
        it++;
        ll_prev = ll;
        ok = eval(&ws, m->beta, &ll) == 0 && isfinite(ll);
        have_step = 0;
        if (!ok)
            break;
        /* the next step now: its decrement says how much ℓ may still rise */
        newton_step(&ws, delta);
        have_step = 1;
        dec_prev = dec;
        dec = 0.5 * dot(ws.g->data, delta, p);
        /* converged: ℓ stopped changing, and either the step was negligible
         * or the decrement was negligible before this step and still is (the
         * step only moved β within rounding; see logit.h) */
        const double lscale = ll_scale(&ws, ll);
        const int flat_now = fabs(dec) <= par->decrement_tol * lscale;
        done = fabs(ll - ll_prev) <= par->ll_tol * lscale &&
               (dmax <= par->beta_tol || (flat && flat_now));
        flat = flat_now;
    }
    m->iterations = it;
    m->ll = ll;
    m->weighted = par->weights != NULL;
    m->max_decrement = dec;
    if (ok && done) {
        memcpy(m->eta, ws.eta, n * sizeof *m->eta);
        pinned_drivers(m, &ws, par->sep_tol);
        int complete = 0;
        /* every row pinned, or one predictor splitting the classes: the MLE
         * does not exist, whatever the iteration says */
        if (m->npinned == n ||
            (m->npinned > 0 && univariate_separator(x, y, n, p, &complete) != SIZE_MAX)) {
            s = separation_error(&ws, m->beta, scale, &pl, m->npinned, diag);
            goto out;
        }
        m->converged = 1;
        summarize(m, &ws, par);
        m->cond = cond;
        *out = m;
        m = NULL;
        goto out;
    }
    size_t npinned = pinned_rows(&ws, par->sep_tol);
    if (npinned > 0) {
        s = separation_error(&ws, m->beta, scale, &pl, npinned, diag);
    } else if (!ok) {
        s = singular_design(x, &pl, 1, diag);
        if (s == CT_ENUMERIC && strstr(diag ? diag->message : "", "some design columns"))
            s = ct_diag_set(diag, CT_ENUMERIC, NULL, 0, 0,
                            "X'VX became singular during the fit (after %zu Newton steps) "
                            "although X'X is not: fitted probabilities reached 0 or 1 in "
                            "double precision; check for separation or extreme values",
                            it);
    } else if (dec_prev <= DBL_EPSILON * ll_scale(&ws, ll) && fabs(ll - ll_prev) > dec_prev) {
        /* the last step had less to gain (its decrement) than ℓ's rounding,
         * yet ℓ moved by more: the moves are rounding, not progress, and
         * more steps cannot help
         * (before 2026-12-04 this was reported as a step limit:
         * tests/cli/regress_bt_rounding_converges) */
        s = ct_diag_set(diag, CT_ENOCONVERGE, NULL, 0, 0,
                        "the fit cannot settle in double precision: after %zu Newton steps "
                        "the log-likelihood still moves by %.3g, more than the %.3g the last "
                        "step could gain, so the moves are rounding; the design is "
                        "ill-conditioned (condition number %.3g with unit-length columns)",
                        it, fabs(ll - ll_prev), dec_prev, cond);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "rescale large columns (subtract their minimum, or count in millions), "
                     "and leave out one of two nearly collinear columns");
    } else {
        s = ct_diag_set(diag, CT_ENOCONVERGE, NULL, 0, 0,
                        "no convergence after %zu Newton steps: the log-likelihood still "
                        "changes by %.3g (decrement %.3g)",
                        par->max_iter, fabs(ll - ll_prev), dec);
        /* the advice in the hint, which a caller without max_iter replaces
         * (regress: before 2026-12-04 it told CLI users to raise a
         * max_iter they cannot set) */
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "raise max_iter (ct_logit_params) or rescale the predictors");
    }
out:
    ws_free(&ws);
    ct_free(delta);
    ct_free(scale);
    ct_logit_free(m);
    return s;
}

/* ---- VIF ---- */

/* Is some column other than j constant (zero variance)? statsmodels' rule
 * for whether the regression of column j has a constant. */
static int others_have_constant(const ct_matrix *x, size_t j)
{
    size_t n = x->nrows;
    for (size_t k = 0; k < x->ncols; k++) {
        if (k == j)
            continue;
        if (is_constant(x->col[k], n) && x->col[k][0] != 0)
            return 1;
    }
    return 0;
}

/* One Householder QR of the design, X = QR, serves every column: the
 * residual sum of squares of column j regressed on the others is
 * 1/[(X'X)⁻¹]_jj = 1/Σ_k (R⁻¹)_jk² (the Frisch–Waugh–Lovell theorem; Golub &
 * Van Loan, Matrix Computations, §5.3), so R²_j = 1 − SSR_j/TSS_j.
 * A constant column that adds nothing to the others' span (all zero, or a
 * second constant beside a first) is left out of the QR, as statsmodels'
 * pinv leaves it out of every other column's regression, and gets NaN:
 * its R² is 1 − 0/0 (before 2026-12-04 one all-zero column made every VIF
 * infinite: tests/cli/regress_screen_zero_column, test_logit.c). */
ct_status ct_logit_vif(const ct_matrix *x, double *vif, ct_diag *diag)
{
    size_t n = x->nrows, p = x->ncols;
    if (p < 2 || n <= p)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "VIF needs at least two columns and more rows than columns");
    gsl_quiet();
    size_t *use = ct_malloc(p * sizeof *use), q = 0; /* the columns in the QR */
    int have_const = 0;
    for (size_t j = 0; use && j < p; j++) {
        const int cst = is_constant(x->col[j], n);
        vif[j] = NAN;
        if (cst && (x->col[j][0] == 0 || have_const))
            continue; /* its VIF stays NaN */
        have_const |= cst;
        use[q++] = j;
    }
    gsl_matrix *a = use ? gsl_matrix_alloc(n, q) : NULL;
    gsl_vector *tau = use ? gsl_vector_alloc(q) : NULL;
    gsl_matrix *rinv = use ? gsl_matrix_alloc(q, q) : NULL;
    if (!a || !tau || !rinv) {
        if (a)
            gsl_matrix_free(a);
        if (tau)
            gsl_vector_free(tau);
        if (rinv)
            gsl_matrix_free(rinv);
        ct_free(use);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for VIF");
    }
    for (size_t t = 0; t < q; t++) /* tda == q for a fresh matrix */
        for (size_t i = 0; i < n; i++)
            a->data[i * q + t] = x->col[use[t]][i];
    int st = gsl_linalg_QR_decomp(a, tau);
    int singular = 0;
    if (!st) {
        gsl_matrix_set_zero(rinv);
        for (size_t j = 0; j < q; j++)
            for (size_t k = j; k < q; k++)
                gsl_matrix_set(rinv, j, k, gsl_matrix_get(a, j, k));
        for (size_t j = 0; j < q; j++)
            singular |= gsl_matrix_get(rinv, j, j) == 0;
        if (!singular)
            st = gsl_linalg_tri_upper_invert(rinv);
    }
    for (size_t t = 0; t < q; t++) {
        const size_t j = use[t];
        const double *c = x->col[j];
        double mean = 0, tss = 0;
        if (others_have_constant(x, j)) {
            for (size_t i = 0; i < n; i++)
                mean += c[i];
            mean /= (double)n;
        }
        for (size_t i = 0; i < n; i++)
            tss += (c[i] - mean) * (c[i] - mean);
        if (!(tss > 0)) {
            vif[j] = NAN; /* constant beside a constant: R² = 1 − 0/0 */
            continue;
        }
        if (st || singular) {
            vif[j] = INFINITY;
            continue;
        }
        double s2 = 0;
        for (size_t k = t; k < q; k++)
            s2 += gsl_matrix_get(rinv, t, k) * gsl_matrix_get(rinv, t, k);
        double r2 = 1.0 - (1.0 / s2) / tss;
        vif[j] = r2 < 1.0 ? 1.0 / (1.0 - r2) : INFINITY;
    }
    gsl_matrix_free(a);
    gsl_vector_free(tau);
    gsl_matrix_free(rinv);
    ct_free(use);
    return CT_OK;
}

/* ---- Box–Tidwell ---- */

/* Name of column j for the augmented model's messages. */
static const char *bt_name(const ct_logit_params *par, const ct_matrix *x, size_t j)
{
    if (par->names)
        return par->names[j];
    return x->names[j];
}

ct_status ct_logit_box_tidwell(const ct_matrix *x, const double *y, const int *test,
                               const ct_logit_params *par, double *pvalue, double *log10_pvalue,
                               int *shifted, int *applicable, size_t *npinned, ct_diag *diag)
{
    size_t n = x->nrows, p = x->ncols, q = 0;
    if (npinned)
        *npinned = 0;
    for (size_t j = 0; j < p; j++) {
        pvalue[j] = NAN;
        if (log10_pvalue)
            log10_pvalue[j] = NAN;
        shifted[j] = 0;
        applicable[j] = CT_BT_NOT_ASKED;
        if (!test[j])
            continue;
        int neg = 0, zero = 0;
        size_t distinct = n > 0; /* counted up to 3 */
        double second = 0.;
        for (size_t i = 0; i < n; i++) {
            const double v = x->col[j][i];
            neg |= v < 0;
            zero |= v == 0;
            if (distinct == 1 && v != x->col[j][0])
                distinct = 2, second = v;
            else if (distinct == 2 && v != x->col[j][0] && v != second)
                distinct = 3;
        }
        if (neg) {
            applicable[j] = CT_BT_NEGATIVE;
            continue;
        }
        if (distinct < 3) {
            applicable[j] = CT_BT_TWO_VALUES;
            continue;
        }
        applicable[j] = CT_BT_TESTED;
        shifted[j] = zero;
        q++;
    }
    if (q == 0)
        return CT_OK;
    /* the augmented design borrows x's columns and owns the x·ln x terms */
    size_t pa = p + q;
    ct_matrix *xa = NULL;
    ct_status s = ct_matrix_create(n, pa, &xa);
    const char **names = ct_calloc(pa, sizeof *names);
    char **nbuf = ct_calloc(q, sizeof *nbuf); /* "x*ln(x)", whole whatever the length */
    if (s || !names || !nbuf) {
        ct_matrix_free(xa);
        ct_free(names);
        ct_free(nbuf);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for Box-Tidwell");
    }
    size_t c = p;
    for (size_t j = 0; j < p; j++) {
        ct_matrix_col_borrow(xa, j, x->col[j]);
        names[j] = bt_name(par, x, j);
        if (applicable[j] != CT_BT_TESTED)
            continue;
        double *t = ct_matrix_col_alloc(xa, c);
        if (!t) {
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for Box-Tidwell");
            break;
        }
        for (size_t i = 0; i < n; i++) {
            double v = x->col[j][i] + (shifted[j] ? 1.0 : 0.0);
            t[i] = v > 0 ? v * log(v) : 0.0;
        }
        if (names[j]) {
            const size_t len = 2 * strlen(names[j]) + 8;
            if (!(nbuf[c - p] = ct_malloc(len))) {
                s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for Box-Tidwell");
                break;
            }
            snprintf(nbuf[c - p], len, "%s*ln(%s)", names[j], names[j]);
            names[c] = nbuf[c - p];
        }
        c++;
    }
    ct_logit_params pb = *par;
    pb.names = names;
    ct_logit *m = NULL;
    if (!s)
        s = ct_logit_fit(xa, y, &pb, &m, diag);
    if (!s) {
        c = p;
        for (size_t j = 0; j < p; j++)
            if (applicable[j] == CT_BT_TESTED) {
                if (log10_pvalue) /* finite beside a p that underflowed to 0 */
                    log10_pvalue[j] = m->log10_pvalue[c];
                pvalue[j] = m->pvalue[c++];
            }
        if (npinned)
            *npinned = m->npinned;
    }
    ct_logit_free(m);
    ct_matrix_free(xa);
    ct_free(names);
    for (size_t k = 0; nbuf && k < q; k++)
        ct_free(nbuf[k]);
    ct_free(nbuf);
    return s;
}

/* ---- influence ---- */

ct_status ct_logit_influence(const ct_logit *m, const ct_matrix *x, const double *y, double *hat,
                             double *cooks, double *std_resid)
{
    size_t p = m->p;
    if (x->ncols != p || x->nrows != m->n)
        return CT_EINVAL;
    double *xi = ct_malloc((p ? p : 1) * sizeof *xi);
    if (!xi)
        return CT_ENOMEM;
    for (size_t i = 0; i < m->n; i++) {
        gather_row(x, i, xi);
        double q = 0;
        for (size_t j = 0; j < p; j++) {
            double s = 0;
            for (size_t k = 0; k < p; k++)
                s += m->cov[j * p + k] * xi[k];
            q += xi[j] * s;
        }
        /* 1 − p from the linear predictor, so p = 1.0 in double keeps its
         * tiny complement; r in a form without 0/0 (see logit.h) */
        const double eta = m->eta ? m->eta[i] : dot(xi, m->beta, p);
        const double pr = m->prob[i], qr = expit(-eta), v = pr * qr, h = v * q;
        const double r =
            y[i] != 0 ? (pr > 0 ? sqrt(qr / pr) : INFINITY) : (qr > 0 ? -sqrt(pr / qr) : -INFINITY);
        const double rs = r / sqrt(1.0 - h);
        if (hat)
            hat[i] = h;
        if (std_resid)
            std_resid[i] = rs;
        if (cooks)
            cooks[i] = isfinite(rs) ? rs * rs * h / ((double)p * (1.0 - h)) : NAN;
    }
    ct_free(xi);
    return CT_OK;
}
