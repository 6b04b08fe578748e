# The finance box names each assumption with the command and option that
# change it: report takes --reviews-per-hour, --cost-per-hour, --currency and
# --hours-per-day; run takes --reviews-per-hour, --cost-per-hour and
# --capacity, and refuses --currency and --hours-per-day. Before 2026-12-05
# the box said "change them with --reviews-per-hour, --cost-per-hour and
# --hours-per-day, or run's --capacity", never how to change the currency.
# Every option the box gives to a command is checked against that command.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o s.csv
$CT run -q s.csv -o out >/dev/null
python3 - <<'PY' > said
import html, re
t = open("out/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
box = x[x.index("Assumptions:"):]
s = re.search(r"To restate them on this page, .*?--hours-per-day\.", box).group(0)
print(s)
rep, run = s.split("A new run")
for o in sorted(set(re.findall(r"--[a-z-]+", rep))):
    print("report", o)
for o in re.findall(r"--[a-z-]+", run.split(", not ")[0]):
    print("run", o)
for o in re.findall(r"--[a-z-]+", run.split(", not ")[1]):
    print("run refuses", o)
PY
cat said
# each option tried on the command the box names it with
while read -r cmd o; do
  case $cmd in
    report) $CT report -q out "$o" "$(case $o in --currency) echo EUR;; *) echo 5;; esac)"
            echo "report $o: exit $?";;
    run) $CT run -q s.csv -o "r$o" "$o" 5 >/dev/null 2>&1; echo "run $o: exit $?";;
  esac
done < <(grep -E '^(report|run) --' said)
grep -E '^run refuses' said | while read -r _ _ o; do
  $CT run -q s.csv -o rr "$o" 5 >/dev/null 2>&1; echo "run $o: exit $? (refused)"
done
