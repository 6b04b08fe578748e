# 3000 rows, noise 0.3; rebuilt at 1 and 60 reviews an hour (a day of 8
# reviews, read off the curve, and the run's 480); then 3000 rows without
# noise, where views alone finds the same claims as the queue. Since
# 2026-12-06 the day of 8 reviews is a short day (random order finds about
# 4.1 of its claims, below 5: report_internal.h's rep_day_blind) whose
# counts cannot tell the queue from views alone (8 against 7, within
# 2 sqrt(8 + 7): rep_day_counts_close) nor from random order (8 against
# 4.1, within 2 sqrt(4.1)), so all three read a tie broken by the whole
# queue's waits, where before they agreed on "the queue does better" by one
# claim (tests/cli/report_day_too_short). Since 2026-12-07 the day's tests
# decide (tests/cli/report_short_day_test_rules): exact McNemar p = 1
# against views alone (a tie), but the hypergeometric test tells 8 claims
# from random order's 4.1 (p = 0.0042), so the finance lead's verdict is
# on the queue and views alone only.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 7 --noise 0.3 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
check() {
for rate in "$@"; do
    $CT report -q r --reviews-per-hour "$rate"
    echo "rate $rate: report exit $?"
    python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
s = open(d + "/report.html", encoding="utf-8").read()
t = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)))
t = re.sub(r"\s+", " ", t)
j = json.load(open(d + "/report.json", encoding="utf-8"))
q = [p["text"] for p in j["talking_points"] if p["topic"] == "queue"][0]
print("queue point:", re.search(r"(Sorting by views alone does (?:nearly )?as well|The queue does better "
      r"than sorting by views alone|Sorting by views alone does better)[^:]*", q).group(0))
print("finance box says little or nothing:", "the model gains little or nothing" in t)
fin = j["stakeholder_points"][4]["points"][-1]["text"]
# its last clause: after the last ": ", or the last sentence that opens
# "So " (since 2026-12-07 the verdict on the waits is a sentence of its own)
print("finance lead:", re.split(r": |\. (?=So )", fin)[-1])
PY
done
}
check 1 60
$CT synth -q --rows 3000 --seed 1 -o s.csv
rm -rf r
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
check 60
