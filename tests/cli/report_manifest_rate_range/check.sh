# A run made before 2026-12-03 could record a rate or a cost outside the
# ranges report takes now (any rate > 0, a cost to 1e12): rebuilding its
# report warns and uses the default, as a recorded start that is no date;
# before, it was exit 2 with "reviews per hour must be a number in [0.1,
# 100000]", naming an option that was never given.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null 2>&1 || exit 9
python3 -c '
import json
m = json.load(open("out/manifest.json"))
m["options"]["reviews_per_hour"] = 0.05
m["options"]["cost_per_hour"] = 5e9
json.dump(m, open("out/manifest.json", "w"), indent=2)'
$CT report -q out 2>&1
echo "exit $?"
python3 -c '
import json
f = json.load(open("out/report.json"))["finance"]
print("rate", f["reviews_per_hour"], "cost", f["cost_per_hour"])'
echo "== given on the command line: no warning"
$CT report -q out --reviews-per-hour 30 --cost-per-hour 20 2>&1
echo "exit $?"
