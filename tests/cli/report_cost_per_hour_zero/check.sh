# A report given --cost-per-hour 0 (reviews whose cost is not to be shown)
# gives the review hours saved without money. Before 2026-12-03 it read
# "7.95 more review hours, about 0 USD at 0 USD an hour", which an
# executive reads as no saving at all. With a cost, the money is said.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 3 -o s.csv
$CT run -q s.csv -o out --capacity 50 >/dev/null
echo "run exit $?"
$CT report -q out --cost-per-hour 0
echo "report exit $?"
python3 - <<'PY'
import html, json, re
j = json.load(open('out/report.json'))
print('report.json cost_per_hour', j['options']['cost_per_hour'] if 'options' in j else j['finance']['cost_per_hour'],
      'cost_saved', j['finance']['cost_saved'])
pts = {p['topic']: p['text'] for p in j['talking_points']}
print('summary, finance:', re.sub(r'[0-9][0-9.,]*', 'N', pts['finance']))
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
print('money in the page:', 'USD' in page.split('Technical appendix')[0] if 'Technical appendix' in page else 'USD' in page)
print('assumption:', re.search(r'[Nn]o cost is set[^.;]*', page).group(0))
PY
$CT report -q out --cost-per-hour 40
python3 - <<'PY'
import json, re
j = json.load(open('out/report.json'))
pts = {p['topic']: p['text'] for p in j['talking_points']}
print('cost 40, summary, finance:', re.sub(r'[0-9][0-9.,]*', 'N', pts['finance']))
PY
# A tiny cost is said as given: before 2026-12-05 --cost-per-hour 1e-320
# read "at 0 USD an hour" (the option was rounded as a computed figure).
$CT report -q out --cost-per-hour 1e-320
python3 - <<'PY'
import json, re
j = json.load(open('out/report.json'))
pts = {p['topic']: p['text'] for p in j['talking_points']}
print('cost 1e-320, summary, finance:', re.search(r'at [^ ]+ USD an hour', pts['finance']).group(0))
PY
