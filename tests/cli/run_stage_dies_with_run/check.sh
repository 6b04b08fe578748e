# kill -9 of `run` (no handler can run): the stage running gets SIGTERM
# (PR_SET_PDEATHSIG) and ends, instead of writing model.ctm into the folder
# after run is gone; a rerun into the folder removes the hidden temporary
# run left (.train.json.tmp-PID-N), with a note. Before 2026-12-03 the
# stage ran on as an orphan and the temporary stayed for good.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20000 --seed 5 -o in.csv || exit 1
$CT run -q in.csv -o out >/dev/null 2>err.txt &
pid=$!
for i in $(seq 1 3000); do [ -e out/logs/train.log ] && break; sleep 0.01; done
child=""
for i in $(seq 1 3000); do child=$(pgrep -P $pid | head -n 1); [ -n "$child" ] && break; sleep 0.01; done
kill -KILL $pid
wait $pid 2>/dev/null; echo "run: exit $?"
gone=no
for i in $(seq 1 500); do kill -0 "$child" 2>/dev/null || { gone=yes; break; }; sleep 0.01; done
echo "the stage ended with run: $gone"
ls -a out | grep -c '^\.train\.json\.tmp-' | sed 's/^/temporaries of train.json left: /'
$CT run in.csv -o out >/dev/null 2>err2.txt; echo "rerun: exit $?"
grep -c 'removed 1 temporary file an earlier run left when it was killed' err2.txt |
    sed 's/^/note: /'
find out -name '.*' | wc -l | sed 's/^/hidden files after the rerun: /'
