# The rows without a label (the backlog) are not in a run's queue; when
# they hold none of the model's evidence (score's no_evidence rule on
# inspect.json's missing-value patterns: synth's rows without a label lack
# the transcript and the five counts too, as the reports file's 298 do),
# the report says ranking them would give no order and that they need
# their data or a person, instead of giving the command that ranks them
# (before 2026-12-05: tester AO F18; on the reports file that command put
# all 298 at the queue's bottom, each "predicted claim"). A backlog whose
# rows keep their data still gets the command.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 23 -o s.csv
jq -c '.missing_patterns' <($CT inspect -q --json s.csv)
$CT run -q s.csv -o out > /dev/null 2>&1
echo "run exit $?"
# the same file with the label alone blanked in the rows without it, whose
# data is filled back from their neighbours (no missing value elsewhere)
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
lab = h.index('claim_status')
for k, r in enumerate(rows[1:], 1):
    if not r[lab]:
        donor = rows[k - 1] if k > 1 else rows[k + 1]
        rows[k] = [v if v or j == lab else donor[j] for j, v in enumerate(r)]
csv.writer(open('f.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
PY
$CT run -q f.csv -o out2 > /dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, re
for o in ('out', 'out2'):
    page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open(o + '/report.html', encoding='utf-8').read())))
    m = re.search(r'The held-out queue holds the model.*?(?:first|docs/score\.md\))\.', page)
    print(o + ':', m.group(0) if m else 'MISSING')
PY
