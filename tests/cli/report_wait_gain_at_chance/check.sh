# A queue whose model ranks no better than chance gains by luck, and the
# summary's queue point says so, as the decision does. 600 synthetic
# reports (synth --seed 1), the labelled ones with every column but the
# label and the id set to the first row's: every report gets the same
# probability, so the queue is in its tie-break order (by id), where a claim
# waits 0.88 hours of review against 0.99 in random order. Before
# 2026-12-06 the point ended "the queue does better by that wait", while
# the decision said "Its model ranks no better than chance, so its order
# gains nothing to count on".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 1 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("s.csv", newline="", encoding="utf-8")))
head, body = rows[0], [r for r in rows[1:] if r[1]]
const = body[0][3:]
with open("c.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(head)
    for r in body:
        w.writerow(r[:3] + const)
PY
$CT run -q c.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.html <<'PY'
import html, re, sys
page = html.unescape(re.sub(r"<[^>]*>", " ", open(sys.argv[1], encoding="utf-8").read()))
page = re.sub(r"\s+", " ", page)
m = re.search(r"The decision: [^.]*\.", page)
print(m.group(0) if m else "no decision")
print("model at chance said:", "ranks no better than chance, so its order gains nothing" in page)
m = re.search(r"Working through all [^.]*\.\d+[^.]*\.\d+\. In the order of views alone[^.]*\.\d+[^.]*\. [^.]*\.", page)
print(m.group(0) if m else "no wait sentence")
print("gain said as the queue's:", "the queue does better by that wait" in page.lower())
PY
