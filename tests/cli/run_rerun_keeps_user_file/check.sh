# A file in an earlier run's folder that its manifest does not list is the
# user's: a rerun that would write a file of that name (queue.csv,
# model.ctm: the earlier run failed before writing them) refuses, exit 2,
# removes nothing, and says to move it; moved away, the rerun goes on, and
# a file of another name (notes.txt) stays. Before 2026-12-04 the rerun
# replaced the user's queue.csv and model.ctm silently.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20 --seed 2 -o tiny.csv || exit 1
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
$CT run -q tiny.csv -o D >/dev/null 2>&1; echo "run on 20 rows: exit $?"
echo "my notes" >D/queue.csv
echo "my model" >D/model.ctm
echo "mine" >D/notes.txt
$CT run -q in.csv -o D; echo "rerun: exit $?"
cat D/queue.csv D/model.ctm
test -e D/plan.json && echo "plan.json kept"
mv D/queue.csv D/model.ctm .
$CT run -q in.csv -o D >/dev/null; echo "rerun after moving them: exit $?"
cat D/notes.txt
