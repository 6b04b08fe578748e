# The finance box's "per review day, not per backlog" holds while the day's
# reviews limit the claims found. When the first day finds every claim of the
# queue (fewer claims than the day's reviews: here a synthetic file whose
# claims are thinned to about 2%), the box says the figure is that queue's;
# with many claims it keeps the per-day sentence. The thinned file's day
# is --capacity 240 (since 2026-12-07): all 11 claims within 480 of 595
# reviews is a lead random order reaches by chance too often
# (hypergeometric p about 0.1, tests/cli/report_random_test), so no hours
# were counted there; within 240 it is not (p about 5e-5).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 6000 --seed 5 -o s.csv
awk -F, 'NR == 1 || $2 != "claim" || NR % 50 == 0' s.csv >few.csv
$CT run -q few.csv -o few --capacity 240 >/dev/null 2>&1
$CT run -q s.csv -o many >/dev/null 2>&1
for r in few many; do
  python3 -c '
import html, json, re, sys
t = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
f = json.load(open(sys.argv[1] + "/report.json"))["finance"]
print(sys.argv[1], "claims", f["claims"], "day", f["day_reviews"], "r_queue", f["recall_first_day_queue"])
# the box headline says it too (it said "saved per day of review" in both
# cases; since 2026-12-05 it says what the figure is, not a saving:
# tests/cli/report_finance_not_a_saving)
h = re.search(r"Claims found sooner, not a cut in review cost\. (.*?either way\.)", x)
print("  headline:", re.sub(r"[0-9][0-9.,]*", "N", h.group(1)) if h else "none")
m = re.search(r"(Here the first day finds every claim[^.]*\.(?: Random order needs[^.]*\. A larger queue[^.]*\.)?|It is a figure per review day[^:.]*[:.])", x)
print("  ", m.group(1) if m else "no sentence")
# the summary talking point says the same
pts = [p["text"] for p in json.load(open(sys.argv[1] + "/report.json"))["talking_points"]
       if "more review hours" in p.get("text", "")]
print("  point:", re.sub(r"[0-9][0-9.,]*", "N", pts[0]) if pts else "none")' "$r"
done
