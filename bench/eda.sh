#!/usr/bin/env bash
# bench/eda.sh — whole `claimtriage eda` (and `test`, when the binary has it)
# processes against the same work in pandas/scipy in-process after imports
# (bench/eda_peer.py), on the real file and on 1M synthetic rows, in one run.
# Medians of RUNS runs. Charts are not written (no -o) on either side.
# Usage: [RUNS=7] [SYN_ROWS=1000000] bench/eda.sh [BIN]   (default build/release/claimtriage)
#   SYN_ROWS sets the synthetic file's rows (0 skips it): a quick check is
#   `RUNS=3 SYN_ROWS=100000 bench/eda.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/release/claimtriage}
RUNS=${RUNS:-7}
DATA=${CLAIMTRIAGE_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}
TMP=${TMPDIR:-/tmp}
PY=/usr/bin/python3
SYN_ROWS=${SYN_ROWS:-1000000}
SYN="$TMP/claimtriage-bench-eda-$SYN_ROWS.csv"
SYN_LABEL="$SYN_ROWS synthetic rows"
[ "$SYN_ROWS" = 1000000 ] && SYN_LABEL="1M synthetic rows"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median_of_runs() { # command... -> median wall seconds of RUNS whole-process runs
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
  done | median
}
has_test=0
"$BIN" test --help >/dev/null 2>&1 && has_test=1

row() { # label file
  local label=$1 file=$2 eda tst=0 pe pt
  eda=$(median_of_runs "$BIN" eda -q --json "$file")
  if [ $has_test = 1 ]; then tst=$(median_of_runs "$BIN" test -q --json "$file"); fi
  local peer=()
  for _ in $(seq "$RUNS"); do peer+=("$($PY bench/eda_peer.py "$file" --with-test)"); done
  pe=$(printf '%s\n' "${peer[@]}" | awk '{print $2}' | median)
  pt=$(printf '%s\n' "${peer[@]}" | awk '{print $4}' | median)
  awk -v l="$label" -v e="$eda" -v t="$tst" -v pe="$pe" -v pt="$pt" -v ht=$has_test 'BEGIN {
    printf "%-20s eda %7.3f s", l, e
    if (ht) printf "  test %7.3f s  eda+test %7.3f s", t, e + t
    printf "  | pandas eda %7.3f s  scipy test %7.3f s  | ratio eda %5.1fx", pe, pt, pe / e
    if (ht) printf "  eda+test %5.1fx", (pe + pt) / (e + t)
    printf "\n" }'
}

echo "eda benchmark: $RUNS runs each, medians; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores;" \
     "ours = whole processes, peer = in-process after imports"
[ $has_test = 1 ] || echo "note: $BIN has no 'test' command; timing eda alone"
if [ -r "$DATA" ]; then
  row "real file" "$DATA"
else
  echo "real file: SKIP (set CLAIMTRIAGE_DATA)"
fi
if [ "$SYN_ROWS" = 0 ]; then
  echo "synthetic rows: SKIP (SYN_ROWS=0)"
elif "$BIN" synth --help >/dev/null 2>&1; then
  # made again when the binary is newer (synth may have changed)
  [ -s "$SYN" ] && [ "$SYN" -nt "$BIN" ] || "$BIN" synth -q --rows "$SYN_ROWS" --seed 1 -o "$SYN"
  row "$SYN_LABEL" "$SYN"
else
  echo "$SYN_LABEL: SKIP ('claimtriage synth' not available in $BIN)"
fi
