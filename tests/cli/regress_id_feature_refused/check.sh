set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# regress refuses the id column as a predictor (exit 2, before the file is read), as train
# refuses it: before 2026-12-07 it fitted "each additional 1,000,000,000 of video_id is
# associated with ..." while its independence check counted the same column's repeats as ids
$CT synth -q --rows 300 --seed 8 -o s.csv
$CT regress -q s.csv --features video_view_count,video_id > out.txt; echo "default --id: exit $?"
$CT regress -q s.csv --features '#' --id '#' > out.txt; echo "--id '#': exit $?"
# an identifier column that is not the --id ('#', the row number) is refused as train refuses it
# (exit 1, train's words; before 2026-12-07 exit 0: tests/cli/regress_identifier_feature_refused)
$CT regress -q s.csv --features video_view_count,'#' > /dev/null; echo "'#' not the id: exit $?"
