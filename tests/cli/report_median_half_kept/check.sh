# A median half-way between two whole numbers (claims' views 500,742.5,
# likes 125,200.5 on these rows) reads with its .5 in the report's claims
# point, in eda's chart titles and in the box chart's label, as eda's table
# and eda.json give it. Before 2026-12-05 the headline's whole number
# rounded it half to even: "500,742" beside eda's "500,742.5". Since
# 2026-12-05 the executive summary, plain words for an Operations Lead,
# says a whole count, "about 500,743 views" (a tester: "4,512.5 views"),
# while eda's titles, table, box label and eda.json keep the .5
# (tests/cli/report_summary_plain_words).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 2 -o s.csv || exit 1
mkdir out
$CT eda -q --json -o out/charts s.csv > out/eda.json
echo "eda exit $?"
$CT report -q out
echo "report exit $?"
$CT eda -q s.csv | grep -E '^ *video_view_count +claim ' | tr -s ' '
python3 - <<'PY'
import json, re
e = json.load(open('out/eda.json'))
for g in e['groupings']:
    if g['by'] == ['claim_status']:
        print('eda.json medians:', [(x['key'][0], x['metrics']['video_view_count']['median']) for x in g['groups']])
        break
for c in e['charts']:
    if c['file'] in ('box_video_view_count.svg', 'box_video_like_count.svg'):
        print(c['file'], '|', c['title'])
svg = open('out/charts/box_video_view_count.svg', encoding='utf-8').read()
print('box label:', re.findall(r'median 500,742[.0-9]*', svg)[:1])
j = json.load(open('out/report.json'))
print([p['text'] for p in j['talking_points'] if p['topic'] == 'claims'][0])
PY
