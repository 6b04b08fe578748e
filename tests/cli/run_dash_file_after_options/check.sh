# A file named -dash.csv: the hint says where -- goes (after the options),
# and the words after -- are said to be read as file names because of it;
# following the hint, the run reads the file. Before 2026-12-03 the hint
# said "-- before it", and `run -- -dash.csv -o d -q` said only "got 4".
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o ./-dash.csv || exit 1
$CT run -dash.csv -o d -q; echo "exit $?"
$CT run -- -dash.csv -o d -q; echo "exit $?"
$CT inspect -- -dash.csv -q; echo "exit $?"
$CT run -o d -q -- -dash.csv >/dev/null; echo "exit $?"
