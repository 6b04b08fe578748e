# Scores that spread over too few rounding steps of their arithmetic get no
# calibration (docs/train.md, step 5; ct_train_options'
# calibration_min_score_steps). Boosting at learning_rate=1e-18 puts every
# validation probability at 0.51728 to six digits, apart by a few units in
# their last place: before 2026-12-05 Platt on the validation rows fitted
# A = -2.2e16, B = 1.5e15 and applied them, and the pooled calibrations
# read the fold models' intercepts as an order ("would reverse the model's
# order ... ROC AUC 0.6291"). The note names learning_rate, as the flat
# model's does; learning_rate=1e-20 (every score one value) and a normal
# learning rate are shown beside it.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
"$CT" synth -q --rows 3000 --seed 1 -o s.csv
for a in "--grid learning_rate=1e-18 --calibration platt --calibration-rows validation" \
         "--grid learning_rate=1e-18 --calibration platt" \
         "--grid learning_rate=1e-18" \
         "--grid learning_rate=1e-20"; do
  echo "== $a"
  "$CT" train -q s.csv -m m.ctm --model gbdt --no-audit $a | sed -n '/^calibration:/,/^$/p' | head -8
  "$CT" train -q s.csv -m m.ctm --model gbdt --no-audit $a --json |
    jq -c '.calibration | {method, platt_a, steps: (.score_steps | if . == null then null elif . < 1e6 then (. * 100 | round / 100) else "many" end)}'
done
echo "== --grid learning_rate=0.3 --calibration platt --calibration-rows validation"
"$CT" train -q s.csv -m m.ctm --model gbdt --no-audit --grid learning_rate=0.3 --calibration platt \
  --calibration-rows validation --json |
  jq -c '.calibration | {method, note, steps: (if .score_steps > 1e6 then "many" else .score_steps end)}'
