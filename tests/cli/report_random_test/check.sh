set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 0.4 0.1; do
    $CT synth -q --rows 400 --seed 5 --noise $c -o s$c.csv
    $CT run -q s$c.csv -o o$c --capacity 40 > /dev/null 2>&1; echo "noise $c: run exit $?"
done
/usr/bin/python3 - <<'PY'
import csv, html, re
import scipy.stats as st
for c in ('0.4', '0.1'):
    lab = {}
    with open('s%s.csv' % c, newline='') as f:
        for r in csv.DictReader(f):
            lab.setdefault(r['video_id'], r)
    with open('o%s/queue.csv' % c, newline='') as f:
        claims = [lab[r['id']]['claim_status'] == 'claim' for r in csv.DictReader(f)]
    n, C, K = len(claims), sum(claims), 40
    found = sum(claims[:K])
    p = st.hypergeom.sf(found - 1, n, C, K)
    t = html.unescape(open('o%s/report.html' % c, encoding='utf-8').read())
    text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', t))
    print('noise %s: the first %d of %d reviews find %d of %d claims, random order about %.2f, '
          'p %.4f' % (c, K, n, found, C, K * C / n, p))
    said = re.findall(r'hypergeometric test of the day\'s claims, p = ([0-9.]+)\)', text)
    print('  test said:', len(said) > 0, 'its p as scipy\'s:',
          all(abs(float(z) - p) <= 5e-5 for z in said))
    print('  "no sooner than random order in its first review day" said:',
          'finds claims no sooner than random order in its first review day' in text)
    print('  review hours counted ("Random order would need ... more review hours"):',
          re.search(r'Random order would need [0-9.]+ more review hours', text) is not None)
PY
