# Views alone that finds fewer claims in the day than random order saves
# no review hour: the Finance Lead's point and the finance box say so,
# with its share against random order's. Before 2026-12-02 they read
# "would save 0.00 of those hours (the model's queue 5.62)" and "would
# save about 0 review hours a day", hiding that views alone does worse
# than random order (a file whose claims draw the fewest views: here the
# view counts are dealt so, the smallest to the claims).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o full.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('full.csv', newline='', encoding='utf-8')))
h = rows[0]
c, v = h.index('claim_status'), h.index('video_view_count')
views = sorted(int(r[v]) for r in rows[1:] if r[v])
claims = [r for r in rows[1:] if r[v] and r[c] == 'claim']
others = [r for r in rows[1:] if r[v] and r[c] != 'claim']
for r, x in zip(claims + others, views):
    r[v] = str(x)
with open('s.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows(rows)
PY
$CT run -q s.csv -o out --reviews-per-hour 10 >/dev/null
echo "run exit $?"
python3 - <<'PY'
import html, json, re
q = json.load(open('out/queue_eval.json'))['at_capacity']
print('queue_eval.json: queue %.4f views %.4f random %.4f' % (q['queue']['recall'], q['views']['recall'], q['random']['recall']))
j = json.load(open('out/report.json'))
sp = {s['stakeholder']: [p['text'] for p in s['points']] for s in j['stakeholder_points']}
print([t for t in sp['Finance Lead (Americas)'] if 'view counts alone' in t][0])
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
print(re.search(r'Sorting by views alone, with no model, .*?(against random order( by itself)?|no sooner than random order)\.', page).group(0))
PY
