# On 400 synthetic rows the regression fails on quasi-complete separation
# (one ban status holds one class only). The Project Management Officer's
# point (plain language) says so in plain words; the plan's table keeps
# regress's exact message. Before 2026-12-05 the PMO read "... regress.json:
# stage regress failed: s.csv: quasi-complete separation: ... the maximum
# likelihood estimates do not exist".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 9 --noise 0.3 -o s.csv || exit 1
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, json, re
j = json.load(open('r/report.json', encoding='utf-8'))
p = [s for s in j['stakeholder_points'] if s['stakeholder'] == 'Project Management Officer'][0]
print(p['points'][0]['text'])
page = html.unescape(re.sub(r'<[^>]+>', ' ', open('r/report.html', encoding='utf-8').read()))
print('exact message in the plan table:', 'not done (regress.json: stage regress failed: s.csv: quasi-complete separation' in re.sub(r'\s+', ' ', page))
PY
