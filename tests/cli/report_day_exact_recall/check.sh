# A report given another day (--hours-per-day, --reviews-per-hour) counts
# the queue's claims in that day exactly, from queue_eval.json's
# claim_places, so its share and hours saved are queue-eval --capacity's.
# Before 2026-12-05 it read them off the curve's 101 points: 17.07% and
# 5.20 hours where queue-eval --capacity=360 gave 17.06% (339 of 1,987)
# and 5.19 (a 20,000-row file; here a smaller one, the same rule).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 4000 --seed 7 --noise 0.3 -o hard.csv
$CT run -q hard.csv -o hard --seed 3 --model lr >/dev/null 2>&1
echo "run exit $?"
for o in "--hours-per-day 2" "--reviews-per-hour 30"; do
  rm -rf H && cp -r hard H
  $CT report -q H $o >/dev/null 2>&1
  echo "report $o: exit $?"
  day=$(python3 -c "import json; print(int(json.load(open('H/report.json'))['finance']['day_reviews']))")
  $CT queue-eval -q hard/queue.csv --labels=hard.csv --capacity=$day --json > qe.json
  python3 - "$day" <<'PY'
import json, sys
f = json.load(open('H/report.json'))['finance']
q = json.load(open('qe.json'))
r = q['at_capacity']['queue']['recall']
print('day', sys.argv[1], 'source', f['recall_first_day_source'],
      'report %.6f queue-eval %.6f' % (f['recall_first_day_queue'], r),
      'equal' if f['recall_first_day_queue'] == r else 'DIFFER')
PY
done
