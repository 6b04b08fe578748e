# Since 2026-12-06 waits less than one review apart (1 / reviews per hour)
# are the same, at any rate, and are not printed apart
# (tests/cli/report_decision_views_tie_choice, rep_waits_cmp).
# Whether a claim waits as long in the queue's order as in views alone's is
# decided from the exact waits, and the figures are printed with the digits
# that tell them apart: at 100,000 reviews an hour both waits print 0.01
# hours, yet they differ (tester AO F13: "a claim waits as long in either
# order" where queue_eval.json's waits were 16.03 and 16.14 h at 60 an hour).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 --noise 0 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
for rate in 60 100000; do
    $CT report -q r --hours-per-day 24 --reviews-per-hour $rate
    echo "report --reviews-per-hour $rate: exit $?"
    python3 - r $rate <<'PY'
import html, json, re, sys
d = sys.argv[1]
q = json.load(open(d + "/queue_eval.json"))
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read())))
rate = float(sys.argv[2])
a = q["at_capacity"]
print("  queue_eval.json waits at %g an hour: queue %.6f h, views alone %.6f h" % (rate,
      a["queue"]["mean_hours_to_review"] * q["reviews_per_hour"] / rate,
      a["views"]["mean_hours_to_review"] * q["reviews_per_hour"] / rate))
for m in sorted(set(re.findall(r"a claim waits (?:as long in either order|less in [^;.]*order(?: \([^)]*\))?)", page))):
    print("  " + m)
PY
done
