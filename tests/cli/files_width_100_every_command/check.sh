# Every command's output for people (standard output and standard error, by
# default, without --wide) on a synthetic file, each --help and `help`: the
# longest line in code points, which must be at most 100. files_width_100
# does inspect, eda, test, regress and plan on the real file; this runs
# every command, without it.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
$CT synth -q --rows 2000 --seed 7 -o s.csv || exit 1
w() {
  local name=$1
  shift
  "$@" </dev/null >printed 2>&1
  local rc=$? n
  n=$(python3 -c 'import sys; print(max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n")))' printed)
  if [ "$n" -le 100 ]; then echo "$name: exit $rc, at most 100 columns"; else echo "$name: exit $rc, $n columns"; fi
}
w inspect $CT inspect s.csv
w eda $CT eda s.csv -o charts
w test $CT test s.csv
w "test --by" $CT test --by author_ban_status --measure video_view_count s.csv
w "test --pair" $CT test --pair claim_status,author_ban_status s.csv
w regress $CT regress s.csv
w train $CT train s.csv -m m.ctm
w "train gbdt" $CT train s.csv -m g.ctm --model gbdt --early-stopping 5
w "train --holdout none" $CT train s.csv -m h.ctm --holdout none --C 1
w evaluate $CT evaluate s.csv -m m.ctm --by author_ban_status --split test
w score $CT score s.csv -m m.ctm -o q.csv
w queue-eval $CT queue-eval q.csv --labels s.csv -o qcharts
w merge $CT merge q.csv -o merged.csv
w plan $CT plan
w run $CT run s.csv -o out
w "plan --status" $CT plan --status out --input s.csv
w report $CT report out
w help $CT help
for c in inspect synth eda test regress plan train evaluate score merge queue-eval run report demo; do
  w "$c --help" $CT $c --help
done
