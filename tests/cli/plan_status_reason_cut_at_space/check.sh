# A failed stage's message over 400 bytes, as plan --status and the report
# repeat it: before 2026-12-04 plan --status cut it inside a word
# ("'claim_status_opinion' (5 row"), the report's talking point added a
# full stop ("(5 row.") and its stage table cut at 512 bytes ("the maximum
# like"). Now each is cut at a space and ends " ...", as run cuts its own
# (one helper, ct_textwidth_fit_words).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 20 --seed 2 -o t.csv || exit 1
$CT run -q t.csv -o out > /dev/null 2>&1; echo "run: exit $?"
$CT plan --status out --json > st.json; echo "plan --status: exit $?"
$CT report -q out > /dev/null 2>&1; echo "report: exit $?"
python3 - <<'PY'
import json, re, html
m = json.load(open("out/manifest.json"))
msg = [s for s in m["stages"] if s["name"] == "regress"][0]["message"]
print("regress message bytes > 400:", len(msg.encode()) > 400)
words = set(re.findall(r"[\w']+", msg))
def whole(text, what):
    # every word before the cut is a word of the message
    body = text[:-4] if text.endswith(" ...") else text
    last = re.findall(r"[\w']+", body)[-1]
    print(what + ": ends ' ...':", text.endswith(" ..."), "| last word whole:", last in words)
st = json.load(open("st.json"))
r5 = [x for x in st["milestones"] if x["id"] == "regress"][0]["status"]["reason"]
whole(r5, "plan --status reason")
rep = json.load(open("out/report.json"))
pmo = [p["text"] for s in rep["stakeholder_points"] for p in s["points"] if "milestone 5 (" in p["text"]][0]
# the PMO reads the separation in plain words since 2026-12-05, not the
# cut message (report_pmo_separation_plain): one period, no cut word; the
# run's stop at train comes first, regress after it as "Also not done"
# (report_pmo_run_stopped)
print("PMO point: plain words:", "could not be fitted on this file" in pmo, "| ends once:", pmo.endswith(").") and not pmo.endswith(").."))
whole(rep["plan"]["milestones"][4]["why_not"], "report.json plan why_not")
page = html.unescape(open("out/report.html").read())
cells = re.findall(r"<td>failed: ([^<]*)</td>", page)
long = [c for c in cells if "complete separation" in c][0]
whole(long, "appendix stage cell")
PY
