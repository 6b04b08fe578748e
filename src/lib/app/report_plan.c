/* report_plan.c — the PACE plan in the executive report: each milestone
 * with its stage, owner, stakeholders, planned dates and status proven by
 * the run folder. Everything the report takes from claimtriage/plan.h
 * passes through ONE function, plan_rows(). Two versions of it: one for
 * the plan library with a schedule (ct_plan_schedule; plan.h then defines
 * CT_PLAN_DATE_SIZE) and manifest-proven status, and one for the library
 * before it, which computes the dates here. Once the schedule has landed,
 * the second version (the #else branch) can be deleted. */
#include "app/report_internal.h"
#include "claimtriage/plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef CT_PLAN_DATE_SIZE
/* THE boundary with claimtriage/plan.h, on the plan library that has a
 * schedule (ct_plan_schedule) and manifest-proven status
 * (ct_plan_status_dir with options and the run's record): the milestones,
 * their planned dates and their status in dir. report.json is the file
 * being written, so its milestone is "this report". Returns the number of
 * rows (at most cap), 0 with *why set when the plan cannot be read. */
static size_t plan_rows(const char *dir, const char *start, rep_milestone *rows, size_t cap,
                        char *why, size_t whyn)
{
    const size_t n = ct_plan_count();
    if (n == 0 || n > cap) {
        snprintf(why, whyn, "the plan has %zu milestones (expected 1..%zu)", n, cap);
        return 0;
    }
    ct_plan_status *st = ct_calloc(n, sizeof *st);
    ct_plan_dates *dt = ct_calloc(n, sizeof *dt);
    ct_diag d;
    ct_diag_clear(&d);
    if (!st || !dt || ct_plan_schedule(start, dt, NULL, &d) != CT_OK) {
        snprintf(why, whyn, "%.200s", st && dt ? d.message : "out of memory");
        ct_free(st);
        ct_free(dt);
        return 0;
    }
    const int have_status = ct_plan_status_dir(dir, NULL, st, NULL, NULL, &d) == CT_OK;
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        rep_milestone *r = &rows[i];
        memset(r, 0, sizeof *r);
        r->id = m->id;
        r->title = m->title;
        r->stage = ct_pace_name(m->stage);
        r->owner = m->owner;
        r->stakeholders = m->audience;
        r->artifact = m->nartifacts ? m->artifacts[0].file : NULL;
        if (start)
            snprintf(r->dates, sizeof r->dates, "%s to %s", dt[i].start, dt[i].end);
        else
            snprintf(r->dates, sizeof r->dates, "working days %d to %d", dt[i].start_day,
                     dt[i].end_day);
        int is_report = 0;
        for (size_t k = 0; k < m->nartifacts; k++)
            is_report |= strcmp(m->artifacts[k].file, "report.json") == 0;
        if (is_report) {
            snprintf(r->status, sizeof r->status, "this report");
        } else if (have_status) {
            snprintf(r->status, sizeof r->status, "%s", ct_plan_state_name(st[i].state));
            snprintf(r->reason, sizeof r->reason, "%s", st[i].reason);
        } else {
            snprintf(r->status, sizeof r->status, "unknown");
            snprintf(r->reason, sizeof r->reason, "%s", d.message);
        }
    }
    ct_free(st);
    ct_free(dt);
    return n;
}
#else /* the plan library before its schedule: dates computed here */
/* Days since 1970-01-01 of a civil date, and back (H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", days_from_civil). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, char out[32])
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y0 = (long)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp + (mp < 10 ? 3 : -9);
    snprintf(out, 32, "%04ld-%02u-%02u", y0 + (m <= 2), m % 100, d % 100);
}

/* The calendar day of working day w (0-based; Monday to Friday) counted
 * from the first working day on or after `start`. */
static long working_day(long start, long w)
{
    long d = start;
    while ((d + 4) % 7 == 0 || (d + 4) % 7 == 6) /* 1970-01-01 was a Thursday (4) */
        d++;
    while (w > 0) {
        d++;
        if ((d + 4) % 7 != 0 && (d + 4) % 7 != 6)
            w--;
    }
    return d;
}

/* THE boundary with claimtriage/plan.h: the milestones, their planned
 * dates and their status in dir. Dates: each milestone starts the working
 * day after the last of its dependencies ends and lasts ceil(effort_days)
 * working days (earliest start, the critical path method); from `start`
 * when given, else as working-day numbers. Status: ct_plan_status_dir (the
 * artifact's header, this version); report.json is the file being written,
 * so its milestone is "this report". Returns the number of rows (at most
 * cap), 0 with *why set when the plan cannot be read. */
