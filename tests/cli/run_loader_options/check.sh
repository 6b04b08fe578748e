# run takes FILE's loader options (--delimiter, --on-bad-row, --na-values,
# --no-schema) and passes them to every stage that reads FILE, queue-eval's
# --labels included: a ';' file, whose inspect hint says --delimiter=';', and
# a file with a malformed row, whose hint says --on-bad-row=skip, both run to
# the report. demo writes its own sample: the options are refused there.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 3 -o s.csv
python3 -c '
import csv, sys
rows = list(csv.reader(open("s.csv", newline="")))
csv.writer(open("semi.csv", "w", newline=""), delimiter=";", lineterminator="\n").writerows(rows)
with open("bad.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerows(rows[:1500])
    f.write("1,claim,123,abc,hello,verified,active,1,2,3,4,5\n")
    w.writerows(rows[1500:])'
$CT run -q semi.csv -o a >/dev/null 2>err; echo "semicolons, no --delimiter: exit $?"
grep -o "hint: read it with ';' as the delimiter (--delimiter=';')" err
$CT run -q semi.csv -o b --delimiter=';' >/dev/null; echo "semicolons, --delimiter=';': exit $?"
python3 -c '
import json
m = json.load(open("b/manifest.json"))
print(m["status"], [s["name"] for s in m["stages"] if "--delimiter=;" in s["command"]])'
$CT run -q bad.csv -o c >/dev/null 2>&1; echo "a bad row: exit $?"
$CT run -q bad.csv -o e --on-bad-row=skip >/dev/null; echo "a bad row, --on-bad-row=skip: exit $?"
python3 -c '
import json
m = json.load(open("e/manifest.json"))
print(m["status"], [s["name"] for s in m["stages"] if "--on-bad-row=skip" in s["command"]])
print("rows", m["input"]["rows_read"], m["input"]["rows_used"], m["input"]["rows_skipped"])'
cmp -s b/queue.csv <($CT score -q --split=test -m b/model.ctm --delimiter=';' semi.csv) && echo "queue as score reads it"
$CT run -q semi.csv -o f --delimiter=';;' 2>&1; echo "bad --delimiter: exit $?"
$CT demo -q -o g --delimiter=';' 2>&1; echo "demo --delimiter: exit $?"
