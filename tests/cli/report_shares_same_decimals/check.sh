# The day's share of claims and the review hours saved read the same
# wherever the page gives them: 2 decimals, as the mean waits
# (tests/cli/report_waits_same_decimals). Before 2026-12-02 the summary's
# first mention was a whole percent ("reaches about 480 claims (5% of
# them), against about 242 (2%)") a sentence before "it finds 4.84% of
# claims in the day (the queue 4.84%)", the Operations Lead read "4.8%",
# and the hours had 3 significant digits in the finance point and box
# ("26.2 more review hours") beside "(the model's queue 26.23)".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o full.csv
# fewer claims (one in three kept), so that a day saves over 10 hours
awk -F, 'NR == 1 || $2 != "claim" || NR % 3 == 0' full.csv >s.csv
$CT run -q s.csv -o out --reviews-per-hour 2 >/dev/null
echo "run exit $?"
python3 - <<'PY'
import html, json, re
q = json.load(open('out/queue_eval.json'))
f = json.load(open('out/report.json'))['finance']
print('queue_eval.json: capacity', q['capacity'], 'queue recall %.6f' % q['at_capacity']['queue']['recall'],
      'random %.6f' % q['at_capacity']['random']['recall'],
      'views %.6f' % q['at_capacity']['views']['recall'])
print('report.json: hours_saved %.6f' % f['hours_saved'])
j = json.load(open('out/report.json'))
pts = {p['topic']: p['text'] for p in j['talking_points']}
m = re.search(r'reaches (?:about )?[0-9,.]+ claims? \(([^ ]+) of them\)\. Random order reaches (?:about )?[0-9,.]+ \(([^)]+)\)', pts['queue'])
print('summary, first mention: queue', m.group(1), 'random', m.group(2))
# views alone's share (since 2026-12-05 the queue's is not said again there:
# tests/cli/report_summary_wait_said_once); "as many" where it equals the
# queue's as shown (since 2026-12-08: tests/cli/report_summary_figure_once)
m = re.search(r'it finds (?:([0-9.]+%) of|as many) claims in the day', pts['queue'])
print('summary, views sentence:', m.group(0))
m = re.search(r'would need ([0-9.,]+) more review hours', pts['finance'])
print('summary, finance: hours', m.group(1))
sp = {s['stakeholder']: [p['text'] for p in s['points']] for s in j['stakeholder_points']}
# the day's share: "Work the queue from the top: ..." or, where views alone
# does as well, the choice (since 2026-12-05: tests/cli/report_ops_views_choice),
# since 2026-12-05 follow the queue, views alone's share after it
# (tests/cli/report_ops_follow_when_views_tie)
ops = [t for t in sp['Operations Lead'] if 'of the claims' in t][0]
print('Operations Lead:', ' / '.join(re.findall(r'finds [^;:]*', ops)))
print('Manager:', [t for t in sp['Data Science Manager'] if t.startswith('The decision')][0][:60], '...',
      'choice' in [t for t in sp['Data Science Manager'] if t.startswith('The decision')][0])
# views alone's hours, "as many" where they read as the queue's, whose
# hours the point's first line gives (since 2026-12-07 not again here:
# tests/cli/report_finance_lead_figure_once)
fin = [t for t in sp['Finance Lead (Americas)'] if 'view counts alone' in t][0]
print('Finance Lead, views:', re.search(r'would gain [^.:]*', fin).group(0))
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
print('finance box:', re.search(r'Claims found sooner, not a cut.*?sooner the queue finds them\.', page).group(0))
tab = re.search(r'At (?:the run.s )?capacity: the first.*?queue ([0-9.]+%).*?random order \(expected\) ([0-9.]+%)', page)
print('review queue table: queue', tab.group(1), 'random', tab.group(2))
PY
