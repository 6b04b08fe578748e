set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 2 --noise 0.3 -o s.csv
$CT run -q s.csv -o o --capacity 100 > /dev/null 2>&1; echo "run exit $?"
/usr/bin/python3 - <<'PY'
import json, warnings
import numpy as np, pandas as pd, scipy.stats as st
warnings.simplefilter("ignore")
lab = pd.read_csv('s.csv', dtype={'video_id': str}).drop_duplicates('video_id')
q = pd.read_csv('o/queue.csv', dtype={'id': str})
q['place'] = np.arange(1, len(q) + 1)
q = q.merge(lab, left_on='id', right_on='video_id', how='left')
q['claim'] = q['claim_status'] == 'claim'
q['v'] = q['video_view_count'].fillna(-np.inf)
# views alone: largest first, missing last; a tied group's rows share its middle place
o = q.sort_values('v', ascending=False, kind='stable').reset_index(drop=True)
o['pos'] = np.arange(1, len(o) + 1)
mid = o.groupby('v')['pos'].transform(lambda s: s.min() + (len(s) - 1) / 2)
o['mid'] = mid
q = q.merge(o[['id', 'mid']], on='id')
dd = (q.loc[q.claim, 'place'] - q.loc[q.claim, 'mid']).to_numpy()
w = st.wilcoxon(dd, method='approx')
n, C, K = len(q), int(q.claim.sum()), 100
found = int(q.loc[q.claim & (q.place <= K)].shape[0])
ph = st.hypergeom.sf(found - 1, n, C, K)
t = json.load(open('o/report.json'))['finance'].get('tests', {})
print('keys:', sorted(t))
wv, da = t.get('wait_vs_views') or {}, t.get('day_vs_arrival') or {}
print('wait_vs_views:', wv.get('test'), '| statistic as scipy\'s:', wv.get('statistic') == w.statistic,
      '| p as scipy\'s:', wv.get('p_value') is not None
      and abs(wv['p_value'] - w.pvalue) <= 1e-12 + 1e-6 * w.pvalue)
print('  claims less / more:', wv.get('claims_less'), wv.get('claims_more'), 'pandas:',
      int((dd < 0).sum()), int((dd > 0).sum()))
print('day_vs_arrival:', da.get('test'), '| found', da.get('claims_found'), 'pandas', found,
      '| p as scipy\'s:', da.get('p_value') is not None
      and abs(da['p_value'] - ph) <= 1e-300 + 1e-6 * ph)
for k in ('day_vs_views', 'wait_vs_arrival'):
    print(k + ':', (t.get(k) or {}).get('test'), 'p given:', isinstance((t.get(k) or {}).get('p_value'), float))
PY
