set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --noise 0.3 --seed 7 -o s.csv
$CT run -q s.csv -o out >/dev/null 2>&1 || echo "run failed"
show() {
  python3 -c '
import html, re
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
for pat in (r"A review day here is [0-9,]+ reviews? \([^)]*\)\. Worked in the queue.s order, it reaches "
            r"[^(]*\([0-9.]+% of them\)", r"the vertical dashed line marks the capacity[^.]*\.",
            r"At (?:the run.s )?capacity: the first [0-9,]+ reviews", r"This report.s review day[^;]*"):
    m = re.search(pat, x)
    print("  -", m.group(0) if m else "(none)")'
}
echo "the run's page:"; show
$CT report -q out --hours-per-day 4
echo "report --hours-per-day 4:"; show
