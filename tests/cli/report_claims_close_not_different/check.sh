# Labels shuffled (no signal), medians of the views within 10% of each
# other (9,563.5 against 9,736) and eda's rank test p = 0.84: the claims
# point states no gap and names the test, as when the medians are further
# apart (report_claims_not_different). Before 2026-12-05 this read "Claim
# videos draw about as many views as opinion videos: ... (1.0x)", and on
# likes that agree "about as much engagement (0.9x)", a ratio beside no
# finding.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 9 -o s.csv || exit 1
shuffle s.csv > sh.csv
mkdir out
$CT eda -q --json -o out/charts sh.csv > out/eda.json
echo "eda exit $?"
$CT report -q out
echo "report exit $?"
python3 - <<'PY'
import json
e = json.load(open('out/eda.json'))
print('eda.json p = %.4f' % e['class_test']['video_view_count']['p'])
j = json.load(open('out/report.json'))
print([p['text'] for p in j['talking_points'] if p['topic'] == 'claims'][0])
PY
