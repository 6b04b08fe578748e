# Two runs into one folder at once: before, both went on, each replacing
# the other's files, and both exited 0 with a manifest "complete" that
# matched neither input (plan --status found milestones not proven). A run
# now holds a flock(2) on its folder; the second is refused (exit 2) and
# touches nothing. The other run is played by flock(1), which takes the
# same lock on the folder (so the case does not depend on timing).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 1000 --seed 5 -o s.csv || exit 1
mkdir r
exec 2>&1
flock r $CT run -q s.csv -o r; echo "run while another holds r: exit $?"
ls -A r
$CT run -q s.csv -o r > /dev/null; echo "run once it is free: exit $?"
flock r $CT run -q s.csv -o r; echo "again while held: exit $?"
$CT plan --status r | tail -1 | awk '{print $1, $2, $3}'
