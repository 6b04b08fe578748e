# 2,000 synthetic rows, seed 1: noise 0.5 (engagement carries no class), then noise 0.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for noise in 0.5 0; do
    $CT synth -q --rows 2000 --seed 1 --noise "$noise" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pt = [p for p in j["talking_points"] if p["topic"] == "claims"][0]
print(pt["text"])
print("source:", pt["source"])
PY
done
