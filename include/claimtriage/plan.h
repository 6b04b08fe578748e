/* claimtriage/plan.h — the project plan: milestones in PACE stages, their
 * planned dates, the documented layout of every artifact, and the check
 * that proves which milestones a `claimtriage run` folder has delivered.
 * Layer: app (docs/design.md).
 *
 * The milestone table lives once, in src/lib/app/plan.c; `claimtriage plan`
 * prints it (text, --json, --markdown) and docs/PROPOSAL.md carries the
 * --markdown output verbatim (tests/cli/plan_proposal_sync compares them).
 * The required keys of each artifact live once, in src/lib/app/plan_schema.c;
 * `claimtriage plan --schemas` prints them and docs/formats.md carries that
 * output (tests/cli/plan_schemas_sync).
 *
 * PACE is the data team's project frame: Plan (scope, stakeholders,
 * success measures), Analyze (inspect, explore, test), Construct (build and
 * validate models), Execute (put results to use and explain them).
 *
 * What "done" means (ct_plan_status_dir; docs/plan.md). A milestone is done
 * only when all of these hold, in this order (the first failure is the
 * reason given):
 *   (a) DIR/manifest.json is the valid manifest of a `claimtriage run` of
 *       this version (docs/formats.md, "Run manifest"); without one nothing
 *       is done ("no manifest.json: not the folder of a `claimtriage run`");
 *       with opt.input, that file's SHA-256 equals the manifest's input hash
 *       (else nothing is done: "a run of another input");
 *   (b) the stage that writes each of the milestone's artifacts has status
 *       "done" in the manifest;
 *   (c) each artifact, and every other output of that stage, is listed in
 *       the stage's outputs with a sha256 equal to the file's own: a file
 *       changed or copied in after the run does not count;
 *   (d) each artifact is the complete output of its command: the artifact
 *       header (claimtriage/artifact.h) of this version, the documented
 *       schema_version, every required key with its documented type
 *       (ct_plan_schema_validate);
 *   (e) where an artifact names its input (a file name such as "file",
 *       "input" or "labels", or a hash such as train's and evaluate's
 *       "reproducibility.input_hash"), it is the manifest's input.
 * The workflow milestone ("run", artifact manifest.json) is done when the
 * run's status is "complete" and every other milestone is done.
 *
 * Order and inputs are two relations. A milestone's depends (the plan's
 * order, the PACE sequence: the classifier is planned after the
 * regression) sets its planned dates; its needs (its inputs: the triage
 * queue needs the classifier's model) say what must be done before it can
 * run. A status's blocked_by, plan --status's "blocked by" and "but
 * depends on (not done)", come from needs alone.
 *
 * Planned dates (ct_plan_schedule): milestone i takes ceil(effort_days)
 * working days (Monday to Friday); it starts on the working day after the
 * last of its dependencies ends (day 1 without any). With a start date,
 * day 1 is that date, or the Monday after it when it falls on a weekend.
 * Public holidays are not known and not skipped.
 *
 * Ownership: the tables are static and read-only (valid for the life of
 * the program); results go to caller memory. Thread-safety: every function
 * is reentrant.
 */
#ifndef CLAIMTRIAGE_PLAN_H
#define CLAIMTRIAGE_PLAN_H

#include "claimtriage/common.h"
#include "claimtriage/json.h"

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
#define CT_PLAN_MAX_NEEDS 8 /* appended 2026-12-05: ct_plan_milestone.needs */
#define CT_PLAN_MAX_TASKS 8
#define CT_PLAN_MAX_ARTIFACTS 2

/* One file that proves a milestone: the --json output of `command`, written
 * by the run's stage `stage` as `file` in the run folder. */
typedef struct ct_plan_artifact {
    const char *file;    /* "train.json"; "manifest.json" for the workflow */
    const char *command; /* "train" (the artifact header's "command") */
    const char *stage;   /* the manifest's stage name, "train"; NULL for manifest.json */
} ct_plan_artifact;

