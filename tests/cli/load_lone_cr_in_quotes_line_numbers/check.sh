# A lone CR (not followed by LF) inside a quoted field is a line break, as
# the file's own lone CR and CRLF are, and as Python's csv module counts
# lines (line_num): the rows after it are named by their physical line,
# in messages and in evaluate --predictions' `line` (docs/formats.md).
# Before 2026-12-07 such a CR was no line: every line after it was named
# one too low (the bad row below as line 7, rows 3 to 5 as lines 4, 5, 8).
# The lines are those Python's csv.reader gives (line_num + 1 of the record
# before); pandas 1.5's own error message counts no line break inside
# quotes at all, LF or CR ("line 6" for the bad row).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 5 -o s.csv
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null || exit 9
# line 3: row 2's text quoted, holding a lone CR (lines 3 and 4); line 5:
# row 3, LF-ended; line 6: row 4's text holds a CRLF (lines 6 and 7);
# line 8: a row with a field too many; then row 5 on line 9
awk -F, 'BEGIN { OFS = "," }
    NR == 3 { $5 = "\"" $5 "\r(cont.)\"" }
    NR == 5 { $5 = "\"" $5 "\r\n(cont.)\"" }
    { print }
    NR == 5 { print "9999,claim,1,2,x,verified,active,1,1,1,1,1,extra" }' s.csv > c.csv
$CT inspect c.csv 2>&1 >/dev/null | head -1
$CT evaluate c.csv -m m.ctm --no-importance --on-bad-row=skip --predictions p.csv \
    > /dev/null 2>&1 || exit 9
head -6 p.csv | cut -d, -f1-2
exit 0
