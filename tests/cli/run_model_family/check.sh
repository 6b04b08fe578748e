# run --model FAMILY passes the family on to train (the plan's milestone 6
# compares logistic regression with tree ensembles: `--model auto`); a
# family that does not exist is a usage error before any stage runs.
# Before 2026-12-03 run had no --model and always trained lr.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 4 -o s.csv
$CT run -q s.csv -o out --model gbdt >/dev/null
echo "run --model gbdt: exit $?"
python3 - <<'PY'
import json
t = json.load(open('out/train.json'))
print('train.json champion:', t['selection']['champion'])
m = json.load(open('out/manifest.json'))
cmd = [s for s in m['stages'] if s['name'] == 'train'][0]['command']
print('train stage has --model=gbdt:', '--model=gbdt' in cmd)
PY
$CT run -q s.csv -o out2 --model forest 2>&1
echo "run --model forest: exit $?"
test -e out2 && echo "out2 exists" || echo "out2 not created"
