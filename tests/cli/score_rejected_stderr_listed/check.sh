# Rejected rows on stderr (no --errors FILE) are listed as every command
# lists bad rows: wrapped within 100 columns, a hint the rows share said
# once, the first ten shown and the rest counted; an --errors file keeps
# one line a row, every row (before 2026-12-04 stderr got every row, each
# on one line of up to 196 columns).
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
head -31 s.csv | awk -F, 'BEGIN{OFS=","} NR>1 && NR<=16 {$(NF-4)="\"1,234\""} {print}' > t.csv
$CT score -q t.csv -m m.ctm -o q.csv --max-rejected=100% 2>&1 | awk '{ if (length($0) > w) w = length($0); print } END { print "widest line: " w }'
$CT score -q t.csv -m m.ctm -o q.csv --max-rejected=100% --errors e.txt
echo "errors file: $(wc -l < e.txt) lines"
