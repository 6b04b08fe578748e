set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 1:0.5 3:0.6; do
    $CT synth -q --rows 1500 --seed ${c%%:*} --noise ${c#*:} -o s$c.csv
    $CT run -q s$c.csv -o o$c > /dev/null 2>&1
    echo "seed ${c%%:*} noise ${c#*:}: run exit $?"
    $CT queue-eval -q o$c/queue.csv --labels s$c.csv --json > q$c.json
    $CT queue-eval -q o$c/queue.csv --labels s$c.csv > q$c.txt
    echo "  queue-eval exit $?; its text's test:"
    sed -n '/^waits against random order/,/^$/p' q$c.txt | sed '/^$/d'
    cp o$c/report.json r$c.json
    # an older queue_eval.json: the key taken out, its manifest entry updated
    /usr/bin/python3 - o$c <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
j = json.load(open(d + '/queue_eval.json'))
del j['wait_vs_random']
b = json.dumps(j).encode()
open(d + '/queue_eval.json', 'wb').write(b)
m = json.load(open(d + '/manifest.json'))
for s in m['stages']:
    for o in s.get('outputs') or []:
        if o['file'] == 'queue_eval.json':
            o['sha256'], o['bytes'] = 'sha256:' + hashlib.sha256(b).hexdigest(), len(b)
json.dump(m, open(d + '/manifest.json', 'w'))
PY
    $CT report -q o$c > /dev/null 2>&1
    echo "  report on a queue_eval.json without the test: exit $?"
done
/usr/bin/python3 - <<'PY'
import json
import pandas as pd, scipy.stats as st
for c in ('1:0.5', '3:0.6'):
    lab = pd.read_csv('s%s.csv' % c, dtype={'video_id': str}).drop_duplicates('video_id')
    q = pd.read_csv('o%s/queue.csv' % c, dtype={'id': str})
    q['place'] = range(1, len(q) + 1)
    q = q.merge(lab[['video_id', 'claim_status']], left_on='id', right_on='video_id', how='left')
    claim = q['claim_status'] == 'claim'
    r = st.mannwhitneyu(q.loc[claim, 'place'], q.loc[~claim, 'place'])
    t = json.load(open('q%s.json' % c)).get('wait_vs_random') or {}
    print('seed %s noise %s: U1 %.1f, p %.4g (scipy)' % (*c.split(':'), r.statistic, r.pvalue))
    print('  queue-eval --json:', t.get('test'), '| U1 as scipy\'s:', t.get('statistic') == r.statistic,
          '| p as scipy\'s:', t.get('p_value') is not None
          and abs(t['p_value'] - r.pvalue) <= 1e-12 + 1e-9 * r.pvalue,
          '| claims, others:', t.get('claims') == claim.sum(), t.get('others') == (~claim).sum())
    new = json.load(open('r%s.json' % c))['finance']['tests']['wait_vs_arrival']
    old = json.load(open('o%s/report.json' % c))['finance']['tests']['wait_vs_arrival']
    print('  report.json\'s test is queue-eval\'s:', {k: new[k] for k in t} == t,
          '| the same from an older queue_eval.json:', old == new)
PY
