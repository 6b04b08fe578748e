set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# --id naming a column the file lacks, in score, evaluate and queue-eval: the hint lists the
# file's columns (or says "did you mean"), where before 2026-12-07 it told the user to name the
# id column with --id=COL, as they had, and score's letter-case slip blamed the training file
$CT synth -q --rows 200 --seed 4 -o s.csv
$CT train -q s.csv -m m.ctm > /dev/null
$CT score -q s.csv -m m.ctm --id vid_id -o q.csv; echo "score, a typo: exit $?"
echo "no queue left: $([ -e q.csv ] && echo no || echo yes)"
$CT score -q s.csv -m m.ctm --id Video_ID -o q.csv; echo "score, letter case: exit $?"
$CT evaluate -q s.csv -m m.ctm --id vid_id > /dev/null; echo "evaluate: exit $?"
$CT score -q s.csv -m m.ctm -o q.csv
$CT queue-eval -q q.csv --labels s.csv --id vid > /dev/null; echo "queue-eval: exit $?"
