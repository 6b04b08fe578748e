# 400 rows: the held-out queue (about 80 reports) is smaller than the
# default day of 480 reviews.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 4 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
f = j["stakeholder_points"][4]
assert f["stakeholder"] == "Finance Lead (Americas)"
for p in f["points"]:
    print("-", p["text"][:60], "...")
# "What the figure is" since 2026-12-05 (tests/cli/report_finance_not_a_saving)
print("says what the figure is:", any("What the figure is" in p["text"] for p in f["points"]))
PY
