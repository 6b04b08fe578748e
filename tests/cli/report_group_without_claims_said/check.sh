# A verified status group whose held-out reports hold no claim has no
# recall: the summary's monitor point and the Operations Lead's point say
# so ("'verified' no claim among its 2 reports") instead of leaving the
# group out, which made "recall within each verified_status" list one
# group alone. Before 2026-12-02 it vanished from both, and "1 of 1
# claims" read in the plural.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 200 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import json
e = json.load(open('out/evaluate.json'))
for g in e['by']['groups']:
    print('evaluate.json:', g['level'], 'rows', g['metrics']['n'], 'claims', g['metrics']['positives'])
j = json.load(open('out/report.json'))
mon = [p['text'] for p in j['talking_points'] if p['topic'] == 'monitor'][0]
i = mon.index('that share within')
print(mon[i:mon.index(');', i) + 1])
ops = [s for s in j['stakeholder_points'] if s['stakeholder'] == 'Operations Lead'][0]
print([p['text'] for p in ops['points'] if p['text'].startswith('Claims caught')][0])
PY
