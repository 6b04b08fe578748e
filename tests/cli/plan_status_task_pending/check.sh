# Milestone 6's task "Compare logistic regression with tree ensembles
# (--model auto)" is done only when train compared families: after a run of
# one family (lr) plan --status marks it pending with the command that does
# it, and the report's PMO point says so; with --model auto it is done, and
# the report gives each family's validation score and which won. Before
# 2026-12-03 the task counted as done, and the report said "nothing blocks".
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
$CT run -q in.csv -o A >/dev/null; echo "run: exit $?"
$CT plan --status A | grep -B1 -A3 'pending'
$CT plan --status A --json | /usr/bin/python3 -c '
import json, sys
for m in json.load(sys.stdin)["milestones"]:
    if m["status"]["pending_task"]: print(m["id"], m["status"]["done"], m["status"]["pending_task"]["task"])'
grep -oE '(All|[0-9] of) 9 milestones[^<]*' A/report.html | sed 's/&#39;/'"'"'/g'
grep -o 'Model families compared[^<]*' A/report.html | head -n 1 | sed 's/&#39;/'"'"'/g'
$CT run -q in.csv -o B --model auto >/dev/null; echo "run --model auto: exit $?"
$CT plan --status B | grep -c 'pending' | sed 's/^/lines saying pending: /'
grep -o 'All 9 milestones[^<]*' B/report.html
grep -o 'Model families compared[^<]*' B/report.html | head -n 1 | sed 's/&#39;/'"'"'/g'
