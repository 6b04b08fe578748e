# The Finance and Operations Leads read plain language: their points'
# sentences are listed with their length in words (first words shown), and
# so are the executive summary's and the finance box's (the formula block
# aside: its terms are explained in sentences below it).
# Before 2026-12-06 the Finance Lead's "What the figure is: ..." ran to 79
# words, its headline to 54 and the Operations Lead's point on flags to 43
# in one sentence each; they are split, every figure kept. Until the same
# day the Operations Lead's decision on the real file ran to 147 words
# ("Either order does as well: ... a claim waits less in the queue's
# order ..."), "Work the queue from the top: ...; each row of queue.csv says
# why ..." to 34, the summary's queue point to 86, "Random order would need
# 7.88 more review hours (review time worth ...) to find ..." to 34, the
# finance box's sentences to 31-48 and its formula with its terms to 165:
# each clause is now a sentence. A sentence still over 30 words is marked
# "long"; two more synthetic files (a day holding the whole queue, a noisy
# model) list their long sentences only.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 42 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
$CT synth -q --rows 2000 --seed 1 -o s1.csv
$CT run -q s1.csv -o r1 >/dev/null 2>&1
echo "run (seed 1) exit $?"
$CT synth -q --rows 2000 --seed 3 --noise 0.3 -o s3.csv
$CT run -q s3.csv -o r3 >/dev/null 2>&1
echo "run (seed 3, noise 0.3) exit $?"
python3 - <<'PY'
import html, json, re

def sentences(text):
    return re.split(r"(?<=[.])\s+(?=[A-Z'])", text)

def parts(folder):
    """(heading, paragraph) for the summary, the finance box and the
    Finance and Operations Leads' points"""
    h = open(folder + '/report.html', encoding='utf-8').read()
    out = []
    for sec in ('summary', 'finance'):
        m = re.search(r'<section id="%s">(.*?)</section>' % sec, h, re.S)
        body = re.sub(r'<p class="formula">.*?</p>', '', m.group(1), flags=re.S)
        for t in re.findall(r'<(?:li|p)[^>]*>(.*?)</(?:li|p)>', body, re.S):
            out.append((sec, html.unescape(re.sub(r'<[^>]+>', '', t))))
    j = json.load(open(folder + '/report.json', encoding='utf-8'))
    for s in j['stakeholder_points']:
        if s['stakeholder'].startswith(('Finance', 'Operations')):
            for p in s['points']:
                out.append((s['stakeholder'], p['text']))
    return out

def show(folder, all_of_them):
    last = None
    n_all = n_long = 0
    for head, text in parts(folder):
        for t in sentences(text):
            n = len(t.split())
            n_all += 1
            n_long += n > 30
            if not all_of_them and n <= 30:
                continue
            if head != last:
                print('==', head)
                last = head
            print('%3d%s %s ...' % (n, ' long' if n > 30 else '', ' '.join(t.split()[:6])))
    print('%s: %d sentences, %d over 30 words' % (folder, n_all, n_long))

show('r', True)
show('r1', False)
show('r3', False)
PY
