# evaluate keeps its lines for people within 100 columns when the file's
# names are long: a positive label of 90 characters and an id column of 70.
# Before 2026-12-07 "predicted ...", "labelled rows: ...", the "metrics
# (positive: ...)" heading, each misclassified row's "line N, ID: labelled
# ..." and every row of the --by table (the label as a column heading)
# passed 100 columns. Prints the lines wider than 100 (none), then the
# wrapped ones.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 8 --noise 0.3 -o s.csv
pos=claim_$(printf 'x%.0s' $(seq 84))
idc=identifier_of_the_video_as_the_platform_assigned_it_at_upload_time_ok
awk -F, -v p="$pos" -v i="$idc" 'BEGIN { OFS = "," }
  NR == 1 { $3 = i } NR > 1 && $2 == "claim" { $2 = p } { print }' s.csv > long.csv
$CT train -q --no-audit --grid C=1 --positive "$pos" --id "$idc" long.csv -m m.ctm >/dev/null || exit 1
$CT evaluate -q --no-importance --show 2 --by verified_status long.csv -m m.ctm > out.txt || exit 1
echo "lines over 100 columns: $(awk 'length > 100' out.txt | wc -l)"
grep -A2 '^predicted\|^labelled rows\|^metrics' out.txt
grep -A6 '^errors by' out.txt
grep -A3 '^misclassified' out.txt
# --wide keeps each on one line
$CT evaluate -q --no-importance --show 1 --wide long.csv -m m.ctm > wide.txt || exit 1
echo "--wide: lines over 100 columns: $(awk 'length > 100' wide.txt | wc -l)"
