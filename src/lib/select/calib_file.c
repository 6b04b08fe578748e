/* calib_file.c — a calibrator as one JSON object: written with the
 * library's JSON writer (%.17g, reads back bit-identical), read from a
 * parsed value and checked (see claimtriage/calibrate.h for the format). */
#include "select/calib_internal.h"

#include <math.h>
#include <string.h>

ct_status ct_calib_save(const ct_calibrator *c, ct_json *w)
{
    ct_json_object_begin(w);
    ct_json_key(w, "method");
    ct_json_str(w, ct_calib_method_name(c->method));
    if (c->method == CT_CALIB_PLATT) {
        ct_json_key(w, "a");
        ct_json_num(w, c->a);
        ct_json_key(w, "b");
        ct_json_num(w, c->b);
    } else if (c->method == CT_CALIB_ISOTONIC) {
        ct_json_key(w, "x");
        ct_json_array_begin(w);
        for (size_t i = 0; i < c->m; i++)
            ct_json_num(w, c->x[i]);
        ct_json_array_end(w);
        ct_json_key(w, "y");
        ct_json_array_begin(w);
        for (size_t i = 0; i < c->m; i++)
            ct_json_num(w, c->y[i]);
        ct_json_array_end(w);
        if (c->tie > 0) {
            ct_json_key(w, "tie_break");
            ct_json_num(w, c->tie);
        }
    }
    ct_json_object_end(w);
    return CT_OK;
}

#define BAD(...) ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "calibration: " __VA_ARGS__)

static ct_status finite_member(const ct_json_value *v, const char *key, double *out, ct_diag *diag)
{
    const ct_json_value *m = ct_json_get(v, key);
    if (ct_json_type_of(m) != CT_JSON_NUMBER)
        return BAD("\"%s\" must be a number", key);
    *out = ct_json_number(m);
    if (!isfinite(*out))
        return BAD("\"%s\" is not finite", key);
    return CT_OK;
}

ct_status ct_calib_load(const ct_json_value *v, ct_calibrator **out, ct_diag *diag)
{
    *out = NULL;
    if (ct_json_type_of(v) != CT_JSON_OBJECT)
        return BAD("expected an object, found %s", ct_json_type_name(ct_json_type_of(v)));
    ct_calib_method method;
    const char *name = ct_json_string(ct_json_get(v, "method"), NULL);
    if (!name)
        return BAD("\"method\" is missing or not a string");
    if (ct_calib_method_parse(name, &method))
        return BAD("unknown method \"%.40s\" (none, platt, isotonic)", name);
    if (method == CT_CALIB_NONE) {
        if (!(*out = calib_alloc(method, 0)))
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the calibrator");
        return CT_OK;
    }
    if (method == CT_CALIB_PLATT) {
        double a, b;
        ct_status s;
        if ((s = finite_member(v, "a", &a, diag)) || (s = finite_member(v, "b", &b, diag)))
            return s;
        if (!(*out = calib_alloc(method, 0)))
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the calibrator");
        (*out)->a = a;
        (*out)->b = b;
        return CT_OK;
    }
    const ct_json_value *x = ct_json_get(v, "x"), *y = ct_json_get(v, "y");
    if (ct_json_type_of(x) != CT_JSON_ARRAY || ct_json_type_of(y) != CT_JSON_ARRAY)
        return BAD("isotonic \"x\" and \"y\" must be arrays");
    const size_t m = ct_json_size(x);
    if (m != ct_json_size(y))
        return BAD("isotonic \"x\" has %zu knots and \"y\" %zu", m, ct_json_size(y));
    if (m == 0 || m > CT_CALIB_MAX_KNOTS)
        return BAD("isotonic calibration needs 1 to %d knots, not %zu", CT_CALIB_MAX_KNOTS, m);
    ct_calibrator *c = calib_alloc(method, m);
    if (!c)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the calibrator");
    for (size_t i = 0; i < m; i++) {
        const ct_json_value *xi = ct_json_at(x, i), *yi = ct_json_at(y, i);
        if (ct_json_type_of(xi) != CT_JSON_NUMBER || ct_json_type_of(yi) != CT_JSON_NUMBER) {
            ct_calib_destroy(c);
            return BAD("isotonic knot %zu is not a pair of numbers", i);
        }
        c->x[i] = ct_json_number(xi);
        c->y[i] = ct_json_number(yi);
        if (!isfinite(c->x[i]) || !(c->y[i] >= 0 && c->y[i] <= 1) ||
            (i && !(c->x[i] > c->x[i - 1])) || (i && !(c->y[i] >= c->y[i - 1]))) {
            const double xi_ = c->x[i], yi_ = c->y[i];
            ct_calib_destroy(c);
            return BAD("isotonic knot %zu (%.17g, %.17g): knots must increase, values must "
                       "not decrease and lie in [0, 1]",
                       i, xi_, yi_);
        }
    }
    const ct_json_value *tb = ct_json_get(v, "tie_break");
    if (tb) {
        const double t = ct_json_number(tb);
        if (ct_json_type_of(tb) != CT_JSON_NUMBER || !(t >= 0 && t <= CALIB_TIE_MAX)) {
            ct_calib_destroy(c);
            return BAD("isotonic \"tie_break\" must be a number in [0, 1e-3]");
        }
        c->tie = t;
    }
    *out = c;
    return CT_OK;
}
