# `report DIR` on a run folder whose manifest.json lacks items a run of
# this version writes (one written by an earlier version, or edited): the
# appendix's run record shows "—" for each, with a note saying why, as
# every absent value of the page. Before 2026-12-02 the cells read
# "undefined" (rows skipped, threads) or were empty (command line, PACE).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 9 -o s.csv
$CT run -q s.csv -o out > /dev/null
python3 - <<'PY'
import json
m = json.load(open('out/manifest.json'))
for k in ('threads', 'command_line'):
    del m[k]
del m['input']['rows_skipped']
for s in m['stages']:
    del s['pace']
json.dump(m, open('out/manifest.json', 'w'), indent=2)
PY
$CT report -q out
echo "exit $?"
python3 - <<'PY'
import re
h = open('out/report.html', encoding='utf-8').read()
run = h[h.index('<h3>The run</h3>'):h.index('Files behind this report')]
run = re.sub(r'</?span>', '', run)  # a value's words in spans (td.cmd, 2026-12-04)
for item in ('Command line', 'Rows skipped', 'Threads', 'Seed'):
    print(item + ':', re.search('<td>' + item + '</td><td[^>]*>([^<]*)</td>', run).group(1))
print('PACE cells:', sorted(set(re.findall(r'<tr><td[^>]*>[a-z-]+</td><td>([^<]*)</td>', run))))
print('notes:', len(re.findall('marks an item this manifest.json does not record', run)))
print('"undefined" in the page:', h.count('undefined'))
PY
