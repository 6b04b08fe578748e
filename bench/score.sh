#!/usr/bin/env bash
# bench/score.sh — scoring from CSV end to end (parse, featurise, predict,
# contributions, rank, write), ours vs the Python route (bench/score_peer.py),
# on the same rows in the same run, both on one core (taskset -c 0; the
# peer with OMP/OpenBLAS pinned to 1 thread). The model: logistic regression
# fitted on the real file with TF-IDF 1-2-grams and C = 1
# (tests/unit/fit_model.c; the same model as the peer's pipeline), and also
# `train`'s own default model (its grid's choice: presence n-grams on the
# real file). Rows: ROWS synthetic reports. Ours with the
# default reasons (3) and without (--reasons 0), --capacity CAP. Then peak RSS
# of `claimtriage synth --rows BIG | claimtriage score - --capacity 10000` at
# BIG/10 and BIG rows (memory must not grow with the row count). Times:
# wall (ours: the whole process; the peer: from read_csv to the written
# queue) and CPU (user + sys; the peer's process CPU over the same span).
#   bench/score.sh [ROWS] [CAP] [BIG]    defaults 1000000 10000 10000000
# CT_BASE=BINARY (optional): another claimtriage build (say, main's) timed
# in the same rounds, alternating with ours, on both models with the
# default reasons: a before/after on the same machine state.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-1000000}
cap=${2:-10000}
big=${3:-10000000}
data=${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}
make -C "$root" --no-print-directory MODE=release all build/release/tests/fit_model >/dev/null
ct=$root/build/release/claimtriage
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/build/release/tests/fit_model" "$data" "$tmp/m.ctm"
# train's own default model (its default grid: lr, presence or TF-IDF n-grams, chosen on validation)
"$ct" train -q "$data" -m "$tmp/d.ctm" >/dev/null
"$ct" synth --rows "$rows" --seed 11 -o "$tmp/s.csv"
# wall and CPU (user + sys) seconds of one run: "WALL CPU"
secs() { /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.2f\n", $1, $2 + $3}'; }
best() { sort -g | head -1; }
for r in 1 2 3; do
  secs taskset -c 0 "$ct" score "$tmp/s.csv" -m "$tmp/m.ctm" -q --capacity "$cap" -o /dev/null >>"$tmp/ours3"
  secs taskset -c 0 "$ct" score "$tmp/s.csv" -m "$tmp/m.ctm" -q --capacity "$cap" --reasons 0 -o /dev/null >>"$tmp/ours0"
  secs taskset -c 0 "$ct" score "$tmp/s.csv" -m "$tmp/d.ctm" -q --capacity "$cap" -o /dev/null >>"$tmp/oursd"
  if [ -n "${CT_BASE:-}" ]; then
    secs taskset -c 0 "$CT_BASE" score "$tmp/s.csv" -m "$tmp/m.ctm" -q --capacity "$cap" -o /dev/null >>"$tmp/base3"
    secs taskset -c 0 "$CT_BASE" score "$tmp/s.csv" -m "$tmp/d.ctm" -q --capacity "$cap" -o /dev/null >>"$tmp/based"
  fi
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 /usr/bin/python3 "$root/bench/score_peer.py" \
    "$data" "$tmp/s.csv" "$cap" >"$tmp/peer.out"
  echo "$(awk '/^peer_s/ {print $2}' "$tmp/peer.out") $(awk '/^peer_cpu_s/ {print $2}' "$tmp/peer.out")" >>"$tmp/peer"
done
# best of 3 by wall time, and separately by CPU time
o3=$(awk '{print $1}' "$tmp/ours3" | best); o0=$(awk '{print $1}' "$tmp/ours0" | best); p=$(awk '{print $1}' "$tmp/peer" | best)
od=$(awk '{print $1}' "$tmp/oursd" | best); cd_=$(awk '{print $2}' "$tmp/oursd" | best)
c3=$(awk '{print $2}' "$tmp/ours3" | best); c0=$(awk '{print $2}' "$tmp/ours0" | best); pc=$(awk '{print $2}' "$tmp/peer" | best)
echo "score benchmark: $rows synthetic rows, --capacity $cap, one core, best of 3; $(date -u +%FT%RZ), load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-34s %9s %12s %9s %8s %12s %9s\n' route wall_s rows_per_s "peer/ours" cpu_s "rows_per_cpu_s" "peer/ours"
row() { printf '%-34s %9.3f %12.0f %8.1fx %8.2f %12.0f %8.1fx\n' "$1" "$2" "$(echo "$rows / $2" | bc -l)" "$(echo "$p / $2" | bc -l)" "$3" "$(echo "$rows / $3" | bc -l)" "$(echo "$pc / $3" | bc -l)"; }
row "ours, lr, --reasons 3 (default)" "$o3" "$c3"
row "ours, lr, --reasons 0" "$o0" "$c0"
row "ours, train's default model" "$od" "$cd_"
if [ -n "${CT_BASE:-}" ]; then
  row "CT_BASE, lr, --reasons 3" "$(awk '{print $1}' "$tmp/base3" | best)" "$(awk '{print $2}' "$tmp/base3" | best)"
  row "CT_BASE, train's default model" "$(awk '{print $1}' "$tmp/based" | best)" "$(awk '{print $2}' "$tmp/based" | best)"
fi
printf '%-34s %9.3f %12.0f %9s %8.2f %12.0f\n' "python (pandas+sklearn, timed)" "$p" "$(echo "$rows / $p" | bc -l)" "" "$pc" "$(echo "$rows / $pc" | bc -l)"
for n in $((big / 10)) "$big"; do
  m=$( { /usr/bin/time -f '%M %e' bash -c "'$ct' synth --rows $n --seed 12 | '$ct' score - -m '$tmp/m.ctm' -q --capacity 10000 -o /dev/null" ; } 2>&1 | tail -1)
  # GNU time reports the largest RSS of the children: the scorer or synth, whichever is larger
  printf 'stream of %9d rows: peak RSS %6.1f MB (largest process), %s s\n' "$n" "$(echo "${m% *} / 1024" | bc -l)" "${m#* }"
done
