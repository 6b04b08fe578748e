# train keeps its lines for people within 100 columns when the positive
# label is long (90 characters): before 2026-12-07 the "rows: ...;
# labelled N (LABEL N)" line and the "metrics (positive: LABEL; ...)"
# heading passed 100 columns, with a holdout and with --holdout none.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 8 --noise 0.3 -o s.csv
pos=claim_$(printf 'x%.0s' $(seq 84))
awk -F, -v p="$pos" 'BEGIN { OFS = "," } NR > 1 && $2 == "claim" { $2 = p } { print }' s.csv > long.csv
for h in 0.6,0.2,0.2 none; do
  $CT train -q --no-audit --grid C=1 --holdout $h --positive "$pos" long.csv -m m.ctm > out.txt || exit 1
  echo "--holdout $h: lines over 100 columns: $(awk 'length > 100' out.txt | wc -l)"
  grep -A2 '^rows:\|^metrics' out.txt
done
