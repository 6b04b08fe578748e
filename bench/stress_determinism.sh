#!/usr/bin/env bash
# bench/stress_determinism.sh — MANUAL (minutes to hours; not in CI, whose
# sample is tests/cli/threads_identical_families). Issues 12 and 13: for one
# input and seed, `train` with --threads 1 and with --threads T (default 2)
# gives the same model (files differ only in the reproducibility block's
# threads and command line, and the crc32 covering them), the same text,
# --json (but for that block) and stderr, and a second --threads 1 run the
# same bytes; `evaluate` (text, --json, --predictions), `score` (queue, --json,
# --priority prob --reasons 5) and `queue-eval` (text, --json) on another
# file give the same bytes whatever T. Also: no exit >= 3, no "nan"/"inf"
# printed, no sanitizer report (CTBIN=build/asan/claimtriage).
#   bench/stress_determinism.sh                      the built-in matrix below
#   bench/stress_determinism.sh CASES                one case a line:
#     NAME|TRAIN_FILE|OTHER_FILE|train options (a --grid value without spaces)
# One line per case, OK or FAIL with what differs; the outputs stay in
# $OUT (default a temporary folder, removed unless KEEP=1).
# The 2026-12-07 run (fix-bf; its /tmp form of this script): 88 train
# configurations (lr, gbdt, rf, auto; --features all/text/engagement/lists;
# calibrations; --target-recall, --cost-ratio; --holdout none; --folds
# 2/3/10; subsample, colsample_bytree, colsample_bynode, early stopping,
# max_features, max_samples; synth 300 to 100,000 rows, noise 0/0.3/0.5; the
# reports file and random subsets; 2% claims; constant and mostly blank
# columns; empty transcripts), 16 of them on the asan build and 4 with
# --threads 7, and `run` on 10 inputs: all identical.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ct=${CTBIN:-$root/build/release/claimtriage}
T=${T:-2}
out=${OUT:-$(mktemp -d)}
[ "${KEEP:-0}" = 1 ] || [ -n "${OUT:-}" ] || trap 'rm -rf "$out"' EXIT
if [ $# -gt 0 ]; then
  [ -r "$1" ] || { echo "stress_determinism.sh: cannot read the case file $1" >&2; exit 2; }
  set -- "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi
mkdir -p "$out" && cd "$out" || exit 3
if [ $# -eq 0 ]; then
  $ct synth -q --rows 2000 --noise 0.3 --seed 7 -o s.csv
  $ct synth -q --rows 2000 --noise 0.5 --seed 11 -o s5.csv
  $ct synth -q --rows 800 --noise 0.3 --seed 99 -o o.csv
  # 2% claims; video_like_count blank in most rows, the transcript in most
  # (NF == 12: rows whose transcript holds no comma, so the fields are
  # where awk splits them)
  awk -F, -v OFS=, 'NR == 1 || $2 != "claim" || NR % 50 == 0' s.csv >imb.csv
  awk -F, -v OFS=, 'NR > 1 && NR % 20 != 0 && NF == 12 { $9 = "" } 1' s.csv >blank.csv
  awk -F, -v OFS=, 'NR > 1 && NR % 10 != 0 && NF == 12 { $5 = "" } 1' s.csv >notext.csv
  cat >cases.txt <<'EOF'
lr|s.csv|o.csv|--model lr
lr_text_platt|s.csv|o.csv|--model lr --features text --calibration platt --target-recall 0.95
lr_eng_none|s5.csv|o.csv|--model lr --features engagement --calibration none --cost-ratio 5
lr_holdout_none|s.csv|o.csv|--model lr --holdout none
gbdt|s.csv|o.csv|--model gbdt
gbdt_sub_es|s5.csv|o.csv|--model gbdt --grid n_estimators=60;subsample=0.7;colsample_bytree=0.5 --early-stopping 5
gbdt_bynode|s.csv|o.csv|--model gbdt --grid n_estimators=40;colsample_bynode=0.3;subsample=0.5 --folds 3
rf|s.csv|o.csv|--model rf
rf_ms_oob|s5.csv|o.csv|--model rf --grid n_estimators=40;max_depth=12;max_features=0.3;max_samples=0.5 --oob-score
auto|s5.csv|o.csv|--model auto --folds 3
imb_lr|imb.csv|o.csv|--model lr
imb_gbdt|imb.csv|o.csv|--model gbdt --target-recall 0.9
imb_rf|imb.csv|o.csv|--model rf --folds 10
blank_gbdt|blank.csv|o.csv|--model gbdt
notext_auto|notext.csv|o.csv|--model auto --folds 2
EOF
  set -- cases.txt
fi
strip() { grep -v -e '"threads":' -e '"command_line":' -e '"crc32":' "$1"; }
nanre='(^|[^a-z])(-?nan|-?inf(inity)?)([^a-z]|$)'
status=0
while IFS="|" read -r -u 3 name train other opts; do
  [ -z "$name" ] || [ "${name:0:1}" = '#' ] && continue
  read -ra o <<<"$opts"
  d=$out/$name
  rm -rf "$d"
  mkdir -p "$d/a" "$d/b" "$d/c"
  for x in a:1 b:$T c:1; do
    dir=$d/${x%%:*} t=${x##*:}
    (
      cd "$dir" || exit 3
      src() { case $1 in /*) echo "$1" ;; *) echo "$out/$1" ;; esac; }
      tr=$(src "$train") ev=$(src "$other")
      $ct train "$tr" --threads "$t" -m m.ctm "${o[@]}" >train.txt 2>train.err
      echo "train $?" >rc
      $ct train -q "$tr" --threads "$t" --json "${o[@]}" >train.json 2>trainj.err
      echo "train-json $?" >>rc
      [ -f m.ctm ] || exit 0
      $ct evaluate "$ev" -m m.ctm --threads "$t" --predictions p.csv >eval.txt 2>eval.err
      echo "evaluate $?" >>rc
      $ct evaluate -q "$ev" -m m.ctm --threads "$t" --json >eval.json 2>>eval.err
      echo "evaluate-json $?" >>rc
      $ct score "$ev" -m m.ctm --threads "$t" -o q.csv --json >score.json 2>score.err
      echo "score $?" >>rc
      $ct score "$ev" -m m.ctm --threads "$t" --priority prob --reasons 5 -o qp.csv 2>>score.err
      echo "score-prob $?" >>rc
      $ct queue-eval q.csv --labels "$ev" >qe.txt 2>qe.err
      echo "queue-eval $?" >>rc
      $ct queue-eval q.csv --labels "$ev" --json >qe.json 2>>qe.err
      echo "queue-eval-json $?" >>rc
    )
  done
  bad=()
  for f in rc train.txt train.err trainj.err eval.txt eval.err p.csv score.err q.csv qp.csv \
    qe.txt qe.err qe.json; do
    [ -e "$d/a/$f" ] || continue
    cmp -s "$d/a/$f" "$d/b/$f" || bad+=("threads:$f")
    cmp -s "$d/a/$f" "$d/c/$f" || bad+=("repeat:$f")
  done
  for f in m.ctm train.json eval.json score.json; do
    [ -e "$d/a/$f" ] || continue
    cmp -s <(strip "$d/a/$f") <(strip "$d/b/$f") || bad+=("threads:$f")
    cmp -s "$d/a/$f" "$d/c/$f" || bad+=("repeat:$f")
  done
  awk '$2 >= 3 { exit 1 }' "$d/a/rc" || bad+=("exit>=3:$(awk '$2 >= 3 { print $1 }' "$d/a/rc" | tr '\n' ' ')")
  for f in "$d"/a/*.txt "$d"/a/*.err "$d"/a/*.json; do
    grep -qiE "$nanre" "$f" && bad+=("nan/inf:$(basename "$f")")
    grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' "$f" && bad+=("sanitizer:$(basename "$f")")
  done
  if [ ${#bad[@]} -eq 0 ]; then
    echo "OK   $name ($(tr '\n' ' ' <"$d/a/rc" | sed 's/ $//'))"
  else
    echo "FAIL $name: ${bad[*]}"
    status=1
  fi
done 3<"$1"
exit $status
