# synthetic input labelled yes/no; run given --positive=yes passes the
# label to regress as its claim_status feature's reference
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
c = rows[0].index('claim_status')
with open('yn.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(rows[0])
    for r in rows[1:]:
        r[c] = {'claim': 'yes', 'opinion': 'no'}.get(r[c], r[c])
        w.writerow(r)
PY
$CT run -q yn.csv -o r --target claim_status --positive yes >/dev/null 2>&1
echo "run exit $?"
python3 -c '
import json
m = json.load(open("r/manifest.json"))
s = [s for s in m["stages"] if s["name"] == "regress"][0]
print("regress:", s["status"], s["exit_code"])
print(s["command"])
print("failed_analyses:", m.get("failed_analyses"))
r = json.load(open("r/regress.json"))
print([c["name"] for c in r["coefficients"] if c["name"].startswith("claim_status")])'
