# A file the earlier run wrote and the user changed since (its SHA-256 is
# not the manifest's) is never replaced: the rerun refuses (exit 2), names
# it and removes nothing; moved away, the rerun goes on. Before 2026-12-03
# a queue.csv with the moderators' notes added was silently replaced.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
$CT run -q in.csv -o D >/dev/null 2>&1; echo "run: exit $?"
echo "my notes" >>D/queue.csv
$CT run -q in.csv -o D 2>err.txt; echo "rerun: exit $?"
sed "s|$d|TMP|g" err.txt
tail -n 1 D/queue.csv
ls D | wc -l | sed 's/^/files kept: /'
mv D/queue.csv mine.csv
$CT run -q in.csv -o D >/dev/null 2>&1; echo "rerun after moving it: exit $?"
