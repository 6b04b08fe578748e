# a synthetic file without its video_view_count column: test's comparison
# does not run, the first milestone not done (until 2026-12-05 eda failed
# there; it now leaves the absent default column out:
# tests/cli/eda_one_column).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o full.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("full.csv", newline="", encoding="utf-8")))
i = rows[0].index("video_view_count")
with open("s.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    for r in rows:
        w.writerow(r[:i] + r[i + 1:])
PY
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
p = j["stakeholder_points"][3]
assert p["stakeholder"] == "Project Management Officer"
t = p["points"][0]["text"]
print(t)
print("hint:", "hint" in t, "double period:", ".." in t)
PY
