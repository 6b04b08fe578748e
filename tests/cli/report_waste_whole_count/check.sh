# The summary's share of the model's flags that are opinions, said as a
# whole count of every 100: before 2026-12-04 "of every 100 reports it
# flags as likely claims, 20.8 are opinions". Noisy labels (0.3) give a
# share with a fraction; "about" says it is rounded.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 7 --noise 0.3 -o s.csv || exit 1
$CT run -q s.csv -o r >/dev/null; echo "run: exit $?"
python3 - r/report.json <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
t = [p["text"] for p in j["talking_points"] if p["topic"] == "model"][0]
print(re.search(r"[^;.]*of every 100 reports[^)]*\)", t).group(0).strip())
PY
