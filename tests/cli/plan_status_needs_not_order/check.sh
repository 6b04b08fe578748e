# A run whose regression failed (40 synthetic rows: the run goes on, the
# regression is a side analysis) and whose classifier is done: the plan's
# order puts the classifier after the regression, but no stage of it reads
# regress.json, so neither plan --status nor the report's plan table may
# say it "depends on" the regression; only a milestone that needs the
# regression's output (the report, which summarises it; the workflow) may.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 40 --seed 1 -o s40.csv
$CT run -q s40.csv -o r >/dev/null 2>&1
echo "run: exit $?"
$CT plan --status r | awk '/^[0-9] / { m = $2 } /blocked by|depends on/ { print m ":" $0 }' |
    sed 's/  */ /g'
$CT plan --status r --json | python3 -c '
import json, sys
j = json.load(sys.stdin)
for m in j["milestones"]:
    print(m["id"], "order:", ",".join(m["depends_on"]) or "-", "needs:", ",".join(m["needs"]) or "-",
          "|", m["status"]["state"], "blocked_by:", ",".join(m["status"]["blocked_by"]) or "-")'
python3 - r <<'PY'
import html, re, sys
page = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
t = page[page.index("Milestones in delivery order"):]
t = t[:t.index("</table>")]
for row in re.findall(r"<tr>(.*?)</tr>", t, re.S):
    cells = [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    if len(cells) == 7:
        b = re.search(r"; (blocked by|but depends on) .*$", cells[6])
        # the state before its reason; ", with task ... pending" since
        # 2026-12-05 (tests/cli/report_plan_done_one_wording); "partly done:
        # task ... pending" since 2026-12-06 (tests/cli/plan_status_partly_cell)
        print(cells[0], re.split(r" \(|;|,|:", cells[6])[0], "|", b.group(0)[2:] if b else "-")
PY
