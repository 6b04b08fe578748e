# report_chromium: the report of a small run folder rendered by headless
# Chromium: the DOM it builds has every section, the console has no error,
# a screenshot is saved beside the binary under test (BUILD/report_screenshot.png)
# and `report --pdf` writes a PDF. Skipped (skip_unless) without Chromium.
set -u
bin=${CT##* }                  # the binary (CT may start with valgrind's words)
shots=$(cd "$(dirname "$bin")" && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cd "$t" || exit 1
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi; }

$CT synth -q --rows 1000 --seed 7 -o s.csv || exit 1
F=s.csv D=run
mkdir -p $D
$CT plan --json >$D/plan.json
$CT inspect -q --json $F >$D/inspect.json
$CT eda -q --json -o $D/charts $F >$D/eda.json
$CT test -q --json $F >$D/test.json
$CT regress -q --json $F >$D/regress.json
$CT train -q --json --seed 42 $F -m $D/model.ctm >$D/train.json
$CT evaluate -q --json $F -m $D/model.ctm >$D/evaluate.json
$CT score -q --json $F -m $D/model.ctm -o $D/queue.csv >$D/score.json
$CT queue-eval -q --json $D/queue.csv --labels $F -o $D/charts >$D/queue_eval.json
$CT report -q $D --pdf
echo "report --pdf exit $?"
check "report.pdf is a PDF" bash -c "head -c 5 $D/report.pdf | grep -q '%PDF-'"

url="file://$t/$D/report.html"
chrome=(/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run)
timeout 120 "${chrome[@]}" --dump-dom "$url" >dom.html 2>/dev/null
for id in summary finance plan data eda test regress model triage appendix; do
  check "rendered DOM has section $id" grep -q "<section id=\"$id\">" dom.html
done
check "rendered DOM has inline charts" grep -q '<svg' dom.html
timeout 120 "${chrome[@]}" --enable-logging=stderr --v=1 --window-size=1200,3000 \
  --screenshot="$shots/report_screenshot.png" "$url" >/dev/null 2>console.log
check "screenshot saved" test -s "$shots/report_screenshot.png"
check "no console message from the page" bash -c "! grep -E 'CONSOLE|Uncaught' console.log"
# a phone-sized viewport: the page still renders (tables scroll in their box)
timeout 120 "${chrome[@]}" --window-size=390,844 --screenshot=phone.png "$url" >/dev/null 2>&1
check "phone-sized render" test -s phone.png
exit 0
