# 60 rows, 6 of them by 'verified' authors: test.json's decision says the
# views "cannot tell" (fewer than the 10 rows a conclusion needs), and the
# summary's test point and the Data Science Lead's say so too. Before
# 2026-12-06 they read "a large gap that is probably not chance (... about 2
# times in 100)" beside it. The association claim_status x verified_status
# on the same rows is decided by Fisher's exact test (p = 0.0281 as
# scipy.stats.fisher_exact) on the same 6 'verified' videos: its decision
# follows the same rule, "cannot tell" (before 2026-12-06 "related ...
# unlikely to be chance" beside the views' "cannot tell").
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 1 --noise 0 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import json
t = json.load(open('r/test.json'))
print('test.json:', t['comparisons'][0]['decision'].split(':')[0])
a = [x for x in t['associations'] if x['columns'] == 'verified_status'][0]
print('association:', a['chosen'], round(a['fisher_exact']['p'], 4), a['reject'])
print('association decision:', a['decision'].split(':')[0])
j = json.load(open('r/report.json'))
print('summary:', [p['text'] for p in j['talking_points'] if p['topic'] == 'test'][0])
lead = j['stakeholder_points'][0]['points']
print('lead says it:', any(p['text'].startswith('We cannot tell whether views') for p in lead))
PY
