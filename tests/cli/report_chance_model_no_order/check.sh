# A model whose held-out ranking is no better than chance (labels shuffled)
# is not presented as an order to review in: before 2026-12-04 the Data
# Science Manager's decision advised it at ROC AUC 0.51, and the model
# point said "its queue can order the reviews"; before 2026-12-05 the
# Operations point still said "Work the queue from the top" and the finance
# point counted review hours saved beside that decision (tester U). A day
# smaller than the queue (--capacity 50) shows the day's sentences. Seed 4
# since 2026-12-05: with a missing transcript's lengths imputed, seed 3's
# shuffled model found fewer claims in its day than random order, a
# sentence of its own, and the at-chance ones went unexercised.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 4 --noise 0.5 -o s.csv || exit 1
shuffle s.csv > sh.csv
$CT run -q sh.csv -o r >/dev/null; echo "run exit $?"
$CT run -q sh.csv -o r2 --capacity 50 >/dev/null; echo "run --capacity 50 exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pt = [p for p in j["talking_points"] if p["topic"] == "model"][0]
print(pt["text"])
mgr = j["stakeholder_points"][1]["points"]
print([p["text"] for p in mgr if p["text"].startswith("The decision")][0])
PY
python3 - r/report.json r2/report.json <<'PY'
import json, sys
for f in sys.argv[1:]:
    j = json.load(open(f, encoding="utf-8"))
    print("==", f)
    print([p for p in j["talking_points"] if p["topic"] == "finance"][0]["text"])
    texts = [q["text"] for s in j["stakeholder_points"] for q in s["points"]]
    print("advised from the top:", any("Work the queue from the top" in t for t in texts))
    for t in texts:
        if "no order of priority" in t or "nothing to count on" in t:
            print(t)
PY
grep -c "can be counted as saved" r2/report.html
