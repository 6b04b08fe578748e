# `run DIR/sample.csv -o DIR` on a demo's folder: the earlier run (demo)
# wrote sample.csv, and run removes an earlier run's files before it
# starts. Before 2026-12-02 it removed its own input with them, then failed
# at its first read of it (inspect: "cannot open", exit 3), the sample lost.
# Now the input stays (a note says so) and the run completes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT demo -q -o out --rows 1000 > /dev/null
sha256sum out/sample.csv > sum
$CT run out/sample.csv -o out 2>&1 >/dev/null | grep -v '^claimtriage run: '
echo "exit ${PIPESTATUS[0]}"
sha256sum -c --quiet sum && echo "sample.csv unchanged"
python3 -c 'import json; m = json.load(open("out/manifest.json")); print("status:", m["status"], "| synthetic:", m["input"]["synthetic"])'
