# The review queue section says each kind of data flag with its own count
# and words, from score.json's rows.flag_rows. Before 2026-12-05 every
# flagged row was "scored from incomplete data (a missing transcript or
# count, or a category the model never saw)", also the reports file's 4
# rows flagged out_of_range alone (tester AN). Here: view counts far beyond
# the rest in some rows (some land in the test split beyond every training
# row's) and transcripts emptied in others.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 2 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
v, t = h.index('video_view_count'), h.index('video_transcription_text')
for k, r in enumerate(rows[1:]):
    if k % 40 == 7:
        r[v] = str(10**12 + 1000 * k)
    if k % 97 == 3:
        r[t] = ''
csv.writer(open('s.csv', 'w', newline='')).writerows(rows)
PY
$CT run -q s.csv -o out > /dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, json, re
r = json.load(open('out/score.json'))['rows']
print('score.json flagged:', r['flagged'], 'flag_rows:', json.dumps(r['flag_rows'], sort_keys=True))
t = open('out/report.html', encoding='utf-8').read()
m = re.search(r'The held-out queue \(queue\.csv\) orders.*?Drift check', t, re.S)
print(re.sub(r'\s+', ' ', html.unescape(m.group(0))))
print('incomplete data' in t)
PY
