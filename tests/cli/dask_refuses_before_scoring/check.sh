# scripts/dask_score.py refuses, before scoring, what score and merge
# refuse (exit 2): -o naming an INPUT or the model (the same file by device
# and inode: a link too), and one INPUT given twice (by any name); and an
# -o in a folder that does not exist (exit 3, merge's message). Before
# 2026-12-04 `-o victim.csv` wrote the queue over the input victim.csv
# (exit 0, the reports lost), the same input twice failed in merge naming
# temporary shard files, and one shard's queue (or a .gz input's) was
# moved into the missing folder with a Python traceback (exit 1).
set -u
BIN=${CT##* }
DS="/usr/bin/python3 $PWD/../../../scripts/dask_score.py"
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 50 --seed 9 -o victim.csv && cp victim.csv keep.csv && echo '{}' >m.ctm || exit 9
ln -s victim.csv link.csv
gzip -k victim.csv
run() { $DS "$@" --claimtriage "$BIN" -q 2>&1; echo "exit $?"; }
run victim.csv --shards 2 -m m.ctm -o victim.csv
run victim.csv --shards 2 -m m.ctm -o link.csv
run victim.csv --shards 2 -m m.ctm -o ./m.ctm
run victim.csv link.csv -m m.ctm -o q.csv
run victim.csv --shards 1 -m m.ctm -o nodir/q.csv
run victim.csv.gz -m m.ctm -o nodir/q.csv
cmp victim.csv keep.csv && echo "the input is whole"
ls
