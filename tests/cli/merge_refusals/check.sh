# merge refuses what would be a meaningless queue (a fresh tester's finds):
# queues of different --priority, an id in two files, the same file twice,
# a JSONL queue; notes equal-size shards merged without --capacity and ids
# repeated inside one queue. Nothing is written when it refuses.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth --rows 1000 --seed 8 -o $d/train.csv && $CT synth --rows 400 --seed 9 -o $d/s.csv || exit 1
$FIT $d/train.csv $d/m.ctm || exit 1
for i in 0 1; do
  { head -1 $d/s.csv; tail -n +2 $d/s.csv | awk -v k=$i 'NR % 2 == k'; } >$d/shard$i.csv
  $CT score $d/shard$i.csv -m $d/m.ctm -q -o $d/q$i.csv || exit 1
  $CT score $d/shard$i.csv -m $d/m.ctm -q --capacity 50 -o $d/c$i.csv || exit 1
done
$CT score $d/shard1.csv -m $d/m.ctm -q --priority prob -o $d/p1.csv || exit 1
$CT score $d/shard1.csv -m $d/m.ctm -q --format jsonl -o $d/j1.jsonl || exit 1
run() { "$@" -o $d/out.csv 2>&1 | sed "s|$d/||g"; echo "exit ${PIPESTATUS[0]}, output written: $([ -e $d/out.csv ] && echo yes || echo no)"; rm -f $d/out.csv; }
echo "== reach + prob"; run $CT merge $d/q0.csv $d/p1.csv
echo "== the same file twice"; run $CT merge $d/q0.csv $d/q0.csv

$CT score $d/s.csv -m $d/m.ctm -q -o $d/all.csv
echo "== overlapping shards"; run $CT merge $d/q1.csv $d/all.csv
echo "== a JSONL queue"; run $CT merge $d/q0.csv $d/j1.jsonl
echo "== --capacity 50 shards merged without --capacity"; run $CT merge $d/c0.csv $d/c1.csv
{ cat $d/q0.csv; tail -n 1 $d/q0.csv; } >$d/dup.csv
echo "== an id twice in one queue"; run $CT merge -q $d/dup.csv
echo "== prob shards merge"; $CT score $d/shard0.csv -m $d/m.ctm -q --priority prob -o $d/p0.csv
run $CT merge -q $d/p0.csv $d/p1.csv
