# synthetic input, --no-schema: one like count written '1e400' (beyond a
# double, which pandas reads as text, so the column is text) is said with
# its line and the --na-values way out, not only as "free text, not a
# feature" (before 2026-12-04); following the hint trains on the column
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 4 -o s.csv
awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "video_like_count") c = i }
  NR == 9 { $c = "1e400" } { print }' s.csv > e400.csv
$CT train e400.csv -m m.ctm --no-audit --no-schema --grid 'C=1' 2>&1 >/dev/null 
echo "exit ${PIPESTATUS[0]}"
$CT train e400.csv -m m2.ctm --no-audit --no-schema --grid 'C=1' --na-values=1e400 -q >/dev/null
echo "with --na-values=1e400: exit $?"
