# report on a full disk (report.html or report.json a link to /dev/full:
# every write fails with ENOSPC): the message names the file and says the
# disk is full, exit 3. Before 2026-12-02 report.json's said "could not
# write report.json: input/output error", and with report.html on
# /dev/full the report never ended: it read the old page (an endless
# stream of zeros) to compare it with a report.pdf that was not there.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 12 -o s.csv
$CT run -q s.csv -o out > /dev/null
rm out/report.json
ln -s /dev/full out/report.json
$CT report -q out
echo "report.json on a full disk: exit $?"
rm out/report.json out/report.html
ln -s /dev/full out/report.html
timeout 60 $CT report -q out
echo "report.html on a full disk: exit $?"
