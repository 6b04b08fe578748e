# When the model's errors on the held-out rows are all (or mostly) rows
# scored without their data (score's no_evidence: no transcript and most
# counts missing), the summary and the Operations Lead say so and say what
# those rows need: their data or a person, not a lower threshold (it
# would flag more rows whose scores cannot be trusted). Before 2026-12-05
# the report said "It leaves 27 claims unflagged" and "the data team
# lowers the threshold" of 30 errors all among such rows (tester AO F4).
# Here every 8th labelled row keeps its label and loses its transcript
# and its five counts; evaluate.json's with_evidence gives the figures on
# the others.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 21 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
gone = [h.index(c) for c in ('video_transcription_text', 'video_view_count', 'video_like_count',
                             'video_share_count', 'video_download_count', 'video_comment_count')]
for k, r in enumerate(rows[1:]):
    if r[h.index('claim_status')] and k % 8 == 3:
        for j in gone:
            r[j] = ''
csv.writer(open('s.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
PY
$CT run -q s.csv -o out ${RUN_OPTS:-} > /dev/null 2>&1
echo "run exit $?"
jq -c '{no_evidence, with_evidence: (.with_evidence | {labelled, recall: .metrics.recall, fn: .metrics.confusion.fn, fp: .metrics.confusion.fp}), fn: .metrics.confusion.fn, fp: .metrics.confusion.fp}' out/evaluate.json
jq -r '.talking_points[] | select(.topic == "evidence") | .text, (.figures | tojson)' out/report.json
python3 - <<'PY'
import html, re
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
for pat in (r'On held-out reports the model never saw.*?trusted\.', r'carr(?:y|ies) a data warning \(the queue.s flags column\):.*?\.(?= Drift)'):
    m = re.search(pat, page)
    print(m.group(0) if m else 'MISSING: ' + pat)
print('threshold advice:', 'lowers the threshold' in page)
PY
