# The calibration chart's title gives the expected calibration error in
# percentage points, from evaluate.json, and an ECE of 0 as a match in every
# bin. Before 2026-12-02 it read "to within 0.0412 on average (ECE)", a
# probability an Operations Lead reads as nothing, and on the reports file
# (ECE 0) "to within 0 on average".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 3 --noise 0.3 -o s.csv
$CT run -q s.csv -o out > /dev/null
# a folder of files (not a run) holding the same evaluate.json with ECE 0
mkdir z && python3 - <<'PY'
import json
e = json.load(open('out/evaluate.json'))
e['reliability']['ece'] = 0
json.dump(e, open('z/evaluate.json', 'w'))
PY
$CT report -q z
python3 - <<'PY'
import html, json, re
for d in ('out', 'z'):
    ece = json.load(open(d + '/evaluate.json'))['reliability']['ece']
    t = html.unescape(open(d + '/report.html', encoding='utf-8').read())
    # the title's lines (an SVG text element each), joined
    words = ' '.join(re.findall(r'<text[^>]*>([^<]*)</text>', t))
    title = re.search(r'Predicted probabilities.*?\(ECE [^)]*\)', words).group(0)
    print(d, 'ECE %.4f' % ece, '|', title)
    if ece > 0:
        print('  percentage points as 100 x ECE, 3 significant digits:',
              ('%.3g' % (100 * ece)) in title)
PY
