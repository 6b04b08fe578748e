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
with open("s.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
PY
$CT run -q s.csv -o out >/dev/null 2>&1; echo "run: exit $?"
python3 - <<'PY'
import html, json, re
j = json.load(open("out/report.json", encoding="utf-8"))
for s in j["stakeholder_points"]:
    for p in s["points"]:
        if "Claims caught by" in p["text"]:
            print("Operations:", p["text"])
page = html.unescape(open("out/report.html", encoding="utf-8").read())
m = re.search(r"[.;] (?:Watch )?[Tt]hat share (for the one|within each) .*?(any other|of its own)", page)
print("summary:", m.group(0) if m else None)
m = re.search(r"The held-out reports hold one [^<]*", page)
print("table note:", m.group(0) if m else None)
PY
