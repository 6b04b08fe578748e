set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 1:0.5 3:0.6; do
    $CT synth -q --rows 1500 --seed ${c%%:*} --noise ${c#*:} -o s$c.csv
    $CT run -q s$c.csv -o o$c --capacity 100000 > /dev/null 2>&1
    echo "seed ${c%%:*} noise ${c#*:}: run exit $?"
done
/usr/bin/python3 - <<'PY'
import html, json, re, warnings
import pandas as pd, scipy.stats as st
warnings.simplefilter("ignore")
for c in ('1:0.5', '3:0.6'):
    lab = pd.read_csv('s%s.csv' % c, dtype={'video_id': str}).drop_duplicates('video_id')
    q = pd.read_csv('o%s/queue.csv' % c, dtype={'id': str})
    q['place'] = range(1, len(q) + 1)
    q = q.merge(lab[['video_id', 'claim_status']], left_on='id', right_on='video_id', how='left')
    claim = q['claim_status'] == 'claim'
    n = len(q)
    hq, hr = q.loc[claim, 'place'].mean() / 60, (n + 1) / 2 / 60
    r = st.mannwhitneyu(q.loc[claim, 'place'], q.loc[~claim, 'place'])
    rep = json.load(open('o%s/report.json' % c))['finance']
    t = rep.get('tests', {}).get('wait_vs_arrival') or {}
    print('seed %s noise %s: %d claims of %d rows, mean wait %.4f h, random order %.4f h, '
          'U1 %.1f, p %.4g' % (*c.split(':'), claim.sum(), n, hq, hr, r.statistic, r.pvalue))
    print('  report.json waits as pandas\':',
          abs(rep['mean_hours_to_review_queue'] - hq) < 1e-9,
          abs(rep['mean_hours_to_review_arrival'] - hr) < 1e-9)
    print('  report.json test:', t.get('test'), '| U1 as scipy\'s:', t.get('statistic') == r.statistic,
          '| p as scipy\'s:', t.get('p_value') is not None
          and abs(t['p_value'] - r.pvalue) <= 1e-9 + 1e-6 * r.pvalue)
    txt = html.unescape(open('o%s/report.html' % c, encoding='utf-8').read())
    txt = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', txt))
    shown = r.pvalue < 0.05 and hq < hr
    print('  shown by the test:', shown, '| page names the test:',
          'Mann-Whitney test of the claims\' places' in txt,
          '| page says "not shown to review claims sooner":',
          'not shown to review claims sooner' in txt)
PY
