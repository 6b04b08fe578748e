# A gzip file cut short is named as such without a line number in every
# command: the data is inflated a buffer ahead of the records, so the line
# reached says nothing of where it breaks (before 2026-12-02 score, merge and
# queue-eval said 'FILE:1: the gzip data is cut short' for a file cut after
# hundreds of whole lines).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 4 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null || exit 1
$CT score -q s.csv -m m.ctm -o q.csv.gz || exit 1
gzip -c s.csv | head -c 60000 >cut.csv.gz
head -c 20000 q.csv.gz >qcut.csv.gz
for c in "inspect cut.csv.gz" "score cut.csv.gz -m m.ctm -o out.csv" "merge qcut.csv.gz -o out.csv" \
    "queue-eval qcut.csv.gz --labels s.csv"; do
    $CT $c -q >/dev/null; echo "$c: exit $?"
done
$CT score - -m m.ctm -o out.csv <cut.csv.gz; echo "score - <cut.csv.gz: exit $?"
ls out.csv 2>/dev/null | sed 's/^/  left behind: /'
true
