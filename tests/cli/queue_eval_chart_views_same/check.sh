# The queue charts' titles say when views alone finds as many claims in the
# capacity as the queue, and give views alone's figure when it differs:
# the orders are drawn side by side, and a title naming random order only
# read as the model's win where views alone, with no model, does as well
# (before 2026-12-06 "find 40.40% of claims, the most possible (random
# order: 20.30%)" beside views alone's 40.40%).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
$CT queue-eval r/queue.csv --labels s.csv --capacity 40 -o q -q >/dev/null
echo "queue-eval exit $?"
for f in queue_recall queue_view_recall; do
  echo "$f: $(sed -n 's/.*<title id="ct-title">\(.*\)<\/title>.*/\1/p' q/$f.svg | sed "s/&#39;/'/g")"
done
