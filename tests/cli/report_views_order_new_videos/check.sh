# Wherever the report advises sorting by views alone (views alone the
# better order) or offers it as a choice (the two do as well), the Data
# Science Manager's decision and the Operations Lead's order carry the
# shortcut's caveat in plain words: view counts build up after a video is
# posted, so views alone cannot rank new reports, which need the model's
# order. Cases: a file with few claims at --hours-per-day 4 (views alone
# finds more claims in the day), and 2,000 rows whose queue fits in one day
# (a choice). Before 2026-12-06 "sort the reports by views alone, with no
# model, the better order today" stood without it. Since 2026-12-07 views
# alone's lead in the first case is no difference the paired test of the
# day can show (tests/cli/report_views_paired_test), so the decision there
# is the model's queue, with no caveat to carry.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 8000 --seed 1 --noise 0.1 -o b.csv
python3 - <<'PY'
import csv, random
rows = list(csv.reader(open("b.csv", newline="")))
lab = rows[0].index("claim_status")
random.seed(1)
out = [rows[0]] + [r for r in rows[1:] if r[lab] != "claim" or random.random() < 0.03]
csv.writer(open("few.csv", "w", newline=""), lineterminator="\n").writerows(out)
PY
$CT synth -q --rows 2000 --seed 1 -o s.csv
for spec in "few.csv --hours-per-day=4" "s.csv"; do
    set -- $spec
    rm -rf r
    $CT run -q "$1" -o r >/dev/null 2>&1
    echo "run $1: exit $?"
    $CT report -q r ${2:-}
    echo "report${2:+ $2}: exit $?"
    python3 - <<'PY'
import json
j = json.load(open("r/report.json"))
pts = {s["stakeholder"]: [p["text"] for p in s["points"]] for s in j["stakeholder_points"]}
m = [x for x in pts["Data Science Manager"] if x.startswith("The decision")][0]
print("manager:", m.split(";")[0])
print("manager says new reports need the model:",
      "views alone cannot rank new reports, which need the model's order" in m)
o = [x for x in pts["Operations Lead"] if "review day" in x or "a day of" in x][0]
print("operations:", o.split(":")[0])
print("operations says new reports need the model:",
      "sorting by views cannot rank new reports, which need the model's order" in o.lower())
PY
done
