# A number option takes plain decimal only: strtod's hexadecimal ('0x.1' is
# 0.0625, '0x10' 16), surrounding spaces, 'inf' and 'nan' are usage errors
# (exit 2) naming the value, in every command. Before 2026-12-02 test
# --alpha=0x.1 ran at alpha 0.0625, synth --noise=0x.1 and queue-eval
# --reviews-per-hour=0x10 likewise, train --grid=C=0x10 fitted C=16, and
# regress --seed=' 5' ran as 5.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 200 --seed 3 -o s.csv || exit 1
for c in "test s.csv --alpha=0x.1" "test s.csv --alpha= 0.1" "regress s.csv --test-size=0x.4" \
    "regress s.csv --alpha=0.05 " "regress s.csv --threshold=0x.8" "regress s.csv --seed= 5" \
    "synth --rows 3 --noise=0x.1" "queue-eval q.csv --labels s.csv --reviews-per-hour=0x10" \
    "score s.csv -m m.ctm --max-rejected=0x1p3%" "train s.csv -m m.ctm --cost-ratio=0x10" \
    "train s.csv -m m.ctm --target-recall= 0.9" "report . --cost-per-hour=0x10" \
    "run s.csv -o out --reviews-per-hour=1e1x" "train s.csv -m m.ctm --grid=C=0x10" \
    "test s.csv --alpha=5e-2"; do
    $CT ${c% --*} "--${c##* --}" -q >/dev/null 2>err.txt; echo "${c}: exit $?"
    head -1 err.txt | sed 's/^/  /'
done
