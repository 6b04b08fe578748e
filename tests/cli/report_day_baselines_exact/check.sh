# A report given another day than queue-eval's capacity (--hours-per-day,
# --reviews-per-hour) counts views alone's and probability alone's share of
# claims in that day from queue_eval.json's tied groups (views_groups,
# probability_groups) by the function queue-eval computes them with, so
# they are what `queue-eval --capacity D` prints, to the last digit (and to
# the bit in report.json). Before 2026-12-05 they were read off the curve's
# 101 points: views alone 12.81% where queue-eval --capacity gave 12.78%.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 4000 --seed 7 --noise 0.3 -o hard.csv
$CT run -q hard.csv -o hard --seed 3 --model lr >/dev/null 2>&1
echo "run exit $?"
for o in "--hours-per-day 2" "--reviews-per-hour 30" "--reviews-per-hour 7 --hours-per-day 3" \
         "--reviews-per-hour 97"; do
  rm -rf H && cp -r hard H
  $CT report -q H $o >/dev/null 2>&1
  echo "report $o: exit $?"
  day=$(python3 -c "import json; print(int(json.load(open('H/report.json'))['finance']['day_reviews']))")
  $CT queue-eval -q hard/queue.csv --labels=hard.csv --capacity=$day --json > qe.json
  $CT queue-eval -q hard/queue.csv --labels=hard.csv --capacity=$day > qe.txt
  python3 - "$day" <<'PY'
import json, re, sys
f = json.load(open('H/report.json'))['finance']
q = json.load(open('qe.json'))['at_capacity']
txt = open('qe.txt').read()
out = ['day', sys.argv[1], 'source', f['baselines_first_day_source']]
for order, key, row in (('views', 'recall_first_day_views', 'views alone'),
                        ('probability', 'recall_first_day_probability', 'probability alone')):
    printed = re.search(r'^%s +([0-9.]+%%)' % row, txt, re.M).group(1)
    mine = '%.2f%%' % (100 * f[key])
    out += [order, 'report', mine, 'queue-eval', printed,
            'equal' if f[key] == q[order]['recall'] and mine == printed else 'DIFFER']
print(*out)
PY
done
