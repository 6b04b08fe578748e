# A tie on the day's share is broken by the whole queue's mean wait when the
# two waits are a review or more apart (here 1.69 hours against 1.72 at 60
# reviews an hour, in the queue's favour at --capacity 100: since 2026-12-06,
# tests/cli/report_decision_tie_wait_breaks).
# Since 2026-12-06 a tie with views alone is a choice between the two, not
# the queue, for the Manager and the Operations Lead alike
# (tests/cli/report_decision_views_tie_choice).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv
for cap in 100 480; do
  $CT run -q s.csv -o o$cap --capacity $cap >/dev/null 2>&1; echo "run --capacity $cap: exit $?"
  python3 - o$cap/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
for s in j["stakeholder_points"]:
    for p in s["points"]:
        t = p["text"]
        if s["stakeholder"] == "Data Science Manager" and t.startswith("The decision"):
            print("Manager:", t)
        if s["stakeholder"] == "Operations Lead" and "queue" in t.split(";")[0] and "review" in t:
            print("Operations:", t)
            break
PY
done
