# The report's audit note on the engagement-only model, by how far its
# validation ROC AUC is from 0.5 (1,000 synthetic rows, seed 3, noise 0.45,
# 0.35, 0.2, 0.1: AUC about 0.54, 0.60, 0.74, 0.89). Before 2026-12-06 every
# AUC under the flag (0.95) read "does not separate claims from opinions",
# 0.888 too.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for noise in 0.45 0.35 0.2 0.1; do
    $CT synth -q --rows 1000 --seed 3 --noise "$noise" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "noise $noise: run exit $?"
    python3 - r/report.html <<'PY'
import html, re, sys
t = html.unescape(open(sys.argv[1], encoding="utf-8").read())
m = re.search(r"Engagement alone[^<]*", t)
print(m.group(0) if m else "no engagement sentence")
PY
done
