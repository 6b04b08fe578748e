/* commands.c — the command table (name, function, one-line summary, operand), as git.c
 * dispatches. Add a command: write cmd_NAME.c and one line here. */
#include "cli.h"

const cli_command cli_commands[] = {
    {"demo", cmd_demo, "run the whole workflow on the built-in synthetic sample", NULL},
    {"eda", cmd_eda, "exploratory analysis: grouped summaries, outliers, correlations, charts",
     "FILE"},
    {"evaluate", cmd_evaluate, "apply a saved claim classifier: metrics, importance, predictions",
     "FILE"},
    {"inspect", cmd_inspect, "profile a reports file: types, missing values, summaries", "FILE"},
    {"merge", cmd_merge, "merge shard queues from score into the exact global queue", "QUEUE"},
    {"plan", cmd_plan, "the project plan: milestones by PACE stage, and which are done", NULL},
    {"queue-eval", cmd_queue_eval, "evaluate a review queue: recall of claims by reviews done",
     "QUEUE"},
    {"regress", cmd_regress, "logistic regression of verified status with its assumptions checked",
     "FILE"},
    {"report", cmd_report, "the executive report of a run folder: report.html and report.json",
     "DIR"},
    {"run", cmd_run, "the whole workflow in PACE order into one folder, with the report", "FILE"},
    {"score", cmd_score, "score reports into a prioritised review queue with reasons", "FILE"},
    {"synth", cmd_synth, "generate synthetic reports with the real file's shape", NULL},
    {"test", cmd_test, "hypothesis tests: views by verified status, claim status associations",
     "FILE"},
    {"train", cmd_train, "train the claim classifier: CV, calibration, threshold, shortcut audit",
     "FILE"},
};
const size_t cli_ncommands = sizeof cli_commands / sizeof cli_commands[0];
