/* commands.c — the command table (name, function, one-line summary), as git.c
 * dispatches. Add a command: write cmd_NAME.c and one line here. */
#include "cli.h"

const cli_command cli_commands[] = {
    {"demo", cmd_demo, "run the whole workflow on the built-in synthetic sample"},
    {"eda", cmd_eda, "exploratory analysis: grouped summaries, outliers, correlations, charts"},
    {"evaluate", cmd_evaluate, "apply a saved claim classifier: metrics, importance, predictions"},
    {"inspect", cmd_inspect, "profile a reports file: types, missing values, summaries"},
    {"merge", cmd_merge, "merge shard queues from score into the exact global queue"},
    {"plan", cmd_plan, "the project plan: milestones by PACE stage, and which are done"},
    {"queue-eval", cmd_queue_eval, "evaluate a review queue: recall of claims by reviews done"},
    {"regress", cmd_regress, "logistic regression of verified status with its assumptions checked"},
    {"report", cmd_report, "the executive report of a run folder: report.html and report.json"},
    {"run", cmd_run, "the whole workflow in PACE order into one folder, with the report"},
    {"score", cmd_score, "score reports into a prioritised review queue with reasons"},
    {"synth", cmd_synth, "generate synthetic reports with the real file's shape"},
    {"test", cmd_test, "hypothesis tests: views by verified status, claim status associations"},
    {"train", cmd_train, "train the claim classifier: CV, calibration, threshold, shortcut audit"},
};
const size_t cli_ncommands = sizeof cli_commands / sizeof cli_commands[0];
