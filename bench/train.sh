#!/usr/bin/env bash
# bench/train.sh — the claim classifier, ours vs scikit-learn, side by side
# in one run on the same rows and settings (docs/train.md):
#   1. the reports file, split in two halves by line parity (the file is
#      sorted by class, so each half keeps the class balance): features
#      "all" (TF-IDF 1-2-grams with min_df 2 and max_features 20000, the
#      numeric columns as sign·log1p standardised, the categorical ones
#      one-hot, the text's lengths) fitted on the first half; vectorise, fit
#      (C = 1; ours TRON to tol 1e-10, sklearn lbfgs tol 1e-4 by default,
#      max_iter 10000), 5-fold CV (each fold fits its own features),
#      prediction rows/s on the second half, its metrics (raw probabilities);
#   2. the same on 100,000 synthetic rows with --noise 0.3 (train: seed 1,
#      evaluate: seed 2);
#   3. the whole default `claimtriage train` on the reports file as a
#      process (wall and CPU; best of REPEATS);
#   4. hard data: `claimtriage train` with its defaults (CV, calibration) on
#      20,000 rows of synth --noise 0.3 seed 1, `evaluate` on seed 2: ROC AUC
#      and ECE beside sklearn's LogisticRegression(C=1) on the same features.
#   bench/train.sh [FILE] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
reps=${2:-3}
ct=$root/build/release/claimtriage
ours=$root/build/release/bench/train_bench
make -C "$root" --no-print-directory MODE=release all build/release/bench/train_bench >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
get() { grep -h "^$1 " "$2" | awk '{print $2}'; }
side_by_side() { # TRAIN EVAL LABEL
  "$ours" "$1" "$2" 1 all 1 >"$tmp/o.txt"
  /usr/bin/python3 "$root/bench/train_peer.py" "$1" "$2" 1 all >"$tmp/p.txt" 2>/dev/null
  echo "## $3"
  printf '%-22s %14s %14s %8s\n' step ours sklearn ratio
  for k in vectorize_s fit_s cv5_s; do
    o=$(get $k "$tmp/o.txt"); p=$(get $k "$tmp/p.txt")
    printf '%-22s %14.4f %14.4f %7.1fx\n' "$k" "$o" "$p" "$(echo "$p / $o" | bc -l)"
  done
  for k in predict_rows_per_s score_rows_per_s; do
    o=$(get $k "$tmp/o.txt"); p=$(get $k "$tmp/p.txt")
    printf '%-22s %14.0f %14.0f %7.1fx\n' "$k" "$o" "$p" "$(echo "$o / $p" | bc -l)"
  done
  for k in columns n_iter roc_auc average_precision recall precision ece; do
    printf '%-22s %14s %14s\n' "$k" "$(get $k "$tmp/o.txt")" "$(get $k "$tmp/p.txt")"
  done
}
awk -v a="$tmp/a.csv" -v b="$tmp/b.csv" 'NR==1{print > a; print > b; next} NR%2==0{print > a; next} {print > b}' "$file"
side_by_side "$tmp/a.csv" "$tmp/b.csv" "reports file, halves by line parity (one thread each)"
"$ct" synth -q --rows 100000 --seed 1 --noise 0.3 -o "$tmp/s1.csv"
"$ct" synth -q --rows 100000 --seed 2 --noise 0.3 -o "$tmp/s2.csv"
side_by_side "$tmp/s1.csv" "$tmp/s2.csv" "100,000 synthetic rows, --noise 0.3 (one thread each)"
echo "## the whole default train on the reports file, as a process (best of $reps)"
for r in $(seq "$reps"); do
  /usr/bin/time -f "%e %U %S %M" "$ct" train -q "$file" -m "$tmp/m.ctm" 2>>"$tmp/t.txt" >/dev/null
done
sort -g "$tmp/t.txt" | head -1 | awk '{printf "wall %.2f s, user %.2f s, sys %.2f s, peak RSS %.0f MB (threads: all)\n", $1, $2, $3, $4/1024}'
echo "## hard data: train (defaults) on 20,000 rows of synth --noise 0.3 seed 1, evaluate on seed 2"
"$ct" synth -q --rows 20000 --seed 1 --noise 0.3 -o "$tmp/h1.csv"
"$ct" synth -q --rows 20000 --seed 2 --noise 0.3 -o "$tmp/h2.csv"
"$ct" train -q "$tmp/h1.csv" -m "$tmp/h.ctm" >/dev/null
"$ct" evaluate -q "$tmp/h2.csv" -m "$tmp/h.ctm" --no-importance --json >"$tmp/h.json"
/usr/bin/python3 "$root/bench/train_peer.py" "$tmp/h1.csv" "$tmp/h2.csv" 1 all >"$tmp/hp.txt" 2>/dev/null
num() { sed -n "s/.*\"$1\": \([-0-9.e+]*\).*/\1/p" "$2" | head -1; }
oa=$(num roc_auc "$tmp/h.json"); oe=$(num ece "$tmp/h.json")
printf 'ours (CV over C, isotonic calibration): roc_auc %.6f  ece %.6f\n' "$oa" "$oe"
printf 'sklearn LogisticRegression(C=1):        roc_auc %.6f  ece %.6f\n' "$(get roc_auc "$tmp/hp.txt")" "$(get ece "$tmp/hp.txt")"
