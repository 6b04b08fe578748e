# A hint's command too wide for its line is broken where a pasted copy
# still runs: between words with " \" and, inside the --features list, after
# a comma with "\" and the rest at the start of the next line. run relays
# the stage's message with the command whole again (manifest.json), and
# prints it broken the same way. Before 2026-12-05 the command was printed
# whole, 166 columns wide, in run's output (every claim_status emptied).
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
sed -n '/Construct regress/,/side analysis/p' err.txt | sed 's/[0-9.]* s$/T s/'
awk '{ if (length($0) > w) w = length($0) } END { print "widest line:", w }' err.txt
python3 - <<'PY'
import json
m = [s for s in json.load(open('o/manifest.json'))['stages'] if s['name'] == 'regress'][0]['message']
print('manifest:', m[m.index('$ '):])
PY
cmd=$(perl -0pe 's/ \\\n */ /g; s/\\\n//g' err.txt | grep -o '\$ claimtriage regress .*' | sed 's/^\$ claimtriage //')
$CT $cmd -q >/dev/null 2>&1
echo "the pasted command: exit $? (1: the file has no labels; not 2, a usage error)"
