# synthetic input only; the stages' commands from the manifest, as run prints them
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
done
