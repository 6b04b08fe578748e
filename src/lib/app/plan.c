/* plan.c — the project plan (milestones in PACE stages) and which of them
 * are done, behind `claimtriage plan --status` (see claimtriage/plan.h):
 * a milestone's artifact file is judged here (there, regular, non-empty),
 * its header by io/artifact.c, where it is written.
 *
 * This table is the single source of the plan: docs/PROPOSAL.md embeds the
 * output of `claimtriage plan --markdown`, and tests/cli/plan_proposal_sync
 * fails when the two disagree. Edit here, then regenerate the document's
 * table (docs/plan.md says how).
 */
#include "claimtriage/plan.h"
#include "claimtriage/artifact.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define P CT_PACE_PLAN
#define A CT_PACE_ANALYZE
#define C CT_PACE_CONSTRUCT
#define E CT_PACE_EXECUTE

static const ct_plan_milestone milestones[] = {
    {"plan",
     "PACE strategy and project proposal",
     P,
     "Data Science Manager",
     "Project proposal (docs/PROPOSAL.md) and milestone plan",
     "all stakeholders",
     "claimtriage plan",
     "plan",
     "plan.json",
     {NULL},
     2,
     5,
     {{P, "Define the problem, the goal and measurable success criteria"},
      {P, "Name the stakeholders, their needs and how to reach each"},
      {P, "Order the milestones with owners, dependencies and effort"},
      {P, "Record risks and ethical questions before any modelling"},
      {E, "Share the proposal with the Project Management Officer for sign-off"}}},
    {"inspect",
     "Data inspection and missing-data report",
     A,
     "Data Scientist",
     "Data profile and missing-data report",
     "Data Science Lead, Data Science Manager",
     "claimtriage inspect",
     "inspect",
     "inspect.json",
     {"plan"},
     1,
     5,
     {{P, "Agree which columns the project may use and how"},
      {A, "Profile every column: type, missing values, summary statistics"},
      {A, "Find the rows with no label, text or counts, and any duplicates"},
      {A, "Measure the balance of claims and opinions"},
      {E, "Send a short data-quality note to the data team"}}},
    {"eda",
     "Exploratory analysis and executive visuals",
     A,
     "Data Scientist",
     "EDA summary and executive charts (SVG)",
     "Data Science Manager, Operations Lead, Finance Lead",
     "claimtriage eda",
     "eda",
     "eda.json",
     {"inspect"},
     3,
     4,
     {{A, "Compare engagement and text length of claims and opinions"},
      {A, "Compare verified and unverified accounts and ban statuses"},
      {A, "Find outliers in view, like, share, download and comment counts"},
      {E, "Draw plain-language charts with one-line captions"}}},
    {"test",
     "Hypothesis test: verified vs unverified accounts",
     A,
     "Data Scientist",
     "Test result with a plain-language conclusion",
     "Data Science Lead, Data Science Manager",
     "claimtriage test",
     "test",
     "test.json",
     {"inspect"},
     1,
     4,
     {{P, "State the hypotheses and the significance level before testing"},
      {A, "Run a two-sample test of mean views with effect size and interval"},
      {A, "Check the test's assumptions and report a rank-based check"},
      {E, "Explain the result in one plain sentence"}}},
    {"regress",
     "Logistic regression with assumption checks",
     C,
     "Data Scientist",
     "Regression report: odds ratios and assumption checks",
     "Data Science Lead, Data Science Manager",
     "claimtriage regress",
     "regress",
     "regress.json",
     {"eda", "test"},
     2,
     4,
     {{A, "Check assumptions: collinearity, linearity of the logit, outliers"},
      {C, "Fit the logistic regression; odds ratios with 95% intervals"},
      {C, "Evaluate on held-out rows: confusion matrix, precision, recall"},
      {E, "Say which features move the odds, and by how much"}}},
    {"classify",
     "Claim classifier with model selection",
     C,
     "Data Scientist",
     "Model file and evaluation report",
     "Data Science Lead, Data Science Manager",
     "claimtriage train + evaluate",
     "evaluate",
     "evaluate.json",
     {"eda", "regress"},
     5,
     6,
     {{P, "Fix the metric (recall on claims) and the data split in advance"},
      {C, "Build text features from the transcriptions"},
      {C, "Train a random forest and a gradient-boosting model"},
      {C, "Select the champion on validation rows; test it once"},
      {C, "Save the champion as a versioned, checked model file"},
      {E, "Explain feature importance and typical errors in plain words"}}},
    {"score",
     "Triage queue for the backlog",
     E,
     "Data Scientist",
     "Ranked triage queue of the backlog",
     "Operations Lead",
     "claimtriage score",
     "score",
     "score.json",
     {"classify"},
     2,
     4,
     {{P, "Agree the daily review capacity and threshold with Operations"},
      {C, "Score the backlog in a stream with the saved model"},
      {E, "Rank reports by claim probability, with reasons"},
      {E, "Hand the queue to the review team"}}},
    {"report",
     "Executive report with talking points",
     E,
     "Data Science Manager",
     "Executive report with charts and talking points",
     "Project Management Officer, Finance Lead, Americas, Operations Lead",
     "claimtriage report",
     "report",
     "report.json",
     {"eda", "test", "score"},
     2,
     4,
     {{A, "Check errors separately for verified and unverified accounts"},
      {E, "Write the summary: the decision, its benefit and its cost"},
      {E, "Prepare talking points for each stakeholder"},
      {E, "State the limits: synthetic data, bias, what to monitor"}}},
    {"run",
     "One-command workflow",
     E,
     "Data Science Lead",
     "Reproducible end-to-end run, all outputs in one folder",
     "Data team, Project Management Officer",
     "claimtriage run",
     "run",
     "run.json",
     {"report"},
     1,
     3,
     {{C, "Chain every step in one command with fixed seeds"},
      {E, "Write every artifact to one folder; progress via plan --status"},
      {E, "Confirm that the same seed gives identical outputs"}}},
};

