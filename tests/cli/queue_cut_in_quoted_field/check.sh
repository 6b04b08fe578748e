# a synthetic queue cut inside its reasons (a quoted field open at the end
# of the file): merge and queue-eval both say the queue is cut, with the
# hint the other cuts get (before 2026-12-04 "malformed queue record (the
# file is cut or was edited)" without a hint)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
$CT train -q s.csv -m m.ctm --no-audit --grid 'C=1' >/dev/null
$CT score -q s.csv -m m.ctm -o q.csv
# the header and the first record whole, then the second record up to the
# middle of its reasons
awk 'NR <= 2' q.csv > cq.csv
sed -n 3p q.csv | cut -d'"' -f1-2 | tr -d '\n' >> cq.csv
$CT merge cq.csv -o /dev/null
echo "merge exit $?"
$CT queue-eval -q cq.csv --labels s.csv
echo "queue-eval exit $?"
