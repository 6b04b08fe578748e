set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# a column the user named, near no column of the file: the file's columns are listed, with the
# option to give (before, test and inspect said only "required column '...' is absent"); names
# far from every column (a typo within 2 edits of one gets "did you mean" since 2026-12-07:
# tests/cli/files_did_you_mean_typo)
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT test -q s.csv --by region; echo "test --by: exit $?"
$CT test -q s.csv --measure watch_time; echo "test --measure: exit $?"
$CT test -q s.csv --pair region,claim_status; echo "test --pair: exit $?"
$CT inspect -q s.csv --target label; echo "inspect --target: exit $?"
