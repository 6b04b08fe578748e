/* threads.c — the library-wide thread setting (one concept: how many threads
 * the library may use). A library embedded in someone else's process starts
 * no thread unasked: the default is 1 (everything runs on the calling
 * thread). A caller that wants parallel work, as the CLI does, raises it with
 * ct_threads_set(); results never depend on it (docs/design.md), and
 * ct_threads_shutdown() ends the threads it let the library start. */
#include "base/helper.h"
#include "claimtriage/common.h"

#include <omp.h>
#include <stdatomic.h>

static atomic_int threads_wanted = 1; /* 0 = as many as OpenMP allows */

void ct_threads_set(int n) { atomic_store(&threads_wanted, n < 0 ? 1 : n); }

/* An n given is used as given, above OpenMP's default too: every region
 * says num_threads(ct_threads()), and results never depend on the count.
 * Before 2026-12-05 it was capped at omp_get_max_threads() without a word:
 * `train --threads 8` ran and recorded 2 where `run --threads 8` recorded 8
 * (tests/cli/options_threads_honoured). Only OpenMP's own limit on the
 * threads of a program (OMP_THREAD_LIMIT) still caps it, as OpenMP would. */
int ct_threads(void)
{
    const int want = atomic_load(&threads_wanted);
    const int limit = omp_get_thread_limit();
    if (want == 0) {
        const int omp = omp_get_max_threads();
        return omp > 0 ? omp : 1;
    }
    return limit > 0 && want > limit ? limit : want;
}

/* Before 2026-12-04 nothing ended the helper thread or OpenMP's pool once a
 * call had started them: tests/unit/test_frame.c (default_starts_no_thread)
 * counts the process's threads back to where they were. */
void ct_threads_shutdown(void)
{
    ct_helper_stop();
    /* libgomp keeps a team's threads for the next region of the thread that
     * started it; a soft pause ends them (OpenMP 5.0), and the next region
     * starts new ones. It refuses (-1) inside a parallel region: then they stay. */
    (void)omp_pause_resource_all(omp_pause_soft);
}
