# A run killed outright (kill -9: no handler runs) leaves manifest.json
# saying "running". Before 2026-12-04 plan --status said "the run is
# running" of it, and `report DIR` typed after it said "Status: running
# (this report is its last stage)" and counted one milestone more than plan
# --status. A run holds a lock on its folder while it runs (flock(2));
# without it, "running" is a run interrupted: plan --status and the report
# say so and count alike. With the lock held (flock(1) here, as run holds
# it for its report stage), the report is the run's last stage as before.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 4 -o in.csv || exit 1
$CT run -q in.csv -o out >/dev/null 2>&1 &
pid=$!
for i in $(seq 1 3000); do [ -e out/logs/test.log ] && break; sleep 0.01; done
kill -KILL $pid
wait $pid 2>/dev/null; echo "run: exit $?"
sleep 0.2 # the stage running ends with run (PR_SET_PDEATHSIG)
sed -n 's/^  "status": "\([a-z]*\)",$/manifest: \1/p' out/manifest.json
$CT plan --status out > st.txt
tr -s ' \n' '  ' < st.txt > joined.txt # wrapped lines joined
grep -c 'but interrupted (no run holds the folder)' joined.txt | sed 's/^/plan --status says interrupted: /'
grep -o 'the run was interrupted: it says "running", but no run holds the folder' joined.txt |
    head -n 1 | grep -c . |
    sed 's/^/workflow milestone says why: /'
done_status=$(sed -n 's/^\([0-9]*\) of 9 milestones done.*/\1/p' st.txt)
$CT report -q out; echo "report: exit $?"
done_report=$(grep -o 'Delivery: [0-9]* of 9' out/report.html | grep -o '[0-9]* of' | cut -d' ' -f1)
[ "$done_status" = "$done_report" ] && echo "same count: yes" || echo "count: plan --status $done_status, report $done_report"
# (a value's words are in spans, td.cmd: 2026-12-04)
sed 's#</\?span>##g' out/report.html | grep -c 'running, but interrupted: no run holds the folder' | sed 's/^/appendix says interrupted: /'
grep -c 'this report is its last stage' out/report.html | sed 's/^/appendix says last stage: /'
grep -c 'The run was interrupted: its manifest.json says' out/report.html | sed 's/^/header says interrupted: /'
# under the lock only the run's own report stage writes (its parent is the
# run, named in CLAIMTRIAGE_RUN_PID: here the shell flock starts); another
# report is refused (since 2026-12-04: tests/cli/report_refuses_live_run)
flock out $CT report -q out 2>/dev/null; echo "report under the lock, not the run's: exit $?"
flock out sh -c 'CLAIMTRIAGE_RUN_PID=$$ "$0" report -q out; exit $?' "$CT"
echo "report under the lock: exit $?"
sed 's#</\?span>##g' out/report.html | grep -c 'this report is its last stage' | sed 's/^/under the lock, last stage: /'
flock out $CT plan --status out | grep -c 'but interrupted' | sed 's/^/under the lock, plan --status says interrupted: /'
