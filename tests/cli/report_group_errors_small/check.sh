# The model section's errors by verified status: a weaker group with fewer
# claim rows than a conclusion needs (min(30, 1% of the held-out claim
# rows), at least 10: the Operations Lead's rule) is said to be too few to
# tell, not "a gap worth watching"; before 2026-12-06 0 of 3 'verified'
# claim rows read "the gap is worth watching" beside the Operations Lead's
# "too few to say whether it lags". A weaker group large enough keeps the
# gap worth watching.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
for r in "2000 13" "10000 15"; do
  set -- $r
  $CT synth -q --rows "$1" --seed "$2" --noise 0.3 -o s.csv || exit 1
  $CT run -q s.csv -o "o$1" >/dev/null 2>&1; echo "== $1 rows: run exit $?"
  /usr/bin/python3 - "o$1" <<'PY'
import html, json, re, sys
d = sys.argv[1]
e = json.load(open(d + "/evaluate.json"))
for g in e["by"]["groups"]:
    print(g["level"], "claim rows", g["metrics"]["positives"], "caught", g["metrics"]["confusion"]["tp"])
page = html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read()))
page = re.sub(r"\s+", " ", page)
m = re.search(r"The model catches [\d,]+ of [\d,]+ claim rows? from '[^']*' .*?(?:would tell|are the remedy)\.", page)
print(m.group(0) if m else "no sentence")
PY
done
