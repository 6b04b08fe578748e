# Every mean wait of the report (summary and the review queue's table) is
# shown with the same 2 decimals, half up from queue_eval.json. Before
# 2026-12-02 the summary's first mention used 3 significant digits: "a
# claim waits 15.1 hours ... instead of 29.6", then "(the queue 15.07)" in
# the next sentence, and "0.075" beside "(the queue 0.08)" on a short queue.
# Since 2026-12-05 the queue's wait is not said again ("again: queue None":
# tests/cli/report_summary_wait_said_once).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out --reviews-per-hour 10 >/dev/null
python3 - <<'PY'
import html, json, re
q = json.load(open('out/queue_eval.json'))['at_capacity']
def two(v):
    import math
    return '%.2f' % (math.floor(v * 100 + 0.5 + 1e-7) / 100)
pts = {p['topic']: p['text'] for p in json.load(open('out/report.json'))['talking_points']}
t = pts['queue']
first = re.search(r'a claim waits ([0-9]+(?:\.[0-9]+)?) hours of review \(at [^)]*\) on average before it is '
                  r'reviewed, instead of ([0-9]+(?:\.[0-9]+)?)', t)
again = re.search(r'\(the queue ([0-9]+(?:\.[0-9]+)?)\)(?!%)', t)
views = re.search(r'(?:and|In that order,) a claim waits ([0-9]+(?:\.[0-9]+)?) hours of review on average over the whole queue', t)
print('summary: queue', first.group(1), 'random', first.group(2), '| again: queue',
      again.group(1) if again else None, '| views', views.group(1) if views else None)
print('queue_eval.json, 2 decimals half up: queue', two(q['queue']['mean_hours_to_review']),
      'random', two(q['random']['mean_hours_to_review']),
      'views', two(q['views']['mean_hours_to_review']))
page = html.unescape(open('out/report.html', encoding='utf-8').read())
tab = re.search(r'At capacity: the first.*?</table>', page, re.S).group(0)
cells = [re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', r, re.S)[-1]
         for r in re.findall(r'<tr>(.*?)</tr>', tab, re.S)[1:]]
print('table: queue', cells[0], 'random', cells[1], 'views', cells[2])
PY
