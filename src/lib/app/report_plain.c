/* report_plain.c — the plan's reasons in plain words, for the Project
 * Management Officer's talking point: plan --status says why a milestone
 * is not done in the run folder's terms ("test.json: ...", "stage score
 * not run (the run failed at stage train)", "column 'verified_status' has
 * only one group"); a plain reader gets the step of the work, the cause in
 * words and no file, column header or command. The plan's table and the
 * technical appendix keep the exact message. Before 2026-12-05 the PMO
 * read them raw (tester AC, finding 10: tests/cli/report_pmo_plain_words).
 *
 * The words come from the reason's kind and facts as plan --status carries
 * them (ct_plan_status.reason_kind, its stages, and the failing command's
 * cause: ct_diag_cause with column, value and rows), never from the
 * reason's text: until 2026-12-05 this file matched the messages' words,
 * and a reworded message silently lost its plain words
 * (tests/cli/report_pmo_reason_kinds, tests/unit/test_report_plain.c). A
 * reason of no kind (an older run's manifest) is left as it is. */
#include "app/report_internal.h"
#include "claimtriage/logit.h"
#include "claimtriage/numfmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *stage, *words;
} steps[] = {
    {"plan", "planning"},
    {"inspect", "data check"},
    {"eda", "exploratory analysis"},
    {"test", "hypothesis test"},
    {"regress", "regression"},
    {"train", "model training"},
    {"evaluate", "model evaluation"},
    {"score", "queue ranking"},
    {"queue-eval", "queue evaluation"},
    {"report", "report"},
};

const char *rep_step_words(const char *stage)
{
    for (size_t i = 0; stage && i < sizeof steps / sizeof *steps; i++)
        if (strcmp(steps[i].stage, stage) == 0)
            return steps[i].words;
    return stage ? stage : "?";
}

/* A run stage's words when it is one of run's stages, else NULL. */
static const char *known_step(const char *stage)
{
    for (size_t i = 0; stage && i < sizeof steps / sizeof *steps; i++)
        if (strcmp(steps[i].stage, stage) == 0)
            return steps[i].words;
    return NULL;
}

/* A column header in words: "verified_status" as "verified status". */
static void column_words(char *buf, size_t n, const char *col)
{
    snprintf(buf, n, "%.200s", col);
    for (char *u = buf; *u; u++)
        if (*u == '_')
            *u = ' ';
}

/* The causes a plain reader is told in words, by the cause's kind and
 * facts (a ct_diag_cause, as the failing command said it), into buf; 0
 * when it is none of them or a fact its words need is not said. */
static int cause_words(char *buf, size_t n, const rep_reason *r)
{
    char col[256];
    switch (r->cause) {
    case CT_DIAG_CAUSE_FOLDS_LACK_CLASS: /* train on too few claims for its folds (select/cv.c) */
        snprintf(buf, n, "the file has too few claims or opinions to train the model and check it");
        return 1;
    case CT_DIAG_CAUSE_ONE_GROUP: /* htest: one group among the rows used */
        if (!r->column[0] || !r->value[0])
            return 0;
        column_words(col, sizeof col, r->column);
        if (r->rows) {
            char rows[32];
            ct_numfmt_count(rows, sizeof rows, r->rows);
            snprintf(buf, n,
                     "every report of the %s used has the same %s, '%.200s', so there is no "
                     "other group to compare it with",
                     rows, col, r->value);
        } else
            snprintf(buf, n,
                     "every report has the same %s, '%.200s', so there is no other group to "
                     "compare it with",
                     col, r->value);
        return 1;
    case CT_DIAG_CAUSE_COLUMN_ABSENT: /* a column the step needs is not in the file */
        if (!r->column[0])
            return 0;
        column_words(col, sizeof col, r->column);
        snprintf(buf, n, "the file has no %s column", col);
        return 1;
    case CT_DIAG_CAUSE_ONE_CLASS: /* train: every labelled row of one class (train_fit.c) */
        if (!r->column[0] || !r->value[0])
            return 0;
        column_words(col, sizeof col, r->column);
        if (strcmp(r->stage, "regress") == 0) { /* its outcome of one class (design.c) */
            snprintf(buf, n,
                     "every report it models has the %s '%.200s', so there is no other outcome "
                     "to compare it with",
                     col, r->value);
            return 1;
        }
        if (r->rows) {
            char rows[32];
            ct_numfmt_count(rows, sizeof rows, r->rows);
            snprintf(buf, n,
                     "all %s labelled reports have the %s '%.200s', so there is no other class "
                     "for the model to learn to tell them from",
                     rows, col, r->value);
        } else
            snprintf(buf, n,
                     "every labelled report has the %s '%.200s', so there is no other class "
                     "for the model to learn to tell them from",
                     col, r->value);
        return 1;
    case CT_DIAG_CAUSE_NONE: break;
    }
    return 0;
}

