# train.json's engagement-only model edited (manifest hash updated) to be
# not fitted, with a reason of 401 bytes whose 150th byte is inside a
# two-byte character.
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
for m in tr["audit"]["models"]:
    if m.get("features") not in (None, "all"):
        m["validation"]["average_precision"] = None
        m["why"] = "x" + "\u00e9" * 200
open(d + "/train.json", "w", encoding="utf-8").write(json.dumps(tr))
new = hashlib.sha256(open(d + "/train.json", "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
PY
$CT report -q r
echo "report exit $?"
python3 - r/report.json <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
try:
    raw.decode("utf-8")
    print("report.json is UTF-8: True")
except UnicodeDecodeError as e:
    print("report.json is UTF-8: False")
    sys.exit(0)
j = json.loads(raw)
t = [p["text"] for p in j["stakeholder_points"][0]["points"] if "not fitted" in p["text"]][0]
i = t.index("not fitted (")
print(len(t[i:t.index(")", i)]), t[i:i + 14], "...", t[t.index(")", i) - 5:t.index(")", i) + 1])
PY
