/* calib_platt.c — Platt scaling: the sigmoid p = 1/(1 + exp(A s + B))
 * fitted by Newton's method with a backtracking line search (Lin, Lin &
 * Weng 2007, Algorithm 3) to sklearn's _sigmoid_calibration objective
 * (Platt's targets with the prior correction). See claimtriage/calibrate.h. */
#include "select/calib_internal.h"

#include <float.h>
#include <math.h>

/* ln(1 + e^z) without overflow or cancellation. */
static double softplus(double z) { return (z > 0 ? z : 0) + log1p(exp(-fabs(z))); }

/* P = expit(-z) = 1/(1 + e^z). */
static double expit_neg(double z)
{
    if (z >= 0) {
        const double e = exp(-z);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + exp(z));
}

typedef struct platt_data {
    const double *s, *t, *w; /* scores, targets, weights (NULL: 1) */
    size_t n;
} platt_data;

/* Objective: sum w [T ln(1 + e^z) + (1 - T) ln(1 + e^-z)], z = A s + B,
 * which is sklearn's -(T ln P + (1 - T) ln(1 - P)) with P = expit(-z). */
static double objective(const platt_data *d, double a, double b)
{
    double f = 0;
    for (size_t i = 0; i < d->n; i++) {
        const double z = a * d->s[i] + b;
        const double l = d->t[i] * softplus(z) + (1.0 - d->t[i]) * softplus(-z);
        f += d->w ? d->w[i] * l : l;
    }
    return f;
}

/* Gradient (d/dA, d/dB) = sum w (T - P) (s, 1) and the Hessian of the
 * objective, sum w P (1 - P) (s^2, s, 1). */
static void derivatives(const platt_data *d, double a, double b, double g[2], double h[3])
{
    g[0] = g[1] = h[0] = h[1] = h[2] = 0;
    for (size_t i = 0; i < d->n; i++) {
        const double p = expit_neg(a * d->s[i] + b);
        const double wi = d->w ? d->w[i] : 1.0;
        const double r = wi * (d->t[i] - p), q = wi * p * (1.0 - p);
        g[0] += r * d->s[i];
        g[1] += r;
        h[0] += q * d->s[i] * d->s[i];
        h[1] += q * d->s[i];
        h[2] += q;
    }
}

/* Newton's method with a backtracking line search (Lin, Lin & Weng 2007,
 * Algorithm 3) on d from (0, b0); (A, B) and the iterations into a, b, it.
 * CT_OK at a gradient of gtol, else CT_ENOCONVERGE. */
static ct_status platt_newton(const ct_calib_options *o, const platt_data *d, double gtol,
                              double b0, double *pa, double *pb, int *pit)
{
    /* Lin, Lin & Weng's constants: the Hessian's ridge sigma, the smallest
     * step, the Armijo fraction. */
    const double sigma = 1e-12, min_step = 1e-10, armijo = 1e-4;
    double a = 0.0, b = b0;
    double f = objective(d, a, b);
    ct_status s = CT_ENOCONVERGE;
    int it;
    for (it = 0; it < o->max_iter; it++) {
        double g[2], h[3];
        derivatives(d, a, b, g, h);
        if (fabs(g[0]) <= gtol && fabs(g[1]) <= gtol) {
            s = CT_OK;
            break;
        }
        h[0] += sigma;
        h[2] += sigma;
        const double det = h[0] * h[2] - h[1] * h[1];
        const double da = -(h[2] * g[0] - h[1] * g[1]) / det;
        const double db = -(-h[1] * g[0] + h[0] * g[1]) / det;
        const double gd = g[0] * da + g[1] * db;
        double step = 1.0;
        int moved = 0;
        while (step >= min_step) {
            const double na = a + step * da, nb = b + step * db;
            const double nf = objective(d, na, nb);
            /* Armijo; near the optimum the decrease is below the sum's
             * rounding, so a full step that does not raise the objective
             * beyond it is taken too (Newton's quadratic convergence). */
            if (nf < f + armijo * step * gd ||
                (step == 1.0 && nf <= f + 64 * DBL_EPSILON * fabs(f))) {
                moved = na != a || nb != b;
                a = na;
                b = nb;
                f = nf;
                break;
            }
            step /= 2;
        }
        if (!moved) {
            /* no step improves: at the optimum to rounding, if the gradient
             * is small; otherwise a genuine line-search failure */
            derivatives(d, a, b, g, h);
            if (fabs(g[0]) <= 1e3 * gtol && fabs(g[1]) <= 1e3 * gtol)
                s = CT_OK;
            break;
        }
    }
    *pa = a;
    *pb = b;
    *pit = it;
    return s;
}

