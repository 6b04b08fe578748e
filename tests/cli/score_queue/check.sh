# score on a synth sample with a model fitted in the test (tests/unit/fit_model.c):
# --capacity N is the head of the full queue, --no-sort holds the same rows in
# input order, jsonl has one object a row, ranks run 1..n, priorities descend,
# and the bytes do not depend on the thread count.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth --rows 1500 --seed 3 -o $d/train.csv && $CT synth --rows 400 --seed 4 -o $d/s.csv || exit 1
$FIT $d/train.csv $d/m.ctm || exit 1
$CT score $d/s.csv -m $d/m.ctm -q -o $d/all.csv || exit 1
$CT score $d/s.csv -m $d/m.ctm -q --capacity 25 -o $d/top.csv || exit 1
head -26 $d/all.csv | cmp -s - $d/top.csv && echo "capacity 25 = head of the full queue"
echo "rows: $(($(wc -l <$d/all.csv) - 1))"
head -1 $d/all.csv
cut -d, -f1 $d/all.csv | tail -n +2 | awk '$1 != NR {bad=1} END {print (bad ? "ranks broken" : "ranks 1..n")}'
cut -d, -f3 $d/all.csv | tail -n +2 | awk 'NR > 1 && $1 > prev {bad=1} {prev=$1} END {print (bad ? "not sorted" : "priorities descend")}'
$CT score - -m $d/m.ctm -q --no-sort <$d/s.csv >$d/ns.csv || exit 1
cut -d, -f2- $d/ns.csv | sort >$d/a; cut -d, -f2- $d/all.csv | sort >$d/b
cmp -s $d/a $d/b && echo "--no-sort: same rows"
cut -d, -f1 $d/ns.csv | tail -n +2 | sort -u | awk '{print "--no-sort rank: [" $0 "]"}'
$CT score $d/s.csv -m $d/m.ctm -q --format jsonl --reasons 1 --priority prob -o $d/q.jsonl || exit 1
python3 -c "
import json,sys
rows=[json.loads(l) for l in open('$d/q.jsonl')]
print('jsonl rows', len(rows), 'keys', ','.join(rows[0].keys()))
print('jsonl sorted by probability:', all(rows[i]['probability']>=rows[i+1]['probability'] for i in range(len(rows)-1)))
print('one reason each:', all('; ' not in r['reasons'] for r in rows))"
OMP_NUM_THREADS=1 $CT score $d/s.csv -m $d/m.ctm -q -o $d/t1.csv && cmp -s $d/t1.csv $d/all.csv && echo "same bytes with 1 thread"
grep -c 'missing_text' $d/all.csv | awk '{print "rows flagged missing_text:", $1}'
$CT score $d/s.csv -m $d/m.ctm -o $d/x.csv 2>&1 | head -1