static size_t plan_rows(const char *dir, const char *start, rep_milestone *rows, size_t cap,
                        char *why, size_t whyn)
{
    const size_t n = ct_plan_count();
    if (n == 0 || n > cap) {
        snprintf(why, whyn, "the plan has %zu milestones (expected 1..%zu)", n, cap);
        return 0;
    }
    ct_plan_status *st = ct_calloc(n, sizeof *st);
    long *first = ct_calloc(n, sizeof *first), *last = ct_calloc(n, sizeof *last);
    ct_diag d;
    ct_diag_clear(&d);
    const int have_status = st && ct_plan_status_dir(dir, NULL, st, NULL, &d) == CT_OK;
    long day0 = 0;
    if (start)
        day0 = days_from_civil(strtol(start, NULL, 10), (unsigned)strtol(start + 5, NULL, 10),
                               (unsigned)strtol(start + 8, NULL, 10));
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        rep_milestone *r = &rows[i];
        memset(r, 0, sizeof *r);
        r->id = m->id;
        r->title = m->title;
        r->stage = ct_pace_name(m->stage);
        r->owner = m->owner;
        r->stakeholders = m->audience;
        r->artifact = m->artifact;
        long s = 0;
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k] && first && last; k++)
            for (size_t j = 0; j < i; j++)
                if (strcmp(ct_plan_at(j)->id, m->depends[k]) == 0 && last[j] + 1 > s)
                    s = last[j] + 1;
        const long len = m->effort_days > 0 ? (long)ceil(m->effort_days) : 1;
        if (first && last) {
            first[i] = s;
            last[i] = s + len - 1;
        }
        if (start) {
            char a[32], b[32];
            civil_from_days(working_day(day0, s), a);
            civil_from_days(working_day(day0, s + len - 1), b);
            snprintf(r->dates, sizeof r->dates, "%s to %s", a, b);
        } else {
            snprintf(r->dates, sizeof r->dates, "working days %ld to %ld", s + 1, s + len);
        }
        if (m->artifact && strcmp(m->artifact, "report.json") == 0) {
            snprintf(r->status, sizeof r->status, "this report");
        } else if (have_status) {
            snprintf(r->status, sizeof r->status, "%s", ct_plan_state_name(st[i].state));
            snprintf(r->reason, sizeof r->reason, "%s", st[i].reason);
        } else {
            snprintf(r->status, sizeof r->status, "unknown");
            snprintf(r->reason, sizeof r->reason, "%s", st ? d.message : "out of memory");
        }
    }
    ct_free(st);
    ct_free(first);
    ct_free(last);
    return n;
}

#endif

void rep_plan_compute(rep_ctx *c)
{
    c->plan = ct_calloc(REP_MAX_MS, sizeof *c->plan);
    snprintf(c->plan_why, sizeof c->plan_why, "out of memory");
    c->nplan = c->plan ? plan_rows(c->dir, c->opt.start, c->plan, REP_MAX_MS, c->plan_why,
                                   sizeof c->plan_why)
                       : 0;
}

void rep_write_plan(rep_ctx *c)
{
    rep_section(c, "plan", "The PACE plan: milestones and their status");
    const rep_milestone *rows = c->plan;
    const size_t n = c->nplan;
    if (n == 0) {
        c->res.missing++;
        ct_html_paraf(c->h, "missing", "The plan could not be shown: %s.", c->plan_why);
        ct_html_section_end(c->h);
        return;
    }
    size_t done = 0;
    for (size_t i = 0; i < n; i++)
        done += strcmp(rows[i].status, "done") == 0;
    ct_html_paraf(c->h, NULL,
                  "PACE: Plan, Analyze, Construct, Execute. %zu of %zu milestones are done in "
                  "this folder; a milestone is done only when its artifact is the output of its "
                  "command, from this version of claimtriage (claimtriage plan --status).",
                  done, n);
    static const char *const head[] = {
        "#", "Milestone", "PACE stage", "Owner", "Stakeholders", "Planned dates", "Status"};
    ct_html_table_begin(c->h, "Milestones in delivery order", 7, head, "rllllll");
    for (size_t i = 0; i < n; i++) {
        char num[24], status[CT_DIAG_MSG_MAX + 128];
        snprintf(num, sizeof num, "%zu", i + 1);
        if (rows[i].reason[0])
            snprintf(status, sizeof status, "%s (%s)", rows[i].status, rows[i].reason);
        else
            snprintf(status, sizeof status, "%s", rows[i].status);
        const char *cells[7] = {num,           rows[i].title,        rows[i].stage,
                                rows[i].owner, rows[i].stakeholders, rows[i].dates,
                                status};
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, c->opt.start
                                ? "Dates: each milestone starts the working day after its "
                                  "dependencies end and lasts its effort estimate in working "
                                  "days (Monday to Friday)."
                                : "Dates are working days from the start; give --start "
                                  "YYYY-MM-DD for calendar dates.");
    ct_html_section_end(c->h);
}
