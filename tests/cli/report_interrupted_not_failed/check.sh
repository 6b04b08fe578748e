# A run stopped by someone (SIGTERM during train) is "failed" in the
# manifest's status, as before, but its `interrupted_by` names the signal,
# and the report and plan --status say the run was stopped, not that a
# step failed: before 2026-12-05 the report's header read "The run failed
# at the train stage" and the PMO "the model training step failed"
# (tester AK).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20000 --seed 5 -o in.csv || exit 1
$CT run -q in.csv -o out >/dev/null 2>err.txt &
pid=$!
for i in $(seq 1 3000); do [ -e out/logs/train.log ] && break; sleep 0.01; done
kill -TERM $pid
wait $pid; echo "exit $?"
/usr/bin/python3 - <<'PY'
import json
m = json.load(open("out/manifest.json"))
print("status", m["status"], "failed_stage", m["failed_stage"], "interrupted_by", m["interrupted_by"])
PY
$CT report -q out >/dev/null 2>&1; echo "report exit $?"
grep -o 'The run was stopped (SIGTERM) during the train stage, before it finished: nothing failed' out/report.html | head -1
grep -o 'the run was stopped (SIGTERM) during its model training step, before the step finished: nothing failed' out/report.html | head -1
grep -o 'The train stage was stopped (SIGTERM) before it finished' out/report.html | head -1
grep -c 'The run failed at the train stage\|the model training step failed' out/report.html | sed 's/^/failure words: /'
$CT plan --status out | grep -o 'the run was stopped (SIGTERM) at stage train' | head -1
$CT plan --status out | grep -o 'status stopped by SIGTERM ("failed" in manifest.json; nothing failed)' | head -1
$CT plan --status out | grep -o 'train.json: stage train stopped (SIGTERM) before it finished' | head -1
sed 's/<[^>]*>//g' out/report.html | grep -o 'Statusstopped by SIGTERM (.\{1,8\}failed.\{1,8\} in manifest.json; nothing failed)' | head -1
