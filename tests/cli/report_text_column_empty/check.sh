# A file whose transcription column is empty in every row: the model read
# no text, said plainly in the summary (it ranks on engagement and account
# status alone); the audit's text-only model was not fitted because "the
# column is empty in every row", not the tokenizer's "empty vocabulary";
# the caveat no longer says the model "fills in a missing ... transcript".
# Before 2026-12-05 nothing outside the failed stages' messages said the
# model had no text (tester AO F15).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 25 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
t = rows[0].index('video_transcription_text')
for r in rows[1:]:
    r[t] = ''
csv.writer(open('s.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
PY
$CT run -q s.csv -o out > /dev/null 2>&1
echo "run exit $?"
jq -r '.talking_points[] | select(.topic == "evidence" or .topic == "caveats") | .topic + ": " + .text' out/report.json
python3 - <<'PY'
import html, re
page = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open('out/report.html', encoding='utf-8').read())))
for m in re.finditer(r'text-only[^;.]*', page):
    print(m.group(0))
print('fills in a missing count or transcript:', 'fills in a missing count or transcript' in page)
print('empty vocabulary:', 'empty vocabulary' in page)
PY
