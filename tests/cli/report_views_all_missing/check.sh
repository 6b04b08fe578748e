# A file whose view counts are empty in every row: the summary and the
# finance box say the file has no view counts (not "every report has the
# same view count"), the monitoring point names the counts train's audit
# flags (not the views, which it cannot flag), and the queue table's note
# gives the reason a figure does not exist (tester AO F16).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 4 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("s.csv", newline="", encoding="utf-8")))
v = rows[0].index("video_view_count")
for r in rows[1:]:
    r[v] = ""
csv.writer(open("noviews.csv", "w", newline="", encoding="utf-8"), lineterminator="\n").writerows(rows)
PY
$CT run -q noviews.csv -o r --capacity 50 >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
fl = [f["name"] for f in json.load(open(d + "/train.json"))["audit"]["features"] if f.get("flagged")]
print("train's audit flags:", ", ".join(fl) if fl else "none")
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read())))
print("same view count said:", "same view count" in page)
for pat in (r"The file has no view counts[^:]*:", r"(?:and|also) the [^;.]*which (?:each )?alone separate[^.]*\.",
            r"and view counts, which alone separate", r"\u2014 marks a figure that does not exist[^.]*\."):
    for m in sorted(set(re.findall(pat, page))):
        print("- " + m)
PY
