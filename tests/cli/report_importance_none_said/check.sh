# When no input's permutation importance is above 0, the chart's title says
# why: the other inputs carry the same signal (each of them separates the
# classes alone on a noiseless synthetic file), or the model is at chance.
# Before 2026-12-06 it read "Shuffling no input costs the model anything",
# read as "the model uses nothing". Synthetic input; the chance case is
# evaluate.json's baseline set to the prevalence by hand.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 1 --noise 0 -o s.csv
$CT run -q s.csv -o out > /dev/null 2>&1
mkdir z && python3 - <<'PY'
import json
e = json.load(open('out/evaluate.json'))
print('drops above 0:', sum(g['mean'] > 0 for g in e['importance']['groups']))
e['importance']['baseline'] = e['metrics']['prevalence']
json.dump(e, open('z/evaluate.json', 'w'))
PY
$CT report -q z
python3 - <<'PY'
import html, re
for d in ('out', 'z'):
    t = html.unescape(open(d + '/report.html', encoding='utf-8').read())
    i = t.index('What the model relies on')
    svg = t[t.index('<svg', i):t.index('</svg>', i)]
    # the title's lines (bold SVG text elements), joined
    print(d, 'title:', ' '.join(re.findall(r'font-weight="bold">([^<]*)<', svg)))
    print(d, 'caption:', re.search(r'<figcaption>([^<]*)', t[i:]).group(1))
PY
