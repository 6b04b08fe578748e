# six labelled rows, three of each class: the training part is too small for
# 5 folds; the message names both classes by their labels and the hint
# names --holdout none, which runs (before 2026-12-04 "of the other class"
# and --folds alone, which met two more refusals)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
{ head -1 s.csv; grep ',claim,' s.csv | head -3; grep ',opinion,' s.csv | head -3; } > tiny6.csv
$CT train tiny6.csv -m m.ctm -q 2>&1
echo "exit $?"
$CT train tiny6.csv -m m.ctm -q --holdout none >/dev/null
echo "--holdout none: exit $?"
