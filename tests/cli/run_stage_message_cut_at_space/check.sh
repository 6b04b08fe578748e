# A stage's message in run's manifest is its log's messages joined; before
# 2026-12-04 a message longer than 511 bytes was cut between two letters
# ("load each export separately, or j"), losing the way out it named. Now
# messages have room for the loader's longest, and one still too long is
# cut at a space with " ...".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 9 -o a.csv || exit 1
# a second export with two columns swapped, joined with cat
python3 - <<'PY'
import csv
rows = list(csv.reader(open("a.csv", newline="")))
h = rows[0]; i, j = h.index("video_view_count"), h.index("video_like_count")
out = csv.writer(open("j.csv", "w", newline=""), lineterminator="\n")
out.writerows(rows)
for r in rows:
    r[i], r[j] = r[j], r[i]
    out.writerow(r)
PY
$CT run -q j.csv -o out > /dev/null 2>&1; echo "run: exit $?"
python3 - <<'PY'
import json
m = json.load(open("out/manifest.json"))
s = [s for s in m["stages"] if s["name"] == m["failed_stage"]][0]
msg = s["message"]
print("failed stage:", s["name"])
print("names the swap:", "another order" in msg)
print("ends:", msg[-40:])
PY
