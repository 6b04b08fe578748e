# A review day that holds the whole held-out queue (--capacity above its
# size): every order finds every claim within the day, so the summary does
# not say views alone "does as well" on the day's shares (100% against 100%)
# nor credit the view counts with a gain; it compares the mean wait. Nor
# does it give the day's shares of claims, 100% against 100% in random
# order, which compare nothing (said so since 2026-12-02).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out --capacity 5000 >/dev/null
python3 -c '
import html, json, re
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
q = json.load(open("out/queue_eval.json"))
print("queue", q["rows"]["queue"], "capacity", q["capacity"])
print(re.search(r"A review day of [^.]* holds the whole queue.*?\)\.", x).group(0))
print("100% against 100%:", bool(re.search(r"\(100(\.0+)?% of them\), against", x)))
print("does as well:", "Sorting by views alone does as well" in x)'
