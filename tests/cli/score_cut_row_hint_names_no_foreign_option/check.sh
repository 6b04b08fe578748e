# A file cut inside its last line: score's hint names no option score
# refuses. Before 2026-12-04 it said "--on-bad-row=skip reads them", an
# option of the commands that stop at a bad row, which score refuses as a
# usage error (it skips bad rows up to --max-rejected, and has read the rows
# before the cut one). A command that stops at it still names the option
# (tests/cli/files_cut_inside_last_line).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 6 -o train.csv && $CT train -q train.csv -m m.ctm --no-audit >/dev/null || exit 9
$CT synth -q --rows 40 --seed 7 -o s.csv || exit 9
head -c -18 s.csv >cut.csv  # inside the counts: 9 of 12 fields
$CT score cut.csv -m m.ctm -o q.csv 2>&1 | grep -v '^score: \(unseen\|mean\|drift\)\|^  errors'; echo "exit ${PIPESTATUS[0]}"
$CT score cut.csv -m m.ctm -o q.csv --on-bad-row=skip 2>&1 | head -1
