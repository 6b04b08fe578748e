/* lr_tron.c — the trust-region Newton method with conjugate gradients for
 * L2-regularised logistic regression (Lin, Weng & Keerthi, JMLR 9, 2008;
 * liblinear's tron.cpp and l2r_lr_fun), with an unpenalised intercept.
 *
 *   f(w)  = ½‖w₁..ₚ‖² + Σ_i c_i ℓ(ỹ_i z_i),  z = Xw + b,  ℓ(m) = log(1 + e^−m)
 *   ∇f    = w₁..ₚ + Xᵀ(c ∘ (σ(z) − y)),  ∂f/∂b = Σ c_i (σ(z_i) − y_i)
 *   ∇²f v = v₁..ₚ + Xᵀ(D ∘ (Xv + v_b)),  D_i = c_i σ(z_i) σ(−z_i)
 * where c_i = C · s_i. Each outer step solves ∇²f d = −∇f approximately by
 * CG inside the trust region ‖d‖ <= Δ (Steihaug), accepts the step when
 * the actual reduction is a fair share of the predicted one, and updates
 * Δ by liblinear's rules. Sums over rows have a fixed order whatever the
 * threads (scatter(), below). */
#include "models/lr_internal.h"

#include <math.h>
#include <string.h>

typedef struct {
    const ct_csr *X;
    size_t n, p, m; /* m = p + 1 variables (the last is the intercept) */
    int icpt;
    const double *y;
    double *c; /* n: C · weight */
    double *z; /* n: Xw + b at the current iterate */
    double *D; /* n: Hessian weights */
    double *E; /* n: exp(−|z_i|) at the last fun() */
    double *u; /* n: scratch */
    size_t nchunk;
    size_t *chunk; /* nchunk + 1 row boundaries */
    double *part;  /* nchunk × (p + 1) partial sums */
} lr_fun;

/* out[i] = x_i · v[0..p) + v[p] (intercept) */
static void xv(const lr_fun *F, const double *v, double *out)
{
    const ct_csr *X = F->X;
    const double b = F->icpt ? v[F->p] : 0.0;
    const long n = (long)F->n;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (X->nnz > 100000)
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
            s += X->data[e] * v[X->indices[e]];
        out[i] = s + b;
    }
}

/* Xᵀu and ∇²f·v are sums over rows. Rows are cut into a FIXED number of
 * chunks of about equal nonzeros (NCHUNK, whatever the thread count); each
 * chunk scatters its rows into its own partial vector, in row order, and
 * the partials are added in chunk order: one pass over X, no transpose, and
 * the same bits on any number of threads. */
#define NCHUNK 8

/* out[0..p) = Σ_i scale_i · x_i and out[p] = Σ_i scale_i, where scale_i =
 * u[i], or D[i] · (x_i·v + v_b) when v is given (a Hessian product). */
static void scatter(const lr_fun *F, const double *u, const double *v, double *out)
{
    const ct_csr *X = F->X;
    const size_t m = F->m;
    const double vb = (v && F->icpt) ? v[F->p] : 0.0;
    const long nc = (long)F->nchunk;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (X->nnz > 100000)
    for (long c = 0; c < nc; c++) {
        double *acc = F->part + (size_t)c * m;
        memset(acc, 0, m * sizeof *acc);
        for (size_t i = F->chunk[c]; i < F->chunk[c + 1]; i++) {
            const size_t e0 = X->indptr[i], e1 = X->indptr[i + 1];
            double t;
            if (v) {
                double z = vb;
                for (size_t e = e0; e < e1; e++)
                    z += X->data[e] * v[X->indices[e]];
                t = F->D[i] * z;
            } else {
                t = u[i];
            }
            for (size_t e = e0; e < e1; e++)
                acc[X->indices[e]] += t * X->data[e];
            acc[F->p] += t;
        }
    }
    const long mm = (long)m;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (m > 50000)
    for (long j = 0; j < mm; j++) {
        double s = 0;
        for (size_t c = 0; c < F->nchunk; c++)
            s += F->part[c * m + (size_t)j];
        out[j] = s;
    }
    if (!F->icpt)
        out[F->p] = 0.0;
}

static double dot(const double *a, const double *b, size_t m)
{
    double s = 0;
    for (size_t i = 0; i < m; i++)
        s += a[i] * b[i];
    return s;
}

static double nrm2(const double *a, size_t m) { return sqrt(dot(a, a, m)); }

/* f(w); leaves z = Xw + b and E = exp(−|z|), which grad() reuses:
 * log(1 + e^−m) = log1p(e^−|z|) + max(−m, 0) for m = ±z, and
 * σ(z) = 1/(1 + e) or e/(1 + e), σ(z)σ(−z) = e/(1 + e)², with e = e^−|z|. */
