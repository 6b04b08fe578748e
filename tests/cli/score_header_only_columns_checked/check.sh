# score on a file that holds a header only checks the header's columns as
# it checks every batch's: one lacking a model input is refused (exit 1,
# the column named, no queue written), as evaluate refuses it; before
# 2026-12-04 an empty queue was written with exit 0 (the check ran only
# on rows). A complete header alone still gives the header-only queue.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
head -1 s.csv | sed 's/,video_comment_count//' > lacks.csv
$CT score -q lacks.csv -m m.ctm -o q.csv
echo "header lacking a column: exit $?, queue written: $(test -e q.csv && echo yes || echo no)"
head -1 s.csv > whole.csv
$CT score -q whole.csv -m m.ctm -o q.csv
echo "whole header: exit $?, queue: $(cat q.csv)"
