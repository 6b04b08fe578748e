# score's two outputs, the queue (-o) and --errors, never replace an input or
# each other. Before 2026-12-02 `--errors MODEL` replaced the model file with
# the (empty) errors file, exit 0; `-o q.csv --errors ./q.csv` kept only the
# queue (the warning still sent the user to ./q.csv for the rejected rows);
# `--errors -` with the queue on standard output put the rejected rows' lines
# into the queue CSV, and the warning said they were "on the error output".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 12 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null || exit 1
{ head -5 s.csv; echo '9,claim,99,5,text,verified,active,"1,234",1,1,1,1'; } > bad.csv
sum=$(cksum <m.ctm)
$CT score bad.csv -m m.ctm -o q.csv --errors m.ctm --max-rejected=100%; echo "--errors MODEL: exit $?"
[ "$(cksum <m.ctm)" = "$sum" ] && echo "  the model is unchanged"
ls q.csv 2>/dev/null | sed 's/^/  left behind: /'
$CT score bad.csv -m m.ctm -o q.csv --errors ./q.csv --max-rejected=100%; echo "-o q.csv --errors ./q.csv: exit $?"
ls q.csv 2>/dev/null | sed 's/^/  left behind: /'
mkdir sub
$CT score bad.csv -m m.ctm -o sub/../q.csv --errors q.csv --max-rejected=100%; echo "-o sub/../q.csv --errors q.csv: exit $?"
$CT score bad.csv -m m.ctm --errors - --max-rejected=100% >out.txt; echo "-o - (default) --errors -: exit $?"
[ -s out.txt ] && echo "  standard output not empty"
$CT score bad.csv -m m.ctm -o q.csv --errors - --max-rejected=100% >out.txt 2>err.txt; echo "-o q.csv --errors -: exit $?"
echo "  queue rows: $(($(wc -l <q.csv) - 1)), standard output: $(wc -l <out.txt) line"
grep -o 'every one is listed.*' err.txt | sed 's/^/  /'
true
