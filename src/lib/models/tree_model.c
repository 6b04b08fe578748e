/* tree_model.c — what the two tree families share once fitted: the input
 * checks, the ensemble's per-row TreeSHAP contributions, its trees as JSON,
 * destruction, the accessors of claimtriage/trees.h, and parameter text. */
#include "models/state_get.h"
#include "models/tree_internal.h"

#include "base/parse.h"

#include <math.h>
#include <string.h>

void tree_model_destroy(void *model)
{
    tree_model *m = model;
    if (!m)
        return;
    for (size_t t = 0; t < m->ntrees; t++)
        tree_free_arrays(&m->trees[t]);
    ct_free(m->trees);
    tree_flat_free(&m->flat);
    ct_free(m);
}

size_t tree_model_ncols(const void *model) { return ((const tree_model *)model)->p; }

ct_status tree_check_inputs(const char *who, const ct_csr *X, const double *y, const double *w,
                            ct_diag *diag)
{
    if (!X || !y || X->nrows == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s: no training rows", who);
    if (X->nrows > UINT32_MAX || X->ncols > INT32_MAX)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "%s: %zu rows x %zu columns is beyond the trees' 32-bit indices", who,
                           X->nrows, X->ncols);
    ct_diag why = {0}; /* its own buffer: diag's message cannot format itself */
    if (ct_csr_check(X, &why) != CT_OK)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s: malformed design: %s", who,
                           why.message);
    double tot[2] = {0, 0};
    for (size_t i = 0; i < X->nrows; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "%s: label of row %zu is %g, expected 0 or 1", who, i, y[i]);
        const double wi = w ? w[i] : 1.0;
        if (!(wi > 0) || !isfinite(wi))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "%s: sample weight of row %zu is %g, expected a finite number > 0",
                               who, i, wi);
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
            if (isinf(X->data[e]))
                return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                                   "%s: row %zu, column %u holds %g; trees take finite values "
                                   "or NaN (missing)",
                                   who, i, (unsigned)X->indices[e], X->data[e]);
        tot[y[i] == 1] += wi;
    }
    if (tot[0] == 0 || tot[1] == 0)
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                           "%s: the training rows hold one class only (%s); a classifier needs "
                           "both",
                           who, tot[1] == 0 ? "no positive row" : "no negative row");
    return CT_OK;
}

ct_status tree_model_contributions(const void *model, const ct_csr *X, size_t row, double *phi)
{
    const tree_model *m = model;
    if (!X || X->ncols != m->p || row >= X->nrows)
        return CT_EINVAL;
    double *x = ct_calloc(m->p ? m->p : 1, sizeof *x);
    if (!x)
        return CT_ENOMEM;
    for (size_t e = X->indptr[row]; e < X->indptr[row + 1]; e++)
        x[X->indices[e]] = X->data[e];
    memset(phi, 0, (m->p + 1) * sizeof *phi);
    /* rf: the mean of the trees (probability scale); gbdt: their sum */
    const double scale = m->family == TREE_RF ? 1.0 / (double)m->ntrees : 1.0;
    double base = m->family == TREE_RF ? 0 : m->base_score;
    ct_status st = CT_OK;
    for (size_t t = 0; t < m->ntrees && st == CT_OK; t++) {
        st = tree_shap_add(&m->trees[t], x, scale, phi);
        base += tree_expected_value(&m->trees[t]) * scale;
    }
    phi[m->p] = base;
    ct_free(x);
    return st;
}

double tree_leaf_sum_max(const tree *trees, size_t ntrees)
{
    double total = 0;
    for (size_t t = 0; t < ntrees; t++) {
        double top = 0;
        for (uint32_t k = 0; k < trees[t].n; k++)
            if (!trees[t].node[k].left)
                top = fmax(top, fabs(trees[t].node[k].value));
        total += top;
    }
    return total;
}

