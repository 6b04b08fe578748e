# `report DIR` on a run folder one artifact of which was deleted after the
# run, another cut short: each section says what happened. Before
# 2026-12-02 the deleted evaluate.json was "not in the folder (the manifest
# lists no such stage yet)" although the manifest records its stage done
# and the file as its output (the plan's section said "the manifest lists
# it"), and the cut train.json "was not used: unterminated string." with
# neither its place nor that it had changed after the run.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 11 -o s.csv
$CT run -q s.csv -o out > /dev/null
rm out/evaluate.json
head -c 500 out/train.json > t && mv t out/train.json
$CT report -q out
echo "exit $?"
python3 - <<'PY'
import json
r = json.load(open('out/report.json'))
for a in r['artifacts']:
    if a['file'] in ('train.json', 'evaluate.json'):
        print(a['file'], 'used:', a['used'])
        print('  ', a['why_not'])
PY
echo "'lists no such stage' in the page: $(grep -c 'the manifest lists no such stage' out/report.html)"
