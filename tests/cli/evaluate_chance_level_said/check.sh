# evaluate says a ranking no better than chance on the rows it evaluates
# (before 2026-12-04 recall 0.99 on shuffled labels without a word): a
# model trained on shuffled synthetic labels, evaluated on another seed's
# shuffled file; text and --json's chance; a file without labels: null.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 3 --noise 0.5 -o s.csv || exit 1
shuffle s.csv > sh.csv
$CT synth -q --rows 2000 --seed 4 --noise 0.5 -o s2.csv || exit 1
shuffle s2.csv > sh2.csv
$CT train sh.csv -m m.ctm --no-audit -q >/dev/null 2>&1; echo "train exit $?"
$CT evaluate sh2.csv -m m.ctm --no-importance > out.txt 2>/dev/null; echo "exit $?"
sed -n '/^note: the model.s ranking/,/^$/p' out.txt
$CT evaluate sh2.csv -m m.ctm --no-importance --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["chance"])'
$CT evaluate sh.csv -m m.ctm --no-importance --split test 2>/dev/null | grep -A1 "^note: the model's ranking"
cut -d, -f1,3- sh2.csv > nolabel.csv
$CT evaluate nolabel.csv -m m.ctm --no-importance --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["chance"])'
