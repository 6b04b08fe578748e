# A review day that holds no whole review (report --reviews-per-hour 0.1,
# over the default 8 hours: 0.8 of a review) is no day at all: before
# 2026-12-06 the summary's decision said "Every report is still reviewed
# within the day in either order" and the finance box "The whole queue is
# reviewed within one review day in either order", of a day that reviews
# nothing (an operations analyst's check). The summary now says why no day
# is compared and gives the whole queue's waits, report.json's figures.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 7 --noise 0.3 -o s.csv
$CT run -q s.csv -o out >/dev/null
$CT report -q out --reviews-per-hour 0.1
python3 - out <<'PY'
import html, json, re, sys
o = sys.argv[1]
t = open(o + "/report.html", encoding="utf-8").read()
def plain(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()
p = plain(t)
fin = json.load(open(o + "/report.json"))["finance"]
print("day_reviews", fin["day_reviews"])
for w in ("within the day in either order", "within one review day in either order",
          "only the order within the day", "no figures"):
    print(repr(w), p.count(w))
summ = re.search(r'<section id="summary">(.*?)</section>', t, re.S).group(1)
items = [plain(i) for i in re.findall(r"<li>(.*?)</li>", summ, re.S)]
print("point 1:", items[0])
print("waits are report.json's:",
      "%.2f hours" % fin["mean_hours_to_review_queue"] in items[0].replace(",", ""),
      "%.2f in random" % fin["mean_hours_to_review_arrival"] in items[0].replace(",", ""))
print("NUL in report.json:", "\\u0000" in open(o + "/report.json").read())
box = re.search(r'<section id="finance">(.*?)</section>', t, re.S).group(1)
for q in re.findall(r"<p[^>]*>(.*?)</p>", box, re.S):
    q = plain(q)
    if q.startswith("Hours sooner"):
        print("box:", q)
PY
