# Header names with white space around them ('video_id ', ' claim_status'),
# kept in the names as pandas keeps them: inspect notes them, and eda,
# train, score and evaluate, which lack the column, say "did you mean" with
# the same fix: remove the spaces from the header, or give the exact name
# in quotes where an option names the column (train --target does).
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 3 -o s.csv || exit 9
$CT train -q --no-audit s.csv -m m.ctm > /dev/null || exit 9
/usr/bin/python3 -c "
import csv
r = list(csv.reader(open('s.csv', newline='')))
r[0] = [{'video_id': 'video_id ', 'claim_status': ' claim_status'}.get(c, c) for c in r[0]]
csv.writer(open('sp.csv', 'w', newline=''), lineterminator='\n').writerows(r)
"
$CT inspect sp.csv 2>&1 >/dev/null; echo "inspect exit ${PIPESTATUS[0]}"
$CT eda -q sp.csv; echo "eda exit $?"
$CT train -q --no-audit sp.csv; echo "train exit $?"
$CT score -q sp.csv -m m.ctm 2>&1 >/dev/null | sed -n '/did you mean/,$p'; echo "score exit ${PIPESTATUS[0]}"
$CT evaluate -q sp.csv -m m.ctm | sed -n '/no metrics/,$p'; echo "evaluate exit ${PIPESTATUS[0]}"
# the fixes, as said: the exact name in quotes, or the header without spaces
$CT train -q --no-audit --target=' claim_status' --positive=claim sp.csv -m m2.ctm > /dev/null
echo "train --target=' claim_status': exit $?"
sed -e '1s/ *, */,/g' sp.csv > fixed.csv
$CT score -q fixed.csv -m m.ctm > /dev/null; echo "score on the header without spaces: exit $?"
