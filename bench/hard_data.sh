#!/usr/bin/env bash
# bench/hard_data.sh — the default claim classifier on hard synthetic data
# (issue 12, "On hard data ... ROC AUC at least scikit-learn's ... ECE <=
# 0.02"), on more files than bench/train.sh's one: for each (rows, noise,
# seed A, seed B), `claimtriage train A.csv` with every default, `evaluate
# B.csv`, beside scikit-learn's LogisticRegression(C=1) on the same features
# fitted on all of A's labelled rows (bench/train_peer.py), and fitted on the
# rows our model was fitted on (A's training part, 60%: the lines `evaluate
# A.csv --split train --predictions` lists). The table in
# docs/train.md ("Figures on hard synthetic data") comes from this script.
#   bench/hard_data.sh            every file of the table (about 5 minutes)
#   bench/hard_data.sh "20000 0.3 1 2"   one file
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
printf '%8s %5s %7s  %9s %9s %10s  %7s %7s  %9s %10s\n' rows noise seeds "ours auc" "sk auc" \
  difference "ours ece" "sk ece" "sk60 auc" difference
for cfg in "${cfgs[@]}"; do
  read -r rows noise sa sb <<<"$cfg"
  "$ct" synth -q --rows "$rows" --seed "$sa" --noise "$noise" -o "$tmp/a.csv"
  "$ct" synth -q --rows "$rows" --seed "$sb" --noise "$noise" -o "$tmp/b.csv"
  "$ct" train -q "$tmp/a.csv" -m "$tmp/m.ctm" >/dev/null
  "$ct" evaluate -q "$tmp/b.csv" -m "$tmp/m.ctm" --no-importance --json >"$tmp/e.json"
  /usr/bin/python3 "$root/bench/train_peer.py" "$tmp/a.csv" "$tmp/b.csv" 1 all >"$tmp/p.txt" 2>/dev/null
  oa=$(num roc_auc "$tmp/e.json"); oe=$(num ece "$tmp/e.json")
  pa=$(get roc_auc "$tmp/p.txt"); pe=$(get ece "$tmp/p.txt")
  # the same peer on our training part only (synth writes no line breaks
  # inside fields, so a file line is a row)
  "$ct" evaluate -q "$tmp/a.csv" -m "$tmp/m.ctm" --split train --no-importance \
    --predictions "$tmp/tr.csv" >/dev/null
  awk -F, 'NR == FNR { if (FNR > 1) keep[$1] = 1; next } FNR == 1 || (FNR in keep)' \
    "$tmp/tr.csv" "$tmp/a.csv" >"$tmp/a60.csv"
  /usr/bin/python3 "$root/bench/train_peer.py" "$tmp/a60.csv" "$tmp/b.csv" 1 all >"$tmp/p60.txt" 2>/dev/null
  p6=$(get roc_auc "$tmp/p60.txt")
  printf '%8s %5s %7s  %9.5f %9.5f %+10.5f  %7.4f %7.4f  %9.5f %+10.5f\n' "$rows" "$noise" \
    "$sa->$sb" "$oa" "$pa" "$(awk -v a="$oa" -v b="$pa" 'BEGIN { print a - b }')" "$oe" "$pe" \
    "$p6" "$(awk -v a="$oa" -v b="$p6" 'BEGIN { print a - b }')"
done
