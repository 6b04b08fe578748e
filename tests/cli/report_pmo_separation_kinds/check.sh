# The Project Management Officer's plain reason for a failed regression,
# for each kind of separation that reaches the report: regress --json says
# the kind (failure.separation), run keeps it in the stage's record
# (manifest.json stages[].separation) and the report words it by the kind.
# Before 2026-12-05 the report matched the message's words, and a reworded
# message would have lost the plain reason: here a manifest whose kind says
# otherwise than the message's words is worded by its kind.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
pmo() {
  python3 - "$1" <<'PY'
import json, sys
j = json.load(open(sys.argv[1] + '/report.json', encoding='utf-8'))
p = [s for s in j['stakeholder_points'] if s['stakeholder'] == 'Project Management Officer'][0]
print(' ', p['points'][0]['text'].split(': ', 1)[1])
PY
}
for spec in "100 11" "60 7"; do
  set -- $spec
  $CT synth -q --rows "$1" --seed "$2" -o s.csv || exit 1
  rm -rf r
  $CT run -q s.csv -o r >/dev/null 2>&1
  echo "rows $1 seed $2: run exit $?, regress stage separation $(python3 -c "
import json
m = json.load(open('r/manifest.json'))
print([s['separation'] for s in m['stages'] if s['name'] == 'regress'][0])")"
  pmo r
done
# the kind, not the words: the combination's message with a kind of one predictor
python3 - <<'PY'
import json
m = json.load(open('r/manifest.json'))
for s in m['stages']:
    if s['name'] == 'regress':
        s['separation'] = 'one_predictor'
json.dump(m, open('r/manifest.json', 'w'), indent=2)
PY
$CT report -q r >/dev/null 2>&1
echo "report exit $?"
pmo r
