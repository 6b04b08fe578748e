/* report_plan.c — the PACE plan in the executive report: each milestone
 * with its stage, owner, stakeholders, planned dates and status proven by
 * the run folder. Everything the report takes from claimtriage/plan.h
 * passes through ONE function, plan_rows(): the schedule (ct_plan_schedule)
 * and the status proven by the run's manifest (ct_plan_status_dir); and
 * rep_start_valid(), the options' check of --start by that same schedule. */
#include "app/report_internal.h"
#include "claimtriage/plan.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(CT_PLAN_MAX_NEEDS <= REP_MAX_DEPS, "rep_milestone.blocked holds every input");

/* THE boundary with claimtriage/plan.h: the milestones, their planned
 * dates and their status in dir, judged by plan --status's own rules as
 * the folder will be once this report is written (report_pending): the
 * report's milestone, when those rules count it, is "this report"; while
 * the run that writes this report is still going (its manifest says
 * "running"), the workflow's milestone, when they count it, is "this run"
 * — its manifest is complete once the report is written. Every other
 * state and reason is plan --status's, so the report counts as it does
 * (before 2026-12-03 "this report" and "this run" counted as done whatever
 * the rules said, 8 of 9 beside plan --status's 7:
 * tests/cli/report_plan_count_as_status). Returns the number of rows (at
 * most cap), 0 with *why set when the plan cannot be read. */
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
        const char *m = st && dt ? d.message : "out of memory";
        ct_textwidth_fit(why, whyn < 201 ? whyn : 201, m, strlen(m), SIZE_MAX, NULL, 0);
        ct_free(st);
        ct_free(dt);
        return 0;
    }
    ct_plan_run run;
    memset(&run, 0, sizeof run);
    ct_plan_status_options so = ct_plan_status_options_default();
    so.report_pending = 1;
    const int have_status = ct_plan_status_dir(dir, &so, st, &run, NULL, &d) == CT_OK;
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
        r->deliverable = m->deliverable;
        for (size_t k = 0; have_status && k < st[i].nblocked; k++) {
            const size_t j = ct_plan_index(st[i].blocked_by[k]);
            if (j < n)
                r->blocked[r->nblocked++] = j;
        }
        /* a milestone of one day has one date ("working day 3", not "3 to 3") */
        if (start && strcmp(dt[i].start, dt[i].end) == 0)
            snprintf(r->dates, sizeof r->dates, "%s", dt[i].start);
        else if (start)
            snprintf(r->dates, sizeof r->dates, "%s to %s", dt[i].start, dt[i].end);
        else if (dt[i].start_day == dt[i].end_day)
            snprintf(r->dates, sizeof r->dates, "working day %d", dt[i].start_day);
        else
            snprintf(r->dates, sizeof r->dates, "working days %d to %d", dt[i].start_day,
                     dt[i].end_day);
        int is_report = 0, is_run = 0;
        for (size_t k = 0; k < m->nartifacts; k++) {
            if (have_status && m->artifacts[k].stage && run.failed_stage[0] &&
                strcmp(m->artifacts[k].stage, run.failed_stage) == 0)
                r->stopped_at = m->artifacts[k].stage;
            is_report |= strcmp(m->artifacts[k].file, "report.json") == 0;
            is_run |= strcmp(m->artifacts[k].file, "manifest.json") == 0;
        }
        const int done = have_status && st[i].state == CT_PLAN_DONE;
        if (is_report && done) {
            snprintf(r->status, sizeof r->status, "this report");
        } else if (is_run && done && strcmp(run.status, "running") == 0) {
            snprintf(r->status, sizeof r->status, "this run");
            snprintf(r->reason, sizeof r->reason,
                     "its manifest is complete once this report is written");
        } else if (have_status) {
            snprintf(r->status, sizeof r->status, "%s", ct_plan_state_name(st[i].state));
            snprintf(r->reason, sizeof r->reason, "%s", st[i].reason);
            snprintf(r->separation, sizeof r->separation, "%s", st[i].separation);
            r->why.kind = st[i].reason_kind;
            snprintf(r->why.stage, sizeof r->why.stage, "%s", st[i].reason_stage);
            snprintf(r->why.stopped, sizeof r->why.stopped, "%s", st[i].reason_stopped);
            r->why.cause = st[i].cause;
            snprintf(r->why.column, sizeof r->why.column, "%s", st[i].cause_column);
            snprintf(r->why.value, sizeof r->why.value, "%s", st[i].cause_value);
            r->why.rows = st[i].cause_rows;
            snprintf(r->why.stopped_by, sizeof r->why.stopped_by, "%s", st[i].stopped_by);
        } else {
            snprintf(r->status, sizeof r->status, "unknown");
            snprintf(r->reason, sizeof r->reason, "%s", d.message);
        }
        if (have_status && st[i].pending_task && st[i].pending_task <= m->ntasks) {
            r->pending_task = m->tasks[st[i].pending_task - 1].text;
            snprintf(r->pending, sizeof r->pending, "%s", st[i].pending);
        }
    }
    ct_free(st);
    ct_free(dt);
    return n;
}

