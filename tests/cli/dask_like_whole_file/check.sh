# scripts/dask_score.py gives what `claimtriage score` gives on the whole
# file, where shards used to differ (found in tester 5's triage, 2026-12-03):
# a quote inside an unquoted field is a literal to score's reader, and was a
# quote opening to the shard planner, which then cut records with a line
# break in their quoted transcript (2,997 of 3,000 rows, exit 0);
# --max-rejected was applied per shard (a run score passes failed) and its
# warning named "-:434" instead of the file's line; a .gz input failed as a
# "cut short" gzip; a header-only input leaked merge's usage error; score's
# notes were hidden (shards ran with -q) and a missing model was exit 1.
# (2026-12-04, tester J) the stop message's cause: the fault most rejected
# rows share, summed over the shards.
set -u
BIN=${CT##* }
FIT=$(dirname "$BIN")/tests/fit_model
DS="/usr/bin/python3 $PWD/../../../scripts/dask_score.py"
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth --rows 600 --seed 8 -o train.csv && $CT synth --rows 400 --seed 9 -o s.csv || exit 1
$FIT train.csv m.ctm || exit 1
# row 20: a stray quote in an unquoted transcript; rows 21 on: a line break
# inside the quoted transcript; 30 malformed lines after row 300
/usr/bin/python3 - <<'PY' || exit 1
import csv
rows = list(csv.reader(open("s.csv", newline="")))
out = open("stray.csv", "w", newline="")
w = csv.writer(out, lineterminator="\n")
w.writerow(rows[0])
for i, r in enumerate(rows[1:], 1):
    if i == 20:
        out.write(",".join(r[:4] + ['a 5" screen'] + r[5:]) + "\n")
        continue
    if i > 20:
        r[4] = r[4] + "\nsecond line"
    w.writerow(r)
    if i == 300:
        out.write("x,claim,55N,5\n" * 30)
PY
ds() { rm -f dask.csv; $DS "$@" --local-workers 2 --claimtriage "$BIN" 2>err.txt; echo "exit $?"; }
whole() { rm -f one.csv; $CT score "$@" -o one.csv 2>one.err; }
ds stray.csv -m m.ctm -o dask.csv --shards 4
whole stray.csv -m m.ctm
cmp dask.csv one.csv && echo "stray quote, line breaks, 30 bad rows: 4 shards = score ($(grep -c '^[0-9]*,' one.csv) rows)"
# the warning names the file's line, as score's does
a=$(tr -s '\n ' '  ' <err.txt | grep -o 'the first, stray.csv:[0-9]*' | head -1)
b=$(tr -s '\n ' '  ' <one.err | grep -o 'the first, stray.csv:[0-9]*' | head -1)
echo "dask: $a; score: $b"
grep -c '^stray.csv:[0-9]*: expected 12 fields' err.txt
rm -f dask.csv
ds stray.csv -m m.ctm -o dask.csv --shards 4 --max-rejected 20
tr -s '\n ' '  ' <err.txt | grep -o 'more than --max-rejected=20 allows (20 rows): no queue written'
[ -e dask.csv ] || echo "no queue"
# the cause as score gives it: 30 of 430 rows have each their own cause
# (before 2026-12-04 the driver blamed the delimiter or schema, as score did)
whole stray.csv -m m.ctm --max-rejected 20
a=$(tr -s '\n ' '  ' <err.txt | grep -o 'no queue written. [^;]*;')
b=$(tr -s '\n ' '  ' <one.err | grep -o 'no queue written. [^;]*;')
[ -n "$a" ] && [ "$a" = "$b" ] && echo "cause = score's: $a"
# rows that share one fault are told that fault, summed over the shards
# (rows.rejected_kinds), as score tells it: before 2026-12-04 view counts
# written '1,251' were blamed on another delimiter or schema
/usr/bin/python3 - <<'PY' || exit 1
import csv
rows = list(csv.reader(open("s.csv", newline="")))
v = rows[0].index("video_view_count")
w = csv.writer(open("thousands.csv", "w", newline=""), lineterminator="\n")
w.writerow(rows[0])
for r in rows[1:]:
    if r[v] and float(r[v]) >= 1000:
        r[v] = "{:,}".format(int(float(r[v])))
    w.writerow(r)
PY
ds thousands.csv -m m.ctm -o dask.csv --shards 3
whole thousands.csv -m m.ctm
a=$(tr -s '\n ' '  ' <err.txt | grep -o 'no queue written. [^;]*;')
b=$(tr -s '\n ' '  ' <one.err | grep -o 'no queue written. [^;]*;')
[ -n "$a" ] && [ "$a" = "$b" ] && echo "shared fault = score's: $a"
gzip -k stray.csv
ds stray.csv.gz -m m.ctm -o dask.csv --shards 3
whole stray.csv -m m.ctm
cmp dask.csv one.csv && echo "gzip input: = score"
head -1 s.csv >hdr.csv
ds hdr.csv -m m.ctm -o dask.csv --shards 2
whole hdr.csv -m m.ctm
cmp dask.csv one.csv && echo "header only: = score ($(wc -l <dask.csv) line)"
# a model of the transcript alone, a file whose views are named otherwise:
# score's note (once, naming the file) and --views given to every shard
$CT train train.csv --features text -m mt.ctm -q >/dev/null || exit 1
sed '1s/video_view_count/Views/' s.csv >v.csv
ds v.csv -m mt.ctm -o dask.csv --shards 2
grep -c "^score: note: no 'video_view_count' column" err.txt
ds v.csv -m mt.ctm -o dask.csv --shards 2 --views Views --capacity 50
whole v.csv -m mt.ctm --views Views --capacity 50
cmp dask.csv one.csv && echo "--views: = score"
head -3 one.csv | cut -d, -f1-3
ds s.csv -m m.ctm -o dask.csv --shards 2 --views video_views
grep -c "not in the file" err.txt
ds s.csv -m nomodel.ctm -o dask.csv --shards 2
grep -c 'nomodel.ctm' err.txt
exit 0
