set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# a column the user named, near no column of the file: the file's columns are listed, with the
# option to give (before, test and inspect said only "required column '...' is absent")
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT test -q s.csv --by verified_stat; echo "test --by: exit $?"
$CT test -q s.csv --measure video_view_cnt; echo "test --measure: exit $?"
$CT test -q s.csv --pair verified_stat,claim_status; echo "test --pair: exit $?"
$CT inspect -q s.csv --target claim_stat; echo "inspect --target: exit $?"
