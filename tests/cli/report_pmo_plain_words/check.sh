set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 4 -o full.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("full.csv", newline="", encoding="utf-8")))
i = rows[0].index("verified_status")
for r in rows[1:]:
    r[i] = "not verified"
with open("v.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
PY
$CT run -q v.csv -o ov >/dev/null 2>&1; echo "run (one status): exit $?"
$CT run -q full.csv -o of >/dev/null 2>&1; echo "run (one model family): exit $?"
python3 - <<'PY'
import json
for d in ("ov", "of"):
    j = json.load(open(d + "/report.json", encoding="utf-8"))
    for s in j["stakeholder_points"]:
        if s["stakeholder"] == "Project Management Officer":
            t = s["points"][0]["text"]
            print("*", t)
            print("  raw words:", [w for w in (".json", "verified_status", "stage ", "--model", "claimtriage") if w in t])
PY
