set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 5:0:6 2:0.1:8; do
    IFS=: read s z k <<< "$c"
    $CT synth -q --rows 3000 --seed $s --noise $z -o s$k.csv
    $CT run -q s$k.csv -o o$k --capacity $k > /dev/null 2>&1; echo "seed $s noise $z capacity $k: run exit $?"
done
/usr/bin/python3 - <<'PY'
import html, math, re
import pandas as pd, scipy.stats as st
for k in (6, 8):
    lab = pd.read_csv('s%d.csv' % k, dtype={'video_id': str}).drop_duplicates('video_id')
    q = pd.read_csv('o%d/queue.csv' % k, dtype={'id': str})
    q = q.merge(lab[['video_id', 'claim_status']], left_on='id', right_on='video_id', how='left')
    claim = (q['claim_status'] == 'claim').to_numpy()
    n, C, found = len(q), int(claim.sum()), int(claim[:k].sum())
    e = k * C / n
    p = st.hypergeom.sf(found - 1, n, C, k)
    spread = abs(found - e) <= 2 * math.sqrt(e)
    t = html.unescape(open('o%d/report.html' % k, encoding='utf-8').read())
    t = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', t))
    luck = re.search(r'to tell (the orders apart|the queue from random order)[^.]*luck', t)
    said = re.findall(r"hypergeometric test of the day's claims, p = ([0-9.]+)\)", t)
    print('capacity %d: %d claims found, random order %.2f, scipy p %.4f; spread rule says luck: '
          '%s' % (k, found, e, p, spread))
    print('  page: random order\'s count called luck:', luck is not None,
          '| as the test (p >= 0.05):', (luck is not None) == (p >= 0.05),
          '| p said as scipy\'s:', all(abs(float(z) - p) < 6e-5 for z in said))
PY
