/* spin_barrier.h — internal: a barrier for a team whose waits are short
 * (microseconds), whose last thread to arrive may run one step before the
 * team goes on.
 *
 * Why not OpenMP's: on the 2-vCPU virtual machines this runs on, a libgomp
 * barrier of two threads takes about 1.25 us and an `omp single` with its
 * closing barrier as long again, where one cache line passed between the
 * cores takes about 0.4 us (a one-off probe, 200,000 barriers each; the
 * boosting's level grower, tree_level.c, meets a dozen and more of them a
 * tree, 300 trees a fit). This one is a counter and a generation on two
 * cache lines (the central sense-reversing barrier, Mellor-Crummey & Scott,
 * "Algorithms for scalable synchronization on shared-memory
 * multiprocessors", ACM TOCS 9(1), 1991), and the step a serial section
 * would need its own barrier for runs at the last arrival instead
 * (C++20's std::barrier completion function).
 *
 * A waiting thread spins with the CPU's pause hint, then yields its CPU
 * (sched_yield) between looks once CT_SPIN_BARRIER_SPINS looks have gone
 * by, so that on a machine with more threads than cores (another process,
 * valgrind's one-at-a-time threads) the thread being waited for can run;
 * a team larger than the CPUs the process may use yields from the first
 * look.
 *
 * Memory: everything a thread wrote before its ct_spin_barrier_wait is
 * visible to the step and to every thread after its wait returns, and
 * everything the step wrote is visible to every thread after the wait
 * (C11 acquire/release on the counter and the generation).
 *
 * Thread-safety: one barrier serves one team; every thread of the team
 * calls each wait with the same team size, and no thread calls the next
 * wait before the previous one has returned to it (as with any barrier).
 */
#ifndef CT_SPIN_BARRIER_H
#define CT_SPIN_BARRIER_H

#include <stdatomic.h>

/* looks at the generation before a waiting thread starts yielding its CPU
 * between looks (each look after a pause: about 20-40 us in all) */
#define CT_SPIN_BARRIER_SPINS 2048

typedef struct ct_spin_barrier {
    _Alignas(64) atomic_uint count; /* threads arrived at the current wait */
    _Alignas(64) atomic_uint gen;   /* waits completed */
} ct_spin_barrier;

/* Ready for a team's first wait (no thread may be waiting on it). */
void ct_spin_barrier_init(ct_spin_barrier *b);

/* Wait until team threads (team >= 1) have called it; the last to arrive
 * runs step(arg) first, when step is not NULL (with team 1: the caller,
 * at once, without waiting). */
void ct_spin_barrier_wait(ct_spin_barrier *b, unsigned team, void (*step)(void *), void *arg);

#endif
