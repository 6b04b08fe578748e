# synthetic input of three columns, the id, the label and the transcription
# renamed 'transcript' (as a comments export has them): the default
# features take no column, which is bad data (exit 1) naming the file, with
# --text=transcript as the hint; with it, train fits (before 2026-12-04
# exit 2, "feature set 'all' selects no column", no file, no hint)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
cols = [h.index('video_id'), h.index('claim_status'), h.index('video_transcription_text')]
with open('t.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(['video_id', 'claim_status', 'transcript'])
    for r in rows[1:]:
        w.writerow([r[c] for c in cols])
PY
$CT train -q t.csv -m t.ctm --threads 1
echo "train: exit $?"
$CT train -q t.csv -m t.ctm --threads 1 --text=transcript > /dev/null
echo "train --text=transcript: exit $?"
