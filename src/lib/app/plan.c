/* plan.c — the project plan: the milestone table (PACE stage, owner,
 * tasks, dependencies, effort, and the artifacts of a `claimtriage run`
 * folder that prove each milestone) and its lookups (claimtriage/plan.h).
 * Dates are planned in plan_schedule.c, artifacts validated in
 * plan_schema.c, a run folder judged in plan_status.c.
 *
 * This table is the single source of the plan: docs/PROPOSAL.md embeds the
 * output of `claimtriage plan --markdown`, and tests/cli/plan_proposal_sync
 * fails when the two disagree. Edit here, then regenerate the document's
 * table (docs/plan.md says how). The artifacts follow the run folder
 * (docs/formats.md, "Run manifest"): a milestone's files are the stdout of
 * the run's stages of the same names.
 *
 * Two relations between milestones: depends is the plan's order (the PACE
 * sequence the team works in; it sets the planned dates), needs its
 * inputs (the outputs a milestone reads to run; plan --status's "blocked
 * by" comes from these alone). The classifier is planned after the
 * regression, but no stage of it reads regress.json, so it does not need
 * it (before 2026-12-05 blocked_by came from depends: a classifier done
 * read "depends on regress (not done)" after a regression that failed,
 * tests/cli/plan_status_needs_not_order).
 *
 * The texts say what a run delivers: before 2026-12-04 milestone 7's title
 * said "the backlog" (its deliverable ranks held-out reports) and
 * milestone 6's first task promised recall on claims as the fixed metric,
 * while run selects by average precision and reports recall
 * (tests/cli/plan_text).
 */
#include "claimtriage/plan.h"

