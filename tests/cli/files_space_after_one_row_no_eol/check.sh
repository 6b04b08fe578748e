# A ", " file of a header and one data row saved without a final line end:
# that row is the whole input's last line, complete, so the sniff counts
# it and every command refuses the file with the ", " message (exit 1),
# as it does when the row ends with a line end; the same for standard
# input, a pipe and gzip input. A ';' file of that shape is named too.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 3 -o s.csv || exit 9
$CT train -q --no-audit s.csv -m m.ctm > /dev/null || exit 9
/usr/bin/python3 -c "
import csv
rows = list(csv.reader(open('s.csv', newline='')))[:2]
q = lambda c: '\"' + c.replace('\"', '\"\"') + '\"' if (',' in c or '\"' in c) else c
open('x.csv', 'w', newline='').write('\n'.join(', '.join(q(c) for c in r) for r in rows))
"
tail -c 20 x.csv | od -c | sed -n 1p | grep -q '\\n' && echo "x.csv ends with a line end"
$CT inspect -q x.csv; echo "inspect exit $?"
for c in train evaluate score; do
  case $c in
    train) $CT $c -q x.csv 2>&1 | sed -n 1p ;;
    *) $CT $c -q x.csv -m m.ctm 2>&1 | sed -n 1p ;;
  esac
  echo "$c exit ${PIPESTATUS[0]}"
done
$CT inspect -q - < x.csv 2>&1 | sed -n 1p; echo "stdin exit ${PIPESTATUS[0]}"
cat x.csv | $CT inspect -q - 2>&1 | sed -n 1p; echo "pipe exit ${PIPESTATUS[1]}"
gzip -n -c x.csv > x.csv.gz
$CT inspect -q x.csv.gz 2>&1 | sed -n 1p; echo "gzip exit ${PIPESTATUS[0]}"
printf 'a;b;c\n1;2;3' > semi.csv
$CT inspect -q semi.csv 2>&1 | sed -n 1,2p; echo "';' exit ${PIPESTATUS[0]}"
