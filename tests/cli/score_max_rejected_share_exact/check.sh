# --max-rejected=P% allows floor(P% of the rows read), computed exactly:
# before 2026-12-04 29% of 100 rows allowed 28 (0.29 x 100 is 28.999... in
# binary floating point), so 29 rejected rows of 100 failed a 29% limit.
# The share is read as the decimal written (digits, an optional fraction of
# at most 7 digits past its trailing zeros), as the usage message says.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 6 -o train.csv && $CT train -q train.csv -m m.ctm --no-audit >/dev/null || exit 9
$CT synth -q --rows 100 --seed 7 -o s.csv || exit 9
# 29 of 100 rows cut to 4 fields
awk -F, 'BEGIN{OFS=","} NR>1 && NR<=30 {print $1,$2,$3,$4; next} {print}' s.csv > rej.csv
for p in 29% 29.0000% 28.99% 14.5%; do
  $CT score rej.csv -m m.ctm -o q.csv --max-rejected=$p --json 2>/dev/null >s.json
  rc=$?; a=$(jq .rows.max_rejected s.json 2>/dev/null)
  echo "--max-rejected=$p: exit $rc, allows ${a:--}"
done
$CT score rej.csv -m m.ctm -o q.csv --max-rejected=28.99% 2>&1 >/dev/null | grep -A1 '^rej.csv: 29 of 100'
for p in 1e1% 0.12345678% 0x1d%; do
  out=$($CT score rej.csv -m m.ctm -o q.csv --max-rejected=$p 2>&1); rc=$?
  echo "${out%%$'\n'*}"; echo "exit $rc"
done
exit 0
