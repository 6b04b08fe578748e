# regress --json when the fit fails on separation: a document with the
# failure's message and its kind (failure.separation: one_predictor,
# predictors_each, combination), exit 1, the message on standard error as
# before. Before 2026-12-05 --json wrote nothing on a failure, and the run
# report told the kinds apart by the message's words.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "400 9" "100 11" "60 7"; do
  set -- $spec
  $CT synth -q --rows "$1" --seed "$2" -o s.csv || exit 1
  $CT regress -q --json s.csv >out.json 2>err.txt
  echo "rows $1 seed $2: exit $?, stderr lines $(wc -l <err.txt)"
  python3 -c "
import json
j = json.load(open('out.json'))
f = j['failure']
print(' ', j['command'], j['file'], j['rows_used'], sorted(f), f['separation'], f['message'].split(':')[0])"
done
# not a separation (near separation: the estimates exist; exit 1 all the
# same): the failure's kind is null
$CT synth -q --rows 100 --seed 21 -o n.csv || exit 1
$CT regress -q --json n.csv >out.json 2>/dev/null
echo "near separation: exit $?, separation $(python3 -c "import json; print(json.load(open('out.json'))['failure']['separation'])")"
