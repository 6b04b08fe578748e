/* helper.h — internal: one background thread for opportunistic work.
 *
 * On the 2-vCPU virtual machines this runs on, a new or sleeping thread
 * often takes milliseconds to get a CPU (median 0.9 ms, a quarter of the
 * time over 3.5 ms, in a one-off probe of 30 thread starts while the
 * creating thread kept its own core busy), so work split with an OpenMP
 * team waits at the team's barrier for a thread that has not started yet.
 * The helper is used the other way round: the caller offers a job and
 * goes on with the work itself; if the helper picks the job up, it takes a
 * share; the caller never waits for a helper that has not shown up. Jobs
 * say how they share (see frame/prefault.c and inspect.c's columns).
 *
 * The library starts no thread unless its caller asks: while ct_threads()
 * is 1 (the default; common.h), ct_helper_wake() and ct_helper_offer() do
 * nothing and return 0, and the caller does all the work. Once more threads
 * are allowed, the thread is started on the first ct_helper_wake() (early,
 * so that it is up when jobs come), spins briefly for more work after each
 * job, then sleeps; it lives until ct_helper_stop() (ct_threads_shutdown,
 * common.h) or the end of the process, like an OpenMP pool, and the next
 * wake after a stop starts it again.
 */
#ifndef CT_HELPER_H
#define CT_HELPER_H

typedef struct ct_help_job {
    void (*run)(struct ct_help_job *job); /* called on the helper thread */
} ct_help_job;

/* Start the helper if it is not running and more than one thread is
 * allowed, and keep it awake for a while. Returns 1 when there is one. */
int ct_helper_wake(void);
/* Offer a job: returns 1 when it was posted (the helper will run it, or
 * it is taken back with ct_helper_withdraw), 0 when there is no helper or
 * another job is pending (the caller does the work alone). */
int ct_helper_offer(ct_help_job *job);
/* Take back an offered job the helper has not picked up: 1 when taken
 * back (it will not run), 0 when the helper has it. */
int ct_helper_withdraw(ct_help_job *job);
/* End the thread and wait for it (after the job it may be finishing; a job
 * whose caller has returned is one it shares, as the prefaulter's). Only
 * while no library call runs: nothing may wake or offer meanwhile. Does
 * nothing when there is no thread (a forked child has none). */
void ct_helper_stop(void);

#endif
