# Progress bars on a terminal (a pseudo-terminal from script(1)):
# - each redraw covers the whole of the bar before it: train's stage with
#   its eta ('cv 2s eta 0s [...]  97%') redrawn without it left '7%' of the
#   longer line behind ('... 100%7%'), through the next stage too;
# - no bar for tiny work: a 5-row file drew two frames of 'loading';
# - standard input's bar (size unknown) is the bytes read with a unit,
#   '4.2 MB read', not a raw count that read as rows ('4194731');
# - score's bar follows the rows scored: the rows read ahead to fix the
#   types (up to 100,000) counted at once: 100% at the first batch here.
# (before 2026-12-04; CLAIMTRIAGE_PROGRESS_DELAY=0 draws bars from the start)
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 40000 --seed 3 -o s.csv || exit 1
head -6 s.csv > tiny.csv
$CT train s.csv -q --no-audit -m m.ctm > /dev/null || exit 1
# replays the carriage returns: prints every frame on which text from an
# earlier, longer frame is left after the bar's percentage
replay() {
    perl -e 'local $/; my $t = <STDIN>; my ($line, $bad) = ("", 0);
        for my $c (split /(\r|\n)/, $t) {
            if ($c eq "\n") { $line = ""; next }
            if ($c eq "\r") { $line =~ /%\S/ and $bad++; next }
            substr($line, 0, length $c) = $c; }
        print "frames with leftovers: $bad\n"' < "$1"
}
export CLAIMTRIAGE_PROGRESS_DELAY=0
script -qc "$CT train s.csv --no-audit -m m2.ctm > /dev/null" /dev/null > train.txt < /dev/null
echo "train bar drawn: $(grep -c 'cv ' train.txt | sed 's/[1-9][0-9]*/yes/')"
replay train.txt
script -qc "cat s.csv | $CT inspect - > /dev/null" /dev/null > stdin.txt < /dev/null
tr '\r' '\n' < stdin.txt | grep -E '^loading .* MB read' | sed 's/ *$//' | head -1
script -qc "$CT score s.csv -m m.ctm -o q.csv" /dev/null > score.txt < /dev/null
tr '\r' '\n' < score.txt | grep -E '^score +\[' | head -1 | sed 's/ *$//'
unset CLAIMTRIAGE_PROGRESS_DELAY
script -qc "$CT inspect tiny.csv > /dev/null" /dev/null > tiny.txt < /dev/null
echo "tiny file, bars drawn: $(tr '\r' '\n' < tiny.txt | grep -c '^loading')"
