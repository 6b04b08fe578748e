# Every key train --json and evaluate --json print on a gzip input (the
# reproducibility block's input_content_hash), with --model auto and with a
# constant feature (constant_features' entries) is named in its
# docs/formats.md section (files_json_keys_documented_options covers the
# other options; before 2026-12-03 input_content_hash was not documented
# for train and evaluate).
set -u
exec 2>&1
here=$(pwd)
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 12 --noise 0.1 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("s.csv", newline="")))
with open("c.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(rows[0])
    for r in rows[1:]:
        r[5] = "verified"  # a constant feature: train's constant_features
        w.writerow(r)
PY
gzip -c s.csv > s.csv.gz
$CT train -q s.csv.gz -m gz.ctm --grid 'C=1' --no-audit --json > train_gz.json
$CT evaluate -q s.csv.gz -m gz.ctm --split test --json > ev_gz.json
$CT train -q s.csv -m auto.ctm --model auto --json > train_auto.json
$CT train -q c.csv -m c.ctm --grid 'C=1' --no-audit --json > train_const.json
python3 "$here/../files_json_keys_documented/check.py" "$here/../../../docs/formats.md" \
    train=train_gz.json evaluate=ev_gz.json train=train_auto.json train=train_const.json
echo "exit $?"
