# A milestone with a task pending is partly done, and its status cell says
# so: counting the cells of plan --status's table and of the report's plan
# table gives the count their sentence says (added 2026-12-06: before, the
# sentence said "8 of 9 milestones done; milestone 6 partly done" while
# milestone 6's cell said "done" in plan --status and "done, with task
# '...' pending" in the report). Synthetic input only.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o s.csv
$CT run -q s.csv -o r > /dev/null 2>&1
echo "run exit $?"
$CT plan --status r > st.txt
grep "milestones done" st.txt
grep -E '^[0-9]  [a-z]+ ' st.txt | awk '{print $3}' | sort | uniq -c
grep "(partly done)" st.txt
python3 - <<'PY'
import html, re
t = open("r/report.html", encoding="utf-8").read()
sec = t[t.index("Milestones in delivery order"):]
sec = sec[:sec.index("</table>")]
cells = []
for row in re.findall(r"<tr>(.*?)</tr>", sec, re.S)[1:]:
    tds = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
    cells.append(re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", tds[-1]))))
first = lambda c: ("done" if c.startswith("done") else
                   "this report/run" if c.startswith("this ") else
                   "partly done" if c.startswith("partly done") else c.split(" (")[0])
for k in sorted(set(map(first, cells))):
    print("report cells:", sum(first(c) == k for c in cells), k)
for c in cells:
    if c.startswith("partly"):
        print("partly cell:", c[:70])
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
print("paragraph:", re.search(r"PACE: Plan, Analyze, Construct, Execute\. [^;]*;[^;(]*", page).group(0))
PY
