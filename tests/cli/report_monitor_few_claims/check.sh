# report: the monitor point and the decision say few claims as counts
d=$(mktemp -d) && cd "$d" || exit 1
$CT synth -q --rows 1600 --seed 23 -o s.csv || exit 1
awk -F, 'NR == 1 || $2 != "claim" || ++k <= 12' s.csv | head -n 813 > few.csv
$CT run -q few.csv -o r --seed 4 > /dev/null 2>&1; echo "run exit $?"
python3 - <<'PY'
import json, re
r = json.load(open('r/report.json'))
pts = {p['topic']: p['text'] for p in r['talking_points']}
print(pts['model'])
print(pts['monitor'].split(';')[0] + ')')
print(pts['queue'].split(';')[0])
for s in r['stakeholder_points']:
    for p in s['points']:
        if p['text'].startswith('The decision to present'):
            # the recall and precision it gives, wherever the sentence
            # puts them (a day holding the whole queue puts the waits first)
            print('The decision to present: ...', re.search(r'\(recall [^)]*\)', p['text']).group(0))
PY
cd / && rm -rf "$d"
