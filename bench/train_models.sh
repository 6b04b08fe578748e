#!/usr/bin/env bash
# bench/train_models.sh — the whole `claimtriage train` on the reports file
# as a process, per model family (issue 13): the default (lr), --model rf,
# --model gbdt and --model auto, each with its default grid (docs/train.md),
# REPEATS runs each, interleaved; wall and CPU seconds and peak RSS from
# /usr/bin/time, and the best wall of each. Release build, threads: all.
#   bench/train_models.sh [FILE] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
reps=${2:-3}
ct=$root/build/release/claimtriage
make -C "$root" --no-print-directory MODE=release all >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$reps"); do
  for m in lr rf gbdt auto; do
    /usr/bin/time -f "$m %e %U %S %M" -a -o "$tmp/times" \
      "$ct" train -q "$file" --model $m -m "$tmp/$m.ctm" >/dev/null
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %10s %10s %10s %10s\n' model "best wall" "median wall" "CPU (best)" "peak MB"
for m in lr rf gbdt auto; do
  grep "^$m " "$tmp/times" | sort -k2,2n | awk -v m=$m '{w[NR]=$2; c[NR]=$3+$4; r[NR]=$5}
    END{printf "%-5s %9.2fs %10.2fs %9.2fs %10.0f\n", m, w[1], w[int((NR+1)/2)], c[1], r[1]/1024}'
done
