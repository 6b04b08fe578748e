# merge: four shard queues equal the single-process queue byte for byte, with
# and without --capacity, from sorted and from --no-sort shards; a file that
# is not a queue is refused with exit 1.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth --rows 1000 --seed 8 -o $d/train.csv && $CT synth --rows 801 --seed 9 -o $d/s.csv || exit 1
$FIT $d/train.csv $d/m.ctm || exit 1
for i in 0 1 2 3; do
  { head -1 $d/s.csv; tail -n +2 $d/s.csv | awk -v k=$i 'NR % 4 == k'; } >$d/shard$i.csv
  $CT score $d/shard$i.csv -m $d/m.ctm -q --capacity 50 -o $d/q$i.csv || exit 1
  $CT score $d/shard$i.csv -m $d/m.ctm -q -o $d/full$i.csv || exit 1
  $CT score $d/shard$i.csv -m $d/m.ctm -q --no-sort -o $d/ns$i.csv || exit 1
done
$CT score $d/s.csv -m $d/m.ctm -q --capacity 50 -o $d/one50.csv
$CT score $d/s.csv -m $d/m.ctm -q -o $d/one.csv
$CT merge $d/q0.csv $d/q1.csv $d/q2.csv $d/q3.csv --capacity 50 -o $d/m50.csv 2>&1
cmp $d/m50.csv $d/one50.csv && echo "capacity 50: merged = single process"
$CT merge -q $d/full3.csv $d/full1.csv $d/full2.csv $d/full0.csv -o $d/m.csv
cmp $d/m.csv $d/one.csv && echo "all rows: merged = single process"
$CT merge -q $d/ns0.csv $d/ns1.csv $d/ns2.csv $d/ns3.csv >$d/mns.csv
cmp $d/mns.csv $d/one.csv && echo "--no-sort shards: merged = single process"
$CT merge -q $d/s.csv 2>&1 | sed "s|$d/||"; echo "exit ${PIPESTATUS[0]}"
