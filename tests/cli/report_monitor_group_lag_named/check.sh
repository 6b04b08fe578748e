# The summary's monitor point names the group whose recall falls behind,
# with its figures, by the Operations Lead's rule (a recall 1 percentage
# point or more below the best group's, among groups with the 10 claims a
# conclusion needs), and says nothing of the kind when none does. Before
# 2026-12-06 it read "a group falling behind needs more labelled reports of
# its own" whatever the figures, both groups at 100% too.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "20000 4 0.5" "3000 42 0"; do
    set -- $spec
    $CT synth -q --rows "$1" --seed "$2" --noise "$3" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "run exit $?"
    python3 - <<'PY'
import json, re
j = json.load(open('r/report.json'))
m = [p['text'] for p in j['talking_points'] if p['topic'] == 'monitor'][0]
print(re.search(r"[Tt]hat share within each .*?\)\.(?: The group '[^']*' falls behind \([^)]*\)[^.]*\.)?", m).group(0))
PY
done
