# The executive summary's queue point says each figure once: the queue's
# whole-queue wait and its share of the day are given in its first
# sentence, and the comparison with views alone does not give them again.
# Before 2026-12-05 the reports file read "a claim waits 16.03 hours ...
# instead of 31.82" then "a claim waits 16.14 hours ... over the whole
# queue (the queue 16.03)", and a day covering most of the queue said the
# queue's wait three times, views alone's, random order's and its share of
# the day twice (capacity 150 below); a day holding the whole queue said
# the queue's wait twice (capacity 500). Before 2026-12-07 the comparison
# with views alone then said each of views alone's figures again in words
# ("it finds as many claims in the day as views alone. Views alone reaches
# more of the claims' views. A claim waits 1.17 hours ... and 1.22 in views
# alone's"): it now adds only the test of the waits. A figure listed below as given
# twice is views alone's own share of the day, equal to the queue's, or
# random order's share of the day, given again as the reason the day cannot
# tell the orders apart (before 2026-12-06 "at least half" beside the
# figure; the figure is said, as reviewers asked).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 5 --noise 0.2 -o a.csv
$CT synth -q --rows 2000 --seed 1 -o b.csv
for r in "a.csv 150" "a.csv 500" "b.csv 100"; do
  set -- $r
  $CT run -q "$1" -o "o$2" --capacity "$2" >/dev/null 2>&1
  echo "== $1 --capacity $2: run exit $?"
  python3 - "o$2" <<'PY'
import html, json, re, sys
d = sys.argv[1]
q = [p['text'] for p in json.load(open(d + '/report.json'))['talking_points'] if p['topic'] == 'queue'][0]
print(q)
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open(d + '/report.html', encoding='utf-8').read())))
print('the page\'s summary holds it:', q in page)
figs = re.findall(r'\d+\.\d+%?', q)
print('figures given more than once:', sorted({f for f in figs if figs.count(f) > 1}) or 'none')
PY
done
