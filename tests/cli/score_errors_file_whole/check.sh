# The --errors file is an output like the queue: written whole or not at all.
# A run that fails (a foreign file, an absent column) leaves neither the queue
# nor an empty errors file; a run that goes on writes both; -o and --errors
# naming one file is refused.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 12 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null || exit 1
sed '1s/.*/\U&/' s.csv > upper.csv
$CT score upper.csv -m m.ctm -o q.csv --errors e.txt 2>/dev/null; echo "absent columns: exit $?"
ls q.csv e.txt .*tmp* 2>/dev/null | sed 's/^/  left behind: /'
{ head -5 s.csv; echo '9,claim,99,5,text,verified,active,"1,234",1,1,1,1'; } > bad.csv
$CT score bad.csv -m m.ctm -o q.csv --errors e.txt --max-rejected=100% 2>/dev/null; echo "one bad row (1 of 5, within --max-rejected=100%): exit $?"
echo "  queue rows: $(($(wc -l <q.csv) - 1)), errors: $(wc -l <e.txt)"
rm -f q.csv e.txt
$CT score bad.csv -m m.ctm -o q.csv --errors q.csv; echo "same file: exit $?"
ls q.csv 2>/dev/null | sed 's/^/  left behind: /'
true
