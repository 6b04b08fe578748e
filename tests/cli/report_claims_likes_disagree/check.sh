# 5000 rows, noise 0.5: claims draw fewer views than opinions, about as
# many likes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 3 --noise 0.5 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
print([p["text"] for p in j["talking_points"] if p["topic"] == "claims"][0])
PY
