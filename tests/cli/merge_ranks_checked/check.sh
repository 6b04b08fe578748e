# merge refuses a ranked queue whose ranks, sorted, do not run 1 to its row
# count once each (since 2026-12-05): score ranks every row once, 1, 2, ...,
# n (a --capacity N queue 1 to N), so a rank missing is a row deleted (or a
# rank changed) and a rank twice a row copied or a rank typed over; the
# message names the file, the line and what is wrong, exit 1, nothing
# written. Before, such queues merged with exit 0 (docs/merge.md, "What
# merge cannot detect"). Still merged: score's queues, a queue re-sorted by
# id (its ranks kept), ranks re-saved as "N.0", --capacity shards, a merged
# queue merged again, and a queue whose last row is deleted (ranks 1 to
# n - 1, as a --capacity queue holds: the documented limit).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
F=$(dirname "${CT##* }")/tests/fit_model
cd "$d"
$CT synth -q --rows 400 --seed 8 -o s.csv && $F s.csv m.ctm > /dev/null || exit 1
{ head -1 s.csv; sed -n '2,200p' s.csv; } > a.csv; { head -1 s.csv; sed -n '201,$p' s.csv; } > b.csv
for x in a b; do
    $CT score -q $x.csv -m m.ctm -o q$x.csv && $CT score -q $x.csv -m m.ctm --capacity 50 -o c$x.csv || exit 1
done
$CT merge -q qa.csv qb.csv -o all.csv; echo "score's queues: exit $?"
python3 - <<'PY'
import csv
rows = list(csv.reader(open("qa.csv", newline="")))
def save(name, rs):
    csv.writer(open(name, "w", newline=""), lineterminator="\n").writerows(rs)
save("deleted.csv", [r for i, r in enumerate(rows) if i != 5])           # rank 5
save("deleted3.csv", [r for i, r in enumerate(rows) if i not in (5, 6, 7)])
save("top.csv", [r for i, r in enumerate(rows) if i != 1])               # rank 1
save("copied.csv", rows[:8] + [rows[7]] + rows[8:])                     # rank 7 twice
r = [list(x) for x in rows]; r[10][0] = "3"; save("typed.csv", r)        # rank 10 set to 3
r = [list(x) for x in rows]; r[10][0] = "500"; save("beyond.csv", r)     # rank 10 set to 500
save("last.csv", rows[:-1])
r = [list(x) for x in rows]
for x in r[1:]:
    x[0] += ".0"
save("float.csv", r)
PY
for f in deleted deleted3 top copied typed beyond; do
    rm -f out.csv
    $CT merge -q $f.csv qb.csv -o out.csv 2>&1
    echo "$f: exit $?; out.csv written: $([ -e out.csv ] && echo yes || echo no)"
done
{ head -1 qa.csv; tail -n +2 qa.csv | sort -t, -k2,2; } > byid.csv
$CT merge -q byid.csv qb.csv -o re.csv; echo "re-sorted by id: exit $?"; cmp re.csv all.csv && echo "  the same merged queue"
$CT merge -q float.csv qb.csv -o fl.csv; echo "ranks written N.0: exit $?"; cmp fl.csv all.csv && echo "  the same merged queue"
$CT merge -q ca.csv cb.csv --capacity 50 -o c.csv; echo "--capacity shards: exit $?"
$CT merge -q all.csv -o again.csv; echo "a merged queue merged again: exit $?"; cmp again.csv all.csv && echo "  the same queue"
$CT merge -q last.csv qb.csv -o l.csv; echo "last row deleted (not seen): exit $?; rows $(($(wc -l < l.csv) - 1)) of $(($(wc -l < all.csv) - 1))"
