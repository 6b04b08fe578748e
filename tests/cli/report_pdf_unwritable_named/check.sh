# report --pdf when report.pdf cannot be written (a folder of that name):
# the file named and the hint given, as every other output's write error
# is; exit 3. Before 2026-12-05 (tester 4): "claimtriage report: cannot
# write: Is a directory", no file, no hint.
set -u
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cd "$t" || exit 1
$CT synth -q --rows 1000 --seed 7 -o s.csv || exit 1
$CT run s.csv -o rep -q >/dev/null 2>&1 || exit 1
mkdir rep/report.pdf
$CT report rep --pdf -q 2>err.txt
echo "exit $?"
cat err.txt
ls -a rep | grep -c '\.tmp' || true
