# A space other than ASCII's in a value quoted by a message is shown by its
# code point, as labels are (ct_utf8_visible_label): '1<U+00A0>234' is
# not a number for a reason one can see, where '1 234' printed with the
# no-break space looked like a plain space (before 2026-12-07). The loader's
# one quoting function does it, so every command's message shows it: the
# no-break space (U+00A0), the narrow one (U+202F), a thin space (U+2009)
# and a figure space (U+2007), through inspect and score; and the note
# on a column read as text (frame.c) shows its value the same way.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 3 -o s.csv
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null || exit 9
# the first four rows whose text is not quoted (awk splits on every ',')
awk -F, 'BEGIN { OFS = "," }
    NR > 1 && index($0, "\"") == 0 && k < 4 {
        k++
        if (k == 1) $8 = "1\302\240234"
        if (k == 2) $8 = "2\342\200\257345"
        if (k == 3) $9 = "3\342\200\211456"
        if (k == 4) $10 = "4\342\200\207567"
    }
    { print }' s.csv > nb.csv
$CT inspect nb.csv 2>&1 >/dev/null | grep "is not"
$CT score nb.csv -m m.ctm -o /dev/null 2>&1 | grep "^nb.csv.*is not"
# a column read as text says its first value that is not a number so too
$CT inspect --no-schema nb.csv 2>&1 >/dev/null | grep -o "line 2 holds '[^']*'"
exit 0
