# A categorical column with one level in every labelled row is named with
# the level; a level longer than the note keeps is cut with "...", as the
# text's value is (before 2026-12-03 its first 63 of 80 characters read as
# the whole level).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 2 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='', encoding='utf-8')))
col = rows[0].index('author_ban_status')
for r in rows[1:]:
    r[col] = 'x' * 80
csv.writer(open('c.csv', 'w', newline='', encoding='utf-8')).writerows(rows)
PY
$CT train --no-audit --grid C=1 c.csv 2>&1 >/dev/null | grep -A2 'one level'
