# A repeated header line's hint gives a command to drop such lines. Before
# 2026-12-04 it was wrapped at 100 columns like prose, so that, depending on
# the file name's length, the pasted command broke ("> FILE" split from its
# FILE, an awk program split inside "h = l"), and a repeated header written
# with every field quoted was not dropped by it. Now the command stands
# whole on its own line after "$ ", and compares lines without quotes.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 8 -o a.csv || exit 1
# the second part's header written with every field quoted
n="a rather long file name of joined exports.csv"
{ cat a.csv; head -n 1 a.csv | sed 's/[^,]*/"&"/g'; tail -n +2 a.csv; } > "$n"
$CT inspect "$n" > /dev/null 2> err
grep -c '^ *\$ awk' err | sed 's/^/command lines: /'
cmd=$(grep '^ *\$ ' err | sed 's/^ *\$ //')
eval "$cmd" || echo "the command failed"
out="a rather long file name of joined exports-noheaders.csv"
echo "lines: $(wc -l < "$n") -> $(wc -l < "$out")"
$CT inspect -q "$out" > /dev/null; echo "inspect after the command: exit $?"
gzip -c "$n" > j.csv.gz
$CT inspect j.csv.gz > /dev/null 2> err
cmd=$(grep '^ *\$ ' err | sed 's/^ *\$ //')
case "$cmd" in zcat*) echo "gzip: through zcat";; *) echo "gzip: $cmd";; esac
eval "$cmd" && $CT inspect -q j-noheaders.csv > /dev/null; echo "gzip: exit $?"
