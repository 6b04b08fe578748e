# A file that is a header and no row: each command's exit code and its
# message, as docs/cli.md ("Edge cases", header only) says them: the
# commands that compute figures from the rows (eda, test, regress, train,
# evaluate, queue-eval) say so, exit 1 (evaluate said "no metrics: no row
# has a label", exit 0, before 2026-12-07); inspect profiles it; score and
# merge, which pass rows through, write a queue of no row, exit 0, saying
# so with the file (before 2026-12-07 only "read 0, scored 0").
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 0 -o h.csv
$CT synth -q --rows 600 --seed 13 -o s.csv
$CT train -q s.csv -m m.ctm --grid 'C=1' --no-audit > /dev/null
$CT score -q s.csv -m m.ctm -o q.csv
for c in "inspect" "eda" "test" "regress" "train -m t.ctm" "evaluate -m m.ctm" "score -m m.ctm" \
         "queue-eval q.csv --labels"; do
    $CT $c h.csv > /dev/null 2> err.txt
    rc=$?
    msg=$(grep -m1 'no data rows' err.txt || grep -v '^claimtriage: rows read' err.txt | head -1)
    echo "$c: exit $rc: $msg"
done
$CT score -q h.csv -m m.ctm -o hq.csv
for c in "merge hq.csv" "merge hq.csv q.csv"; do
    $CT $c -o mq.csv > /dev/null 2> err.txt
    rc=$?
    echo "$c: exit $rc: $(grep -m1 'no data rows' err.txt || head -1 err.txt)"
done
if [ -e t.ctm ]; then echo "t.ctm written"; fi
exit 0
