# A validation set left with one class gets a hint that works: the
# first larger validation share (steps of 0.05) whose split gives it both classes (and
# the training part a fold's worth of each), found by making that split;
# or, when no share can, "label more rows". Before 2026-12-03 the hint
# always said "a larger share (e.g. 0.6,0.2,0.2)", the default itself,
# and to a run given 0.25 it suggested 0.2.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 5 -o s.csv
{ head -1 s.csv; awk -F, 'NR > 1 && $2 == "claim"' s.csv | head -30; awk -F, 'NR > 1 && $2 == "opinion"' s.csv | head -4; } > four.csv
{ head -1 s.csv; awk -F, 'NR > 1 && $2 == "claim"' s.csv | head -18; awk -F, 'NR > 1 && $2 == "opinion"' s.csv | head -2; } > two.csv
echo "== four opinions, validation share 0.05"
$CT train -q --no-audit --folds 2 --holdout 0.75,0.05,0.2 four.csv 2>&1 >/dev/null; echo "exit $?"
echo "== the share the hint gives"
$CT train -q --no-audit --folds 2 --holdout 0.6,0.2,0.2 four.csv >/dev/null 2>&1; echo "exit $?"
echo "== two opinions"
$CT train -q --no-audit --folds 2 two.csv 2>&1 >/dev/null; echo "exit $?"
