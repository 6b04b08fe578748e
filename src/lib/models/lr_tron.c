/* lr_tron.c — the trust-region Newton method with preconditioned conjugate
 * gradients for L2-regularised logistic regression, with an unpenalised
 * intercept: TRON (Lin, Weng & Keerthi, "Trust region Newton method for
 * large-scale logistic regression", JMLR 9, 2008; liblinear's tron.cpp and
 * l2r_lr_fun) with the diagonal preconditioner and the trust region in the
 * preconditioner's norm of Hsia, Chiang & Lin, "Preconditioned conjugate
 * gradient methods in truncated Newton frameworks for large-scale linear
 * classification", ACML 2018 (liblinear >= 2.20), and the inner stopping
 * rule of liblinear 2.4x (newton.cpp: the relative decrease of the quadratic
 * model, tolerance min(cg_tol, sqrt(‖g‖_{M⁻¹})), which makes the outer
 * convergence superlinear).
 *
 *   f(w)  = ½‖w₁..ₚ‖² + Σ_i c_i ℓ(ỹ_i z_i),  z = Xw + b,  ℓ(m) = log(1 + e^−m)
 *   ∇f    = w₁..ₚ + Xᵀ(c ∘ (σ(z) − y)),  ∂f/∂b = Σ c_i (σ(z_i) − y_i)
 *   ∇²f v = v₁..ₚ + Xᵀ(D ∘ (Xv + v_b)),  D_i = c_i σ(z_i) σ(−z_i)
 *   M     = 0.99 + 0.01 · diag(∇²f)   (the preconditioner; α = 0.01 as liblinear)
 * where c_i = C · s_i. Each outer step solves ∇²f d = −∇f approximately by
 * PCG inside ‖d‖_M <= Δ (Steihaug), accepts the step when the actual
 * reduction is a fair share of the predicted one, and updates Δ by
 * liblinear's rules.
 *
 * Cost: one pass over X per Hessian product (x_i·d and its scatter into
 * Xᵀ(D ∘ Xd) fused, row by row) and one per accepted step (the gradient and
 * diag(∇²f) scattered together). The trial point's margins are not
 * recomputed from X: each Hessian product leaves X̃d (X̃ = [X 1]), and PCG
 * accumulates X̃s = Σ α_k X̃d_k beside s, so z(w + s) = z(w) + X̃s. One
 * exp() per row per trial point; the gradient and Hessian weights reuse it.
 * The design: lr_merge.c's copy of X (rows in order of length, multiple
 * columns merged into one, an exact reformulation); w is mapped back to X's
 * columns at the end.
 * Start: w = 0 and the intercept at the weighted classes' log-odds (the
 * optimum of the intercept-only model); ∇f(0), which scales the stopping
 * rule ‖∇f‖ <= tol·‖∇f(0)‖, comes from the same first pass.
 *
 * Determinism: every sum over rows is taken in a fixed order whatever the
 * thread count: rows are cut into NCHUNK chunks of about equal nonzeros,
 * each chunk sums its rows in order into its own partial, and partials are
 * added in chunk order. */
#include "models/lr_internal.h"

#include <math.h>
#include <string.h>

#define NCHUNK 8       /* fixed: the reduction order must not depend on threads */
#define ALPHA_PCG 0.01 /* the preconditioner's mix of diag(H) and I (liblinear) */
#define PAR_NNZ 100000 /* passes over fewer nonzeros run on one thread */
/* The passes read the design of lr_merge.c (rows copied in order of their
 * length, columns that are multiples of one another merged) when that copy
 * takes at most this many bytes; above it they read X in place (slower: see
 * lr_merge.c and docs/lr.md). */
#define ROW_COPY_MAX_BYTES ((size_t)512 << 20)

