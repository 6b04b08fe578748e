# A file whose claims draw fewer views than its opinions (the labels of a
# synthetic file swapped): the summary says "far less" and gives the
# opinions' multiple ("~Nx fewer"), not a ratio that rounds to "0.0x".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 5 -o s.csv
sed -e '2,$s/,claim,/,XTMP,/; 2,$s/,opinion,/,claim,/; 2,$s/,XTMP,/,opinion,/' s.csv >w.csv
$CT run -q w.csv -o out >/dev/null
python3 -c '
import html, json, re
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
print(re.search(r"Claim videos draw .*?\.(?=\s|$)", x).group(0))  # a median may hold a .5
p = [p for p in json.load(open("out/report.json"))["talking_points"] if p["topic"] == "claims"][0]
print(p["figures"]["median_views_claim"] < p["figures"]["median_views_opinion"], "0.0x" in p["text"])'
