# When the model's queue gains nothing over random order, the summary's
# finance point, the Finance Lead's points and the finance box say what
# working in the model's order means for the reviewers, in plain words and
# without the chance test's statistic (the Data Scientist's point gives
# it): "Working the queue in the model's order finds claims no sooner than
# random order ...". Cases: synth's 60 rows (12 held out, a model too few
# rows can tell from chance), a shuffled file whose whole queue fits in a
# day with no shorter wait, and a day of 100 of 394 reports whose
# queue_eval.json is set to random order's share (zero) and just above it
# (near zero: random order still finds as many within the day, so no gain;
# before, "random order would need 0 more review hours" beside "finds
# claims sooner"). Before 2026-12-05 these read "No review hours are saved
# per day in this run: ... (one-sided Mann-Whitney p = 0.1278)" and "The
# queue saves no review hours", a saving the page says no order makes.
set -u
. ../../shuffle_labels.sh  # shuffle FILE: labels permuted, no signal
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
show() {
python3 - "$1" <<'PY'
import html, json, re, sys
d = sys.argv[1]
j = json.load(open(d + "/report.json", encoding="utf-8"))
print("== " + d)
for p in j["talking_points"]:
    if p["topic"] == "finance":
        print("summary:", p["text"])
for s in j["stakeholder_points"]:
    for q in s["points"]:
        if s["stakeholder"] == "Data Scientist" and q["text"].startswith("Chance test"):
            print("data scientist:", q["text"])
        if s["stakeholder"].startswith(("Finance", "Operations")) and "Mann-Whitney" in q["text"]:
            print("statistic for", s["stakeholder"])
raw = open(d + "/report.html", encoding="utf-8").read()
box = raw[raw.index("For the Finance Lead"):]
box = box[:box.index("</section>")]
t = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", box)))
m = re.search(r"<strong>(.*?)</strong>", box, re.S)
print("box:", re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))).strip())
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))
for s in ("No review hours are saved", "saves no review hours", "No review hours saved",
          "0 more review hours"):
    if s in page:
        print("said:", s)
print("Mann-Whitney in the finance box:", "Mann-Whitney" in t)
PY
}
# set queue_eval.json's queue recall at capacity, and its hash in the manifest
setq() {
python3 - "$1" "$2" "$3" <<'PY'
import hashlib, json, shutil, sys
src, dst, v = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.copytree(src, dst)
q = json.load(open(dst + "/queue_eval.json"))
q["at_capacity"]["queue"]["recall"] = q["capacity"] / q["rows"]["queue"] + float(v)
b = (json.dumps(q, indent=2) + "\n").encode()
open(dst + "/queue_eval.json", "wb").write(b)
m = json.load(open(dst + "/manifest.json"))
for st in m["stages"]:
    for o in st.get("outputs") or []:
        if o["file"] == "queue_eval.json":
            o["sha256"] = "sha256:" + hashlib.sha256(b).hexdigest()
            o["bytes"] = len(b)
open(dst + "/manifest.json", "w").write(json.dumps(m, indent=1) + "\n")
PY
}
$CT synth -q --rows 60 --seed 5 --noise 0.3 -o few.csv || exit 1
$CT run -q few.csv -o few >/dev/null 2>&1; echo "run exit $?"
show few
$CT synth -q --rows 2000 --seed 4 --noise 0.5 -o s.csv || exit 1
shuffle s.csv > sh.csv
$CT run -q sh.csv -o whole >/dev/null 2>&1; echo "run exit $?"
show whole
$CT synth -q --rows 2000 --seed 3 -o d.csv || exit 1
$CT run -q d.csv -o day --capacity 100 >/dev/null 2>&1; echo "run exit $?"
setq day zero 0 && $CT report -q zero; echo "report exit $?"
show zero
setq day near 0.00002 && $CT report -q near; echo "report exit $?"
show near