typedef struct ct_plan_milestone {
    const char *id;          /* short name, e.g. "inspect" */
    const char *title;       /* "Inspection and missing-data report" */
    ct_pace stage;           /* the milestone's main stage */
    const char *owner;       /* owner role, e.g. "Data Scientist" */
    const char *deliverable; /* what is handed over */
    const char *audience;    /* stakeholders who receive it */
    const char *command;     /* "claimtriage inspect" (may be "train + evaluate") */
    /* the plan's ORDER: ids of the earlier milestones this one is planned
     * after (PACE sequence the team works in; the schedule's rule);
     * NULL-padded. Not what it needs to run: see needs. */
    const char *depends[CT_PLAN_MAX_DEPS];
    double effort_days; /* estimate in person-days (> 0) */
    size_t ntasks;
    ct_plan_task tasks[CT_PLAN_MAX_TASKS];
    size_t nartifacts; /* 1..CT_PLAN_MAX_ARTIFACTS */
    ct_plan_artifact artifacts[CT_PLAN_MAX_ARTIFACTS];
    /* appended 2026-12-05: the milestone's INPUTS: ids of the earlier
     * milestones whose output it needs to run (the triage queue needs the
     * classifier's model; the report needs every output it summarises; the
     * workflow needs every other milestone), NULL-padded. The status's
     * blocked_by comes from these alone, never from depends (before
     * 2026-12-05 it did, and a finished classifier read "depends on
     * regress (not done)" though no stage of it reads the regression:
     * tests/cli/plan_status_needs_not_order). */
    const char *needs[CT_PLAN_MAX_NEEDS];
} ct_plan_milestone;

/* Number of milestones, and milestone i in delivery order (NULL when out of
 * range). */
CT_API size_t ct_plan_count(void);
CT_API const ct_plan_milestone *ct_plan_at(size_t i);
/* The milestone with this id, or NULL. */
CT_API const ct_plan_milestone *ct_plan_find(const char *id);
/* The index of the milestone with this id, or ct_plan_count() when none. */
CT_API size_t ct_plan_index(const char *id);

/* ------------------------------------------------------------ dates */

/* A calendar date as "YYYY-MM-DD" plus the NUL. */
#define CT_PLAN_DATE_SIZE 11

typedef struct ct_plan_dates {
    int start_day;                 /* 1-based working day the milestone starts */
    int end_day;                   /* last working day of it (>= start_day) */
    char start[CT_PLAN_DATE_SIZE]; /* "2026-12-01"; "" without a start date */
    char end[CT_PLAN_DATE_SIZE];
} ct_plan_dates;

/* Parse a date "YYYY-MM-DD" (exactly that form, years 1900..9999, a day
 * that exists: 2026-02-29 is refused). On success *days receives the days
 * since 1970-01-01 (proleptic Gregorian). Returns CT_OK; CT_EINVAL with the
 * reason in d (file "--start"): "'2026-13-01' is not a date: month 13 (expected
 * 01..12)", "'1.12.2026' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)". */
CT_API ct_status ct_plan_date_parse(const char *text, int64_t *days, ct_diag *d);
/* Write days-since-1970 as "YYYY-MM-DD" into out; 1 = Monday .. 7 = Sunday
 * as the return value (ISO 8601). */
CT_API int ct_plan_date_format(int64_t days, char out[CT_PLAN_DATE_SIZE]);

/* The planned dates of every milestone: out must hold ct_plan_count()
 * entries. start: "YYYY-MM-DD" or NULL (relative working days only, the
 * start/end strings left empty). *ndays (may be NULL) receives the working
 * days from the first start to the last end. The rule is in the header's
 * comment above. Returns CT_OK; CT_EINVAL for out NULL, a bad start date
 * (reason in d, as ct_plan_date_parse) or a start whose schedule ends after
 * 9999-12-31 (the message names the latest start that fits). Deterministic: no clock is read. */
CT_API ct_status ct_plan_schedule(const char *start, ct_plan_dates *out, int *ndays, ct_diag *d);

/* ------------------------------------------------------------ artifact layouts */

/* JSON types a required key may have (bit mask). An integer is a number
 * without fraction or exponent that fits int64 (ct_json_int64 on a whole
 * literal); CT_PLAN_T_NUMBER accepts integers too. */
