#!/usr/bin/env bash
# bench/inspect.sh — our whole `inspect` process against pandas' in-process
# read_csv + describe(), on the real file and on 1M synthetic rows, in the
# same run. Prints medians (hyperfine, whole processes), MB/s, the speed
# ratio and peak RSS.
# Usage: [RUNS=7] [SYN_ROWS=1000000] bench/inspect.sh [BIN]   (default build/release/claimtriage)
#   SYN_ROWS sets the synthetic file's rows (0 skips it): a quick check is
#   `RUNS=3 SYN_ROWS=100000 bench/inspect.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/release/claimtriage}
RUNS=${RUNS:-7}
DATA=${CLAIMTRIAGE_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}
TMP=${TMPDIR:-/tmp}
PY=/usr/bin/python3
SYN_ROWS=${SYN_ROWS:-1000000}
SYN="$TMP/claimtriage-bench-$SYN_ROWS.csv"
SYN_LABEL="$SYN_ROWS synthetic rows"
[ "$SYN_ROWS" = 1000000 ] && SYN_LABEL="1M synthetic rows"

median_of_runs() { # command... -> median wall seconds of RUNS whole-process runs (hyperfine)
  local j
  j=$(mktemp)
  hyperfine -N -w 1 -r "$RUNS" --export-json "$j" "$*" >/dev/null 2>&1
  /usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$j"
  rm -f "$j"
}
peak_rss_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}'; }

row() { # label file
  local label=$1 file=$2
  local bytes ours peer rss
  bytes=$(stat -c %s "$file")
  ours=$(median_of_runs "$BIN" inspect -q --json "$file")
  peer=$($PY bench/inspect_peer.py "$file" "$RUNS")
  rss=$(peak_rss_kb "$BIN" inspect -q --json "$file")
  awk -v l="$label" -v b="$bytes" -v o="$ours" -v p="$peer" -v r="$rss" 'BEGIN {
    printf "%-22s %8.1f MB  ours %7.3f s (%6.0f MB/s)  pandas %7.3f s  ratio %5.1fx  peak RSS %6.1f MB (%.2fx file)\n",
      l, b/1e6, o, b/1e6/o, p, p/o, r/1024, r*1024/b }'
}

echo "inspect benchmark: $RUNS runs each, medians; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores"
if [ -r "$DATA" ]; then
  row "real file" "$DATA"
else
  echo "real file: SKIP (not found at $DATA; set CLAIMTRIAGE_DATA)"
fi
if [ "$SYN_ROWS" = 0 ]; then
  echo "synthetic rows: SKIP (SYN_ROWS=0)"
  exit 0
fi
# made again when the binary is newer (synth may have changed)
if [ ! -s "$SYN" ] || [ "$BIN" -nt "$SYN" ]; then
  "$BIN" synth -q --rows "$SYN_ROWS" --seed 7 -o "$SYN"
fi
row "$SYN_LABEL" "$SYN"
