#!/usr/bin/env bash
# make bench: every benchmark script in bench/ on the release build, one
# after another. Each prints its own figures, and the ratios to its Python
# peer where it has one. bench/RESULTS.md names, above each table, the exact
# command that produced it; this script runs each with its defaults (or the
# small sizes below), so the tables are reproduced by that command, not by
# re-reading this script's output.
#   bench/run.sh            defaults: 1M/10M synthetic rows, many runs; the
#                           whole set takes well over an hour
#   QUICK=1 bench/run.sh    small sizes and few runs, to check that every
#                           script works (minutes; its figures are not the
#                           ones in RESULTS.md)
# Not run here: bench/inspect_ab.sh BEFORE AFTER needs two builds (an A/B of
# a change), and bench/calibration_cir.sh is a one-off experiment; their
# sections in RESULTS.md give the command.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/claimtriage
DATA=${CLAIMTRIAGE_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}
status=0
run() { echo; echo "### $*"; "$@" || { echo "(failed: $*)"; status=1; }; }
if [ "${QUICK:-0}" = 1 ]; then
  run env RUNS=3 SYN_ROWS=100000 bench/inspect.sh "$BIN"
  run env RUNS=3 SYN_ROWS=100000 bench/eda.sh "$BIN"
  run env BUILD=build RUNS=3 N=100000 bench/htest.sh "$DATA"
  run bench/regress.sh "$BIN" "$DATA" 3
  run env RUNS=1 bench/synth.sh "$BIN"
  run bench/lr.sh "$DATA" 1 1
  run bench/train.sh "$DATA" 1
  run bench/train_models.sh "$DATA" 1
  run bench/trees.sh "a b" 0
  run bench/score.sh 100000 10000 100000
  run bench/hard_data.sh "20000 0.3 1 2"
  run bench/calibration_rows.sh
  run bench/unseen_phrasings.sh "$DATA"
  run bench/workflow.sh "$DATA" 3
else
  run bench/inspect.sh "$BIN"
  run bench/eda.sh "$BIN"
  run env BUILD=build bench/htest.sh "$DATA"
  run bench/regress.sh "$BIN" "$DATA"
  run bench/synth.sh "$BIN"
  run bench/lr.sh "$DATA"
  run bench/train.sh "$DATA"
  run bench/train_models.sh "$DATA"
  run bench/trees.sh
  run bench/score.sh
  run bench/hard_data.sh
  run bench/calibration_rows.sh
  run bench/unseen_phrasings.sh "$DATA"
  run bench/workflow.sh "$DATA"
fi
exit $status
