# 3000 rows without noise (views alone finds the queue's claims) and 3000
# rows with noise 0.3 (the queue does better than views alone).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "1 0" "7 0.3"; do
    set -- $spec
    $CT synth -q --rows 3000 --seed "$1" --noise "$2" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
q = [p["text"] for p in j["talking_points"] if p["topic"] == "queue"][0]
print("queue point:", re.search(r"(Sorting by views alone does as well|The queue does better "
      r"than sorting by views alone|Sorting by views alone does better)", q).group(0))
m = j["stakeholder_points"][1]
assert m["stakeholder"] == "Data Science Manager"
print("manager:", [p["text"] for p in m["points"] if p["text"].startswith("The decision")][0])
PY
done