typedef struct {
    const ct_csr *X;
    size_t n, p, m; /* m = p + 1 variables (the last is the intercept) */
    int icpt;
    int par;                /* worth threads */
    double *y;              /* n: labels 0/1 */
    double *c;              /* n: C · weight */
    double *z, *zn;         /* n: margins x̃_i·w at the iterate / the trial point */
    double *E, *En;         /* n: exp(−|z|) at the iterate / the trial point */
    double *xs;             /* n: X̃s for the current step, accumulated by PCG */
    double *xd;             /* n: X̃d, left by each Hessian product */
    double *D;              /* n: Hessian weights at the iterate */
    double *u;              /* n: c ∘ (σ(z) − y) at the iterate */
    size_t *chunk;          /* NCHUNK + 1 row boundaries */
    double *part;           /* NCHUNK × 3m partial sums of the passes over X */
    double csum[NCHUNK][3]; /* partial sums of the O(n) loops */
} lr_fun;

/* ---- the passes over X: per-chunk partials, added in chunk order ---- */

/* out[j·k + t] = Σ_c part[c][j·k + t] for the k interleaved accumulators */
static void reduce(const lr_fun *F, size_t k, double *out)
{
    const long len = (long)(F->m * k);
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par && len > 50000)
    for (long j = 0; j < len; j++) {
        double s = 0;
        for (size_t c = 0; c < NCHUNK; c++)
            s += F->part[c * F->m * 3 + (size_t)j];
        out[j] = s;
    }
}

/* The first pass, at w = 0: per column Σ c_i x_ij, Σ c_i y_i x_ij and
 * Σ c_i x_ij² (interleaved), the intercept's entries with x = 1. */
static void pass_init(lr_fun *F, double *acc3)
{
    const ct_csr *X = F->X;
    const size_t m = F->m, p = F->p;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par)
    for (long c = 0; c < NCHUNK; c++) {
        double *acc = F->part + (size_t)c * m * 3;
        memset(acc, 0, m * 3 * sizeof *acc);
        for (size_t i = F->chunk[c]; i < F->chunk[c + 1]; i++) {
            const double ci = F->c[i], cy = ci * F->y[i];
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
                const double x = X->data[e];
                double *a = acc + 3 * (size_t)X->indices[e];
                a[0] += ci * x;
                a[1] += cy * x;
                a[2] += ci * x * x;
            }
            acc[3 * p] += ci;
            acc[3 * p + 1] += cy;
            acc[3 * p + 2] += ci;
        }
    }
    reduce(F, 3, acc3);
}

/* The gradient's and diag(∇²f)'s sums over rows: Σ u_i x_ij and
 * Σ D_i x_ij² (interleaved). */
static void pass_grad(lr_fun *F, double *acc2)
{
    const ct_csr *X = F->X;
    const size_t m = F->m, p = F->p;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par)
    for (long c = 0; c < NCHUNK; c++) {
        double *acc = F->part + (size_t)c * m * 3;
        memset(acc, 0, m * 2 * sizeof *acc);
        double ub = 0, db = 0; /* the intercept's sums, in registers */
        for (size_t i = F->chunk[c]; i < F->chunk[c + 1]; i++) {
            const double ui = F->u[i], di = F->D[i];
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
                const double x = X->data[e];
                double *a = acc + 2 * (size_t)X->indices[e];
                a[0] += ui * x;
                a[1] += di * x * x;
            }
            ub += ui;
            db += di;
        }
        acc[2 * p] = ub;
        acc[2 * p + 1] = db;
    }
    reduce(F, 2, acc2);
}

/* x·v over one sparse row, in four interleaved partial sums: a single
 * running sum would wait on each addition's latency. The order is fixed by
 * the row alone, so the result does not depend on threads. */
static inline double row_dot(const double *val, const uint32_t *idx, size_t k, const double *v)
{
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t e = 0;
    for (; e + 4 <= k; e += 4) {
        s0 += val[e] * v[idx[e]];
        s1 += val[e + 1] * v[idx[e + 1]];
        s2 += val[e + 2] * v[idx[e + 2]];
        s3 += val[e + 3] * v[idx[e + 3]];
    }
    for (; e < k; e++)
        s0 += val[e] * v[idx[e]];
    return (s0 + s1) + (s2 + s3);
}

/* The Hessian product's sum over rows, Σ D_i (x̃_i·d) x̃_i, in one pass:
 * each row's x̃_i·d is kept in xd. */
