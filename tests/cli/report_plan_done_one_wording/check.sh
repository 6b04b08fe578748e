set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 3 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1 || echo "run failed"
python3 - r <<'PY'
import html, re, sys
t = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
for pat in (r"Delivery: [^.]*\.", r"8 of 9 milestones are done once this report is written; "
            r"milestone 6 is partly done, a task pending: [^.]*\.", r"PACE: Plan, Analyze, Construct, Execute\. [^;]*;[^;]*;",
            r"working days 9 to 13 (partly done: task '[^']*' pending)"):
    m = re.findall(pat, x)
    print("-", m[0] if m else "missing: " + pat)
print("done without the task:", len(re.findall(r"9 of 9 milestones", x)))
PY
