# The executive summary for the Operations Lead (a tester's review,
# 2026-12-06): its first point states the decision, which order to work
# the backlog in, and what it saves in reviews, review hours and USD, with
# report.json's own figures; the model's accuracy follows it. A queue that
# fits in one review day is said so once, in the review queue point (before,
# the queue and finance points both said it), and the finance box says
# plainly that nothing is saved, not a formula that works out to about
# -0.017 hours. A day short of the queue keeps the formula and its result.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 13 --noise 0.3 -o s.csv
$CT run -q s.csv -o whole >/dev/null
$CT run -q s.csv -o short --capacity 100 >/dev/null
for o in whole short; do
python3 - "$o" <<'PY'
import html, json, re, sys
o = sys.argv[1]
t = open(o + "/report.html", encoding="utf-8").read()
def plain(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()
summ = re.search(r'<section id="summary">(.*?)</section>', t, re.S).group(1)
items = [plain(i) for i in re.findall(r"<li>(.*?)</li>", summ, re.S)]
s = " ".join(items)
j = json.load(open(o + "/report.json"))
tp, fin = j["talking_points"], j["finance"]
print("==", o, "queue", fin["queue_rows"], "day", fin["day_reviews"])
print("summary 'fits in one review day':", s.count("fits in one review day"))
print("summary 'holds the whole queue':", s.count("holds the whole queue"))
print("point 1:", items[0])
print("point 2 is the model's:", items[1].startswith("The model catches"))
print("report.json point 1:", tp[0]["topic"], tp[0]["figures"])
print("same figures as report.json finance:",
      tp[0]["figures"]["review_hours_saved"] == fin["hours_saved"],
      tp[0]["figures"]["cost_saved"] == fin["cost_saved"])
box = re.search(r'<section id="finance">(.*?)</section>', t, re.S).group(1)
print("box formula shown:", 'class="formula"' in box)
for p in re.findall(r"<p[^>]*>(.*?)</p>", box, re.S):
    p = plain(p)
    if p.startswith(("Hours sooner here", "The queue's first review day")):
        print("box:", p)
PY
done
