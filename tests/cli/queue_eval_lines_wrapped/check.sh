d=$(mktemp -d) && trap 'rm -rf "$d"' EXIT && cd "$d" || exit 1
$CT synth -q --rows 400 --seed 21 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit > /dev/null &&
    $CT score -q s.csv -m m.ctm -o q.csv && $CT score -q s.csv -m m.ctm --no-sort -o u.csv || exit 1
head -n 390 s.csv > part.csv                      # 10 queue rows not in the labels
(cat q.csv; sed -n 2,4p q.csv) > rep.csv          # 3 ids listed again
(head -1 q.csv; tail -n +2 q.csv | LC_ALL=C sort -t, -k2,2) > by_id.csv  # out of rank order
{
    $CT queue-eval -q rep.csv --labels part.csv
    $CT queue-eval -q u.csv --labels s.csv
    $CT queue-eval -q by_id.csv --labels s.csv
} > out.txt
/usr/bin/python3 - out.txt <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
print("widest line:", max(len(l) for l in lines), "(limit 100)")
heads = ("ids listed again", "unranked:", "rank order:", "label unknown:", "best possible")
for i, l in enumerate(lines):
    if not l.startswith(heads):
        continue
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt.startswith("  ") and nxt.strip():
        filled = len(l) + 1 + len(nxt.split()[0]) > 100
        print(f"{l.split(':')[0][:16]:16}  {len(l)} columns, then a continuation; filled: {filled}")
    else:
        print(f"{l.split(':')[0][:16]:16}  {len(l)} columns, one line")
PY
