# A model no better than chance is said to be (before 2026-12-04 train saved
# one at validation ROC AUC 0.50, recall 0.997, without a word): 2,000
# synthetic rows, noise 0.5, labels shuffled. The note below the metrics
# and --json's chance; with --holdout none on the training rows; a model
# with signal (noise 0) gets no note.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 3 --noise 0.5 -o s.csv || exit 1
shuffle s.csv > sh.csv
$CT train sh.csv -m m.ctm --no-audit > out.txt 2>/dev/null; echo "exit $?"
sed -n '/^note: the model.s ranking/,/^$/p' out.txt
$CT train sh.csv --no-audit --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["chance"])'
$CT synth -q --rows 4000 --seed 3 --noise 0.5 -o e.csv || exit 1
$CT train e.csv --no-audit --holdout none --C 1 --features engagement 2>/dev/null | sed -n '/^note: the model.s ranking/,/^$/p'
$CT synth -q --rows 2000 --seed 3 --noise 0 -o c.csv || exit 1
$CT train c.csv --no-audit > out2.txt 2>/dev/null; echo "exit $?"
grep -c "^note: the model's ranking" out2.txt | sed 's/^/chance notes with signal: /'
$CT train c.csv --no-audit --json 2>/dev/null | python3 -c 'import json,sys; c=json.load(sys.stdin)["chance"]; print(c["rows"], c["at_chance"], c["p_value"] < 1e-10)'
