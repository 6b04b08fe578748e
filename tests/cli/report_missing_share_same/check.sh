# The share of rows with a missing value (33 of 2,000 synthetic rows,
# 1.65%) has the same 2 decimals in the report's caveats and the Data
# Science Manager's risks as in inspect. Before 2026-12-05 the report said
# "(1.6%)" beside inspect's "1.65%".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv || exit 1
$CT inspect -q s.csv | grep 'rows with any missing value'
mkdir out
$CT inspect -q --json s.csv > out/inspect.json
$CT report -q out
echo "report exit $?"
python3 - <<'PY'
import json
j = json.load(open('out/report.json'))
for t in [p['text'] for p in j['talking_points']] + [p['text'] for s in j['stakeholder_points'] for p in s['points']]:
    if 'missing values' in t:
        print(t)
PY
