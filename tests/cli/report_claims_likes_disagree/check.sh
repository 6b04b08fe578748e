# 5000 rows, noise 0.5: the medians say claims draw fewer views than
# opinions, about as many likes, but the classes' views do not differ
# (Mann-Whitney), so no gap is stated; then 5000 clean rows (noise 0) with
# every likes count set to 3000 or 3001: far more views, as many likes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 3 --noise 0.5 -o s.csv
$CT synth -q --rows 5000 --seed 3 -o c.csv
python3 - c.csv f.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
k = rows[0].index("video_like_count")
for i, r in enumerate(rows[1:]):
    if r[k] != "":
        r[k] = str(3000 + i % 2)
csv.writer(open(sys.argv[2], "w", newline="", encoding="utf-8"), lineterminator="\n").writerows(rows)
PY
for f in s.csv f.csv; do
    rm -rf r
    $CT run -q "$f" -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
print([p["text"] for p in j["talking_points"] if p["topic"] == "claims"][0])
PY
done
