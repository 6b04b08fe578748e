# The Operations Lead's point on claims caught by verified status says a
# group lags only when it holds the claims a conclusion needs (at least 10,
# base/headline.h); a smaller group is said to be too few to tell, singular
# and plural right, a model at chance too (200 rows, noise 0.5), with no
# warning about trusting the queue for one group. Before 2026-12-06
# 'verified' "lags behind (0.00% against 'not verified' 43.75%) and needs
# its own labelled reports" on 0 of 1 claim.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for spec in "200 2 0.3" "200 9 0.5" "2000 3 0.5"; do
    set -- $spec
    $CT synth -q --rows "$1" --seed "$2" --noise "$3" -o s.csv
    rm -rf r
    $CT run -q s.csv -o r >/dev/null 2>&1
    echo "run exit $?"
    python3 - <<'PY'
import json
j = json.load(open('r/report.json'))
o = [s for s in j['stakeholder_points'] if s['stakeholder'] == 'Operations Lead'][0]
print([p['text'] for p in o['points'] if p['text'].startswith('Claims caught')][0])
PY
done
