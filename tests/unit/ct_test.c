/* ct_test.c — shared unit-test helpers (see ct_test.h). */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void ct_test_rel(double got, double want, double tol, const char *expr, const char *file, int line)
{
    if (isnan(got) && isnan(want))
        return;
    double err = fabs(got - want), lim = want == 0 ? tol : tol * fabs(want);
    if (!(err <= lim) || isnan(got) != isnan(want)) {
        print_error("%s:%d: %s = %.17g, expected %.17g (relative error %.3g > %.3g)\n", file, line,
                    expr, got, want, want == 0 ? err : err / fabs(want), tol);
        fail();
    }
}

const char *ct_test_data_path(void)
{
    const char *p = getenv("CLAIMTRIAGE_DATA");
    if (p && *p && access(p, R_OK) == 0)
        return p;
    fprintf(stderr, "SKIP: real data file not found (set CLAIMTRIAGE_DATA; tried '%s')\n",
            p ? p : "");
    return NULL;
}

ct_frame *ct_test_load(const char *csv, const ct_load_options *opt, ct_status want, ct_diag *diag)
{
    ct_frame *f = NULL;
    ct_diag local;
    if (!diag)
        diag = &local;
    ct_diag_clear(diag);
    ct_status s = ct_frame_load_mem(csv, strlen(csv), "test.csv", opt, &f, NULL, diag);
    if (s != want)
        print_error("load status %d (%s), expected %d: %s\n", s, ct_status_str(s), want,
                    diag->message);
    assert_int_equal(s, want);
    return f;
}

const char *ct_test_tmpfile(const char *content, size_t len)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/ct_test_XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, content, len), (ssize_t)len);
    close(fd);
    return path;
}
