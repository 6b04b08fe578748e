# A run on 1,000 synthetic rows; then its folder without a manifest and with queue_eval.json's
# views-alone figures null, as queue-eval writes them for labels without video_view_count.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o s.csv
$CT run -q s.csv -o r >/dev/null
echo "run exit $?"
cap() {
    python3 - "$1" <<'PY'
import html, re, sys
t = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"Share of claims reviewed against[^<]*", t)
print(html.unescape(m.group(0)) if m else "no caption")
PY
}
cap r/report.html
rm r/manifest.json
python3 - r/queue_eval.json <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
for k in j["at_capacity"]["views"]:
    j["at_capacity"]["views"][k] = None
json.dump(j, open(sys.argv[1], "w"))
PY
$CT report -q r
echo "report exit $?"
cap r/report.html
