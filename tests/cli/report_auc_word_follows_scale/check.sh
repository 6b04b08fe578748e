# synthetic input only; the held-out ROC AUC set by hand
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
for auc in 0.75 0.698 0.65 0.85; do
    python3 - r "$auc" <<'PY'
import hashlib, json, sys
d, auc = sys.argv[1], float(sys.argv[2])
p = d + "/evaluate.json"
old = hashlib.sha256(open(p, "rb").read()).hexdigest()
j = json.load(open(p, encoding="utf-8"))
j["metrics"]["roc_auc"] = auc
with open(p, "w", encoding="utf-8") as f:
    json.dump(j, f, indent=2)
new = hashlib.sha256(open(p, "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
PY
    $CT report -q r
    echo "ROC AUC $auc: report exit $?"
    python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pt = [p for p in j["talking_points"] if p["topic"] == "model"][0]["text"]
mgr = [p["text"] for p in j["stakeholder_points"][1]["points"] if p["text"].startswith("The decision")][0]
for who, t in (("summary", pt), ("manager", mgr)):
    m = re.search(r" The model is [^:]*?(?::|\.(?= ))", t)
    print(" ", who + ":", m.group(0).strip() if m else "(no verdict)")
    print("    weak:", "weak" in t)
PY
done
