set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
ops = j["stakeholder_points"][5]
assert ops["stakeholder"] == "Operations Lead"
t = [p["text"] for p in ops["points"] if p["text"].startswith("Claims caught by")][0]
print(t[:t.index(":")])
print("header name in the point:", "verified_status" in t)
PY
