# A short review day whose counts do tell the queue from random order: 3000
# synthetic rows with one claim in three kept, run --capacity 16. Random
# order expects about 4.1 of the held-out claims in the 16 reviews, fewer
# than 5 (report_internal.h: REP_DAY_FEW_CLAIMS), but the queue finds 16:
# 16 - 4.1 is more than twice the spread of random order's count, 2 sqrt(4.1)
# = 4.0 (rep_day_counts_close), so the day tells them apart and its saving
# is said as on any day. Views alone finds 16 too, a difference of 0 that a
# day cannot tell (|a - b| <= 2 sqrt(a + b)): that comparison, and only it,
# is said too few to tell, and the whole queue's waits decide it. Before
# (the first form of the short-day rule, never merged) the page read "The
# day is too short to tell the orders apart" of 16 claims against 4.1.
set -u
d=$1
trap 'rm -rf "$d"' EXIT
cd "$d"
# fewer claims (one in three kept), so that a day of 16 holds few of them
awk -F, 'NR == 1 || $2 != "claim" || NR % 3 == 0' full.csv >s.csv
$CT run -q s.csv --capacity 16 -o out >/dev/null
echo "run exit $?"
python3 - out <<'PY'
import html, json, re, sys
o = sys.argv[1]
t = open(o + "/report.html", encoding="utf-8").read()
def plain(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()
fin = json.load(open(o + "/report.json"))["finance"]
c = fin["claims"]
print("day_reviews", fin["day_reviews"], "claims", c,
      "| counts: queue %.0f, views alone %.0f, random order about %.2f" % (
          fin["recall_first_day_queue"] * c, fin["recall_first_day_views"] * c,
          fin["recall_first_day_arrival"] * c))
p = plain(t)
print("says 'too few claims to tell the queue from random order':",
      "too few claims to tell the queue from random order" in p)
print("says 'too few claims to tell the orders apart':", "too few claims to tell the orders apart" in p)
print("says 'The day is too short':", "The day is too short" in p)
summ = re.search(r'<section id="summary">(.*?)</section>', t, re.S).group(1)
items = [plain(i) for i in re.findall(r"<li>(.*?)</li>", summ, re.S)]
print("== summary, first point")
print(items[0])
for key, end in (("The decision to present:", "Risks to state"),
                 ("Operations Lead (plain language", "On held-out reports")):
    i = p.index(key)
    print("==", key)
    print(p[i:p.index(end, i)].strip())
PY
