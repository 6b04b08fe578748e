# Held-out reports without a claim (set by hand in evaluate.json: tp = fn
# = fp = 0): nothing is flagged and nothing missed, so the model point has
# no sentence on missed claims. Before 2026-12-06 its text ended with a
# space ("... none of its flags is an opinion. "), the empty sentence's
# separator; every talking point and stakeholder point is checked for a
# trailing or doubled space.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import hashlib, json, sys
d = sys.argv[1]
p = d + "/evaluate.json"
old = hashlib.sha256(open(p, "rb").read()).hexdigest()
j = json.load(open(p, encoding="utf-8"))
m = j["metrics"]
m["confusion"].update(tp=0, fn=0, fp=0, tn=m["n"])
m["recall"] = 0
m["precision"] = 0
with open(p, "w", encoding="utf-8") as f:
    json.dump(j, f, indent=2)
new = hashlib.sha256(open(p, "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
PY
$CT report -q r
echo "report exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pts = [("summary " + p["topic"], p["text"]) for p in j["talking_points"]]
for a in j["stakeholder_points"]:
    pts += [("stakeholder", p["text"]) for p in a["points"]]
print([t for w, t in pts if w == "summary model"][0])
bad = [(w, t[-60:]) for w, t in pts if t != t.strip() or "  " in t]
print("points with a trailing, leading or doubled space:", bad if bad else "none")
PY
