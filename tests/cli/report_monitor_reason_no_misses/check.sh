# The summary's "What to monitor" gives the transcript's drift a reason that
# is true of the run: "new wordings are where it misses claim rows" only of
# a model that misses some held-out claim (400 rows, seed 3: 4 missed),
# "wordings the model has not seen are where it may misjudge claim rows" of
# one that misses none (300 rows, seed 5). Before 2026-12-06 the first was
# said at 0 missed claims too.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "400 3 0" "300 5 0"; do
    set -- $spec
    $CT synth -q --rows "$1" --seed "$2" --noise "$3" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "run exit $?"
    python3 - <<'PY'
import html, json, re
fn = json.load(open('r/evaluate.json'))['metrics']['confusion']['fn']
t = html.unescape(open('r/report.html', encoding='utf-8').read())
m = re.search(r"drift line\), since [^.;<]*", t)
print('missed claims:', fn, '|', m.group(0) if m else 'no transcript drift line')
PY
done
