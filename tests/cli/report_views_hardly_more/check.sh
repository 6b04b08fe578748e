# Views alone's share of the day's claims above random order's expected
# share is "hardly more than" it, as the queue's is, never "no more than".
# 1,200 synthetic reports (synth --noise 0.1 --seed 9) cut to the opinions
# and the first 10 claims; a day of 100 reviews (--capacity 100) holds most
# of the 116 held-out reports, 2 of them claims. Views alone finds both in
# the day (100.00%), random order 86.21% in expectation, and random order's
# expected reviews for both fit in the day too, so views alone gains no
# hour (rep_views_no_gain): before 2026-12-06 the page read "in the day it
# finds 100.00% of the claims, no more than random order's 86.21%" (the
# Finance Lead's point and the finance box), and the Data Science
# Manager's decision read "precision undefined, with no report flagged,,
# ROC AUC 0.92" (the model flags no held-out report).
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
for sent in re.split(r"(?<=[.:]) ", page):
    m = re.search(r"(no|hardly) more than random order's (?:expected )?(\d+\.\d+)%", sent)
    if m:
        share = re.search(r"finds (\d+\.\d+)%", sent).group(1)
        false = m.group(1) == "no" and float(share) > float(m.group(2))
        print(f"finds {share}%, {m.group(1)} more than {m.group(2)}%:", "false" if false else "true")
print("double comma:", ",," in page)
m = re.search(r"The decision to present: [^)]*\)", page)
print(m.group(0) if m else "no decision")
PY
