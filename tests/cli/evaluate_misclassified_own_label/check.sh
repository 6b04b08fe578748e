# evaluate's misclassified rows give the file's own label ("labelled
# opinion"), not "labelled not claim" (a tester read it beside a file whose
# label is "opinion"; with labels yes/no it read "labelled not yes").
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 8 --noise 0.3 -o s.csv
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm >/dev/null || exit 1
$CT evaluate -q --no-importance --show 20 s.csv -m m.ctm | grep -o ': labelled [a-z ]*, p' | sort | uniq -c
# labels yes/no: the label column renamed and recoded
awk -F, 'BEGIN { OFS = "," } NR == 1 { $2 = "is_claim" } NR > 1 { $2 = ($2 == "claim" ? "yes" : "no") } { print }' s.csv > yn.csv
$CT train -q --no-audit --grid C=1 --target is_claim --positive yes yn.csv -m yn.ctm >/dev/null || exit 1
$CT evaluate -q --no-importance --show 20 yn.csv -m yn.ctm | grep -o ': labelled [a-z ]*, p' | sort | uniq -c
