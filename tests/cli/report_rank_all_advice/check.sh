set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 3 -o s.csv
# the rows without a label keep their data (filled from a neighbour): a
# backlog without the model's evidence gets no command to rank it
# (tests/cli/report_backlog_without_evidence)
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
lab = rows[0].index('claim_status')
for k, r in enumerate(rows[1:], 1):
    if not r[lab]:
        donor = rows[k - 1] if k > 1 else rows[k + 1]
        rows[k] = [v if v or j == lab else donor[j] for j, v in enumerate(r)]
csv.writer(open('s.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
PY
$CT run -q s.csv -o out >/dev/null 2>&1; echo "run: exit $?"
# the advice as the page prints it, FILE and DIR filled in
cmd=$(python3 -c '
import html, re
page = html.unescape(open("out/report.html", encoding="utf-8").read())
m = re.search(r"To rank every report of the file: ([^<]*?)(?=<|$)", page)
print(m.group(1), file=__import__("sys").stderr)
c = re.search(r"(claimtriage score FILE [^,]*),", m.group(1)).group(1)
print(c.replace("FILE", "s.csv").replace("DIR", "out").replace("claimtriage", "$CT", 1))' 2>advice.txt)
cat advice.txt
eval "$cmd" >/dev/null 2>&1; echo "advice followed: exit $?"
wc -l < out/all_reports_queue.csv
$CT plan --status out | grep -E "^[0-9]+ +triage " | cut -c1-22
$CT run -q s.csv -o out >/dev/null 2>&1; echo "rerun: exit $?"
