# AL 3: queue_eval.json edited by hand after the run (its claim_places
# removed): the file is there and changed (its hash is not the manifest's).
# The report says so, once per place, with that word, never "missing", and
# says what it did instead (no figure from it, none estimated).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 3 -o in.csv
$CT run -q in.csv -o r >/dev/null 2>&1
echo "run: exit $?"
python3 - <<'PY'
import json
j = json.load(open("r/queue_eval.json"))
del j["claim_places"]
json.dump(j, open("r/queue_eval.json", "w"), indent=2)
PY
$CT report -q r
echo "report: exit $?"
python3 - <<'PY'
import html, json, re
h = open("r/report.html", encoding="utf-8").read()
h = h[h.index("<body"):]
t = html.unescape(re.sub(r"<[^>]+>", "\n", h))
lines = [" ".join(l.split()) for l in t.split("\n") if l.strip()]
said = [l for l in lines if "queue_eval.json" in l or l.startswith("No talking point")]
for l in said:
    if "missing" in l or "changed" in l or "Not computed" in l:
        print("-", re.sub(r"sha256:[0-9a-f]+", "sha256:...", l))
print("called missing:", sum("queue_eval.json is missing" in l or
                             ("queue_eval.json" in l and "missing" in l and "changed" in l)
                             for l in lines))
j = json.load(open("r/report.json", encoding="utf-8"))
print("report.json finance.why_not:", j["finance"]["why_not"])
PY
