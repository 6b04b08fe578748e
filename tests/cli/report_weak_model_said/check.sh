# Since 2026-12-06 a tie with views alone is a choice between the two,
# not the queue (tests/cli/report_decision_views_tie_choice).
# 1,000 synthetic rows, seed 3: noise 0.45 (a weak model), then noise 0 (a strong one).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for noise in 0.45 0; do
    $CT synth -q --rows 1000 --seed 3 --noise "$noise" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pt = [p for p in j["talking_points"] if p["topic"] == "model"][0]
print(pt["text"])
print("roc_auc figure:", pt["figures"].get("roc_auc", "none"))
mgr = j["stakeholder_points"][1]["points"]
print([p["text"] for p in mgr if p["text"].startswith("The decision")][0])
PY
done
