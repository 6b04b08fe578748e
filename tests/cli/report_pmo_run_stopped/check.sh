set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT run -q s.csv -o o >/dev/null 2>&1; echo "run: exit $?"
$CT report -q o >/dev/null 2>&1; echo "report: exit $?"
python3 - <<'PY'
import json
j = json.load(open("o/report.json", encoding="utf-8"))
for s in j["stakeholder_points"]:
    if s["stakeholder"] == "Project Management Officer":
        for p in s["points"]:
            print("*", p["text"])
PY
