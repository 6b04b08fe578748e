# malformed lines in the middle of the input: every good line is scored, each
# bad one reported by line number to --errors (and by default to stderr), the
# counts add up; a stream cut mid-record reports the partial record.
set -u
FIT=$(dirname "${CT##* }")/tests/fit_model
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth --rows 1000 --seed 5 -o $d/train.csv && $CT synth --rows 60 --seed 6 -o $d/s.csv || exit 1
$FIT $d/train.csv $d/m.ctm || exit 1
{ sed -n 1,21p $d/s.csv; echo '1,claim,555,3,too few fields'; sed -n 22,40p $d/s.csv
  sed -n 41p $d/s.csv | sed 's/,[0-9]*,\([0-9]*\),\([0-9]*\),\([0-9]*\)$/,lots,\1,\2,\3/'
  sed -n 42,61p $d/s.csv; } >$d/bad.csv
$CT score $d/bad.csv -m $d/m.ctm -o $d/q.csv --errors $d/err.txt 2>$d/summary.txt; echo "exit $?"
sed "s|$d/||" $d/err.txt
head -1 $d/summary.txt
echo "queue rows: $(($(wc -l <$d/q.csv) - 1))"
# errors default to stderr
$CT score $d/bad.csv -m $d/m.ctm -q -o $d/q2.csv 2>&1 | sed "s|$d/||"
# a stream cut mid-record
{ sed -n 1,11p $d/s.csv; printf '9999,claim,123,5,"cut here'; } | $CT score - -m $d/m.ctm -o $d/q3.csv 2>&1 | head -3
echo "queue rows: $(($(wc -l <$d/q3.csv) - 1))"
