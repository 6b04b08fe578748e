set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
day() {
  python3 - "$1" <<'PY'
import html, json, re, sys
d = sys.argv[1]
m = json.load(open(d + "/manifest.json", encoding="utf-8"))["options"]
print("  manifest: capacity", m["capacity"], "capacity_by", m["capacity_by"])
h = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ",
           open(d + "/report.html", encoding="utf-8").read())))
for s in sorted(set(re.findall(r"[Aa] review day (?:of|is|here is) [0-9,]+ reviews? \([^)]*\)", h))):
    print("  -", s)
PY
}
for opts in "--capacity 1 --reviews-per-hour 0.1 --cost-per-hour 0" "--reviews-per-hour 0.1" \
            "--capacity 480" ""; do
  echo "run $opts:"
  # shellcheck disable=SC2086
  $CT run -q s.csv -o "r" $opts >/dev/null 2>&1 || echo "  run failed"
  day r
done
