#!/usr/bin/env bash
# bench/lr.sh — text features + logistic regression, ours vs scikit-learn,
# side by side in one run on the same rows and settings: the labelled rows
# of the reports file, transcriptions vectorized with word 1-2-grams,
# min_df 2 (TfidfVectorizer defaults otherwise), then L2 logistic regression
# with C = 1 (ours: TRON to tol 1e-10; sklearn: lbfgs, tol=1e-10,
# max_iter=10000). Prints each side's times, the ratios, and how far our
# probabilities are from sklearn's on every row.
#   bench/lr.sh [FILE] [REPEATS]     (make bench-build first, or it is built)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
reps=${2:-3}
ours=$root/build/release/bench/lr_bench
make -C "$root" --no-print-directory MODE=release build/release/bench/lr_bench >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() { sort -g | head -1; }
for r in $(seq "$reps"); do
  "$ours" "$file" --threads 1 --probs "$tmp/p.txt" >"$tmp/ours.$r"
  /usr/bin/python3 "$root/bench/lr_peer.py" "$file" --ours "$tmp/p.txt" >"$tmp/peer.$r"
done
get() { grep -h "^$1 " "$tmp"/$2.* | awk '{print $2}' | best; }
printf '%-12s %12s %12s %8s\n' step ours_s sklearn_s ratio
for k in vectorize_s fit_s predict_s; do
  o=$(get "$k" ours); p=$(get "$k" peer)
  printf '%-12s %12.4f %12.4f %7.1fx\n' "${k%_s}" "$o" "$p" "$(echo "$p / $o" | bc -l)"
done
echo "best of $reps runs each, one thread; $(head -1 "$tmp/ours.1")"
echo "sklearn: $(head -1 "$tmp/peer.1"), lbfgs n_iter $(get n_iter peer); ours: TRON n_iter $(get n_iter ours)"
grep -h "max_abs_prob_diff\|rows_over" "$tmp/peer.$reps"
