set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 6000 --seed 11 --noise 0.3 -o s.csv
$CT run -q s.csv -o o > /dev/null 2>&1
echo "run exit $?"
/usr/bin/python3 - <<'PY'
import html, json, re
import pandas as pd, scipy.stats as st
lab = pd.read_csv('s.csv', dtype={'video_id': str}).drop_duplicates('video_id')
q = pd.read_csv('o/queue.csv', dtype={'id': str})
q = q.merge(lab[['video_id', 'claim_status', 'video_view_count']], left_on='id',
            right_on='video_id', how='left')
D = json.load(open('o/queue_eval.json'))['capacity']
q['place'] = range(1, len(q) + 1)
claim = q['claim_status'] == 'claim'
v = q.sort_values('video_view_count', ascending=False, kind='stable')
cut = v['video_view_count'].iloc[D - 1]
tied = (v['video_view_count'] == cut).sum() - (v['video_view_count'].iloc[:D] == cut).sum()
inq = set(q.index[(q['place'] <= D) & claim])
inv = set(v.index[:D][claim[v.index[:D]]])
b, c = len(inq - inv), len(inv - inq)
p = st.binomtest(min(b, c), b + c, 0.5).pvalue
print('day %d: views tied across the cut: %d; queue alone %d, views alone %d, p %.4f' % (D, tied, b, c, p))
s = open('o/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
s = re.sub(r"</?(p|h[1-6]|li|div|section)\b[^>]*>", "\n", s)
lines = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in s.split("\n")]
def after(head, k=1):
    i = lines.index(head)
    return [l for l in lines[i + 1:] if l][:k]
summary = [l for l in lines if l.startswith('A review day here is')]
ops = after('Operations Lead (plain language: the queue, its errors, the threshold)')
dsm = after('Data Science Manager (technical summary: delivery, the decision, risks)', 4)
box = [l for l in lines if l.startswith('Against sorting by views alone')]
plain = 'the queue\'s day finds %d claims that views alone\'s misses and misses %d that it finds, ' \
        'a split chance could make' % (b, c)
tech = '%d claims in the queue\'s day alone, %d in views alone\'s; exact McNemar test, p = %.4f' % (b, c, p)
for name, part in (('summary', summary), ('Operations Lead', ops)):
    t = ' '.join(part)
    print('%s: plain words: %s | names McNemar: %s | a p-value: %s'
          % (name, plain in t, 'McNemar' in t, bool(re.search(r'\bp = ', t))))
for name, part in (('Data Science Manager', dsm), ('Finance box', box)):
    print('%s: the test with its p: %s' % (name, tech in ' '.join(part)))
print('summary, the probability alone:',
      [re.sub(r'.*(no difference the data can show \([^)]*\)).*', r'\1', l) for l in summary
       if 'probability alone' in l])
print('Data Science Manager, the probability alone:',
      [l for l in dsm if l.startswith('The reach weighting')])
PY
