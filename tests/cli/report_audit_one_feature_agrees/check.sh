# train.json's audit edited (manifest hash updated) so that one feature
# alone is flagged: the stakeholder point is singular throughout.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
python3 - r <<'PY'
import hashlib, json, sys
d = sys.argv[1]
old = hashlib.sha256(open(d + "/train.json", "rb").read()).hexdigest()
tr = json.load(open(d + "/train.json", encoding="utf-8"))
first = True
for f in tr["audit"]["features"]:
    f["flagged"] = first
    first = False
open(d + "/train.json", "w", encoding="utf-8").write(json.dumps(tr))
new = hashlib.sha256(open(d + "/train.json", "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
PY
$CT report -q r
echo "report exit $?"
python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
lead = j["stakeholder_points"][0]["points"]
t = [p["text"] for p in lead if p["text"].startswith("Shortcut audit")][0]
print(re.sub(r"\(.*\)", "(...)", re.sub(r"[0-9][0-9.]*", "N", t.split(";")[0])))
print("ends:", t[t.rindex(":"):])
PY
