/* ct_test.h — helpers shared by the cmocka unit tests. */
#ifndef CT_TEST_H
#define CT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <claimtriage/claimtriage.h>

/* Relative-tolerance comparison of doubles, as GSL's gsl_test_rel: passes
 * when |got - want| <= tol * |want| (absolute tol when want == 0); NaN
 * equals NaN. cmocka's own float assertion casts to float, hence this. */
void ct_test_rel(double got, double want, double tol, const char *expr, const char *file, int line);
#define assert_rel(got, want, tol) ct_test_rel((got), (want), (tol), #got, __FILE__, __LINE__)

/* Path of the real reports file from $CLAIMTRIAGE_DATA when it is readable,
 * else NULL after printing a visible "SKIP: ..." message (call skip() then). */
const char *ct_test_data_path(void);

/* Load CSV text with default options (or *opt); fails the test on error
 * unless want != CT_OK, in which case the status is checked. */
ct_frame *ct_test_load(const char *csv, const ct_load_options *opt, ct_status want, ct_diag *diag);

/* Write text to a fresh temporary file; returns its path (static buffer). */
const char *ct_test_tmpfile(const char *content, size_t len);

#endif
