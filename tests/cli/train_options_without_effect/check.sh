# Options that would change nothing are refused (exit 2), as train's other
# dropped requests are: --folds and --metric with --holdout none (no
# cross-validation runs), --select-tolerance without --model auto (no
# families are compared). Before 2026-12-03 they were taken without a word.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 5 -o s.csv
for a in "--holdout none --folds 3" "--holdout none --metric logloss" "--model lr --select-tolerance 0.1" "--model auto --select-tolerance 0.1 --holdout none"; do
  echo "== train $a"
  $CT train -q --no-audit $a s.csv 2>&1 >/dev/null | sed -n 1,2p; echo "exit ${PIPESTATUS[0]}"
done
echo "== train --model auto --select-tolerance 0.1 (taken)"
$CT train -q --no-audit --model auto --select-tolerance 0.1 s.csv >/dev/null 2>&1; echo "exit $?"
