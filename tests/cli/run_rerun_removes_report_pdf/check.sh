# synthetic inputs only
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 1 -o a.csv
$CT synth -q --rows 300 --seed 2 -o b.csv
awk -F, 'BEGIN { OFS = "," } NR > 1 && $2 == "opinion" { $2 = "claim" } { print }' b.csv >one.csv
ls_d() { (cd D && find . -maxdepth 1 -type f | sort | tr '\n' ' '); echo; }
$CT run -q a.csv -o D >/dev/null 2>&1
echo "run a.csv: exit $?"
# what `report D --pdf` leaves: a PDF the manifest does not list
printf '%%PDF-1.4 of a.csv\n' >D/report.pdf
echo "my notes" >D/notes.txt
$CT run -q b.csv -o D >/dev/null 2>&1
echo "run b.csv: exit $?"
ls_d
grep -c 'b\.csv' D/report.json >/dev/null && echo "report.json is b.csv's"
# a run that fails before its report stage, then `report D`: its report
# files are not in the manifest either
$CT run -q one.csv -o D >/dev/null 2>&1
echo "run one.csv: exit $?"
$CT report -q D
echo "report D: exit $?"
printf '%%PDF-1.4 of one.csv\n' >D/report.pdf
$CT run -q one.csv -o D >/dev/null 2>&1
echo "run one.csv again: exit $?"
ls_d
