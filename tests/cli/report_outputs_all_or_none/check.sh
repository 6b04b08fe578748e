# report DIR where report.json cannot be written (a folder stands at its
# name): exit 3 and no report.html either, the page and its data being
# written both or neither. Before 2026-12-03 report.html was written, then
# report.json failed (exit 3), leaving a page without its JSON.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 12 -o s.csv
$CT run -q s.csv -o out > /dev/null
rm out/report.json out/report.html
mkdir out/report.json
$CT report -q out
echo "exit $?"
ls -A out | grep report
rmdir out/report.json
$CT report -q out
echo "exit $?"
ls -A out | grep report
