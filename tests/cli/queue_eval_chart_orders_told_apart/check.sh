# The recall chart's orders are told apart where their lines overlap: the
# queue solid vermillion, random order dashed blue, views alone a wide
# dotted bluish-green band (Okabe & Ito), the legend in the same colours.
# Before 2026-12-05 views alone was orange (#E69F00) beside the queue's
# vermillion (#D55E00), solid both, one colour to many readers.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$CT queue-eval -q queue.csv --labels labels.csv -o "$d" >/dev/null
echo "queue-eval exit $?"
grep -o '<polyline fill="none"[^>]* points='  "$d/queue_recall.svg"
echo "orange (#E69F00) in the chart: $(grep -c 'E69F00' "$d/queue_recall.svg")"
# Each legend entry's swatch is drawn as the line it names: before
# 2026-12-06 three solid squares stood for a solid, a dashed and a dotted
# line (the element just before each name is its swatch).
awk '/<text/ && prev ~ /^<(line|rect) / && /(queue|random order|views alone)<\/text>/ {
       sub(/ x1="[^"]*" y1="[^"]*" x2="[^"]*" y2="[^"]*"/, "", prev)
       sub(/ x="[^"]*" y="[^"]*"/, "", prev)
       t = $0; sub(/.*">/, "", t); sub(/<\/text>.*/, "", t)
       print t ": " prev }
     { prev = $0 }' "$d/queue_recall.svg"
