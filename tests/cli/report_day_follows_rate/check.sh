# The review day of report (summary, finance box, report.json) when the run
# derived its capacity (8 hours at its rate): report --reviews-per-hour and
# --hours-per-day restate it; a capacity the run was given stays the day.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null
$CT run -q s.csv -o given --capacity 480 --reviews-per-hour 40 >/dev/null
day() { # DIR [report options]: the day's reviews, its reviews saved and hours saved
  local dir=$1; shift
  $CT report -q "$dir" "$@"
  python3 -c '
import json, sys, re
f = json.load(open(sys.argv[1] + "/report.json"))["finance"]
h = open(sys.argv[1] + "/report.html").read()
days = sorted(set(re.findall(r"[Aa] review day (?:of|is|here is) ([0-9,]+) reviews", h)))
assert f["hours_saved"] == f["reviews_saved"] / f["reviews_per_hour"], f
print("day", f["day_reviews"], "in the page", days, "rate", f["reviews_per_hour"],
      "hours/day", f["hours_per_day"])' "$dir"
}
echo "run's derived day:"; day out
echo "report at 30 an hour:"; day out --reviews-per-hour 30
# the queue section's waits are at the report's rate too, as the summary's
# (they were queue-eval's, at 60 an hour, beside a summary at 30)
python3 -c '
import json, sys, re, html
h = html.unescape(open(sys.argv[1] + "/report.html").read())
pts = json.load(open(sys.argv[1] + "/report.json"))["finance"]
row = re.search(r"<td>queue</td>(?:<td[^>]*>[^<]*</td>){2}<td[^>]*>([0-9.,]+)</td>", h)
print("queue table wait", row.group(1), "summary wait %.2f" % pts["mean_hours_to_review_queue"],
      "rate said:", re.search(r"At [0-9]+ reviews an hour \([^)]*\)", h).group(0))' out
echo "report over 4 hours:"; day out --hours-per-day 4
echo "report at 30 an hour over 10 hours:"; day out --reviews-per-hour 30 --hours-per-day 10
echo "run's given capacity, report at 30 an hour:"; day given --reviews-per-hour 30
# each assumption with the command that changes it (before 2026-12-05 the
# box named --hours-per-day as if run took it: tests/cli/report_finance_options_named)
grep -o 'To restate them on this page, [^<]*' out/report.html
