# queue-eval -o DIR where the second chart cannot be written (a folder
# stands at its name): exit 3, nothing on standard output and neither
# chart left, as eda does with its charts. Before 2026-12-03 the figures
# (here the JSON) were printed, queue_recall.svg written, and then exit 3.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 13 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
$CT score -q s.csv -m m.ctm -o q.csv
mkdir -p charts/queue_view_recall.svg
$CT queue-eval -q q.csv --labels=s.csv -o charts --json > out.json
echo "exit $?, standard output $(wc -c < out.json) bytes"
ls -A charts
rmdir charts/queue_view_recall.svg
$CT queue-eval -q q.csv --labels=s.csv -o charts > /dev/null
echo "exit $?"
ls -A charts
