# scripts/dask_score.py fails as score does: once, before the cluster when
# it can, with a documented exit code (found in tester H's triage,
# 2026-12-04). Before:
# - --local-workers 0 (or -2) hung forever: a LocalCluster of no workers;
# - no claimtriage binary (the default was PATH alone, where the docs'
#   example leaves it) was a traceback per shard, exit 1;
# - a score killed by a signal was "failed, exit -9", status 247;
# - the shards' notes on rows without an id were merged when equal: 3 such
#   rows were noted as 1;
# - the warning's first rejected row named the shard's lines in its cause
#   ("lines 155 to 174 were read as this one record" for 401 to 420), and
#   a mapped line lost the comma after it ("line 420 so a quote");
# - -o - with one shard wrote a file named "-";
# - --reasons 17 or a missing model was refused by every shard after the
#   cluster started; a failed gzip shard was "bytes 0..0" of its full path.
set -u
BIN=${CT##* }
FIT=$(dirname "$BIN")/tests/fit_model
SCRIPT=$PWD/../../../scripts/dask_score.py
DS="/usr/bin/python3 $SCRIPT"
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth --rows 600 --seed 8 -o train.csv -q && $CT synth --rows 400 --seed 9 -o s.csv -q || exit 1
$FIT train.csv m.ctm || exit 1
# dask's and tornado's logs are not the script's output
# (a Python traceback is dropped whole: under load a worker's closed stream
# printed 3.11's code and caret lines, which the patterns alone let through)
# (a log record of dask's is dropped with every line after it up to the
# script's or score's next message: under load a multi-line record left its
# closing ")" behind)
own() {
  awk '/^Traceback|^The above exception/ { tb = 1; next }
       tb && (/^[ \t]/ || /^$/) { next }
       tb { tb = 0; next }
       /distributed\.|tornado/ { lg = 1; next }
       lg && !/^(Try |(dask_score(\.py)?|score|[^ :]+\.(csv|gz|ctm)):)/ { next }
       { lg = 0; print }' err.txt | grep -v '^ \+\(File\|raise\|self\)'
}
ds() { rm -f dask.csv; timeout 300 $DS "$@" 2>err.txt; echo "exit $?"; }
echo "--- no workers"
for n in 0 -2; do
  timeout 60 $DS s.csv -m m.ctm -o dask.csv --shards 2 --local-workers $n --claimtriage "$BIN" 2>err.txt
  echo "exit $?"; tail -1 err.txt
done
echo "--- no claimtriage"
ds s.csv -m m.ctm -o dask.csv --shards 2 --claimtriage ./nosuch/claimtriage; own
ds s.csv -m m.ctm -o dask.csv --shards 2 --claimtriage nosuch-claimtriage; own
# without --claimtriage: the release build of the script's repository, as
# the docs' "On one machine" example runs it; else PATH
mkdir -p repo/scripts repo/build/release bare/scripts
cp "$SCRIPT" repo/scripts/ && cp "$SCRIPT" bare/scripts/ && ln -s "$BIN" repo/build/release/claimtriage
(PATH=/usr/bin:/bin; /usr/bin/python3 repo/scripts/dask_score.py s.csv -m m.ctm -o dask.csv --shards 2 \
  --local-workers 2 2>err.txt; echo "exit $?")
$CT score s.csv -m m.ctm -q -o one.csv && cmp dask.csv one.csv && echo "found next to the script: = score"
(PATH=/nonexistent; /usr/bin/python3 bare/scripts/dask_score.py s.csv -m m.ctm -o dask.csv 2>err.txt
 echo "exit $?")
tr -s '\n ' '  ' <err.txt | sed "s#$d#D#g"; echo
echo "--- score killed by a signal"
printf '#!/bin/sh\ncase " $* " in *" --errors "*) kill -9 $$;; esac\nexec %s "$@"\n' "$BIN" >killed.sh
chmod +x killed.sh
ds s.csv -m m.ctm -o dask.csv --shards 2 --claimtriage ./killed.sh; own
echo "--- rows without an id, one in each of 3 shards"
awk -F, -v OFS=, 'NR == 50 || NR == 150 || NR == 350 { $3 = "" } { print }' s.csv >noid.csv
ds noid.csv -m m.ctm -o dask.csv --shards 4 --claimtriage "$BIN"; own
$CT score noid.csv -m m.ctm -o one.csv 2>one.err
cmp dask.csv one.csv && diff <(own | grep -A1 'without an id') <(grep -A1 'without an id' one.err) &&
  echo "the note is score's"
echo "--- a quote never closed on line 301, in the third of 4 shards"
awk -F, -v OFS=, 'NR == 301 { $5 = "\"" $5 } NR == 305 { $5 = $5 "\" x" } { print }' s.csv >unq.csv
ds unq.csv -m m.ctm -o dask.csv --shards 4 --max-rejected 100% --claimtriage "$BIN"; own
# (score with --errors names the first row's cause in its warning, as
# dask_score does; the bad row and the lines it swallowed are counted alike)
$CT score unq.csv -m m.ctm -o one.csv --max-rejected 100% --errors one.list 2>one.err
cause() { tr -s '\n ' '  ' <"$1" | grep -o 'the first, unq.csv:[^;]*;[^;]*;' | head -1; }
count() { tr -s '\n ' '  ' <"$1" | grep -o 'warning: [0-9,]* bad rows\? of [^)]*)' | head -1; }
cmp dask.csv one.csv && [ "$(cause err.txt)" = "$(cause one.err)" ] && [ -n "$(cause err.txt)" ] &&
  echo "the first row's cause is score's"
[ -n "$(count err.txt)" ] && [ "$(count err.txt)" = "$(count one.err)" ] &&
  echo "the bad row and its lines are counted as score counts them: $(count one.err)"
echo "--- -o -: standard output"
$CT score s.csv -m m.ctm -q --capacity 5 -o one.csv
for n in 1 2; do
  timeout 300 $DS s.csv -m m.ctm -o - --shards $n --capacity 5 --claimtriage "$BIN" >out.csv 2>err.txt
  echo "exit $?"; own; cmp out.csv one.csv && echo "$n shard(s): the queue on standard output = score"
done
ls -- - 2>/dev/null
echo "--- refused before the cluster, once"
ds s.csv -m m.ctm -o dask.csv --shards 3 --reasons 17 --claimtriage "$BIN"; own
ds s.csv -m nomodel.ctm -o dask.csv --shards 3 --claimtriage "$BIN"; own
ds s.csv -m m.ctm -o dask.csv --shards 3 --views Views --claimtriage "$BIN"; own
gzip -c s.csv | head -c 3000 >cut.csv.gz
ds cut.csv.gz -m m.ctm -o dask.csv --claimtriage "$BIN" -q; own
exit 0
