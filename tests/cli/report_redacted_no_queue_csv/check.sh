set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
$CT run -q --redact s.csv -o r >/dev/null
echo "run exit $?"
test -e r/queue.csv && echo "queue.csv written" || echo "no queue.csv"
python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
s = open(d + "/report.html", encoding="utf-8").read()
t = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)))
t = re.sub(r"\s+", " ", t)
print(re.search(r"The held-out queue \((?:not written|queue\.csv)[^)]*\)", t).group(0))
j = json.load(open(d + "/report.json", encoding="utf-8"))
ops = j["stakeholder_points"][5]["points"][0]["text"]
print(ops[ops.rindex(". ") + 2:])
print("says queue.csv exists:", len(re.findall(r"The held-out queue \(queue\.csv\)|row of queue\.csv says", t)))
PY
