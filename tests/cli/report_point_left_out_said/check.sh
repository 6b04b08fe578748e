# A talking point left out of the executive summary is said, with why, also
# when its file is there: test.json whose comparison of views by verified
# status was skipped (no video_view_count column). Before 2026-12-02 only a
# missing file was said, and these runs' summaries lost the hypothesis test
# without a word. A run with another --target has the point since
# 2026-12-04 (test's --target keeps the comparison:
# tests/cli/run_target_keeps_comparison).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 8 -o s.csv
python3 - <<'PY'
import csv
with open('s.csv', newline='') as f, open('nv.csv', 'w', newline='') as g, \
        open('lab.csv', 'w', newline='') as h:
    rd, w, wl = csv.reader(f), csv.writer(g), csv.writer(h)
    head = next(rd)
    j = head.index('video_view_count')
    w.writerow(head[:j] + head[j + 1:])
    wl.writerow(['label' if c == 'claim_status' else c for c in head])
    for row in rd:
        w.writerow(row[:j] + row[j + 1:])
        wl.writerow(row)
PY
$CT run -q s.csv -o full > /dev/null 2>&1; echo "full: exit $?"
$CT run -q nv.csv -o nv > /dev/null 2>&1; echo "no views column: exit $?"
$CT run -q lab.csv -o lab --target label --positive claim > /dev/null 2>&1; echo "--target label: exit $?"
python3 - <<'PY'
import html, json, re
for d in ('full', 'nv', 'lab'):
    t = open(d + '/report.html', encoding='utf-8').read()
    s = re.search(r'<section id="summary">(.*?)</section>', t, re.S).group(1)
    topics = [p['topic'] for p in json.load(open(d + '/report.json'))['talking_points']]
    notes = [re.sub(r'\s+', ' ', html.unescape(n)) for n in
             re.findall(r'<p class="note">(No talking point.*?)</p>', s, re.S)]
    print(d, 'points:', ', '.join(topics))
    for n in notes:
        print('  ' + n)
PY
