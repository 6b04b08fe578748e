set -u
here=$(pwd)
d=$(mktemp -d) && trap 'rm -rf "$d"' EXIT && cd "$d" || exit 1
$CT synth -q --rows 1000 --seed 1 -o s.csv || exit 1
said() { # said FILE: run it, print its summary's test point
    $CT run -q "$1" -o "r_$1" >/dev/null 2>&1
    echo "== $1: run exit $?"
    python3 - "r_$1" <<'PY'
import json, sys
d = sys.argv[1]
c = json.load(open(d + "/test.json"))["comparisons"][0]
print("primary p %.4g, rank test p %.4g" % (c["primary"]["p"], c["mann_whitney_u"]["p"]))
j = json.load(open(d + "/report.json", encoding="utf-8"))
print([p for p in j["talking_points"] if p["topic"] == "test"][0]["text"])
PY
}
for m in shift:2 outliers:2 ranks:1; do
    python3 "$here/views.py" s.csv "${m%%:*}.csv" "${m%%:*}" "${m##*:}" || exit 1
    said "${m%%:*}.csv"
done
# the tester's file: the reports file's opinions and its first 8 claims
awk -F, 'NR==1 || $2!="claim" || (c++<8)' "$CLAIMTRIAGE_DATA" > imb8.csv
said imb8.csv
