# Real-world variants of the reports file (built from synth output and
# small hand-made lines: no real rows) thrown at inspect, score and
# evaluate, and variants of score's queue at merge. For each: the exit
# code, the rows in the output file (none left behind on an error: "-"),
# the rows read, and the first line of what was said. Every one is a
# correct load or a message naming the file (and line) and what is wrong.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp make_variants.py "$d"/
cd "$d"
$CT synth -q --rows 300 --seed 3 -o train.csv && $CT train -q --no-audit --grid C=1 train.csv -m m.ctm > /dev/null || exit 1
$CT synth -q --rows 12 --seed 11 -o base.csv || exit 1
head -7 base.csv > a.csv; (head -1 base.csv; tail -n +8 base.csv) > b.csv
$CT score -q a.csv -m m.ctm -o qa.csv && $CT score -q b.csv -m m.ctm -o qb.csv || exit 1
/usr/bin/python3 make_variants.py || exit 1
rows() { [ -f "$1" ] && echo $(($(awk 'END { print NR }' "$1") - 1)) || echo -; }
said() { grep -v '^ ' "$1" | grep -v 'rows read\|^score: \(read\|unseen\|mean\|outside\|no drift\|drift\|note\)' | head -1 | cut -c1-150; }
for f in $(ls *.csv *.csv.gz | grep -v '^\(train\|base\|a\|b\|qa\|qb\|queue_.*\)\.csv$' | sort); do
    rm -f q.csv p.csv
    $CT inspect -q "$f" > /dev/null 2> e.txt
    rc=$?
    echo "$f"
    echo "  inspect  exit $rc: $(said e.txt)"
    $CT score "$f" -m m.ctm -o q.csv > /dev/null 2> e.txt
    rc=$?
    echo "  score    exit $rc, queue rows $(rows q.csv), $(grep -o 'read [0-9]*, scored [0-9]*' e.txt): $(said e.txt)"
    $CT evaluate "$f" -m m.ctm --no-importance --predictions p.csv > /dev/null 2> e.txt
    rc=$?
    echo "  evaluate exit $rc, predictions $(rows p.csv): $(said e.txt)"
done
for f in queue_*.csv; do
    rm -f m.csv
    $CT merge qa.csv "$f" -o m.csv > /dev/null 2> e.txt
    rc=$?
    echo "merge qa.csv $f: exit $rc, rows $(rows m.csv): $(grep -v '^ ' e.txt | grep -v '^merge: note' | head -1 | cut -c1-150)"
done
exit 0
