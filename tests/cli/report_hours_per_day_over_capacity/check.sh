# A run given --capacity 100, its report rebuilt with --hours-per-day 4 at
# 30 reviews an hour: the day given to the report rules (120 reviews),
# and the page, its appendix and report.json say the same day. Before
# 2026-12-05 the day stayed the run's 100 reviews while the appendix said
# "4-hour review day" and report.json hours_per_day 4. Without
# --hours-per-day the run's capacity is the day, and no hours are claimed.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --noise 0.3 --seed 7 -o s.csv
$CT run -q s.csv -o out --capacity 100 >/dev/null
show() {
  python3 -c '
import html, json, re, sys
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
f = json.load(open("out/report.json"))["finance"]
print("  report.json: day_reviews", f["day_reviews"], "hours_per_day", f["hours_per_day"],
      "reviews_per_hour", f["reviews_per_hour"])
print("  box:", re.search(r"[Aa] review day (?:of|is) [0-9,]+ reviews \([^)]*\)", x).group(0))
print("  appendix:", re.search(r"Report options: [^.]*\.", x).group(0))'
}
echo "the run's page:"; show
$CT report -q out --hours-per-day 4 --reviews-per-hour 30
echo "report --hours-per-day 4 --reviews-per-hour 30:"; show
$CT report -q out --reviews-per-hour 30
echo "report --reviews-per-hour 30:"; show
