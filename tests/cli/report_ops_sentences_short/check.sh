# The Finance and Operations Leads read plain language: their points'
# sentences are listed with their length in words (first words shown).
# Before 2026-12-06 the Finance Lead's "What the figure is: ..." ran to 79
# words, its headline to 54 and the Operations Lead's point on flags to 43
# in one sentence each; they are split, every figure kept. A sentence still
# over 30 words is marked "long".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 42 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import json, re
j = json.load(open('r/report.json', encoding='utf-8'))
for s in j['stakeholder_points']:
    if not s['stakeholder'].startswith(('Finance', 'Operations')):
        continue
    print('==', s['stakeholder'])
    for p in s['points']:
        for t in re.split(r'(?<=[.])\s+(?=[A-Z])', p['text']):
            n = len(t.split())
            print('%3d%s %s ...' % (n, ' long' if n > 30 else '', ' '.join(t.split()[:6])))
PY
