/* tree_shap.c — exact path-dependent TreeSHAP of one tree for one row:
 * Lundberg, Erion & Lee, "Consistent individualized feature attribution
 * for tree ensembles" (2018), Algorithm 2's recursion (a path of unique
 * features, each with its zero fraction z — the share of the node covers
 * the path's splits on it pass — and its one fraction o, 1 when the row
 * follows them, else 0; a feature met again is taken off the path and its
 * fractions carried into the new element). The node covers weigh the paths
 * a missing feature may take; the values sum with the tree's expected
 * value to its output on the row.
 *
 * At a leaf the paper sums, for each feature j of the path, the Shapley
 * weights |S|!(m - |S| - 1)!/m! over the subsets S of the other features,
 * each subset weighing prod_{k in S} o_k prod_{k not in S} z_k. Algorithm 2
 * keeps those sums as polynomial coefficients and "unwinds" (divides) one
 * feature out at a time; that division subtracts nearly equal numbers, and
 * the error grows with the binomial coefficients of the path's length:
 * contributions of a forest of unlimited depth (paths of 30-40 features)
 * summed to 8e9 instead of a probability (tests/unit/test_trees.c,
 * test_treeshap_deep). Here the sum is the integral it equals,
 *   sum_S |S|!(m-|S|-1)!/m! prod_{k in S} o_k prod_{k not in S} z_k
 *     = int_0^1 prod_{k != j} (z_k (1 - u) + o_k u) du
 * (the Beta integral i!(n-i)!/(n+1)! = int u^i (1-u)^(n-i) du; the
 * polynomial view of Linear TreeSHAP, Yu et al., NeurIPS 2022), taken
 * exactly by Gauss–Legendre quadrature: the integrand has degree m - 1,
 * so ceil(m / 2) nodes suffice. Every term is a product of numbers in
 * [0, 1] times a positive weight: no subtraction, so the result is good to
 * a few roundings at any depth, for the same O(leaves x depth^2) work. */
#include "models/tree_internal.h"

#include <math.h>
#include <string.h>

/* elements of the path and numbers of scratch kept on the stack: enough for
 * trees of depth 20 */
#define SHAP_STACK 256

typedef struct pelem {
    int32_t feature;
    double zero, one;
} pelem;

/* Gauss–Legendre rules on [0, 1] with q = 1 .. qmax nodes: rule q's nodes
 * at gl_u[q(q-1)/2 ..], weights (summing to 1) at gl_w[the same]. Newton's
 * iteration on the three-term recurrence of the Legendre polynomial from
 * Tricomi's initial guess cos(pi (i - 1/4) / (q + 1/2)) (Numerical Recipes'
 * gauleg), stopped when a step is below GL_NEWTON_TOL. */
#define GL_NEWTON_TOL 1e-15
#define GL_NEWTON_MAX 100

static void gauss_legendre(unsigned qmax, double *gl_u, double *gl_w)
{
    const double pi = 3.14159265358979323846;
    for (unsigned q = 1; q <= qmax; q++) {
        double *u = gl_u + (size_t)q * (q - 1) / 2, *w = gl_w + (size_t)q * (q - 1) / 2;
        for (unsigned i = 0; i < (q + 1) / 2; i++) {
            double x = cos(pi * (i + 0.75) / (q + 0.5)), dp = 1;
            for (int it = 0; it < GL_NEWTON_MAX; it++) {
                double p0 = 1, p1 = 0;
                for (unsigned k = 1; k <= q; k++) {
                    const double p2 = p1;
                    p1 = p0;
                    p0 = ((2.0 * k - 1) * x * p1 - (k - 1.0) * p2) / k;
                }
                dp = q * (x * p0 - p1) / (x * x - 1);
                const double dx = p0 / dp;
                x -= dx;
                if (fabs(dx) <= GL_NEWTON_TOL)
                    break;
            }
            /* nodes x and -x on [-1, 1]: u = (1 ± x) / 2, weight halved */
            const double wt = 1 / ((1 - x * x) * dp * dp);
            u[i] = (1 - x) / 2;
            u[q - 1 - i] = (1 + x) / 2;
            w[i] = w[q - 1 - i] = wt;
        }
    }
}

typedef struct shap_ctx {
    const tree *t;
    const double *x;
    double scale;
    double *phi;
    const double *gl_u, *gl_w;
    double *pre, *in; /* prefix products and integrals, depth + 1 each */
} shap_ctx;

/* A leaf of value v reached by the path[0..n): feature j's share is
 * (o_j - z_j) v times the integral above. */
