# synthetic file of 19 rows: 4 claims in the training part, fewer than the
# 5 default folds
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT run -q s.csv -o out 2>err.txt; echo "run: exit $?"
# the hint lines, their wrapped continuations joined
python3 -c '
import re
out = []
for l in open("err.txt").read().split("\n"):
    if out and re.match(r"^ {6,}\S", l) and not l.strip().startswith("hint"):
        out[-1] += " " + l.strip()
    else:
        out.append(l)
print("\n".join(" ".join(o.split()) for o in out if "hint: --" in o))'
$CT run -q s.csv -o out --folds 4 >/dev/null 2>&1; echo "run --folds 4: exit $?"
python3 -c '
import json
m = json.load(open("out/manifest.json"))
print("status:", m["status"])
print("train:", [s["command"] for s in m["stages"] if s["name"] == "train"][0])'
$CT plan --status out | grep -E "^[0-9]+ +(classify|triage|report) " | cut -c1-20
$CT run -q s.csv -o out --folds 1; echo "run --folds 1: exit $?"
