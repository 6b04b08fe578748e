# score -o QUEUE --errors ERRS where one of the two cannot be written (a
# link to /dev/full: every write fails with ENOSPC): exit 3 and neither
# file left, as docs/score.md says. Before 2026-12-03 an errors file on a
# full disk was exit 3 with the queue written, and the summary after the
# error said the rejected rows were "listed in" that errors file.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 13 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
awk 'NR % 5 == 0 { print "bad,row"; next } { print }' s.csv > bad.csv
ln -s /dev/full full.csv
$CT score -q bad.csv -m m.ctm -o q.csv --errors full.csv --max-rejected 100%
echo "errors on a full disk: exit $?"
ls q.csv 2> /dev/null
$CT score -q bad.csv -m m.ctm -o full.csv --errors e.csv --max-rejected 100%
echo "queue on a full disk: exit $?"
ls e.csv 2> /dev/null
$CT score -q bad.csv -m m.ctm -o q.csv --errors e.csv --max-rejected 100%
echo "both written: exit $?"
ls q.csv e.csv
