/* spin_barrier.c — a spinning barrier with a step at the last arrival
 * (spin_barrier.h; the central sense-reversing barrier of Mellor-Crummey &
 * Scott 1991, the sense being the generation's count). */
#include "base/spin_barrier.h"

#include <omp.h>
#include <sched.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void ct_spin_barrier_init(ct_spin_barrier *b)
{
    atomic_init(&b->count, 0);
    atomic_init(&b->gen, 0);
}

static inline void spin_pause(void)
{
#if defined(__SSE2__)
    _mm_pause();
#endif
}

/* the CPUs this process may run on (omp_get_num_procs: the affinity mask's
 * count), looked up once */
static int cpus(void)
{
    static atomic_int n;
    int v = atomic_load_explicit(&n, memory_order_relaxed);
    if (!v) {
        v = omp_get_num_procs();
        v = v > 0 ? v : 1;
        atomic_store_explicit(&n, v, memory_order_relaxed);
    }
    return v;
}

void ct_spin_barrier_wait(ct_spin_barrier *b, unsigned team, void (*step)(void *), void *arg)
{
    /* the generation read before arriving: the last arrival moves it on
     * only after every thread (this one included) has arrived */
    const unsigned g = atomic_load_explicit(&b->gen, memory_order_acquire);
    if (atomic_fetch_add_explicit(&b->count, 1, memory_order_acq_rel) + 1 == team) {
        /* every other thread's writes are seen here: their arrivals are
         * releases in the counter's release sequence, read by this one */
        if (step)
            step(arg);
        atomic_store_explicit(&b->count, 0, memory_order_relaxed);
        atomic_store_explicit(&b->gen, g + 1, memory_order_release);
        return;
    }
    /* more threads than CPUs: the one waited for may need this CPU, so
     * yield from the first look (libgomp, too, spins less then) */
    const unsigned spins = team <= (unsigned)cpus() ? CT_SPIN_BARRIER_SPINS : 0;
    for (unsigned k = 0; atomic_load_explicit(&b->gen, memory_order_acquire) == g; k++) {
        if (k < spins)
            spin_pause();
        else
            sched_yield();
    }
}
