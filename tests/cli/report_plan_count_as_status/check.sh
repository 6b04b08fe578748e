# synthetic inputs only: 40 rows (regress fails, the run completes) and
# 300 rows made one class (train fails, the run fails)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 40 --seed 1 -o s40.csv
$CT synth -q --rows 300 --seed 2 -o s300.csv
awk -F, 'BEGIN { OFS = "," } NR > 1 && $2 == "opinion" { $2 = "claim" } { print }' s300.csv >one.csv
counts() {
    plan=$($CT plan --status "$1" | sed -n 's/^\([0-9]*\) of \([0-9]*\) milestones done in .*/\1 of \2/p')
    echo "plan --status: $plan"
    python3 - "$1" <<'PY'
import json, re, sys
d = sys.argv[1]
j = json.load(open(d + "/report.json", encoding="utf-8"))
for a in j["stakeholder_points"]:
    for p in a["points"]:
        m = re.match(r"Delivery: (\d+ of \d+) milestones", p["text"])
        if m:
            print("report, Delivery:", m.group(1))
        # a run stopped at a stage says so first (since 2026-12-05:
        # tests/cli/report_pmo_run_stopped), with the same count
        m = re.match(r"(\d+) of (\d+) milestones? (is|are) not done", p["text"]) or \
            re.search(r"^The run stopped at .*, so (\d+) of (\d+) milestones? (is|are) not done", p["text"])
        if m:
            print("report, PMO: %d of %s done" % (int(m.group(2)) - int(m.group(1)), m.group(2)))
h = open(d + "/report.html", encoding="utf-8").read()
# the count once this report is written, as the other points say it
# (since 2026-12-05: tests/cli/report_plan_done_one_wording)
m = re.search(r"PACE: Plan, Analyze, Construct, Execute\. (?:All (\d+)|(\d+) of (\d+)) "
              r"milestones? (?:is|are) done once this report is written", h)
print("report, plan section: %s of %s" % (m.group(1) or m.group(2), m.group(1) or m.group(3)))
rows = re.findall(r"<tr><td class=\"num\">(\d)</td>(?:<td[^>]*>[^<]*</td>){5}<td>([^<(]*)", h)
print("report rows:", ", ".join("%s %s" % (n, s.strip()) for n, s in rows if n in "89"))
PY
}
$CT run -q s40.csv -o r 2>/dev/null >/dev/null
echo "run of 40 rows: exit $?"
counts r
$CT plan --status r | grep -A1 '^9  run' | sed 's/sha256:[0-9a-f]*/sha256:.../'
$CT run -q one.csv -o f 2>/dev/null
echo "run of one class: exit $?"
$CT report -q f
echo "report exit $?"
counts f
$CT plan --status f | grep -A1 '^8  report' | sed 's/sha256:[0-9a-f]*/sha256:.../'
