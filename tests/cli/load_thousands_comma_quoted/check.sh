# A US spreadsheet's comma-delimited export: counts grouped by ',' and so
# quoted ("1,234"). pandas reads it with thousands=',' back equal to the
# plain file; --thousands=, was refused (usage error: "--thousands and the
# delimiter are both ','") and the load's hint said to export again. Now
# inspect, eda, test and regress give exactly the plain file's figures.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 400 --seed 21 -o s.csv || exit 1
/usr/bin/python3 - <<'PY' || exit 1
import pandas as pd
df = pd.read_csv('s.csv')
e = df.copy()
for c in ['video_view_count', 'video_like_count', 'video_share_count', 'video_download_count',
          'video_comment_count']:
    e[c] = e[c].map(lambda v: '' if pd.isna(v) else f"{int(v):,}")
e.to_csv('us.csv', index=False)
back = pd.read_csv('us.csv', thousands=',')
print('pandas reads the export back as the plain file:', back.equals(df))
print('quoted grouped values:', sum(open('us.csv').read().count('"%s' % d) for d in '123456789') > 0)
PY
$CT inspect us.csv 2>&1 >/dev/null | tail -4
for c in inspect eda test regress; do
  $CT $c -q --json s.csv | grep -v '"file"' > p.json
  $CT $c -q --json --thousands=, us.csv | grep -v '"file"' > u.json
  cmp -s p.json u.json && echo "$c: same as the plain file" || echo "$c: DIFFERS"
done
# an unquoted grouped number is two fields, as in pandas
printf 'a,b\n1,234,x\n' > bad.csv
$CT inspect -q --thousands=, bad.csv; echo "exit $?"
