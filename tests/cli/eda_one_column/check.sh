# eda of one numeric column (a reports file keeping video_view_count only):
# before 2026-12-05 --columns took 2 to 16 (exit 2), the default numeric
# columns the file lacked were an error whose hint --columns could not be
# followed, and run's eda stage failed. Now: summaries, class tables, box
# plots and class tests of the one column; its correlations the 1x1 [[1]]
# in JSON with no heat map or scatter, said once; the absent defaults left
# out with a note; with every default absent, the error names the file's
# numeric columns as a --columns value eda takes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv || exit 9
python3 - <<'PY'
import csv
drop = {'video_like_count', 'video_share_count', 'video_download_count',
        'video_comment_count', 'video_duration_sec'}
rows = list(csv.reader(open('s.csv', newline='', encoding='utf-8')))
keep = [i for i, c in enumerate(rows[0]) if c not in drop]
nums = [rows[0].index(c) for c in ('claim_status', 'video_id', 'verified_status',
                                   'video_view_count', 'video_like_count')]
with open('one.csv', 'w', newline='', encoding='utf-8') as f, \
        open('nums.csv', 'w', newline='', encoding='utf-8') as g:
    w, wn = csv.writer(f, lineterminator='\n'), csv.writer(g, lineterminator='\n')
    for i, r in enumerate(rows):
        w.writerow([r[j] for j in keep])
        v = [r[j] for j in nums]
        wn.writerow(['claim_status', 'video_id', 'verified_status', 'views', 'likes'] if i == 0 else v)
PY
echo "== eda --columns=video_view_count --json"
$CT eda -q one.csv --columns=video_view_count --json > one.json; echo "exit $?"
python3 - <<'PY'
import json
j = json.load(open('one.json'))
print('metrics', j['metrics'], 'pearson', j['pearson'], 'spearman', j['spearman'])
print('rates', sorted(j['rates']), 'class test', j['class_test']['video_view_count']['method'])
print('charts', [c['file'] for c in j['charts']])
PY
echo "== eda -o ch (defaults: five absent)"
$CT eda one.csv -o ch 2>&1 >out.txt | grep -v "rows read"; echo "exit ${PIPESTATUS[0]}"
grep "Correlation" out.txt
ls ch
echo "== every default numeric column absent"
$CT eda -q nums.csv 2>&1; echo "exit $?"
$CT eda -q nums.csv --by=verified_status --columns=views,likes > /dev/null; echo "that --columns: exit $?"
echo "== run"
$CT run one.csv -o r 2>&1 | grep -oE "Analyze +eda +[a-zA-Z]+"
python3 - <<'PY'
import html, re
t = open('r/report.html', encoding='utf-8').read()
s = re.search(r'<section id="eda">(.*?)</section>', t, re.S).group(1)
print([re.sub(r'\s+', ' ', html.unescape(n)) for n in re.findall(r'<p class="note">(.*?)</p>', s, re.S)])
PY
