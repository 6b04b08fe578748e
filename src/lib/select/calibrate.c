/* calibrate.c — the calibrator object: options, input checks, fit dispatch,
 * applying a fitted calibrator, accessors (see claimtriage/calibrate.h). The
 * methods are in calib_platt.c and calib_isotonic.c, the file in
 * calib_file.c. */
#include "select/calib_internal.h"

#include <math.h>
#include <string.h>

const char *ct_calib_method_name(ct_calib_method m)
{
    switch (m) {
    case CT_CALIB_NONE: return "none";
    case CT_CALIB_PLATT: return "platt";
    case CT_CALIB_ISOTONIC: return "isotonic";
    }
    return "?";
}

ct_status ct_calib_method_parse(const char *s, ct_calib_method *out)
{
    for (int m = CT_CALIB_NONE; m <= CT_CALIB_ISOTONIC; m++)
        if (s && !strcmp(s, ct_calib_method_name((ct_calib_method)m))) {
            *out = (ct_calib_method)m;
            return CT_OK;
        }
    return CT_EINVAL;
}

ct_calib_options ct_calib_options_default(void)
{
    return (ct_calib_options){.method = CT_CALIB_PLATT, .tol = 1e-12, .max_iter = 100};
}

const char *ct_calib_options_check(const ct_calib_options *o)
{
    if (!o)
        return "options are NULL";
    if (o->method != CT_CALIB_NONE && o->method != CT_CALIB_PLATT && o->method != CT_CALIB_ISOTONIC)
        return "unknown calibration method";
    if (!(o->tol > 0 && o->tol < 1))
        return "the Platt tolerance must be in (0, 1)";
    if (!(o->tie_break >= 0 && o->tie_break <= CALIB_TIE_MAX))
        return "the isotonic tie-break weight must be in [0, 1e-3]";
    if (o->max_iter < 1)
        return "the Platt iteration limit must be at least 1";
    return NULL;
}

ct_calibrator *calib_alloc(ct_calib_method method, size_t m)
{
    ct_calibrator *c = ct_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->method = method;
    c->a = c->b = NAN;
    if (m) {
        c->m = m;
        c->x = ct_malloc(m * sizeof *c->x);
        c->y = ct_malloc(m * sizeof *c->y);
        if (!c->x || !c->y) {
            ct_calib_destroy(c);
            return NULL;
        }
    }
    return c;
}

void ct_calib_destroy(ct_calibrator *c)
{
    if (!c)
        return;
    ct_free(c->x);
    ct_free(c->y);
    ct_free(c);
}

ct_status ct_calib_fit(const ct_calib_options *o, const double *score, const double *y,
                       const double *w, size_t n, ct_calibrator **out, ct_diag *diag)
{
    *out = NULL;
    const char *why = ct_calib_options_check(o);
    if (why)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", why);
    if (!n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no rows to calibrate on");
    size_t npos = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(score[i]))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu: the score %g is not finite",
                               i, score[i]);
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu: label %g is not 0 or 1", i,
                               y[i]);
        if (w && !(w[i] > 0 && isfinite(w[i])))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "row %zu: weight %g is not a positive number", i, w[i]);
        npos += y[i] != 0;
    }
    if (o->method != CT_CALIB_NONE && (npos == 0 || npos == n))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the calibration rows hold one class only (%zu of %zu positive)", npos,
                           n);
    if (o->method == CT_CALIB_ISOTONIC) {
        const ct_status s = calib_isotonic_fit(score, y, w, n, out, diag);
        if (s == CT_OK)
            (*out)->tie = o->tie_break;
        return s;
    }
    ct_calibrator *c = calib_alloc(o->method, 0);
    if (!c)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the calibrator");
    ct_status s = CT_OK;
    if (o->method == CT_CALIB_PLATT) {
        s = calib_platt_fit(o, score, y, w, n, c, diag);
        if (s && s != CT_ENOCONVERGE) {
            ct_calib_destroy(c);
            return s;
        }
    }
    *out = c;
    return s;
}

/* expit(-(a s + b)), without overflow. */
static double platt_eval(double a, double b, double s)
{
    const double z = a * s + b;
    if (z >= 0) {
        const double e = exp(-z);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + exp(z));
}

void ct_calib_apply(const ct_calibrator *c, const double *score, size_t n, double *p)
{
    for (size_t i = 0; i < n; i++) {
        const double s = score[i];
        if (isnan(s)) {
            p[i] = NAN;
            continue;
        }
        switch (c->method) {
        case CT_CALIB_NONE: p[i] = s; break;
        case CT_CALIB_PLATT: p[i] = platt_eval(c->a, c->b, s); break;
        case CT_CALIB_ISOTONIC:
            p[i] = calib_isotonic_eval(c, s);
            if (c->tie > 0) { /* strictly increasing, one-sided (calibrate.h) */
                const double u = 0.5 + 0.5 * s / (1 + fabs(s));
                p[i] = p[i] + c->tie <= 1 ? p[i] + c->tie * u : p[i] - c->tie * (1 - u);
            }
            break;
        }
    }
}

ct_calib_method ct_calib_method_of(const ct_calibrator *c) { return c->method; }

double ct_calib_tie_break(const ct_calibrator *c)
{
    return c->method == CT_CALIB_ISOTONIC ? c->tie : 0;
}

void ct_calib_platt(const ct_calibrator *c, double *a, double *b, int *iterations)
{
    if (a)
        *a = c->a;
    if (b)
        *b = c->b;
    if (iterations)
        *iterations = c->iterations;
}

size_t ct_calib_isotonic_knots(const ct_calibrator *c, const double **x, const double **y)
{
    if (x)
        *x = c->method == CT_CALIB_ISOTONIC ? c->x : NULL;
    if (y)
        *y = c->method == CT_CALIB_ISOTONIC ? c->y : NULL;
    return c->method == CT_CALIB_ISOTONIC ? c->m : 0;
}
