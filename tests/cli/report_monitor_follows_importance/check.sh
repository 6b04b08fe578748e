# What to monitor follows evaluate.json's permutation importance: the
# inputs that carry the model (removal costs at least 0.01 of average
# precision, more than twice its spread) are named, and the transcript's
# unseen words only where its n-grams are among them; a report that advises
# against using the model (200 rows, seed 9, noise 0.5: too few to show a
# ranking better than chance) gives no monitoring advice. Before 2026-12-06
# every summary said to watch "the share of transcript words the model
# never saw", at an n-gram importance of 0.0001 too.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "200 2 0.3" "200 9 0.5"; do
    set -- $spec
    $CT synth -q --rows "$1" --seed "$2" --noise "$3" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "run exit $?"
    python3 - <<'PY'
import json
e = json.load(open('r/evaluate.json'))
g = {x['group']: x['mean'] for x in e['importance']['groups']}
print('n-gram importance below 0.01:', g['n-grams of video_transcription_text'] < 0.01)
j = json.load(open('r/report.json'))
t = [p['text'] for p in j['talking_points'] if p['topic'] == 'monitor'][0]
print('transcript words named:', 'transcript words' in t)
print(t.split('; ')[-1] if 'nothing yet' not in t else t)
PY
done
