/* tree_shap.c — exact path-dependent TreeSHAP of one tree for one row:
 * Lundberg, Erion & Lee, "Consistent individualized feature attribution
 * for tree ensembles" (2018), Algorithm 2 (EXTEND, UNWIND, the unwound path
 * sum), as XGBoost's TreeShap in src/tree/tree_model.cc. The node covers
 * weigh the paths a missing feature may take; the values sum with the
 * tree's expected value to its output on the row. */
#include "models/tree_internal.h"

#include <string.h>

typedef struct pelem {
    int32_t feature;
    double zero, one, w;
} pelem;

/* inv[k] = 1 / k for k = 1 .. depth + 2: the weights' divisions by whole
 * numbers done as products (the algorithm's results to a few roundings;
 * the divisions, in a chain of dependent steps, were most of the time) */
static void extend(pelem *path, unsigned ud, double zero, double one, int32_t feature,
                   const double *inv)
{
    path[ud].feature = feature;
    path[ud].zero = zero;
    path[ud].one = one;
    path[ud].w = ud == 0 ? 1.0 : 0.0;
    const double iu = inv[ud + 1];
    for (int i = (int)ud - 1; i >= 0; i--) {
        path[i + 1].w += one * path[i].w * (i + 1) * iu;
        path[i].w = zero * path[i].w * (ud - i) * iu;
    }
}

static void unwind(pelem *path, unsigned ud, unsigned pi, const double *inv)
{
    const double one = path[pi].one, zero = path[pi].zero;
    double next = path[ud].w;
    if (one != 0) {
        const double a = (ud + 1) / one, b = zero * inv[ud + 1];
        for (int i = (int)ud - 1; i >= 0; i--) {
            const double tmp = path[i].w;
            path[i].w = next * a * inv[i + 1];
            next = tmp - path[i].w * b * (ud - i);
        }
    } else {
        const double a = (ud + 1) / zero;
        for (int i = (int)ud - 1; i >= 0; i--)
            path[i].w = path[i].w * a * inv[ud - i];
    }
    for (unsigned i = pi; i < ud; i++) {
        path[i].feature = path[i + 1].feature;
        path[i].zero = path[i + 1].zero;
        path[i].one = path[i + 1].one;
    }
}

static double unwound_sum(const pelem *path, unsigned ud, unsigned pi, const double *inv)
{
    const double one = path[pi].one, zero = path[pi].zero;
    double next = path[ud].w, total = 0;
    if (one != 0) {
        const double a = (ud + 1) / one, b = zero * inv[ud + 1];
        for (int i = (int)ud - 1; i >= 0; i--) {
            const double tmp = next * a * inv[i + 1];
            total += tmp;
            next = path[i].w - tmp * b * (ud - i);
        }
    } else if (zero != 0) {
        const double a = (ud + 1) / zero;
        for (int i = (int)ud - 1; i >= 0; i--)
            total += path[i].w * a * inv[ud - i];
    }
    return total;
}

static void recurse(const tree *t, const double *x, double scale, double *phi, uint32_t k,
                    pelem *parent, unsigned ud, double pz, double po, int32_t pf, const double *inv)
{
    pelem *path = parent + ud;
    if (ud)
        memcpy(path, parent, ud * sizeof *path);
    extend(path, ud, pz, po, pf, inv);
    const tree_node *nd = &t->node[k];
    if (!nd->left) {
        for (unsigned i = 1; i <= ud; i++) {
            const double w = unwound_sum(path, ud, i, inv);
            phi[path[i].feature] += w * (path[i].one - path[i].zero) * nd->value * scale;
        }
        return;
    }
    const double v = x[nd->feature];
    const int go_left = v != v ? t->dleft[k] : v <= nd->value;
    const uint32_t hot = nd->left + (uint32_t)!go_left, cold = nd->left + (uint32_t)go_left;
    const double w = t->cover[k];
    const double hz = w > 0 ? t->cover[hot] / w : 0, cz = w > 0 ? t->cover[cold] / w : 0;
    double iz = 1, io = 1;
    unsigned pi = 0;
    while (pi <= ud && path[pi].feature != nd->feature)
        pi++;
    if (pi != ud + 1) {
        iz = path[pi].zero;
        io = path[pi].one;
        unwind(path, ud, pi, inv);
        ud--;
    }
    recurse(t, x, scale, phi, hot, path, ud + 1, hz * iz, io, nd->feature, inv);
    recurse(t, x, scale, phi, cold, path, ud + 1, cz * iz, 0, nd->feature, inv);
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
    const size_t len = (size_t)(d + 2) * (d + 3) / 2;
    pelem stackbuf[256];
    double invbuf[64];
    pelem *path = len <= 256 ? stackbuf : ct_malloc(len * sizeof *path);
    double *inv = d + 3 <= 64 ? invbuf : ct_malloc((d + 3) * sizeof *inv);
    if (!path || !inv) {
        if (path != stackbuf)
            ct_free(path);
        if (inv != invbuf)
            ct_free(inv);
        return CT_ENOMEM;
    }
    inv[0] = 0; /* (unused) */
    for (unsigned k = 1; k < d + 3; k++)
        inv[k] = 1.0 / k;
    recurse(t, x, scale, phi, 0, path, 0, 1, 1, -1, inv);
    if (path != stackbuf)
        ct_free(path);
    if (inv != invbuf)
        ct_free(inv);
    return CT_OK;
}
