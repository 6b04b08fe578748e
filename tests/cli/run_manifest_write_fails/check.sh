# A full disk at any write of the run ends consistent: exit 3, no
# report.html or report.json, a manifest that says "failed" (never
# "running"), and plan --status saying the run failed. One of 770k to 790k
# fills the disk at the last write, the complete manifest after the report
# stage (which one varies by a few pages; 750k to 770k before queue_eval.json
# held its baselines' tied groups, 2026-12-05); before 2026-12-03 that left
# "running" beside a report saying "9 of 9 milestones are done". 500k
# fills it at a stage's output.
set -u
d=$(mktemp -d)
trap 'umount "$d/m" 2>/dev/null; rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 1 -o in.csv || exit 1
mkdir m
lastseen=0
for k in 500 770 775 780 785 790; do
    mount -t tmpfs -o size=${k}k tmpfs m || exit 1
    $CT run in.csv -o m/r -q >/dev/null 2>err.txt
    rc=$?
    st=$(sed -n 's/^  "status": "\([a-z]*\)",$/\1/p' m/r/manifest.json 2>/dev/null | head -n 1)
    rep=$(ls m/r/report.html m/r/report.json 2>/dev/null | wc -l)
    run=$($CT plan --status m/r | grep -c 'status running')
    grep -q 'manifest.json could not record it' m/r/manifest.json && lastseen=1
    if [ $rc = 0 ]; then
        [ "$st" = complete ] && [ $rep = 2 ] || echo "${k}k: exit 0 but manifest $st, $rep"
    elif [ $rc != 3 ] || [ "${st:-absent}" = running ] || [ $rep != 0 ] || [ $run != 0 ]; then
        echo "${k}k: exit $rc, manifest ${st:-absent}, report files $rep, plan says running: $run"
    fi
    [ $k = 500 ] && echo "500k: exit $rc, manifest ${st:-absent}, report files $rep"
    umount m
done
echo "every other size ended consistent; the last write failed in one: $lastseen"