enum {
    CT_PLAN_T_STRING = 1,
    CT_PLAN_T_NUMBER = 2,
    CT_PLAN_T_INTEGER = 4,
    CT_PLAN_T_BOOL = 8,
    CT_PLAN_T_OBJECT = 16,
    CT_PLAN_T_ARRAY = 32,
    CT_PLAN_T_NULL = 64
};

typedef struct ct_plan_key {
    const char *path; /* "rows_read", or a dotted path "reproducibility.input_hash" */
    unsigned types;   /* CT_PLAN_T_* mask */
} ct_plan_key;

typedef struct ct_plan_schema {
    const char *command;    /* the artifact header's "command" */
    int64_t schema_version; /* the documented layout this table describes */
    size_t nkeys;
    const ct_plan_key *keys;       /* required keys, in document order */
    const char *const *input_keys; /* NULL-terminated paths naming the input file, or NULL */
    const char *const *hash_keys;  /* NULL-terminated paths holding the input's "sha256:..." */
} ct_plan_schema;

/* Number of documented artifact layouts, layout i, and the one of a command
 * (NULL when none). */
CT_API size_t ct_plan_schema_count(void);
CT_API const ct_plan_schema *ct_plan_schema_at(size_t i);
CT_API const ct_plan_schema *ct_plan_schema_find(const char *command);

/* "string", "integer or null", ...: the types of a mask, written into
 * buf[n] (always NUL-terminated); returns buf. */
CT_API const char *ct_plan_type_names(unsigned types, char *buf, size_t n);

/* Check that root (an artifact already past ct_artifact_check) has s's
 * schema_version and every required key of s with an allowed type.
 * Returns CT_OK; CT_EFORMAT with the first failure in why[n]
 * ("schema_version 1, expected 2", "no key \"rows_read\" (integer): not the
 * complete output of inspect --json", "key \"comparisons\" is object, expected
 * array", "key \"rows_read\" is number with a fraction, expected integer");
 * CT_EINVAL for NULL arguments. */
CT_API ct_status ct_plan_schema_validate(const ct_json_value *root, const ct_plan_schema *s,
                                         char *why, size_t n);

/* ------------------------------------------------------------ status */

typedef enum ct_plan_state {
    CT_PLAN_DONE = 0,    /* proven by the run's artifacts */
    CT_PLAN_MISSING = 1, /* an artifact is absent: stage not run, file not there */
    CT_PLAN_INVALID = 2  /* there is something, but it does not count (reason says why) */
} ct_plan_state;

/* "done", "missing", "not done". */
CT_API const char *ct_plan_state_name(ct_plan_state s);

/* "sha256:" + 64 hex digits + NUL. */
#define CT_PLAN_HASH_SIZE 72

typedef struct ct_plan_status_options {
    const char *version; /* required artifact version; NULL: ct_version() */
    const char *input;   /* the input file the run must be of (its SHA-256 is
                            compared with the manifest's); NULL: not checked */
    /* 1: judge the folder as it will be once the report being written into
     * it (by `claimtriage report DIR`, or by the run's report stage) is
     * there: the report milestone's files are not read (they are being
     * written), the rest of its rules hold — its stage done in the manifest
     * with report.json among its outputs, or, while the manifest says
     * "running" (the run writing this report, its last stage), not run yet —
     * and a run "running" is judged as "complete", the state it ends in once
     * the report is written. The report's plan section and talking points
     * count milestones with this, so they say what `plan --status` (0)
     * says after (before 2026-12-03 the report counted its own milestone
     * and the run's as done whatever the rules said:
     * tests/cli/report_plan_count_as_status). 0: the folder as it is. */
    int report_pending;
} ct_plan_status_options;

CT_API ct_plan_status_options ct_plan_status_options_default(void);
/* NULL when usable, else a static message (input "" or "-": standard input
 * cannot be hashed and then read again). */
CT_API const char *ct_plan_status_options_check(const ct_plan_status_options *opt);

