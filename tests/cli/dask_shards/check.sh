# scripts/dask_score.py on a Dask LocalCluster of 2 worker processes on
# 127.0.0.1: four record-aligned byte ranges of the real file scored by
# workers (claimtriage score --capacity N), merged by claimtriage merge; the
# result equals the single-process queue byte for byte, bounded and not.
set -u
BIN=${CT##* }
FIT=$(dirname "$BIN")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$FIT "$CLAIMTRIAGE_DATA" $d/m.ctm || exit 1
for cap in 1000 0; do
  /usr/bin/python3 ../../../scripts/dask_score.py "$CLAIMTRIAGE_DATA" -m $d/m.ctm -o $d/dask.csv \
    --shards 4 --capacity $cap --local-workers 2 --claimtriage "$BIN" 2>$d/err || { cat $d/err; exit 1; }
  # our script's own lines beyond its banner; dask's and tornado's logs (a
  # StreamClosedError traceback when the cluster shuts down, seen once on a
  # busy machine) are not the tool's output: the exit status and the byte
  # comparison below judge the run
  grep '^dask_score:' $d/err | grep -v '^dask_score: 4 shards on a LocalCluster of 2 workers' | head -5
  $CT score "$CLAIMTRIAGE_DATA" -m $d/m.ctm -q --capacity $cap -o $d/one.csv || exit 1
  cmp $d/dask.csv $d/one.csv && echo "capacity $cap: Dask 4 shards = single process ($(($(wc -l <$d/one.csv) - 1)) rows)"
done
