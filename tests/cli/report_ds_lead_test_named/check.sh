set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 7 -o s.csv
$CT run -q s.csv -o o > /dev/null 2>&1
echo "run exit $?"
/usr/bin/python3 - o s.csv <<'PY'
import html, re, sys, textwrap
import pandas as pd
from scipy import stats
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
s = re.sub(r"</?(p|h[1-6]|li|div|section)\b[^>]*>", "\n", s)
lines = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in s.split("\n")]
lines = [l for l in lines if l]
def point(head, nxt):
    i = next(k for k, l in enumerate(lines) if l.startswith(head))
    j = next(k for k, l in enumerate(lines) if k > i and l.startswith(nxt))
    return [l for l in lines[i + 1:j] if l.startswith('Videos by')]
for head, nxt in (('Executive summary', 'Talking points'),
                  ('Data Science Lead', 'Data Science Manager')):
    for l in point(head, nxt):
        print(textwrap.fill('%s: %s' % (head, l), 100, subsequent_indent='    '))
# the peer: scipy's Welch test of the views by verified status, rows with a missing value left out
df = pd.read_csv(sys.argv[2]).dropna()
g = [x['video_view_count'] for _, x in df.groupby('verified_status')]
t = stats.ttest_ind(g[0], g[1], equal_var=False)
print('scipy.stats.ttest_ind(equal_var=False): p = %.3g' % t.pvalue)
PY
