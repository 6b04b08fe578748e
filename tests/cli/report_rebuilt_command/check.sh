# A report rebuilt with other assumptions gives, in its appendix, the
# command that rebuilds it with the options it was built with; running
# that command on a fresh copy of the run gives the same figures. The
# run's own page, which the report stage's command rebuilds, has no such
# line. Before 2026-12-05 a rebuilt page named only the run's commands,
# which give the run's figures (60 an hour, 40 USD), not its own.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
$CT run -q s.csv -o syn >/dev/null
cp -r syn fresh
line() {
  python3 -c '
import html, re, sys
t = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
m = re.search(r"This page was built [^:]*: (claimtriage report[^\n]*?)(?= [A-Z]|$)", x)
print(m.group(0).strip() if m else "no rebuild line")' "$1"
}
echo "the run's page:"; line syn
$CT report -q syn
echo "rebuilt as the run's:"; line syn
cp -r syn syn2
$CT report -q syn2 --reviews-per-hour 30 --cost-per-hour 55 --currency EUR --hours-per-day 6
echo "rebuilt with other options:"; line syn2
cmd=$(line syn2 | sed 's/.*: claimtriage report -q syn2 //')
rm -rf syn2b && cp -r fresh syn2b
# shellcheck disable=SC2086
$CT report -q syn2b $cmd
python3 -c '
import json
a, b = (json.load(open(d + "/report.json"))["finance"] for d in ("syn2", "syn2b"))
print("the command gives the same finance figures:", a == b)
print("currency", a["currency"], "hours_per_day", a["hours_per_day"], "day_reviews", a["day_reviews"])'
