# The regression section gives the model's check on its held-out rows
# (regress.json's split), every figure from that file: before 2026-12-02 the
# page left it out, so a regression that predicts 'not verified' for every
# held-out row (recall 0, accuracy = the no-information rate, as on the
# reports file) read as a model of verified accounts. Precision with no row
# predicted positive does not exist and is said, not printed as 0; the
# single-class note appears exactly when regress.json says one class.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null
# a folder that is not a run: the regression fitted with class weights
mkdir w && $CT regress -q --json --balance=weight s.csv > w/regress.json && $CT report -q w
python3 - <<'PY'
import html, json, re
def page(d):
    t = open(d + '/report.html', encoding='utf-8').read()
    m = re.search(r'<h3>On held-out rows</h3>(.*?)</section>', t, re.S)
    if not m:
        return None
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', m.group(1)))).strip()
def pct(x):
    return '%.1f%%' % (100 * x)
def cnt(x):
    return '{:,}'.format(x)
for d in ('out', 'w'):
    sp = json.load(open(d + '/regress.json'))['split']
    p = page(d)
    if p is None:
        print(d, 'no held-out part')
        continue
    c = sp['confusion']
    want = ['checked on %s held-out rows' % cnt(sp['test_rows']),
            'fitted on %s rows' % cnt(sp['train_rows']),
            '%s of them verified_status = verified' % cnt(sp['test_positive']),
            'accuracy %s, against %s for always answering' % (pct(sp['accuracy']),
                                                           pct(sp['no_information_rate'])),
            'recall %.3f' % sp['recall'], 'ROC AUC %.3f' % sp['roc_auc'],
            'actually verified %s %s' % (cnt(c['tp']), cnt(c['fn'])),
            'actually not verified %s %s' % (cnt(c['fp']), cnt(c['tn']))]
    if c['tp'] + c['fp'] == 0:
        want.append('no precision (no row was predicted verified)')
    else:
        want.append('precision %.3f' % sp['precision'])
    bad = [w for w in want if w not in p]
    one = sp['single_class_predicted']
    note = 'tells no row apart' in p
    weighed = 'both classes weighed equally' in p
    print(d, 'figures as regress.json' if not bad else 'MISSING: %s' % bad,
          '| single class:', one, '| said:', note, '| weighed:', sp['balance'], weighed,
          '| a number for a precision that does not exist:', 'precision 0.000' in p)
PY
