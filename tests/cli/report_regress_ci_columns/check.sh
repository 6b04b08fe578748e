# The HTML report's coefficient table gives the odds ratio's confidence
# interval in two columns headed as regress's terminal table heads its
# bounds (statsmodels' '[0.025' and '0.975]', at the level regress.json
# gives), each bound a number of its own that matches regress.json. Before
# 2026-12-07 one 'lo to hi' cell under "OR 95% CI". Synthetic input.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 4 --noise 0.3 -o s.csv
$CT run -q s.csv -o out > /dev/null 2>&1; echo "run exit $?"
# the terminal table's heads, from regress at the run's command line
cmd=$(python3 -c "import json; m = json.load(open('out/manifest.json')); print(next(s['command'] for s in m['stages'] if s['name'] == 'regress'))")
cmd=${cmd#claimtriage }
term_heads=$(eval "$CT ${cmd/--json /} 2>/dev/null" | grep -E '^ +coef ' | awk '{print $(NF-1), $NF}')
echo "terminal heads: $term_heads"
python3 - "$term_heads" <<'PY'
import html, json, math, re, sys
r = json.load(open('out/regress.json'))
t = html.unescape(open('out/report.html', encoding='utf-8').read())
i = t.index('id="regress"')
sec = t[i:t.index('</section>', i)]
tab = sec[sec.index('Coefficients'):sec.index('Assumption checks')]
rows = [[re.sub(r'<[^>]+>', '', c).strip() for c in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', row, re.S)]
        for row in re.findall(r'<tr>(.*?)</tr>', tab, re.S)]
head = rows[0]
print('html heads:', head)
print('heads as the terminal:', ' '.join(head[6:8]) == sys.argv[1])
ok = True
for row, k in zip(rows[1:], r['coefficients']):
    m = re.search(r'odds ratio per ([\d,]+)', row[0])
    step = float(m.group(1).replace(',', '')) if m else 1
    lo = math.exp(k['ci_low'] * step)
    hi = math.exp(k['ci_high'] * step)
    for cell, want in ((row[6], lo), (row[7], hi)):
        if not math.isclose(float(cell), want, rel_tol=5e-3):
            ok = False
            print('  %s: %s against %.6g' % (row[0], cell, want))
print('each bound a number matching regress.json:', ok, len(rows) - 1, 'terms')
print('no "to" cell:', not any(' to ' in c for row in rows for c in row))
PY
