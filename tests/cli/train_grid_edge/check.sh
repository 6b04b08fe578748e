# A chosen hyperparameter at the grid's edge, its CV score still better than
# the next value inward's, is noted (docs/train.md, "Champion and refit";
# selection.grid_edges in --json); one inside the grid, or only one value
# tried, is not; nor, since 2026-12-04, one whose margin is within one
# standard error (gbdt's n_estimators=20 over 10: 0.008 against 0.009).
# Since 2026-12-05 the note gives the grid to run next, the value out beside
# the two compared (try_grid), and that grid's run brackets the chosen
# value: its note cannot send the user back to a value tried before.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
"$CT" synth -q --rows 3000 --noise 0.3 --seed 9 -o s.csv
for g in 'C=10,100,1000' 'C=0.001,0.1,10' 'C=1' 'C=0.1,1;weighting=binary'; do
  echo "== --grid '$g'"
  "$CT" train -q s.csv -m m.ctm --no-audit --grid "$g" > out.txt || echo "exit $?"
  awk '/^  note: /{on=1; print; next} on && /^    /{print; next} {on=0}' out.txt | grep . ||
    echo "(no note)"
  "$CT" train -q s.csv -m m.ctm --no-audit --grid "$g" --json | jq -c '.selection.grid_edges'
done
echo "== --model gbdt --grid 'n_estimators=10,20;max_depth=2'"
"$CT" train -q s.csv -m m.ctm --no-audit --model gbdt --grid 'n_estimators=10,20;max_depth=2' | grep -A1 'note: ' || echo "(no note)"
# the advised grid, run: C=0.1 is inside it now, or the step goes on out
next=$("$CT" train -q s.csv -m m.ctm --no-audit --grid 'C=0.1,1;weighting=binary' --json |
  jq -r '.selection.grid_edges[0].try_grid')
echo "== --grid '$next;weighting=binary' (the advice)"
"$CT" train -q s.csv -m m.ctm --no-audit --grid "$next;weighting=binary" --json |
  jq -c '[.chosen.config, .selection.grid_edges]' 
