# The plan says what a run delivers. Before 2026-12-04 milestone 7's title
# was "Triage queue for the backlog" (its deliverable, and the run, rank
# held-out reports), and milestone 6's first task promised "recall on
# claims" as the fixed metric, while run selects by average precision and
# reports recall. The report's plan table and report.json show the same
# texts (report_plan.c reads this table).
$CT plan --json | python3 -c "
import json, sys
p = json.load(sys.stdin)['milestones']
print('7:', p[6]['title'], '/', p[6]['deliverable'])
print('6, first task:', p[5]['tasks'][0]['task'])"
