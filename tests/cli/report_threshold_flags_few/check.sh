# A file with 3% claims: at train's default threshold 0.5 the model flags
# almost none, though it ranks them well. The report says why and names
# run's --target-recall (and --cost-ratio) as the way out; the monitor
# point does not say "when it falls" of a recall kept low by the threshold;
# the Data Science Lead's line carries train's low-recall note. Before
# 2026-12-05 the report said "The model catches 0.0% of claims" with no
# cause, and advised train's options, which run did not take (tester AN).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 6000 --seed 21 --noise 0.2 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
c = h.index('claim_status')
claims = [r for r in rows[1:] if r[c] == 'claim']
other = [r for r in rows[1:] if r[c] != 'claim']
keep = set(id(r) for r in claims[:int(len(other) * 0.03)])
out = [h] + [r for r in rows[1:] if r[c] != 'claim' or id(r) in keep]
csv.writer(open('imb.csv', 'w', newline='')).writerows(out)
PY
$CT run -q imb.csv -o o >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import json, re
e = json.load(open('o/evaluate.json'))
print('evaluate: threshold_rule %s, recall %.3f, roc_auc %.3f' % (
    e['model']['threshold_rule'], e['metrics']['recall'], e['metrics']['roc_auc']))
j = json.load(open('o/report.json'))
for p in j['talking_points']:
    if p['text'].startswith(('The model catches', 'What to monitor')):
        print(p['text'])
for s in j['stakeholder_points']:
    for p in s['points']:
        t = p['text']
        if t.startswith(('Champion', 'The decision')) or 'the threshold (' in t:
            print(s['stakeholder'] + ':', t)
PY
