set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 1 -o t1.csv
# the same reports without their view counts
/usr/bin/python3 -c "import csv; r = list(csv.reader(open('t1.csv'))); i = r[0].index('video_view_count'); w = csv.writer(open('nv.csv', 'w', newline='')); [w.writerow(x[:i] + x[i + 1:]) for x in r]"
$CT run -q nv.csv -o o --capacity 2 > /dev/null 2>&1
echo "run exit $?"
/usr/bin/python3 - o <<'PY'
import json, sys, textwrap
r = json.load(open(sys.argv[1] + '/report.json', encoding='utf-8'))
t = next(s for s in r['stakeholder_points'] if s['stakeholder'] == 'Operations Lead')['points'][0]['text']
print('Operations Lead, first point: "undefined" %d, "view counts alone" %d'
      % (t.count('undefined'), t.count('view counts alone')))
print(textwrap.fill(t, 100, initial_indent='  ', subsequent_indent='    '))
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
print('report.html: "undefined" %d' % s.count('undefined'))
PY
