# The grid-edge note needs a margin beyond the CV noise (the one-standard-
# error rule): on engagement at noise 0.5 (no signal) C=0.1 beat C=1 by a
# fraction of a fold std, and before 2026-12-04 train said "try C=0.01".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 4000 --seed 2 --noise 0.5 -o s.csv || exit 1
$CT train s.csv --features engagement --no-audit --holdout 0.2,0.7,0.1 > out.txt 2>/dev/null
echo "exit $?"
grep -c "note: C=" out.txt | sed 's/^/edge notes: /'
$CT train s.csv --features engagement --no-audit --holdout 0.2,0.7,0.1 --json 2>/dev/null |
    python3 -c '
import json, sys
j = json.load(sys.stdin)
cv = j["cv"]
for c in cv["candidates"]:
    print(c["config"], round(c["mean"], 6), round(c["std"], 6))
print("grid_edges:", j["selection"]["grid_edges"])'
