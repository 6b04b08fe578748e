set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# evaluate --by naming a column near none of the file's: the hint lists the categorical
# columns --by takes (before 2026-12-07 a typo got "--by column '...' is not in the file" alone;
# since 2026-12-07 a typo within 2 edits of a column gets "did you mean": the name here is far)
$CT synth -q --rows 200 --seed 3 -o s.csv
$CT train -q s.csv -m m.ctm > /dev/null
$CT evaluate -q s.csv -m m.ctm --by region > /dev/null; echo "far name: exit $?"
$CT evaluate -q s.csv -m m.ctm --by Verified_Status > /dev/null; echo "letter case: exit $?"
$CT evaluate -q s.csv -m m.ctm --by region --predictions p.csv > /dev/null
echo "no predictions file left: $([ -e p.csv ] && echo no || echo yes)"
