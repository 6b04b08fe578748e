set -u
d=$(mktemp -d) && trap 'rm -rf "$d"' EXIT && cd "$d" || exit 1
$CT synth -q --rows 60 --seed 5 --noise 0.3 -o s.csv || exit 1
$CT run -q s.csv -o r >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
ev = json.load(open(d + "/evaluate.json"))
print("held-out rows %d, claims %d, roc_auc %.4f, chance p %.4f, at_chance %s" % (
    ev["metrics"]["n"], ev["metrics"]["positives"], ev["metrics"]["roc_auc"],
    ev["chance"]["p_value"], ev["chance"]["at_chance"]))
j = json.load(open(d + "/report.json", encoding="utf-8"))
print("== summary")
for p in j["talking_points"]:
    if p["topic"] in ("model", "finance", "claims", "monitor"):
        print(p["text"])
print("== stakeholders")
for s in j["stakeholder_points"]:
    for q in s["points"]:
        t = q["text"]
        if "chance" in t or "separate" in t:
            print(t)
raw = open(d + "/report.html", encoding="utf-8").read()
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))
print("== page")
for pat in (r"No review hours can be counted as saved: [^.]*\.",
            r"[^.]* so no threshold [^.]* its flag useful[^.]*\."):
    for m in sorted(set(re.findall(pat, page))):
        print(m.strip())
for s in ("no better than chance", "no more often than chance", "The model is only acceptable"):
    print("%r said: %s" % (s, s in page))
PY
