# The train --help lines of --C and --weighting say what train does without
# them: lr's grid (C 0.1,1,10,100 by tfidf,binary: 8 candidates), and 1 and
# tfidf with --holdout none. Before 2026-12-06 they said "(default 1)" and
# "(default tfidf)", while train without them searched the grid.
set -u
$CT train --help | sed -n '/^  --C=C/,/^  --class-weight/p;/^  --weighting/,/^  --grid=/p'
d=$(mktemp -d) && cd "$d" || exit 1
trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 1000 --seed 3 -o s.csv || exit 1
echo "without --C: candidates (C weighting)"
$CT train s.csv 2>/dev/null | awk '/^ +# +C /{on=1; next} on && $1 !~ /^[*]?[0-9]+$/ {exit} on {print "  " $2, $6}'
echo "--holdout none:"
$CT train s.csv --holdout none 2>/dev/null | grep -o 'C=[0-9.]* .* weighting=[a-z]*'
