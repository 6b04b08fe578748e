# run's stages are this very program, even when the file at its path is
# replaced while run runs (a rebuild relinking it): before 2026-12-05 each
# stage was started by the path, so the stages after a rebuild ran the new
# file, or failed on a half-written one (run exit 1). Here the program is
# a copy, replaced by a script that exits 99 once the first stage's output
# is there; every later stage still runs the copy run started as.
set -u
BIN=${CT##* }
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
cp "$BIN" ./ct
./ct synth -q --rows 20000 --seed 3 -o s.csv || exit 1
./ct run -q s.csv -o out >run.txt 2>run.err &
pid=$!
for _ in $(seq 1 600); do [ -s out/plan.json ] && break; sleep 0.05; done
rm -f ct && printf '#!/bin/sh\nexit 99\n' >ct && chmod +x ct
wait $pid
echo "run exit $?"
/usr/bin/python3 -c '
import json
m = json.load(open("out/manifest.json"))
print("stages:", " ".join(s["name"] + "=" + s["status"] for s in m["stages"]))'
