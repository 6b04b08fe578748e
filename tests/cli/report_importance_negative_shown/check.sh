# synthetic input only; one importance set below 0 by hand
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import hashlib, json, sys
d = sys.argv[1]
j = json.load(open(d + "/evaluate.json", encoding="utf-8"))
for g in j["importance"]["groups"]:
    if g["group"] == "verified_status":
        g["mean"], g["std"] = -0.000919, 0.0004
old = hashlib.sha256(open(d + "/evaluate.json", "rb").read()).hexdigest()
with open(d + "/evaluate.json", "w", encoding="utf-8") as f:
    json.dump(j, f, indent=2)
new = hashlib.sha256(open(d + "/evaluate.json", "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
PY
$CT report -q r
echo "report exit $?"
python3 - r/report.html <<'PY'
import re, sys
h = open(sys.argv[1], encoding="utf-8").read()
i = h.index("What the model relies on")
svg = h[h.index("<svg", i):h.index("</svg>", i)]
labels = re.findall(r'<text[^>]*text-anchor="end"[^>]*>([^<]*)</text>', svg)
values = re.findall(r'<text[^>]*text-anchor="start"[^>]*>(-?[0-9.]+)</text>', svg)
bars = dict(zip(labels[-len(values):], values))
print("verified_status bar:", bars.get("verified_status"))
print("bars below 0:", sum(v.startswith("-") for v in values))
print("negative widths:", len(re.findall(r'width="-', svg)))
cap = re.search(r"<figcaption>([^<]*)", h[i:]).group(1)
print("caption:", cap.replace("&#39;", "'"))
PY
