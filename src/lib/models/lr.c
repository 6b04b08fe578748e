/* lr.c — the "lr" estimator family: L2-regularised logistic regression
 * (claimtriage/lr.h) behind the estimator interface (claimtriage/
 * estimator.h): parameters, fit (input checks, class weights, the TRON
 * solver of lr_tron.c), probabilities, contributions, JSON state. */
#include "models/lr_internal.h"
#include "models/state_get.h"

#include <math.h>
#include <string.h>

ct_lr_params ct_lr_params_default(void)
{
    ct_lr_params p;
    memset(&p, 0, sizeof p);
    p.C = 1.0;
    p.fit_intercept = 1;
    p.class_weight[0] = p.class_weight[1] = 1.0;
    p.class_weight_balanced = 0;
    p.tol = 1e-10;
    p.max_iter = 200;
    p.cg_tol = 0.1;
    return p;
}

/* The parameters' own shape, without the fit's bound on C: a model file
 * holding a larger C still loads (lr.h, CT_LR_C_MAX). */
static const char *params_shape(const ct_lr_params *p)
{
    if (!p)
        return "no parameters";
    if (!(p->C > 0) || !isfinite(p->C))
        return "C must be a finite number > 0";
    if (p->fit_intercept != 0 && p->fit_intercept != 1)
        return "fit_intercept must be 0 or 1";
    for (int k = 0; k < 2; k++)
        if (!(p->class_weight[k] > 0) || !isfinite(p->class_weight[k]))
            return "class weights must be finite numbers > 0";
    if (p->class_weight_balanced != 0 && p->class_weight_balanced != 1)
        return "class_weight_balanced must be 0 or 1";
    if (!(p->tol > 0) || !(p->tol < 1))
        return "tol must be in (0, 1)";
    if (p->max_iter < 1)
        return "max_iter must be >= 1";
    if (!(p->cg_tol > 0) || !(p->cg_tol < 1))
        return "cg_tol must be in (0, 1)";
    return NULL;
}

/* the static message below spells CT_LR_C_MAX */
_Static_assert((long long)CT_LR_C_MAX == 1000000000000LL, "C_MAX_TEXT spells CT_LR_C_MAX");
#define C_MAX_TEXT "1e+12"

/* What fit accepts: before 2026-12-04 C above CT_LR_C_MAX passed here and
 * only fit refused it (tests/unit/test_lr.c, test_params_check_c_max). */
const char *ct_lr_params_check(const ct_lr_params *p)
{
    const char *msg = params_shape(p);
    if (msg)
        return msg;
    if (p->C > CT_LR_C_MAX)
        return "C must be at most " C_MAX_TEXT;
    return NULL;
}

static void lr_destroy(void *model)
{
    lr_model *m = model;
    if (!m)
        return;
    ct_free(m->coef);
    ct_free(m);
}

static lr_model *lr_alloc(size_t p)
{
    lr_model *m = ct_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->p = p;
    m->coef = ct_calloc(p ? p : 1, sizeof *m->coef);
    if (!m->coef) {
        ct_free(m);
        return NULL;
    }
    return m;
}

/* The first value of X that is not finite, as an error (lr_tron found one:
 * it checks X's values as it copies them, so they are read once). */
static ct_status nonfinite_error(const ct_csr *X, ct_diag *diag)
{
    for (size_t i = 0; i < X->nrows; i++)
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
            if (!isfinite(X->data[e]))
                return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                                   "lr: row %zu, column %u holds %g; the design must be finite "
                                   "(impute or drop missing values first)",
                                   i, (unsigned)X->indices[e], X->data[e]);
    return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                       "lr: the design holds a value that is not finite");
}

/* Check y and w (X's values are checked by lr_tron); fill s with the total
 * row weights. */
static ct_status check_inputs(const ct_lr_params *p, const ct_csr *X, const double *y,
                              const double *w, double *s, ct_diag *diag)
{
    double tot[2] = {0, 0};
    for (size_t i = 0; i < X->nrows; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "lr: label of row %zu is %g, expected 0 or 1", i, y[i]);
        const double wi = w ? w[i] : 1.0;
        if (!(wi > 0) || !isfinite(wi))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "lr: sample weight of row %zu is %g, expected a finite number > 0",
                               i, wi);
        tot[y[i] == 1] += wi;
        s[i] = wi;
    }
    if (tot[0] == 0 || tot[1] == 0)
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                           "lr: the training rows hold one class only (%s); a classifier needs "
                           "both",
                           tot[1] == 0 ? "no positive row" : "no negative row");
    double cw[2] = {p->class_weight[0], p->class_weight[1]};
    if (p->class_weight_balanced) {
        /* sklearn's compute_class_weight('balanced'): n / (2 · n_c); with
         * sample weights, their class totals */
        const double n = tot[0] + tot[1];
        cw[0] = n / (2 * tot[0]);
        cw[1] = n / (2 * tot[1]);
    }
    for (size_t i = 0; i < X->nrows; i++)
        s[i] *= cw[y[i] == 1];
    return CT_OK;
}

