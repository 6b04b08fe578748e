# score's check of the rows the model was trained on (keyed on the label as
# written and the columns the model reads) on files whose labels are
# written in another letter case: labels are compared as text, as evaluate
# compares them with the model's positive, so such rows cannot match; the
# note says so and --json's seen_in_training is null when no row writes
# the positive as the model does. Before 2026-12-07 the all-caps copy read
# "seen_in_training": 0, and no word.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 4 -o s.csv && $CT synth -q --rows 100 --seed 9 -o n.csv && $CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null || exit 1
# a new batch with 20 rows of the training file pasted in
(cat n.csv; sed -n 2,21p s.csv) > c.csv
# the labels re-exported in capitals; then the claims alone; then ' claim '
awk -F, 'BEGIN { OFS = "," } NR > 1 { $2 = toupper($2) } 1' c.csv > upper.csv
awk -F, 'BEGIN { OFS = "," } NR > 1 && $2 == "claim" { $2 = "Claim" } 1' c.csv > claims.csv
awk -F, 'BEGIN { OFS = "," } NR > 1 && NR <= 41 && $2 == "claim" { $2 = "CLAIM" } 1' c.csv > some.csv
# a new batch (no training row) with some claims in capitals
awk -F, 'BEGIN { OFS = "," } NR > 1 && NR <= 41 && $2 == "claim" { $2 = "CLAIM" } 1' n.csv > new.csv
echo "labels: $(cut -d, -f2 upper.csv | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
for f in c.csv upper.csv claims.csv some.csv new.csv; do
    echo "== $f"
    $CT score "$f" -m m.ctm -o q.csv 2>&1 | awk '/^score: note: .*(trained|labelled)/ { on = 1; print; next } /^[^ ]/ { on = 0 } on'
    $CT score -q "$f" -m m.ctm -o q.csv --json | grep '"seen_in_training"'
done
echo "== evaluate upper.csv (the positive written otherwise: refused)"
$CT evaluate -q upper.csv -m m.ctm --no-importance > /dev/null 2> e.txt
echo "exit $?"
cat e.txt
