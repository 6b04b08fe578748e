# score's drift verdict on the mean probability weighs the evidence under
# validation's mean. Before 2026-12-03 a model trained on a small file (a
# validation set of 16 rows, 2 of them claims) had a backlog's mean 0.3
# off it called drift, though that mean is mostly noise; the model file
# recorded no validation row count. Now train writes validation's rows,
# positives and probability_sd into the model's metrics, and score calls
# drift on the mean alone only on a validation set of 100 rows with 10 of
# each class, and a difference beyond 2 standard errors; the verdict says
# which, and the JSON summary gives the counts and flags (docs/score.md).
# An older model file (the three metrics taken out, its CRC recomputed)
# loads and is judged on the threshold as before, saying the count is
# unknown. A model trained on 1,000 rows calls the drift of a backlog of
# claims, with its evidence, and not that of four rows scored.
set -u
here=$(pwd)
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 120 --seed 5 -o a.csv
$CT synth -q --rows 2000 --seed 6 -o b.csv
$CT synth -q --rows 1000 --seed 7 -o big.csv
# a small training file with few claims, and a backlog of claims only
awk -F, 'NR == 1 || $2 == "opinion" || ($2 == "claim" && ++k <= 12)' a.csv > few.csv
awk -F, 'NR == 1 || $2 == "claim"' b.csv > claims.csv
# four rows scored, three claims and an opinion: a mean over four rows
{ head -4 claims.csv; awk -F, '$2 == "opinion"' b.csv | head -1; } > four.csv
$CT train -q few.csv -m few.ctm --features text --grid C=1 --no-audit > /dev/null
$CT train -q big.csv -m big.ctm --features text --grid C=1 --no-audit > /dev/null
python3 "$here/old_model.py" few.ctm old.ctm
echo "== the model's validation metrics"
python3 - few.ctm <<'PY'
import json, sys
p = json.loads(open(sys.argv[1]).read())['payload']
print(', '.join('%s %.3g' % (m['name'], m['value']) for m in p['metrics']
                if m['split'] == 'validation' and m['name'] in
                ('mean_probability', 'rows', 'positives', 'probability_sd')))
PY
keys='{validation_rows, validation_positives, validation_too_small, mean_within_noise,
       min_validation_rows, min_validation_class_rows, se: (.mean_standard_error | if . then (. * 1000 | round / 1000) else . end), drift}'
for c in "few.ctm claims.csv" "old.ctm claims.csv" "big.ctm claims.csv" "big.ctm four.csv"; do
  set -- $c
  echo "== score $2 -m $1"
  $CT score "$2" -m "$1" -o q.csv --json 2> e.txt | jq -c ".drift | $keys"
  echo "exit ${PIPESTATUS[0]}"
  sed -n '/^score: mean probability/,$p' e.txt
done
