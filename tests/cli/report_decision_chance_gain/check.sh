# A model whose held-out ranking cannot be shown better than chance (too few
# claims: 13 held-out reports, 1 of them a claim) but is not weak (ROC AUC
# 1): the page counts its queue's shorter wait as no gain of the model's
# (at chance), and the Operations Lead reads "its order is no order of
# priority". Before 2026-12-06 the summary's decision and the Data Science
# Manager's still read "work the backlog in the model's queue order" /
# "review in the model's queue order", the summary in the same point as
# "its order gains nothing to count on" (an operations analyst's check):
# the decision (rep_decision) now follows the same rule, the current order.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 7 --noise 0.3 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "claim" && c < 6 { print; c++; next }
         $2 == "opinion" && o < 60 { print; o++ }' s.csv >few.csv
$CT run -q few.csv -o r --folds 4 >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import json, sys
o = sys.argv[1]
ev = json.load(open(o + "/evaluate.json"))
print("held-out rows", ev["metrics"]["n"], "claims", ev["metrics"]["positives"],
      "ROC AUC", ev["metrics"]["roc_auc"], "at chance", ev["chance"]["at_chance"])
r = json.load(open(o + "/report.json"))
summ = r["talking_points"][0]["text"]
pts = {s["stakeholder"]: [p["text"] for p in s["points"]] for s in r["stakeholder_points"]}
dsm = [t for t in pts["Data Science Manager"] if t.startswith("The decision to present")][0]
ops = [t for t in pts["Operations Lead"] if "order of priority" in t or "from the top" in t][0]
print("summary:", summ.split(". ")[0] + ".")
print("summary says gains nothing:", "gains nothing to count on" in summ)
print("manager says review in the queue's order:",
      dsm.startswith("The decision to present: review in the model's queue order"))
print("manager says not yet an order to work in:", "is not yet an order to work in" in dsm)
print("ops no order of priority:", "no order of priority" in ops)
print("any 'work the backlog in the model's queue order':",
      any("work the backlog in the model's queue order" in t
          for t in [summ] + sum(pts.values(), [])))
PY
