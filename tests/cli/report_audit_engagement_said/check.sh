# 1,000 synthetic rows, seed 3: noise 0.45 (engagement nearly uninformative), then noise 0.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for noise in 0.45 0; do
    $CT synth -q --rows 1000 --seed 3 --noise "$noise" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null
    echo "run exit $?"
    python3 - r/report.html <<'PY'
import html, re, sys
t = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"An input is flagged when[^<]*", t)
print(html.unescape(m.group(0)) if m else "no audit note")
PY
done
