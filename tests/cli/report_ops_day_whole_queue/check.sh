# Since 2026-12-06 a tie with views alone is a choice between the two, not
# the queue, for the Manager and the Operations Lead alike
# (tests/cli/report_decision_views_tie_choice).
# 400 rows: the held-out queue (about 80 reports) is smaller than the
# default day of 480 reviews; then the same folder at 0.1 reviews an hour,
# a day of no whole review.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 4 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
ops() {
    python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
ops = j["stakeholder_points"][5]
assert ops["stakeholder"] == "Operations Lead"
for p in ops["points"]:
    if p["text"].startswith("On held-out"):  # the flags point names queue.csv too
        continue
    if "queue.csv" in p["text"] or "review day" in p["text"] or "a day of" in p["text"]:
        print("-", p["text"])
bad = [p["text"] for p in ops["points"] if re.search(r"a day of 0 |100\.0% in random", p["text"])]
print("bad:", len(bad))
PY
}
ops
$CT report -q r --reviews-per-hour 0.1
echo "report exit $?"
ops