void rep_plan_compute(rep_ctx *c)
{
    c->plan = ct_calloc(REP_MAX_MS, sizeof *c->plan);
    snprintf(c->plan_why, sizeof c->plan_why, "out of memory");
    c->nplan = c->plan ? plan_rows(c->dir, c->opt.start, c->plan, REP_MAX_MS, c->plan_why,
                                   sizeof c->plan_why)
                       : 0;
}

size_t rep_plan_done_said(const rep_ctx *c, char *buf, size_t n)
{
    /* a milestone with a task pending is partly done, not done, as plan
     * --status counts it: before 2026-12-06 "All 9 milestones are done once
     * this report is written, milestone 6 with a task pending"
     * (tests/cli/report_plan_partly_done) */
    size_t done = 0, pend = 0, first = 0;
    for (size_t i = 0; i < c->nplan; i++) {
        const char *s = c->plan[i].status;
        if (strcmp(s, "done") != 0 && strncmp(s, "this ", 5) != 0)
            continue;
        if (c->plan[i].pending_task) {
            if (!pend++)
                first = i + 1;
        } else
            done++;
    }
    char with[96] = "";
    if (pend == 1)
        snprintf(with, sizeof with, "; milestone %zu is partly done, a task pending", first);
    else if (pend)
        snprintf(with, sizeof with, "; %zu are partly done, a task pending in each", pend);
    if (done == c->nplan && done > 1)
        snprintf(buf, n, "all %zu milestones are done once this report is written%s", done, with);
    else
        snprintf(buf, n, "%zu of %zu milestone%s %s done once this report is written%s", done,
                 c->nplan, c->nplan == 1 ? "" : "s", done == 1 ? "is" : "are", with);
    return done;
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
    size_t done = 0, now = 0;
    for (size_t i = 0; i < n; i++) {
        done += strcmp(rows[i].status, "done") == 0;
        now += strncmp(rows[i].status, "this ", 5) == 0;
    }
    const size_t open_ = n - done - now;
    size_t whole = done; /* done in this folder now, no task pending (rep_plan_done_said) */
    for (size_t i = 0; i < n; i++)
        whole -= strcmp(rows[i].status, "done") == 0 && rows[i].pending_task;
    char rest[96] = "", said[160];
    if (open_)
        snprintf(rest, sizeof rest, "; %zu %s not done (the table says why)", open_,
                 open_ == 1 ? "is" : "are");
    rep_plan_done_said(c, said, sizeof said);
    said[0] = (char)toupper((unsigned char)said[0]);
    char folder[160] = "";
    if (now)
        snprintf(folder, sizeof folder, " (%zu in this folder now, and %s)", whole,
                 now == 2
                     ? (open_ || whole < done ? "this report and its run complete two more"
                                              : "this report and its run complete the other two")
                     : (open_ || whole < done ? "this report completes one more"
                                              : "this report completes the last one"));
    ct_html_paraf(c->h, NULL,
                  "PACE: Plan, Analyze, Construct, Execute. %s%s%s; a milestone is done only "
                  "when its artifact is the output of its command, from this version of "
                  "claimtriage and this input (claimtriage plan --status).",
                  said, folder, rest);
    /* the deliverable under the milestone's title and what blocks it in
     * its status, as plan and plan --status give them, in the same seven
     * columns (the page's width): before 2026-12-05 the table had neither
     * (tests/cli/report_plan_deliverable_blocked) */
    static const char *const head[] = {"#",
                                       "Milestone and deliverable",
                                       "PACE stage",
                                       "Owner",
                                       "Stakeholders",
                                       "Planned dates",
                                       "Status"};
    ct_html_table_begin(c->h, "Milestones in delivery order", 7, head, "rlllldl");
    for (size_t i = 0; i < n; i++) {
        char num[24], status[CT_DIAG_MSG_MAX + 256], title[512];
        snprintf(num, sizeof num, "%zu", i + 1);
        snprintf(title, sizeof title, "%s. Deliverable: %s", rows[i].title,
                 rows[i].deliverable ? rows[i].deliverable : "not named");
        /* a task of it the run did not do: "partly done", as the paragraph
         * counts it (rep_plan_done_said) and plan --status's table says it;
         * before 2026-12-06 "done, with task '...' pending", a "done" cell
         * the count left out (tests/cli/plan_status_partly_cell) */
        const int partly = rows[i].pending_task && strcmp(rows[i].status, "done") == 0;
        const char *state = partly ? "partly done" : rows[i].status;
        if (rows[i].reason[0])
            snprintf(status, sizeof status, "%s (%s)", state, rows[i].reason);
        else
            snprintf(status, sizeof status, "%s", state);
        if (rows[i].pending_task) {
            const size_t at = strlen(status);
            snprintf(status + at, sizeof status - at,
                     partly ? ": task '%s' pending: %s" : ", with task '%s' pending: %s",
                     rows[i].pending_task, rows[i].pending);
        }
        /* "; blocked by milestones 5 and 6", by the table's numbers: the
         * milestones whose output it needs (its inputs, never the plan's
         * order: plan.h); a done milestone's files stand ("this report" is
         * done too), but an input of it does not (plan --status's "but
         * depends on (not done)"; before 2026-12-05 the classifier "depends
         * on milestone 5" it never reads, and "this report" was "blocked":
         * tests/cli/plan_status_needs_not_order) */
        const size_t nb = rows[i].nblocked;
        const int is_done =
            strcmp(rows[i].status, "done") == 0 || strncmp(rows[i].status, "this ", 5) == 0;
        for (size_t k = 0; k < nb; k++) {
            const size_t at = strlen(status);
            snprintf(status + at, sizeof status - at, "%s%s%zu",
                     k ? "" : (is_done ? "; but depends on" : "; blocked by"),
                     k ? (k + 1 == nb ? " and " : ", ")
                       : (nb == 1 ? " milestone " : " milestones "),
                     rows[i].blocked[k] + 1);
            if (is_done && k + 1 == nb)
                snprintf(status + strlen(status), sizeof status - strlen(status), " (not done)");
        }
        const char *cells[7] = {
            num, title, rows[i].stage, rows[i].owner, rows[i].stakeholders, rows[i].dates, status};
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, c->opt.start ? "Dates: each milestone starts the working day after the "
                                           "milestones planned before it end and lasts its effort "
                                           "estimate in working days (Monday to Friday)."
                                         : "Dates are working days from the start; give --start "
                                           "YYYY-MM-DD for calendar dates.");
    ct_html_section_end(c->h);
}

int rep_start_valid(const char *start)
{
    ct_plan_dates *dates = ct_malloc(ct_plan_count() * sizeof *dates);
    if (!dates)
        return 0;
    const int ok = ct_plan_schedule(start, dates, NULL, NULL) == CT_OK;
    ct_free(dates);
    return ok;
}
