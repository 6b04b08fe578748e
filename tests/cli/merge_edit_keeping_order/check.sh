# merge checks what a queue's own rows can show (the header, each field's
# form, one priority spec, the ranks 1 to n, the priority never rising
# along the ranks); an edit that keeps all of that cannot be seen, since a queue is a plain CSV
# and carries no checksum (docs/merge.md, "What merge cannot detect":
# decided 2026-12-05, no column, comment line or sidecar keeps the format
# its readers rely on). merge --help says what it checks and what it
# cannot; before 2026-12-05 it said exit 1 for an "edited" queue without
# saying which edits. The edits below that keep the checks merge with exit
# 0, as documented; the one out of order is refused, and since 2026-12-05
# so are a row deleted and a rank repeated (the ranks run 1 to n once each:
# tests/cli/merge_ranks_checked), while rows cut at the end still merge.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT merge --help | sed -n '/^What merge checks/,/^$/p'
$CT merge --help | grep -A2 '^Exit codes'
$CT synth -q --rows 200 --seed 2 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm >/dev/null 2>&1 || exit 1
$CT score -q s.csv -m m.ctm -o q.csv || exit 1
python3 - <<'PY'
import csv
rows = list(csv.reader(open("q.csv", newline="")))
def save(name, rs):
    csv.writer(open(name, "w", newline=""), lineterminator="\n").writerows(rs)
save("deleted.csv", [r for i, r in enumerate(rows) if i != 5])
r = [list(x) for x in rows]; r[3][1] = "123456789"; save("id.csv", r)
r = [list(x) for x in rows]; r[3][7] = "typed over"; save("reasons.csv", r)
r = [list(x) for x in rows]; r[6][0] = r[5][0]; save("rank.csv", r)
save("cut.csv", rows[:50])
r = [list(x) for x in rows]; r[5][2] = "99"; save("order.csv", r)
PY
for f in deleted id reasons rank cut order; do
  $CT merge -q $f.csv -o out.csv 2>/dev/null; echo "$f: exit $?"
done
