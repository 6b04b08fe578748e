set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
head -n 2 s.csv >one.csv
# A run of one row stops at train: the summary has no point, the stakeholders still have some.
# report's note counts both; the summary's paragraph no longer reads as if no point were written.
$CT run -q one.csv -o o >/dev/null 2>&1; echo "run: exit $?"
$CT report o 2>&1 | tr '\n' ' ' | sed 's/  */ /g; s/ claimtriage:/\nclaimtriage:/g'; echo
python3 - <<'PY'
import json, re
j = json.load(open("o/report.json", encoding="utf-8"))
print("summary points:", len(j["talking_points"]))
print("stakeholder points:", sum(len(s["points"]) for s in j["stakeholder_points"]))
h = open("o/report.html", encoding="utf-8").read()
m = re.search(r'<p class="missing">(The summary has no talking point[^<]*)</p>', h)
print(m.group(1) if m else "no summary paragraph")
PY
