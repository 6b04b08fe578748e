# scripts/dask_score.py when a Dask worker dies mid-task (found in tester
# H's triage, 2026-12-04): Dask runs the task again on a new worker and the
# queue is score's; the dead worker's `claimtriage score` dies with it and
# its temporary folder (a queue of report ids) goes with the worker's own
# folder. Before, the score went on to the end as an orphan of init, on a
# shared machine, and /tmp kept a dask_score_* folder with its queue.
set -u
BIN=${CT##* }
FIT=$(dirname "$BIN")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth --rows 600 --seed 8 -o train.csv -q && $CT synth --rows 400 --seed 9 -o s.csv -q || exit 1
$FIT train.csv m.ctm || exit 1
# the first shard's score kills its worker (kill -9), then goes on as an
# orphan would, and says so if it lives 3 seconds; the retry scores
cat >dies.sh <<EOF
#!/bin/sh
case " \$* " in *" --errors "*)
  if mkdir $d/first 2>/dev/null; then kill -9 \$PPID; sleep 3; touch $d/orphan_lived; exit 0; fi;;
esac
exec $BIN "\$@"
EOF
chmod +x dies.sh
mkdir tmp
TMPDIR=$d/tmp timeout 600 /usr/bin/python3 "$OLDPWD/../../../scripts/dask_score.py" s.csv -m m.ctm \
  -o dask.csv --shards 2 --local-workers 2 --claimtriage ./dies.sh 2>err.txt
echo "exit $?"
grep '^dask_score:' err.txt
[ -d first ] && echo "a worker was killed"
$CT score s.csv -m m.ctm -q -o one.csv || exit 1
cmp dask.csv one.csv && echo "the queue is score's"
sleep 4
[ -e orphan_lived ] && echo "the killed worker's score lived on"
echo "temporary folders left: $(find tmp -name 'dask_score_*' | wc -l)"
exit 0