static double fun(lr_fun *F, const double *w)
{
    xv(F, w, F->z);
    double f = 0;
    for (size_t i = 0; i < F->n; i++) {
        const double z = F->z[i], e = exp(-fabs(z));
        const double m = F->y[i] > 0.5 ? z : -z;
        F->E[i] = e;
        f += F->c[i] * (log1p(e) + (m < 0 ? -m : 0.0));
    }
    return f + 0.5 * dot(w, w, F->p);
}

/* ∇f(w) from the z and E left by fun(w); sets D for Hessian products */
static void grad(lr_fun *F, const double *w, double *g)
{
    for (size_t i = 0; i < F->n; i++) {
        const double e = F->E[i], q = 1.0 / (1.0 + e);
        const double s = F->z[i] >= 0 ? q : e * q;
        F->u[i] = F->c[i] * (s - F->y[i]);
        F->D[i] = F->c[i] * (e * q * q);
    }
    scatter(F, F->u, NULL, g);
    for (size_t j = 0; j < F->p; j++)
        g[j] += w[j];
}

/* Hv = ∇²f v */
static void hv(lr_fun *F, const double *v, double *Hv)
{
    scatter(F, NULL, v, Hv);
    for (size_t j = 0; j < F->p; j++)
        Hv[j] += v[j];
}

/* Steihaug's truncated CG for ∇²f s = −g inside ‖s‖ <= delta (liblinear's
 * TRON::trcg). Returns the CG steps; r = −g − ∇²f s on return. */
static int trcg(lr_fun *F, double delta, const double *g, double *s, double *r, double *d,
                double *Hd, double cg_tol, int max_cg, int *boundary)
{
    const size_t m = F->m;
    *boundary = 0;
    for (size_t i = 0; i < m; i++) {
        s[i] = 0;
        r[i] = -g[i];
        d[i] = r[i];
    }
    const double cgtol = cg_tol * nrm2(g, m);
    double rTr = dot(r, r, m);
    int it = 0;
    while (it < max_cg) {
        if (sqrt(rTr) <= cgtol)
            break;
        it++;
        hv(F, d, Hd);
        const double dHd = dot(d, Hd, m);
        if (!(dHd > 0))
            break; /* no curvature left in d (cannot happen for a PD Hessian) */
        double alpha = rTr / dHd;
        for (size_t i = 0; i < m; i++)
            s[i] += alpha * d[i];
        if (nrm2(s, m) > delta) {
            /* step back and go to the boundary along d */
            *boundary = 1;
            for (size_t i = 0; i < m; i++)
                s[i] -= alpha * d[i];
            const double std = dot(s, d, m), sts = dot(s, s, m), dtd = dot(d, d, m);
            const double dsq = delta * delta, rad = sqrt(std * std + dtd * (dsq - sts));
            alpha = std >= 0 ? (dsq - sts) / (std + rad) : (rad - std) / dtd;
            for (size_t i = 0; i < m; i++) {
                s[i] += alpha * d[i];
                r[i] -= alpha * Hd[i];
            }
            break;
        }
        for (size_t i = 0; i < m; i++)
            r[i] -= alpha * Hd[i];
        const double rnew = dot(r, r, m);
        const double beta = rnew / rTr;
        for (size_t i = 0; i < m; i++)
            d[i] = r[i] + beta * d[i];
        rTr = rnew;
    }
    return it;
}

/* Cut the rows into NCHUNK chunks of about equal nonzeros (plus rows). */
static int make_chunks(lr_fun *F)
{
    const ct_csr *X = F->X;
    F->nchunk = NCHUNK;
    F->chunk = ct_malloc((F->nchunk + 1) * sizeof *F->chunk);
    F->part = ct_malloc(F->nchunk * F->m * sizeof *F->part);
    if (!F->chunk || !F->part)
        return -1;
    const double total = (double)X->nnz + (double)F->n;
    size_t i = 0;
    F->chunk[0] = 0;
    for (size_t c = 1; c < F->nchunk; c++) {
        const double goal = total * (double)c / (double)F->nchunk;
        while (i < F->n && (double)X->indptr[i] + (double)i < goal)
            i++;
        F->chunk[c] = i;
    }
    F->chunk[F->nchunk] = F->n;
    return 0;
}

