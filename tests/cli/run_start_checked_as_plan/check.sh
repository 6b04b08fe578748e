set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 4 -o s.csv
$CT run -q s.csv -o ok > /dev/null; echo "run on a good start's folder: exit $?"
for s in 9999-12-31 2026-02-30 1899-12-31; do
  $CT plan --start "$s" > /dev/null 2> plan.err; p=$?
  $CT run -q s.csv -o out --start "$s" > /dev/null 2> run.err; r=$?
  $CT report -q ok --start "$s" > /dev/null 2> report.err; q=$?
  # the reason after "claimtriage CMD: " is the same in all three
  same=yes
  reason() { grep -v "^Try " "$1.err" | tr '\n' ' ' | tr -s ' ' | sed "s/^claimtriage $1: //"; }
  for c in run report; do
    [ "$(reason $c)" = "$(reason plan)" ] || same=no
  done
  echo "$s: plan exit $p, run exit $r, report exit $q; run's folder $([ -e out ] && echo created || echo not created); same reason: $same"
done
sed 's/^/  /' run.err
