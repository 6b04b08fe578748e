# Rows without a view count sit lower in a reach queue (priority p x
# ln(1 + views + shares), the missing count read as 0): the review-queue
# section says how many of the queue's reports have none, the place of the
# first and how many are claims (queue_eval.json's
# labelled_without_views, _claims, _first_place), and advises checking
# them apart; the "What was done about it" list says the model fills in
# missing numbers (lr: the training mean, docs/train.md). Before
# 2026-12-06 the report said neither.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 4 --noise 0 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("s.csv", newline="")))
h = rows[0]
v, lab = h.index("video_view_count"), h.index("claim_status")
k = 0
for r in rows[1:]:
    if r[lab]:
        k += 1
        if k % 10 == 0:
            r[v] = ""
csv.writer(open("nv.csv", "w", newline=""), lineterminator="\n").writerows(rows)
PY
$CT run -q nv.csv -o r > /dev/null 2>&1
echo "run exit $?"
jq -c '.rows | {labelled_without_views, labelled_without_views_claims, labelled_without_views_first_place}' r/queue_eval.json
python3 - <<'PY'
import csv, html, re
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open("r/report.html", encoding="utf-8").read())))
m = re.search(r"[0-9,]+ reports? of this queue ha(?:s|ve) no view count.*?missing_counts\)\.", page)
print(m.group(0) if m else "MISSING")
m = re.search(r"It (?:fills in|keeps) the [0-9,]+ missing numbers?[^.]*\.[^.]*\.", page)
print(m.group(0) if m else "MISSING")
# the figures, from queue.csv and the labels (the queue's ids are the file's)
lab = {r["video_id"]: r for r in csv.DictReader(open("nv.csv", newline=""))}
places = [int(q["rank"]) for q in csv.DictReader(open("r/queue.csv", newline=""))
          if not lab[q["id"]]["video_view_count"]]
claims = sum(lab[q["id"]]["claim_status"] == "claim" and not lab[q["id"]]["video_view_count"]
             for q in csv.DictReader(open("r/queue.csv", newline="")))
print("from queue.csv:", len(places), "rows, first at", min(places), ",", claims, "claims")
PY
