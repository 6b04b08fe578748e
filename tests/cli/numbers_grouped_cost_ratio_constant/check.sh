# Numbers for people grouped as their neighbours (2026-12-06): a whole
# --cost-ratio K in train's threshold sentence ("costs 1000000000 wasted
# reviews ... 1/(1 + 1000000000)" beside grouped counts) and in the report's
# Operations Lead sentence ("costs 2500 wasted reviews", was "%.6g": 1e+09
# for 1e9), while the option echoed stays as typed back (--cost-ratio 2500);
# and a constant feature's one value in train's note ("'plays' (2486)" beside
# "5,909 more"). Identifiers and option values are not grouped.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 5 --noise 0.3 -o s.csv
awk -F, 'NR==1{print $0 ",plays"; next}{print $0 ",2486"}' s.csv >c.csv
$CT train --folds 2 --grid C=1 --cost-ratio 1e9 -m m.ctm c.csv >out 2>err
echo "train exit $?"
grep -o "'plays' ([^)]*)" err
tr -s "\n " "  " <out | grep -o 'costs [0-9,]* wasted reviews: flag when p >= 1/(1 + [0-9,]*)'
$CT run -q s.csv -o cr --cost-ratio 2500 >/dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import json, re
r = json.load(open("cr/report.json"))
for s in r["stakeholder_points"]:
    for p in s["points"]:
        m = re.search(r"costs [^.]* wasted reviews? \(--cost-ratio [^)]*\)", p["text"])
        if m:
            print(s["stakeholder"] + ": " + m.group(0))
PY
