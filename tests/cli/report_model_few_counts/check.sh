# 60 synthetic reports, 30 opinions and 30 claims (the first of each of
# synth --rows 1000 --seed 1 --noise 0.4): on 12 held-out reports the model
# flags 5 as likely claims. The summary's model point read "The model
# catches 50.0% of claims ...; of every 100 reports it flags as likely
# claims, 40 are opinions (2 of 5; precision 60.0%)", a per-100 share of
# five rows; below the rows a headline needs (report/headline.h) it now
# gives the counts ("3 of 6 claims", "2 of the 5 reports"; since
# 2026-12-06 "Of the 5 reports ..., 2 are opinions", a sentence of its own
# that does not begin with a number).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 1 --noise 0.4 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "opinion" && o < 30 { print; o++ } $2 == "claim" && c < 30 { print; c++ }' s.csv >few.csv
$CT run -q few.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
pt = [p for p in j["talking_points"] if p["topic"] == "model"][0]
print(pt["text"])
PY
echo "report.html per-100 shares: $(grep -c "of every 100" r/report.html)"
grep -c "Of the 5 reports it flags as likely claims, 2 are" r/report.html
