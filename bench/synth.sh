#!/usr/bin/env bash
# bench/synth.sh — `claimtriage synth` output speed (to /dev/null, through a
# pipe, to a file in /tmp), peak RSS for 10M rows (constant memory), the
# numpy+pandas peer on 1M rows, and the shape of a 100k-row sample beside
# the real file (bench/synth_compare.py).
# Usage: bench/synth.sh [BIN]   (default build/release/claimtriage)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/release/claimtriage}
RUNS=${RUNS:-5}
DATA=${CLAIMTRIAGE_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}
TMP=${TMPDIR:-/tmp}
PY=/usr/bin/python3

median_of_runs() { # command string -> median wall seconds of RUNS runs
  local t=()
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s.%N); bash -c "$1" >/dev/null; e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%s\n' "${t[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
speed() { # label rows command
  local label=$1 rows=$2 cmd=$3 bytes sec
  bytes=$("$BIN" synth -q --rows "$rows" | wc -c)
  sec=$(median_of_runs "$cmd")
  awk -v l="$label" -v b="$bytes" -v s="$sec" -v r="$rows" 'BEGIN {
    printf "%-34s %9.1f MB  %7.3f s  %7.1f MB/s  %6.2f M rows/s  %.2f bytes/row\n", l, b/1e6, s, b/1e6/s, r/1e6/s, b/r }'
}

echo "synth benchmark: $RUNS runs each, medians; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores"
speed "10M rows -> /dev/null" 10000000 "$BIN synth -q --rows 10000000 -o /dev/null"
speed "10M rows | wc -l" 10000000 "$BIN synth -q --rows 10000000 | wc -l"
speed "1M rows -> $TMP file" 1000000 "$BIN synth -q --rows 1000000 -o $TMP/claimtriage-synth-bench.csv"
speed "1M rows --noise 0.3 -> /dev/null" 1000000 "$BIN synth -q --rows 1000000 --noise 0.3 -o /dev/null"
# CPU time (user + sys) is stable when the machine is shared; wall time is not.
cpu=$(/usr/bin/time -f "%U %S" "$BIN" synth -q --rows 10000000 -o /dev/null 2>&1 | tail -1)
bytes10=$("$BIN" synth -q --rows 10000000 | wc -c)
echo "$cpu" | awk -v b="$bytes10" '{ printf "10M rows -> /dev/null, CPU time       %9.1f MB  %7.3f s CPU  %7.1f MB/s of CPU time\n", b/1e6, $1+$2, b/1e6/($1+$2) }'
rss=$(/usr/bin/time -v "$BIN" synth -q --rows 10000000 -o /dev/null 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
rss1=$(/usr/bin/time -v "$BIN" synth -q --rows 1000 -o /dev/null 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
echo "peak RSS: 10M rows ${rss} KB, 1k rows ${rss1} KB"
lines=$("$BIN" synth -q --rows 10000000 | wc -l)
echo "10M rows through a pipe: $lines lines (header + rows)"

ours=$(median_of_runs "$BIN synth -q --rows 1000000 -o $TMP/claimtriage-synth-bench.csv")
obytes=$(stat -c %s "$TMP/claimtriage-synth-bench.csv")
read -r psec pmbs pbytes < <($PY bench/synth_peer.py 1000000 3 "$TMP/claimtriage-synth-peer.csv")
awk -v o="$ours" -v ob="$obytes" -v p="$psec" -v pm="$pmbs" 'BEGIN {
  printf "1M rows: ours %.3f s (%.1f MB/s), numpy+pandas.to_csv peer %.3f s (%.1f MB/s): %.1fx faster\n", o, ob/1e6/o, p, pm, p/o }'
rm -f "$TMP/claimtriage-synth-bench.csv" "$TMP/claimtriage-synth-peer.csv"

if [ -r "$DATA" ]; then
  "$BIN" synth -q --rows 100000 -o "$TMP/claimtriage-synth-100k.csv"
  echo
  echo "shape: real file vs 100k synthetic rows (seed 42)"
  $PY bench/synth_compare.py "$DATA" "$TMP/claimtriage-synth-100k.csv"
  rm -f "$TMP/claimtriage-synth-100k.csv"
fi
