# An input that never ends (a device such as /dev/zero, or a pipe of zeros) is
# named at once for what it is, in every command. Before 2026-12-02 inspect
# /dev/zero read the header's first line forever (17 GB of memory in 10
# minutes), merge and queue-eval likewise, evaluate -m - </dev/zero read 1 GiB
# before failing, and run /dev/zero hashed it forever, deaf to SIGTERM.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 9 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null &&
    $CT score -q s.csv -m m.ctm -o q.csv || exit 1
t="timeout 120"
for c in "inspect /dev/zero" "eda /dev/zero" "score /dev/zero -m m.ctm -o out.csv" \
    "merge /dev/zero -o out.csv" "queue-eval /dev/zero --labels s.csv" \
    "queue-eval q.csv --labels /dev/zero" "evaluate s.csv -m /dev/zero" "run /dev/zero -o run"; do
    $t $CT $c -q >/dev/null 2>err.txt; echo "$c: exit $?"
    head -1 err.txt | sed 's/^/  /'
done
$t $CT inspect -q - </dev/zero >/dev/null 2>err.txt; echo "inspect - </dev/zero: exit $?"
head -1 err.txt | sed 's/^/  /'
$t $CT evaluate -q s.csv -m - </dev/zero; echo "evaluate -m - </dev/zero: exit $?"
head -c 4096 /dev/zero >zeros.csv
$t $CT inspect -q zeros.csv >/dev/null 2>err.txt; echo "a file of 4,096 NUL bytes: exit $?"
head -1 err.txt | sed 's/^/  /'
ls out.csv run 2>/dev/null | sed 's/^/  left behind: /'
true
