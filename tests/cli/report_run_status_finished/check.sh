# The appendix's run record of a finished run: run writes the manifest
# "running" before its last stage, this report, so a report whose earlier
# stages are all done says the run is complete, and the report stage done;
# the "Made by demo" row is left out for a given file (before 2026-12-06:
# "Status: running (this report is its last stage)" and "Made by demo: no
# (a given file; whether synth made it is not recorded)"). 300 rows: regress
# (an analysis) fails, the run is still complete, as run counts it.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "300 2" "1000 3"; do
set -- $spec
$CT synth -q --rows "$1" --seed "$2" -o s.csv
rm -rf r
$CT run -q s.csv -o r > /dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, re
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open("r/report.html", encoding="utf-8").read())))
print(re.search(r"Status (?:running|complete)[^)]*\)", page).group(0))
print(re.search(r"report Execute [a-z]+: this report", page).group(0))
print("Made by demo:", "Made by demo" in page)
PY
done