/* What the manifest says about the run (ct_plan_status_dir). */
typedef struct ct_plan_run {
    int valid;                    /* 1: a manifest of this version that counts */
    char reason[CT_DIAG_MSG_MAX]; /* why it does not count; "" when valid */
    char status[16];              /* "running", "complete", "failed"; "" */
    /* 1 when status is "running" but no run holds the folder
     * (ct_plan_run_live 0): the run was killed before it could record its
     * end (a kill -9, a power cut), and is judged as failed, not as going
     * on; before 2026-12-04 `plan --status` said "the run is running" of
     * it (tests/cli/plan_status_run_interrupted) */
    int interrupted;
    char failed_stage[32];                /* the failed stage's name; "" */
    char input_file[CT_DIAG_FILE_MAX];    /* manifest input.file (cut to fit) */
    char input_sha256[CT_PLAN_HASH_SIZE]; /* manifest input.sha256 */
    int synthetic;                        /* manifest input.synthetic */
    int input_checked;                    /* 1 when opt.input was compared */
    int input_matches;                    /* with input_checked: 1 same file content */
    char given_sha256[CT_PLAN_HASH_SIZE]; /* opt.input's hash, "" unless checked */
    /* appended 2026-12-05: the signal that stopped the run ("SIGTERM"), as
     * the manifest's `interrupted_by` says; "" when none (or an older
     * manifest). Such a run's status is "failed", but nothing failed:
     * someone stopped it (tests/cli/report_interrupted_not_failed). */
    char stopped_by[16];
} ct_plan_run;

/* Which reason a milestone not done has (ct_plan_status.reason_kind), as
 * ct_plan_status_dir words it in .reason. Append-only. */
typedef enum ct_plan_reason {
    CT_PLAN_REASON_OTHER = 0, /* done, or a reason of no kind below */
    /* "FILE: stage S failed[: MESSAGE]" (cause: below) */
    CT_PLAN_REASON_STAGE_FAILED = 1,
    /* "FILE: stage S not run (the run failed at stage F)" */
    CT_PLAN_REASON_STAGE_NOT_RUN_AFTER_FAILURE = 2,
    /* "FILE: stage S not run (the run was interrupted)" */
    CT_PLAN_REASON_INTERRUPTED = 3,
    /* "FILE: stage S not run yet" */
    CT_PLAN_REASON_STAGE_NOT_RUN = 4,
    /* "FILE: stage S is not in the manifest" */
    CT_PLAN_REASON_STAGE_NOT_IN_MANIFEST = 5,
    /* "manifest.json: the run failed at stage F" (the workflow's milestone) */
    CT_PLAN_REASON_RUN_FAILED = 6,
    /* "FILE: changed after the run (...)" */
    CT_PLAN_REASON_CHANGED_AFTER_RUN = 7,
    /* "test.json: the comparison of the milestone did not run: REASON" (cause: below) */
    CT_PLAN_REASON_DID_NOT_RUN = 8
} ct_plan_reason;

