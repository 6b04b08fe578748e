# A model without n-gram features (a file without the transcription column;
# --features engagement) lists no n-gram settings: not in train's CV table,
# not in the chosen configuration, not in train.json's config (the JSON's
# separate keys stay, as documented). With text they are all there.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
python3 -c '
import csv, sys
r = csv.reader(open("s.csv", newline=""))
w = csv.writer(open("notext.csv", "w", newline=""), lineterminator="\n")
for row in r:
    w.writerow(row[:4] + row[5:])'
head -1 notext.csv
$CT train -q notext.csv -m m.ctm --no-audit | sed -n '/^cross-validation/,/^  [a-zC]/p'
$CT train -q s.csv -m m.ctm --no-audit --features engagement | sed -n '/^chosen/,+1p'
$CT train -q s.csv -m m.ctm --no-audit --features engagement --json |
  python3 -c 'import json,sys; j=json.load(sys.stdin); print([c["config"] for c in j["cv"]["candidates"]][:2])'
$CT train -q s.csv -m m.ctm --no-audit --model gbdt --features engagement | sed -n '/^chosen/,+1p'
$CT train -q s.csv -m m.ctm --no-audit | sed -n '/^chosen/,+1p'