static ct_status lr_fit(const void *params, const ct_csr *X, const double *y, const double *w,
                        ct_progress_fn progress, void *progress_user, void **model, ct_diag *diag)
{
    *model = NULL;
    const ct_lr_params *p = params;
    const char *msg = params_shape(p);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "lr: %s", msg);
    if (p->C > CT_LR_C_MAX) /* ct_lr_params_check's refusal, with the value */
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "lr: C must be at most %g, got %g",
                           CT_LR_C_MAX, p->C);
    if (!X || !y || X->nrows == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "lr: no training rows");
    double *s = ct_malloc(X->nrows * sizeof *s);
    double *wv = ct_calloc(X->ncols + 1, sizeof *wv);
    lr_model *m = lr_alloc(X->ncols);
    ct_status st = (s && wv && m) ? check_inputs(p, X, y, w, s, diag) : CT_ENOMEM;
    if (st == CT_OK) {
        st = lr_tron(p, X, y, s, 1, wv, &m->n_iter, progress, progress_user);
        if (st == CT_EFORMAT) {
            /* lr_tron checks X's structure in its first read of X (instead
             * of a read of its own here); ct_csr_check says what is wrong */
            ct_diag d2;
            const char *why = ct_csr_check(X, &d2) != CT_OK ? d2.message : "not a CSR matrix";
            st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "lr: malformed design: %s", why);
        } else if (st == CT_EDATA)
            st = nonfinite_error(X, diag);
        else if (st == CT_EINVAL)
            ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "lr: stopped by the caller");
    }
    if (st == CT_ENOMEM)
        ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "lr: out of memory");
    if (st == CT_OK || st == CT_ENOCONVERGE) {
        m->params = *p;
        memcpy(m->coef, wv, X->ncols * sizeof *wv);
        m->intercept = wv[X->ncols];
        m->converged = st == CT_OK;
        if (st == CT_ENOCONVERGE)
            ct_diag_set(diag, st, NULL, 0, 0,
                        "lr: no convergence in %d Newton iterations (max_iter); the last "
                        "iterate is kept",
                        m->n_iter);
        *model = m;
        m = NULL;
    }
    lr_destroy(m);
    ct_free(s);
    ct_free(wv);
    return st;
}

static double expit(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + exp(-z));
    const double e = exp(z);
    return e / (1.0 + e);
}

static ct_status lr_predict(const void *model, const ct_csr *X, double *out, ct_diag *diag)
{
    const lr_model *m = model;
    if (X->ncols != m->p)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "lr: the design has %zu columns, the model was fitted on %zu", X->ncols,
                           m->p);
    const long n = (long)X->nrows;
#pragma omp parallel for num_threads(ct_threads()) schedule(static) if (X->nnz > 100000)
    for (long i = 0; i < n; i++) {
        double z = 0;
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
            z += X->data[e] * m->coef[X->indices[e]];
        out[i] = expit(z + m->intercept);
    }
    return CT_OK;
}

static ct_status lr_contributions(const void *model, const ct_csr *X, size_t row, double *phi)
{
    const lr_model *m = model;
    if (X->ncols != m->p || row >= X->nrows)
        return CT_EINVAL;
    memset(phi, 0, (m->p + 1) * sizeof *phi);
    for (size_t e = X->indptr[row]; e < X->indptr[row + 1]; e++)
        phi[X->indices[e]] = m->coef[X->indices[e]] * X->data[e];
    phi[m->p] = m->intercept;
    return CT_OK;
}

static size_t lr_ncols(const void *model) { return ((const lr_model *)model)->p; }

static ct_status lr_save(const void *model, ct_json *w)
{
    const lr_model *m = model;
    ct_json_object_begin(w);
    ct_json_key(w, "C");
    ct_json_num(w, m->params.C);
    ct_json_key(w, "fit_intercept");
    ct_json_bool(w, m->params.fit_intercept);
    ct_json_key(w, "class_weight");
    ct_json_array_begin(w);
    ct_json_num(w, m->params.class_weight[0]);
    ct_json_num(w, m->params.class_weight[1]);
    ct_json_array_end(w);
    ct_json_key(w, "class_weight_balanced");
    ct_json_bool(w, m->params.class_weight_balanced);
    ct_json_key(w, "tol");
    ct_json_num(w, m->params.tol);
    ct_json_key(w, "max_iter");
    ct_json_int(w, m->params.max_iter);
    ct_json_key(w, "cg_tol");
    ct_json_num(w, m->params.cg_tol);
    ct_json_key(w, "n_features");
    ct_json_uint(w, m->p);
    ct_json_key(w, "intercept");
    ct_json_num(w, m->intercept);
    ct_json_key(w, "coef");
    ct_json_array_begin(w);
    for (size_t j = 0; j < m->p; j++)
        ct_json_num(w, m->coef[j]);
    ct_json_array_end(w);
    ct_json_key(w, "n_iter");
    ct_json_int(w, m->n_iter);
    ct_json_key(w, "converged");
    ct_json_bool(w, m->converged);
    ct_json_object_end(w);
    return CT_OK;
}

