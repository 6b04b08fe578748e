# A stage's hint whose command holds a quoted word too wide for a line is
# broken inside the word: the quote closed before the backslash and opened
# again at the start of the next line ('...,video_share_count,'\ then
# 'video_download_count,...'). run joins the message's lines to relay it
# (manifest.json) and breaks the command again for its own output; it kept
# the closing and opening quotes, so the manifest's command held
# "count,''video" and run's output a line starting "'''video_download"
# (both still ran: '' is an empty word part, but read as a typo). Now a
# word broken so is joined whole: the manifest's command is the stage's.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
sed '1s/,video_view_count,/,video_view_count ,/; 1s/,claim_status,/,Claim Status,/' s.csv > sp.csv
$CT run sp.csv -o o 2>err.txt >/dev/null
echo "run exit $?"
sed -n '/Analyze   eda/,/side analysis/p' err.txt | sed 's/[0-9.]* s$/T s/'
echo "lines starting with two quotes: $(grep -c "^''" err.txt)"
python3 - <<'PY'
import json
m = [s for s in json.load(open('o/manifest.json'))['stages'] if s['name'] == 'eda'][0]['message']
print('manifest:', m[m.index('$ '):])
PY
