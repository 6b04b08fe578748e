#!/usr/bin/env bash
# bench/calibration_small.sh — the default model's ECE on hard data with few
# training rows (issue 12's "ECE <= 0.02"; docs/train.md, "Figures on hard
# synthetic data", the ECE item), beside what the ECE can be told from: for
# each training size and seed S, `claimtriage synth --noise 0.3 --rows ROWS
# --seed S`, `train` with every default, `evaluate` on one 50,000-row file of
# seed 999: the ECE, log loss and Brier score there; the ECE's floor on
# those rows (a perfectly calibrated model's, labels drawn from the model's
# own probabilities); and isotonic regression fitted on as many rows as the
# calibration had (validation plus out-of-fold, train --json), drawn from the
# big file and scored by the final model itself (`train --calibration none`,
# the same fit), its ECE on the other rows (mean, min, max of 10 draws):
# isotonic's own sampling error at that size, with no misalignment between
# the rows it is fitted on and the model (bench/calibration_small.py).
#   bench/calibration_small.sh                 5,000 and 10,000 rows, seeds
#                                              61-72 (about 6 minutes)
#   ROWS="5000" bench/calibration_small.sh 69 71   those
#   CT=/path/to/claimtriage bench/calibration_small.sh   another build
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${CT:-}" ]; then
  make -C "$root" --no-print-directory MODE=release all >/dev/null
  CT=$root/build/release/claimtriage
fi
command -v jq >/dev/null || { echo "bench/calibration_small.sh: needs jq" >&2; exit 3; }
read -r -a sizes <<<"${ROWS:-5000 10000}"
seeds=(61 62 63 64 65 66 67 68 69 70 71 72)
[ $# -gt 0 ] && seeds=("$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$CT" synth -q --rows 50000 --seed 999 --noise 0.3 -o "$tmp/big.csv"
echo "small files' ECE: synth --noise 0.3, default train, evaluated on 50000 rows of seed 999;" \
  "$("$CT" --version)"
printf '%6s %5s %6s  %7s %8s %8s  %7s %7s %7s\n' rows seed ncal ece "log loss" brier \
  floor fresh "(min-max)"
for rows in "${sizes[@]}"; do
  for s in "${seeds[@]}"; do
    "$CT" synth -q --rows "$rows" --seed "$s" --noise 0.3 -o "$tmp/a.csv"
    "$CT" train -q "$tmp/a.csv" -m "$tmp/m.ctm" --json >"$tmp/t.json"
    "$CT" train -q "$tmp/a.csv" -m "$tmp/m0.ctm" --calibration none >/dev/null
    "$CT" evaluate -q "$tmp/big.csv" -m "$tmp/m.ctm" --no-importance --json \
      --predictions "$tmp/p.csv" >"$tmp/e.json"
    "$CT" evaluate -q "$tmp/big.csv" -m "$tmp/m0.ctm" --no-importance \
      --predictions "$tmp/r.csv" >/dev/null
    n=$(jq '.calibration.fitted_on.validation + .calibration.fitted_on.out_of_fold' "$tmp/t.json")
    read -r ece floor fm fmin fmax < <(/usr/bin/python3 "$root/bench/calibration_small.py" \
      "$tmp/big.csv" "$tmp/p.csv" "$tmp/r.csv" "$n")
    printf '%6s %5s %6s  %7s %8.4f %8.5f  %7s %7s %s-%s\n' "$rows" "$s" "$n" "$ece" \
      "$(jq .metrics.log_loss "$tmp/e.json")" "$(jq .metrics.brier_score "$tmp/e.json")" \
      "$floor" "$fm" "$fmin" "$fmax"
  done
done
