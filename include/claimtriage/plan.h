/* claimtriage/plan.h — the project plan: milestones in PACE stages, and the
 * check that tells which of them are done.
 * Layer: app (docs/design.md).
 *
 * The milestone table lives once, in src/lib/app/plan.c; `claimtriage plan`
 * prints it (text, --json, --markdown) and docs/PROPOSAL.md carries the
 * --markdown output verbatim (a test compares them).
 *
 * PACE is the data team's project frame: Plan (scope, stakeholders,
 * success measures), Analyze (inspect, explore, test), Construct (build and
 * validate models), Execute (put results to use and explain them).
 *
 * A milestone is done when its artifact — the --json output of the command
 * that fulfils it, saved under a fixed file name — exists in a directory,
 * parses as JSON, and carries the artifact header every command writes
 * (claimtriage/artifact.h, checked by ct_artifact_load): "tool":
 * "claimtriage", "command": that command, "version": this library's
 * ct_version(), and an integer "schema_version" >= 1. Nothing else counts:
 * an empty, foreign, malformed or other-version file is not done.
 *
 * Ownership: the table is static and read-only (valid for the life of the
 * program). Thread-safety: every function is safe to call from any thread.
 */
#ifndef CLAIMTRIAGE_PLAN_H
#define CLAIMTRIAGE_PLAN_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ct_pace {
    CT_PACE_PLAN = 0,
    CT_PACE_ANALYZE = 1,
    CT_PACE_CONSTRUCT = 2,
    CT_PACE_EXECUTE = 3
} ct_pace;

/* "Plan", "Analyze", "Construct", "Execute" ("?" for anything else). */
CT_API const char *ct_pace_name(ct_pace p);

typedef struct ct_plan_task {
    ct_pace stage; /* every task sits in exactly one PACE stage */
    const char *text;
} ct_plan_task;

#define CT_PLAN_MAX_DEPS 3
#define CT_PLAN_MAX_TASKS 8

typedef struct ct_plan_milestone {
    const char *id;                        /* short name, e.g. "inspect" */
    const char *title;                     /* "Inspection and missing-data report" */
    ct_pace stage;                         /* the milestone's main stage */
    const char *owner;                     /* owner role, e.g. "Data Scientist" */
    const char *deliverable;               /* what is handed over */
    const char *audience;                  /* stakeholders who receive it */
    const char *command;                   /* "claimtriage inspect" (may be "train + evaluate") */
    const char *artifact_command;          /* the command whose --json output proves it */
    const char *artifact;                  /* file name of that output, e.g. "inspect.json" */
    const char *depends[CT_PLAN_MAX_DEPS]; /* ids of earlier milestones; NULL-padded */
    double effort_days;                    /* estimate in person-days */
    size_t ntasks;
    ct_plan_task tasks[CT_PLAN_MAX_TASKS];
} ct_plan_milestone;

/* Number of milestones, and milestone i in delivery order (NULL when out of
 * range). */
CT_API size_t ct_plan_count(void);
CT_API const ct_plan_milestone *ct_plan_at(size_t i);
/* The milestone with this id, or NULL. */
CT_API const ct_plan_milestone *ct_plan_find(const char *id);

typedef enum ct_plan_state {
    CT_PLAN_DONE = 0,    /* artifact present and valid */
    CT_PLAN_MISSING = 1, /* no artifact file */
    CT_PLAN_INVALID = 2  /* a file is there but does not count (reason says why) */
} ct_plan_state;

/* "done", "missing", "not done". */
CT_API const char *ct_plan_state_name(ct_plan_state s);

typedef struct ct_plan_status {
    ct_plan_state state;
    char reason[CT_DIAG_MSG_MAX]; /* "inspect.json: version 0.0.9, expected 0.1.0"; "" when done */
} ct_plan_status;

/* Check one milestone's artifact in directory dir against the version
 * `version` (NULL: ct_version()). Returns CT_OK with *out filled whatever
 * the state; CT_EINVAL for NULL arguments. Never fails because the artifact
 * is bad: that is a state, not an error. */
CT_API ct_status ct_plan_check(const char *dir, const ct_plan_milestone *m, const char *version,
                               ct_plan_status *out);

/* Check every milestone: out must hold ct_plan_count() entries. Returns
 * CT_EIO (with the reason in *d) when dir is not a readable directory,
 * CT_EINVAL for NULL arguments, CT_OK otherwise; *ndone (may be NULL)
 * receives the number of milestones done. */
CT_API ct_status ct_plan_status_dir(const char *dir, const char *version, ct_plan_status *out,
                                    size_t *ndone, ct_diag *d);

#ifdef __cplusplus
}
#endif
#endif
