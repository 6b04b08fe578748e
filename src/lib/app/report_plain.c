/* report_plain.c — the plan's reasons in plain words, for the Project
 * Management Officer's talking point: plan --status says why a milestone
 * is not done in the run folder's terms ("test.json: ...", "stage score
 * not run (the run failed at stage train)", "column 'verified_status' has
 * only one group"); a plain reader gets the step of the work, the cause in
 * words and no file, column header or command. The plan's table and the
 * technical appendix keep the exact message. Before 2026-12-05 the PMO
 * read them raw (tester AC, finding 10: tests/cli/report_pmo_plain_words). */
#include "app/report_internal.h"

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

/* The stage named at p ("train failed", "score not run"), its words. */
static const char *step_at(const char *p)
{
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        const size_t k = strlen(steps[i].stage);
        if (strncmp(p, steps[i].stage, k) == 0 && (p[k] == ' ' || p[k] == ')' || p[k] == '\0'))
            return steps[i].words;
    }
    return NULL;
}

/* A column header in words: "verified_status" as "verified status". */
static void column_words(char *buf, size_t n, const char *col, size_t len)
{
    snprintf(buf, n, "%.*s", (int)(len < 200 ? len : 200), col);
    for (char *u = buf; *u; u++)
        if (*u == '_')
            *u = ' ';
}

/* The causes a plain reader is told in words, into buf; 0 when msg (the
 * cause as plan --status gives it, after its file and stage) is none of
 * them. */
static int cause_words(char *buf, size_t n, const char *msg)
{
    const char *p;
    /* train on too few claims for its folds (select/cv.c) */
    if (strstr(msg, "cross-validation folds, so a fold would lack a class")) {
        snprintf(buf, n, "the file has too few claims or opinions to train the model and check it");
        return 1;
    }
    /* htest's "column 'C' has only one group ('V') among the N rows used" */
    if ((p = strstr(msg, "column '")) && strstr(p, "' has only one group ('")) {
        const char *c = p + 8, *ce = strstr(c, "' has only one group ('");
        const char *v = ce + 23, *ve = strstr(v, "') among the ");
        if (ve) {
            char col[256];
            column_words(col, sizeof col, c, (size_t)(ce - c));
            const char *rows = ve + 13, *re = strstr(rows, " row");
            snprintf(buf, n,
                     "every report %s%.*s%s has the same %s, '%.*s', so there is no other group "
                     "to compare it with",
                     re ? "of the " : "", re ? (int)(re - rows) : 0, rows, re ? " used" : "", col,
                     (int)(ve - v < 200 ? ve - v : 200), v);
            return 1;
        }
    }
    /* a column the comparison needs is not in the file */
    if ((p = strstr(msg, "required column '")) && strstr(p + 17, "' is absent")) {
        char col[256];
        column_words(col, sizeof col, p + 17, (size_t)(strstr(p + 17, "' is absent") - (p + 17)));
        snprintf(buf, n, "the file has no %s column", col);
        return 1;
    }
    return 0;
}

int rep_reason_words(char *buf, size_t n, const char *reason)
{
    /* "FILE: ..." with FILE one of the run folder's (plan --status) */
    const char *colon = strstr(reason, ": ");
    if (!colon || colon == reason || memchr(reason, ' ', (size_t)(colon - reason)))
        return 0;
    const char *rest = colon + 2, *step = NULL;
    char cause[600];
    if (strncmp(rest, "stage ", 6) == 0 && (step = step_at(rest + 6))) {
        const char *p = strstr(rest, " not run (the run failed at stage ");
        if (p) {
            const char *at = step_at(p + 34);
            snprintf(buf, n, "its %s step was not started, as the run stopped at %s%s%s", step,
                     at ? "its " : "an earlier step", at ? at : "", at ? " step" : "");
            return 1;
        }
        if (strstr(rest, " not run (the run was interrupted)")) {
            snprintf(buf, n, "its %s step was not started, as the run was interrupted", step);
            return 1;
        }
        if ((p = strstr(rest, " failed"))) {
            const char *msg = p[7] == ':' ? p + 9 : "";
            if (cause_words(cause, sizeof cause, msg))
                snprintf(buf, n, "the %s step failed: %s", step, cause);
            else
                snprintf(buf, n,
                         "the %s step failed (the plan's table and the technical appendix give "
                         "the exact message)",
                         step);
            return 1;
        }
        snprintf(buf, n, "its %s step has not been run", step);
        return 1;
    }
    if (strncmp(rest, "the run failed at stage ", 24) == 0 && step_at(rest + 24)) {
        snprintf(buf, n, "the run stopped at its %s step", step_at(rest + 24));
        return 1;
    }
    if (strncmp(rest, "changed after the run", 21) == 0) {
        snprintf(buf, n,
                 "a file of it was changed after the run, so it no longer proves the "
                 "milestone; a new run restores it");
        return 1;
    }
    if (strstr(rest, "did not run: ")) {
        if (cause_words(cause, sizeof cause, strstr(rest, "did not run: ") + 13))
            snprintf(buf, n, "the comparison did not run: %s", cause);
        else
            snprintf(buf, n, "the comparison did not run (the plan's table gives why)");
        return 1;
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