static void pass_hv(lr_fun *F, const double *d, double *acc1)
{
    const ct_csr *X = F->X;
    const size_t m = F->m, p = F->p;
    const double db = F->icpt ? d[p] : 0.0;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par)
    for (long c = 0; c < NCHUNK; c++) {
        double *acc = F->part + (size_t)c * m * 3;
        memset(acc, 0, m * sizeof *acc);
        double ab = 0; /* the intercept's sum, in a register */
        for (size_t i = F->chunk[c]; i < F->chunk[c + 1]; i++) {
            const size_t e0 = X->indptr[i], k = X->indptr[i + 1] - e0;
            const double *val = X->data + e0;
            const uint32_t *idx = X->indices + e0;
            double t = db + row_dot(val, idx, k, d);
            F->xd[i] = t;
            t *= F->D[i];
            size_t e = 0;
            for (; e + 2 <= k; e += 2) {
                const double a0 = t * val[e], a1 = t * val[e + 1];
                acc[idx[e]] += a0;
                acc[idx[e + 1]] += a1;
            }
            if (e < k)
                acc[idx[e]] += t * val[e];
            ab += t;
        }
        acc[p] = ab;
    }
    reduce(F, 1, acc1);
}

/* ---- small vector helpers ---- */

static double dot(const double *a, const double *b, size_t m)
{
    double s = 0;
    for (size_t i = 0; i < m; i++)
        s += a[i] * b[i];
    return s;
}

/* Σ a_i M_i b_i */
static double dotm(const double *a, const double *M, const double *b, size_t m)
{
    double s = 0;
    for (size_t i = 0; i < m; i++)
        s += a[i] * M[i] * b[i];
    return s;
}

static double nrm2(const double *a, size_t m) { return sqrt(dot(a, a, m)); }

/* ---- the function, its gradient, its Hessian ---- */

/* Σ_i c_i ℓ(ỹ_i z_i) with E = exp(−|z|):
 * log(1 + e^−m) = log1p(e^−|z|) + max(−m, 0) for m = ±z. */
static double loss_sum(lr_fun *F, const double *z, double *E, int compute_e)
{
    const long nc = NCHUNK;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par)
    for (long c = 0; c < nc; c++) {
        double s = 0;
        for (size_t i = F->chunk[c]; i < F->chunk[c + 1]; i++) {
            const double e = compute_e ? exp(-fabs(z[i])) : E[i];
            const double mg = F->y[i] > 0.5 ? z[i] : -z[i];
            if (compute_e)
                E[i] = e;
            s += F->c[i] * (log1p(e) + (mg < 0 ? -mg : 0.0));
        }
        F->csum[c][0] = s;
    }
    double s = 0;
    for (size_t c = 0; c < NCHUNK; c++)
        s += F->csum[c][0];
    return s;
}

/* u and D from z and E: σ(z) = 1/(1 + e) or e/(1 + e), σ(z)σ(−z) = e/(1 + e)² */
static void weights(lr_fun *F)
{
    const long n = (long)F->n;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (F->par)
    for (long i = 0; i < n; i++) {
        const double e = F->E[i], q = 1.0 / (1.0 + e);
        const double s = F->z[i] >= 0 ? q : e * q;
        F->u[i] = F->c[i] * (s - F->y[i]);
        F->D[i] = F->c[i] * (e * q * q);
    }
}

/* g = ∇f(w) and M = the preconditioner, from u and D (weights()). */
static void grad(lr_fun *F, const double *w, double *g, double *M, double *acc2)
{
    pass_grad(F, acc2);
    for (size_t j = 0; j < F->m; j++) {
        const int pen = j < F->p;
        g[j] = acc2[2 * j] + (pen ? w[j] : 0.0);
        M[j] = (1 - ALPHA_PCG) + ALPHA_PCG * (acc2[2 * j + 1] + (pen ? 1.0 : 0.0));
    }
    if (!F->icpt)
        g[F->p] = 0.0;
}

