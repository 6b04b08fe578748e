# The shortcut audit's note gives no verdict on engagement from validation
# rows too few to tell. 1,200 synthetic reports (synth --noise 0.1
# --seed 9) cut to the opinions and the first 10 claims: the validation
# rows hold 2 claims (a ROC AUC from 0.16 to 0.84 could be chance), where
# the engagement-only model's ROC AUC is 0.522, and four engagement counts
# each reach 0.95 alone on the training rows. Before 2026-12-06 the note
# read "Engagement alone does not separate claims from opinions in this
# data", right after naming those four as separating the classes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --noise 0.1 --seed 9 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "opinion" { print; next } $2 == "claim" && c < 10 { print; c++ }' s.csv >f.csv
$CT run -q f.csv -o r --capacity 100 >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.html <<'PY'
import html, re, sys
page = html.unescape(re.sub(r"<[^>]*>", " ", open(sys.argv[1], encoding="utf-8").read()))
page = re.sub(r"\s+", " ", page)
m = re.search(r"Inputs that separate the classes on their own: [^.]*\.\d+[^.]*\.\d+[^.]*\.\d+[^.]*\.\d+[^.]*\.", page)
print(m.group(0) if m else "no input flagged")
m = re.search(r"An input is flagged when .*?(?= Reports the model got wrong)", page)
print(m.group(0) if m else "no audit note")
print("verdict on engagement:", "Engagement alone does not separate" in page)
PY
