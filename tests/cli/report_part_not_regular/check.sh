# `report DIR` (and plan --status) on a run folder whose files are a FIFO
# or a link to /dev/zero: each such file is said to be "not a regular
# file" and the report is written. Before 2026-12-04 report blocked forever
# on the FIFO's open and read /dev/zero without end (plan --status too, for
# a manifest.json made so), where plan --status said "not a regular file"
# of score.json.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 11 -o s.csv
$CT run -q s.csv -o run > /dev/null || exit 9
cp -r run a && rm a/score.json && mkfifo a/score.json && ln -sf /dev/zero a/train.json
rm a/charts/queue_recall.svg && mkfifo a/charts/queue_recall.svg
timeout 60 $CT report -q a
echo "report (score.json a FIFO, train.json /dev/zero, a chart a FIFO): exit $?"
python3 - <<'PY'
import json
r = json.load(open('a/report.json'))
for a in r['artifacts']:
    if a['file'] in ('train.json', 'score.json'):
        print(a['file'], 'used:', a['used'])
        print('  ', a['why_not'])
PY
grep -o 'Chart queue_recall.svg not shown[^<]*' a/report.html
for m in fifo zero; do
  cp -r run $m && rm $m/manifest.json
  if [ $m = fifo ]; then mkfifo $m/manifest.json; else ln -s /dev/zero $m/manifest.json; fi
  timeout 60 $CT report -q $m
  echo "report (manifest.json: $m): exit $?"
  grep -o 'manifest.json is there[^<]*' $m/report.html | head -1
  timeout 60 $CT plan --status $m > /dev/null
  echo "plan --status (manifest.json: $m): exit $?"
done
