# The misclassified reports' ids in report.html: a 10-digit id stays on one
# line (its cell does not break: class "num"), an id longer than an id
# column holds may break (class "wrap") and is shown whole. Before
# 2026-12-02 every id could break anywhere, so the browser gave the column
# less than a 10-digit id and split it over two lines ("108422349" / "7"),
# and a string id was cut at 63 bytes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 8 --noise 0.3 -o s.csv
$CT run -q s.csv -o out > /dev/null
ids() { # the id cells of the misclassified table: class, then the id's length
  python3 - "$1" <<'PY'
import re, sys
html = open(sys.argv[1], encoding='utf-8').read()
t = html[html.index('Reports the model got wrong'):]
t = t[:t.index('</table>')]
for cls, v in re.findall(r'<tr><td class="num">[0-9,]+</td><td( class="[a-z]+")?>([^<]*)</td>', t):
    print('id cell', cls.strip() or '(no class)', 'of', len(v), 'characters')
PY
}
ids out/report.html | sort | uniq -c
# the same file with 80-character string ids
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
i = rows[0].index('video_id')
for r in rows[1:]:
    r[i] = 'report-' + r[i].rjust(73, '0')
csv.writer(open('long.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
PY
$CT run -q long.csv -o long > /dev/null
ids long/report.html | sort | uniq -c
