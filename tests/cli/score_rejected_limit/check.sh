# score's rejected rows: a warning naming how many and the first cause
# (with -q too), and --max-rejected (default 10%): beyond it exit 1, no
# queue written, the errors file kept whole.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 6 -o train.csv && $CT train -q train.csv -m m.ctm --no-audit >/dev/null || exit 9
$CT synth -q --rows 40 --seed 7 -o s.csv || exit 9
# 3 of 40 rows with a duration that is no number (7.5%: within 10%)
awk -F, 'BEGIN{OFS=","} NR>1 && NR<=4 {$4="abc"} {print}' s.csv > few.csv
# 30 of 40 (75%): an export whose durations are text
awk -F, 'BEGIN{OFS=","} NR>1 && NR<=31 {$4="abc"} {print}' s.csv > most.csv
echo "== few rejected: exit 0, a warning"
$CT score few.csv -m m.ctm -o q.csv --errors e.txt --json > s.json; echo "exit $?"
echo "queue rows: $(($(wc -l <q.csv) - 1)); errors: $(wc -l <e.txt)"
jq -c '[.rows.read, .rows.scored, .rows.rejected, .rows.max_rejected, .rows.first_rejected]' s.json
echo "== -q says it too"
$CT score -q few.csv -m m.ctm -o q.csv 2>&1 >/dev/null | grep -v "^few.csv:"; echo "exit $?"
echo "== most rejected: exit 1, no queue, the errors kept"
rm -f q.csv e.txt
$CT score most.csv -m m.ctm -o q.csv --errors e.txt --json; echo "exit $?"
echo "queue written: $([ -e q.csv ] && echo yes || echo no); errors: $(wc -l <e.txt)"
echo "== --max-rejected=100% scores what can be read"
$CT score -q most.csv -m m.ctm -o q.csv --max-rejected=100% 2>/dev/null; echo "exit $?"
echo "queue rows: $(($(wc -l <q.csv) - 1))"
echo "== a count: 2 allows 2, not 3"
$CT score -q few.csv -m m.ctm -o q.csv --max-rejected=2 2>/dev/null; echo "exit $?"
$CT score -q few.csv -m m.ctm -o q.csv --max-rejected=3 2>/dev/null; echo "exit $?"
echo "== usage"
$CT score few.csv -m m.ctm --max-rejected=lots; echo "exit $?"
$CT score few.csv -m m.ctm --max-rejected=101%; echo "exit $?"