/* Hd = ∇²f d; leaves X̃d in F->xd */
static void hv(lr_fun *F, const double *d, double *Hd)
{
    pass_hv(F, d, Hd);
    for (size_t j = 0; j < F->p; j++)
        Hd[j] += d[j];
    if (!F->icpt)
        Hd[F->p] = 0.0;
}

/* Steihaug's truncated PCG for ∇²f s = −g inside ‖s‖_M <= delta (liblinear
 * 2.2x-2.3x TRON::trpcg), stopped as liblinear 2.4x's pcg: when the
 * quadratic model Q(s) = gᵀs + ½sᵀ∇²f s stops decreasing by more than
 * cgtol/k of itself at step k. Leaves r = −g − ∇²f s and X̃s in F->xs.
 * Returns the CG steps. */
typedef struct {
    double *s, *r, *zv, *d, *Hd;
} cg_ws;

static int trpcg(lr_fun *F, double delta, const double *g, const double *M, const cg_ws *ws,
                 double cg_tol, int max_cg, int *boundary)
{
    const size_t m = F->m, n = F->n;
    double *s = ws->s, *r = ws->r, *zv = ws->zv, *d = ws->d, *Hd = ws->Hd;
    *boundary = 0;
    for (size_t i = 0; i < m; i++) {
        s[i] = 0;
        r[i] = -g[i];
        zv[i] = r[i] / M[i];
        d[i] = zv[i];
    }
    memset(F->xs, 0, n * sizeof *F->xs);
    double zTr = dot(zv, r, m);
    const double cgtol = fmin(cg_tol, sqrt(sqrt(zTr)));
    double Q = 0;
    int it = 0;
    while (it < max_cg) {
        it++;
        hv(F, d, Hd);
        const double dHd = dot(d, Hd, m);
        if (!(dHd > 0))
            break; /* no curvature left in d (cannot happen for a PD Hessian) */
        double alpha = zTr / dHd;
        for (size_t i = 0; i < m; i++)
            s[i] += alpha * d[i];
        if (sqrt(dotm(s, M, s, m)) > delta) {
            /* step back and go to the boundary ‖s‖_M = delta along d */
            *boundary = 1;
            for (size_t i = 0; i < m; i++)
                s[i] -= alpha * d[i];
            const double sMd = dotm(s, M, d, m), sMs = dotm(s, M, s, m), dMd = dotm(d, M, d, m);
            const double dsq = delta * delta, rad = sqrt(sMd * sMd + dMd * (dsq - sMs));
            alpha = sMd >= 0 ? (dsq - sMs) / (sMd + rad) : (rad - sMd) / dMd;
            for (size_t i = 0; i < m; i++) {
                s[i] += alpha * d[i];
                r[i] -= alpha * Hd[i];
            }
            for (size_t i = 0; i < n; i++)
                F->xs[i] += alpha * F->xd[i];
            break;
        }
        for (size_t i = 0; i < m; i++)
            r[i] -= alpha * Hd[i];
        for (size_t i = 0; i < n; i++)
            F->xs[i] += alpha * F->xd[i];
        const double newQ = -0.5 * (dot(s, r, m) - dot(s, g, m));
        const double Qdiff = newQ - Q;
        if (!(newQ <= 0 && Qdiff <= 0))
            break; /* the model went up: rounding; keep s */
        if ((double)it * Qdiff >= cgtol * newQ)
            break;
        Q = newQ;
        for (size_t i = 0; i < m; i++)
            zv[i] = r[i] / M[i];
        const double znew = dot(zv, r, m);
        const double beta = znew / zTr;
        for (size_t i = 0; i < m; i++)
            d[i] = zv[i] + beta * d[i];
        zTr = znew;
    }
    return it;
}

/* 1 when every value of X is finite (lr_merge.c checks them in its copy;
 * this is for the fit that reads X in place) */
static int all_finite(const ct_csr *X)
{
    int nf = 0;
    for (size_t e = 0; e < X->nnz; e++)
        nf |= !isfinite(X->data[e]);
    return !nf;
}