ct_status lr_tron(const ct_lr_params *prm, const ct_csr *X, const double *y, const double *s,
                  double *w, int *n_iter, ct_progress_fn progress, void *user)
{
    /* liblinear's constants for the trust-region update */
    const double eta0 = 1e-4, eta1 = 0.25, eta2 = 0.75;
    const double sigma1 = 0.25, sigma2 = 0.5, sigma3 = 4.0;
    lr_fun F;
    memset(&F, 0, sizeof F);
    F.X = X;
    F.n = X->nrows;
    F.p = X->ncols;
    F.m = F.p + 1;
    F.icpt = prm->fit_intercept;
    F.y = y;
    const size_t m = F.m;
    F.c = ct_malloc(F.n * sizeof(double));
    F.z = ct_malloc(F.n * sizeof(double));
    F.D = ct_malloc(F.n * sizeof(double));
    F.u = ct_malloc(F.n * sizeof(double));
    F.E = ct_malloc(F.n * sizeof(double));
    double *buf = ct_malloc(7 * m * sizeof(double));
    ct_status st = CT_OK;
    if (!F.c || !F.z || !F.D || !F.u || !F.E || !buf || make_chunks(&F)) {
        st = CT_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < F.n; i++)
        F.c[i] = prm->C * s[i];
    if (!F.icpt)
        w[F.p] = 0;
    double *g = buf, *st_ = buf + m, *r = buf + 2 * m, *d = buf + 3 * m, *Hd = buf + 4 * m,
           *wn = buf + 5 * m, *g0 = buf + 6 * m;
    /* the stopping scale is the gradient at w = 0, as liblinear's */
    int zero = 1;
    for (size_t i = 0; i < m && zero; i++)
        zero = w[i] == 0;
    double gnorm0 = 0;
    if (!zero) {
        memset(wn, 0, m * sizeof *wn);
        fun(&F, wn);
        grad(&F, wn, g0);
        gnorm0 = nrm2(g0, m);
    }
    double f = fun(&F, w);
    grad(&F, w, g);
    if (zero)
        gnorm0 = nrm2(g, m);
    double delta = nrm2(g, m), gnorm = delta;
    const int max_cg = (int)(m < 1000 ? m + 10 : 1000);
    int iter = 0, converged = gnorm <= prm->tol * gnorm0;
    while (!converged && iter < prm->max_iter) {
        int boundary;
        trcg(&F, delta, g, st_, r, d, Hd, prm->cg_tol, max_cg, &boundary);
        for (size_t i = 0; i < m; i++)
            wn[i] = w[i] + st_[i];
        const double gs = dot(g, st_, m);
        const double prered = -0.5 * (gs - dot(st_, r, m));
        const double fnew = fun(&F, wn);
        const double actred = f - fnew;
        const double snorm = nrm2(st_, m);
        if (iter == 0)
            delta = fmin(delta, snorm);
        double alpha;
        if (fnew - f - gs <= 0)
            alpha = sigma3;
        else
            alpha = fmax(sigma1, -0.5 * (gs / (fnew - f - gs)));
        if (actred < eta0 * prered)
            delta = fmin(fmax(alpha, sigma1) * snorm, sigma2 * delta);
        else if (actred < eta1 * prered)
            delta = fmax(sigma1 * delta, fmin(alpha * snorm, sigma2 * delta));
        else if (actred < eta2 * prered)
            delta = fmax(sigma1 * delta, fmin(alpha * snorm, sigma3 * delta));
        else if (boundary)
            delta = sigma3 * delta;
        else
            delta = fmax(delta, fmin(alpha * snorm, sigma3 * delta));
        if (actred > eta0 * prered) {
            iter++;
            memcpy(w, wn, m * sizeof *w);
            f = fnew;
            grad(&F, w, g); /* z is that of wn, from fun(wn) */
            gnorm = nrm2(g, m);
            converged = gnorm <= prm->tol * gnorm0;
            if (progress && progress(user, (uint64_t)iter, 0)) {
                st = CT_EINVAL;
                break;
            }
        }
        /* a rejected step leaves z at wn; nothing reads z before the next
         * fun(), and D (what Hessian products use) is still w's */
        /* liblinear's safeguards: no reduction left to make in double precision */
        if (actred <= 0 && prered <= 0)
            break;
        if (fabs(actred) <= 1e-12 * fabs(f) && fabs(prered) <= 1e-12 * fabs(f))
            break;
    }
    *n_iter = iter;
    if (st == CT_OK && !converged) {
        /* The safeguards stop when f can no longer decrease in double
         * precision: that is convergence as far as it can be measured, unless
         * the gradient is still large. */
        st = (gnorm <= 1e-6 * gnorm0 && iter < prm->max_iter) ? CT_OK : CT_ENOCONVERGE;
    }
done:
    ct_free(F.c);
    ct_free(F.z);
    ct_free(F.D);
    ct_free(F.u);
    ct_free(F.E);
    ct_free(F.chunk);
    ct_free(F.part);
    ct_free(buf);
    return st;
}
