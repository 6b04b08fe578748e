# A queue (score -o) saved with ", " between its fields: merge and
# queue-eval give the ", " message with a hint that says the file is not
# laid out as score writes a queue and gives both ways out, score again or
# the repair; the repair, run as printed, gives back score's queue, which
# merge then reads.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 3 -o s.csv || exit 9
$CT train -q --no-audit s.csv -m m.ctm > /dev/null || exit 9
$CT score -q s.csv -m m.ctm -o q.csv || exit 9
/usr/bin/python3 -c "
import csv
out = open('qs.csv', 'w', newline='')
q = lambda c: '\"' + c.replace('\"', '\"\"') + '\"' if (',' in c or '\"' in c) else c
for r in csv.reader(open('q.csv', newline='')):
    out.write(', '.join(q(c) for c in r) + '\n')
"
$CT merge -q qs.csv q.csv > /dev/null; echo "merge exit $?"
$CT queue-eval -q qs.csv --labels s.csv 2>&1 >/dev/null | sed -n '/hint/,/repair/p'
echo "queue-eval exit ${PIPESTATUS[0]}"
$CT queue-eval -q - --labels s.csv < qs.csv 2>&1 >/dev/null | sed -n '/hint/,$p'
echo "queue-eval stdin exit ${PIPESTATUS[0]}"
$CT merge -q qs.csv q.csv 2> msg > /dev/null
cmd=$(sed -n 's/^ *\$ //p' msg)
eval "$cmd"
cmp qs.csv.csv q.csv && echo "repaired queue equals score's"
$CT queue-eval -q qs.csv.csv --labels s.csv > /dev/null; echo "queue-eval of the repaired queue: exit $?"
