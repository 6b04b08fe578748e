# score -o /dev/null --errors /dev/null: the null device replaces nothing,
# so both outputs are discarded and the --json summary printed (exit 0);
# before 2026-12-03 refused as "name the same file: the one written last
# would replace the other" (exit 2). Two names of one real file still are.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 13 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
$CT score -q s.csv -m m.ctm -o /dev/null --errors /dev/null --json > out.json
echo "both /dev/null: exit $?, rows.read $(python3 -c 'import json; print(json.load(open("out.json"))["rows"]["read"])')"
$CT score -q s.csv -m m.ctm -o q.csv --errors ./q.csv
echo "q.csv and ./q.csv: exit $?"
