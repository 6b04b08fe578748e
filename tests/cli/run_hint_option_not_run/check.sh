# A stage's hint that names an option run does not take is followed by one
# saying whose option it is: a required stage (train's --folds on a file too
# small for its 5 folds: the run stops) and a side analysis (regress's
# --features on a file without video_view_count: the run goes on; eda's
# --columns was one until 2026-12-05, when eda began to leave an absent
# default numeric column out: tests/cli/eda_one_column).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT run -q s.csv -o out; echo "exit $?"
# run takes --folds since 2026-12-05 (tests/cli/run_folds_passed)
$CT run -q s.csv -o out --folds 4 >/dev/null 2>&1; echo "run --folds 4: exit $?"
$CT synth -q --rows 1200 --seed 2 -o m.csv
python3 - <<'PY'
import csv
with open('m.csv', newline='') as f, open('nv.csv', 'w', newline='') as g:
    rd, w = csv.reader(f), csv.writer(g)
    head = next(rd)
    j = head.index('video_view_count')
    for row in [head] + list(rd):
        w.writerow(row[:j] + row[j + 1:])
PY
# the hint lines, their wrapped continuations (indented 6 or more) joined
$CT run nv.csv -o nv 2>&1 >/dev/null | python3 -c '
import re, sys
out = []
for l in sys.stdin.read().split("\n"):
    if out and re.match(r"^ {6,}\S", l) and not l.strip().startswith("hint"):
        out[-1] += " " + l.strip()
    else:
        out.append(l)
print("\n".join(" ".join(o.split()) for o in out if "hint: --" in o))'
