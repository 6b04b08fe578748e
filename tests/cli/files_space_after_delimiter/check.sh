# Fields separated by ", " (a comma and a space: sep=", " by hand, a
# to_csv output edited so): every command says it for the whole file, with
# skipinitialspace=True and a fix that keeps quoted fields holding ", ";
# the fix is run as printed and gives back the file written with ','.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 3 -o s.csv || exit 9
$CT train -q --no-audit s.csv -m m.ctm > /dev/null || exit 9
/usr/bin/python3 -c "
import csv, io
out = open('x.csv', 'w', newline='')
for row in csv.reader(open('s.csv', newline='')):
    b = io.StringIO()
    csv.writer(b, lineterminator='').writerow(row)
    cells = next(csv.reader([b.getvalue()]))
    q = [('\"' + c.replace('\"', '\"\"') + '\"') if (',' in c or '\"' in c) else c for c in cells]
    out.write(', '.join(q) + '\n')
"
$CT inspect -q x.csv; echo "inspect exit $?"
# train, evaluate and score say the same (its first line shown)
for c in train evaluate score; do
  case $c in
    train) $CT $c -q x.csv 2>&1 | sed -n 1p ;;
    *) $CT $c -q x.csv -m m.ctm 2>&1 | sed -n 1p ;;
  esac
  echo "$c exit ${PIPESTATUS[0]}"
done
gzip -n -c x.csv > x.csv.gz
$CT inspect -q x.csv.gz | sed -n '/hint/,$p'; echo "gzip exit ${PIPESTATUS[0]}"
$CT inspect -q - < x.csv | sed -n '/hint/,$p'; echo "stdin exit ${PIPESTATUS[0]}"
# the fix, as printed, gives back the file written with ','
$CT inspect -q x.csv 2> msg
cmd=$(sed -n 's/^ *\$ //p' msg)
eval "$cmd"
cmp x.csv.csv s.csv && echo "fixed file equals the original"
$CT train -q --no-audit x.csv.csv > /dev/null; echo "train on the fixed file: exit $?"
