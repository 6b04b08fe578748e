#!/usr/bin/env bash
# make demo: the main job on the built-in sample. The sample comes from the
# synthetic generator (the real file is never part of the project).
set -euo pipefail
BIN=${1:?usage: scripts/demo.sh BIN OUTDIR}
OUT=${2:?usage: scripts/demo.sh BIN OUTDIR}
mkdir -p "$OUT"
has() { "$BIN" --help | grep -q "^  $1 "; }
step() { printf '\n== %s\n' "$*" >&2; }

step "synth: 20,000 synthetic reports (seed 42) -> $OUT/sample.csv"
"$BIN" synth --rows 20000 --seed 42 -o "$OUT/sample.csv"

step "inspect: first look and missing-data report -> $OUT/inspect.txt, $OUT/inspect.json"
"$BIN" inspect "$OUT/sample.csv" | tee "$OUT/inspect.txt"
"$BIN" inspect --json "$OUT/sample.csv" > "$OUT/inspect.json"

if has eda; then
  step "eda: grouped summaries, outliers, correlations, charts -> $OUT/eda.txt, $OUT/eda.json, $OUT/charts/"
  "$BIN" eda -o "$OUT/charts" "$OUT/sample.csv" | tee "$OUT/eda.txt"
  "$BIN" eda --json "$OUT/sample.csv" > "$OUT/eda.json"
fi
if has test; then
  step "test: hypothesis tests -> $OUT/test.txt, $OUT/test.json"
  "$BIN" test "$OUT/sample.csv" | tee "$OUT/test.txt"
  "$BIN" test --json "$OUT/sample.csv" > "$OUT/test.json"
fi
if has regress; then
  step "regress: logistic regression with assumption checks -> $OUT/regress.txt, $OUT/regress.json"
  "$BIN" regress "$OUT/sample.csv" | tee "$OUT/regress.txt"
  "$BIN" regress --json "$OUT/sample.csv" > "$OUT/regress.json"
fi
if has train && has evaluate; then
  step "train: the claim classifier -> $OUT/model.ctm, $OUT/train.txt"
  "$BIN" train "$OUT/sample.csv" -m "$OUT/model.ctm" | tee "$OUT/train.txt"
  step "evaluate: on 5,000 new synthetic reports (seed 43) -> $OUT/evaluate.txt, $OUT/evaluate.json, $OUT/predictions.csv"
  "$BIN" synth -q --rows 5000 --seed 43 -o "$OUT/new.csv"
  "$BIN" evaluate "$OUT/new.csv" -m "$OUT/model.ctm" --predictions "$OUT/predictions.csv" | tee "$OUT/evaluate.txt"
  "$BIN" evaluate -q --json "$OUT/new.csv" -m "$OUT/model.ctm" > "$OUT/evaluate.json"
fi
if has plan; then
  step "plan: milestones and which are done -> $OUT/plan.json, $OUT/plan.txt"
  "$BIN" plan --json > "$OUT/plan.json"
  "$BIN" plan --status "$OUT" | tee "$OUT/plan.txt"
fi
printf '\nDemo output is in %s/\n' "$OUT" >&2
ls -1 "$OUT" >&2
