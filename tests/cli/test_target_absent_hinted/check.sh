set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# test's associations skipped for an absent class column say where the labels may be: the
# column holding 'claim' (as eda, train and evaluate name it) when the default claim_status is
# absent, the file's columns when a --target typo names none. The comparison still runs, so
# the exit stays 0 (docs/test.md). Before 2026-12-07 both said the bare "is absent".
$CT synth -q --rows 300 --seed 6 -o s.csv
sed '1s/claim_status/label/' s.csv > lab.csv
$CT test -q lab.csv | grep -A3 '^Skipped'; echo "renamed label: exit ${PIPESTATUS[0]}"
$CT test -q s.csv --target claim_stat | grep -A4 '^Skipped'; echo "--target typo: exit ${PIPESTATUS[0]}"
