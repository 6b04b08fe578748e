# One review day holds the whole queue and views alone waits as long as the
# model's queue (60 rows, seed 1: 0.05 hours both; 200 rows, seed 2, noise
# 0.3: 0.22 against 0.23 hours, less than one review apart at 60 reviews an
# hour): the Data Science Manager's decision is a choice between the two,
# not "work the backlog in the model's queue order", and the Operations Lead
# is not told to work the queue from the top; the summary's queue point says
# views alone does as well. Before 2026-12-06 the decision was the model's
# queue, and 0.22 against 0.23 read "the queue does better by that wait".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "60 1 0" "200 2 0.3"; do
    set -- $spec
    $CT synth -q --rows "$1" --seed "$2" --noise "$3" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "run exit $?"
    python3 - <<'PY'
import json, re
j = json.load(open('r/report.json'))
q = [p['text'] for p in j['talking_points'] if p['topic'] == 'queue'][0]
print('queue point:', re.search(r'In the order of views alone.*?on average(?: \([^)]*\))?[:.] ([^.]*)\.', q).group(1))
pts = {s['stakeholder']: [p['text'] for p in s['points']] for s in j['stakeholder_points']}
m = [t for t in pts['Data Science Manager'] if t.startswith('The decision')][0]
print('manager:', m.split(';')[0])
print('manager says the value is not shown:', 'not shown on these reports' in m)
o = [t for t in pts['Operations Lead'] if 'review day' in t][0]
print('operations:', o.split(':')[0])
PY
done
