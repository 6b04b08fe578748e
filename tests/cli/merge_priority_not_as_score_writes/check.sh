# merge refuses a priority or a probability that score never writes: score
# writes %.17g of a value >= 0 (digits, a fraction, an exponent). Before
# 2026-12-04 strtod took an edited queue's '0x10' as 16 and ranked '-3.5'
# below every row. (Rank 2's priority, 0.001, is below every valid one
# tried at rank 1, so the rows stand in their queue's order.)
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
h=rank,id,priority,probability,predicted,status,flags,reasons,model
for p in 0x10 -3.5 ' 2.5' 1e400 2.5e-3 7; do
  printf '%s\n1,1,%s,0.99,1,active,,,9d88288b\n2,2,0.001,0.98,1,active,,,9d88288b\n' $h "$p" >q.csv
  $CT merge -q q.csv -o out.csv; echo "priority '$p': exit $?"
done
printf '%s\n1,1,2.5,0x0.8,1,active,,,9d88288b\n' $h >q.csv
$CT merge -q q.csv -o out.csv; echo "probability '0x0.8': exit $?"
