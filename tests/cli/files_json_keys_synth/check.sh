# Every command's --json on the synthetic file of the brief (2,000 rows, seed 7):
# each key printed is named in its docs/formats.md section (check.py) and each
# key a section's key table gives a row is printed (emitted.py), with the
# values of closed-set keys named and fractions within [0, 1]. The run folder
# holds every stage's JSON; a file with a header only gives the failure
# documents of eda, test, regress and train. Runs without the real file.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 2000 --seed 7 -o "$d/s.csv" || exit 1
$CT run -q "$d/s.csv" -o "$d/run" >/dev/null 2>&1; echo "run: exit $?"
$CT plan --json --status "$d/run" --input "$d/s.csv" > "$d/plan2.json"; echo "plan --status: exit $?"
# the whole file's queue (the run scores its test rows only): its views
# curve has rows without views placed at random
$CT train -q "$d/s.csv" -m "$d/m.ctm" >/dev/null 2>&1 && $CT score -q "$d/s.csv" -m "$d/m.ctm" -o "$d/q.csv" &&
  $CT queue-eval -q --json "$d/q.csv" --labels "$d/s.csv" > "$d/qe.json"; echo "queue-eval of the whole file: exit $?"
printf 'claim_status,video_id\n' > "$d/h.csv"
for c in inspect eda test regress; do
  $CT $c -q --json "$d/h.csv" > "$d/h_$c.json" 2>/dev/null; echo "$c on a header only: exit $?"
done
$CT train -q --json "$d/h.csv" -m "$d/h.ctm" > "$d/h_train.json" 2>/dev/null
echo "train on a header only: exit $?"
r=$d/run
set -- inspect="$r/inspect.json" inspect="$d/h_inspect.json" eda="$r/eda.json" eda="$d/h_eda.json" \
  test="$r/test.json" test="$d/h_test.json" regress="$r/regress.json" regress="$d/h_regress.json" \
  plan="$r/plan.json" plan="$d/plan2.json" train="$r/train.json" train="$d/h_train.json" \
  evaluate="$r/evaluate.json" score="$r/score.json" queue-eval="$r/queue_eval.json" queue-eval="$d/qe.json" \
  run="$r/manifest.json" report="$r/report.json"
python3 ../files_json_keys_documented/check.py ../../../docs/formats.md "$@"; a=$?
python3 emitted.py ../../../docs/formats.md "$@"; b=$?
[ $a = 0 ] && [ $b = 0 ]