static void leaf(const shap_ctx *c, const pelem *path, unsigned n, double v)
{
    const unsigned q = (n + 1) / 2;
    const double *u = c->gl_u + (size_t)q * (q - 1) / 2, *w = c->gl_w + (size_t)q * (q - 1) / 2;
    double *pre = c->pre, *in = c->in;
    for (unsigned j = 0; j < n; j++)
        in[j] = 0;
    for (unsigned a = 0; a < q; a++) {
        /* prod_{k != j} f_k as (prefix before j) x (suffix after j) */
        pre[0] = 1;
        for (unsigned k = 0; k < n; k++)
            pre[k + 1] = pre[k] * (path[k].zero * (1 - u[a]) + path[k].one * u[a]);
        double suf = w[a];
        for (unsigned j = n; j-- > 0;) {
            in[j] += pre[j] * suf;
            suf *= path[j].zero * (1 - u[a]) + path[j].one * u[a];
        }
    }
    for (unsigned j = 0; j < n; j++)
        c->phi[path[j].feature] += in[j] * (path[j].one - path[j].zero) * v * c->scale;
}

static void recurse(const shap_ctx *c, uint32_t k, const pelem *parent, unsigned n, double pz,
                    double po, int32_t pf)
{
    /* this node's path: the parent's and the split that led here */
    pelem *path = (pelem *)parent + n;
    if (n)
        memcpy(path, parent, n * sizeof *path);
    if (pf >= 0) {
        path[n].feature = pf;
        path[n].zero = pz;
        path[n].one = po;
        n++;
    }
    const tree *t = c->t;
    const tree_node *nd = &t->node[k];
    if (!nd->left) {
        leaf(c, path, n, nd->value);
        return;
    }
    const double v = c->x[nd->feature];
    const int go_left = v != v ? t->dleft[k] : v <= nd->value;
    const uint32_t hot = nd->left + (uint32_t)!go_left, cold = nd->left + (uint32_t)go_left;
    const double w = t->cover[k];
    const double hz = w > 0 ? t->cover[hot] / w : 0, cz = w > 0 ? t->cover[cold] / w : 0;
    double iz = 1, io = 1;
    unsigned pi = 0;
    while (pi < n && path[pi].feature != nd->feature)
        pi++;
    if (pi < n) {
        /* the feature met again: its fractions go on with the new split */
        iz = path[pi].zero;
        io = path[pi].one;
        memmove(path + pi, path + pi + 1, (n - pi - 1) * sizeof *path);
        n--;
    }
    recurse(c, hot, path, n, hz * iz, io, nd->feature);
    recurse(c, cold, path, n, cz * iz, 0, nd->feature);
}

static unsigned depth_of(const tree *t, uint32_t k)
{
    if (!t->node[k].left)
        return 0;
    unsigned a = depth_of(t, t->node[k].left), b = depth_of(t, t->node[k].left + 1);
    return 1 + (a > b ? a : b);
}

double tree_expected_value(const tree *t)
{
    double s = 0;
    for (uint32_t k = 0; k < t->n; k++)
        if (!t->node[k].left)
            s += t->cover[k] * t->node[k].value;
    return t->cover[0] > 0 ? s / t->cover[0] : 0;
}

ct_status tree_shap_add(const tree *t, const double *x, double scale, double *phi)
{
    const unsigned d = depth_of(t, 0);
    /* the paths of every level (at most d + 1 elements each, one level's
     * copy after its parent's), the quadrature rules for paths of up to d
     * features, the prefix products and, for deep trees, the integrals */
    const size_t npath = (size_t)(d + 1) * (d + 2) / 2, qmax = (d + 1) / 2 + 1;
    const size_t ngl = qmax * (qmax + 1) / 2, nscratch = 2 * ((size_t)d + 2);
    pelem stack_path[SHAP_STACK];
    double stack_num[SHAP_STACK];
    const int small = npath <= SHAP_STACK && 2 * ngl + nscratch <= SHAP_STACK;
    pelem *path = small ? stack_path : ct_malloc(npath * sizeof *path);
    double *num = small ? stack_num : ct_malloc((2 * ngl + nscratch) * sizeof *num);
    if (!path || !num) {
        if (!small) {
            ct_free(path);
            ct_free(num);
        }
        return CT_ENOMEM;
    }
    gauss_legendre((unsigned)qmax, num, num + ngl);
    const shap_ctx c = {t, x, scale, phi, num, num + ngl, num + 2 * ngl, num + 2 * ngl + d + 2};
    recurse(&c, 0, path, 0, 1, 1, -1);
    if (!small) {
        ct_free(path);
        ct_free(num);
    }
    return CT_OK;
}