#undef P
#undef A
#undef C
#undef E

size_t ct_plan_count(void) { return sizeof milestones / sizeof milestones[0]; }

const ct_plan_milestone *ct_plan_at(size_t i)
{
    return i < ct_plan_count() ? &milestones[i] : NULL;
}

const ct_plan_milestone *ct_plan_find(const char *id)
{
    for (size_t i = 0; id && i < ct_plan_count(); i++)
        if (strcmp(milestones[i].id, id) == 0)
            return &milestones[i];
    return NULL;
}

const char *ct_pace_name(ct_pace p)
{
    switch (p) {
    case CT_PACE_PLAN: return "Plan";
    case CT_PACE_ANALYZE: return "Analyze";
    case CT_PACE_CONSTRUCT: return "Construct";
    case CT_PACE_EXECUTE: return "Execute";
    }
    return "?";
}

const char *ct_plan_state_name(ct_plan_state s)
{
    switch (s) {
    case CT_PLAN_DONE: return "done";
    case CT_PLAN_MISSING: return "missing";
    case CT_PLAN_INVALID: return "not done";
    }
    return "?";
}

/* ------------------------------------------------------------ status */

static void set(ct_plan_status *out, ct_plan_state st, const char *artifact, const char *fmt, ...)
    CT_PRINTF(4, 5);
/* reason = "ARTIFACT: " + the formatted message */
static void set(ct_plan_status *out, ct_plan_state st, const char *artifact, const char *fmt, ...)
{
    out->state = st;
    char msg[CT_DIAG_MSG_MAX - 64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(out->reason, sizeof out->reason, "%.48s: %s", artifact, msg);
}

ct_status ct_plan_check(const char *dir, const ct_plan_milestone *m, const char *version,
                        ct_plan_status *out)
{
    if (!dir || !m || !out)
        return CT_EINVAL;
    if (!version)
        version = ct_version();
    char path[CT_DIAG_FILE_MAX];
    int len = snprintf(path, sizeof path, "%s/%s", dir, m->artifact);
    if (len < 0 || (size_t)len >= sizeof path) {
        set(out, CT_PLAN_INVALID, m->artifact, "path too long");
        return CT_OK;
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (errno == ENOENT)
            set(out, CT_PLAN_MISSING, m->artifact, "not found");
        else
            set(out, CT_PLAN_INVALID, m->artifact, "cannot read: %s", strerror(errno));
        return CT_OK;
    }
    if (!S_ISREG(sb.st_mode)) {
        set(out, CT_PLAN_INVALID, m->artifact, "not a regular file");
        return CT_OK;
    }
    if (sb.st_size == 0) {
        set(out, CT_PLAN_INVALID, m->artifact, "empty file");
        return CT_OK;
    }
    /* the artifact header, checked where it is written (io/artifact.c) */
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_artifact_load(path, m->artifact_command, version, NULL, NULL, NULL, &d);
    if (s == CT_OK) {
        out->state = CT_PLAN_DONE;
        out->reason[0] = '\0';
    } else if (s == CT_EFORMAT) {
        set(out, CT_PLAN_INVALID, m->artifact, "%s", d.message);
    } else if (s == CT_EEMPTY) {
        set(out, CT_PLAN_INVALID, m->artifact, "empty file (whitespace only)");
    } else if (s == CT_EDATA && d.line > 0) {
        char where[64];
        snprintf(where, sizeof where, "line %ld, column %ld", d.line, d.column);
        set(out, CT_PLAN_INVALID, m->artifact, "not valid JSON at %s: %s", where, d.message);
    } else {
        set(out, CT_PLAN_INVALID, m->artifact, "cannot read: %s", d.message);
    }
    return CT_OK;
}

ct_status ct_plan_status_dir(const char *dir, const char *version, ct_plan_status *out,
                             size_t *ndone, ct_diag *d)
{
    if (ndone)
        *ndone = 0;
    if (!dir || !out)
        return ct_diag_set(d, CT_EINVAL, dir, 0, 0, "ct_plan_status_dir: NULL argument");
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return ct_diag_set(d, CT_EIO, dir, 0, 0, "cannot read status directory: %s",
                           strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return ct_diag_set(d, CT_EIO, dir, 0, 0, "not a directory");
    size_t done = 0;
    for (size_t i = 0; i < ct_plan_count(); i++) {
        ct_status s = ct_plan_check(dir, &milestones[i], version, &out[i]);
        if (s)
            return ct_diag_set(d, s, dir, 0, 0, "%s", ct_status_str(s));
        done += out[i].state == CT_PLAN_DONE;
    }
    if (ndone)
        *ndone = done;
    return CT_OK;
}
