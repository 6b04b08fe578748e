/* threads.c — the library-wide thread setting (one concept: how many threads
 * the library may use). A library embedded in someone else's process starts
 * no thread unasked: the default is 1 (everything runs on the calling
 * thread). A caller that wants parallel work, as the CLI does, raises it with
 * ct_threads_set(); results never depend on it (docs/design.md). */
#include "claimtriage/common.h"

#include <omp.h>
#include <stdatomic.h>

static atomic_int threads_wanted = 1; /* 0 = as many as OpenMP allows */

void ct_threads_set(int n) { atomic_store(&threads_wanted, n < 0 ? 1 : n); }

int ct_threads(void)
{
    const int want = atomic_load(&threads_wanted);
    const int omp = omp_get_max_threads();
    if (want == 0)
        return omp > 0 ? omp : 1;
    return want < omp ? want : omp;
}
