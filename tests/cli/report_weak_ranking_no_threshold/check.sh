set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 8000 --seed 4 --noise 0.5 -o s.csv || exit 1
# every 2nd row keeps its label, the others take row (7919 i mod n) + 1's
awk -F, 'NR==1{print;next}{l[NR-1]=$2; r[NR-1]=$0; n=NR-1}
    END{for(i=1;i<=n;i++){split(r[i],f,","); j=(i%2==0)?i:(i*7919)%n+1;
        print f[1] "," l[j] substr(r[i], length(f[1])+length(f[2])+2)}}' s.csv > w.csv
$CT run -q w.csv -o r >/dev/null; echo "run exit $?"
python3 - r/report.json r/evaluate.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
ev = json.load(open(sys.argv[2], encoding="utf-8"))
print("held-out roc_auc %.4f, at_chance %s, recall %.4f" % (
    ev["metrics"]["roc_auc"], ev["chance"]["at_chance"], ev["metrics"]["recall"]))
print([p for p in j["talking_points"] if p["topic"] == "model"][0]["text"])
for s in j["stakeholder_points"]:
    for q in s["points"]:
        t = q["text"]
        if "threshold" in t or "target-recall" in t:
            print(t)
PY
grep -o "This model hardly separates[^<]*" r/report.html
echo "target-recall in report.json: $(grep -c 'target-recall' r/report.json)"
