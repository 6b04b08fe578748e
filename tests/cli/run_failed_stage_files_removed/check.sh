# A stage that fails after writing some of its files leaves none of them:
# they are not its result and may look complete. Before 2026-12-02 the
# report stage interrupted while Chromium printed report.pdf (or failing on
# report.json) left a report.html that says the run is complete, beside a
# manifest that says "failed".
#
# Made deterministic here: in an earlier run's folder, report.json is a
# link to /dev/full (and the manifest no longer lists it, so it stays), so
# the report stage writes report.html, then fails on report.json (exit 3).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 16 -o s.csv
$CT run -q s.csv -o out > /dev/null
python3 - <<'PY'
import json
m = json.load(open('out/manifest.json'))
for s in m['stages']:
    s['outputs'] = [o for o in s['outputs'] if o['file'] != 'report.json']
json.dump(m, open('out/manifest.json', 'w'), indent=2)
PY
rm out/report.json
ln -s /dev/full out/report.json
$CT run -q s.csv -o out > /dev/null 2> err
echo "exit $?"
python3 - <<'PY'
import json
m = json.load(open('out/manifest.json'))
r = [s for s in m['stages'] if s['name'] == 'report'][0]
print('status:', m['status'], '| report stage:', r['status'], '| its outputs:', r['outputs'])
PY
[ -e out/report.html ] && echo "report.html left" || echo "no report.html"
