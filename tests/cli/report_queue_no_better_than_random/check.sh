# A queue that finds fewer claims in its first review day than random
# order (labels dealt at random to a file without the counts, so the model
# learns nothing): every sentence of the report about the queue follows
# queue_eval.json's figures. It says the queue does no better than random
# order, saves no review hours, and is not an order to work in. Before
# 2026-12-04 it said "Work the queue from the top", "the queue puts the
# likely claims first" and "0.00 review hours ... saved per day of review
# in finding the claims sooner".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o full.csv
python3 - <<'PY'
import csv, random
rows = list(csv.reader(open('full.csv', newline='', encoding='utf-8')))
h = rows[0]
drop = {h.index('video_view_count'), h.index('video_share_count')}
c = h.index('claim_status')
labs = [r[c] for r in rows[1:]]
random.Random(1).shuffle(labs)
for r, l in zip(rows[1:], labs):
    r[c] = l
with open('s.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows(
        [[v for j, v in enumerate(r) if j not in drop] for r in rows])
PY
$CT run -q s.csv -o out --threads 1 >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, json, re
q = json.load(open('out/queue_eval.json'))['at_capacity']
print('queue_eval.json: queue %.4f random %.4f' % (q['queue']['recall'], q['random']['recall']))
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
for pat in (r'The decision to present: .*?model\.', r'The queue does no better than random order here: .*?\)\.',
            # the finance box's headline and the summary's point since 2026-12-05, in place of
            # "No review hours saved" and "The queue saves no review hours"
            # (tests/cli/report_no_gain_plain)
            r'No claim found sooner: .*?\.\d\d%\.', r'Working the queue in the model.s order finds claims no sooner .*?stay the same\.',
            r'What the queue changes here: [^.]*\.', r'The queue does no better than random order on these reports, .*?\)\.'):
    m = re.search(pat, page)
    print(m.group(0) if m else 'MISSING: ' + pat)
# the gain's words since 2026-12-05 (tests/cli/report_finance_not_a_saving)
for s in ('Work the queue from the top', 'puts the likely claims first', 'Claims found sooner',
          'is how much sooner', 'What the figure is'):
    print(repr(s), 'said' if s in page else 'not said')
PY
# a day holding the whole queue: the mean wait decides, and it is longer
# in the queue's order (before: "the queue's gain is that claims are
# reviewed earlier in the day")
$CT run -q s.csv -o out2 --threads 1 --capacity 5000 >/dev/null 2>&1
echo "run --capacity 5000 exit $?"
python3 - <<'PY'
import html, json, re
q = json.load(open('out2/queue_eval.json'))['at_capacity']
print('queue_eval.json: mean hours queue %.2f random %.2f' % (q['queue']['mean_hours_to_review'], q['random']['mean_hours_to_review']))
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out2/report.html', encoding='utf-8').read())))
for pat in (r'Why: .*?stay the same\.', r'The whole queue \(.*?\)\.', r'The decision to present: .*?model\.'):
    m = re.search(pat, page)
    print(m.group(0) if m else 'MISSING: ' + pat)
for s in ('Work the queue from the top', 'reviewed earlier in the day'):
    print(repr(s), 'said' if s in page else 'not said')
PY
