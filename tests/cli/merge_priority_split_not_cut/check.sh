d=$(mktemp -d) && trap 'rm -rf "$d"' EXIT && cd "$d" || exit 1
$CT synth -q --rows 800 --seed 21 -o s.csv && $CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null &&
    $CT score -q s.csv -m m.ctm -o all.csv || exit 9
/usr/bin/python3 - <<'PY' || exit 9
import csv
q = list(csv.DictReader(open("all.csv")))
top = {r["id"] for r in q[:400]}
rows = list(csv.reader(open("s.csv")))
h = rows[0].index("video_id")
for name, keep in (("hi.csv", True), ("lo.csv", False)):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(rows[0])
        w.writerows(r for r in rows[1:] if (r[h] in top) == keep)
PY
$CT score -q hi.csv -m m.ctm -o qhi.csv && $CT score -q lo.csv -m m.ctm -o qlo.csv || exit 9
$CT merge qhi.csv qlo.csv -o out.csv 2>&1; echo "exit $?"
cmp -s out.csv all.csv && echo "merged = whole file's queue"
