# synthetic input only; the stages' commands from the manifest, as run prints them, and the manifest's options as written
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
for rates in "0.1 40.1" "60 40" "1234.5678 0.3"; do
    set -- $rates
    rm -rf r
    $CT run -q s.csv -o r --reviews-per-hour "$1" --cost-per-hour "$2" >/dev/null 2>&1
    echo "run --reviews-per-hour $1 --cost-per-hour $2: exit $?"
    python3 -c '
import json
m = json.load(open("r/manifest.json"))
for s in m["stages"]:
    if s["name"] in ("queue-eval", "report"):
        print(" ", " ".join(a for a in s["command"].split() if "-per-hour" in a))'
    # the manifest's options as written: the fewest digits that read back
    # (0.1, not %.17g's 0.10000000000000001, before 2026-12-03)
    grep -a -E '^    "(reviews|cost)_per_hour"' r/manifest.json
done
