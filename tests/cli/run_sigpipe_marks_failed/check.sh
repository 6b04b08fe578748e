# `run ... 2>&1 | head -1`: run's output closes under it (SIGPIPE). Before
# 2026-12-04 the default action killed run at its next progress line and
# left manifest.json saying "running", which plan --status read as a run
# going on. Now SIGPIPE is an interruption as SIGINT is: the stage running
# is stopped, the manifest says "failed" with the stage "interrupted
# (SIGPIPE: ...)", and run ends with the signal (exit 141).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 3 -o in.csv || exit 1
# head reads one line and exits; run writes on into the closed pipe
$CT run in.csv -o out 2>&1 | (head -n 1 >/dev/null)
echo "run: exit ${PIPESTATUS[0]}"
python3 - <<'PY'
import json
m = json.load(open("out/manifest.json"))
print("manifest status:", m["status"])
s = [s for s in m["stages"] if s["name"] == m["failed_stage"]][0]
# the pipe may close while a stage runs ("interrupted (SIGPIPE: ...)") or
# between two ("interrupted before it started (SIGPIPE: ...)"): both name it
msg = s["message"].replace("interrupted before it started (", "interrupted (")
print("failed stage:", s["status"], "-", msg)
PY
$CT plan --status out | grep -c 'status running' | sed 's/^/plan --status says running: /'
$CT run -q in.csv -o out >/dev/null; echo "rerun: exit $?"
