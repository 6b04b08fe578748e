# The page's text runs in lines of at most 75 characters (p, li, captions,
# headings, the formula), the body's 62rem width kept for the charts and
# tables. Before 2026-12-05 only the body's max-width:62rem held, and at
# 16px a summary bullet ran to 124 characters a line.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 2 -o s.csv
$CT run -q s.csv -o o >/dev/null 2>&1
echo "run exit $?"
grep -o 'body{[^}]*max-width:[^;]*' o/report.html | sed 's/.*max-width/body max-width/'
grep -o '^[^{]*{max-width:75ch}' o/report.html
