# Messages on standard error stay lines for people: a file name holding an
# escape sequence or a line break is shown with Control Pictures (before,
# ESC[31m was written raw — the terminal turned red — and a line break
# split "FILE:LINE: ..." in two), and every message line is at most 100
# columns (before, eda's list of the file's columns for an absent --by
# column was one 212-column line). Each stderr line is printed with its
# width in characters; a byte below 0x20 other than the line end shows as
# ^X (before: odd^[[31mname, then the rest on a line of its own).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 50 --seed 2 -o s.csv || exit 1
n=$'odd\e[31mname\nhere.csv'
{ head -1 s.csv; sed -n 2p s.csv | sed 's/,active,/,active,many,/'; tail -n +3 s.csv; } > "$n"
show() {
  python3 -c 'import sys
for l in sys.stdin.buffer.read().decode().split("\n")[:-1]:
    print("%d: %s" % (len(l), "".join("^" + chr(ord(c) + 64) if ord(c) < 32 else c for c in l)))'
}
$CT inspect -q "$n" 2>&1 >/dev/null | show; echo "inspect: exit ${PIPESTATUS[0]}"
$CT inspect -q "missing$n" 2>&1 >/dev/null | show
$CT eda -q --by=nosuch s.csv 2>&1 >/dev/null | show
