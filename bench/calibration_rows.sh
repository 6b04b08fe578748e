#!/usr/bin/env bash
# bench/calibration_rows.sh — what `train --calibration-rows pooled|validation`
# does to the calibration and to a --target-recall threshold on hard data
# (docs/train.md, step 5 "Calibration" and step 6 "Threshold"). For each
# seed S: `claimtriage synth --noise 0.3 --rows 10000 --seed S`, trained
# twice (isotonic calibration, --target-recall R) with --calibration-rows
# pooled and validation, each model evaluated on one file of 50,000 rows of
# another seed (999). Per file and as a mean over the files, for both
# settings: the recall and precision train reports at the threshold (its
# validation rows), and on the big file the ECE (10 bins), recall and
# precision at the threshold. The model is the same in both settings (the
# calibration keeps its order), so a precision differs only by where the
# threshold cuts the ranking: read it beside its recall. No peer (an
# internal A/B of one option).
#   bench/calibration_rows.sh                 the eight files of the table
#                                             (seeds 29 41 43 45 61-64, R 0.8;
#                                             about 4 minutes)
#   bench/calibration_rows.sh 29 41           those seeds
#   RECALL=0.9 bench/calibration_rows.sh      another target recall
#   QUICK=1 bench/calibration_rows.sh         two files, 5,000 rows each,
#                                             evaluated on 10,000
#   CT=/path/to/claimtriage bench/calibration_rows.sh   another build (an
#                                             A/B of a change; not rebuilt)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${CT:-}" ]; then
  make -C "$root" --no-print-directory MODE=release all >/dev/null
  CT=$root/build/release/claimtriage
fi
command -v jq >/dev/null || { echo "bench/calibration_rows.sh: needs jq" >&2; exit 3; }
recall=${RECALL:-0.8}
rows=10000 big=50000 bigseed=999 noise=0.3
seeds=(29 41 43 45 61 62 63 64)
if [ "${QUICK:-0}" = 1 ]; then
  rows=5000 big=10000 seeds=(29 41)
fi
[ $# -gt 0 ] && seeds=("$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$CT" synth -q --rows "$big" --seed "$bigseed" --noise "$noise" -o "$tmp/big.csv"
echo "calibration rows: $rows-row files of synth --noise $noise, --calibration isotonic" \
  "--target-recall $recall, evaluated on $big rows of seed $bigseed; $("$CT" --version 2>/dev/null | head -1)"
printf '%5s  %-10s %9s %7s %7s  %7s %7s %7s\n' seed rows threshold "val rec" "val pre" \
  "ece" "recall" "precision"
for s in "${seeds[@]}"; do
  "$CT" synth -q --rows "$rows" --seed "$s" --noise "$noise" -o "$tmp/a.csv"
  for how in pooled validation; do
    "$CT" train -q "$tmp/a.csv" -m "$tmp/m.ctm" --calibration isotonic --calibration-rows "$how" \
      --target-recall "$recall" --no-audit --json >"$tmp/t.json"
    "$CT" evaluate -q "$tmp/big.csv" -m "$tmp/m.ctm" --no-importance --json >"$tmp/e.json"
    jq -r --arg s "$s" --arg how "$how" --slurpfile e "$tmp/e.json" \
      '[$s, $how, .threshold.value, .metrics.validation.recall, .metrics.validation.precision,
        $e[0].metrics.ece, $e[0].metrics.recall, $e[0].metrics.precision] | @tsv' \
      "$tmp/t.json" >>"$tmp/all.tsv"
    tail -1 "$tmp/all.tsv" |
      awk -F'\t' '{ printf "%5s  %-10s %9.6f %7.4f %7.4f  %7.4f %7.4f %7.4f\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
  done
done
awk -F'\t' -v r="$recall" '
  { n[$2]++; for (k = 4; k <= 8; k++) sum[$2, k] += $k; below[$2] += $7 < r }
  END {
    for (h = 1; h <= 2; h++) {
      how = h == 1 ? "pooled" : "validation"
      printf "%5s  %-10s %9s %7.4f %7.4f  %7.4f %7.4f %7.4f  (recall below %s on %d of %d)\n",
        "mean", how, "", sum[how, 4] / n[how], sum[how, 5] / n[how], sum[how, 6] / n[how],
        sum[how, 7] / n[how], sum[how, 8] / n[how], r, below[how], n[how]
    }
  }' "$tmp/all.tsv"
