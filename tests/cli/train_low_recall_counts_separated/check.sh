# The low-recall note's counts have thousands separators, as every count
# train prints (before 2026-12-04 "426 of 1376").
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 4000 --seed 1 --noise 0.5 -o s.csv || exit 1
$CT train s.csv --features engagement --no-audit --holdout 0.2,0.7,0.1 > out.txt 2>/dev/null
echo "exit $?"
sed -n '/^note: at the default threshold/,/^$/p' out.txt
