# A file of one class (the first rows of a file sorted by class: all
# claims) draws its charts with one box, one colour, bars not split; the
# report's captions said what such charts cannot show ("the gap between the
# boxes is the typical difference in views between claims and opinions",
# "where the colours separate ...") before 2026-12-06. Now a note says the
# charts hold one class and each caption says what its chart can show.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 21 -o all.csv || exit 1
awk -F, 'NR == 1 || $2 == "claim"' all.csv > claims.csv
$CT run -q claims.csv -o out >/dev/null 2>&1; echo "run exit $?"
$CT report -q out >/dev/null 2>&1; echo "report exit $?"
sed -n '/id="eda"/,/<\/section>/p' out/report.html | sed 's/<[^>]*>//g; s/&#39;/'"'"'/g' > eda.txt
grep -o "All [0-9,]* videos of these charts have the claim status 'claim': there is no other class, so the charts cannot show what tells claims from opinions." eda.txt
grep -c 'between the boxes\|splits the videos of\|where the colours separate\|an even split means' eda.txt | sed 's/^/two-class captions: /'
grep -c 'There is one class only, so no gap between claims and opinions to read\.' eda.txt | sed 's/^/box: /'
grep -c 'All are of one class, so no bar is split into claims and opinions\.' eda.txt | sed 's/^/bars: /'
grep -c 'All are of one class, one colour, so the chart cannot show whether engagement' eda.txt | sed 's/^/scatter: /'
grep -c 'All are of one class, so the chart cannot show whether duration' eda.txt | sed 's/^/histogram: /'
# both classes: the captions as before, no note
$CT run -q all.csv -o both >/dev/null 2>&1; echo "both exit $?"
sed -n '/id="eda"/,/<\/section>/p' both/report.html | sed 's/<[^>]*>//g; s/&#39;/'"'"'/g' > eda2.txt
grep -c 'between the boxes\|splits the videos of\|where the colours separate\|an even split means' eda2.txt | sed 's/^/two classes, two-class captions: /'
grep -c 'of one class,\|one class only' eda2.txt | sed 's/^/two classes, one-class words: /'
