/* htest_bench.c — the bench driver for bench/htest.sh: the tests of the
 * default `claimtriage test` run alone, in-process, on a frame loaded once
 * outside the clock (views by verified status; claim status x ban status,
 * x verified status), the same work bench/htest_peer.py's scipy_all times.
 * Prints the median of RUNS runs in milliseconds. Public API only; built by
 * `make bench-build` (never by make check), so it links what the library
 * needs as the Makefile says.
 *   htest_bench FILE RUNS
 */
#include <claimtriage/claimtriage.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int die(const char *what, const ct_diag *d)
{
    fprintf(stderr, "htest_bench: %s: %s\n", what, d->message);
    return 1;
}

/* One run of the three tests; its wall time in seconds, or a negative value
 * with d filled. */
static double time_tests(const ct_frame *f, const ct_htest_options *o, ct_diag *d)
{
    ct_htest_compare *c = NULL;
    ct_htest_assoc *a1 = NULL, *a2 = NULL;
    const double s = now();
    const int bad = ct_htest_compare_frame(f, "video_view_count", "verified_status", o, &c, d) ||
                    ct_htest_assoc_frame(f, "claim_status", "author_ban_status", o, &a1, d) ||
                    ct_htest_assoc_frame(f, "claim_status", "verified_status", o, &a2, d);
    const double t = now() - s;
    ct_htest_compare_free(c);
    ct_htest_assoc_free(a1);
    ct_htest_assoc_free(a2);
    return bad ? -1.0 : t;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: htest_bench FILE RUNS\n");
        return 2;
    }
    char *end;
    errno = 0;
    const long runs = strtol(argv[2], &end, 10);
    if (errno || end == argv[2] || *end || runs < 1 || runs > 100000) {
        fprintf(stderr, "htest_bench: RUNS must be an integer from 1 to 100000, not '%s'\n",
                argv[2]);
        return 2;
    }
    const ct_load_options lo = ct_load_options_default();
    const ct_htest_options o = ct_htest_options_default();
    ct_frame *f;
    ct_diag d;
    if (ct_frame_load(argv[1], &lo, &f, NULL, &d))
        return die(argv[1], &d);
    double *t = malloc((size_t)runs * sizeof *t);
    if (!t) {
        ct_frame_destroy(f);
        fprintf(stderr, "htest_bench: out of memory\n");
        return 1;
    }
    for (long r = 0; r < runs; r++) {
        t[r] = time_tests(f, &o, &d);
        if (t[r] < 0) {
            free(t);
            ct_frame_destroy(f);
            return die("test", &d);
        }
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%.3f\n", 1e3 * t[runs / 2]);
    free(t);
    ct_frame_destroy(f);
    return 0;
}
