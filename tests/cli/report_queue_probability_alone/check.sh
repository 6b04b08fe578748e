# The queue's point against the order by the model's probability alone
# (queue-eval's at_capacity.probability): said when the queue's priority
# (the probability weighted by reach) finds materially more or fewer claims
# at capacity, by the rule views alone is judged by (rep_prob_verdict), and
# since 2026-12-06 when the two find as many (a tie, said before as
# nothing); nothing when the priority is the probability (score without
# views and shares columns: the reach falls back to it;
# priority_is_probability). Before 2026-12-05 the report never said it.
# Since 2026-12-07 the first file's "a day finds more claims" by the
# probability alone (50 claims against the queue's 47) is a tie by the
# paired test (7 claims in the queue's day alone, 10 in the probability
# alone's: p = 0.63), said as "no difference the data can show"
# (tests/cli/report_views_paired_test).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
say() {
  python3 - "$1" <<'PY'
import json, sys
d = sys.argv[1]
q = json.load(open(d + '/queue_eval.json'))
a = q['at_capacity']
print('  capacity', q['capacity'], 'probability_order_is_queue', q['probability_order_is_queue'],
      'priority_is_probability', q['priority_is_probability'],
      'recall queue %.4f probability %.4f' % (a['queue']['recall'], a['probability']['recall']))
j = json.load(open(d + '/report.json'))
t = [p['text'] for p in j['talking_points'] if p['topic'] == 'queue'][0]
s = [x for x in t.split('. ') if 'probability alone' in x]
print('  ' + (s[0] if s else '(probability alone not said)'))
PY
}
echo "== noisy labels: the reach weighting finds fewer claims"
$CT synth -q --rows 2000 --seed 3 --noise 0.3 -o n.csv || exit 1
$CT run -q n.csv -o r1 --capacity 60 >/dev/null 2>&1; echo "run exit $?"; say r1
echo "== clean labels: both orders find as many"
$CT synth -q --rows 2000 --seed 3 -o c.csv || exit 1
$CT run -q c.csv -o r2 --capacity 60 >/dev/null 2>&1; echo "run exit $?"; say r2
echo "== no views nor shares: the priority is the probability"
python3 - <<'PY'
import csv
rows = list(csv.reader(open('n.csv', newline='', encoding='utf-8')))
drop = {rows[0].index(c) for c in ('video_view_count', 'video_share_count')}
w = csv.writer(open('nv.csv', 'w', newline='', encoding='utf-8'), lineterminator='\n')
for r in rows:
    w.writerow([v for i, v in enumerate(r) if i not in drop])
PY
$CT run -q nv.csv -o r3 --capacity 60 >/dev/null 2>&1; echo "run exit $?"; say r3
