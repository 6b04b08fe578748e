# A queue that finds all its claims in the day, where random order's
# expected reviews for them fit in the day too, gains nothing
# (rep_queue_gain), and the summary's decision and the Finance Lead's
# point say so as the finance box does. 1,200 synthetic reports (synth
# --noise 0.1 --seed 9) cut to the opinions and the first 10 claims; a day
# of 100 reviews (--capacity 100): the queue finds both held-out claims in
# it, random order 86.21% in expectation and both within the day. Before
# 2026-12-06 both points read "The queue finds claims sooner, not with
# fewer reviews: its 2 claims all come within its first review day of 100
# reviews. Random order would need 0 more review hours to find them."
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --noise 0.1 --seed 9 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "opinion" { print; next } $2 == "claim" && c < 10 { print; c++ }' s.csv >f.csv
$CT run -q f.csv -o r --capacity 100 >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.html <<'PY'
import html, re, sys
page = html.unescape(re.sub(r"<[^>]*>", " ", open(sys.argv[1], encoding="utf-8").read()))
page = re.sub(r"\s+", " ", page)
m = re.search(r"The decision: .*?(?= The model catches)", page)
print(m.group(0) if m else "no decision")
print("sooner said beside 0 more hours:", "would need 0 more review hours" in page)
PY
