# evaluate counts the rows lacking the model's evidence by score's own rule
# (no transcript and more than half of the numbers missing) on its inputs:
# line and in --json (no_evidence), and gives the metrics on the labelled
# rows with evidence (with_evidence). Before 2026-12-05 it said nothing of
# them and its metrics mixed them in: a run's recall of 93.0% whose 27
# misses were all rows without data read as the model's (tester AO F12).
# Here every 4th row of a new batch keeps its label and loses its text and
# its five counts; score on the same file flags the same rows.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 11 -o train.csv
$CT synth -q --rows 400 --seed 12 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
gone = [h.index(c) for c in ('video_transcription_text', 'video_view_count', 'video_like_count',
                             'video_share_count', 'video_download_count', 'video_comment_count')]
out = [h]
for k, r in enumerate(rows[1:]):
    if r[h.index('claim_status')] == '':
        continue
    if k % 4 == 1:
        for j in gone:
            r[j] = ''
    out.append(r)
csv.writer(open('s.csv', 'w', newline=''), lineterminator='\n').writerows(out)
PY
$CT train -q train.csv -m m.ctm > /dev/null 2>&1 || echo "train failed"
$CT evaluate -q s.csv -m m.ctm --no-importance --show 0
echo "evaluate exit $?"
$CT evaluate -q s.csv -m m.ctm --no-importance --json | jq -c '.no_evidence, (.with_evidence | {labelled, positives, recall: .metrics.recall, fn: .metrics.confusion.fn, fp: .metrics.confusion.fp}), {fn: .metrics.confusion.fn, fp: .metrics.confusion.fp}'
$CT score -q s.csv -m m.ctm -o q.csv --json | jq -c '{no_evidence: .rows.no_evidence}'
# a file where every row has its evidence: nothing said, with_evidence null
$CT evaluate -q train.csv -m m.ctm --no-importance --json | jq -c '.no_evidence.rows, .with_evidence'
