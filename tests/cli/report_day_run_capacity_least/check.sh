# synthetic input only
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
$CT run -q s.csv -o r --reviews-per-hour 0.1 >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
m = json.load(open(d + "/manifest.json", encoding="utf-8"))
print("manifest capacity:", m["options"]["capacity"])
qe = json.load(open(d + "/queue_eval.json", encoding="utf-8"))
print("queue-eval capacity:", qe["capacity"])
j = json.load(open(d + "/report.json", encoding="utf-8"))
print("report day_reviews:", j["finance"]["day_reviews"])
h = html.unescape(open(d + "/report.html", encoding="utf-8").read())
for s in sorted(set(re.findall(r"[Aa] review day (?:of|is|here is) [0-9,]+ reviews?(?: \([^)]*\))?", h))):
    print("-", s)
print("a day of 0 reviews:", len(re.findall(r"(review day|a day) of 0 ", h)))
PY
