# report DIR without --pdf beside a report.pdf that no longer shows the page
# (the page changed: other rates) warns, even with -q, and removes nothing;
# the same page again warns while the PDF is still the old one; a PDF
# printed after the page (as --pdf does; here a stand-in file touched after
# it) does not. Before 2026-12-02 the old PDF stayed beside the new page in
# silence, for stakeholders to read old figures.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 9 -o s.csv
$CT run -q s.csv -o out > /dev/null
$CT report -q out   # the page of the complete run (the run's own says "running")
sleep 0.05; echo '%PDF-1.4 stand-in' > out/report.pdf   # "printed" after the page
w() { $CT report -q out "$@" 2>&1 | tr '\n' ' ' | tr -s ' ' | sed 's/ $//'; echo " [exit ${PIPESTATUS[0]}]"; }
printf 'same options: '; w
printf 'another cost: '; w --cost-per-hour 33
printf 'the same again: '; w --cost-per-hour 33
sleep 0.05; touch out/report.pdf
printf 'after printing: '; w --cost-per-hour 33
ls out/report.pdf
