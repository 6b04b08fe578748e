/* test_spin_barrier.c — base/spin_barrier: a team of 1, 2 and 3 OpenMP
 * threads meets many times; at each wait every thread's writes before it
 * are seen by the step and by every thread after it, the step runs once a
 * wait, after every thread has arrived and before any goes on; a team of
 * one never waits. */
#include "ct_test.h"

#include "base/spin_barrier.h"

#include <omp.h>
#include <string.h>

#define ROUNDS 5000
#define MAXT 3

typedef struct shared {
    ct_spin_barrier bar;
    unsigned team;
    long phase[MAXT]; /* each thread's own count, plain (not atomic) */
    long steps;       /* the steps run */
    long seen_bad;    /* a step saw a thread behind its count */
    long sum;         /* the step's total of the counts */
} shared;

static void step(void *p)
{
    shared *s = p;
    long tot = 0;
    for (unsigned t = 0; t < s->team; t++) {
        if (s->phase[t] != s->steps + 1)
            s->seen_bad++;
        tot += s->phase[t];
    }
    s->sum = tot;
    s->steps++;
}

static void run_team(unsigned team, long *bad_after)
{
    shared s;
    memset(&s, 0, sizeof s);
    ct_spin_barrier_init(&s.bar);
    s.team = team;
    long bad = 0;
#pragma omp parallel num_threads((int)team) reduction(+ : bad)
    {
        const unsigned t = (unsigned)omp_get_thread_num();
        if ((unsigned)omp_get_num_threads() == team)
            for (long r = 0; r < ROUNDS; r++) {
                s.phase[t]++; /* written before the wait ... */
                ct_spin_barrier_wait(&s.bar, team, step, &s);
                /* ... seen by everyone after it, with the step's result */
                if (s.steps != r + 1 || s.sum != (long)team * (r + 1))
                    bad++;
                for (unsigned u = 0; u < team; u++)
                    if (s.phase[u] != r + 1)
                        bad++;
                /* no thread starts the next round's writes before all
                 * have read this one's */
                ct_spin_barrier_wait(&s.bar, team, NULL, NULL);
            }
        else
            bad++; /* (the team was not given: counted, the test fails) */
    }
    assert_int_equal(s.steps, ROUNDS);
    assert_int_equal(s.seen_bad, 0);
    *bad_after = bad;
}

static void test_teams(void **state)
{
    (void)state;
    for (unsigned team = 1; team <= MAXT; team++) {
        long bad = -1;
        run_team(team, &bad);
        assert_int_equal(bad, 0);
    }
}

/* A team of one: the step runs at once, in the caller, and nothing waits
 * (outside any parallel region). */
static int ran;
static void mark(void *p) { *(int *)p += 1; }
static void test_team_of_one(void **state)
{
    (void)state;
    ct_spin_barrier b;
    ct_spin_barrier_init(&b);
    ran = 0;
    for (int i = 0; i < 5; i++)
        ct_spin_barrier_wait(&b, 1, mark, &ran);
    assert_int_equal(ran, 5);
    ct_spin_barrier_wait(&b, 1, NULL, NULL);
}

int main(void)
{
    omp_set_dynamic(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_teams),
        cmocka_unit_test(test_team_of_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
