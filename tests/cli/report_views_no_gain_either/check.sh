# Labels shuffled (no signal): the queue and views alone each find fewer
# claims in the day than random order, so neither saves a review hour.
# Before 2026-12-05 the Finance Lead read "would save 0.00 of those hours
# (the model's queue 0.00): views alone does better on these reports", and
# the finance box "would save about 0.00 review hours a day": the wording
# of report_views_no_gain_said held only when the queue saved some.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 2 -o s.csv || exit 1
shuffle s.csv > sh.csv
$CT run -q sh.csv -o out >/dev/null
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
print('0.00 hours said:', bool(re.search(r'0\.00 (of those|review) hours', page)))
PY
