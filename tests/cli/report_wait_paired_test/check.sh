set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 1:0.1 2:0.1 2:0.3; do
    $CT synth -q --rows 3000 --seed ${c%%:*} --noise ${c#*:} -o s$c.csv
    $CT run -q s$c.csv -o o$c > /dev/null 2>&1; echo "seed ${c%%:*} noise ${c#*:}: run exit $?"
done
/usr/bin/python3 - <<'PY'
import csv, html, json, re, warnings
import numpy as np, scipy.stats as st
warnings.simplefilter("ignore")
for c in ('1:0.1', '2:0.1', '2:0.3'):
    lab = {}
    with open('s%s.csv' % c, newline='') as f:
        for r in csv.DictReader(f):
            lab.setdefault(r['video_id'], r)
    rows = []
    with open('o%s/queue.csv' % c, newline='') as f:
        for i, r in enumerate(csv.DictReader(f)):
            l = lab[r['id']]
            v = float(l['video_view_count']) if l['video_view_count'] else float('-inf')
            rows.append((i + 1, l['claim_status'] == 'claim', v))
    # views alone: largest first, missing last; a tied group's rows share
    # its middle place
    order = sorted(rows, key=lambda t: -t[2])
    mid, i = {}, 0
    while i < len(order):
        j = i
        while j < len(order) and order[j][2] == order[i][2]:
            j += 1
        for t in order[i:j]:
            mid[t[0]] = i + (j - i + 1) / 2
        i = j
    d = np.array([p - mid[p] for p, claim, _ in rows if claim])
    p = st.wilcoxon(d, method='approx').pvalue
    nz = d[d != 0]
    r = st.rankdata(np.abs(nz))
    ranks_queue = r[nz < 0].sum() > r[nz > 0].sum()   # ranks side with the queue
    means_queue = d.mean() < 0
    shown = p < 0.05 and ranks_queue == means_queue
    t = html.unescape(open('o%s/report.html' % c, encoding='utf-8').read())
    text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', t))
    less = 'the queue' if means_queue else 'views alone'
    print('seed %s noise %s: mean wait less in %s\'s order by %.1f places, p %.4f, ranks with %s: '
          'shown %s' % (*c.split(':'), less, abs(d.mean()), p,
                        'the queue' if ranks_queue else 'views alone', shown))
    said = re.findall(r'Wilcoxon signed-rank test on each claim\'s wait, p = ([0-9.]+)\)', text)
    print('  test said:', len(said) > 0, 'its p as scipy\'s:',
          all(abs(float(z) - p) <= 5e-5 + 1e-3 * p for z in said))
    print('  "a claim waits less in the queue\'s order" said:',
          re.search(r'[Aa] claim waits less in the queue\'s order', text) is not None)
    print('  "waits less in views alone\'s order" said:',
          re.search(r'[Aa] claim waits less in views alone\'s order', text) is not None)
    print('  the wait breaks a tie:', 'so the whole queue\'s wait breaks the tie' in text
          or 'waits above break the tie' in text)
PY