void tree_model_save_trees(const tree_model *m, ct_json *w)
{
    ct_json_key(w, "n_features");
    ct_json_uint(w, m->p);
    ct_json_key(w, "trees");
    ct_json_array_begin(w);
    for (size_t t = 0; t < m->ntrees; t++)
        tree_save(&m->trees[t], w);
    ct_json_array_end(w);
}

ct_status tree_model_load_trees(const ct_json_value *v, tree_model *m, ct_diag *diag)
{
    int64_t nf;
    char bad[STATE_WHY_CAP];
    const ct_json_value *ts = ct_json_get(v, "trees");
    if (state_get_int(v, "n_features", 0, INT32_MAX, &nf, bad))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad tree-ensemble state: %s", bad);
    if (ct_json_type_of(ts) != CT_JSON_ARRAY || ct_json_size(ts) == 0)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "bad tree-ensemble state: 'trees' is %s",
                           ts ? "not an array of trees, or empty" : "missing");
    m->p = (size_t)nf;
    const size_t nt = ct_json_size(ts);
    m->trees = ct_calloc(nt, sizeof *m->trees);
    if (!m->trees)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t t = 0; t < nt; t++) {
        const char *why = "";
        ct_status st = tree_load(ct_json_at(ts, t), m->p, &m->trees[t], &why);
        if (st != CT_OK)
            return ct_diag_set(diag, st, NULL, 0, 0, "bad tree-ensemble state: tree %zu: %s", t,
                               why);
        m->ntrees = t + 1;
    }
    /* A raw score adds one leaf value of every tree (and TreeSHAP
     * differences of them): the largest leaf values must add up within a
     * double's range, or scores become inf and inf - inf NaN. A fitted
     * model stays far inside (log-odds of a few hundred at most, a forest's
     * probabilities at most 1); only an edited file gets here. A split
     * node's value is a threshold, any finite number of the data (1e308 in
     * a column of such values): compared, never added, so not counted
     * (before 2026-12-03 it was, and a forest trained on values near 1e300
     * was refused by its own loader). */
    if (!(tree_leaf_sum_max(m->trees, m->ntrees) <= TREE_VALUE_SUM_MAX))
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                           "bad tree-ensemble state: the trees' largest leaf values add up "
                           "beyond %g, so a score would overflow (values edited by hand?)",
                           TREE_VALUE_SUM_MAX);
    if (tree_flat_build(m->trees, m->ntrees, &m->flat) != CT_OK)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    return CT_OK;
}

int tree_parse_num(const char *s, double *out)
{
    int integral;
    if (!s || ct_parse_number(s, strlen(s), out, &integral) || !isfinite(*out))
        return -1;
    return 0;
}

int tree_parse_int(const char *s, long lo, long hi, int *out)
{
    double x;
    if (tree_parse_num(s, &x) || x != floor(x) || x < (double)lo || x > (double)hi)
        return -1;
    *out = (int)x;
    return 0;
}

size_t ct_tree_model_ntrees(const void *model) { return ((const tree_model *)model)->ntrees; }
size_t ct_tree_model_nsplits(const void *model)
{
    const tree_model *m = model;
    size_t s = 0;
    for (size_t t = 0; t < m->ntrees; t++)
        s += m->trees[t].n / 2; /* every split node has two children */
    return s;
}
double ct_tree_model_leaf_sum_max(const void *model)
{
    const tree_model *m = model;
    return tree_leaf_sum_max(m->trees, m->ntrees);
}
int ct_gbdt_best_iteration(const void *model)
{
    return ((const tree_model *)model)->best_iteration;
}
int ct_gbdt_text_rounds(const void *model) { return ((const tree_model *)model)->gb.text_rounds; }
double ct_rf_oob_score(const void *model) { return ((const tree_model *)model)->oob_score; }
size_t ct_rf_oob_unscored(const void *model) { return ((const tree_model *)model)->oob_unscored; }
int ct_tree_contrib_scale(const void *model)
{
    return ((const tree_model *)model)->family == TREE_RF;
}
