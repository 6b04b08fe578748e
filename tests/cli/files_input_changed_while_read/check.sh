# A reports file written to while a command reads it (an export still
# running, an append) is refused: the model's input hash must name the
# bytes its rows came from. Before 2026-12-03 train recorded the hash of
# the grown file beside the rows_read of the first read, and evaluate
# --split test then re-split other rows as "held out".
set -u
d=$(mktemp -d)
cd "$d"
$CT synth -q --rows 300 --seed 3 -o s.csv
row=$(sed -n 2p s.csv)
# rows appended about every 5 ms while train reads, fits and hashes the
# file, until train has exited (the stop file): the appender is builtins
# alone (the pause a `read -t` on a pipe no one writes to), so a loaded
# machine slows it as it slows train, and cannot leave it waiting on a
# fork while train reads a file at rest, as a `sleep` per row could (the
# case failed so under heavy load before 2026-12-07). train starts once
# the file has grown.
size0=$(stat -c %s s.csv)
exec 9< <(sleep 600)
sleeper=$!
( while [ ! -e stop ]; do printf '%s\n' "$row" >> s.csv; read -r -t 0.005 -u 9 _; done ) &
grower=$!
for i in $(seq 1 2000); do [ "$(stat -c %s s.csv)" != "$size0" ] && break; sleep 0.005; done
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm 2>err.txt >/dev/null
rc=$?
touch stop
wait $grower 2>/dev/null
kill $sleeper 2>/dev/null
exec 9<&-
echo "train exit $rc"
grep -o 'the file changed while it was read' err.txt | head -1
grep -c 'wait until it is complete' err.txt
test -e m.ctm && echo "model written" || echo "no model written"
cd / && rm -rf "$d"
