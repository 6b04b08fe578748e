# regress's engagement screen uses its own rows (the target and every
# screened column present, caps recomputed on them), which differ from the
# model's when another feature has missing cells: the text says both counts
# then, and says nothing more when they agree. Before 2026-12-06 the screen's
# count stood alone and read as the model's.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv || exit 1
# every 7th row's video_duration_sec (field 4, before the quoted text) emptied
awk -F, 'BEGIN { OFS = "," } NR > 1 && NR % 7 == 0 { $4 = "" } { print }' s.csv >m.csv
for f in s.csv m.csv; do
  $CT regress -q $f >out.txt || exit 1
  echo "$f:"
  sed -n '/^Engagement screen/,/^  video_view_count/p' out.txt
  $CT regress -q --json $f >out.json || exit 1
  python3 -c "
import json
j = json.load(open('out.json'))
print('  json: screen rows', j['engagement_screen']['rows'], 'model n', j['model']['n'])"
done
