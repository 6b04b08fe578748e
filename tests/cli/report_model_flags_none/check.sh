# 203 synthetic reports, 9 of them claims (the first 194 opinions and 9
# claims of synth --rows 1000 --seed 1 --noise 0.4): the model flags no held-out report
# as a likely claim, so precision is 0 of 0. The summary's model point
# read "of every 100 reports it flags as likely claims, 100 are opinions
# (0 of 0; precision 0.0%)"; it now says none is flagged and why no share
# is given, and carries no opinions_per_100_reviews figure; its precision
# figure is null with precision_undefined (since 2026-12-03), not 0.
# The same file has fewer claims than the 10 a headline needs
# (report/headline.h): the claims point read "Claim videos draw less
# engagement than opinion videos: a median of 5,339 views against 8,712 for
# opinions (1.6x fewer)", a comparison resting on 9 rows; it now says there
# are too few claim videos to compare. Since 2026-12-05 its 41 held-out
# reports with 2 claims are said to be too few to show whether the model
# beats chance, where they read "no better than chance"
# (tests/cli/report_ranking_too_few_rows).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 1 --noise 0.4 -o s.csv
awk -F, 'NR == 1 { print; next } $2 == "opinion" && o < 194 { print; o++ } $2 == "claim" && c < 9 { print; c++ }' s.csv >few.csv
$CT run -q few.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r/report.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
for topic in ("model", "claims"):
    pt = [p for p in j["talking_points"] if p["topic"] == topic][0]
    print(pt["text"])
    print(sorted(pt["figures"]))
PY
