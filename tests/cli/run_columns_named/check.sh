# run on an export of one's own: the reports file's columns renamed and its
# labels spelled yes / no. Before, train failed naming --target/--positive,
# options run refused; now run takes train's names and passes them on, and
# the model, held-out figures and queue are those of the reports file's names.
d=$(mktemp -d) && cd "$d" || exit 1
$CT synth -q --rows 1500 --seed 8 -o s.csv || exit 1
python3 - <<'PY'
import csv
names = {'claim_status': 'label', 'video_id': 'vid', 'video_transcription_text': 'transcript',
         'video_view_count': 'views'}
with open('s.csv', newline='') as f, open('r.csv', 'w', newline='') as g, \
        open('y.csv', 'w', newline='') as h:
    rd, w, wy = csv.reader(f), csv.writer(g), csv.writer(h)
    head = next(rd)
    j = head.index('claim_status')
    w.writerow([names.get(c, c) for c in head])
    wy.writerow(head)
    for row in rd:
        row[j] = {'claim': 'yes', 'opinion': 'no'}.get(row[j], row[j])
        w.writerow(row)
        wy.writerow(row)
PY
$CT run -q s.csv -o a > /dev/null 2>&1 || exit 1
$CT run -q r.csv -o b 2>&1 | grep -o "train needs --target=COL --positive=VALUE"
echo "no options: exit ${PIPESTATUS[0]}"
$CT run r.csv -o c --target label > /dev/null; echo "--target alone: exit $?"
$CT run -q r.csv -o c --target label --positive yes --text transcript --id vid --views views \
  > /dev/null 2> err.txt; echo "named: exit $?"
$CT run -q y.csv -o y --positive yes > /dev/null 2>&1; echo "labels yes / no, --positive yes: exit $?"
python3 - <<'PY'
import json
m = json.load(open('c/manifest.json'))
print('failed analyses:', m.get('failed_analyses'))
for st in m['stages']:
    if st['name'] in ('inspect', 'eda', 'test', 'train', 'score', 'queue-eval'):
        print(st['name'], st['status'], ' '.join(w for w in st['command'].split()
                                                 if w.startswith(('--target', '--positive', '--text', '--id', '--views', '--measure'))))
def get(run, f, *path):
    x = json.load(open(run + '/' + f))
    for p in path:
        x = x[p]
    return x
for f, path in (('evaluate.json', ('metrics',)), ('queue_eval.json', ('at_capacity',)),
                ('queue_eval.json', ('rows',)), ('train.json', ('rows',))):
    print(f, '/'.join(path), 'as the reports file names give' if get('a', f, *path) == get('c', f, *path) else 'DIFFERENT')
ra, rc = (open(r + '/queue.csv').read().splitlines() for r in ('a', 'c'))
print('queue: rank,id,priority,probability as the reports file names give' if [l.split(',')[:4] for l in ra] == [l.split(',')[:4] for l in rc] else 'queue DIFFERENT')
# the report finds the claims by the model's positive value ('yes'), not by
# the word 'claim': the class balance and the claims' engagement point
import html, re
def page(r):
    t = open(r + '/report.html', encoding='utf-8').read()
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', t)))
for r in ('a', 'c', 'y'):
    m = re.search(r'Balance: [^;]*;', page(r))
    pts = {p['topic']: p['text'] for p in json.load(open(r + '/report.json'))['talking_points']}
    print(r, m.group(0) if m else 'no balance', '| claims point:', pts.get('claims', 'none')[:60])
PY
$CT demo -o e --target label 2>&1 | head -1
cd / && rm -rf "$d"
