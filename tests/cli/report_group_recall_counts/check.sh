# 1,000 synthetic rows, seed 3, noise 0.45: few verified claims among the held-out reports.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 --noise 0.45 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
mon = [p for p in j["talking_points"] if p["topic"] == "monitor"][0]["text"]
i = mon.index("that share within")
print(mon[i:mon.index(");", i) + 1])
ops = j["stakeholder_points"][5]["points"]
print([p["text"] for p in ops if p["text"].startswith("Claims caught")][0])
PY
