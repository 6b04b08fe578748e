# The summary's "what to monitor" point on a file without a transcription
# column: the model reads no transcript, so there are no transcript words
# to watch. Before 2026-12-02 the point still said to monitor "the share of
# transcript words the model never saw (score's drift line), since new
# wordings are where it misses claim rows". With the column, it does only
# where the n-grams carry the model (evaluate's permutation importance,
# since 2026-12-06: tests/cli/report_monitor_follows_importance); here not.
# And the misclassified reports' table shows "—" for a report without a
# transcription, with a note saying why (before: an empty cell).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 15 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
i = rows[0].index('video_transcription_text')
csv.writer(open('no_text.csv', 'w', newline=''), lineterminator='\n').writerows(
    [r[:i] + r[i + 1:] for r in rows])
PY
for f in s no_text; do
  $CT run -q $f.csv -o $f > /dev/null
  python3 - $f <<'PY'
import json, sys
r = json.load(open(sys.argv[1] + '/report.json'))
m = [t['text'] for t in r['talking_points'] if t['topic'] == 'monitor'][0]
print(sys.argv[1] + ':', 'transcript words' in m and 'watches transcript words' or 'no transcript clause')
h = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
t = h[h.index('Reports the model got wrong'):]
t = t[:t.index('</section>')]
print('  transcription cells empty:', t.count('<td class="wrap"></td>'),
      '| "—":', t.count('<td class="wrap">\u2014</td>'),
      '| note:', 'marks a report without a transcription' in t)
PY
done
