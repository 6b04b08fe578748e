# SIGINT while a stage runs: the stage is told, the run exits 130, the
# manifest marks the run failed at that stage ("interrupted (SIGINT)"), and
# no temporary file is left. Also: -o - is refused, and a folder whose name
# starts with '-' works (stages get './-name').
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20000 --seed 5 -o in.csv || exit 1
$CT run -q in.csv -o out >/dev/null 2>err.txt &
pid=$!
for i in $(seq 1 3000); do [ -e out/logs/train.log ] && break; sleep 0.01; done
kill -INT $pid
wait $pid; echo "exit $?"
/usr/bin/python3 - <<'PY'
import json
m = json.load(open("out/manifest.json"))
print("status", m["status"], "failed_stage", m["failed_stage"])
print("messages:", [s["message"] for s in m["stages"] if s["status"] == "failed"])
PY
ls -a out | grep -c '^\.[^.]' | sed 's/^/hidden files left: /'
grep -c "interrupted during stage 'train'" err.txt | sed 's/^/message lines: /'
# a temporary of that run's stage (PID gone) is removed by the next run,
# whose note says the run was interrupted (before 2026-12-04 "killed")
: >"out/.train.json.tmp-$pid-0"
$CT run in.csv -o out 2>&1 >/dev/null | grep -o 'left when it [a-z]* [a-z]*'
$CT run -q in.csv -o - 2>&1 | head -1
$CT run -q in.csv --output=-dash >/dev/null; echo "dash folder exit $? $(ls -- -dash/report.html)"
