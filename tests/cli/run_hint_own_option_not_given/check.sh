# synthetic input without the verified_status column; the regress hint
# lines, their wrapped continuations joined
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
python3 - <<'PY'
import csv
with open('s.csv', newline='') as f, open('nover.csv', 'w', newline='') as g:
    rd, w = csv.reader(f), csv.writer(g, lineterminator='\n')
    head = next(rd)
    j = head.index('verified_status')
    for row in [head] + list(rd):
        w.writerow(row[:j] + row[j + 1:])
PY
for opts in "" "--target=claim_status --positive=claim"; do
  echo "== run nover.csv -o r${opts:+ $opts}"
  rm -rf r
  $CT run nover.csv -o r $opts 2>&1 >/dev/null | python3 -c '
import re, sys
out = []
for l in sys.stdin.read().split("\n"):
    if out and re.match(r"^ {4,}\S", l) and not l.strip().startswith("hint"):
        out[-1] += " " + l.strip()
    else:
        out.append(l)
print("\n".join(" ".join(o.split()) for o in out if "hint: --target" in o))'
  echo "run exit ${PIPESTATUS[0]}"
done
