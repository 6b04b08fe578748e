# The regression section reads right: the full-data fit and the held-out
# check's second fit are said to be two fits; const's VIF is marked not
# read (the check reads the predictors' only); an odds ratio within 0.001
# of 1 per unit is given per the step "In words" uses, never as many nines;
# a predictor capped before the fit is said to be. Before 2026-12-06 the
# reports file's page showed "on 19,084 rows" beside "Fitted on 14,313
# rows", const's VIF 13.53 beside "largest predictor VIF 3.59 < 5", odds
# ratios "0.99999984", and no word of 2,789 comment counts capped at 728.5.
# Synthetic input.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 --noise 0.3 -o s.csv
$CT run -q s.csv -o out > /dev/null 2>&1
python3 - <<'PY'
import html, json, re
r = json.load(open('out/regress.json'))
t = html.unescape(open('out/report.html', encoding='utf-8').read())
i = t.index('id="regress"')
sec = t[i:t.index('</section>', i)]
text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', sec))
print('first fit said:', 'from this fit on every modelled row' in text)
print('second fit said:', 'A second fit, separate from the one above' in text)
rows = re.findall(r'<tr>(.*?)</tr>', sec[sec.index('Coefficients'):sec.index('Assumption checks')], re.S)
for row in rows[1:]:
    cells = [re.sub(r'<[^>]+>', '', c).strip() for c in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', row, re.S)]
    print('  %s | OR %s | CI %s to %s | VIF %s' % (cells[0], cells[5], cells[6], cells[7], cells[8]))
print('many nines or zeros in an odds ratio:', bool(re.search(r'\b(0\.9999|1\.0000)\d', text)))
for c in r['cleaning']['caps']:
    if c['capped'] and any(k['name'] == c['column'] for k in r['coefficients']):
        m = re.search(re.escape(c['column']) + r' was capped at .*?describe the capped values', text)
        print('cap said:', m.group(0) if m else None)
PY
