# SIGTERM while `run` takes the SHA-256 of a large input (a sparse file of
# 32 GiB: no disk used, a minute or more to hash). Before 2026-12-03 the
# signal was only looked at once the whole file was hashed; now the hash
# stops at its next block and the run ends with the signal at once (exit
# 143), before DIR is made: no partial output.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
truncate -s 32G big.csv || exit 1
$CT run -q big.csv -o out > /dev/null 2> err &
pid=$!
sleep 0.5
t0=$(date +%s)
kill -TERM $pid
wait $pid
rc=$?
t1=$(date +%s)
echo "exit $rc"
echo "stopped within 10 s of SIGTERM: $([ $((t1 - t0)) -le 10 ] && echo yes || echo no)"
echo "run folder made: $([ -e out ] && echo yes || echo no)"
echo "messages: $(wc -c < err) bytes"
ls -A