#include <string.h>

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
     {NULL},
     2,
     5,
     {{P, "Define the problem, the goal and measurable success criteria"},
      {P, "Name the stakeholders, their needs and how to reach each"},
      {P, "Order the milestones with owners, dependencies and effort"},
      {P, "Record risks and ethical questions before any modelling"},
      {E, "Share the proposal with the Project Management Officer for sign-off"}},
     1,
     {{"plan.json", "plan", "plan"}},
     {NULL}},
    {"inspect",
     "Data inspection and missing-data report",
     A,
     "Data Scientist",
     "Data profile and missing-data report",
     "Data Science Lead, Data Science Manager",
     "claimtriage inspect",
     {"plan"},
     1,
     5,
     {{P, "Agree which columns the project may use and how"},
      {A, "Profile every column: type, missing values, summary statistics"},
      {A, "Find the rows with no label, text or counts, and any duplicates"},
      {A, "Measure the balance of claims and opinions"},
      {E, "Send a short data-quality note to the data team"}},
     1,
     {{"inspect.json", "inspect", "inspect"}},
     {NULL}},
    {"eda",
     "Exploratory analysis and executive visuals",
     A,
     "Data Scientist",
     "EDA summary and executive charts (SVG)",
     "Data Science Manager, Operations Lead, Finance Lead (Americas)",
     "claimtriage eda",
     {"inspect"},
     3,
     4,
     {{A, "Compare engagement and text length of claims and opinions"},
      {A, "Compare verified and unverified accounts and ban statuses"},
      {A, "Find outliers in view, like, share, download and comment counts"},
      {E, "Draw plain-language charts with one-line captions"}},
     1,
     {{"eda.json", "eda", "eda"}},
     {NULL}},
    {"test",
     "Hypothesis test: verified vs unverified accounts",
     A,
     "Data Scientist",
     "Test result with a plain-language conclusion",
     "Data Science Lead, Data Science Manager",
     "claimtriage test",
     {"inspect"},
     1,
     4,
     {{P, "State the hypotheses and the significance level before testing"},
      {A, "Run a two-sample test of mean views with effect size and interval"},
      {A, "Check the test's assumptions and report a rank-based check"},
      {E, "Explain the result in one plain sentence"}},
     1,
     {{"test.json", "test", "test"}},
     {NULL}},
    {"regress",
     "Logistic regression with assumption checks",
     C,
     "Data Scientist",
     "Regression report: odds ratios and assumption checks",
     "Data Science Lead, Data Science Manager",
     "claimtriage regress",
     {"eda", "test"},
     2,
     4,
     {{A, "Check assumptions: collinearity, linearity of the logit, outliers"},
      {C, "Fit the logistic regression; odds ratios with 95% intervals"},
      {C, "Evaluate on held-out rows: confusion matrix, precision, recall"},
      {E, "Say which features move the odds, and by how much"}},
     1,
     {{"regress.json", "regress", "regress"}},
     {NULL}},
    {"classify",
     "Claim classifier with model selection",
     C,
     "Data Scientist",
     "Model file and evaluation report",
     "Data Science Lead, Data Science Manager",
     "claimtriage train + evaluate",
     {"eda", "regress"},
     5,
     6,
     {{P, "Fix the metric (average precision; recall on claims reported) and the data split in "
          "advance"},
      {C, "Build text features from the transcriptions"},
      {C, "Compare logistic regression with tree ensembles (--model auto)"},
      {C, "Select the champion on validation rows; test it once"},
      {C, "Save the champion as a versioned, checked model file"},
      {E, "Explain feature importance and typical errors in plain words"}},
     2,
     {{"train.json", "train", "train"}, {"evaluate.json", "evaluate", "evaluate"}},
     {NULL}}, /* train and evaluate read the input; evaluate the model of train */
    {"triage",
     "Triage queue of held-out reports",
     E,
     "Data Scientist",
     "Ranked triage queue of held-out reports and its evaluation",
     "Operations Lead",
     "claimtriage score + queue-eval",
     {"classify"},
     2,
     5,
     {{P, "Agree the daily review capacity and threshold with Operations"},
      {C, "Score held-out reports in a stream with the saved model"},
      {E, "Rank reports by claim probability, with reasons"},
      {E, "Measure the queue against random order and views alone, at capacity"},
      {E, "Hand the queue to the review team"}},
     2,
     {{"score.json", "score", "score"}, {"queue_eval.json", "queue-eval", "queue-eval"}},
     {"classify"}}, /* score ranks with the model */
    {"report",
     "Executive report with talking points",
     E,
     "Data Science Manager",
     "Executive report with charts and talking points",
     "Project Management Officer, Finance Lead (Americas), Operations Lead",
     "claimtriage report",
     {"eda", "test", "triage"},
     2,
     4,
     {{A, "Check errors separately for verified and unverified accounts"},
      {E, "Write the summary: the decision, its benefit and its cost"},
      {E, "Prepare talking points for each stakeholder"},
      {E, "State the limits: synthetic data, bias, what to monitor"}},
     1,
     {{"report.json", "report", "report"}},
     /* every output it summarises (not plan.json: the plan section is the table) */
     {"inspect", "eda", "test", "regress", "classify", "triage"}},
    {"run",
     "One-command workflow",
     E,
     "Data Science Lead",
     "Reproducible end-to-end run, all outputs in one folder",
     "Data team, Project Management Officer",
     "claimtriage run",
     {"report"},
     1,
     4,
     {{C, "Chain every step in one command with fixed seeds"},
      {E, "Write every artifact and a manifest of hashes to one folder"},
      {E, "Prove progress with plan --status against the manifest"},
      {E, "Confirm that the same seed gives identical outputs"}},
     1,
     {{"manifest.json", "run", NULL}},
     {"plan", "inspect", "eda", "test", "regress", "classify", "triage", "report"}},
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

size_t ct_plan_index(const char *id)
{
    size_t i = 0;
    while (id && i < ct_plan_count() && strcmp(milestones[i].id, id) != 0)
        i++;
    return id ? i : ct_plan_count();
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
