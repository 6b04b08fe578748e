# run on a file with neither count column: score ranks the queue by
# probability (its reach would be 0 in every row) and run shows score's
# note under the score stage's line; the report says the order truthfully
# and why. Before 2026-12-04 the note stayed in logs/score.log, the queue
# was in tie order at reach 0, and the report said "likely claims that
# many people see come first" and "600 were scored from incomplete data".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 4 -o full.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('full.csv', newline='', encoding='utf-8')))
drop = {rows[0].index('video_view_count'), rows[0].index('video_share_count')}
with open('s.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows(
        [[v for j, v in enumerate(r) if j not in drop] for r in rows])
PY
$CT run s.csv -o out --threads 1 > /dev/null 2> err.txt
echo "run exit $?"
sed -n '/Execute   score /,/Execute   queue-eval/p' err.txt | sed 's/  *[0-9.]* s$/ TIME/'
python3 - <<'PY'
import html, json, re
s = json.load(open('out/score.json'))
print('score.json: priority', s['priority'], 'flagged', s['rows']['flagged'])
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
for pat in (r'The held-out queue \(queue\.csv\) orders .*?(?:a data warning[^.]*|anything in training\))\.', r'Why by probability: .*?does\.'):
    m = re.search(pat, page)
    print(m.group(0) if m else 'MISSING: ' + pat)
print('views said to come first:', 'many people see come first' in page)
PY
