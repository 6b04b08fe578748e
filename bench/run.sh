#!/usr/bin/env bash
# make bench: every benchmark beside its Python peer, in one run, on the
# release build. Prints ratios; the figures recorded in bench/RESULTS.md come
# from this script (the command is written above each table there).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/claimtriage
status=0
run() { echo; echo "### $*"; "$@" || { echo "(failed: $*)"; status=1; }; }
run bench/inspect.sh "$BIN"
run bench/eda.sh "$BIN"
run env BUILD=build bench/htest.sh
run bench/regress.sh "$BIN"
run bench/synth.sh "$BIN"
run bench/train.sh
exit $status
