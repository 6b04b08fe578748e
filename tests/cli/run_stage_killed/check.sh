# A stage killed by SIGKILL (what the kernel's out-of-memory killer sends)
# is named by its signal and the usual cause, not only "killed by signal 9";
# the run exits 3 and the manifest marks that stage failed.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20000 --seed 5 -o in.csv || exit 1
$CT run -q in.csv -o out >/dev/null 2>err.txt &
pid=$!
for i in $(seq 1 3000); do [ -e out/logs/train.log ] && break; sleep 0.01; done
child=""
for i in $(seq 1 3000); do child=$(pgrep -P $pid | head -n 1); [ -n "$child" ] && break; sleep 0.01; done
kill -KILL $child
wait $pid; echo "exit $?"
/usr/bin/python3 - <<'PY'
import json
m = json.load(open("out/manifest.json"))
print("status", m["status"], "failed_stage", m["failed_stage"])
print("messages:", [s["message"] for s in m["stages"] if s["status"] == "failed"])
PY
grep -c "SIGKILL" err.txt | sed 's/^/SIGKILL named on stderr: /'
