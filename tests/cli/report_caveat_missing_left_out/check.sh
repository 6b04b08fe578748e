# An export whose gaps are scattered (a like count missing in every 10th row,
# a transcript in every 25th), not the reports file's one pattern where the
# same rows lack the label, the text and every count. The summary's caveat
# said every row with a missing value "was left out of the models and tests";
# the claim model leaves out only the rows without a label (it fills in a
# missing count), the regression the rows missing one of its columns.
d=$(mktemp -d) && cd "$d" || exit 1
$CT synth -q --rows 1500 --seed 5 -o s.csv || exit 1
python3 - <<'PY'
import csv
with open('s.csv', newline='') as f, open('g.csv', 'w', newline='') as g:
    rd, w = csv.reader(f), csv.writer(g)
    head = next(rd)
    w.writerow(head)
    like, text = head.index('video_like_count'), head.index('video_transcription_text')
    for i, row in enumerate(rd):
        if i % 10 == 3:
            row[like] = ''
        if i % 25 == 7:
            row[text] = ''
        w.writerow(row)
PY
$CT run -q g.csv -o out > /dev/null 2>&1; echo "run exit $?"
jq -r '.talking_points[] | select(.topic == "caveats") | .text, (.figures | tojson)' out/report.json
echo "inspect: $(jq .rows_with_missing out/inspect.json) rows with a missing value; test: $(jq '.comparisons[0].rows_dropped_missing' out/test.json) left out; regress: $(jq .cleaning.dropped_missing out/regress.json); train: $(jq .rows.unlabelled out/train.json) without a label"
$CT run -q s.csv -o out2 > /dev/null 2>&1; echo "run exit $?"
jq -r '.talking_points[] | select(.topic == "caveats") | .text' out2/report.json
cd / && rm -rf "$d"
