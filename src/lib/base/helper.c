/* helper.c — the background helper thread (see helper.h). */
#if defined(__linux__)
#define _GNU_SOURCE /* sched_getcpu, sched_setaffinity */
#include <sched.h>
#endif
#include "base/helper.h"
#include "claimtriage/common.h"

#include <omp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdatomic.h>
#include <threads.h>
#include <time.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define HELPER_SPIN_NS 2000000L /* awake this long after being woken or working */

static once_flag helper_once = ONCE_FLAG_INIT;
static atomic_int helper_inited; /* the lock, condition and fork handler are set up */
static atomic_int helper_ok;     /* the thread runs (cleared in a forked child) */
static atomic_int helper_tried;  /* a start was tried since the last stop */
static atomic_int helper_child;  /* a forked child: never start one */
static atomic_int helper_quit;   /* ct_helper_stop asks the thread to return */
static thrd_t helper_thread;
static mtx_t helper_mtx;
static cnd_t helper_cnd;
static _Atomic(ct_help_job *) helper_slot;
static atomic_long helper_awake_until; /* CLOCK_MONOTONIC ns */
static atomic_int helper_sleeping;

static long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

static void relax(void)
{
#if defined(__SSE2__)
    _mm_pause();
#endif
}

static int helper_main(void *arg)
{
#if defined(__linux__)
    /* never on the CPU of the thread that started it: spinning there would
     * take time from the caller instead of adding a core */
    int home = (int)(intptr_t)arg;
    cpu_set_t set;
    if (home >= 0 && sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 1) {
        CPU_CLR(home, &set);
        (void)sched_setaffinity(0, sizeof set, &set);
    }
#else
    (void)arg;
#endif
    while (!atomic_load(&helper_quit)) {
        ct_help_job *job = atomic_exchange_explicit(&helper_slot, NULL, memory_order_acq_rel);
        if (job) {
            job->run(job);
            atomic_store(&helper_awake_until, now_ns() + HELPER_SPIN_NS);
            continue;
        }
        if (now_ns() < atomic_load(&helper_awake_until) && !atomic_load(&helper_quit)) {
            for (int i = 0; i < 64; i++)
                relax();
            continue;
        }
        mtx_lock(&helper_mtx);
        atomic_store(&helper_sleeping, 1);
        while (!atomic_load(&helper_slot) && now_ns() >= atomic_load(&helper_awake_until) &&
               !atomic_load(&helper_quit))
            cnd_wait(&helper_cnd, &helper_mtx);
        atomic_store(&helper_sleeping, 0);
        mtx_unlock(&helper_mtx);
    }
    return 0;
}

/* A forked child has no helper thread, and the lock may have been held
 * across the fork: the child does its work alone. */
static void helper_forked(void)
{
    atomic_store(&helper_ok, 0);
    atomic_store(&helper_child, 1);
}

static void helper_init(void)
{
    if (pthread_atfork(NULL, NULL, helper_forked) != 0)
        return;
    if (mtx_init(&helper_mtx, mtx_plain) != thrd_success)
        return;
    if (cnd_init(&helper_cnd) != thrd_success)
        return;
    atomic_store(&helper_inited, 1);
}

/* Start the thread once per stop: the first wake after ct_helper_stop (or
 * ever) tries, under the lock so that two callers do not both start one; a
 * failed start is not retried until the next stop. */
static void helper_start(void)
{
    call_once(&helper_once, helper_init);
    if (!atomic_load(&helper_inited) || atomic_load(&helper_child))
        return;
    mtx_lock(&helper_mtx);
    if (!atomic_load(&helper_tried)) {
        atomic_store(&helper_tried, 1);
        atomic_store(&helper_quit, 0);
        atomic_store(&helper_awake_until, now_ns() + HELPER_SPIN_NS);
        int home = -1;
#if defined(__linux__)
        home = sched_getcpu();
#endif
        if (thrd_create(&helper_thread, helper_main, (void *)(intptr_t)home) == thrd_success)
            atomic_store(&helper_ok, 1);
    }
    mtx_unlock(&helper_mtx);
}

void ct_helper_stop(void)
{
    if (!atomic_load(&helper_ok)) /* none, or a forked child (which has none) */
        return;
    mtx_lock(&helper_mtx);
    atomic_store(&helper_quit, 1);
    cnd_signal(&helper_cnd);
    mtx_unlock(&helper_mtx);
    thrd_join(helper_thread, NULL); /* after the job it may be finishing */
    atomic_store(&helper_ok, 0);
    atomic_store(&helper_tried, 0);
}

static void helper_poke(void)
{
    if (atomic_load(&helper_sleeping)) {
        mtx_lock(&helper_mtx);
        cnd_signal(&helper_cnd);
        mtx_unlock(&helper_mtx);
    }
}

int ct_helper_wake(void)
{
    if (ct_threads() < 2)
        return 0;
    if (!atomic_load(&helper_tried))
        helper_start();
    if (!atomic_load(&helper_ok))
        return 0;
    atomic_store(&helper_awake_until, now_ns() + HELPER_SPIN_NS);
    helper_poke();
    return 1;
}

int ct_helper_offer(ct_help_job *job)
{
    if (!ct_helper_wake())
        return 0;
    ct_help_job *none = NULL;
    if (!atomic_compare_exchange_strong(&helper_slot, &none, job))
        return 0;
    helper_poke();
    return 1;
}

int ct_helper_withdraw(ct_help_job *job)
{
    ct_help_job *mine = job;
    return atomic_compare_exchange_strong(&helper_slot, &mine, NULL);
}
