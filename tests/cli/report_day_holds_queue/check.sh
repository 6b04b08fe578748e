# A review day that holds the whole held-out queue (--capacity above its
# size): every order finds every claim within the day, so the summary does
# not say views alone "does as well" on the day's shares (100% against 100%)
# nor credit the view counts with a gain; it compares the mean wait. Nor
# does it give the day's shares of claims, 100% against 100% in random
# order, which compare nothing (said so since 2026-12-02). report.json's
# day_reviews is the day the page names (5,000) and its formula caps it
# as D = min(day_reviews, queue_rows); before 2026-12-02 the formula said
# day_reviews itself was capped, beside a day_reviews of 5000.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out --capacity 5000 >/dev/null
python3 -c '
import html, json, re
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
q = json.load(open("out/queue_eval.json"))
print("queue", q["rows"]["queue"], "capacity", q["capacity"])
print(re.search(r"A review day of [^.]* holds the whole queue.*?by that wait\.", x).group(0))
print("100% against 100%:", bool(re.search(r"\(100(\.0+)?% of them\), against", x)))
print("does as well:", "Sorting by views alone does as well" in x)
f = json.load(open("out/report.json"))["finance"]
print("report.json: day_reviews", f["day_reviews"], "queue_rows", f["queue_rows"],
      "reviews_saved", f["reviews_saved"])
print("formula:", f["formula"])'
