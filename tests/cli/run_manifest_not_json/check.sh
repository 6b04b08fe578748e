# A manifest.json that is not valid JSON is said to be so, with the
# parser's line and column (as report says it), exit 2; before 2026-12-03
# the folder was said to hold "no run's manifest.json".
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
mkdir D; echo '{bad' >D/manifest.json; echo x >D/queue.csv
$CT run -q in.csv -o D; echo "exit $?"
echo '{"tool": "claimtriage", "command": "eda"}' >D/manifest.json
$CT run -q in.csv -o D; echo "exit $?"
