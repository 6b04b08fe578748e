# 2000 rows: the held-out queue (400 reports) fits in one review day of 480,
# so every order finds every claim within it and the summary compares the
# mean wait of a claim. Where views alone waits as long (within a tenth of
# the gains over random order: seed 1), the Data Science Manager's decision
# is a choice between the two, not a case for the model (since 2026-12-06;
# from 2026-12-05 it was the queue: tests/cli/report_decision_views_tie_choice);
# where the queue waits less (seed 3, noise 0.2), it is the queue. Before 2026-12-04 the decision ignored views alone
# whenever the day held the whole queue (0.93 hours against the queue's
# 1.04: "work the backlog in the model's queue order").
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "1 0" "3 0.2"; do
    set -- $spec
    $CT synth -q --rows 2000 --seed "$1" --noise "$2" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
q = [p["text"] for p in j["talking_points"] if p["topic"] == "queue"][0]
print("queue point:", re.search(r"In the order of views alone.*?on average(?: \([^)]*\))?[:.] ([^.]*)\.", q).group(1))
m = j["stakeholder_points"][1]
assert m["stakeholder"] == "Data Science Manager"
print("manager:", [p["text"] for p in m["points"] if p["text"].startswith("The decision")][0])
PY
done
