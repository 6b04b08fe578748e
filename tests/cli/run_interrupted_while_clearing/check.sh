# SIGINT while `run` clears an earlier run's files from its folder. Before
# 2026-12-02 signals were caught only once the folder was ready: an
# interrupt there killed the run at once, leaving the earlier run's
# manifest.json ("status": "complete") beside outputs already removed, a
# folder that looks like a finished run and is not. Now the folder is
# cleared whole, the run's manifest says "failed" (its first stage
# "interrupted before it started") and the run ends with the signal; a
# rerun then works.
#
# The earlier run's manifest lists eda.json first, then 400,000 outputs
# that are not there, so that clearing takes a while: SIGINT is sent as
# soon as eda.json is gone.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 5 -o s.csv
mkdir out
echo '{}' > out/eda.json
python3 - <<'PY'
import json
outs = [{"file": "eda.json"}] + [{"file": "gone%06d.json" % i} for i in range(400000)]
m = {"tool": "claimtriage", "version": "0.1.0", "command": "run", "schema_version": 1,
     "status": "complete", "stages": [{"name": "eda", "status": "done", "outputs": outs}]}
json.dump(m, open("out/manifest.json", "w"))
PY
$CT run -q s.csv -o out > /dev/null 2> err &
pid=$!
for i in $(seq 1 20000); do [ -e out/eda.json ] || break; sleep 0.001; done
kill -INT $pid
wait $pid
echo "exit $?"
python3 - <<'PY'
import json, os
m = json.load(open("out/manifest.json"))
print("status:", m["status"])
first = m["stages"][0]
print("first stage:", first["name"], first["status"], "-", first.get("message"))
gone = [o["file"] for s in m["stages"] if s["status"] == "done" for o in s["outputs"]
        if not os.path.exists(os.path.join("out", o["file"]))]
print("outputs of done stages missing:", len(gone))
PY
$CT run -q s.csv -o out > /dev/null
echo "rerun exit $?"
python3 -c 'import json; print("rerun status:", json.load(open("out/manifest.json"))["status"])'
