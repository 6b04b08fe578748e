# A run that fails at inspect, its first read of FILE (two malformed rows),
# writes the manifest's input.rows_read, rows_used and rows_skipped as null:
# no stage counted them. Before 2026-12-04 plan --status refused that
# manifest ("key input.rows_read is null, expected integer"), during a live
# run's first stages too, and `report DIR` headed "Reports file bad.csv,
# undefined rows". Now the counts may be null (docs/formats.md) and the
# report says they were not counted.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 2 -o in.csv || exit 1
awk 'NR == 101 { print $0 ",extra"; next } NR == 202 { print "garbage"; next } { print }' \
    in.csv > bad.csv
$CT run -q bad.csv -o out >/dev/null 2>&1; echo "run: exit $?"
grep -c '"rows_read": null' out/manifest.json | sed 's/^/rows_read null: /'
$CT plan --status out | grep -E '^Run:|of 9 milestones done|Nothing counts'
$CT report -q out; echo "report: exit $?"
grep -o 'Reports file [^<]*' out/report.html
