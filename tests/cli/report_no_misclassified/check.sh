# On the reports file the model misclassifies no held-out report: the page
# says so, and does not blame "evaluate --show 0" (which the run did not use)
# for the missing examples.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$CT run -q "$CLAIMTRIAGE_DATA" -o "$d/out" >/dev/null
python3 -c '
import html, json, re, sys
d = sys.argv[1]
print("misclassified_total", json.load(open(d + "/evaluate.json"))["misclassified_total"])
t = open(d + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
i = x.find("Reports the model got wrong")
print(x[i:i + 95].strip())
print("--show 0 in the page:", "--show 0" in x)' "$d/out"
