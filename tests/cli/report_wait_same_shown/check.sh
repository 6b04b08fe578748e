# Since 2026-12-06 waits less than one review apart (1 / reviews per hour)
# are the same, at any rate, and are not printed apart
# (tests/cli/report_decision_views_tie_choice, rep_waits_cmp).
# Two whole-queue waits that print alike at the page's 2 decimals are said
# so in plain words, not "X instead of X": the Operations Lead reads "from
# the top, a claim waits barely less time than in random order (0.01 hours
# of review on average either way, to 2 decimals)", the summary's queue
# point "..., barely less time than in random order (the same to 2
# decimals)", the Finance Lead (no gain) "a claim waits barely longer than
# in random order (...)"; where a verdict picks one order beside waits that
# print alike (views alone in the summary, the Data Science Manager's three
# waits) the figures get the digits that tell them apart. Before
# 2026-12-05 the Operations Lead read "a claim waits 0.01 hours of review
# on average instead of 0.01 in random order", the summary "... instead of
# 0.01" and "a claim waits 0.01 hours ...: the queue does better by that
# wait" of a queue that waited 0.01 hours, the manager "0.01 ..., against
# 0.01 sorted by views alone and 0.01 in random order", the Finance Lead
# "0.33 hours ... in it, 0.33 in random order". Cases: synth's 2000 rows
# (395 held out, all in one day) at 20,000 and 40,000 reviews an hour (a
# wait 13% shorter than random order's, yet under 0.01 hours apart), and
# the same rows with shuffled labels (no gain) at 600 an hour.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
show() {
python3 - "$1" <<'PY'
import html, json, re, sys
d = sys.argv[1]
j = json.load(open(d + "/report.json", encoding="utf-8"))
q = json.load(open(d + "/queue_eval.json"))
print("== " + d)
def clauses(t):
    return [m.strip() for m in re.split(r"(?<=[;.:])\s", t) if "wait" in m]
for p in j["talking_points"]:
    if p["topic"] in ("queue", "finance"):
        for s in clauses(p["text"]):
            print(p["topic"] + ":", s)
for s in j["stakeholder_points"]:
    if s["stakeholder"].startswith(("Operations", "Data Science Manager")):
        for q in s["points"]:
            for c in clauses(q["text"]):
                if "random order" in c:
                    print(s["stakeholder"] + ":", c)
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read())))
# one figure compared with itself: "waits X hours ... instead of X", "X in
# it, X in random order", "X ..., against X"
num = r"((?:less than )?\d[\d,]*\.\d+)"
bad = re.findall(r"waits " + num + r" hours[^;.]*?(?:instead of|in it,|against) \1(?![\d])", page)
print("same figure compared:", len(bad))
PY
}
$CT synth -q --rows 2000 --seed 4 --noise 0.5 -o s.csv || exit 1
$CT run -q s.csv -o r >/dev/null 2>&1; echo "run exit $?"
for rate in 20000 40000; do
    $CT report -q r --reviews-per-hour $rate; echo "report --reviews-per-hour $rate: exit $?"
    show r
done
shuffle s.csv > sh.csv
$CT run -q sh.csv -o sh >/dev/null 2>&1; echo "run exit $?"
$CT report -q sh --reviews-per-hour 600; echo "report --reviews-per-hour 600: exit $?"
show sh
