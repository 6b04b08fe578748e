# merge refuses what would be a meaningless queue (a fresh tester's finds):
# queues of different --priority, an id in two files, the same file twice
# (by one name or two, a FIFO too: refused before reading, exit 2),
# a JSONL queue; notes equal-size shards merged without --capacity and ids
# repeated inside one queue. Nothing is written when it refuses.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d" # relative names: messages wrap the same wherever the test runs
$CT synth --rows 1000 --seed 8 -o train.csv && $CT synth --rows 400 --seed 9 -o s.csv || exit 1
$FIT train.csv m.ctm || exit 1
for i in 0 1; do
  { head -1 s.csv; tail -n +2 s.csv | awk -v k=$i 'NR % 2 == k'; } >shard$i.csv
  $CT score shard$i.csv -m m.ctm -q -o q$i.csv || exit 1
  $CT score shard$i.csv -m m.ctm -q --capacity 50 -o c$i.csv || exit 1
done
$CT score shard1.csv -m m.ctm -q --priority prob -o p1.csv || exit 1
$CT score shard1.csv -m m.ctm -q --format jsonl -o j1.jsonl || exit 1
run() { "$@" -o out.csv 2>&1 | cat; echo "exit ${PIPESTATUS[0]}, output written: $([ -e out.csv ] && echo yes || echo no)"; rm -f out.csv; }
echo "== reach + prob"; run $CT merge q0.csv p1.csv
echo "== the same file twice"; run $CT merge q0.csv q0.csv
ln -s q0.csv link.csv
echo "== the same file by two names"; run $CT merge ./q0.csv link.csv
mkfifo ff # read twice, it waited forever for a second writer
echo "== a FIFO named twice"; run timeout 20 $CT merge ff ff

$CT score s.csv -m m.ctm -q -o all.csv
echo "== overlapping shards"; run $CT merge q1.csv all.csv
echo "== a JSONL queue"; run $CT merge q0.csv j1.jsonl
echo "== --capacity 50 shards merged without --capacity"; run $CT merge c0.csv c1.csv
# the last row again, ranked after it as score ranks a report the input
# holds twice (a copy with its rank is refused: tests/cli/merge_ranks_checked)
{ cat q0.csv; tail -n 1 q0.csv | sed "s/^[0-9]*/$(wc -l < q0.csv)/"; } >dup.csv
echo "== an id twice in one queue"; run $CT merge -q dup.csv
echo "== prob shards merge"; $CT score shard0.csv -m m.ctm -q --priority prob -o p0.csv
run $CT merge -q p0.csv p1.csv
