# An export of one's own: the reports file's columns renamed (label, vid,
# transcript, views, shares) and its labels spelled yes / no. train takes
# --target/--positive/--text/--id; score's reach and queue-eval must take
# the counts' and the labels' columns too, and give the figures the
# reports file's names give (before: queue-eval knew only claim_status /
# video_id / video_view_count, and score's reach counted 0 views in every row).
d=$(mktemp -d) && cd "$d" || exit 1
$CT synth -q --rows 1500 --seed 8 -o s.csv || exit 1
python3 - <<'PY'
import csv
names = {'claim_status': 'label', 'video_id': 'vid', 'video_transcription_text': 'transcript',
         'video_view_count': 'views', 'video_share_count': 'shares'}
with open('s.csv', newline='') as f, open('r.csv', 'w', newline='') as g, \
        open('n.csv', 'w', newline='') as h, open('y.csv', 'w', newline='') as k, \
        open('z.csv', 'w', newline='') as z:
    rd = csv.reader(f)
    w, wn, wy, wz = csv.writer(g), csv.writer(h), csv.writer(k), csv.writer(z)
    head = next(rd)
    j = head.index('claim_status')
    w.writerow([names.get(c, c) for c in head])
    wn.writerow([names.get(c, c) for c in head])
    wy.writerow(head)
    wz.writerow(head)
    for row in rd:
        lab = row[j]
        row[j] = {'claim': 'yes', 'opinion': 'no'}.get(lab, lab)
        w.writerow(row)
        wy.writerow(row)
        row[j] = {'claim': '1', 'opinion': '0'}.get(lab, lab)
        wn.writerow(row)
        wz.writerow(row)
PY
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null || exit 1
$CT score -q s.csv -m m.ctm -o q.csv || exit 1
$CT queue-eval q.csv --labels s.csv --json -q > a.json || exit 1
$CT train -q --no-audit --grid C=1 r.csv -m r.ctm --target label --positive yes --text transcript \
  --id vid > /dev/null || exit 1
$CT score r.csv -m r.ctm -o r0.csv 2>&1 | grep -A3 'has neither a'
$CT score -q r.csv -m r.ctm --views views --shares shares -o rq.csv || exit 1
cut -d, -f1-5 q.csv > q5.csv; cut -d, -f1-5 rq.csv > rq5.csv
cmp -s q5.csv rq5.csv && echo "score --views/--shares: the queue of the reports file's names"
$CT queue-eval q.csv --labels y.csv 2>&1 >/dev/null; echo "yes / no labels, no --positive: exit $?"
$CT queue-eval q.csv --labels y.csv --positive yes --json -q > y.json; echo "--positive yes: exit $?"
$CT queue-eval rq.csv --labels r.csv -q > /dev/null 2> e.txt; echo "no options: exit $?"; cat e.txt
$CT queue-eval rq.csv --labels r.csv --id vid --views views > /dev/null 2> e.txt; echo "--id --views: exit $?"; cat e.txt
$CT queue-eval rq.csv --labels r.csv --target label --id vid; echo "--target alone: exit $?"
$CT queue-eval rq.csv --labels r.csv --target label --positive yes --id vid --views views --json \
  -q > b.json; echo "named: exit $?"
$CT queue-eval rq.csv --labels n.csv --target label --positive 1 --id vid --views views --json \
  --no-schema -q > c.json; echo "0/1 labels read as numbers: exit $?"
$CT queue-eval rq.csv --labels n.csv --target label --positive yes --id vid --no-schema -q; echo "0/1 labels, --positive yes: exit $?"
$CT queue-eval q.csv --labels z.csv --no-schema -q 2>&1; echo "a numeric label, no --positive: exit $?"
python3 - <<'PY'
import json
a, b, c, y = (json.load(open(p)) for p in ('a.json', 'b.json', 'c.json', 'y.json'))
for k in ('rows', 'claims', 'claims_views', 'capacity', 'at_capacity', 'curve'):
    print(k, 'as the reports file names give' if a[k] == b[k] == c[k] == y[k] else 'DIFFERENT')
print('claims', a['claims'], 'of', a['rows']['queue'])
PY
cd / && rm -rf "$d"
