#!/usr/bin/env bash
# trees_ab.sh — an internal A/B of our tree ensembles' speed: bench/trees_bench
# of a git revision (A) against the working tree's (B), run alternately in the
# same minutes on the same rows (the machine's noise falls on both), one
# thread by default. Prints each run's boosting fit CPU seconds and prediction
# rows per CPU second (the 300-round depth-4 model on one thread, from
# features already built), then the medians and the ratios B/A. No peer: for
# the side-by-side with XGBoost and scikit-learn, bench/trees.sh.
#
# usage: bench/trees_ab.sh REV [DESIGN] [RUNS] [THREADS]
#   REV      a git revision for A (e.g. main, HEAD~1, a commit)
#   DESIGN   a (default: the course's 25 columns of the real file), b (the
#            engagement columns of 20k synth --noise 0.3 rows) or c (every
#            feature of the same rows), as in bench/trees.sh
#   RUNS     runs of each side (default 5)
#   THREADS  threads of the fit (default 1; prediction is always one thread)
# Needs the real file for design a ($CLAIMTRIAGE_DATA or ../shared/data).
# Run it as `chrt -f 1 bench/trees_ab.sh main` on a busy machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:?usage: bench/trees_ab.sh REV [DESIGN] [RUNS] [THREADS]}
design=${2:-a}
runs=${3:-5}
threads=${4:-1}
file=${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}
tmp=$(mktemp -d)
cleanup() {
  git -C "$root" worktree remove --force "$tmp/a" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
git -C "$root" worktree add --detach -q "$tmp/a" "$rev"
echo "building A ($rev: $(git -C "$tmp/a" rev-parse --short HEAD)) and B (the working tree)" >&2
make -C "$tmp/a" --no-print-directory -j2 MODE=release build/release/bench/trees_bench >/dev/null
make -C "$root" --no-print-directory -j2 MODE=release all build/release/bench/trees_bench >/dev/null
course=video_duration_sec,video_view_count,video_like_count,video_share_count,video_download_count,video_comment_count,verified_status,author_ban_status,video_transcription_text
case $design in
  a) args=("$file" --features "$course" --ngrams 2,3 --max-ngrams 15) ;;
  b | c)
    "$root/build/release/claimtriage" synth --rows 20000 --noise 0.3 --seed 1 -q -o "$tmp/synth.csv"
    [ "$design" = b ] && args=("$tmp/synth.csv" --features engagement) ||
      args=("$tmp/synth.csv" --features all) ;;
  *) echo "trees_ab.sh: unknown design '$design' (a, b or c)" >&2; exit 2 ;;
esac
for i in $(seq "$runs"); do
  for side in A B; do
    bin=$root/build/release/bench/trees_bench
    [ $side = A ] && bin=$tmp/a/build/release/bench/trees_bench
    "$bin" "${args[@]}" --cv 0 --rf 0 --threads "$threads" |
      awk -v s=$side '/^ours_gbdt/ { for (i = 2; i < NF; i += 2) v[$i] = $(i + 1);
        printf "%s fit_cpu_s %s predict_rows_per_cpu_s %s auc %s\n", s, v["fit_cpu_s"],
               v["predict_rows_per_cpu_s"], v["auc"] }'
  done
done | tee "$tmp/runs"
awk '
  function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { n[$1]++; f[$1, n[$1]] = $3; p[$1, n[$1]] = $5; auc[$1] = $7 }
  END {
    for (s = 0; s < 2; s++) {
      side = s ? "B" : "A"
      for (i = 1; i <= n[side]; i++) { x[i] = f[side, i]; y[i] = p[side, i] }
      mf[side] = median(x, n[side]); mp[side] = median(y, n[side])
      printf "%s median fit_cpu_s %.4f predict_rows_per_cpu_s %.0f auc %s\n", side, mf[side], mp[side], auc[side]
    }
    printf "B/A fit CPU %.3f, prediction rows per CPU second %.3f\n", mf["B"] / mf["A"], mp["B"] / mp["A"]
  }' "$tmp/runs"
