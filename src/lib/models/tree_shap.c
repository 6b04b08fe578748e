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

static void extend(pelem *path, unsigned ud, double zero, double one, int32_t feature)
{
    path[ud].feature = feature;
    path[ud].zero = zero;
    path[ud].one = one;
    path[ud].w = ud == 0 ? 1.0 : 0.0;
    for (int i = (int)ud - 1; i >= 0; i--) {
        path[i + 1].w += one * path[i].w * (i + 1) / (double)(ud + 1);
        path[i].w = zero * path[i].w * (ud - i) / (double)(ud + 1);
    }
}

static void unwind(pelem *path, unsigned ud, unsigned pi)
{
    const double one = path[pi].one, zero = path[pi].zero;
    double next = path[ud].w;
    for (int i = (int)ud - 1; i >= 0; i--) {
        if (one != 0) {
            const double tmp = path[i].w;
            path[i].w = next * (ud + 1) / ((i + 1) * one);
            next = tmp - path[i].w * zero * (ud - i) / (double)(ud + 1);
        } else {
            path[i].w = path[i].w * (ud + 1) / (zero * (ud - i));
        }
    }
    for (unsigned i = pi; i < ud; i++) {
        path[i].feature = path[i + 1].feature;
        path[i].zero = path[i + 1].zero;
        path[i].one = path[i + 1].one;
    }
}

static double unwound_sum(const pelem *path, unsigned ud, unsigned pi)
{
    const double one = path[pi].one, zero = path[pi].zero;
    double next = path[ud].w, total = 0;
    for (int i = (int)ud - 1; i >= 0; i--) {
        if (one != 0) {
            const double tmp = next * (ud + 1) / ((i + 1) * one);
            total += tmp;
            next = path[i].w - tmp * zero * (ud - i) / (double)(ud + 1);
        } else if (zero != 0) {
            total += path[i].w / zero / ((ud - i) / (double)(ud + 1));
        }
    }
    return total;
}

static void recurse(const tree *t, const double *x, double scale, double *phi, uint32_t k,
                    pelem *parent, unsigned ud, double pz, double po, int32_t pf)
{
    pelem *path = parent + ud;
    if (ud)
        memcpy(path, parent, ud * sizeof *path);
    extend(path, ud, pz, po, pf);
    const tree_node *nd = &t->node[k];
    if (!nd->left) {
        for (unsigned i = 1; i <= ud; i++) {
            const double w = unwound_sum(path, ud, i);
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
        unwind(path, ud, pi);
        ud--;
    }
    recurse(t, x, scale, phi, hot, path, ud + 1, hz * iz, io, nd->feature);
    recurse(t, x, scale, phi, cold, path, ud + 1, cz * iz, 0, nd->feature);
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
    pelem *path = len <= 256 ? stackbuf : ct_malloc(len * sizeof *path);
    if (!path)
        return CT_ENOMEM;
    recurse(t, x, scale, phi, 0, path, 0, 1, 1, -1);
    if (path != stackbuf)
        ct_free(path);
    return CT_OK;
}