/* Cut the rows into NCHUNK chunks of about equal nonzeros (plus rows). */
static void make_chunks(lr_fun *F)
{
    const ct_csr *X = F->X;
    const double total = (double)X->nnz + (double)F->n;
    size_t i = 0;
    F->chunk[0] = 0;
    for (size_t c = 1; c < NCHUNK; c++) {
        const double goal = total * (double)c / (double)NCHUNK;
        while (i < F->n && (double)X->indptr[i] + (double)i < goal)
            i++;
        F->chunk[c] = i;
    }
    F->chunk[NCHUNK] = F->n;
}

/* The start: w = 0, b = log-odds of the weighted classes (0 without an
 * intercept); returns f there and sets g, M, ‖∇f(0)‖. */
static double start(lr_fun *F, double *w, double *g, double *M, double *acc3, double *gnorm0)
{
    const size_t p = F->p;
    pass_init(F, acc3);
    const double ctot = acc3[3 * p], cpos = acc3[3 * p + 1];
    double b0 = 0;
    if (F->icpt)
        b0 = log(cpos / (ctot - cpos));
    memset(w, 0, F->m * sizeof *w);
    w[p] = b0;
    const double e0 = exp(-fabs(b0)), q0 = 1.0 / (1.0 + e0);
    const double s0 = b0 >= 0 ? q0 : e0 * q0, v0 = e0 * q0 * q0; /* σ(b0), σσ' */
    /* ∇f(0) = Xᵀ(c ∘ (½ − y)) (b = 0), and ∇f at the start, from the sums */
    double gg0 = 0;
    for (size_t j = 0; j <= p; j++) {
        const int pen = j < p;
        if (pen || F->icpt) {
            const double a = acc3[3 * j], q = acc3[3 * j + 1];
            const double g00 = 0.5 * a - q;
            gg0 += g00 * g00;
            g[j] = s0 * a - q;
        } else {
            g[j] = 0.0;
        }
        M[j] = (1 - ALPHA_PCG) + ALPHA_PCG * (v0 * acc3[3 * j + 2] + (pen ? 1.0 : 0.0));
    }
    *gnorm0 = sqrt(gg0);
    for (size_t i = 0; i < F->n; i++)
        F->z[i] = b0;
    const double f = loss_sum(F, F->z, F->E, 1);
    weights(F);
    return f;
}

