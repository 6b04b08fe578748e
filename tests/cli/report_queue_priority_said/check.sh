# The review queue section says in words how the queue is ordered (score's
# priority, score.json), not by its option value alone: before 2026-12-02
# "orders 591 reports by priority (reach)".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 2 -o s.csv
$CT run -q s.csv -o out > /dev/null
python3 - <<'PY'
import html, json, re
t = open('out/report.html', encoding='utf-8').read()
m = re.search(r'The held-out queue \(queue\.csv\) orders[^<]*', t)
print('score.json priority:', json.load(open('out/score.json'))['priority'])
print(re.sub(r'\s+', ' ', html.unescape(m.group(0))))
PY
