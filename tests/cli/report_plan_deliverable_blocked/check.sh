set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT run -q s.csv -o o >/dev/null 2>&1; echo "run: exit $?"
$CT report -q o >/dev/null 2>&1; echo "report: exit $?"
python3 - <<'PY'
import html, re
page = open("o/report.html", encoding="utf-8").read()
t = page[page.index("Milestones in delivery order"):]
t = t[:t.index("</table>")]
print(" | ".join(html.unescape(h) for h in re.findall(r"<th[^>]*>([^<]*)</th>", t)))
for row in re.findall(r"<tr>(.*?)</tr>", t, re.S):
    cells = [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    if len(cells) == 7:
        b = re.search(r"; (blocked by|but depends on) .*$", cells[6])
        print(cells[0], "|", cells[1], "|", b.group(0)[2:] if b else "-")
PY
$CT plan --status o | grep -E "blocked by|depends on"
