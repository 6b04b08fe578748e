# A Markdown (pipe) table is named as one (its "|---|" rule line), with a
# command that converts it for --delimiter='|'; before 2026-12-04 it was
# sent to --delimiter='|' as it was, which read empty edge columns
# ('Unnamed: 0'), names with their blanks and a row of dashes.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '| a | b |\n|---|:--:|\n| 1 | x, y |\n| 3 | z |\n' > md.csv
printf 'a | b\r\n--- | ---\r\n1 | 2\r\n3 | 4\r\n' > bare.csv
for f in md.csv bare.csv; do
  $CT inspect "$f"; echo "exit $?"
done
gzip -n -c md.csv | $CT inspect -; echo "exit $?"
# the hint runs as printed and the result reads as told
sed -e 2d -e 's/[[:space:]]*|[[:space:]]*/|/g' -e 's/^|//' -e 's/|$//' md.csv > md-table.csv
sed -e 2d -e 's/[[:space:]]*|[[:space:]]*/|/g' -e 's/^|//' -e 's/|$//' bare.csv > bare-table.csv
cat md-table.csv bare-table.csv
$CT inspect --no-schema --delimiter='|' md-table.csv | sed -n 1,7p
$CT inspect --no-schema --delimiter='|' bare-table.csv | sed -n 1,7p
