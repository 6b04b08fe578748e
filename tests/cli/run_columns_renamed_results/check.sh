# Every column run has an option for renamed (label, transcript, id, views,
# shares, ban status): each stage's command in manifest.json gets the
# file's names, also where its defaults name the reports file's columns,
# and the stages' JSON and the report say what a run on the same file with
# the reports file's names says, under the new names. Before 2026-12-05 the
# test stage skipped label x author_ban_status (test had no --status), the
# regress engagement screen left out the renamed views and shares (VIF < 5
# for the rest: no column to leave out, where the file's names leave out
# video_like_count), its independence check counted repeats of '#' (no
# --id), and eda's rates, its class x ban grouping and its views/likes
# scatter were left out (it matched them by the reports file's names).
# What still differs is printed last: the file's path, the run's command
# lines and hashes aside, eda's and test's words for rows ("rows", not
# "videos") and the class chart's file name, since their --target names
# another file's class column.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 3 -o s.csv || exit 1
sed '1s/claim_status/label/; 1s/video_transcription_text/transcript/; 1s/video_id/vid/;
     1s/video_view_count/views/; 1s/video_share_count/shares/; 1s/author_ban_status/ban/' \
  s.csv > r.csv
$CT run -q s.csv -o a > /dev/null; echo "reports file's names: exit $?"
$CT run -q r.csv -o b --target label --positive claim --text transcript --id vid --views views \
  --shares shares --status ban > /dev/null; echo "renamed: exit $?"
python3 - <<'PY'
import json, re
m = json.load(open('b/manifest.json'))
print('failed analyses:', m['failed_analyses'])
for st in m['stages']:
    print(st['name'], st['status'] + ':', re.sub(r' r\.csv$', '', st['command']))
names = {'claim_status': 'label', 'video_transcription_text': 'transcript', 'video_id': 'vid',
         'video_view_count': 'views', 'video_share_count': 'shares', 'author_ban_status': 'ban'}
def ren(s):
    for k, v in names.items():
        s = s.replace(k, v)
    return s.replace('s.csv', 'r.csv').replace('a/', 'b/')
def load(run, f):
    return json.load(open(run + '/' + f))
t, r, e = load('b', 'test.json'), load('b', 'regress.json'), load('b', 'eda.json')
print('test associations:', ['%s x %s' % (x['rows'], x['columns']) for x in t['associations']],
      'skipped:', len(t['skipped']))
chk = {c['name']: c['reason'] for c in r['checks']}
print('regress screen:', sorted(r['engagement_screen']['vif']),
      [x['column'] for x in r['engagement_screen']['leave_out']])
print('  ' + chk['engagement screen'])
print('  ' + chk['independent observations'])
print('eda rates:', sorted(e['rates']), 'groupings:', [g['by'] for g in e['groupings']])
print('eda scatter:', [c['file'] for c in e['charts'] if c['kind'] == 'scatter'])
# every leaf of the original run's JSON under the new names against the renamed run's
skip = re.compile(r'(hash|sha256|fingerprint|command_line|trained_on|^file$|^folder$|bytes|'
                  r'duration)')
def leaves(x, path=''):
    if isinstance(x, dict):
        for k, v in x.items():
            if not skip.search(k):
                yield from leaves(v, path + '.' + k)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from leaves(v, '%s[%d]' % (path, i))
    else:
        yield path, x
for f in ('inspect', 'eda', 'test', 'regress', 'train', 'evaluate', 'score', 'queue_eval',
          'report'):
    a = dict((ren(p), ren(v) if isinstance(v, str) else v)
             for p, v in leaves(load('a', f + '.json')))
    b = dict(leaves(load('b', f + '.json')))
    diff = sorted(set(a) ^ set(b)) + [p for p in sorted(set(a) & set(b)) if a[p] != b[p]]
    print('%s.json: %d of %d values differ' % (f, len(diff), len(b)))
    for p in diff[:4]:
        print('  %s: %.60s | %.60s' % (p, a.get(p), b.get(p)))
PY
