# `report DIR` on a run folder, without options, rebuilds the run's own
# report: it takes what the run recorded (manifest.json: the rate, the cost,
# the plan's start, redaction). Before 2026-12-02 it took the rate and the
# cost only, so a run made with --start lost its calendar dates (working
# days instead) and a redacted run's page was no longer marked redacted.
# An option given on the command line still wins.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
$CT run -q s.csv -o out --start 2026-12-07 --redact --reviews-per-hour 30 > /dev/null
cp out/report.json run.json
grep -o '<td>[0-9-]* to [0-9-]*</td>' out/report.html | head -2 > run.dates
$CT report -q out
python3 - <<'PY'
import json
a, b = json.load(open('run.json')), json.load(open('out/report.json'))
for k in ('start', 'redacted'):
    print(k, 'run:', a[k], '| rebuilt:', b[k])
print('finance reviews_per_hour run:', a['finance']['reviews_per_hour'],
      '| rebuilt:', b['finance']['reviews_per_hour'])
PY
grep -o '<td>[0-9-]* to [0-9-]*</td>' out/report.html | head -2 | cmp -s - run.dates \
  && echo "planned dates as in the run's report" || echo "planned dates DIFFER"
$CT report -q out --start 2027-01-04
python3 -c 'import json; print("given --start wins:", json.load(open("out/report.json"))["start"])'
