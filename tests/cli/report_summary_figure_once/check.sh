set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 7 -o s.csv
$CT synth -q --rows 2000 --seed 1 -o b.csv
for r in "s.csv 3" "s.csv 480" "b.csv 100" "b.csv 250"; do
  set -- $r
  $CT run -q "$1" -o "o$2" --capacity "$2" >/dev/null 2>&1
  echo "== $1 --capacity $2: run exit $?"
  python3 - "o$2" <<'PY'
import json, re, sys, textwrap
j = json.load(open(sys.argv[1] + '/report.json'))
pts = {p['topic']: p for p in j['talking_points']}
q = pts['queue']['figures']
# the figures of the queue point, as the page prints them, counted in the
# finance and queue points together (the summary's first two)
both = pts['finance']['text'] + ' ' + pts['queue']['text']
figs = [('wait, queue', '%.2f' % q['mean_hours_to_review_queue']),
        ('wait, views alone', '%.2f' % q['mean_hours_to_review_views']),
        ('wait, random', '%.2f' % q['mean_hours_to_review_arrival']),
        ('day share, queue', '%.2f%%' % (100 * q['recall_first_day_queue']))]
print('  ' + ', '.join('%s %s: %d' % (n, v, both.count(v)) for n, v in figs))
# the day's claims in the queue's order, a count: said once in the queue point
k = re.search(r"reaches ([\d,]+) claims", pts['queue']['text'])
if k:
    print('  day claims, queue %s: %d' % (k.group(1), pts['queue']['text'].count(k.group(1) + ' claims')))
allsum = ' '.join(p['text'] for p in j['talking_points'])
sents = [s for s in re.split(r'(?<=\.) ', allsum) if s]
print('  "No order compared": %d; "queue matches views alone": %d; sentences said twice: %d'
      % (allsum.count('No order compared'), allsum.count('The queue matches views alone'),
         len([s for s in set(sents) if sents.count(s) > 1])))
m = pts.get('monitor')
if m and 'recall' in m['figures']:
    r = '%.1f%%' % (100 * m['figures']['recall'])
    print('  held-out recall %s: model point %d, monitor point %d'
          % (r, pts['model']['text'].count(r), m['text'].count(r)))
for who in ('Finance Lead (Americas)', 'Operations Lead'):
    s = [x for x in j['stakeholder_points'] if x['stakeholder'] == who][0]
    t = ' '.join(p['text'] for p in s['points'])
    print('  %s: "still reviewed either way" %d' % (who, t.count('still reviewed either way')))
print(textwrap.fill('finance: ' + pts['finance']['text'], 100, initial_indent='  ',
                    subsequent_indent='    '))
PY
done
