# Where views alone finds claims exactly as the queue does (the reports
# file), its line lies under the queue's: the legend says so, "views alone
# (same as queue)", so three entries beside two visible lines read right.
# Before 2026-12-06 the legend listed "views alone" as if drawn apart. Here
# the views rank the reports in the queue's order.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$CT queue-eval -q queue.csv --labels labels.csv -o "$d" >/dev/null
echo "queue-eval exit $?"
echo "legend:"
grep -o '<text[^>]*>[^<]*</text>' "$d/queue_recall.svg" | sed 's/<[^>]*>//g' |
    grep -E '^(queue|random order|views alone)'
