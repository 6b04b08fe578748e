# A reports file written to while `run` works on it (an export still
# going, an append) stops the run at the first stage after which the
# file's size or modification time differs, exit 1, the manifest
# "failed": the stages would otherwise report on different contents under
# one hash. Before 2026-12-03 the run ended "complete" with inspect on 300
# rows and train on 600.
set -u
d=$(mktemp -d)
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o s.csv
row=$(sed -n 2p s.csv)
( sleep 0.05; for i in $(seq 1 3000); do printf '%s\n' "$row" >> s.csv; sleep 0.02; done ) &
grower=$!
$CT run -q s.csv -o out 2>err.txt >/dev/null
rc=$?
kill $grower 2>/dev/null; wait $grower 2>/dev/null
echo "run exit $rc"
# said by run after a stage, or by the stage that read it mid-change
# (train/evaluate: "the file changed while it was read"), whichever comes
# first on a loaded machine
tr '\n' ' ' < err.txt | tr -s ' ' | grep -q -E 'changed during the run|changed while it was read' && echo "the change is said"
python3 -c "import json; print('manifest status:', json.load(open('out/manifest.json'))['status'])"
cd / && rm -rf "$d"
