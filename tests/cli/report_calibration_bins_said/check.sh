# The calibration chart says how many bins hold reports and that its ECE is
# a report-weighted average, and names a bin 10 or more points off. Before
# 2026-12-06 it read "match observed claim rates in every bin (ECE 0)"
# where 2 of 10 bins held reports (the reports file), and "to within 0.59
# percentage points on average" beside a bin of 10 reports at 0.55
# predicted and 0.90 observed. A bin is off only beyond chance for its
# size (two binomial standard errors): before 2026-12-06 (same day) a bin of
# one report, 0.36 predicted and a claim, was "10 or more points off"
# (small). Synthetic input; the bins set by hand.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
$CT run -q s.csv -o out > /dev/null 2>&1
mkdir two far small && python3 - <<'PY'
import json
e = json.load(open('out/evaluate.json'))
def bins(rows):
    return [{'lo': i / 10, 'hi': (i + 1) / 10, 'count': n, 'mean_predicted': p,
             'observed': o} for i, (n, p, o) in enumerate(rows)]
e['reliability'] = {'ece': 0, 'bins': bins([(1895, 0, 0)] + [(0, 0, 0)] * 8 + [(1922, 1, 1)])}
json.dump(e, open('two/evaluate.json', 'w'))
e['reliability'] = {'ece': 0.005872, 'bins': bins([
    (366, 0.077, 0.079), (15, 0.182, 0.19), (3903, 0.26, 0.26), (69, 0.322, 0.31),
    (31, 0.42, 0.419), (10, 0.554, 0.9), (3938, 0.654, 0.649), (132, 0.729, 0.72),
    (205, 0.827, 0.815), (1180, 0.929, 0.916)])}
json.dump(e, open('far/evaluate.json', 'w'))
e['reliability'] = {'ece': 0.0046, 'bins': bins([(192, 0, 0.0052)] + [(0, 0, 0)] * 2 + [
    (1, 0.364, 1)] + [(0, 0, 0)] * 4 + [(1, 0.833, 1), (199, 1, 1)])}
json.dump(e, open('small/evaluate.json', 'w'))
PY
for x in two far small; do
    $CT report -q $x
    python3 - $x <<'PY'
import html, re, sys
t = html.unescape(open(sys.argv[1] + '/report.html', encoding='utf-8').read())
i = t.index('<h3>Calibration')
svg = t[t.index('<svg', i):t.index('</svg>', i)]
print(sys.argv[1], 'title:', ' '.join(re.findall(r'font-weight="bold">([^<]*)<', svg)))
sub = ' '.join(re.findall(r'<text[^>]*fill="#555555">([^<]*)<', svg))
print(sys.argv[1], 'subtitle:', sub[:sub.index(' 0 0.2')])
PY
done
