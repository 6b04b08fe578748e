# run takes train's threshold options (--target-recall, --cost-ratio) and
# lr's --class-weight, checks them before any stage runs and passes them on
# to train. Before 2026-12-05 `run --target-recall 0.7` was an unknown
# option (exit 2) while the report advised train's --target-recall
# (tester AN).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 3 -o s.csv
$CT run -q s.csv -o o --target-recall 0.9 --class-weight balanced >/dev/null 2>&1
echo "run --target-recall 0.9 --class-weight balanced: exit $?"
python3 - <<'PY'
import json
m = json.load(open('o/manifest.json'))
print('train:', [s['command'] for s in m['stages'] if s['name'] == 'train'][0])
t = json.load(open('o/train.json'))
print('train.json threshold rule:', t['threshold']['rule'], 'target_recall:', t['threshold']['target_recall'])
PY
$CT run -q s.csv -o o2 --cost-ratio 4 >/dev/null 2>&1
echo "run --cost-ratio 4: exit $?"
python3 -c '
import json
m = json.load(open("o2/manifest.json"))
print("train:", [s["command"] for s in m["stages"] if s["name"] == "train"][0])'
$CT run -q s.csv -o o3 --target-recall 0.9 --cost-ratio 4 2>&1; echo "exit $?"
$CT run -q s.csv -o o3 --target-recall 0 2>&1; echo "exit $?"
$CT run -q s.csv -o o3 --cost-ratio=-1 2>&1; echo "exit $?"
$CT run -q s.csv -o o3 --class-weight heavy 2>&1; echo "exit $?"
$CT run -q s.csv -o o3 --model gbdt --class-weight balanced 2>&1; echo "exit $?"
$CT run --help | grep -A2 -E -- '--(target-recall|cost-ratio|class-weight)'
ls o3 2>/dev/null | wc -l
