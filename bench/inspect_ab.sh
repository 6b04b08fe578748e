#!/usr/bin/env bash
# bench/inspect_ab.sh BEFORE AFTER — two builds of claimtriage side by side,
# with pandas, in the same run: `inspect -q --json` on the real file and on
# 1M synthetic rows. Used to show that a change (issue 9's redesign) keeps
# the speed recorded in bench/RESULTS.md. Prints, per file, the median of
# each build and of pandas, MB/s, after/before and pandas/after ratios, and
# peak RSS of both builds. The runs of the two builds alternate (A B A B ...)
# so the VM's noisy minutes fall on both alike.
#
# BEFORE, AFTER: claimtriage binaries (release builds). To rebuild an old
# one: git worktree add /tmp/ct-old REF && make -C /tmp/ct-old MODE=release
# and pass /tmp/ct-old/build/release/claimtriage.
set -euo pipefail
cd "$(dirname "$0")/.."
A=${1:?usage: bench/inspect_ab.sh BEFORE AFTER}
B=${2:?usage: bench/inspect_ab.sh BEFORE AFTER}
RUNS=${RUNS:-15}
DATA=${CLAIMTRIAGE_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}
TMP=${TMPDIR:-/tmp}
PY=/usr/bin/python3
SYN="$TMP/claimtriage-bench-1m.csv"

# median wall seconds of RUNS alternating runs of two commands (hyperfine, one
# run each per round so that both see the same moments of the machine)
ab_medians() { # file -> "medianA medianB"
  local f=$1 j i
  local -a ta=() tb=()
  for ((i = 0; i < RUNS; i++)); do
    j=$(mktemp)
    hyperfine -N -w 1 -r 1 --export-json "$j" "$A inspect -q --json $f" "$B inspect -q --json $f" >/dev/null 2>&1
    ta+=("$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$j")")
    tb+=("$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][1]["mean"])' "$j")")
    rm -f "$j"
  done
  $PY -c 'import statistics,sys; n=int(sys.argv[1]); a=sys.argv[2:2+n]; b=sys.argv[2+n:]; print(statistics.median(map(float,a)), statistics.median(map(float,b)))' \
    "$RUNS" "${ta[@]}" "${tb[@]}"
}
peak_rss_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}'; }

row() { # label file
  local label=$1 file=$2 bytes m peer ra rb
  bytes=$(stat -c %s "$file")
  m=$(ab_medians "$file")
  peer=$($PY bench/inspect_peer.py "$file" "$RUNS")
  ra=$(peak_rss_kb "$A" inspect -q --json "$file")
  rb=$(peak_rss_kb "$B" inspect -q --json "$file")
  cmp -s <("$A" inspect -q --json "$file") <("$B" inspect -q --json "$file") && same=identical || same=DIFFERENT
  awk -v l="$label" -v b="$bytes" -v m="$m" -v p="$peer" -v ra="$ra" -v rb="$rb" -v s="$same" 'BEGIN {
    split(m, t, " ");
    printf "%-18s %6.1f MB  before %6.3f s (%4.0f MB/s)  after %6.3f s (%4.0f MB/s)  after/before %4.2f\n",
      l, b/1e6, t[1], b/1e6/t[1], t[2], b/1e6/t[2], t[2]/t[1];
    printf "%-18s           pandas %6.3f s  ratio before %4.1fx, after %4.1fx  peak RSS %5.1f / %5.1f MB  output %s\n",
      "", p, p/t[1], p/t[2], ra/1024, rb/1024, s }'
}

echo "inspect A/B: $RUNS alternating runs each, medians; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores"
echo "before: $A"
echo "after:  $B"
if [ -r "$DATA" ]; then
  row "real file" "$DATA"
else
  echo "real file: SKIP (not found at $DATA; set CLAIMTRIAGE_DATA)"
fi
# made again when the binary is newer (synth may have changed)
if [ ! -s "$SYN" ] || [ "$B" -nt "$SYN" ]; then
  "$B" synth -q --rows 1000000 --seed 7 -o "$SYN"
fi
row "1M synthetic rows" "$SYN"
