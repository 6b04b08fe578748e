# The tail a hint gives (lines above the header, Excel's "sep=" line)
# starts at the header: tail counts LF line ends only, so after a lone CR
# the hint gives tail -c (bytes); the line the header is on is counted as
# every line number is (blank lines and lone CRs included). Each command is
# run as printed and its output read again.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf 'Report export\r\r\na,b,c\r\r\n1,2,3\r\r\n4,5,6\r\r\n7,8,9\r\r\n1,1,1\r\r\n' > crcrlf.csv
printf 'Report export\ra,b,c\r1,2,3\r4,5,6\r7,8,9\r1,1,1\r' > mac.csv
printf '\nReport export\n\na,b,c\n1,2,3\n4,5,6\n7,8,9\n1,1,1\n' > blank.csv
printf 'sep=,\ra,b,c\r1,2,3\r4,5,6\r' > sep_mac.csv
printf 'sep=,\r\n\r\na,b,c\r\n1,2,3\r\n' > sep_blank.csv
for f in crcrlf.csv mac.csv blank.csv sep_mac.csv sep_blank.csv; do
    $CT inspect "$f" > /dev/null 2> err.txt
    echo "$f: exit $?"
    cat err.txt
    cmd=$(sed -n 's/^ *\$ //p' err.txt | head -1)
    eval "$cmd"
    $CT inspect -q "${f%.csv}-fixed.csv" | head -1
done
exit 0
