# merge and queue-eval read a queue by one rule (docs/formats.md, "Queues"):
# each edited queue below is refused by both, naming the file, the line and
# the value, and a queue as score wrote it is taken by both. Before
# 2026-12-04 each had its own rule: merge took a rank 'abc', queue-eval a
# probability 1.5, a priority nan, inf or 1e999, a file of 3 columns and
# columns reordered.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 5 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null &&
  $CT score -q s.csv -m m.ctm -o q.csv || exit 9
edit() { # FIELD VALUE: q.csv with field FIELD of line 5 set to VALUE
  awk -v f="$1" -v v="$2" 'BEGIN { FS = OFS = "," } NR == 5 { $f = v } 1' q.csv > e.csv
}
both() {
  $CT merge -q e.csv -o out.csv 2>&1; echo "  merge: exit $?"
  $CT queue-eval -q e.csv --labels s.csv > /dev/null 2>err.txt; r=$?; cat err.txt; echo "  queue-eval: exit $r"
}
cp q.csv e.csv; echo "== as score wrote it"; both
for e in "1 abc" "1 0" "3 nan" "3 inf" "3 1e999" "3 -2" "4 1.5" "4 ''"; do
  set -- $e; v=$2; [ "$v" = "''" ] && v=
  edit "$1" "$v"; echo "== field $1 on line 5: '$v'"; both
done
cut -d, -f1-3 q.csv > e.csv; echo "== 3 columns (rank,id,priority)"; both
awk 'BEGIN { FS = OFS = "," } { t = $1; $1 = $2; $2 = t } 1' q.csv > e.csv; echo "== columns reordered (id,rank,...)"; both
awk 'BEGIN { FS = OFS = "," } NR > 1 && NR % 2 { $1 = "" } 1' q.csv > e.csv; echo "== some rows without a rank"; both
