# A review day too short to tell the orders apart (run --capacity 1: one
# review, where random order finds about 0.5 of the 200 held-out claims)
# decides nothing by its share of claims: before 2026-12-06 the summary read
# "The decision: keep the backlog's current order for now" and "the model
# gives the reviewers no head start on claims" because the one review was an
# opinion (0.00% against random order's 0.25%), beside a whole-queue wait of
# 2.49 hours in the queue's order against 3.28 in random order. The day's
# counts (0 claims in the queue's order, 0 by views alone, about 0.5 in
# random order) are within a day's luck of each other (|a - b| <= 2 sqrt,
# report_internal.h: rep_day_counts_close), so the whole queue's mean waits
# decide both comparisons, and every place that states the decision says
# the day is too few reviews to tell the orders apart, with the counts and
# the waits (rep_day_blind_to; a short day whose counts differ clearly:
# tests/cli/report_short_day_tells).
set -u
d=$1
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT run -q s.csv --capacity 1 -o out >/dev/null
echo "run exit $?"
python3 - out <<'PY'
import html, json, re, sys
o = sys.argv[1]
t = open(o + "/report.html", encoding="utf-8").read()
def plain(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()
fin = json.load(open(o + "/report.json"))["finance"]
print("day_reviews", fin["day_reviews"], "claims", fin["claims"])
qe = json.load(open(o + "/queue_eval.json"))["at_capacity"]
waits = ["%.2f" % qe[k]["mean_hours_to_review"] for k in ("queue", "views", "random")]
print("waits (queue, views alone, random):", ", ".join(waits))
short = "holds too few claims to tell the orders apart"
def show(name, text):
    print("==", name)
    print(text)
    print("says too short:", short in text,
          "| gives the three waits:", all(w in text.replace(",", "") for w in waits),
          "| 'no head start':", "no head start" in text)
summ = re.search(r'<section id="summary">(.*?)</section>', t, re.S).group(1)
items = [plain(i) for i in re.findall(r"<li>(.*?)</li>", summ, re.S)]
# the decision's point and the review queue point: since 2026-12-08 the
# queue point says the short day, and the waits, once
# (tests/cli/report_summary_figure_once)
show("summary, first point and queue point",
     items[0] + " " + next(i for i in items if i.startswith("A review day")))
box = re.search(r'<section id="finance">(.*?)</section>', t, re.S).group(1)
paras = [plain(q) for q in re.findall(r"<p[^>]*>(.*?)</p>", box, re.S)]
show("finance box", " ".join(q for q in paras if q.startswith("One day of") or q.startswith("A day this")))
p = plain(t)
for key, end in (("The decision to present:", "Risks to state"),
                 ("Operations Lead (plain language", "On held-out reports"),
                 ("Finance Lead (Americas) (plain language", "Sorting by view")):
    i = p.index(key)
    show(key, p[i:p.index(end, i)].strip())
PY
