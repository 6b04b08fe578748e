# The sed a hint gives deletes the line it names (sed counts LF line ends
# only; claimtriage's line numbers count a lone CR too, docs/formats.md):
# each hint below is printed, then its command is run as printed and the
# file it writes is read again. Before 2026-12-07 every command named
# claimtriage's line: "sed '9d'" on a file of 5 LF lines deleted nothing,
# and a CR-only file's "sed '2d'" deleted nothing either.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# CR CR LF line ends (Python's csv writer on Windows, newline='' left out)
printf 'region,video_view_count,video_share_count\r\r\nnorth,100,10\r\r\nsouth,250,20\r\r\neast,50,5\r\r\nTotal,400,35\r\r\n' > crcrlf.csv
# a lone CR inside a quoted field above the totals row
printf 'region,note,video_view_count,video_share_count\nnorth,"a\rb",100,10\nsouth,x,250,20\neast,y,50,5\nTotal,,400,35\n' > quoted.csv
# the same, gzip
gzip -c crcrlf.csv > packed.csv.gz
# line ends of old Mac exports (lone CR only): no sed line holds the row alone
printf 'region,video_view_count,video_share_count\rnorth,100,10\rsouth,250,20\reast,50,5\rTotal,400,35\r' > mac.csv
# LF only: the hint as before
printf 'region,video_view_count,video_share_count\nnorth,100,10\nsouth,250,20\neast,50,5\nTotal,400,35\n' > plain.csv
run() { # FILE: the hint's last lines, then its command run and the result read
    $CT inspect "$1" > /dev/null 2> err.txt
    awk '/totals row/ { on = 1 } on { print } /^ *\$ / { on = 0 }' err.txt
    cmd=$(sed -n 's/^ *\$ //p' err.txt | head -1)
    eval "$cmd"
    out=$(printf '%s\n' "$cmd" | sed 's/.* > //')
    $CT inspect "$out" 2>&1 > /dev/null | grep -c 'totals row' | sed 's/^/  totals rows said after: /'
    $CT inspect -q "$out" | head -1 | sed 's/^/  /'
}
for f in crcrlf.csv quoted.csv packed.csv.gz mac.csv plain.csv; do run "$f"; done
# standard input cannot be read again: the CRs are made LF first whatever they are
cat crcrlf.csv | $CT inspect - 2>&1 > /dev/null |
    awk '/totals row/ { on = 1 } on { print } /^ *\$ / { on = 0 }'
# the units line under the header (a row of words), lone CR line ends
printf 'video_id,claim_status,video_duration_sec,video_view_count\r,,seconds,views\r1001,claim,12,120\r1002,opinion,13,121\r' > units.csv
$CT inspect -q units.csv > /dev/null 2> err.txt
echo "units.csv: exit $?"
cat err.txt
cmd=$(sed -n 's/^ *\$ //p' err.txt | head -1)
eval "$cmd"
$CT inspect -q units-dropped.csv | head -1
exit 0