ct_status lr_tron(const ct_lr_params *prm, const ct_csr *X, const double *y, const double *s,
                  int merge, double *w_out, int *n_iter, ct_progress_fn progress, void *user)
{
    /* liblinear's constants for the trust-region update */
    const double eta0 = 1e-4, eta1 = 0.25, eta2 = 0.75;
    const double sigma1 = 0.25, sigma2 = 0.5, sigma3 = 4.0;
    lr_fun F;
    memset(&F, 0, sizeof F);
    const size_t n = X->nrows, p0 = X->ncols;
    lr_design Dz;
    memset(&Dz, 0, sizeof Dz);
    /* The passes read the design lr_merge.c makes (rows in order of length,
     * multiple columns merged) when that copy takes at most
     * ROW_COPY_MAX_BYTES; above it they read X in place. */
    const int copy = (X->nnz * (sizeof(double) + sizeof(uint32_t)) + n * 2 * sizeof(size_t)) <=
                     ROW_COPY_MAX_BYTES;
    double *nbuf = ct_malloc(10 * n * sizeof(double));
    double *buf = NULL, *w = NULL;
    const size_t *perm = NULL;
    F.chunk = ct_malloc((NCHUNK + 1) * sizeof *F.chunk);
    *n_iter = 0;
    ct_status st = CT_OK;
    const int made = copy && nbuf && F.chunk ? lr_design_make(X, merge, &Dz) : 0;
    if (!nbuf || !F.chunk || made == -1) {
        st = CT_ENOMEM;
        goto done;
    }
    if (made == -2 || (!copy && ct_csr_check(X, NULL) != CT_OK)) {
        st = CT_EFORMAT;
        goto done;
    }
    if (copy ? Dz.nonfinite : !all_finite(X)) {
        st = CT_EDATA;
        goto done;
    }
    F.X = copy ? &Dz.X : X;
    perm = copy ? Dz.perm : NULL;
    F.n = n;
    F.p = F.X->ncols;
    F.m = F.p + 1;
    F.icpt = prm->fit_intercept;
    F.par = F.X->nnz > PAR_NNZ;
    const size_t m = F.m;
    buf = ct_malloc(11 * m * sizeof(double));
    F.part = ct_malloc(NCHUNK * 3 * m * sizeof *F.part);
    if (!buf || !F.part) {
        st = CT_ENOMEM;
        goto done;
    }
    w = buf + 10 * m; /* the merged design's coefficients (w_out when none merged) */
    F.c = nbuf;
    F.z = nbuf + n;
    F.zn = nbuf + 2 * n;
    F.E = nbuf + 3 * n;
    F.En = nbuf + 4 * n;
    F.xs = nbuf + 5 * n;
    F.xd = nbuf + 6 * n;
    F.D = nbuf + 7 * n;
    F.u = nbuf + 8 * n;
    F.y = nbuf + 9 * n;
    for (size_t r = 0; r < n; r++) {
        const size_t i = perm ? perm[r] : r;
        F.c[r] = prm->C * s[i];
        F.y[r] = y[i];
    }
    make_chunks(&F);
    double *g = buf, *M = buf + m, *wn = buf + 2 * m, *acc = buf + 3 * m; /* acc: 3m */
    cg_ws ws = {buf + 6 * m, buf + 7 * m, buf + 8 * m, buf + 9 * m, acc};
    double gnorm0;
    double f = start(&F, w, g, M, acc, &gnorm0); /* ½‖0‖² = 0 */
    double gnorm = nrm2(g, m);
    double delta = sqrt(dotm(g, M, g, m));
    const int max_cg = (int)(m < 1000 ? m + 10 : 1000);
    int iter = 0, converged = gnorm <= prm->tol * gnorm0;
    while (!converged && iter < prm->max_iter) {
        int boundary;
        trpcg(&F, delta, g, M, &ws, prm->cg_tol, max_cg, &boundary);
        const double *st_ = ws.s, *r = ws.r;
        for (size_t i = 0; i < m; i++)
            wn[i] = w[i] + st_[i];
        const double gs = dot(g, st_, m);
        const double prered = -0.5 * (gs - dot(st_, r, m));
        for (size_t i = 0; i < n; i++)
            F.zn[i] = F.z[i] + F.xs[i];
        const double fnew = loss_sum(&F, F.zn, F.En, 1) + 0.5 * dot(wn, wn, F.p);
        const double actred = f - fnew;
        const double snorm = sqrt(dotm(st_, M, st_, m));
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
            double *t = F.z;
            F.z = F.zn;
            F.zn = t;
            t = F.E;
            F.E = F.En;
            F.En = t;
            weights(&F);
            grad(&F, w, g, M, acc);
            gnorm = nrm2(g, m);
            converged = gnorm <= prm->tol * gnorm0;
            if (progress && progress(user, (uint64_t)iter, 0)) {
                st = CT_EINVAL;
                break;
            }
        }
        /* liblinear's safeguards: no reduction left to make in double precision */
        if (actred <= 0 && prered <= 0)
            break;
        if (fabs(actred) <= 1e-12 * fabs(f) && fabs(prered) <= 1e-12 * fabs(f))
            break;
    }
    *n_iter = iter;
    if (!F.icpt)
        w[F.p] = 0.0;
    /* back to X's columns: w_j = coef_j · w'_group(j) (lr_merge.c) */
    for (size_t j = 0; j < p0; j++)
        w_out[j] = copy ? Dz.coef[j] * w[Dz.group[j]] : w[j];
    w_out[p0] = w[F.p];
    if (st == CT_OK && !converged) {
        /* The safeguards stop when f can no longer decrease in double
         * precision: that is convergence as far as it can be measured, unless
         * the gradient is still large. */
        st = (gnorm <= 1e-6 * gnorm0 && iter < prm->max_iter) ? CT_OK : CT_ENOCONVERGE;
    }
done:
    ct_free(nbuf);
    lr_design_free(&Dz);
    ct_free(buf);
    ct_free(F.chunk);
    ct_free(F.part);
    return st;
}
