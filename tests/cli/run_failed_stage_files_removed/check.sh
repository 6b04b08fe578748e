# A stage that fails after writing some of its files leaves none of them:
# they are not its result and may look complete. Before 2026-12-02 the
# report stage interrupted while Chromium printed report.pdf (or failing on
# report.json) left a report.html that says the run is complete, beside a
# manifest that says "failed".
#
# Made deterministic here, before 2026-12-06: in an earlier run's folder,
# report.json a link to /dev/full, so the report stage wrote report.html,
# then failed on report.json (exit 3), and none of its files stayed. Since
# 2026-12-06 a name the run writes that is not a regular file (here a
# device) is refused before anything is removed or written (exit 2,
# tests/cli/run_output_name_is_folder): the earlier run stays whole, its
# manifest "complete" with its report. (The report stage itself writes
# report.html and report.json together or neither:
# tests/cli/report_outputs_all_or_none.)
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
head -1 err | sed "s#$d#DIR#"
python3 - <<'PY'
import json
m = json.load(open('out/manifest.json'))
r = [s for s in m['stages'] if s['name'] == 'report'][0]
print('status:', m['status'], '| report stage:', r['status'], '| its outputs:', [o['file'] for o in r['outputs']])
PY
[ -e out/report.html ] && echo "report.html left (the earlier run's)" || echo "no report.html"
