# `report DIR` while a run holds DIR (its flock, ct_plan_run_live) writes
# nothing there: the run's own report stage writes the report when it
# ends. Before 2026-12-04 it wrote report.html and report.json during the
# run's train stage, the run filed them under train and ended "complete",
# and plan --status then found 6 of 9 milestones done. The run is played by
# flock(1), which takes the same lock (no timing); the run's own report
# stage, which runs while its run holds the folder, still writes.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
exec 2>&1
$CT synth -q --rows 1000 --seed 5 -o s.csv || exit 1
$CT run -q s.csv -o r >/dev/null; echo "run: exit $?"
cp r/report.html before.html
flock r $CT report r; echo "report while a run holds r: exit $?"
cmp -s before.html r/report.html && echo "report.html untouched"
ls -a r | grep -c '^\.[^.]' | sed 's/^/hidden files: /'
$CT report -q r; echo "report once r is free: exit $?"
$CT plan --status r | tail -1 | awk '{print $1, $2, $3}'
