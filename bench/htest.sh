#!/usr/bin/env bash
# bench/htest.sh — `claimtriage test` beside scipy 1.10 (Debian python3-scipy):
#   1. agreement: every statistic of the default run on the real file, ours
#      (--json) vs scipy on df.dropna(), relative difference per line;
#   2. timing: whole processes (median of RUNS), and the tests alone
#      in-process (after loading; median of RUNS) for both tools, on the real
#      file and on N synthetic rows (claimtriage synth).
# usage: bench/htest.sh [DATA.csv]   (env: BUILD=build/htest RUNS=11 N=1000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=${1:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
BUILD=${BUILD:-build/htest}
RUNS=${RUNS:-11}
N=${N:-1000000}
py=/usr/bin/python3
# the in-process timer of our tests (frame loaded once, outside the clock) is
# bench/htest_bench.c, linked by the Makefile with every library the archive needs
make --no-print-directory BUILD="$BUILD" MODE=release all "$BUILD/release/bench/htest_bench" >/dev/null
ct="$BUILD/release/claimtriage"
ct_tests="$BUILD/release/bench/htest_bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== agreement on $data (default run: views by verified status; claim status x ban, x verified)"
"$ct" test -q --json "$data" >"$tmp/ours.json"
agree=0
"$py" bench/htest_peer.py "$data" "$tmp/ours.json" || { echo "AGREEMENT FAILED"; agree=1; }

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { # median wall seconds of RUNS runs of "$@"
  for _ in $(seq "$RUNS"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
  done | median
}

cat >"$tmp/p.py" <<'PY'
import sys, time, importlib.util
spec = importlib.util.spec_from_file_location("peer", "bench/htest_peer.py")
peer = importlib.util.module_from_spec(spec); spec.loader.exec_module(peer)
import pandas as pd
df = pd.read_csv(sys.argv[1]); runs = int(sys.argv[2]); ts = []
for _ in range(runs):
    t0 = time.perf_counter(); peer.scipy_all(df); ts.append(time.perf_counter() - t0)
print(f"{1e3 * sorted(ts)[runs // 2]:.3f}")
PY
cat >"$tmp/w.py" <<'PY'
import sys, importlib.util
spec = importlib.util.spec_from_file_location("peer", "bench/htest_peer.py")
peer = importlib.util.module_from_spec(spec); spec.loader.exec_module(peer)
import pandas as pd
peer.scipy_all(pd.read_csv(sys.argv[1]))
PY

big="$tmp/synth_$N.csv"
"$ct" synth -q --rows "$N" -o "$big"
printf '\n== timing (median of %s runs; ms)\n' "$RUNS"
printf '%-34s %14s %14s %8s\n' "what" "claimtriage" "scipy 1.10" "ratio"
for f in "$data" "$big"; do
  name=$([ "$f" = "$data" ] && echo "real file ($(($(wc -l <"$f") - 1)) rows)" || echo "synthetic $N rows")
  a=$("$ct_tests" "$f" "$RUNS"); b=$("$py" "$tmp/p.py" "$f" "$RUNS")
  printf '%-34s %14s %14s %7.1fx\n' "tests only, $name" "$a" "$b" "$(echo "$b / $a" | bc -l)"
  a=$(wall "$ct" test -q --json "$f"); b=$(wall "$py" "$tmp/w.py" "$f")
  a=$(echo "$a * 1000" | bc -l); b=$(echo "$b * 1000" | bc -l)
  printf '%-34s %14.1f %14.1f %7.1fx\n' "whole process, $name" "$a" "$b" "$(echo "$b / $a" | bc -l)"
done
# a disagreement with scipy fails the script (and make bench) after the timings
exit "$agree"
