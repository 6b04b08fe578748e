# A file with neither count column (a text-and-labels export: the reports
# file without video_view_count and video_share_count): the reach
# priority, p x ln(1 + views + shares), would be 0 in every row and the
# queue in tie order (author status, id), ignoring the model. score ranks
# it by the probability instead, says so in a note and in --json
# (priority "prob", priority_note), and flags no row missing_counts for
# the absent columns. Before 2026-12-04 every priority was 0.0, every row
# flagged, and --json said "reach".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 3 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='', encoding='utf-8')))
drop = {rows[0].index('video_view_count'), rows[0].index('video_share_count')}
with open('nc.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows([[v for j, v in enumerate(r) if j not in drop] for r in rows])
PY
head -1 nc.csv
$CT train -q --no-audit --grid C=1 nc.csv -m m.ctm >/dev/null || exit 1
$CT score nc.csv -m m.ctm -o q.csv --json > s.json; echo "score exit $?"
python3 - <<'PY'
import csv, json
rows = list(csv.DictReader(open('q.csv')))
print('rows', len(rows), 'priority = probability on every row:',
      all(r['priority'] == r['probability'] for r in rows))
p = [float(r['probability']) for r in rows]
print('in probability order:', p == sorted(p, reverse=True))
print('flagged missing_counts:', sum('missing_counts' in r['flags'] for r in rows))
j = json.load(open('s.json'))
print('priority', j['priority'], 'flagged', j['rows']['flagged'])
print('priority_note', j['priority_note'])
PY
# the counts there: ranked by reach as before, no note
$CT score s.csv -m m.ctm -o q2.csv --json 2>/dev/null | python3 -c '
import json, sys; j = json.load(sys.stdin); print("with counts:", j["priority"], j["priority_note"])'
# --priority prob on the file without counts: as asked, no note
$CT score nc.csv -m m.ctm -o q3.csv --priority prob -q; cmp q.csv q3.csv && echo "the same queue as --priority prob"
exit 0
