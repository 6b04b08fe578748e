# An output whose folder is a file (or whose path runs through a file):
# before, train said "the folder afile does not exist" and evaluate's hint
# "its folder does not exist: create it first" — wrong, it exists as a
# file — and synth/score/merge -o gave the bare system error with no hint.
# Now each names the file in the way, and every -o gives the likely cause.
# Since 2026-12-06 a path through a file is exit 2, the file named as an
# output name of the wrong kind (tests/cli/outputs_path_through_file).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 300 --seed 4 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm --no-audit > /dev/null || exit 1
touch afile
exec 2>&1
$CT train -q s.csv -m afile/x.ctm; echo "train -m afile/x.ctm: exit $?"
$CT train -q s.csv -m afile/sub/x.ctm; echo "train -m afile/sub/x.ctm: exit $?"
$CT train -q s.csv -m nodir/x.ctm; echo "train -m nodir/x.ctm: exit $?"
$CT evaluate -q s.csv -m m.ctm --predictions=afile/p.csv > /dev/null
echo "evaluate --predictions=afile/p.csv: exit $?"
$CT synth -q --rows 3 -o afile/x.csv; echo "synth -o afile/x.csv: exit $?"
$CT score -q s.csv -m m.ctm -o nodir/q.csv; echo "score -o nodir/q.csv: exit $?"
ls -A
