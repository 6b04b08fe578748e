# A held-out queue that fits in one review day (200 synthetic rows, a day of
# 480 reviews) saves no review hours by construction: the finance box's
# headline says so and why, with no rate and no money. Before 2026-12-05 it
# read "0 review hours, about 0 USD, saved per day of review in finding the
# claims sooner".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 200 --seed 3 -o s.csv
$CT run -q s.csv -o out >/dev/null 2>&1
python3 - <<'PY'
import html, json, re
t = open("out/report.html", encoding="utf-8").read()
box = t[t.index('id="finance"'):]
print("headline:", html.unescape(re.search(r"<strong>(.*?)</strong>", box, re.S).group(1)))
f = json.load(open("out/report.json"))["finance"]
print("report.json: queue_rows", f["queue_rows"], "day_reviews", f["day_reviews"],
      "hours_saved", f["hours_saved"])
PY
