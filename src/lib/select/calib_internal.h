/* calib_internal.h — the calibrator's state, shared by calibrate.c (fit
 * dispatch, apply, accessors), calib_platt.c, calib_isotonic.c and
 * calib_file.c (JSON). */
#ifndef CT_CALIB_INTERNAL_H
#define CT_CALIB_INTERNAL_H

#include "claimtriage/calibrate.h"

struct ct_calibrator {
    ct_calib_method method;
    double a, b;    /* Platt */
    int iterations; /* Platt: Newton iterations used */
    size_t m;       /* isotonic: knots */
    double *x, *y;  /* isotonic: m knots, x increasing, y nondecreasing */
    double tie;     /* isotonic: the tie-break weight (0: sklearn's map) */
};

/* Allocate a calibrator of `method` with room for m knots (m = 0: none). */
ct_calibrator *calib_alloc(ct_calib_method method, size_t m);

ct_status calib_platt_fit(const ct_calib_options *o, const double *score, const double *y,
                          const double *w, size_t n, ct_calibrator *c, ct_diag *diag);
ct_status calib_isotonic_fit(const double *score, const double *y, const double *w, size_t n,
                             ct_calibrator **out, ct_diag *diag);
double calib_isotonic_eval(const ct_calibrator *c, double s);
/* The largest tie-break weight accepted. */
#define CALIB_TIE_MAX 1e-3

#endif
