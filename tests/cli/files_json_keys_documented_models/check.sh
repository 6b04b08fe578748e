# Every key train --json (each family, auto, --holdout none), evaluate
# --json (--by, --split), a run's manifest.json and report.json print is
# named in its docs/formats.md section (files_json_keys_documented covers
# the other commands on the real file; before 2026-12-03 these four were
# not checked; nor was a gzip input's reproducibility.input_content_hash
# documented for train and evaluate).
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
$CT train -q s.csv -m lr.ctm --json > train_lr.json
$CT train -q s.csv -m gbdt.ctm --model gbdt --early-stopping 5 \
    --grid 'n_estimators=30;max_depth=2,3' --json > train_gbdt.json
$CT train -q s.csv -m rf.ctm --model rf --grid 'n_estimators=20;max_depth=4,None' --json > train_rf.json
$CT train -q s.csv -m auto.ctm --model auto --json > train_auto.json
$CT train -q s.csv -m none.ctm --holdout none --C 1 --json > train_none.json
$CT train -q c.csv -m c.ctm --grid 'C=1' --json > train_const.json
$CT evaluate -q s.csv -m lr.ctm --by verified_status --predictions p.csv --json > ev_by.json
$CT evaluate -q s.csv -m auto.ctm --split test --json > ev_split.json
gzip -c s.csv > s.csv.gz  # a gzip input adds reproducibility.input_content_hash
$CT train -q s.csv.gz -m gz.ctm --grid 'C=1' --no-audit --json > train_gz.json
$CT evaluate -q s.csv.gz -m gz.ctm --split test --json > ev_gz.json
$CT run -q s.csv -o out > /dev/null
python3 "$here/../files_json_keys_documented/check.py" "$here/../../../docs/formats.md" \
    train=train_lr.json train=train_gbdt.json train=train_rf.json train=train_auto.json \
    train=train_none.json train=train_const.json train=train_gz.json \
    evaluate=ev_by.json evaluate=ev_split.json evaluate=ev_gz.json \
    run=out/manifest.json report=out/report.json
echo "exit $?"
