# A tie on the day's share is broken by the whole queue's mean wait when the
# two waits are a review or more apart (here 1.69 hours against 1.72 at 60
# reviews an hour, in the queue's favour at --capacity 100: since 2026-12-06,
# tests/cli/report_decision_tie_wait_breaks).
# Since 2026-12-06 a tie with views alone is a choice between the two, not
# the queue, for the Manager and the Operations Lead alike
# (tests/cli/report_decision_views_tie_choice).
# Where sorting by views alone does as well as the queue (within the
# verdict's noise) and the model's probability alone, without the reach,
# does as well too, the queue matches that shortcut: the
# Operations Lead is told to follow it, with what it saves, the Data
# Science Manager's decision is the queue, and no sentence puts the gain
# down to the view counts. Before 2026-12-05 (the real file, as here) the
# Operations Lead read "not yet the one to follow" with no figure, and the
# summary "the model's gain over random order comes from the view counts"
# while queue_eval.json showed probability alone doing as well.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv
$CT run -q s.csv -o o --capacity 100 >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, json, re
q = json.load(open('o/queue_eval.json'))['at_capacity']
print('queue_eval.json: queue %.4f views %.4f probability %.4f random %.4f' % tuple(
    q[k]['recall'] for k in ('queue', 'views', 'probability', 'random')))
j = json.load(open('o/report.json'))
for s in j['stakeholder_points']:
    for p in s['points']:
        t = p['text']
        if s['stakeholder'] == 'Data Science Manager' and t.startswith('The decision'):
            print('Manager:', t)
        if s['stakeholder'] == 'Operations Lead' and 'a day of' in t.lower():
            print('Operations:', t)
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('o/report.html', encoding='utf-8').read())))
for m in re.finditer(r'(Sorting by views alone does|Against sorting by views alone).*?\.(?= [A-Z]|$)(.*?\.(?= [A-Z]))?', page):
    print(m.group(0))
print('comes from the view counts' in page)
PY
