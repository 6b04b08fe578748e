# The model comparison table shows the decimals that tell ranked CV scores
# apart. Before 2026-12-06 four decimals were fixed, so on the reports file
# candidates ranked 1, 4 and 5 (1, 0.9999991, 0.9999963) all read "1.0000"
# with a CV std of "0.0000"; scores that differ only past 10 decimals are
# said to be tied there. Synthetic input; train.json's scores set by hand.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 4 -o s.csv
$CT run -q s.csv -o out > /dev/null 2>&1
cp out/train.json train.json
mkdir a b
python3 - <<'PY'
import json
t = json.load(open('train.json'))
c = t['cv']['candidates']
print('candidates:', len(c) >= 3)
for d, means, stds in (('a', [1, 0.9999990987752557, 0.9999963071249157],
                        [0, 8.753506023782285e-07, 6.66028573044799e-06]),
                       ('b', [0.9, 0.9 - 1e-13, 0.8], [0.01, 0.01, 0.02])):
    for i, k in enumerate(c):
        k['mean'], k['std'], k['rank'] = 0.5 - i / 100, 0.05, 4 + i
    for k, m, s, r in zip(c, means, stds, (1, 2, 3)):
        k['mean'], k['std'], k['rank'] = m, s, r
    json.dump(t, open(d + '/train.json', 'w'))
PY
for x in a b; do
    $CT report -q $x
    python3 - $x <<'PY'
import html, re, sys
t = html.unescape(open(sys.argv[1] + '/report.html', encoding='utf-8').read())
i = t.index('Cross-validated candidates')
tab = t[i:t.index('</table>', i)]
rows = re.findall(r'<tr>(.*?)</tr>', tab, re.S)[1:4]
for r in rows:
    cells = [re.sub(r'<[^>]+>', '', c).strip() for c in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', r, re.S)]
    print(sys.argv[1], cells[0], cells[3], cells[4])
note = re.sub(r'<[^>]+>', '', t[t.index('</table>', i):t.index('</table>', i) + 600])
m = re.search(r'Scores that read alike[^.]*\.[^)]*\)\.', note)
print(sys.argv[1], 'note:', m.group(0) if m else None)
PY
done
