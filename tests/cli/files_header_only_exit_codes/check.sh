# A file that is a header and no row: each command's exit code and first
# message, as docs/cli.md ("Edge cases", header only) says them: inspect,
# evaluate and score read it (exit 0), the commands that need rows say
# so (exit 1).
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
    echo "$c: exit $?: $(grep -v '^claimtriage: rows read' err.txt | head -1)"
done
if [ -e t.ctm ]; then echo "t.ctm written"; fi
exit 0
