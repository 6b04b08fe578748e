# The review queue's table gives the mean wait of every order with the same
# 2 decimals, rounded half up from queue_eval.json as the summary's
# comparison with views alone reads it (not "16.025" beside "31.8167").
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null
python3 -c '
import html, json, re
t = open("out/report.html", encoding="utf-8").read()
tab = re.search(r"At capacity: the first.*?</table>", t, re.S).group(0)
rows = re.findall(r"<tr>(.*?)</tr>", tab, re.S)[1:]
q = json.load(open("out/queue_eval.json"))["at_capacity"]
for r, k in zip(rows, ["queue", "random", "views"]):
    cell = html.unescape(re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)[-1])
    print(k, cell, "%.4f" % q[k]["mean_hours_to_review"])'
