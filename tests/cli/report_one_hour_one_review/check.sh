# A rate of 1 review an hour over a 1-hour day: every "1" agrees in number
# (1 review, 1 report, 1 hour), and a day too small for a whole expected
# claim in random order shows its expected value and a share that is not 0%.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null
$CT report -q out --reviews-per-hour 1 --hours-per-day 1
python3 -c '
import html, json, re, sys
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
j = open("out/report.json", encoding="utf-8").read()
bad = re.findall(r"(?<![0-9.,])1 (?:reviews|reports|hours)\b", x + j)
print("plural after 1:", len(bad))
m = re.search(r"reaches (?:about )?\S+ claims? \(([^)]*)\)\. Random order reaches (?:about )?(\S+) \(([^)]*)\)", x)
print("queue share", m.group(1), "random expected", m.group(2), "share", m.group(3))
print(re.search(r"[Aa] review day (?:of|is|here is) 1 review \([^)]*\)", x).group(0))
print(re.search(r"Report options: [^,]*", x).group(0))'
