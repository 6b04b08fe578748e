# scripts/dask_score.py on one file whose report id repeats far apart: the
# byte-range shards put the two rows in two shard queues, and the merge
# takes them as parts of one input (merge --one-input), as scoring the file
# in one process does. Before 2026-12-02 the run failed (exit 1): merge
# refused "id ... is in shard0000.csv and in shard0002.csv", naming
# temporary files, and nothing was written.
set -u
BIN=${CT##* }
FIT=$(dirname "$BIN")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth --rows 600 --seed 8 -o train.csv && $CT synth --rows 300 --seed 9 -o s.csv || exit 1
$FIT train.csv m.ctm || exit 1
id=$(sed -n 11p s.csv | cut -d, -f3)
awk -F, -v OFS=, -v id="$id" 'NR == 281 { $3 = id } { print }' s.csv >dup.csv
/usr/bin/python3 "$OLDPWD/../../../scripts/dask_score.py" dup.csv -m m.ctm -o dask.csv --shards 3 \
  --local-workers 2 --claimtriage "$BIN" 2>err.txt
echo "exit $?"
$CT score dup.csv -m m.ctm -q -o one.csv || exit 1
cmp dask.csv one.csv && echo "Dask 3 shards = single process ($(($(wc -l <one.csv) - 1)) rows, one id twice)"
