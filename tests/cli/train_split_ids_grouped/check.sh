# A hand-written reports file (48 rows) whose video_id repeats: 4 claims
# reported 3 times, 4 opinions twice, 1 video reported once as a claim and
# once as an opinion, 2 rows without an id. The split keeps every video's
# reports in one set (before 2026-12-05 only a note said they could fall on
# both sides); evaluate --split finds the same sets again from the model.
set -u
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
CT_ARGS="--no-audit --grid C=1 --folds 3"
$CT train -q $CT_ARGS --json reports.csv -m "$t/m.ctm" > "$t/train.json"
echo "train exit $?"
jq -c .split "$t/train.json"
echo "model records the grouped split: $(grep -c '"holdout_grouped": true' "$t/m.ctm")"
$CT train $CT_ARGS reports.csv -m "$t/m2.ctm" 2> "$t/err" | grep -A2 '^split'
sed -n '/repeat an earlier/,/copies$/p' "$t/err"
for s in train validation test; do
  $CT evaluate -q reports.csv -m "$t/m.ctm" --split $s --predictions "$t/$s.csv" > /dev/null
  echo "evaluate --split $s exit $?"
done
python3 - "$t" <<'PY'
import csv, sys
t = sys.argv[1]
sets = {}
for s in ("train", "validation", "test"):
    with open(f"{t}/{s}.csv", newline="") as f:
        sets[s] = [r for r in csv.DictReader(f)]
    print(s, len(sets[s]), "rows")
ids = {s: {r["video_id"] for r in rows if r["video_id"]} for s, rows in sets.items()}
for a in ids:
    for b in ids:
        if a < b:
            print(f"ids in both {a} and {b}: {sorted(ids[a] & ids[b])}")
PY
# every id unique (a suffix per row): the grouped split is the row split,
# row for row, as without an id column
awk -F, -v OFS=, 'NR > 1 && $2 != "" { $2 = $2 "-" NR } 1' reports.csv > "$t/unique.csv"
cut -d, -f1,3,4 reports.csv > "$t/noid.csv"
for f in unique noid; do
  $CT train -q $CT_ARGS --json "$t/$f.csv" -m "$t/$f.ctm" > "$t/$f.json" 2>/dev/null
  $CT evaluate -q "$t/$f.csv" -m "$t/$f.ctm" --split test --predictions "$t/$f.test.csv" > /dev/null
  cut -d, -f1 "$t/$f.test.csv" | tr '\n' ' ' > "$t/$f.lines"
done
jq -c .split "$t/unique.json"
cmp -s "$t/unique.lines" "$t/noid.lines" && echo "unique ids: the same test rows as the row split"
echo "unique-id model records no grouped split: $(grep -c holdout_grouped "$t/unique.ctm")"
# every claim one video: kept together, one set would hold all claims and
# the others none, so the row split is used and the ids across it counted
awk -F, -v OFS=, 'NR > 1 && $1 == "claim" { $2 = "same" } 1' reports.csv > "$t/one.csv"
$CT train $CT_ARGS --json "$t/one.csv" -m "$t/one.ctm" 2>/dev/null > "$t/one.json"
echo "one video for every claim: train exit $?"
jq -c .split "$t/one.json"
echo "its model records no grouped split: $(grep -c holdout_grouped "$t/one.ctm")"
$CT train $CT_ARGS "$t/one.csv" -m "$t/one.ctm" 2>/dev/null | grep -A2 '^split'
