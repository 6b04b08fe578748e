# Since 2026-12-07 the 1-review day (1 claim found, random order 0.5:
# hypergeometric p about 0.5) counts no hours, so its finance box has no
# figure to say (tests/cli/report_random_test); the 100-review day keeps it.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --noise 0.3 --seed 7 -o s.csv
show() {
  python3 - "$1" <<'PY'
import html, json, re, sys
t = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
j = json.load(open(sys.argv[1] + "/report.json", encoding="utf-8"))
pts = {p["topic"]: p["text"] for p in j["talking_points"]}
print("  summary:", pts.get("finance"))
for s in j["stakeholder_points"]:
    for p in s["points"]:
        if s["stakeholder"].startswith("Finance") and p["text"].startswith("What the figure"):
            print("  Finance Lead:", p["text"])
        if s["stakeholder"] == "Operations Lead" and "andom order would need" in p["text"]:
            print("  Operations Lead:", re.search(r"[Rr]andom order would need.*?\.(?= |$)(?: That review time.*?\.(?= |$))?", p["text"]).group(0))
m = re.search(r"(Claims found sooner, not a cut.*?either way\.)", x)
print("  finance box:", m.group(1) if m else "(none)")
print("  'saved' or 'saves' beside a positive figure:",
      len(re.findall(r"saved per|saves (about )?[0-9]|would save [0-9]", x)))
PY
}
$CT run -q s.csv -o a --capacity 100 >/dev/null 2>&1 || echo "run failed"
echo "run --capacity 100:"; show a
$CT run -q s.csv -o b --capacity 1 --reviews-per-hour 0.1 --cost-per-hour 0 >/dev/null 2>&1 ||
  echo "run failed"
echo "run --capacity 1 --reviews-per-hour 0.1 --cost-per-hour 0:"; show b