const char *rep_separation_words(const char *separation)
{
    switch (ct_logit_separation_from_name(separation)) {
    /* "for a group of the reports": true of complete separation (the
     * group is every report) and of quasi-complete (175 of 1,973 rows),
     * where before 2026-12-05 "decides the outcome" overstated it
     * (tests/cli/report_pmo_separation_kinds) */
    case CT_LOGIT_SEP_ONE_PREDICTOR:
        return "one factor alone decides the outcome for a group of the reports";
    case CT_LOGIT_SEP_EACH:
        return "several factors each decide the outcome for a group of the reports on their own";
    case CT_LOGIT_SEP_COMBINATION:
        return "a few factors together decide the outcome for a group of the reports";
    case CT_LOGIT_SEP_UNKNOWN: break;
    }
    return NULL;
}

int rep_cause_words(char *buf, size_t n, const rep_reason *r)
{
    buf[0] = '\0';
    return r && !r->stopped_by[0] && cause_words(buf, n, r);
}

int rep_reason_words(char *buf, size_t n, const rep_reason *r)
{
    if (!r)
        return 0;
    const char *step = known_step(r->stage), *at = known_step(r->stopped);
    char cause[600];
    if (r->stopped_by[0]) {
        /* someone stopped the run (a signal): nothing failed */
        switch (r->kind) {
        case CT_PLAN_REASON_STAGE_FAILED:
            if (!step)
                return 0;
            snprintf(buf, n,
                     "the run was stopped (%s) during its %s step, before the step finished: "
                     "nothing failed, and a new run completes it",
                     r->stopped_by, step);
            return 1;
        case CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE:
            if (!step)
                return 0;
            snprintf(buf, n, "its %s step was not started, as the run was stopped (%s)%s%s%s", step,
                     r->stopped_by, at ? " during its " : "", at ? at : "", at ? " step" : "");
            return 1;
        case CT_PLAN_REASON_RUN_FAILED:
            if (!at)
                return 0;
            snprintf(buf, n, "the run was stopped (%s) during its %s step", r->stopped_by, at);
            return 1;
        default: break;
        }
    }
    switch (r->kind) {
    case CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE:
        if (!step)
            return 0;
        snprintf(buf, n, "its %s step was not started, as the run stopped at %s%s%s", step,
                 at ? "its " : "an earlier step", at ? at : "", at ? " step" : "");
        return 1;
    case CT_PLAN_REASON_INTERRUPTED:
        if (!step)
            return 0;
        snprintf(buf, n, "its %s step was not started, as the run was interrupted", step);
        return 1;
    case CT_PLAN_REASON_STAGE_FAILED:
        if (!step)
            return 0;
        if (cause_words(cause, sizeof cause, r))
            snprintf(buf, n, "the %s step failed: %s", step, cause);
        else
            snprintf(buf, n,
                     "the %s step failed (the plan's table and the technical appendix give the "
                     "exact message)",
                     step);
        return 1;
    case CT_PLAN_REASON_STAGE_NOT_RUN:
    case CT_PLAN_REASON_STAGE_NOT_IN_MANIFEST:
        if (!step)
            return 0;
        snprintf(buf, n, "its %s step has not been run", step);
        return 1;
    case CT_PLAN_REASON_RUN_FAILED:
        if (!at)
            return 0;
        snprintf(buf, n, "the run stopped at its %s step", at);
        return 1;
    case CT_PLAN_REASON_CHANGED_AFTER_RUN:
        snprintf(buf, n,
                 "a file of it was changed after the run, so it no longer proves the "
                 "milestone; a new run restores it");
        return 1;
    case CT_PLAN_REASON_DID_NOT_RUN:
        if (cause_words(cause, sizeof cause, r))
            snprintf(buf, n, "the comparison did not run: %s", cause);
        else
            snprintf(buf, n, "the comparison did not run (the plan's table gives why)");
        return 1;
    case CT_PLAN_REASON_OTHER: break;
    }
    return 0;
}

int rep_pending_words(char *buf, size_t n, const char *task, const char *pending)
{
    /* milestone classify's family comparison (plan_status.c pending_tasks) */
    if (!strstr(pending, "compared none"))
        return 0;
    const char *opt = strstr(task, " (--"); /* the task's option, for the data team */
    snprintf(buf, n,
             "'%.*s' (the model was not compared with other types of model; a rerun by the "
             "data team that compares them completes it)",
             (int)(opt ? (size_t)(opt - task) : strlen(task)), task);
    return 1;
}
