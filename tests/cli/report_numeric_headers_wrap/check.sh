# Numbers in table cells never wrap, but the headers of numeric columns do:
# the review queue's "Mean wait of a claim over the whole queue (hours of
# review)" kept on one line pushed its column out of a 1,000-pixel page (a
# scroll bar on screen, the column cut in print, where tables do not scroll).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
$CT run -q s.csv -o out >/dev/null
python3 -c '
import re
t = open("out/report.html", encoding="utf-8").read()
css = re.search(r"<style>(.*?)</style>", t, re.S).group(1)
for rule in re.findall(r"([^{}]+)\{([^}]*)\}", css):
    sel = [s.strip() for s in rule[0].split(",")]
    if "nowrap" in rule[1]:
        print("nowrap:", ", ".join(sel))
print("mean wait header is a numeric header:",
      bool(re.search(r"<th[^>]*class=\"num\"[^>]*>Mean wait of a claim", t)))'
