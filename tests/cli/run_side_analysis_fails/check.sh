# run goes on when a side analysis fails on the data: a 100-row slice of the
# reports file, where the regression meets quasi-separation (statsmodels
# fails to converge there too). regress is "failed" with its message in the
# manifest and listed under failed_analyses, the run is complete (exit 0),
# the queue and the report are written, the report's regression section is
# "Not available" with the message, and plan --status reads the folder.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
awk 'NR==1 || NR%194==0' "$CLAIMTRIAGE_DATA" >$d/s.csv
$CT run $d/s.csv -o $d/out -q >/dev/null 2>$d/err; echo "run exit $?"
sed "s|$d/||g" $d/err
python3 - "$d/out/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("status", m["status"], "failed_stage", m["failed_stage"], "failed_analyses", m["failed_analyses"])
for s in m["stages"]:
    print(s["name"], s["status"], "required" if s["required"] else "analysis", s["exit_code"])
PY
ls $d/out | grep -E '^(queue.csv|report.html|regress.json)$'
grep -o 'Not available: the logistic regression (regress.json).</strong> [^<]*The exact message: The regress stage failed with exit code 1: [^ ]*: quasi-complete separation' $d/out/report.html | sed "s|$d/||g"
$CT plan --status $d/out --json | python3 -c 'import json,sys; j=json.load(sys.stdin); print("plan --status:", j["run"]["run_status"], [m["status"]["state"] for m in j["milestones"]])'
