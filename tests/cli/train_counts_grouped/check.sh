# Counts in train's notes and errors have thousands separators, as every
# count printed (docs/cli.md). 5,000 synthetic reports (synth --noise 0.1
# --seed 9) cut to the opinions and the first 10 claims: the calibration
# rows hold 8 claims and 1,895 opinions, so the calibration note says the
# claims are few; with --folds 7 the training part's 6 claims are fewer
# than the folds. Before 2026-12-06 both said the opinions as "1895" and
# "1421", beside "rows read 2,379". The same holds for the validation
# set's one-class error and the calibration fallback's counts (train.c).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --noise 0.1 --seed 9 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "opinion" { print; next } $2 == "claim" && c < 10 { print; c++ }' s.csv >f.csv
$CT train f.csv --no-audit --threads 1 >out.txt 2>err.txt
echo "train exit $?"
# the notes as one line each, wrapped lines joined
awk '/^  note: fitted on/ { s = $0; while ((getline l) > 0 && l ~ /^    /) s = s " " substr(l, 5); print s }' out.txt | sed 's/^  //'
$CT train f.csv --no-audit --threads 1 --folds 7 >/dev/null 2>err.txt
echo "train --folds 7 exit $?"
head -2 err.txt
