# queue-eval -o DIR on a full disk (a chart that is /dev/full: every write
# fails with ENOSPC): the message names the chart and says the disk is
# full, exit 3. Before 2026-12-02 it said "write error while writing a
# chart" alone, and so did run's queue-eval stage.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 13 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
$CT score -q s.csv -m m.ctm -o q.csv
mkdir charts
ln -s /dev/full charts/queue_recall.svg
$CT queue-eval -q q.csv --labels=s.csv -o charts > /dev/null
echo "exit $?"
