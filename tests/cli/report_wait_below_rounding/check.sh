# Since 2026-12-06 waits less than one review apart (1 / reviews per hour)
# are the same, at any rate, and are not printed apart
# (tests/cli/report_decision_views_tie_choice, rep_waits_cmp).
# A mean wait that rounds to nothing at the page's 2 decimals (a small
# queue at 100,000 reviews an hour) is "less than 0.01 hours", as the
# savings are (tests/cli/report_saving_below_rounding): before 2026-12-05
# the page read "a claim waits 0.00 hours of review on average", and until later that day the
# queue table's mean-wait cells read "0.00" beside it; they read "<0.01" (rep_hours2_cell).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 11 -o in.csv
$CT run -q in.csv -o r --capacity 40 >/dev/null 2>&1
echo "run: exit $?"
$CT report -q r --reviews-per-hour 100000
echo "report: exit $?"
python3 - <<'PY'
import html, re
h = open("r/report.html", encoding="utf-8").read()
h = h[h.index("<body"):]
t = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", h)).split())
for m in re.finditer(r"[Aa] claim waits [^;]*?(?=;|\. )", t):
    print("-", m.group(0))
body = h[h.index("Mean wait of a claim"):]
body = body[:body.index("</tbody>")]
for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
    cells = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    print("  wait cell:", cells[0], "|", cells[-1])
print("waits 0.00 hours:", len(re.findall(r"waits 0\.00 hours|\(the queue 0\.00\)|instead of 0\.00", t)))
PY
