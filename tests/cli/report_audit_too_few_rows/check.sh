# The Data Science Lead's shortcut-audit line carries train's caveat on rows
# too few to tell a useful ranking from chance (train.json's
# audit.too_few_rows for the training rows the features' AUCs rest on,
# audit.validation_too_few_rows for the validation rows the models are
# compared on; the bands from detectable_roc_auc and its validation twin,
# as train's text gives them: tests/cli/train_audit_too_few_rows).
# The shortcut audit section's note says it too. Cases:
# synth's 60 rows (5 features flagged on 36 training rows; 12 validation
# rows), the same with noise (none flagged), that run's train.json without
# the four keys (an older train.json: no caveat), and 2,000 rows (enough:
# no caveat). Before 2026-12-05 the line read as firmly on 12 validation
# rows as on thousands, while train's own text said "so few that a ROC AUC
# from 0.18 to 0.82 could be chance on them".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
show() {
python3 - "$1" <<'PY'
import html, json, re, sys
d = sys.argv[1]
j = json.load(open(d + "/report.json", encoding="utf-8"))
a = json.load(open(d + "/train.json"))["audit"]
print("== %s: too_few_rows %s, validation_too_few_rows %s" % (d, a.get("too_few_rows"),
      a.get("validation_too_few_rows")))
for s in j["stakeholder_points"]:
    for p in s["points"]:
        if p["text"].startswith("Shortcut audit"):
            print(s["stakeholder"] + ":", p["text"])
raw = open(d + "/report.html", encoding="utf-8").read()
sec = raw[raw.index("Shortcut audit: could"):]
note = re.search(r'<p class="note">(An input is flagged.*?)</p>', sec, re.S).group(1)
print("audit note:", re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", note))).strip())
PY
}
# train.json without the keys train wrote before 2026-12-05, its hash in the
# manifest with it
older() {
python3 - "$1" "$2" <<'PY'
import hashlib, json, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.copytree(src, dst)
t = json.load(open(dst + "/train.json"))
for k in ("detectable_roc_auc", "too_few_rows", "validation_detectable_roc_auc",
          "validation_too_few_rows"):
    del t["audit"][k]
b = (json.dumps(t, indent=2) + "\n").encode()
open(dst + "/train.json", "wb").write(b)
m = json.load(open(dst + "/manifest.json"))
for st in m["stages"]:
    for o in st.get("outputs") or []:
        if o["file"] == "train.json":
            o["sha256"] = "sha256:" + hashlib.sha256(b).hexdigest()
            o["bytes"] = len(b)
open(dst + "/manifest.json", "w").write(json.dumps(m, indent=1) + "\n")
PY
}
$CT synth -q --rows 60 --seed 5 -o few.csv || exit 1
$CT run -q few.csv -o few >/dev/null 2>&1; echo "run exit $?"
show few
$CT synth -q --rows 60 --seed 5 --noise 0.3 -o noisy.csv || exit 1
$CT run -q noisy.csv -o noisy >/dev/null 2>&1; echo "run exit $?"
show noisy
older noisy older && $CT report -q older; echo "report exit $?"
show older
$CT synth -q --rows 2000 --seed 1 -o big.csv || exit 1
$CT run -q big.csv -o big >/dev/null 2>&1; echo "run exit $?"
show big
