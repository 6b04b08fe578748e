# synthetic input with video_comment_count empty in every row (comments
# turned off): refused under df.dropna(); the hint's options then run
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
j = rows[0].index('video_comment_count')
with open('nocomments.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(rows[0])
    for r in rows[1:]:
        w.writerow(r[:j] + [''] + r[j + 1:])
PY
$CT eda -q nocomments.csv >/dev/null 2>err
echo "eda: exit $?"
cat err
# the hint's command pasted as it is printed (its lines joined by the
# shell at each trailing backslash)
cmd=$(sed -n '/\$ claimtriage eda/,$p' err | sed '1s/^ *\$ //')
echo "following the hint: ${cmd//$'\n'/ }"
eval "${cmd/claimtriage/$CT}" | sed -n 1,2p
echo "exit ${PIPESTATUS[0]}"
eval "${cmd/claimtriage/$CT} --json" | grep -A4 '"dropna"'
echo "--dropna=other:"
$CT eda -q --dropna=other nocomments.csv 2>&1
echo "exit $?"
