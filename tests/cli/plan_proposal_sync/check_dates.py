#!/usr/bin/python3
"""docs/PROPOSAL.md's dates agree with the plan's schedule (`plan --json`).

usage: check_dates.py PROPOSAL_MD PLAN_JSON
Checks: the total in "**N working days**"; the "| Day |" / "| Milestone |"
rows of the planned-dates table (each milestone's working days); every
sign-off deadline "day N (milestone M)" (the last day of M) and "day N
(start of milestone M)" (its first day)."""
import json, re, sys

doc = open(sys.argv[1], encoding="utf-8").read()
plan = json.load(open(sys.argv[2], encoding="utf-8"))
days = {m["number"]: (m["planned"]["start_day"], m["planned"]["end_day"]) for m in plan["milestones"]}
span = lambda a, b: "%d" % a if a == b else "%d–%d" % (a, b)
bad = []

m = re.search(r"\*\*(\d+) working days\*\*", doc)
if not m or int(m.group(1)) != plan["total_working_days"]:
    bad.append("total working days: document %s, plan %d" % (m and m.group(1), plan["total_working_days"]))

day_row = re.search(r"^\| Day \|(.*)\|$", doc, re.M)
ms_row = re.search(r"^\| Milestone \|(.*)\|$", doc, re.M)
if not day_row or not ms_row:
    bad.append("no planned-dates table (rows '| Day |' and '| Milestone |')")
else:
    cells = [c.strip() for c in day_row.group(1).split("|")]
    mss = [int(c.strip().split()[0]) for c in ms_row.group(1).split("|")]
    if sorted(mss) != sorted(days):
        bad.append("planned-dates table: milestones %s, plan has %s" % (mss, sorted(days)))
    for c, n in zip(cells, mss):
        if c != span(*days[n]):
            bad.append("milestone %d: document says day %s, plan says day %s" % (n, c, span(*days[n])))

checked = 0
for d, start, n in re.findall(r"day (\d+) \((start of )?milestone (\d+)\)", doc):
    want = days[int(n)][0 if start else 1]
    checked += 1
    if int(d) != want:
        bad.append("sign-off 'day %s (%smilestone %s)': the plan says day %d" % (d, start, n, want))
for b in bad:
    print(b)
if not bad:
    print("dates in docs/PROPOSAL.md agree with the plan (%d working days, %d milestones, %d deadlines)"
          % (plan["total_working_days"], len(days), checked))
sys.exit(1 if bad else 0)
