# A stage's outputs in the manifest are the files of the names it writes:
# files another process puts into the folder during the run (here while
# train runs) are no stage's, and the report stage's report.html is its
# own though a file of that name was there before it. Before 2026-12-04
# every file new since the stage started was its output: a report.html
# written during train was listed under train, and none under report.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
exec 2>&1
$CT synth -q --rows 3000 --seed 5 -o s.csv || exit 1
( for i in $(seq 1 3000); do [ -e r/logs/train.log ] && break; sleep 0.01; done
  echo x >r/foreign.txt; echo y >r/report.html ) &
$CT run -q s.csv -o r >/dev/null; echo "run: exit $?"
wait
/usr/bin/python3 - <<'PY'
import json
m = json.load(open("r/manifest.json"))
print("status", m["status"])
for s in m["stages"]:
    fs = [o["file"] for o in s["outputs"] if not o["file"].startswith("charts/")]
    print(s["name"], fs)
PY
cat r/foreign.txt
$CT plan --status r | tail -1 | awk '{print $1, $2, $3}'
