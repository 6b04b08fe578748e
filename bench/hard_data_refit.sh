#!/usr/bin/env bash
# bench/hard_data_refit.sh — the final refit (`train --refit`, docs/train.md
# step 4a) on bench/hard_data.sh's files: for each (rows, noise, seed A,
# seed B), `claimtriage train A.csv` with every default and --refit train
# (the default: the model fitted on A's training part, 60%),
# train+validation (R1: refitted on 80%, the calibration learned on
# validation and out-of-fold scores applied to the refit's scores) and
# train+validation-cv (R2: refitted on 80%, calibrated on a k-fold's
# out-of-fold scores of those rows), each evaluated on B, beside
# scikit-learn's LogisticRegression(C=1) fitted on all of A's labelled rows
# (bench/train_peer.py). Prints ROC AUC and ECE on B.
#   bench/hard_data_refit.sh "5000 0.3 11 12" ...   the files given
#   bench/hard_data_refit.sh                         bench/hard_data.sh's 14
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
make -C "$root" --no-print-directory MODE=release all >/dev/null
ct=$root/build/release/claimtriage
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then
  cfgs=("$@")
else
  cfgs=("20000 0.3 1 2" "20000 0.3 3 4" "20000 0.3 5 6" "20000 0.3 21 22" "20000 0.3 23 24"
        "20000 0.3 25 26" "20000 0.3 27 28" "5000 0.3 11 12" "10000 0.3 29 30"
        "50000 0.3 13 14" "100000 0.3 31 32" "20000 0.2 9 10" "20000 0.4 7 8" "20000 0.5 15 16")
fi
num() { sed -n "s/.*\"$1\": \([-0-9.e+]*\).*/\1/p" "$2" | head -1; }
get() { grep -h "^$1 " "$2" | awk '{print $2}'; }
printf '%8s %5s %7s  %9s %9s %9s %9s  %7s %7s %7s %7s\n' rows noise seeds "train" "R1" "R2" \
  "sk auc" "ece tr" "ece R1" "ece R2" "sk ece"
for cfg in "${cfgs[@]}"; do
  read -r rows noise sa sb <<<"$cfg"
  "$ct" synth -q --rows "$rows" --seed "$sa" --noise "$noise" -o "$tmp/a.csv"
  "$ct" synth -q --rows "$rows" --seed "$sb" --noise "$noise" -o "$tmp/b.csv"
  auc=() ece=()
  for r in train train+validation train+validation-cv; do
    "$ct" train -q "$tmp/a.csv" -m "$tmp/m.ctm" --refit "$r" >/dev/null
    "$ct" evaluate -q "$tmp/b.csv" -m "$tmp/m.ctm" --no-importance --json >"$tmp/e.json"
    auc+=("$(num roc_auc "$tmp/e.json")")
    ece+=("$(num ece "$tmp/e.json")")
  done
  /usr/bin/python3 "$root/bench/train_peer.py" "$tmp/a.csv" "$tmp/b.csv" 1 all >"$tmp/p.txt" 2>/dev/null
  pa=$(get roc_auc "$tmp/p.txt"); pe=$(get ece "$tmp/p.txt")
  printf '%8s %5s %7s  %9.5f %9.5f %9.5f %9.5f  %7.4f %7.4f %7.4f %7.4f\n' "$rows" "$noise" \
    "$sa->$sb" "${auc[0]}" "${auc[1]}" "${auc[2]}" "$pa" "${ece[0]}" "${ece[1]}" "${ece[2]}" "$pe"
done
