# A rerun into a run's folder refuses to replace an output changed since
# the run wrote it, but the report's files are replaced changed or not:
# `report DIR` renders them again (a change of the tool's own, which no
# hash in the manifest can tell from a user's), so a rerun cannot refuse
# them. Before 2026-12-05 `run --help` said only "one changed since the run
# wrote it is not [replaced]: run refuses, exit 2", and an edited
# report.html was replaced without a word the help had given; the help
# now states the exception (docs/run.md says why).
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT run --help | sed -n '/^DIR must be/,/^$/p'
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
$CT run -q in.csv -o D > /dev/null; echo "run: exit $?"
echo "<!-- my notes -->" >> D/report.html
echo " " >> D/report.json
$CT run -q in.csv -o D > /dev/null; echo "rerun, report edited: exit $?"
grep -c 'my notes' D/report.html
echo "my notes" >> D/queue.csv
$CT run -q in.csv -o D 2>&1 >/dev/null | sed "s|$d|TMP|g"
echo "rerun, queue edited: exit ${PIPESTATUS[0]}"
