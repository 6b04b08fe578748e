# score's bar stood at 100% while the ranked queue was written, which is
# where each row's reasons (a forest's exact contributions) are computed:
# 28 s of a deep forest's score of the reports file passed without a
# moving bar. The writing now has a bar of its own, 'reasons', counting
# the queue's rows written (every 256 and the last).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
export CLAIMTRIAGE_PROGRESS_DELAY=0 # a bar from the start, however short the work
$CT synth -q --rows 1500 --seed 4 -o s.csv || exit 1
$CT train s.csv -q --model rf --grid 'n_estimators=5;max_depth=6' --no-audit -m m.ctm > /dev/null || exit 1
script -qc "$CT score s.csv -m m.ctm -o q.csv" /dev/null > tty.txt < /dev/null
bars=$(tr '\r' '\n' < tty.txt | grep -E '^reasons +\[' | sed 's/ *$//')
echo "reasons bar drawn: $(test -n "$bars" && echo yes || echo no)"
echo "$bars" | head -1
echo "$bars" | tail -1
echo "queue rows: $(($(wc -l < q.csv) - 1))"
# the reasons are computed 256 rows at a time on several threads, each row
# alone: the queue's bytes do not depend on the thread count
$CT score s.csv -m m.ctm -q --threads 1 -o q1.csv && $CT score s.csv -m m.ctm -q --threads 2 -o q2.csv &&
    cmp -s q1.csv q2.csv && cmp -s q1.csv q.csv && echo "queue with 1 and 2 threads: identical"
