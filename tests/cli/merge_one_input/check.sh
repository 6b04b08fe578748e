# One input file whose report id repeats far apart (a report exported
# twice), cut into two parts: scoring the whole file queues both rows (with
# a note), so merging the parts' queues must too. Without --one-input the
# id in two queues is refused as overlapping shards (exit 1); with it, the
# merged queue is the whole file's, byte for byte. Before 2026-12-02 merge
# had no --one-input and scripts/dask_score.py failed on such a file.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth --rows 600 --seed 8 -o train.csv && $CT synth --rows 300 --seed 9 -o s.csv || exit 1
$FIT train.csv m.ctm || exit 1
# line 201 takes line 11's id
id=$(sed -n 11p s.csv | cut -d, -f3)
awk -F, -v OFS=, -v id="$id" 'NR == 201 { $3 = id } { print }' s.csv >dup.csv
{ head -150 dup.csv; } >part0.csv
{ head -1 dup.csv; tail -n +151 dup.csv; } >part1.csv
for cap in 0 5; do
  $CT score dup.csv -m m.ctm -q --capacity $cap -o one.csv || exit 1
  for i in 0 1; do $CT score part$i.csv -m m.ctm -q --capacity $cap -o q$i.csv || exit 1; done
  $CT merge q0.csv q1.csv --capacity $cap -o out.csv >/dev/null 2>&1
  echo "capacity $cap, without --one-input: exit $?"
  $CT merge q0.csv q1.csv --capacity $cap --one-input -o out.csv 2>err.txt
  echo "capacity $cap, --one-input: exit $?; warning lines: $(grep -c 'in the input' err.txt)"
  cmp out.csv one.csv && echo "capacity $cap: merged parts = the whole file ($(($(wc -l <one.csv) - 1)) rows)"
  rm -f out.csv
done