typedef struct ct_plan_status {
    ct_plan_state state;
    char reason[CT_DIAG_MSG_MAX]; /* "inspect.json: changed after the run ..."; "" when done */
    /* per milestone artifact k: the file's own hash, "" when not read */
    char artifact_sha256[CT_PLAN_MAX_ARTIFACTS][CT_PLAN_HASH_SIZE];
    /* the input behind the artifacts (the manifest's input hash once
     * (a)-(e) hold), "" when not proven */
    char input_sha256[CT_PLAN_HASH_SIZE];
    /* the milestone's inputs (ct_plan_milestone.needs) not done, never
     * its order (depends): a milestone that needs nothing is blocked by
     * nothing, whatever is planned before it */
    size_t nblocked;
    const char *blocked_by[CT_PLAN_MAX_NEEDS]; /* their ids (static strings) */
    /* a task of a done milestone that the run did not do: its number in
     * the milestone's tasks, 1-based (0: none), and why, with the command
     * that does it. Milestone classify's "Compare logistic regression with
     * tree ensembles (--model auto)" is done only when train.json's
     * selection lists two families or more (train --model auto); a run that
     * trained one family leaves it pending (before 2026-12-03 it counted as
     * done with the milestone: tests/cli/plan_status_task_pending). */
    size_t pending_task;
    char pending[512];
    /* appended 2026-12-05: when the reason is a stage that failed on a
     * separation, its kind as the manifest's stage record says it
     * (`separation`: a ct_logit_separation name, claimtriage/logit.h),
     * for a reader that words it otherwise (the report's plain reason)
     * without matching the reason's text; "" otherwise */
    char separation[24];
    /* appended 2026-12-05: what the reason says, as codes and facts, for a
     * reader that words it otherwise (the report's plain reasons) without
     * matching the reason's text (before 2026-12-05 the report matched
     * it: tests/cli/report_pmo_reason_kinds). CT_PLAN_REASON_OTHER (0)
     * when done or when the reason is of no kind below: a reader then
     * uses the reason as it is. */
    ct_plan_reason reason_kind;
    char reason_stage[32];   /* the stage the reason is about, "" */
    char reason_stopped[32]; /* STAGE_NOT_RUN_AFTER_FAILURE, RUN_FAILED: the
                                stage the run failed at, "" */
    /* the cause of a STAGE_FAILED (the manifest's stage record, `cause`)
     * or of a DID_NOT_RUN (test.json's skipped comparison, `cause`), as
     * its command said it: a ct_diag_cause (claimtriage/common.h) and its
     * facts: the column, the value and the rows used; "" and 0 when not
     * said (an older run's files) */
    ct_diag_cause cause;
    char cause_column[256];
    char cause_value[256];
    uint64_t cause_rows;
    /* appended 2026-12-05: with STAGE_FAILED, STAGE_NOT_RUN_AFTER_FAILURE
     * and RUN_FAILED, the signal that stopped the run (ct_plan_run's
     * stopped_by): the stage was stopped, it did not fail; "" otherwise */
    char stopped_by[16];
} ct_plan_status;

/* The reason kind's name ("stage_failed" ...), NULL for
 * CT_PLAN_REASON_OTHER or a code out of range; ct_plan_reason_from_name is
 * its inverse (CT_PLAN_REASON_OTHER for NULL or any other string). Static
 * strings; thread-safe. */
CT_API const char *ct_plan_reason_name(int kind);
CT_API ct_plan_reason ct_plan_reason_from_name(const char *name);

/* Whether a `claimtriage run` is writing into dir now: run holds an
 * exclusive flock(2) on the folder itself from before its first stage
 * until it ends, however it ends (docs/run.md), and the stages it starts
 * (its report stage among them) see it held. Tested with a shared lock,
 * taken and released at once. Returns 1 (a process holds it), 0 (none
 * does: a manifest there saying "running" is that of a run killed before
 * it recorded its end), -1 (cannot tell: dir cannot be opened, or its file
 * system has no flock, as some network mounts). Thread-safe. */
CT_API int ct_plan_run_live(const char *dir);

/* Judge every milestone against the run folder dir: out must hold
 * ct_plan_count() entries; run (may be NULL) receives what the manifest
 * says; *ndone (may be NULL) the number of milestones done. opt NULL means
 * defaults. Never fails because an artifact or the manifest is bad: that is
 * a state with a reason. Returns CT_OK; CT_EIO (reason in *d) when dir is
 * not a readable directory or opt->input cannot be read; CT_EINVAL for NULL
 * arguments or options that fail the check; CT_ENOMEM. */
CT_API ct_status ct_plan_status_dir(const char *dir, const ct_plan_status_options *opt,
                                    ct_plan_status *out, ct_plan_run *run, size_t *ndone,
                                    ct_diag *d);

/* Check one artifact file at path for (d) and (e) alone: the artifact
 * header of `a->command` and version (NULL: ct_version()), its documented
 * layout, and, when input_file / input_sha256 are given (either may be
 * NULL), that the input it names is that one. Returns CT_OK when it
 * counts; CT_EFORMAT with the reason in why[n] (prefixed with the file's
 * name) when it does not; CT_ENOMEM; CT_EINVAL for NULL arguments. For the report
 * writer, which reads artifacts one at a time. */
CT_API ct_status ct_plan_artifact_check(const char *path, const ct_plan_artifact *a,
                                        const char *version, const char *input_file,
                                        const char *input_sha256, char *why, size_t n);

#ifdef __cplusplus
}
#endif
#endif
