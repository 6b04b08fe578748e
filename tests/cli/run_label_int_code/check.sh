# synthetic input whose label is encoded 0/1 in a column 'is_claim' (a
# label-encoded export): run --target is_claim --positive 1, which train
# takes, is taken by every stage: inspect counts its classes and eda groups
# by its values (before 2026-12-04 both refused an int column and the run
# stopped at inspect, its relayed hint naming test's --by/--pair as
# inspect's)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
c = rows[0].index('claim_status')
rows[0][c] = 'is_claim'
with open('l01.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(rows[0])
    for r in rows[1:]:
        if r[c] == '':
            continue
        r[c] = {'claim': '1', 'opinion': '0'}[r[c]]
        w.writerow(r)
PY
$CT run -q l01.csv -o r --target is_claim --positive 1 --threads 1 >/dev/null 2>&1
echo "run exit $?"
python3 -c '
import json
m = json.load(open("r/manifest.json"))
print("status:", m["status"])
print([(s["name"], s["status"]) for s in m["stages"] if s["name"] in ("inspect", "eda")])
r = json.load(open("r/inspect.json"))
print("classes:", [(c["value"], c["count"]) for c in r["target"]["classes"]])'
$CT inspect l01.csv --target is_claim 2>/dev/null | sed -n "/^Class balance/,/^$/p" 
