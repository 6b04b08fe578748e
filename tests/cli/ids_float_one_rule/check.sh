# One rule for ids in score, merge and queue-eval (queue_id.c): an id that
# is a whole number written as a float ("123.0", as pandas writes an integer
# column holding an empty cell) is the id "123". Before 2026-12-03 merge
# refused "123.0" beside "123" as one report, while score and queue-eval
# took them for two (tester 5's ties.csv).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 6 -o train.csv && $CT train -q train.csv -m m.ctm --no-audit >/dev/null || exit 9
$CT synth -q --rows 40 --seed 7 -o s.csv || exit 9
id=$(sed -n 6p s.csv | cut -d, -f3)
awk -F, -v OFS=, -v id="$id" 'NR == 31 { $3 = id ".0" } { print }' s.csv >f.csv
head -21 f.csv >a.csv; { head -1 f.csv; tail -n +22 f.csv; } >b.csv
echo "== score: a repeated id"
$CT score f.csv -m m.ctm -o q.csv 2>&1 | grep -A1 'repeats' | sed "s/$id/ID/g"
echo "== queue-eval: one report, listed again"
$CT queue-eval q.csv --labels f.csv 2>&1 | grep -A1 'listed again'
echo "== merge of the two halves' queues: the shards share a report"
$CT score -q a.csv -m m.ctm -o qa.csv && $CT score -q b.csv -m m.ctm -o qb.csv || exit 9
$CT merge -q qa.csv qb.csv -o m.csv 2>&1 | head -1 | sed "s/$id/ID/g"
echo "== merge --one-input: a repeat kept, as score's queue of the file"
$CT merge -q --one-input qa.csv qb.csv -o m1.csv 2>/dev/null; echo "exit $?"
cmp m1.csv q.csv && echo "= the whole file's queue"
