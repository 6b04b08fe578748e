# run's progress lines keep their times in one column whatever the status
# ("done", "FAILED (exit 1)"), and every line has its time. Before
# 2026-12-05 a failure pushed its time 11 columns right and an
# interrupted stage had none. Here every claim_status is emptied: eda and
# regress fail (side analyses; test runs its test without the label, since
# 2026-12-05 run gives it --dropna=used), then train, and run stops.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
python3 - <<'PY'
import csv
r = csv.reader(open('s.csv', newline='', encoding='utf-8'))
w = csv.writer(open('nolab.csv', 'w', newline='', encoding='utf-8'), lineterminator='\n')
h = next(r); w.writerow(h); i = h.index('claim_status')
for x in r:
    w.writerow(x[:i] + [''] + x[i + 1:])
PY
$CT run nolab.csv -o o 2>err.txt >/dev/null
echo "run exit $?"
python3 - <<'PY'
import re
lines = [l for l in open('err.txt', encoding='utf-8') if l.startswith('claimtriage run: [')]
cols = set()
for l in lines:
    m = re.search(r'^(claimtriage run: \[[ 0-9/]+\] \S+ +\S+ +)(.*?) +[0-9.]+ s$', l.rstrip('\n'))
    print(re.sub(r'[0-9]+\.[0-9]+ s$', 'T s', l.rstrip('\n')))
    cols.add(l.rstrip('\n').rindex(' s') if m else -1)
print('time columns:', len(cols), 'every line timed:', -1 not in cols)
PY