ct_status calib_platt_fit(const ct_calib_options *o, const double *score, const double *y,
                          const double *w, size_t n, ct_calibrator *c, ct_diag *diag)
{
    double prior0 = 0, prior1 = 0;
    for (size_t i = 0; i < n; i++)
        *(y[i] > 0 ? &prior1 : &prior0) += w ? w[i] : 1.0;
    double *t = ct_malloc(n * sizeof *t), *z = ct_malloc((n ? n : 1) * sizeof *z);
    if (!t || !z) {
        ct_free(t);
        ct_free(z);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for Platt scaling");
    }
    const double hi = (prior1 + 1.0) / (prior1 + 2.0), lo = 1.0 / (prior0 + 2.0);
    for (size_t i = 0; i < n; i++)
        t[i] = y[i] > 0 ? hi : lo;
    /* The fit runs on the scores standardised, (s - mean) / sd, and A, B
     * are mapped back (A = A' / sd, B = B' - A' mean / sd): the objective
     * is the same function of the line A s + B, so the optimum is too, but
     * the Newton system is well conditioned whatever the scores' scale.
     * On the raw scores its determinant, n^2 q^2 var(s), sank below the
     * rounding of h_AA h_BB when the scores differed by little against
     * their size (boosting at learning_rate=1e-14: log-odds 0.0225 +- 1e-14,
     * validation ROC AUC 1): the step was noise, A stayed 0 and the
     * calibration was refused as if the rows ranked claims at chance. */
    double sw = 0, mean = 0, var = 0;
    for (size_t i = 0; i < n; i++) {
        sw += w ? w[i] : 1.0;
        mean += (w ? w[i] : 1.0) * score[i];
    }
    mean = sw > 0 ? mean / sw : 0;
    for (size_t i = 0; i < n; i++)
        var += (w ? w[i] : 1.0) * (score[i] - mean) * (score[i] - mean);
    const double sd = sw > 0 ? sqrt(var / sw) : 0;
    size_t distinct = n > 0;
    for (size_t i = 1; i < n && distinct < 2; i++)
        distinct += score[i] != score[0];
    if (distinct == 1 && isfinite(score[0])) {
        /* one score for every row: A is not identifiable (every (A, B)
         * with A s + B on one line is optimal), so A = 0 and B the
         * intercept-only optimum, P = the weighted mean target */
        double st = 0;
        for (size_t i = 0; i < n; i++)
            st += (w ? w[i] : 1.0) * t[i];
        const double tbar = st / sw;
        ct_free(t);
        ct_free(z);
        c->a = 0;
        c->b = log((1.0 - tbar) / tbar);
        c->iterations = 0;
        return CT_OK;
    }
    const int scaled = sd > 0 && isfinite(sd) && isfinite(mean);
    for (size_t i = 0; i < n; i++)
        z[i] = scaled ? (score[i] - mean) / sd : score[i];
    const platt_data d = {z, t, w, n};
    const double gtol = o->tol * (1.0 + prior0 + prior1);
    double a, b;
    int it;
    ct_status s = platt_newton(o, &d, gtol, log((prior0 + 1.0) / (prior1 + 1.0)), &a, &b, &it);
    if (scaled) {
        const double ua = a / sd, ub = b - a * mean / sd;
        if (isfinite(ua) && isfinite(ub)) {
            a = ua;
            b = ub;
        } else {
            /* the scores' spread is so small that A overflows: the raw
             * scores' fit, as before */
            const platt_data raw = {score, t, w, n};
            s = platt_newton(o, &raw, gtol, log((prior0 + 1.0) / (prior1 + 1.0)), &a, &b, &it);
        }
    }
    ct_free(t);
    ct_free(z);
    c->a = a;
    c->b = b;
    c->iterations = it;
    if (s)
        return ct_diag_set(diag, CT_ENOCONVERGE, NULL, 0, 0,
                           "Platt scaling did not converge in %d Newton iterations (A = %.17g, "
                           "B = %.17g): the scores may separate the classes",
                           o->max_iter, a, b);
    return CT_OK;
}