static ct_status bad(ct_diag *d, const char *what)
{
    return ct_diag_set(d, CT_EFORMAT, NULL, 0, 0, "bad logistic-regression state: %s", what);
}

static ct_status lr_load(const ct_json_value *v, void **model, ct_diag *diag)
{
    *model = NULL;
    if (ct_json_type_of(v) != CT_JSON_OBJECT)
        return bad(diag, "not a JSON object");
    ct_lr_params p = ct_lr_params_default();
    const ct_json_value *cw = ct_json_get(v, "class_weight");
    int64_t mi, nf, it;
    char why[STATE_WHY_CAP];
    if (state_get_num(v, "C", &p.C, why) ||
        state_get_bool(v, "fit_intercept", &p.fit_intercept, why))
        return bad(diag, why);
    if (ct_json_size(cw) != 2 || ct_json_type_of(cw) != CT_JSON_ARRAY ||
        ct_json_type_of(ct_json_at(cw, 0)) != CT_JSON_NUMBER ||
        ct_json_type_of(ct_json_at(cw, 1)) != CT_JSON_NUMBER)
        return bad(diag, cw ? "'class_weight' is not an array of two numbers"
                            : "'class_weight' is missing");
    if (state_get_bool(v, "class_weight_balanced", &p.class_weight_balanced, why) ||
        state_get_num(v, "tol", &p.tol, why) ||
        state_get_int(v, "max_iter", 1, INT32_MAX, &mi, why) ||
        state_get_num(v, "cg_tol", &p.cg_tol, why))
        return bad(diag, why);
    p.class_weight[0] = ct_json_number(ct_json_at(cw, 0));
    p.class_weight[1] = ct_json_number(ct_json_at(cw, 1));
    p.max_iter = (int)mi;
    const char *msg = params_shape(&p);
    if (msg)
        return bad(diag, msg);
    const ct_json_value *coef = ct_json_get(v, "coef");
    if (state_get_int(v, "n_features", 0, UINT32_MAX, &nf, why))
        return bad(diag, why);
    if (ct_json_type_of(coef) != CT_JSON_ARRAY || ct_json_size(coef) != (size_t)nf)
        return bad(diag, "\"coef\" is not an array of \"n_features\" numbers");
    double b;
    int conv;
    if (state_get_num(v, "intercept", &b, why) ||
        state_get_int(v, "n_iter", 0, INT32_MAX, &it, why) ||
        state_get_bool(v, "converged", &conv, why))
        return bad(diag, why);
    if (!(fabs(b) <= CT_ESTIMATOR_PARAM_MAX))
        return bad(diag, "\"intercept\" is beyond 1e100 in magnitude (no fit yields one)");
    if (!p.fit_intercept && b != 0)
        return bad(diag, "an intercept without fit_intercept");
    lr_model *m = lr_alloc((size_t)nf);
    if (!m)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t j = 0; j < (size_t)nf; j++) {
        const ct_json_value *x = ct_json_at(coef, j);
        m->coef[j] = ct_json_number(x);
        if (ct_json_type_of(x) != CT_JSON_NUMBER || !isfinite(m->coef[j])) {
            lr_destroy(m);
            return bad(diag, "a coefficient is not a finite number");
        }
        if (!(fabs(m->coef[j]) <= CT_ESTIMATOR_PARAM_MAX)) {
            lr_destroy(m);
            return bad(diag, "a \"coef\" value is beyond 1e100 in magnitude (no fit yields one)");
        }
    }
    m->params = p;
    m->intercept = b;
    m->n_iter = (int)it;
    m->converged = conv;
    *model = m;
    return CT_OK;
}

static void lr_params_default_v(void *params) { *(ct_lr_params *)params = ct_lr_params_default(); }

static const char *lr_params_check_v(const void *params) { return ct_lr_params_check(params); }

static const ct_estimator_type lr_type = {
    "lr",
    sizeof(ct_lr_params),
    lr_params_default_v,
    lr_params_check_v,
    lr_fit,
    lr_predict,
    lr_contributions,
    lr_ncols,
    lr_save,
    lr_load,
    lr_destroy,
};

const ct_estimator_type *ct_lr_type(void) { return &lr_type; }

const double *ct_lr_coef(const void *model, size_t *p)
{
    const lr_model *m = model;
    if (p)
        *p = m->p;
    return m->coef;
}
double ct_lr_intercept(const void *model) { return ((const lr_model *)model)->intercept; }
int ct_lr_n_iter(const void *model) { return ((const lr_model *)model)->n_iter; }
int ct_lr_converged(const void *model) { return ((const lr_model *)model)->converged; }
