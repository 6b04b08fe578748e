# synthetic input whose label column is named 'label' (values yes/no): run
# --target label --positive yes passes --target to test, which still runs
# the views-by-verified-status comparison, so the hypothesis test's
# milestone is delivered (before 2026-12-04 test --target ran the
# associations alone and the run listed test in failed_analyses)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
c = rows[0].index('claim_status')
rows[0][c] = 'label'
with open('label.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(rows[0])
    for r in rows[1:]:
        r[c] = {'claim': 'yes', 'opinion': 'no'}.get(r[c], r[c])
        w.writerow(r)
PY
$CT run -q label.csv -o r --target label --positive yes --threads 1 >/dev/null 2>&1
echo "run exit $?"
python3 -c '
import json
m = json.load(open("r/manifest.json"))
s = [s for s in m["stages"] if s["name"] == "test"][0]
print("test:", s["status"], s["exit_code"])
print("failed_analyses:", m.get("failed_analyses"))
t = json.load(open("r/test.json"))
print("comparisons:", len(t["comparisons"]), "associations:", len(t["associations"]))'
$CT plan -q --status r | grep -E '^ *4 ' | cut -c1-40
$CT test -q label.csv --target label --positive yes | grep -c -i "welch\|mann"
