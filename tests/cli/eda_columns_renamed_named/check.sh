# eda --views, --shares, --status name the reports file's view count,
# share count and ban status in a file that names them otherwise (run's and
# score's options): each takes its column's place in eda's defaults — the
# columns and groups, the per-view rates, the class x ban grouping, the
# views/likes scatter, the charts' names — and the rows stay "videos", so
# eda.json is the reports file's under the new names. A named column the
# file lacks is an error (exit 1); one that is another default column, or
# an empty one, a usage error (exit 2; an empty --status said "needs a
# folder", plan's words, before 2026-12-05). Before 2026-12-05 eda had no
# such options, and run's --columns and --by lists lost the rates, the
# class x ban grouping and the scatter.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 3 -o s.csv || exit 1
sed '1s/video_view_count/views/; 1s/video_share_count/shares/; 1s/author_ban_status/ban/' s.csv \
  > v.csv
$CT eda -q --json s.csv -o a > a.json; echo "reports file's names: exit $?"
$CT eda -q --json v.csv -o b --views views --shares shares --status ban > b.json
echo "renamed, named: exit $?"
python3 - <<'PY'
import json
names = {'video_view_count': 'views', 'video_share_count': 'shares', 'author_ban_status': 'ban',
         's.csv': 'v.csv', '"chart_dir": "a"': '"chart_dir": "b"'}
a = open('a.json').read()
for k, v in names.items():
    a = a.replace(k, v)
b = json.load(open('b.json'))
print('same as the reports file\'s under the new names:', json.loads(a) == b)
print('rates:', sorted(b['rates']), 'groupings:', [g['by'] for g in b['groupings']])
print('charts:', ' '.join(sorted(c['file'] for c in b['charts'] if c['kind'] != 'histogram')))
PY
$CT eda -q v.csv --views vews --shares shares --status ban; echo "exit $?"
$CT eda -q v.csv --views video_like_count; echo "exit $?"
$CT eda -q v.csv --status=; echo "exit $?"
